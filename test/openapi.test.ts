import { validate, compileErrors } from '@readme/openapi-parser'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, getPage, type TestApp } from './support/app.js'
import { aCall, aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let policeToken = ''

interface Document {
  openapi: string
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: object }>>
}

beforeAll(async () => {
  t = await createTestApp()
  const call = await aCall(t.db, { slug: 'voice-of-the-victim', title: 'Voice of the victim' })
  await t.db.execute(sql`update calls set topics = '{domestic-abuse}' where slug = 'voice-of-the-victim'`)
  const open = await aPractice(t.db, { title: 'Open to all', slug: 'open-to-all', call: call.slug })
  const policing = await aPractice(t.db, { title: 'For policing', slug: 'for-policing', visibility: 'policing' })
  await t.db
    .execute(sql`insert into toolkit_entries (slug, title, summary, overall_effect, evidence_strength, effect, effect_strength, is_sample)
    values ('street-lighting', 'Street lighting', 'Better lighting in public places.', 'reduces-crime', 3, 'Crime fell.', 3, true),
           ('retired-entry', 'Retired entry', 'No longer offered.', null, null, '', null, true)`)
  await t.db.execute(sql`update toolkit_entries set retired_at = now() where slug = 'retired-entry'`)
  await t.db.execute(sql`insert into practice_toolkit_links (practice_id, toolkit_entry_id, note)
    select p.id, e.id, 'Lit the routes home' from practices p, toolkit_entries e
    where p.id in (${open.id}, ${policing.id}) and e.slug = 'street-lighting'`)
  const officer = await aUser(t.db, { email: 'officer@kent.police.uk' })
  const created = await (
    await signedIn(t.app, officer.email)
  ).submit('/account/api-tokens', {
    name: 'Partner system',
    expiry: '30',
  })
  policeToken = String(created.$('[data-qa=token]').val())
})

afterAll(async () => {
  await t?.close()
})

