import { describe, expect, it } from 'vitest'
import { evaluationStatuses, requestStatuses } from '../../db/schema/index.js'
import { evaluationActions, nextEvaluationStatus, nextRequestStatus, requestActions } from './brokerage.js'

// Every state × action, written out: a missing or extra transition fails here.
const requestExpected: Record<string, Record<string, string | null>> = {
  requested: { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: { accept: null, decline: null, withdraw: null },
  declined: { accept: null, decline: null, withdraw: null },
  withdrawn: { accept: null, decline: null, withdraw: null },
}

const evaluationExpected: Record<string, Record<string, string | null>> = {
  proposed: { agree: 'agreed', start: null, report: null, close: null, withdraw: 'withdrawn' },
  agreed: { agree: null, start: 'under_way', report: null, close: null, withdraw: 'withdrawn' },
  under_way: { agree: null, start: null, report: 'reported', close: null, withdraw: 'withdrawn' },
  reported: { agree: null, start: null, report: null, close: 'closed', withdraw: null },
  closed: { agree: null, start: null, report: null, close: null, withdraw: null },
  withdrawn: { agree: null, start: null, report: null, close: null, withdraw: null },
}

describe('introduction requests', () => {
  for (const status of requestStatuses) {
    for (const action of requestActions) {
      it(`${status} × ${action}`, () => {
        expect(nextRequestStatus(status, action)).toBe(requestExpected[status]?.[action])
      })
    }
  }
})

describe('evaluation records', () => {
  for (const status of evaluationStatuses) {
    for (const action of evaluationActions) {
      it(`${status} × ${action}`, () => {
        expect(nextEvaluationStatus(status, action)).toBe(evaluationExpected[status]?.[action])
      })
    }
  }
})
