import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_PAGE_SIZE } from '../src/features/exports/service.js'
import { readerFields } from '../src/features/practice-fields/registry.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
const viewers: Record<'visitor' | 'police' | 'reviewer' | 'owner', TestClient> = {} as never

const PUBLIC = ['Open callback scheme', 'Open schools safeguarding', 'Formula titles']
const POLICING = ['Covert callback tactic']
const INTERNAL = ['Internal callback pilot']

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, {
    title: 'Open callback scheme',
    summary: 'Officers call victims of domestic abuse back within a day.',
    topics: ['domestic-abuse', 'stalking-and-harassment'],
    purposes: ['prevention'],
    reference: 'PB-2026-0001',
    values: {
      contactName: 'Sam Contact',
      contactEmail: 'sam@merseyside.police.uk',
      consentShowContact: true,
      startDate: '2023-04-01',
      stillRunning: true,
      problem: 'Victims waited days for a call.',
    },
  })
  await aPractice(t.db, {
    title: 'Open schools safeguarding',
    topics: ['voice-of-the-child'],
    values: { contactName: 'Hidden Person', contactEmail: 'hidden@example.org', consentShowContact: false },
  })
  await aPractice(t.db, {
    title: 'Formula titles',
    summary: '=HYPERLINK("http://evil.example","click")',
    problem: '+SUM(A1:A2)',
    approach: '-2+3',
    values: { partners: '@cmd', lessonsLearned: '\t=1+1', sustainability: '\r=1+1' },
  })
  await aPractice(t.db, { title: 'Covert callback tactic', visibility: 'policing', topics: ['domestic-abuse'] })
  const internal = await aPractice(t.db, { title: 'Internal callback pilot', visibility: 'internal' })
  await aPractice(t.db, { title: 'Draft callback idea', status: 'draft' })

  const owner = await aUser(t.db, { email: 'owner@example.org' })
  await t.db.execute(sql`update practices set submitted_by_user_id = ${owner.id} where id = ${internal.id}`)
  viewers.visitor = new TestClient(t.app)
  viewers.police = await signedIn(t.app, (await aUser(t.db, { email: 'officer@kent.police.uk' })).email)
  viewers.reviewer = await signedIn(t.app, (await aUser(t.db, { email: 'rev@example.org', roles: ['reviewer'] })).email)
  viewers.owner = await signedIn(t.app, owner.email)
})

afterAll(async () => {
  await t?.close()
})

type Sheet = Record<string, string>[]

function csvRecords(body: string): Sheet {
  return parse(body, { bom: true, columns: true, relax_column_count: false }) as Sheet
}

async function csvOf(client: TestClient, query = ''): Promise<Sheet> {
  const { response } = await client.get(`/practices/export.csv${query}`)
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="practice-search-.*\.csv"$/)
  return csvRecords(response.body)
}

async function xlsxOf(client: TestClient, query = '') {
  const { response } = await client.get(`/practices/export.xlsx${query}`)
  expect(response.statusCode).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('Practice')
  if (!sheet) throw new Error('no Practice sheet')
  const rows: ExcelJS.Row[] = []
  sheet.eachRow((row) => rows.push(row))
  return rows
}

const titles = (sheet: Sheet) => sheet.map((r) => r.Title).sort()

