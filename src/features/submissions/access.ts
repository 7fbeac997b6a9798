import type { PracticeStatus, Visibility } from '../../db/schema/index.js'
import { hasRole, visibilityRuleFor, type Viewer } from '../access/visibility.js'

/** The facts about a practice that decide who may do what with it. */
export interface PracticeAccessFacts {
  status: PracticeStatus
  visibility: Visibility
  organisationId: number
  submittedByUserId: number | null
}

const isOwner = (viewer: Viewer, p: PracticeAccessFacts) =>
  viewer.kind === 'user' && p.submittedByUserId !== null && p.submittedByUserId === viewer.user.id

const leadsItsForce = (viewer: Viewer, p: PracticeAccessFacts) =>
  viewer.kind === 'user' && viewer.user.leadsOrganisationIds.includes(p.organisationId)

const isStaff = (viewer: Viewer) => hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')

/** Drafts and submissions: the contributor, their force lead, reviewers and admins. */
export function canSeeSubmission(viewer: Viewer, p: PracticeAccessFacts): boolean {
  return isOwner(viewer, p) || leadsItsForce(viewer, p) || isStaff(viewer)
}

/** Writing the contributor's answers: the contributor and their force lead (reviewers classify, they do not edit answers). */
export function canEditSubmission(viewer: Viewer, p: PracticeAccessFacts): boolean {
  return isOwner(viewer, p) || leadsItsForce(viewer, p)
}

/** Reading the practice and its attachments: as published (visibilityRuleFor), or as a submission. */
export function canSeePractice(viewer: Viewer, p: PracticeAccessFacts): boolean {
  if (canSeeSubmission(viewer, p)) return true
  if (p.status !== 'published') return false
  const rule = visibilityRuleFor(viewer)
  return (
    rule.visibilities.includes(p.visibility) || (rule.ownerUserId !== null && rule.ownerUserId === p.submittedByUserId)
  )
}
