import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { facetNames } from '../src/features/catalogue/search-query.js'
import { createTestApp, getPage, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { completeAnswers, practiceRow, saveSection, startDraft } from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let client: TestClient
let draft: number

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, { title: 'Domestic abuse risk triage', slug: 'domestic-abuse-risk-triage' })
  const person = await aUser(t.db, { organisation: 'kent' })
  client = await signedIn(t.app, person.email)
  draft = await startDraft(client)
})

afterAll(async () => {
  await t?.close()
})

/** Every query parameter the catalogue page and its API read. */
const catalogueParameters = ['q', 'sort', 'page', ...facetNames]
const controls = ['%00', '%01', '%08', '%0B', '%1B', '%7F']

function expectRefusedPage(response: { statusCode: number; body: string }, field: string) {
  expect(response.statusCode).toBe(400)
  expect(response.body).toContain('There is a problem with what was sent')
  expect(response.body).toContain(field)
}

describe('control characters are refused with a 400, on every route, in one place', () => {
  it.each(catalogueParameters)('%s on /practices and /api/v1/practices', async (parameter) => {
    for (const control of controls) {
      const page = await t.app.inject(`/practices?${parameter}=a${control}b`)
      expectRefusedPage(page, parameter)
      const api = await t.app.inject(`/api/v1/practices?${parameter}=a${control}b`)
      expect(api.statusCode).toBe(400)
      expect(api.json()).toMatchObject({ error: 'invalid_parameter', parameter })
      expect(api.json().message).toContain(parameter)
    }
  })

  it('keeps tab, line feed and carriage return, which people do type', async () => {
    expect((await t.app.inject('/practices?q=domestic%09abuse%0D%0A')).statusCode).toBe(200)
    expect((await t.app.inject('/api/v1/practices?q=domestic%09abuse%0A')).statusCode).toBe(200)
  })

  it('in a path part and in a parameter name', async () => {
    expectRefusedPage(await t.app.inject('/practices/risk%00triage'), 'slug')
    expect((await t.app.inject('/api/v1/practices/risk%00triage')).statusCode).toBe(400)
    expect((await t.app.inject('/practices?q%00=x')).statusCode).toBe(400)
  })

  it('in any section text, changing nothing', async () => {
    for (const [section, fields] of Object.entries(completeAnswers)) {
      if (section === 'call-questions') continue
      const textField = Object.entries(fields).find(([, value]) => typeof value === 'string')?.[0]
      if (!textField) continue
      const before = await practiceRow(t.db, draft)
      const result = await saveSection(client, draft, section, { ...fields, [textField]: 'Bad\u0000text' })
      expect(result.status, section).toBe(400)
      expect(result.$('[data-qa=page-heading]').text()).toBe('There is a problem with what was sent')
      expect(result.$('[data-qa=invalid-field]').text()).toContain(textField)
      expect((await practiceRow(t.db, draft)).updatedAt).toEqual(before.updatedAt)
    }
  })

  it('in the name given on the register form', async () => {
    const result = await new TestClient(t.app).submit('/register', {
      name: 'Sam\u0000Example',
      email: 'sam.nul@kent.police.uk',
      organisation: 'kent',
      password: 'lantern orchard velvet',
    })
    expect(result.status).toBe(400)
    expect(result.$('[data-qa=invalid-field]').text()).toContain('name')
  })
})

describe('arrays for single values and very long values never give a 500', () => {
  it.each(catalogueParameters)('%s given twice, and 1 MB long', async (parameter) => {
    for (const url of ['/practices', '/api/v1/practices']) {
      const twice = await t.app.inject(`${url}?${parameter}=2020&${parameter}=2021`)
      expect(twice.statusCode, `${url} ${parameter} twice`).toBeLessThan(500)
      const long = await t.app.inject(`${url}?${parameter}=${'a'.repeat(1024 * 1024)}`)
      expect(long.statusCode, `${url} ${parameter} 1 MB`).toBe(400)
    }
  })

  it('q and page given twice are refused, naming the parameter', async () => {
    for (const parameter of ['q', 'page', 'sort']) {
      const response = await t.app.inject(`/api/v1/practices?${parameter}=1&${parameter}=2`)
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ parameter })
    }
  })

  it('a 1 MB value on a section page is refused and changes nothing', async () => {
    const before = await practiceRow(t.db, draft)
    const result = await saveSection(client, draft, 'about', {
      ...completeAnswers.about,
      problem: 'x'.repeat(1024 * 1024),
    })
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.status).toBeLessThan(500)
    expect((await practiceRow(t.db, draft)).updatedAt).toEqual(before.updatedAt)
    // and a value just under the body limit is answered with the section's own error
    const large = await saveSection(client, draft, 'about', { ...completeAnswers.about, problem: 'x'.repeat(900_000) })
    expect(large.status).toBe(400)
    expect(large.$('.govuk-error-summary').length).toBe(1)
  })

  it('other query parameters of the service, repeated or long', async () => {
    for (const url of ['/sign-in?returnTo=/a&returnTo=/b', `/sign-in?returnTo=${'a'.repeat(5000)}`, '/']) {
      const response = await getPage(t.app, url)
      expect(response.status, url).toBeLessThan(500)
    }
    for (const url of [
      `/submissions/${draft}/about?returnTo=check-answers&returnTo=x`,
      `/submissions/${draft}/about?returnTo=%00`,
      '/my-submissions?x=1&x=2',
    ]) {
      const response = await client.get(url)
      expect(response.status, url).toBeLessThan(500)
    }
  })
})
