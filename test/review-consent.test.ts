import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consentPublications, visibilities, type ConsentPublication, type Visibility } from '../src/db/schema/index.js'
import { allowedVisibilities } from '../src/features/review/rules.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aSubmittedPractice, eventsOf, practiceRow } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

const widerThanConsent: Record<ConsentPublication | 'unanswered', Visibility[]> = {
  public: [],
  policing: ['public'],
  none: ['public', 'policing'],
  unanswered: ['public', 'policing'],
}

describe('publication is never wider than consent', () => {
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

  it('allows what each answer permits', () => {
    expect(allowedVisibilities('public')).toEqual(['public', 'policing', 'internal'])
    expect(allowedVisibilities('policing')).toEqual(['policing', 'internal'])
    expect(allowedVisibilities('none')).toEqual(['internal'])
    expect(allowedVisibilities(null)).toEqual(['internal'])
  })

  for (const consent of [...consentPublications, 'unanswered'] as const) {
    for (const visibility of visibilities) {
      const refused = widerThanConsent[consent].includes(visibility)
      it(`consent ${consent}, publish ${visibility}: ${refused ? 'refused with 400' : 'published'}`, async () => {
        const p = await aSubmittedPractice(t.db, { consent: consent === 'unanswered' ? null : consent })
        const before = await practiceRow(t.db, p.id)
        const res = await reviewer.submit(
          `/review/${p.reference}/publish`,
          { version: String(p.version), visibility },
          `/review/${p.reference}`,
        )
        const row = await practiceRow(t.db, p.id)
        if (refused) {
          expect(res.status).toBe(400)
          expect(res.$('.govuk-error-summary').text()).toContain('what the contributor agreed to')
          expect(row).toEqual(before)
          expect(await eventsOf(t.db, p.id)).toEqual([])
        } else {
          expect(res.status).toBe(302)
          expect(row.status).toBe('published')
          expect(row.visibility).toBe(visibility)
        }
      })
    }
  }

  it('offers only the allowed choices on the form', async () => {
    const p = await aSubmittedPractice(t.db, { consent: 'policing' })
    const page = await reviewer.get(`/review/${p.reference}`)
    const offered = page
      .$('input[name=visibility]')
      .map((_, el) => page.$(el).val())
      .get()
    expect(offered).toEqual(['policing', 'internal'])
  })
})
