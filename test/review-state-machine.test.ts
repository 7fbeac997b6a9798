import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { practiceStatuses, revisionStatuses, type PracticeStatus } from '../src/db/schema/index.js'
import {
  canDo,
  nextRevisionStatus,
  nextStatus,
  practiceActions,
  revisionActions,
  TransitionRefused,
  type PracticeAction,
  type RevisionAction,
} from '../src/features/review/state-machine.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aSubmittedPractice, eventsOf, practiceRow } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

// Every status × every action, written out so that a change to the machine has to change this table too.
const allowed: Record<PracticeAction, PracticeStatus[]> = {
  submit: ['draft', 'changes_requested'],
  // imported practice (the legacy import) is picked up, published or rejected like a submission; there is
  // no contributor to send it back to
  startReview: ['submitted', 'imported'],
  requestChanges: ['submitted', 'in_review'],
  reject: ['submitted', 'imported', 'in_review'],
  publish: ['submitted', 'imported', 'in_review'],
  unpublish: ['published'],
  archive: ['published', 'rejected', 'withdrawn'],
  withdraw: ['draft', 'submitted', 'in_review', 'changes_requested'],
}
const after: Record<PracticeAction, PracticeStatus> = {
  submit: 'submitted',
  startReview: 'in_review',
  requestChanges: 'changes_requested',
  reject: 'rejected',
  publish: 'published',
  unpublish: 'in_review',
  archive: 'archived',
  withdraw: 'withdrawn',
}

describe('the practice state machine, every status × every action', () => {
  it('lists exactly the actions this table knows', () => {
    expect(Object.keys(practiceActions).sort()).toEqual(Object.keys(allowed).sort())
  })
  for (const action of Object.keys(allowed) as PracticeAction[]) {
    for (const status of practiceStatuses) {
      const ok = allowed[action].includes(status)
      it(`${action} from ${status}: ${ok ? `→ ${after[action]}` : 'refused'}`, () => {
        expect(canDo(action, status)).toBe(ok)
        if (ok) expect(nextStatus(action, status)).toBe(after[action])
        else expect(() => nextStatus(action, status)).toThrow(TransitionRefused)
      })
    }
  }
})

describe('the revision state machine, every status × every action', () => {
  const revisionAllowed: Record<RevisionAction, string[]> = {
    submit: ['draft', 'changes_requested'],
    requestChanges: ['submitted'],
    approve: ['submitted'],
    reject: ['submitted'],
    withdraw: ['draft', 'submitted', 'changes_requested'],
  }
  for (const action of Object.keys(revisionActions) as RevisionAction[]) {
    for (const status of revisionStatuses) {
      const ok = revisionAllowed[action].includes(status)
      it(`${action} from ${status}: ${ok ? 'allowed' : 'refused'}`, () => {
        if (ok) expect(nextRevisionStatus(action, status)).toBe(revisionActions[action].to)
        else expect(() => nextRevisionStatus(action, status)).toThrow(TransitionRefused)
      })
    }
  }
})

describe('decisions through the routes, from every status', () => {
  let t: TestApp
  let reviewer: TestClient
  beforeAll(async () => {
    t = await createTestApp()
    const user = await aUser(t.db, { roles: ['reviewer'] })
    reviewer = await signedIn(t.app, user.email)
  })
  afterAll(async () => {
    await t?.close()
  })

  const decisions: [string, PracticeAction, Record<string, string>][] = [
    ['request-changes', 'requestChanges', { changesComments: 'Please add the results.' }],
    ['reject', 'reject', { rejectReasons: 'Out of scope.' }],
    ['publish', 'publish', { visibility: 'internal' }],
    ['unpublish', 'unpublish', { unpublishReason: 'Out of date.' }],
    ['archive', 'archive', { archiveReason: 'Ended.' }],
  ]
  for (const [path, action, fields] of decisions) {
    for (const status of practiceStatuses) {
      // Drafts are not yet the reviewers' business: they are not found at all.
      const expected = status === 'draft' ? 404 : allowed[action].includes(status) ? 302 : 409
      it(`${path} from ${status} → ${expected}`, async () => {
        const p = await aSubmittedPractice(t.db, { status })
        const before = await practiceRow(t.db, p.id)
        const eventsBefore = await eventsOf(t.db, p.id)
        const url = `/review/${p.reference}/${path}`
        const token = (await reviewer.get('/review')).$('input[name=_csrf]').first().val() as string
        const res = await reviewer.post(url, { ...fields, version: String(p.version), _csrf: token })
        expect(res.status).toBe(expected)
        const row = await practiceRow(t.db, p.id)
        if (expected === 302) {
          expect(row.status).toBe(after[action])
          expect(row.version).toBe(before.version + 1)
        } else {
          expect(row).toEqual(before)
          expect(await eventsOf(t.db, p.id)).toEqual(eventsBefore)
          if (expected === 409) expect(res.$('[data-qa=conflict-reason]').text()).toContain('Nothing has been changed')
        }
      })
    }
  }
})
