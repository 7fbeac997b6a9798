import * as cheerio from 'cheerio'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { practiceToolkitLinks } from '../src/db/schema/index.js'
import { MAX_TOOLKIT_CSV_BYTES } from '../src/features/toolkit/csv-file.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { multipartBody } from './support/files.js'
import { csrfTokenFor } from './support/uploads.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient

beforeAll(async () => {
  t = await createTestApp()
  admin = await signedIn(t.app, (await aUser(t.db, { email: 'toolkit-import@example.org', roles: ['admin'] })).email)
})

afterAll(async () => {
  await t?.close()
})

const header =
  'source_id,title,summary,overall_effect,evidence_strength,problem,population,effect,effect_strength,mechanism,mechanism_strength,moderators,moderators_strength,implementation,implementation_strength,economic_cost,economic_cost_strength,url'

const firstFile = [
  header,
  'wwt-001,Neighbourhood watch,"Residents look out for each other, and report.",Mixed,2,Burglary,Residential areas,Some fall in burglary,2,More eyes on the street,1,,,"Needs a coordinator,\nand regular meetings",1,Low,1,https://example.org/nw',
  'wwt-002,CCTV in car parks,Cameras watched from a control room,Reduces crime,3,Vehicle crime,Car parks,Fewer thefts from cars,3,Offenders think they will be seen,2,Best with good lighting,2,Needs monitoring staff,2,High to install,2,',
].join('\r\n')

/** Everything about the Toolkit an import could change, to compare before and after. */
async function toolkitState() {
  return queryRows<Record<string, unknown>>(
    t.db,
    sql`select id, slug, source_id, title, summary, overall_effect, evidence_strength, problem, population,
               effect, effect_strength, mechanism, mechanism_strength, moderators, moderators_strength,
               implementation, implementation_strength, economic_cost, economic_cost_strength, url, is_sample,
               retired_at, updated_at
        from toolkit_entries order by id`,
  )
}

async function uploadCsv(content: Buffer | string, filename = 'toolkit.csv') {
  const token = await csrfTokenFor(admin)
  const { payload, contentType } = multipartBody([
    { name: '_csrf', value: token },
    { name: 'file', filename, content: Buffer.isBuffer(content) ? content : Buffer.from(content) },
  ])
  const response = await t.app.inject({
    method: 'POST',
    url: '/admin/toolkit/import',
    headers: { 'content-type': contentType, cookie: `pb_session=${admin.sessionCookie}` },
    payload,
  })
  return { response, status: response.statusCode, $: cheerio.load(response.body) }
}

/** Uploads, follows to the dry run, and returns the report page and the rows it lists. */
async function dryRun(content: string) {
  const uploaded = await uploadCsv(content)
  expect(uploaded.status, uploaded.$('.govuk-error-summary').text()).toBe(302)
  const url = String(uploaded.response.headers.location)
  const page = await admin.get(url)
  expect(page.status).toBe(200)
  const rows = page
    .$('[data-qa=import-row]')
    .toArray()
    .map((el) => ({
      row: Number(page.$(el).attr('data-row')),
      kind: page.$(el).attr('data-kind'),
      details: texts(cheerio.load(page.$(el).html() ?? ''), '[data-qa=row-detail]'),
    }))
  return { url, page, rows }
}

/** Presses the commit button of the dry-run page, as a browser would. */
async function commit(url: string) {
  const page = await admin.get(url)
  const form = page.$('[data-qa=commit-form]')
  expect(form.length, 'the page offers a commit').toBe(1)
  return admin.post(`${url}/commit`, {
    _csrf: String(form.find('input[name=_csrf]').val()),
    digest: String(form.find('input[name=digest]').val()),
  })
}

