import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import type { Viewer } from '../src/features/access/visibility.js'
import { ReferenceService } from '../src/features/reference/service.js'
import { SubmitService } from '../src/features/submissions/submit-service.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { completeAnswers, completeDraft, practiceRow, saveSection, startDraft } from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let client: TestClient
let email: string

beforeAll(async () => {
  t = await createTestApp()
  email = (await aUser(t.db, { organisation: 'kent' })).email
  client = await signedIn(t.app, email)
})

afterAll(async () => {
  await t?.close()
})

const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric' }).format(new Date())

async function readyToSend() {
  const id = await startDraft(client)
  await completeDraft(client, id)
  const check = await client.get(`/submissions/${id}/check-answers`)
  return {
    id,
    fields: {
      version: String(check.$('input[name=version]').val()),
      _csrf: String(check.$('input[name=_csrf]').val()),
    },
  }
}

describe('pressing send twice makes one submission', () => {
  it('two posts at once: one reference, one event, one e-mail; both land on the confirmation', async () => {
    const { id, fields } = await readyToSend()
    const results = await Promise.all([
      client.post(`/submissions/${id}/submit`, fields),
      client.post(`/submissions/${id}/submit`, fields),
    ])
    for (const result of results) {
      expect(result.status).toBe(302)
      expect(result.response.headers.location).toBe(`/submissions/${id}/confirmation`)
    }
    const again = await client.post(`/submissions/${id}/submit`, fields)
    expect(again.response.headers.location).toBe(`/submissions/${id}/confirmation`)
    const events = await queryRows(
      t.db,
      sql`select 1 from practice_events where practice_id = ${id} and kind = 'submitted'`,
    )
    expect(events).toHaveLength(1)
    const row = await practiceRow(t.db, id)
    const mails = await queryRows(
      t.db,
      sql`select 1 from outbox where to_address = ${email} and subject like ${`%${row.reference}%`}`,
    )
    expect(mails).toHaveLength(1)
  })
})

describe('references', () => {
  it('are PB-<year>-<4 digits>, one more than the highest of the year, and unique', async () => {
    await aPractice(t.db, { status: 'submitted', reference: `PB-${year}-0041` })
    await aPractice(t.db, { status: 'submitted', reference: `PB-2019-0977` })
    const a = await readyToSend()
    const b = await readyToSend()
    await Promise.all([
      client.post(`/submissions/${a.id}/submit`, a.fields),
      client.post(`/submissions/${b.id}/submit`, b.fields),
    ])
    const references = [(await practiceRow(t.db, a.id)).reference, (await practiceRow(t.db, b.id)).reference].sort()
    expect(references).toEqual([`PB-${year}-0042`, `PB-${year}-0043`])
  })
})

describe('two tabs editing the same draft', () => {
  it('the older tab is told, keeps what it typed, and overwrites nothing (409)', async () => {
    const id = await startDraft(client)
    const tabA = await client.get(`/submissions/${id}/about`)
    const staleVersion = String(tabA.$('input[name=version]').val())
    await saveSection(client, id, 'about', { ...completeAnswers.about, title: 'Saved in tab B' })

    const result = await client.post(`/submissions/${id}/about`, {
      ...completeAnswers.about,
      title: 'Typed in tab A',
      action: 'continue',
      version: staleVersion,
      _csrf: String(tabA.$('input[name=_csrf]').val()),
    })
    expect(result.status).toBe(409)
    expect(result.$('[data-qa=conflict]').text()).toContain('This draft was changed in another tab or by someone else')
    expect(result.$('#title').val()).toBe('Typed in tab A')
    expect((await practiceRow(t.db, id)).title).toBe('Saved in tab B')

    // Saving again from that page is a knowing choice, and works.
    const retry = await client.post(`/submissions/${id}/about`, {
      ...completeAnswers.about,
      title: 'Typed in tab A',
      action: 'continue',
      version: String(result.$('input[name=version]').val()),
      _csrf: String(result.$('input[name=_csrf]').val()),
    })
    expect(retry.status).toBe(302)
    expect((await practiceRow(t.db, id)).title).toBe('Typed in tab A')
  })

  it('check your answers will not send a draft changed since it was checked', async () => {
    const { id, fields } = await readyToSend()
    await saveSection(client, id, 'about', { ...completeAnswers.about, title: 'Changed after checking' })
    const result = await client.post(`/submissions/${id}/submit`, fields)
    expect(result.status).toBe(409)
    expect(result.$('[data-qa=conflict]').text()).toContain('changed in another tab or by someone else')
    expect((await practiceRow(t.db, id)).status).toBe('draft')
  })
})

describe('a burst of submissions', () => {
  /** Fails clearly instead of hanging when the requests never answer (defect 3: the pool starved). */
  async function withinLimit<T>(work: Promise<T>, ms = 60_000): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the burst did not finish within ${ms / 1000} s`)), ms)
    })
    try {
      return await Promise.race([work, limit])
    } finally {
      clearTimeout(timer)
    }
  }

  it('all complete with distinct references when reference data must be reloaded (more submits than connections)', async () => {
    const drafts = []
    for (let i = 0; i < 12; i += 1) drafts.push(await readyToSend())
    // The cached reference data has expired: the first submit has to load it again.
    t.app.services.reference.invalidate()
    const results = await withinLimit(
      Promise.all(drafts.map(({ id, fields }) => client.post(`/submissions/${id}/submit`, fields))),
    )
    expect(results.map((r) => r.status)).toEqual(drafts.map(() => 302))
    const references = await Promise.all(drafts.map(async ({ id }) => (await practiceRow(t.db, id)).reference))
    expect(references.every((r) => typeof r === 'string' && r.startsWith(`PB-${year}-`))).toBe(true)
    expect(new Set(references).size).toBe(drafts.length)
  }, 120_000)

  it('never waits on the pool inside the transaction, even when reference data is reloaded for every submit', async () => {
    const drafts = []
    for (let i = 0; i < 12; i += 1) drafts.push(await readyToSend())
    const [me] = await queryRows<{ id: number; name: string; organisation_id: number | null }>(
      t.db,
      sql`select id, name, organisation_id from users where email = ${email}`,
    )
    if (!me) throw new Error('the test user exists')
    const viewer: Viewer = {
      kind: 'user',
      user: {
        id: me.id,
        name: me.name,
        email,
        organisationId: me.organisation_id,
        roles: [],
        leadsOrganisationIds: [],
        policeMember: true,
      },
    }
    // A cache that is always out of date: every submit loads reference data (three queries) again.
    const submit = new SubmitService(t.db, new ReferenceService(t.db, 0), 'http://localhost')
    const outcomes = await withinLimit(
      Promise.all(drafts.map(async ({ id, fields }) => submit.submit(viewer, id, Number(fields.version)))),
      30_000,
    )
    expect(outcomes.map((o) => o.kind)).toEqual(drafts.map(() => 'submitted'))
  }, 120_000)
})
