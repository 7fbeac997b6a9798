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

/** Links the first Toolkit result for the words, then classifies and publishes; returns the slug. */
async function linkAndPublish(words: string, note: string, visibility: 'public' | 'policing'): Promise<string> {
  const p = await aSubmittedPractice(t.db, { title: `Practice linked to ${words}` })
  const search = await reviewer.get(`/review/${p.reference}?toolkit=${encodeURIComponent(words)}`)
  const entry = search.$('[data-qa=toolkit-result] input[name=entry]').first().val() as string
  expect(entry).toBeTruthy()
  const linked = await reviewer.submit(
    `/review/${p.reference}/toolkit`,
    { version: String(p.version), entry, toolkitNote: note },
    `/review/${p.reference}?toolkit=${encodeURIComponent(words)}`,
  )
  expect(linked.status).toBe(302)
  const page = await reviewer.get(`/review/${p.reference}`)
  const version = Number(page.$('[data-qa=decision-publish] input[name=version]').val())
  const classified = await reviewer.submit(
    `/review/${p.reference}/classify`,
    { version: String(version), outcome: 'new-or-innovative', topics: 'partnership-working' },
    `/review/${p.reference}`,
  )
  expect(classified.status).toBe(302)
  const published = await reviewer.submit(
    `/review/${p.reference}/publish`,
    { version: String(version + 1), visibility },
    `/review/${p.reference}`,
  )
  expect(published.status).toBe(302)
  return (await practiceRow(t.db, p.id)).slug
}

describe('What Works evidence linked by a reviewer', () => {
  it('is shown to a visitor on the practice page and in the API once the practice is public', async () => {
    const slug = await linkAndPublish('burglary', 'The same quick fixes after a first burglary.', 'public')

    const page = await new TestClient(t.app).get(`/practices/${slug}`)
    expect(page.status).toBe(200)
    const section = page.$('[data-qa=evidence]')
    expect(section.find('h2').text()).toBe('What Works evidence')
    const link = section.find('[data-qa=evidence-link]')
    expect(link).toHaveLength(1)
    const text = link.text().replace(/\s+/g, ' ')
    expect(text).toContain('Sample: securing the homes of repeat burglary victims')
    expect(text).toContain('Strength of evidence 2 out of 4: Moderate')
    expect(text).toContain('Effect Reduces crime')
    expect(text).toContain('Economic cost Low per home')
    // effect, strength and cost each on its own, and every EMMIE dimension with its own strength
    expect(link.find('[data-qa=evidence-emmie] tbody tr')).toHaveLength(5)
    expect(link.find('[data-qa=emmie-mechanism]').text()).toContain('2 out of 4')
    expect(text).toContain('The same quick fixes after a first burglary.')
    expect(page.$('a[href="#evidence"]').text()).toBe('What Works evidence')

    const api = await t.app.inject(`/api/v1/practices/${slug}`)
    expect(api.statusCode).toBe(200)
    const evidence = api.json().evidence as Record<string, unknown>[]
    expect(evidence).toHaveLength(1)
    expect(evidence[0]).toMatchObject({
      title: 'Sample: securing the homes of repeat burglary victims',
      evidenceStrength: 2,
      overallEffect: 'reduces-crime',
      note: 'The same quick fixes after a first burglary.',
    })
    expect(typeof evidence[0]?.effect).toBe('string')
    expect((evidence[0]?.effect as string).length).toBeGreaterThan(0)
  })

  it('stays with police-only practice: the reviewer sees it, a visitor sees neither page nor evidence', async () => {
    const slug = await linkAndPublish('burglary', 'Police only, same idea.', 'policing')
    const page = await reviewer.get(`/practices/${slug}`)
    expect(page.$('[data-qa=evidence-link]').text()).toContain('Police only, same idea.')
    expect((await new TestClient(t.app).get(`/practices/${slug}`)).status).toBe(404)
    expect((await t.app.inject(`/api/v1/practices/${slug}`)).statusCode).toBe(404)
  })

  it('says so on the page, and gives an empty list in the API, when nothing is linked', async () => {
    const p = await aSubmittedPractice(t.db, { title: 'Practice with nothing linked' })
    const page = await reviewer.get(`/review/${p.reference}`)
    const version = Number(page.$('[data-qa=decision-publish] input[name=version]').val())
    await reviewer.submit(
      `/review/${p.reference}/classify`,
      { version: String(version), outcome: 'new-or-innovative', topics: 'partnership-working' },
      `/review/${p.reference}`,
    )
    await reviewer.submit(
      `/review/${p.reference}/publish`,
      { version: String(version + 1), visibility: 'public' },
      `/review/${p.reference}`,
    )
    const { slug } = await practiceRow(t.db, p.id)
    const visitorPage = await new TestClient(t.app).get(`/practices/${slug}`)
    expect(visitorPage.$('[data-qa=evidence-link]')).toHaveLength(0)
    expect(visitorPage.$('[data-qa=evidence-none]').text()).toContain(
      'No What Works evidence has been linked to this practice yet',
    )
    expect((await t.app.inject(`/api/v1/practices/${slug}`)).json().evidence).toEqual([])
  })
})
