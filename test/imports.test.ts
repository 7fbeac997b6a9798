import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { exampleCsv } from '../src/features/imports/example-files.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { fixtureCsv, fixtureXlsx, practiceState, uploadSheet } from './support/imports.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient

beforeAll(async () => {
  t = await createTestApp()
  await aUser(t.db, { email: 'imports-admin@example.org', roles: ['admin'] })
  admin = await signedIn(t.app, 'imports-admin@example.org')
  // Practice already in the bank that one fixture row repeats in other words: found by title similarity.
  await aPractice(t.db, {
    title: 'Operation Linnet: safe places instead of police cells',
    organisation: 'kent',
    status: 'published',
  })
})

afterAll(async () => {
  await t?.close()
})

const idFrom = (location: unknown) => Number(/\/admin\/imports\/(\d+)/.exec(String(location))?.[1])

async function uploadAndCheck(filename: string, content: Buffer) {
  const uploaded = await uploadSheet(t.app, admin, filename, content)
  expect(uploaded.status, uploaded.$('.govuk-error-summary').text()).toBe(302)
  const id = idFrom(uploaded.response.headers.location)
  const mapping = await admin.get(`/admin/imports/${id}/mapping`)
  expect(mapping.status).toBe(200)
  const fields: Record<string, string> = {}
  mapping.$('select').each((_, el) => {
    fields[mapping.$(el).attr('name') ?? ''] = String(mapping.$(el).find('option[selected]').val() ?? 'ignore')
  })
  const saved = await admin.submit(`/admin/imports/${id}/mapping`, fields, `/admin/imports/${id}/mapping`)
  expect(saved.status).toBe(302)
  await t.app.services.imports.settled()
  return { id, fields }
}

const rowKinds = (id: number, column: 'planned_kind' | 'kind') =>
  queryRows<{ row: number; kind: string; fields: string[] }>(
    t.db,
    sql`select row_number as row, ${sql.raw(column)} as kind, ${sql.raw(column === 'kind' ? 'changed_fields' : 'planned_fields')} as fields
        from import_rows where import_id = ${id} order by row_number`,
  )

