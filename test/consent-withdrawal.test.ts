import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ConsentPublication } from '../src/db/schema/index.js'
import { contentOf } from '../src/features/submissions/content.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import {
  aSubmittedPractice,
  aSubmittedRevision,
  auditActionsFor,
  eventsOf,
  practiceRow,
} from './support/review-fixtures.js'
import { completeAnswers, postPage, saveSection } from './support/submissions.js'
import { aUser, lastEmailTo, signedIn } from './support/users.js'

let t: TestApp
let reviewer: TestClient
let reviewerEmail: string
let contributor: TestClient
let contributorId: number

beforeAll(async () => {
  t = await createTestApp()
  const r = await aUser(t.db, { roles: ['reviewer'], email: 'consent.reviewer@example.org' })
  reviewerEmail = r.email
  reviewer = await signedIn(t.app, r.email)
  const c = await aUser(t.db, { organisation: 'kent', email: 'consent.owner@example.org' })
  contributorId = c.id
  contributor = await signedIn(t.app, c.email)
})

afterAll(async () => {
  await t?.close()
})

const visitorStatus = async (slug: string | null) =>
  (await t.app.inject({ method: 'GET', url: `/practices/${slug}` })).statusCode

describe('approving a revision never widens past consent', () => {
  for (const [consent, expected] of [
    ['none', 'internal'],
    ['policing', 'policing'],
  ] as [ConsentPublication, string][]) {
    it(`consent changed to ${consent}: shown ${expected}, a visitor no longer reads it`, async () => {
      const p = await aSubmittedPractice(t.db, { status: 'published', visibility: 'public' })
      expect(await visitorStatus(p.slug)).toBe(200)
      const revision = await aSubmittedRevision(t.db, p.id, { ...contentOf(p), consentPublication: consent })
      const res = await reviewer.submit(
        `/review/${p.reference}/revisions/1/approve`,
        { version: String(revision.version) },
        `/review/${p.reference}/revisions/1`,
      )
      expect(res.status).toBe(302)
      const row = await practiceRow(t.db, p.id)
      expect([row.consentPublication, row.visibility]).toEqual([consent, expected])
      expect(await visitorStatus(p.slug)).toBe(404)
      // The review page cannot say "May be published: No" beside "Published: Everyone".
      const page = await reviewer.get(`/review/${p.reference}`)
      expect(page.response.body).not.toContain('Everyone (public)')
    })
  }
})

describe('the database refuses visibility wider than consent', () => {
  it('refuses a direct update', async () => {
    const p = await aSubmittedPractice(t.db, { status: 'published', visibility: 'policing', consent: 'policing' })
    await expect(t.db.execute(sql`update practices set visibility = 'public' where id = ${p.id}`)).rejects.toThrow()
    await expect(
      t.db.execute(sql`update practices set consent_publication = 'none' where id = ${p.id}`),
    ).rejects.toThrow()
    expect((await practiceRow(t.db, p.id)).visibility).toBe('policing')
  })
})

describe('narrowing consent in a revision is a withdrawal that applies at once', () => {
  async function publishedWithOpenRevision() {
    const p = await aPractice(t.db, {
      status: 'published',
      organisation: 'kent',
      submittedByUserId: contributorId,
      reference: `PB-2024-${String(Math.floor(Math.random() * 9000) + 1000)}`,
      values: {
        contactName: 'Sam Lee',
        contactEmail: 'sam.lee@example.org',
        consentShowContact: true,
        consentResearch: true,
        consentEvents: true,
        consentGovernment: true,
      },
    })
    const opened = await postPage(
      contributor,
      `/submissions/${p.id}/revisions`,
      {},
      `/submissions/${p.id}/check-answers`,
    )
    expect(opened.status).toBe(302)
    return p
  }

  it('consent to none: hidden at once, contact and other consents taken back, on the timeline, audited, reviewers told', async () => {
    const p = await publishedWithOpenRevision()
    expect(await visitorStatus(p.slug)).toBe(200)
    const saved = await saveSection(contributor, p.id, 'sharing', {
      ...completeAnswers.sharing,
      consentPublication: 'none',
      consentShowContact: 'no',
      consentResearch: 'no',
      consentEvents: 'no',
      consentGovernment: 'no',
    })
    expect(saved.status).toBe(302)
    const row = await practiceRow(t.db, p.id)
    expect(row).toMatchObject({
      status: 'published',
      visibility: 'internal',
      consentPublication: 'none',
      consentShowContact: false,
      consentResearch: false,
      consentEvents: false,
      consentGovernment: false,
    })
    expect(await visitorStatus(p.slug)).toBe(404)
    expect((await eventsOf(t.db, p.id)).map((e) => e.kind)).toContain('consent-withdrawn')
    expect(await auditActionsFor(t.db, p.id)).toContain('consent-withdrawn')
    expect((await lastEmailTo(t.db, reviewerEmail))?.subject).toBe(`Consent withdrawn for ${p.reference}`)
  })

  it('consent to policing only, contact withdrawn: narrowed at once, the contact leaves the page; widening waits', async () => {
    const p = await publishedWithOpenRevision()
    expect((await t.app.inject({ url: `/practices/${p.slug}` })).body).toContain('sam.lee@example.org')
    await saveSection(contributor, p.id, 'sharing', {
      ...completeAnswers.sharing,
      consentPublication: 'policing',
      consentShowContact: 'no',
      consentEvents: 'yes',
    })
    const row = await practiceRow(t.db, p.id)
    expect([row.visibility, row.consentPublication, row.consentShowContact]).toEqual(['policing', 'policing', false])
    expect(await visitorStatus(p.slug)).toBe(404)
    const police = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
    const page = await police.get(`/practices/${p.slug}`)
    expect(page.status).toBe(200)
    expect(page.response.body).not.toContain('sam.lee@example.org')
    // Widening back to public waits for review.
    await saveSection(contributor, p.id, 'sharing', { ...completeAnswers.sharing, consentPublication: 'public' })
    expect((await practiceRow(t.db, p.id)).visibility).toBe('policing')
  })
})
