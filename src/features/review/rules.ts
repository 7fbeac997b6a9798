import type { PracticeStatus, Visibility } from '../../db/schema/index.js'
import { hasRole, type Viewer } from '../access/visibility.js'

/** Reviewers and admins review; a force lead may read their own force's practice; no one else. */
export type ReviewAccess = 'review' | 'read-only' | 'none'

export function isReviewStaff(viewer: Viewer): boolean {
  return hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')
}

export function reviewAccess(viewer: Viewer, practice: { organisationId: number }): ReviewAccess {
  if (isReviewStaff(viewer)) return 'review'
  if (viewer.kind === 'user' && viewer.user.leadsOrganisationIds.includes(practice.organisationId)) return 'read-only'
  return 'none'
}

export { allowedVisibilities } from '../access/consent.js'

/** Reviewers may classify, link and assign while the practice is in review or published. */
export const workableStatuses: readonly PracticeStatus[] = [
  'submitted',
  'imported',
  'in_review',
  'changes_requested',
  'published',
]

export const statusLabels: Record<PracticeStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  published: 'Published',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  archived: 'Archived',
  imported: 'Imported — awaiting review',
}

export const statusTagClasses: Record<PracticeStatus, string> = {
  draft: 'govuk-tag--grey',
  submitted: 'govuk-tag--blue',
  in_review: 'govuk-tag--light-blue',
  changes_requested: 'govuk-tag--yellow',
  published: 'govuk-tag--green',
  rejected: 'govuk-tag--red',
  withdrawn: 'govuk-tag--grey',
  archived: 'govuk-tag--grey',
  imported: 'govuk-tag--purple',
}

export const visibilityLabels: Record<Visibility, string> = {
  public: 'Everyone (public)',
  policing: 'Policing only',
  internal: 'Internal: reviewers and the contributor only',
}

export { consentLabels } from '../practice-fields/answers.js'

/** Twelve months from a day, as an ISO date. 29 February moves to 28 February. */
export function reviewDueFrom(today: Date): string {
  const due = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()))
  if (due.getUTCMonth() !== today.getUTCMonth()) due.setUTCDate(0)
  return due.toISOString().slice(0, 10)
}