describe('the legacy import', () => {
  let firstId = 0

  it('keeps the fixture the generator makes (regenerate with scripts/generate-import-fixture.ts)', () => {
    expect(fixtureCsv().toString('utf8')).toBe(exampleCsv())
    expect(exampleCsv().split('\r\n').length).toBeGreaterThan(400)
  })

  it('guesses the mapping, and the dry run reports every row and changes nothing', async () => {
    const before = await practiceState(t.db)
    const { id, fields } = await uploadAndCheck('legacy-practice-map.csv', fixtureCsv())
    firstId = id
    expect(fields).toMatchObject({
      column0: 'reference',
      column1: 'organisation',
      column2: 'title',
      column4: 'topics',
      column18: 'ignore',
    })
    expect(await practiceState(t.db)).toEqual(before)
    const page = await admin.get(`/admin/imports/${id}`)
    expect(page.$('[data-qa=page-heading]').text()).toContain('Dry run')
    const text = page.$('[data-qa=report]').text()
    expect(page.$('[data-qa=report] tbody tr').length).toBe(100)
    const errors = await admin.get(`/admin/imports/${id}?show=error`)
    const errorText = errors.$('[data-qa=report]').text().replace(/\s+/g, ' ')
    expect(errorText).toContain('Organisation ‘Mets Police’ not recognised — did you mean Metropolitan Police Service?')
    expect(errorText).toContain('did you mean Northumbria Police?')
    expect(errorText).toContain('Topic ‘wildlife crime’ not recognised')
    expect(errorText).toContain('‘31/02/2019’ is not a date')
    expect(errorText).toContain('‘tbc’ is not an e-mail address')
    expect(errorText).toContain('Enter the title of the practice')
    expect(text).toContain('Would create')
    const kinds = await rowKinds(id, 'planned_kind')
    const count = (k: string) => kinds.filter((r) => r.kind === k).length
    expect(count('error')).toBe(8)
    expect(count('duplicate')).toBeGreaterThanOrEqual(8)
    expect(count('create')).toBeGreaterThan(390)
    // A repeated row, and practice already in the bank with a similar title from the same force, side by side.
    const duplicates = await admin.get(`/admin/imports/${id}?show=duplicate`)
    expect(duplicates.$('[data-qa=report]').text()).toMatch(/The same practice as row \d+/)
    const sameAs = duplicates.$('[data-qa=same-as]').text().replace(/\s+/g, ' ')
    expect(sameAs).toContain('Operation Linnet: safe places instead of police cells')
    expect(sameAs).toContain('Kent Police')
    const csv = await admin.get(`/admin/imports/${id}/report.csv`)
    expect(csv.response.headers['content-type']).toContain('text/csv')
    expect(csv.response.body.split('\r\n').length).toBeGreaterThan(kinds.length)
  })

  it('commits exactly what the dry run reported, as imported practice awaiting review', async () => {
    const planned = await rowKinds(firstId, 'planned_kind')
    const posted = await admin.submit(
      `/admin/imports/${firstId}/commit`,
      { arrival: 'review' },
      `/admin/imports/${firstId}`,
    )
    expect(posted.status).toBe(302)
    await t.app.services.imports.settled()
    const done = await rowKinds(firstId, 'kind')
    expect(done).toEqual(planned)
    const created = planned.filter((r) => r.kind === 'create').length
    const [row] = await queryRows<{ n: number; sources: number; visible: number }>(
      t.db,
      sql`select count(*)::int n, count(s.practice_id)::int sources, count(*) filter (where p.visibility <> 'internal')::int visible
          from practices p left join practice_sources s on s.practice_id = p.id where p.status = 'imported'`,
    )
    expect(row).toEqual({ n: created, sources: created, visible: 0 })
    const queue = await admin.get('/review')
    expect(queue.$('[data-qa=count-imported]').text()).toBe(String(created))
    // A reviewer opens imported practice like any other waiting for a decision.
    const [first] = await queryRows<{ reference: string }>(
      t.db,
      sql`select reference from practices where status = 'imported' limit 1`,
    )
    const review = await admin.get(`/review/${first?.reference ?? ''}`)
    expect(review.status).toBe(200)
    expect(review.$('body').text()).toContain('Imported — awaiting review')
    const [audit] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int n from audit_events where action = 'import-committed'`,
    )
    expect(audit?.n).toBe(1)
  })

  it('creates nothing when the same file is imported again, as an Excel workbook too', async () => {
    const before = await practiceState(t.db)
    for (const [name, content] of [
      ['legacy-practice-map.xlsx', fixtureXlsx()],
      ['legacy-practice-map.csv', fixtureCsv()],
    ] as const) {
      const { id } = await uploadAndCheck(name, content)
      const kinds = await rowKinds(id, 'planned_kind')
      expect(kinds.filter((r) => r.kind === 'create' || r.kind === 'update')).toEqual([])
      await admin.submit(`/admin/imports/${id}/commit`, { arrival: 'review' }, `/admin/imports/${id}`)
      await t.app.services.imports.settled()
    }
    const after = await practiceState(t.db)
    expect(after[0]).toMatchObject({
      practices: before[0]?.practices,
      rows: before[0]?.rows,
      sources: before[0]?.sources,
    })
    // The mapping saved with the first file was used for the next with the same headings.
    const uploads = await queryRows<{ saved: boolean }>(
      t.db,
      sql`select (details->>'mappingSaved')::boolean as saved from audit_events where action = 'import-uploaded' order by id`,
    )
    expect(uploads.map((u) => u.saved)).toEqual([false, true, true])
  })

  it('updates only what changed in a row, and an undo puts it back', async () => {
    const lines = fixtureCsv().toString('utf8').split('\r\n')
    const changed = lines.map((line) =>
      line.replace(
        'PM-1002,TVP,Project Osprey: a video first account for rail victims',
        'PM-1002,TVP,Project Osprey: video first accounts for rail victims',
      ),
    )
    expect(changed).not.toEqual(lines)
    const before = await practiceState(t.db)
    const { id } = await uploadAndCheck('legacy-practice-map-v2.csv', Buffer.from(changed.join('\r\n')))
    const kinds = await rowKinds(id, 'planned_kind')
    expect(kinds.filter((r) => r.kind === 'update')).toEqual([{ row: 3, kind: 'update', fields: ['title'] }])
    await admin.submit(`/admin/imports/${id}/commit`, { arrival: 'review' }, `/admin/imports/${id}`)
    await t.app.services.imports.settled()
    expect((await practiceState(t.db))[0]?.rows).toContain('video first accounts')
    const undone = await admin.submit(`/admin/imports/${id}/undo`, { confirm: 'yes' }, `/admin/imports/${id}/undo`)
    expect(undone.status).toBe(302)
    const after = await practiceState(t.db)
    expect(after[0]?.rows).toEqual(before[0]?.rows)
  })

  it('refuses to undo an import whose practice a reviewer has changed, then undoes it when it is as imported', async () => {
    const [edited] = await queryRows<{ id: number }>(
      t.db,
      sql`select practice_id as id from practice_sources order by practice_id limit 1`,
    )
    await t.db.execute(sql`update practices set version = version + 1 where id = ${edited?.id ?? 0}`)
    const refused = await admin.submit(
      `/admin/imports/${firstId}/undo`,
      { confirm: 'yes' },
      `/admin/imports/${firstId}/undo`,
    )
    expect(refused.status).toBe(400)
    expect(refused.$('[data-qa=undo-refused]').length).toBe(1)
    await t.db.execute(sql`update practices set version = version - 1 where id = ${edited?.id ?? 0}`)
    const undone = await admin.submit(
      `/admin/imports/${firstId}/undo`,
      { confirm: 'yes' },
      `/admin/imports/${firstId}/undo`,
    )
    expect(undone.status).toBe(302)
    const [row] = await queryRows<{ n: number; sources: number }>(
      t.db,
      sql`select (select count(*)::int from practices) n, (select count(*)::int from practice_sources) sources`,
    )
    expect(row).toEqual({ n: 1, sources: 0 })
  })

  it('publishes rows directly no wider than their consent allows', async () => {
    const { id } = await uploadAndCheck('legacy-practice-map.csv', fixtureCsv())
    await admin.submit(`/admin/imports/${id}/commit`, { arrival: 'publish' }, `/admin/imports/${id}`)
    await t.app.services.imports.settled()
    const rows = await queryRows<{ consent: string | null; visibility: string; status: string; n: number }>(
      t.db,
      sql`select consent_publication as consent, visibility, status, count(*)::int n from practices p
          join practice_sources s on s.practice_id = p.id group by 1, 2, 3 order by 1, 2, 3`,
    )
    for (const r of rows) {
      if (r.consent === 'public') expect(r).toMatchObject({ visibility: 'public', status: 'published' })
      else if (r.consent === 'policing') expect(r).toMatchObject({ visibility: 'policing', status: 'published' })
      else expect(r).toMatchObject({ visibility: 'internal', status: 'imported' })
    }
    expect(rows.some((r) => r.consent === 'none')).toBe(true)
  })
})

describe('files that are not a usable spreadsheet', () => {
  const cases: [string, string, Buffer, RegExp][] = [
    ['not a spreadsheet', 'report.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), /is a PDF document, not a spreadsheet/],
    ['binary posing as CSV', 'map.csv', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x0a, 0x43]), /not a spreadsheet/],
    ['wrong encoding', 'map.csv', Buffer.from('Title,Force\nCaf\xe9 outreach,Kent\n', 'latin1'), /not in UTF-8/],
    ['fake workbook', 'map.xlsx', Buffer.from('Title,Force\n'), /not an Excel workbook/],
    ['formulas', 'map.csv', Buffer.from('Title,Force\n=SUM(B2:B9),Kent\n'), /holds a formula/],
    [
      'a row of 1 MB',
      'map.csv',
      Buffer.from(`Title,Force\n${'a'.repeat(1024 * 1024)},Kent\n`),
      /longer than 200,000 characters/,
    ],
    ['50 MB', 'map.csv', Buffer.alloc(50 * 1024 * 1024, 'a'), /must be smaller than 20 MB/],
    ['headings only', 'map.csv', Buffer.from('Title,Force\n'), /no rows of practice/],
  ]

  it.each(cases)('%s: a clear message, and nothing changes', async (_name, filename, content, message) => {
    const before = await queryRows(
      t.db,
      sql`select (select count(*)::int from imports) i, (select count(*)::int from practices) p`,
    )
    const result = await uploadSheet(t.app, admin, filename, content)
    expect(result.status).toBe(400)
    expect(result.$('.govuk-error-summary').text()).toMatch(message)
    expect(result.$('title').text()).toMatch(/^Error: /)
    expect(
      await queryRows(t.db, sql`select (select count(*)::int from imports) i, (select count(*)::int from practices) p`),
    ).toEqual(before)
  })

  it('refuses an xlsx formula cell by its address', async () => {
    const { default: excel } = await import('exceljs')
    const workbook = new excel.Workbook()
    const sheet = workbook.addWorksheet('Sheet')
    sheet.addRow(['Title', 'Force'])
    sheet.addRow([{ formula: 'CONCAT("a","b")', result: 'ab' }, 'Kent'])
    const result = await uploadSheet(t.app, admin, 'formula.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
    expect(result.status).toBe(400)
    expect(result.$('.govuk-error-summary').text()).toContain('Cell A2 holds a formula')
  })

  it('refuses an upload without a CSRF token, before reading the file', async () => {
    const result = await uploadSheet(t.app, admin, 'map.csv', fixtureCsv(), null)
    expect(result.status).toBe(403)
  })
})
