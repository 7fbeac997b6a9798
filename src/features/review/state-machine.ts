import type { PracticeStatus, RevisionStatus } from '../../db/schema/index.js'

/**
 * The life of a practice. Every change of status is one of these actions; anything not listed is
 * refused (the routes answer 409 and change nothing).
 */
export const practiceActions = {
  /** contributor sends a draft, or a practice sent back for changes */
  submit: { from: ['draft', 'changes_requested'], to: 'submitted' },
  /** a reviewer picks it up (assigning, classifying or opening it for review) */
  startReview: { from: ['submitted', 'imported'], to: 'in_review' },
  requestChanges: { from: ['submitted', 'in_review'], to: 'changes_requested' },
  reject: { from: ['submitted', 'imported', 'in_review'], to: 'rejected' },
  publish: { from: ['submitted', 'imported', 'in_review'], to: 'published' },
  /** taken out of the catalogue, back to review so it can be fixed and published again */
  unpublish: { from: ['published'], to: 'in_review' },
  archive: { from: ['published', 'rejected', 'withdrawn'], to: 'archived' },
  /** the contributor takes it back before publication */
  withdraw: { from: ['draft', 'submitted', 'in_review', 'changes_requested'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly PracticeStatus[]; to: PracticeStatus }>

export type PracticeAction = keyof typeof practiceActions

/** The life of a change to published practice; the published version stays live throughout. */
export const revisionActions = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted' },
  requestChanges: { from: ['submitted'], to: 'changes_requested' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['draft', 'submitted', 'changes_requested'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly RevisionStatus[]; to: RevisionStatus }>

export type RevisionAction = keyof typeof revisionActions

/** An action the current status does not allow; shown as a 409 page. */
export class TransitionRefused extends Error {
  readonly statusCode = 409
  constructor(
    readonly action: string,
    readonly from: string,
  ) {
    super(`This cannot be done while the practice is ${from.replaceAll('_', ' ')}. Nothing has been changed.`)
    this.name = 'TransitionRefused'
  }
}

export function canDo(action: PracticeAction, status: PracticeStatus): boolean {
  return (practiceActions[action].from as readonly PracticeStatus[]).includes(status)
}

/** The status after the action, or TransitionRefused. */
export function nextStatus(action: PracticeAction, status: PracticeStatus): PracticeStatus {
  if (!canDo(action, status)) throw new TransitionRefused(action, status)
  return practiceActions[action].to
}

export function canDoToRevision(action: RevisionAction, status: RevisionStatus): boolean {
  return (revisionActions[action].from as readonly RevisionStatus[]).includes(status)
}

export function nextRevisionStatus(action: RevisionAction, status: RevisionStatus): RevisionStatus {
  if (!canDoToRevision(action, status)) throw new TransitionRefused(action, status)
  return revisionActions[action].to
}

/** Statuses in which the contributor may still edit the practice's own row. */
export const editableStatuses: readonly PracticeStatus[] = ['draft', 'changes_requested']
