import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
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

async function classifyAndPublish(reference: string, visibility: string) {
  const page = await reviewer.get(`/review/${reference}`)
  const version = Number(page.$('[data-qa=decision-publish] input[name=version]').val())
  const classified = await reviewer.submit(
    `/review/${reference}/classify`,
    { version: String(version), outcome: 'new-or-innovative', topics: 'modern-slavery' },
    `/review/${reference}`,
  )
  expect(classified.status).toBe(302)
  const published = await reviewer.submit(
    `/review/${reference}/publish`,
    { version: String(version + 1), visibility },
    `/review/${reference}`,
  )
  expect(published.status).toBe(302)
}

const resultTitles = async (client: TestClient, q: string) =>
  texts((await client.get(`/practices?q=${encodeURIComponent(q)}`)).$, '[data-qa=result-link]')

describe('publishing puts the practice in the catalogue, for the right people only', () => {
  it('policing only: found by police members with the reviewer’s outcome, not by visitors or partners', async () => {
    const p = await aSubmittedPractice(t.db, {
      title: 'Nail bar welfare visits',
      summary: 'Officers and inspectors check on workers in nail bars for signs of forced labour.',
      consent: 'policing',
    })
    await classifyAndPublish(p.reference, 'policing')
    const row = await practiceRow(t.db, p.id)
    expect(row.slug).toBe('nail-bar-welfare-visits')

    const police = await signedIn(t.app, (await aUser(t.db, { email: 'pc@example.police.uk' })).email)
    const search = await police.get('/practices?q=nail+bar+welfare')
    expect(texts(search.$, '[data-qa=result-link]')).toEqual(['Nail bar welfare visits'])
    expect(search.$('[data-qa=result]').text()).toContain('New or innovative')
    expect(search.$('[data-qa=result]').text()).toContain('Policing only')
    expect((await police.get(`/practices/${row.slug}`)).status).toBe(200)

    expect(await resultTitles(new TestClient(t.app), 'nail bar welfare')).toEqual([])
    expect((await new TestClient(t.app).get(`/practices/${row.slug}`)).status).toBe(404)
    const partner = await signedIn(t.app, (await aUser(t.db, { email: 'worker@charity.example.org' })).email)
    expect(await resultTitles(partner, 'nail bar welfare')).toEqual([])
  })

  it('public: found by visitors; unpublished: gone at once', async () => {
    const p = await aSubmittedPractice(t.db, { title: 'Tattoo parlour outreach', consent: 'public' })
    await classifyAndPublish(p.reference, 'public')
    expect(await resultTitles(new TestClient(t.app), 'tattoo parlour outreach')).toEqual(['Tattoo parlour outreach'])
    const row = await practiceRow(t.db, p.id)
    const res = await reviewer.submit(
      `/review/${p.reference}/unpublish`,
      { version: String(row.version), unpublishReason: 'The contributor asked us to check a detail.' },
      `/review/${p.reference}`,
    )
    expect(res.status).toBe(302)
    expect(await resultTitles(new TestClient(t.app), 'tattoo parlour outreach')).toEqual([])
  })

  it('gives each published practice a slug of its own', async () => {
    const a = await aSubmittedPractice(t.db, { title: 'Twin title scheme' })
    const b = await aSubmittedPractice(t.db, { title: 'Twin title scheme' })
    await classifyAndPublish(a.reference, 'public')
    await classifyAndPublish(b.reference, 'public')
    expect((await practiceRow(t.db, a.id)).slug).toBe('twin-title-scheme')
    expect((await practiceRow(t.db, b.id)).slug).toBe('twin-title-scheme-2')
  })
})