const getJson = async (url: string, token?: string) => {
  const response = await t.app.inject({
    method: 'GET',
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
  return { status: response.statusCode, body: response.json() as Record<string, unknown> }
}

/** Every API route the app registered, as OpenAPI writes it: GET /api/v1/calls/{slug} */
const registeredApiRoutes = () =>
  [
    ...new Set(
      t.app.registeredRoutes
        .filter((r) => (r.url === '/api' || r.url.startsWith('/api/')) && r.method !== 'HEAD')
        .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`),
    ),
  ].sort()

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const { status, body } = await getJson('/api/openapi.json')
    expect(status).toBe(200)
    expect(body.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(body) as never)
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  })

  it('lists every /api route the app registers, and nothing else', async () => {
    const document = (await getJson('/api/openapi.json')).body as unknown as Document
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort()
    expect(registeredApiRoutes().length).toBeGreaterThanOrEqual(10)
    expect(documented).toEqual(registeredApiRoutes())
  })

  it('describes the parameters of each route, path parameters included', async () => {
    const document = (await getJson('/api/openapi.json')).body as unknown as Document
    for (const [path, operations] of Object.entries(document.paths)) {
      const inPath = [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1])
      for (const [method, operation] of Object.entries(operations)) {
        const described = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)
        expect(described, `${method} ${path}`).toEqual(inPath)
        expect(Object.keys(operation.responses), `${method} ${path}`).toContain('200')
      }
    }
    const search = document.paths['/api/v1/practices']?.get?.parameters?.map((p) => p.name) ?? []
    expect(search).toEqual(expect.arrayContaining(['q', 'topic', 'sort', 'page', 'pageSize']))
  })

  it('is also a page to read, with every route and how to get a token', async () => {
    const { status, $ } = await getPage(t.app, '/api')
    expect(status).toBe(200)
    const shown = $('[data-qa=route]')
      .map((_, el) => $(el).attr('data-route'))
      .get()
      .sort()
    expect(shown).toEqual(registeredApiRoutes())
    expect($('#tokens').text()).toBe('Reading with a token')
    expect($('a[href="/account/api-tokens"]').length).toBeGreaterThan(0)
    expect($('body').text()).not.toMatch(/pbt_[A-Za-z0-9_-]{20,}/)
  })
})

describe('partner endpoints', () => {
  it('lists calls and reads one, counting only practice the reader may see', async () => {
    const list = await getJson('/api/v1/calls')
    expect(list.status).toBe(200)
    const calls = list.body.calls as { slug: string; practicePublished: number; state: string }[]
    expect(calls.find((c) => c.slug === 'voice-of-the-victim')).toMatchObject({
      practicePublished: 1,
      state: 'open',
      topics: [{ key: 'domestic-abuse', label: 'Domestic abuse' }],
    })
    const one = await getJson('/api/v1/calls/voice-of-the-victim')
    expect(one.body).toMatchObject({ title: 'Voice of the victim', guidance: 'Guidance for testing.', questions: [] })
    expect((await getJson('/api/v1/calls/no-such-call')).status).toBe(404)
  })

  it('lists organisations, of one kind when asked, and names a bad parameter', async () => {
    const all = (await getJson('/api/v1/organisations')).body.organisations as { code: string; kind: string }[]
    expect(all.length).toBeGreaterThan(43)
    const forces = (await getJson('/api/v1/organisations?kind=force')).body.organisations as {
      code: string
      kind: string
      region: { key: string } | null
    }[]
    expect(forces.length).toBe(43)
    expect(forces.find((f) => f.code === 'kent')?.region?.key).toBe('south-east')
    const bad = await getJson('/api/v1/organisations?kind=Not%20a%20kind')
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ error: 'invalid_parameter', parameter: 'kind' })
  })

  it('lists every taxonomy with the keys the search filters take', async () => {
    const { body } = await getJson('/api/v1/taxonomies')
    const taxonomies = body.taxonomies as { name: string; terms: { key: string; label: string }[] }[]
    expect(taxonomies.map((x) => x.name)).toEqual(
      expect.arrayContaining(['topic', 'purpose', 'outcome-category', 'stage', 'recognised-practice', 'region']),
    )
    expect(taxonomies.find((x) => x.name === 'purpose')?.terms.map((term) => term.label)).toEqual([
      'Prevention',
      'Diversion',
      'Reoffending',
      'Location',
      'Organisational',
      'Investigation',
    ])
  })

  it('lists live Toolkit entries unless retired ones are asked for, and reads one as the reader may', async () => {
    const live = (await getJson('/api/v1/toolkit-entries')).body.entries as { slug: string; practiceCount: number }[]
    // The sample entries seeded with the reference data are there too.
    expect(live.map((e) => e.slug)).toContain('street-lighting')
    expect(live.map((e) => e.slug)).not.toContain('retired-entry')
    expect(live.find((e) => e.slug === 'street-lighting')?.practiceCount).toBe(1)
    const all = (await getJson('/api/v1/toolkit-entries?includeRetired=true')).body.entries as { slug: string }[]
    expect(all.map((e) => e.slug).sort()).toEqual([...live.map((e) => e.slug), 'retired-entry'].sort())
    expect((await getJson('/api/v1/toolkit-entries?includeRetired=yes')).body).toMatchObject({
      error: 'invalid_parameter',
      parameter: 'includeRetired',
    })

    const asVisitor = (await getJson('/api/v1/toolkit-entries/street-lighting')).body
    expect((asVisitor.practice as { slug: string }[]).map((p) => p.slug)).toEqual(['open-to-all'])
    expect(asVisitor.dimensions).toContainEqual(
      expect.objectContaining({ key: 'effect', text: 'Crime fell.', strength: 3 }),
    )
    const asPolice = (await getJson('/api/v1/toolkit-entries/street-lighting', policeToken)).body
    expect((asPolice.practice as { slug: string }[]).map((p) => p.slug).sort()).toEqual(['for-policing', 'open-to-all'])
    expect(asPolice.practiceCount).toBe(2)
    expect((await getJson('/api/v1/toolkit-entries/nothing-here')).status).toBe(404)
  })
})