describe('export of a search', () => {
  it('gives each viewer exactly the practice they may read', async () => {
    expect(titles(await csvOf(viewers.visitor))).toEqual([...PUBLIC].sort())
    expect(titles(await csvOf(viewers.police))).toEqual([...PUBLIC, ...POLICING].sort())
    expect(titles(await csvOf(viewers.reviewer))).toEqual([...PUBLIC, ...POLICING, ...INTERNAL].sort())
    // a contributor sees their own internal practice, as on the search page
    expect(titles(await csvOf(viewers.owner))).toEqual([...PUBLIC, ...INTERNAL].sort())
  })

  it('holds what the same search finds, for words and filters alike', async () => {
    for (const [name, client] of Object.entries(viewers)) {
      for (const query of ['?q=callback', '?topic=domestic-abuse', '?q=callback&topic=domestic-abuse&sort=title']) {
        const sheet = await csvOf(client, query)
        const api = JSON.parse((await client.get(`/api/v1/practices${query}&pageSize=100`)).response.body) as {
          total: number
          results: { title: string }[]
        }
        expect(sheet.length, `${name} ${query}`).toBe(api.total)
        expect(titles(sheet), `${name} ${query}`).toEqual(api.results.map((r) => r.title).sort())
      }
    }
    expect(titles(await csvOf(viewers.police, '?topic=domestic-abuse'))).toEqual([
      'Covert callback tactic',
      'Open callback scheme',
    ])
  })

  it('carries every field a reader may see, with topics and purposes as labels', async () => {
    const [row] = (await csvOf(viewers.visitor, '?q=%22open+callback%22')).filter(
      (r) => r.Title === 'Open callback scheme',
    )
    expect(row).toMatchObject({
      Reference: 'PB-2026-0001',
      Organisation: 'Merseyside Police',
      Topics: 'Domestic abuse; Stalking and harassment',
      Purposes: 'Prevention',
      'The problem it addresses': 'Victims waited days for a call.',
      'Start date': '2023-04-01',
      'Still running': 'Yes',
      'Contact name': 'Sam Contact',
      'Contact e-mail': 'sam@merseyside.police.uk',
      Region: 'North West',
      'Outcome category': 'Promising',
      'Stage of practice': 'Untested',
    })
    expect(row?.Address).toMatch(new RegExp(`^${t.config.baseUrl}/practices/open-callback-scheme-\\d+$`))
    // what only reviewers see is never in an export
    const headings = Object.keys(row ?? {})
    for (const reviewerOnly of ['May be published', "Contributor's view of the outcome", 'Privacy notice read']) {
      expect(headings).not.toContain(reviewerOnly)
    }
  })

  it('has a column for every field the one description of a practice lets readers see, each named once', async () => {
    const { response } = await viewers.visitor.get('/practices/export.csv')
    const headings = (parse(response.body, { bom: true, to_line: 1 }) as string[][])[0] ?? []
    for (const [, field] of readerFields()) expect(headings).toContain(field.label)
    expect(new Set(headings).size).toBe(headings.length)
    const open =
      (
        parse((await viewers.visitor.get('/data/practices.csv')).response.body, { bom: true, to_line: 1 }) as string[][]
      )[0] ?? []
    for (const [, field] of readerFields()) {
      if (field.audience === 'reader') expect(open).toContain(field.label)
      else expect(open).not.toContain(field.label)
    }
  })

  it('leaves contact details out unless the contributor agreed readers may see them', async () => {
    const sheet = await csvOf(viewers.reviewer)
    const hidden = sheet.find((r) => r.Title === 'Open schools safeguarding')
    expect(hidden?.['Contact name']).toBe('')
    expect(hidden?.['Contact e-mail']).toBe('')
    expect(JSON.stringify(sheet)).not.toContain('hidden@example.org')
  })

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const { response } = await viewers.visitor.get('/practices/export.csv?q=formula')
    const [row] = csvRecords(response.body)
    expect(row?.Summary).toBe(`'=HYPERLINK("http://evil.example","click")`)
    expect(row?.['The problem it addresses']).toBe(`'+SUM(A1:A2)`)
    expect(row?.['What was done']).toBe(`'-2+3`)
    expect(row?.Partners).toBe(`'@cmd`)
    expect(row?.['Lessons learned']).toBe(`'\t=1+1`)
    expect(row?.Sustainability).toBe(`'\r=1+1`)
    // no cell of the raw file begins with a formula character
    const cells = (parse(response.body, { bom: true }) as string[][]).flat()
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
  })

  it('writes an Excel workbook that reads back as the same rows, every cell plain text', async () => {
    for (const client of [viewers.visitor, viewers.reviewer]) {
      const csv = (parse((await client.get('/practices/export.csv')).response.body, { bom: true }) as string[][]).map(
        // the workbook holds the text without the apostrophe, and (as XML reads them) line feeds for returns
        (row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '').replace(/\r\n?/g, '\n')),
      )
      const rows = await xlsxOf(client)
      const cellsOf = (row: ExcelJS.Row) => csv[0]?.map((_, i) => String(row.getCell(i + 1).value ?? '')) ?? []
      expect(rows.map(cellsOf)).toEqual(csv)
      for (const row of rows) {
        row.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String))
      }
    }
  })

  it('answers a bad parameter with a 400 naming it', async () => {
    const cases: [string, string][] = [
      ['?sort=sideways', 'sort'],
      ['?topic=Not_A_Key', 'topic'],
      ['?topic=no-such-topic', 'topic'],
      ['?page=0', 'page'],
      ['?year=nineteen', 'year'],
      [`?q=${'a'.repeat(201)}`, 'q'],
    ]
    for (const format of ['csv', 'xlsx']) {
      for (const [query, parameter] of cases) {
        const { response } = await viewers.visitor.get(`/practices/export.${format}${query}`)
        expect(response.statusCode, query).toBe(400)
        expect(response.json()).toMatchObject({ error: 'invalid_parameter', parameter })
      }
    }
  })

  it('never lets the export of policing-only practice be cached', async () => {
    const { response } = await viewers.police.get('/practices/export.csv')
    expect(response.headers['cache-control']).toBe('private, no-store')
  })

  it('links both downloads from the search page, with the search’s own query string', async () => {
    const { $ } = await viewers.visitor.get('/practices?q=callback&topic=domestic-abuse&sort=title')
    expect($('[data-qa=download-results]').text()).toContain('Download these results')
    expect($('[data-qa=export-csv]').attr('href')).toBe(
      '/practices/export.csv?q=callback&topic=domestic-abuse&sort=title',
    )
    expect($('[data-qa=export-xlsx]').attr('href')).toBe(
      '/practices/export.xlsx?q=callback&topic=domestic-abuse&sort=title',
    )
  })
})