describe('Toolkit CSV import', () => {
  it('offers an example file that imports cleanly', async () => {
    const example = await admin.get('/admin/toolkit/import/example.csv')
    expect(example.status).toBe(200)
    expect(example.response.headers['content-type']).toContain('text/csv')
    expect(example.response.headers['content-disposition']).toContain('attachment')
    const { rows } = await dryRun(example.response.body)
    expect(rows.map((r) => r.kind)).toEqual(['new', 'new'])
  })

  it('dry run lists each row and changes nothing; commit does exactly that; the same file again changes nothing', async () => {
    const before = await toolkitState()
    const { url, page, rows } = await dryRun(firstFile)
    expect(rows).toEqual([
      { row: 2, kind: 'new', details: ['Will be added as /toolkit/neighbourhood-watch'] },
      { row: 3, kind: 'new', details: ['Will be added as /toolkit/cctv-in-car-parks'] },
    ])
    expect(page.$('[data-qa=commit]').text()).toContain('Import 2 new interventions')
    expect(await toolkitState()).toEqual(before)

    const committed = await commit(url)
    expect(committed.status).toBe(302)
    const after = await toolkitState()
    expect(after.length).toBe(before.length + 2)
    const watch = after.find((e) => e.source_id === 'wwt-001')
    expect(watch).toMatchObject({
      slug: 'neighbourhood-watch',
      title: 'Neighbourhood watch',
      summary: 'Residents look out for each other, and report.',
      overall_effect: 'mixed',
      evidence_strength: 2,
      moderators: '',
      moderators_strength: null,
      implementation: 'Needs a coordinator,\nand regular meetings',
      url: 'https://example.org/nw',
      is_sample: false,
    })
    expect(after.find((e) => e.source_id === 'wwt-002')).toMatchObject({ overall_effect: 'reduces-crime', url: null })
    const list = await admin.get('/admin/toolkit')
    expect(list.$('[data-qa=saved]').text()).toContain('2 added, 0 changed, 0 unchanged')
    // a committed dry run cannot be committed twice
    expect((await admin.get(url)).status).toBe(404)

    const again = await dryRun(firstFile)
    expect(again.rows.map((r) => r.kind)).toEqual(['unchanged', 'unchanged'])
    expect(again.page.$('[data-qa=nothing-to-do]').length).toBe(1)
    expect((await commit(again.url)).status).toBe(302)
    expect(await toolkitState()).toEqual(after)
  })

  it('a changed file lists which fields change, and commit changes only those', async () => {
    const before = await toolkitState()
    const changed = firstFile
      .replace('Some fall in burglary,2', 'A clear fall in burglary,3')
      .replace('High to install,2', 'High to install,2')
    const extra = 'wwt-003,Street pastors,Volunteers in town centres at night,,,,,,,,,,,,,,,'
    const { url, rows } = await dryRun(`${changed}\r\n${extra}`)
    expect(rows).toEqual([
      {
        row: 2,
        kind: 'changed',
        details: ['Will change: effect, strength of evidence on effect'],
      },
      { row: 3, kind: 'unchanged', details: ['Already as the file says'] },
      { row: 4, kind: 'new', details: ['Will be added as /toolkit/street-pastors'] },
    ])
    expect(await toolkitState()).toEqual(before)
    expect((await commit(url)).status).toBe(302)
    const after = await toolkitState()
    const byId = (rows: Record<string, unknown>[], sourceId: string) => rows.find((e) => e.source_id === sourceId)
    expect(byId(after, 'wwt-001')).toMatchObject({ effect: 'A clear fall in burglary', effect_strength: 3 })
    expect(byId(after, 'wwt-002')).toEqual(byId(before, 'wwt-002'))
    expect(byId(after, 'wwt-003')).toMatchObject({ title: 'Street pastors', evidence_strength: null })
    expect(after.length).toBe(before.length + 1)
    // everything else is as it was: samples and other entries untouched
    const untouched = (rows: Record<string, unknown>[]) =>
      rows.filter((e) => e.source_id !== 'wwt-001' && e.source_id !== 'wwt-003')
    expect(untouched(after)).toEqual(untouched(before))
  })

  it('a column left out of the file is left as it is', async () => {
    const before = await toolkitState()
    const { url, rows } = await dryRun('source_id,title\r\nwwt-002,CCTV in car parks\r\n')
    expect(rows.map((r) => r.kind)).toEqual(['unchanged'])
    await commit(url)
    expect(await toolkitState()).toEqual(before)
  })

  it('names the row and column of every malformed cell, and leaves those rows out', async () => {
    const before = await toolkitState()
    const file = [
      header,
      'wwt-010,Good row,,,,,,,,,,,,,,,,',
      'wwt-011,Bad strength,,Mixed,7,,,,,,,,,,,,,',
      'wwt-012,Bad effect and link,,Works wonders,,,,,,,,,,,,,,ftp://example.org',
      ',No source id,,,,,,,,,,,,,,,,',
      'wwt-010,Twice,,,,,,,,,,,,,,,,',
      'wwt-013,,,,,,,,,,,,,,,,,',
      'wwt-014,Too many cells,,,,,,,,,,,,,,,,,extra',
    ].join('\n')
    const { url, page, rows } = await dryRun(file)
    expect(rows.map((r) => [r.row, r.kind])).toEqual([
      [2, 'new'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
      [8, 'error'],
    ])
    expect(rows[1]?.details).toEqual([
      'Row 3, column evidence_strength: The strength of evidence overall must be a whole number from 0 to 4',
    ])
    expect(rows[2]?.details).toEqual([
      'Row 4, column overall_effect: The overall effect must be reduces crime, mixed, no reliable effect or increases crime',
      'Row 4, column url: Enter the source link as a web address starting https://',
    ])
    expect(rows[3]?.details).toEqual(['Row 5, column source_id: Enter the source_id of the intervention'])
    expect(rows[4]?.details).toEqual(['Row 6, column source_id: The source_id ‘wwt-010’ is also on row 2'])
    expect(rows[5]?.details).toEqual(['Row 7, column title: Enter the title of the intervention'])
    expect(rows[6]?.details).toEqual(['Row 8: The row has 19 cells but the header has 18 columns'])
    expect(page.$('[data-qa=import-counts]').text().replace(/\s+/g, ' ')).toContain('Errors 6')
    expect(await toolkitState()).toEqual(before)
    expect((await commit(url)).status).toBe(302)
    const after = await toolkitState()
    expect(after.length).toBe(before.length + 1)
    expect(after.at(-1)).toMatchObject({ source_id: 'wwt-010', title: 'Good row' })
  })

  it.each([
    ['an empty file', Buffer.alloc(0), 'The selected file is empty'],
    ['a workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0]), 'The selected file must be a CSV file'],
    ['a binary file', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 1]), 'The selected file must be a CSV file'],
    ['text that is not UTF-8', Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0xe9, 0x0a]), 'save it as ‘CSV UTF-8’'],
    [
      'a letter',
      Buffer.from('Dear colleague,\nplease find the Toolkit attached.\n'),
      'does not know (‘dear_colleague’',
    ],
    ['a file without source_id', Buffer.from('title\nSomething\n'), 'must have a ‘source_id’ column'],
    ['a header only', Buffer.from(`${header}\n`), 'has no rows below the header'],
    ['an unclosed quotation mark', Buffer.from(`${header}\nwwt-1,"Never closed,,,\n`), 'could not be read as CSV'],
    ['a file over the limit', Buffer.alloc(MAX_TOOLKIT_CSV_BYTES + 10, 'a'), 'must be smaller than 1 MB'],
  ])('refuses %s with a clear message and keeps nothing', async (_, content, message) => {
    const before = await toolkitState()
    const kept = async () =>
      (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from toolkit_imports`))[0]?.n
    const keptBefore = await kept()
    const { status, $ } = await uploadCsv(content)
    expect(status).toBe(400)
    expect($('title').text()).toMatch(/^Error: /)
    expect($('#file-error').text()).toContain(message)
    expect($('.govuk-error-summary a').attr('href')).toBe('#file')
    expect(await toolkitState()).toEqual(before)
    expect(await kept()).toBe(keptBefore)
  })

  it('refuses to commit when the Toolkit changed after the dry run, and changes nothing', async () => {
    const { url } = await dryRun(firstFile.replace('Low,1', 'Very low,1'))
    // someone edits the entry the file would change, so the plan is no longer the one shown
    await t.db.execute(sql`update toolkit_entries set economic_cost = 'Very low' where source_id = 'wwt-001'`)
    const stalePage = await admin.get(url)
    expect(stalePage.$('[data-qa=stale]').length).toBe(1)
    expect(stalePage.$('[data-qa=commit]').length).toBe(0)
    const before = await toolkitState()
    const refused = await admin.post(`${url}/commit`, {
      _csrf: String(stalePage.$('input[name=_csrf]').first().val()),
      digest: 'not the digest',
    })
    expect(refused.status).toBe(409)
    expect(await toolkitState()).toEqual(before)
  })

  it('a dry run is the admin’s own: another admin cannot see or commit it', async () => {
    const { url } = await dryRun(firstFile)
    const other = await signedIn(t.app, (await aUser(t.db, { roles: ['admin'] })).email)
    expect((await other.get(url)).status).toBe(404)
    const token = String((await other.get('/admin/toolkit')).$('input[name=_csrf]').first().val())
    expect((await other.post(`${url}/commit`, { _csrf: token, digest: 'x' })).status).toBe(404)
  })
})

describe('the public Toolkit pages', () => {
  it('show effect, strength and cost apart, every EMMIE dimension, and only practice the viewer may read', async () => {
    const [entry] = await queryRows<{ id: number; slug: string }>(
      t.db,
      sql`select id, slug from toolkit_entries where source_id = 'wwt-002'`,
    )
    const open = await aPractice(t.db, { title: 'Car park patrols everyone can read', visibility: 'public' })
    const policing = await aPractice(t.db, { title: 'Car park work for police eyes only', visibility: 'policing' })
    const draft = await aPractice(t.db, { title: 'Car park idea still in draft', status: 'draft' })
    for (const p of [open, policing, draft])
      await t.db
        .insert(practiceToolkitLinks)
        .values({ practiceId: p.id, toolkitEntryId: entry?.id ?? 0, note: `Relevant: ${p.title}` })

    const visitor = await new TestClient(t.app).get(`/toolkit/${entry?.slug}`)
    expect(visitor.status).toBe(200)
    const headline = visitor.$('[data-qa=entry-headline] .govuk-summary-list__row')
    expect(headline.length).toBe(3)
    expect(texts(visitor.$, '[data-qa=entry-headline] dt')).toEqual(['Effect', 'Strength of evidence', 'Economic cost'])
    expect(texts(visitor.$, '[data-qa=entry-headline] dd')).toEqual([
      'Reduces crime',
      '3 out of 4: Strong',
      'High to install',
    ])
    expect(visitor.$('[data-qa=entry-emmie] tbody tr').length).toBe(5)
    expect(visitor.$('[data-qa=emmie-mechanism]').text()).toContain('Offenders think they will be seen')
    expect(visitor.$('[data-qa=emmie-moderators]').text()).toContain('2 out of 4')
    expect(texts(visitor.$, '[data-qa=linked-practice-item] h3')).toEqual(['Car park patrols everyone can read'])
    expect(visitor.$('[data-qa=linked-practice-note]').text()).toContain('Relevant: Car park patrols everyone can read')
    expect(visitor.response.body).not.toContain('police eyes only')
    expect(visitor.response.body).not.toContain('still in draft')

    const police = await signedIn(t.app, (await aUser(t.db, { email: 'officer@kent.police.uk' })).email)
    const policePage = await police.get(`/toolkit/${entry?.slug}`)
    expect(texts(policePage.$, '[data-qa=linked-practice-item] h3').sort()).toEqual([
      'Car park patrols everyone can read',
      'Car park work for police eyes only',
    ])
    expect(policePage.response.body).not.toContain('still in draft')

    const list = await new TestClient(t.app).get('/toolkit')
    const row = list.$('[data-qa=toolkit-entry]').filter((_, el) => list.$(el).text().includes('CCTV in car parks'))
    expect(row.find('td').last().text().trim()).toBe('1')
    expect(list.$('[data-qa=toolkit-entry]').text()).toContain('Sample')

    const byNumber = await new TestClient(t.app).get(`/toolkit/${entry?.id}`)
    expect(byNumber.status).toBe(301)
    expect(byNumber.response.headers.location).toBe(`/toolkit/${entry?.slug}`)
    expect((await new TestClient(t.app).get('/toolkit/no-such-entry')).status).toBe(404)
    expect((await new TestClient(t.app).get('/toolkit/Not_A_Slug')).status).toBe(404)
  })

  it('the practice page links each entry to its Toolkit page; the search facet finds linked practice', async () => {
    const visitor = new TestClient(t.app)
    const page = await visitor.get('/practices?q=car+park')
    expect(page.status).toBe(200)
    const facet = page.$('input[name=evidence][value=yes]')
    expect(facet.length).toBe(1)
    const filtered = await visitor.get('/practices?q=car+park&evidence=yes')
    expect(texts(filtered.$, '[data-qa=results] h3')).toEqual(['Car park patrols everyone can read'])
    const unlinked = await aPractice(t.db, { title: 'Car park lighting with no evidence linked' })
    const all = await visitor.get('/practices?q=car+park')
    expect(texts(all.$, '[data-qa=results] h3')).toContain(unlinked.title)
    const again = await visitor.get('/practices?q=car+park&evidence=yes')
    expect(texts(again.$, '[data-qa=results] h3')).toEqual(['Car park patrols everyone can read'])
    // a new link alone (no other change to practice) shows at once: the link table moves the catalogue
    // generation, so the remembered answer for this query is not reused
    const [cctv] = await queryRows<{ id: number }>(
      t.db,
      sql`select id from toolkit_entries where source_id = 'wwt-002'`,
    )
    await t.db.insert(practiceToolkitLinks).values({ practiceId: unlinked.id, toolkitEntryId: cctv?.id ?? 0 })
    const linked = await visitor.get('/practices?q=car+park&evidence=yes')
    expect(texts(linked.$, '[data-qa=results] h3').sort()).toEqual(
      [unlinked.title, 'Car park patrols everyone can read'].sort(),
    )
    await t.db.delete(practiceToolkitLinks).where(eq(practiceToolkitLinks.practiceId, unlinked.id))
    expect(texts((await visitor.get('/practices?q=car+park&evidence=yes')).$, '[data-qa=results] h3')).toEqual([
      'Car park patrols everyone can read',
    ])
    expect((await visitor.get('/practices?evidence=maybe')).status).toBe(400)
    const api = await t.app.inject('/api/v1/practices?q=car+park&evidence=yes')
    expect(api.statusCode).toBe(200)

    const practice = await visitor.get(
      `/practices/${filtered.$('[data-qa=results] h3 a').attr('href')?.split('/').pop()}`,
    )
    const link = practice.$('[data-qa=evidence-toolkit-page]')
    expect(link.text()).toBe('CCTV in car parks')
    expect(link.attr('href')).toBe('/toolkit/cctv-in-car-parks')
    expect(practice.$('[data-qa=evidence-link]').text()).toContain('Relevant: Car park patrols everyone can read')
    const none = await visitor.get(`/practices/${unlinked.slug}`)
    expect(none.$('[data-qa=evidence-none]').text()).toContain('No What Works evidence has been linked')
  })
})
