import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let practice: { id: number; slug: string }

const contributor = 'author@kent.police.uk'
const base = () => `/submissions/${practice.id}/theory-of-change`

async function savePage(page: string, fields: Record<string, string>) {
  const client = await signedIn(t.app, contributor)
  const form = await client.get(`${base()}/${page}`)
  const version = String(form.$('input[name=version]').val() ?? '')
  const saved = await client.submit(`${base()}/${page}`, { version, ...fields }, `${base()}/${page}`)
  expect(saved.status).toBe(303)
}

const practicePage = async () => {
  const response = await t.app.inject({ method: 'GET', url: `/practices/${practice.slug}` })
  expect(response.statusCode).toBe(200)
  return response.body
}

beforeAll(async () => {
  t = await createTestApp()
  const author = await aUser(t.db, { email: contributor, organisation: 'kent' })
  practice = await aPractice(t.db, {
    title: 'Repeat victim visits',
    organisation: 'kent',
    submittedByUserId: author.id,
  })
})

afterAll(async () => {
  await t.close()
})

describe('the theory of change on the published practice page', () => {
  it('appears only once the contributor agrees to show it', async () => {
    await savePage('problem', { problem: 'Repeat victims of burglary are not visited again.', activities: 'Visit' })
    await savePage('outcomes', { 'short-1-outcome': 'Fewer repeat burglaries' })
    expect(await practicePage()).not.toContain('data-qa="practice-toc"')
    await savePage('readiness', { showOnPracticePage: 'yes' })
    const shown = await practicePage()
    expect(shown).toContain('data-qa="practice-toc"')
    expect(shown).toContain('<svg')
    expect(shown).toContain('Fewer repeat burglaries')
    expect(shown).toContain('data-qa="readiness-level"')
    await savePage('readiness', {})
    expect(await practicePage()).not.toContain('data-qa="practice-toc"')
  })
})