/** The titles a search lists, page after page, through the API: the order an export must follow. */
async function searchOrder(client: TestClient, query: string, key: 'title' | 'slug' = 'title'): Promise<string[]> {
  const found: string[] = []
  for (let page = 1; ; page += 1) {
    const separator = query ? '&' : '?'
    const { response } = await client.get(`/api/v1/practices${query}${separator}pageSize=100&page=${page}`)
    expect(response.statusCode, response.body).toBe(200)
    const body = JSON.parse(response.body) as { totalPages: number; results: { title: string; slug: string }[] }
    found.push(...body.results.map((r) => r[key]))
    if (page >= body.totalPages) return found
  }
}

describe('the order of an export', () => {
  const queries = [
    '',
    '?sort=newest',
    '?sort=title',
    '?sort=most-viewed',
    '?sort=most-adopted',
    '?q=callback',
    '?q=callback&sort=relevance',
    '?q=callback&sort=title',
    '?q=callback+safeguarding',
    '?topic=domestic-abuse&sort=most-viewed',
  ]

  it('is the search’s own order, for every sort the search offers and for every viewer', async () => {
    // Views and adoptions with ties, so the sorts differ from one another and their tie-breaks count.
    await t.db.execute(sql`update practices set adoption_count = (id * 5) % 4`)
    await t.db.execute(sql`insert into practice_views (practice_id, view_count) select id, (id * 7) % 3 from practices
      on conflict (practice_id) do update set view_count = excluded.view_count`)
    const seen = new Set<string>()
    for (const [name, client] of Object.entries(viewers)) {
      for (const query of queries) {
        const expected = await searchOrder(client, query)
        expect(expected.length, `${name} ${query}`).toBeGreaterThan(0)
        expect(
          (await csvOf(client, query)).map((r) => r.Title),
          `${name} ${query}`,
        ).toEqual(expected)
        const rows = await xlsxOf(client, query)
        const column = ((rows[0]?.values ?? []) as unknown[]).indexOf('Title')
        expect(
          rows.slice(1).map((row) => String(row.getCell(column).value)),
          `${name} ${query} (xlsx)`,
        ).toEqual(expected)
        seen.add(expected.join('|'))
      }
    }
    // the sorts really gave different orders, so the test tells them apart
    expect(seen.size).toBeGreaterThan(4)
  })
})

