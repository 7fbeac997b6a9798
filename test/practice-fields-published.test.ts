import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aSubmittedPractice, practiceRow } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let reviewer: TestClient

beforeAll(async () => {
  t = await createTestApp()
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'] })).email)
})

afterAll(async () => {
  await t?.close()
})

describe('answers asked on the form reach the published page and the API', () => {
  it('shows other organisations involved, sustainability and links once published', async () => {
    const p = await aSubmittedPractice(t.db, {
      title: 'Harbour watch partnership',
      summary: 'Port staff and officers share sightings of people who may be trafficked.',
      values: {
        otherOrganisations: 'Harbour Authority and the Seafarers Mission',
        sustainability: 'The harbour authority now funds the training every year.',
        links: 'https://example.org/harbour-watch',
      },
    })
    const page = await reviewer.get(`/review/${p.reference}`)
    const version = Number(page.$('[data-qa=decision-publish] input[name=version]').val())
    const classified = await reviewer.submit(
      `/review/${p.reference}/classify`,
      { version: String(version), outcome: 'new-or-innovative', topics: 'modern-slavery' },
      `/review/${p.reference}`,
    )
    expect(classified.status).toBe(302)
    const published = await reviewer.submit(
      `/review/${p.reference}/publish`,
      { version: String(version + 1), visibility: 'public' },
      `/review/${p.reference}`,
    )
    expect(published.status).toBe(302)
    const { slug } = await practiceRow(t.db, p.id)

    const practicePage = await new TestClient(t.app).get(`/practices/${slug}`)
    expect(practicePage.status).toBe(200)
    const text = practicePage.$('main').text()
    expect(text).toContain('Harbour Authority and the Seafarers Mission')
    expect(text).toContain('The harbour authority now funds the training every year.')
    expect(text).toContain('https://example.org/harbour-watch')

    const api = await t.app.inject(`/api/v1/practices/${slug}`)
    expect(api.statusCode).toBe(200)
    expect(api.json()).toMatchObject({
      otherOrganisations: 'Harbour Authority and the Seafarers Mission',
      sustainability: 'The harbour authority now funds the training every year.',
      links: 'https://example.org/harbour-watch',
    })
  })
})
