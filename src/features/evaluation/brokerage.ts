import type { EvaluationStatus, RequestStatus } from '../../db/schema/index.js'

/** What programme staff and the academic can do with a request to be introduced. */
export const requestActions = ['accept', 'decline', 'withdraw'] as const
export type RequestAction = (typeof requestActions)[number]

/** Only a request still waiting can be decided; once decided it stays as it is. */
const requestTable: Record<RequestStatus, Partial<Record<RequestAction, RequestStatus>>> = {
  requested: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: {},
  declined: {},
  withdrawn: {},
}

export function nextRequestStatus(status: RequestStatus, action: RequestAction): RequestStatus | null {
  return requestTable[status][action] ?? null
}

/** The steps of an evaluation: proposed → agreed → under way → reported → closed, or withdrawn before the report. */
export const evaluationActions = ['agree', 'start', 'report', 'close', 'withdraw'] as const
export type EvaluationAction = (typeof evaluationActions)[number]

const evaluationTable: Record<EvaluationStatus, Partial<Record<EvaluationAction, EvaluationStatus>>> = {
  proposed: { agree: 'agreed', withdraw: 'withdrawn' },
  agreed: { start: 'under_way', withdraw: 'withdrawn' },
  under_way: { report: 'reported', withdraw: 'withdrawn' },
  reported: { close: 'closed' },
  closed: {},
  withdrawn: {},
}

export function nextEvaluationStatus(status: EvaluationStatus, action: EvaluationAction): EvaluationStatus | null {
  return evaluationTable[status][action] ?? null
}

export function actionsFrom(status: EvaluationStatus): EvaluationAction[] {
  return evaluationActions.filter((a) => evaluationTable[status][a])
}

export const evaluationStatusLabels: Record<EvaluationStatus, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  under_way: 'Under way',
  reported: 'Reported',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
}

export const evaluationActionLabels: Record<EvaluationAction, string> = {
  agree: 'Mark as agreed',
  start: 'Mark as under way',
  report: 'Record the report',
  close: 'Close the evaluation',
  withdraw: 'Withdraw the evaluation',
}

export const requestStatusLabels: Record<RequestStatus, string> = {
  requested: 'Waiting for a decision',
  accepted: 'Accepted: introduced',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
}

export const fundingLabels = {
  funded: 'Funded',
  applying: 'Applying for funding',
  unfunded: 'Not yet funded',
} as const