describe('open data', () => {
  it('documents every field of the files on /data', async () => {
    const { status, $ } = await viewers.visitor.get('/data')
    expect(status).toBe(200)
    const { response } = await viewers.visitor.get('/data/practices.csv')
    const headings = (parse(response.body, { bom: true, to_line: 1 }) as string[][])[0]
    expect(texts($, '[data-qa=field-heading]')).toEqual(headings)
    const line = (await viewers.visitor.get('/data/practices.jsonl')).response.body.split('\n')[0] ?? '{}'
    expect(texts($, '[data-qa=field-key]')).toEqual(Object.keys(JSON.parse(line) as object))
    expect($('[data-qa=open-data-csv]').attr('href')).toBe('/data/practices.csv')
    expect($('[data-qa=open-data-jsonl]').attr('href')).toBe('/data/practices.jsonl')
  })

  it('holds all public practice and nothing else, without contact details, whoever asks', async () => {
    for (const client of [viewers.visitor, viewers.reviewer]) {
      const csv = csvRecords((await client.get('/data/practices.csv')).response.body)
      expect(titles(csv)).toEqual([...PUBLIC].sort())
      expect(Object.keys(csv[0] ?? {})).not.toContain('Contact name')
      const { response } = await client.get('/data/practices.jsonl')
      expect(response.headers['content-type']).toBe('application/jsonl; charset=utf-8')
      const records = response.body
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
      expect(records.map((r) => r.title).sort()).toEqual([...PUBLIC].sort())
      expect(response.body).not.toContain('sam@merseyside.police.uk')
      const open = records.find((r) => r.title === 'Open callback scheme')
      expect(open).toMatchObject({ topics: ['Domestic abuse', 'Stalking and harassment'], stillRunning: true })
      expect(open).not.toHaveProperty('contactEmail')
    }
  })
})

describe('a large export', () => {
  it(`reads page after page of ${EXPORT_PAGE_SIZE}, missing none and repeating none`, async () => {
    const extra = EXPORT_PAGE_SIZE * 2 + 7
    await t.db.execute(sql`
      insert into practices (slug, title, summary, organisation_id, status, visibility, submitted_at, published_at,
                             consent_publication, topic_ids, purpose_ids, recognition_ids)
      select 'bulk-' || n, 'Bulk practice ' || n, 'A summary', organisation_id, 'published', 'public', submitted_at,
             published_at, 'public', '{}', '{}', '{}'
      from practices, generate_series(1, ${extra}) n where title = 'Open schools safeguarding'`)
    const csv = csvRecords((await viewers.visitor.get('/practices/export.csv')).response.body)
    expect(csv.length).toBe(PUBLIC.length + extra)
    expect(new Set(csv.map((r) => r.Address)).size).toBe(csv.length)
    const jsonl = (await viewers.visitor.get('/data/practices.jsonl')).response.body.split('\n').filter(Boolean)
    expect(jsonl.length).toBe(PUBLIC.length + extra)
    expect((await xlsxOf(viewers.visitor)).length).toBe(PUBLIC.length + extra + 1)
  })

  it('keeps the search’s order from one page of rows to the next', async () => {
    const slugOf = (address: string | undefined) => address?.split('/').pop()
    for (const query of ['?sort=title', '?sort=most-viewed', '?q=bulk']) {
      const csv = csvRecords((await viewers.visitor.get(`/practices/export.csv${query}`)).response.body)
      expect(csv.length, query).toBeGreaterThan(EXPORT_PAGE_SIZE * 2)
      expect(
        csv.map((r) => slugOf(r.Address)),
        query,
      ).toEqual(await searchOrder(viewers.visitor, query, 'slug'))
    }
  })
})
