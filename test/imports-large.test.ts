import type { AddressInfo } from 'node:net'
import { stringify } from 'csv-stringify/sync'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { exampleSheetRows } from '../src/features/imports/example-sheet.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { uploadSheet } from './support/imports.js'
import { aUser, signedIn } from './support/users.js'

const ROWS = 10_000

/** The example sheet's rows again and again, each copy with references and titles of its own, to 10,000 rows. */
function largeCsv(): Buffer {
  const [headers = [], ...rows] = exampleSheetRows()
  const out: string[][] = [headers]
  for (let copy = 0; out.length <= ROWS; copy += 1)
    for (const row of rows) {
      if (out.length > ROWS) break
      const cells = [...row]
      cells[0] = `${cells[0]}-${copy}`
      cells[2] = `${cells[2]} (copy ${copy})`
      out.push(cells)
    }
  return Buffer.from(stringify(out))
}

let t: TestApp
let admin: TestClient
let base: string

beforeAll(async () => {
  t = await createTestApp()
  // Over a real connection, as a browser reaches the server: each request arrives as network input.
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  await aUser(t.db, { email: 'large-import-admin@example.org', roles: ['admin'] })
  admin = await signedIn(t.app, 'large-import-admin@example.org')
})

afterAll(async () => {
  await t?.close()
})

/**
 * Reads the import's page and the search page over the network, one after the other, for as long as the
 * background job works, and returns every progress line seen with the search page's status beside it.
 * Pages answered while the job is part way through show it does not hold the server up, and progress
 * that moves while they are asked for shows the pages do not hold the job up either.
 */
async function watchWhileRunning(id: number) {
  let finished = false
  const settled = t.app.services.imports.settled().then(() => {
    finished = true
  })
  const headers = { cookie: `pb_session=${admin.sessionCookie ?? ''}` }
  const seen: { progress: string; search: number }[] = []
  while (!finished) {
    const page = await fetch(`${base}/admin/imports/${id}`, { headers })
    const progress = /data-qa="progress"[^>]*>([^<]*)</.exec(await page.text())?.[1]?.trim() ?? ''
    const search = await fetch(`${base}/practices?q=victims`, { headers })
    await search.arrayBuffer()
    if (progress) seen.push({ progress, search: search.status })
  }
  await settled
  return seen
}

const partWay = (seen: { progress: string }[]) =>
  seen.filter(({ progress }) => {
    const [done = -1, total = -1] = (/([\d,]+) of ([\d,]+) rows done/.exec(progress) ?? [])
      .slice(1)
      .map((n) => Number(n.replaceAll(',', '')))
    return total === ROWS && done > 0 && done < ROWS
  })

describe('a legacy import of 10,000 rows', () => {
  it('is checked and then written in the background, with progress shown, while other pages are served', async () => {
    const uploaded = await uploadSheet(t.app, admin, 'ten-thousand.csv', largeCsv())
    expect(uploaded.status, uploaded.$('.govuk-error-summary').text()).toBe(302)
    const id = Number(/\/admin\/imports\/(\d+)/.exec(String(uploaded.response.headers.location))?.[1])

    // The guessed mapping, saved as it stands, starts the dry run.
    const mapping = await admin.get(`/admin/imports/${id}/mapping`)
    const fields: Record<string, string> = {}
    mapping.$('select').each((_, el) => {
      fields[mapping.$(el).attr('name') ?? ''] = String(mapping.$(el).find('option[selected]').val() ?? 'ignore')
    })
    const saved = await admin.submit(`/admin/imports/${id}/mapping`, fields, `/admin/imports/${id}/mapping`)
    expect(saved.status).toBe(302)
    const checking = await watchWhileRunning(id)
    expect(
      new Set(partWay(checking).map((s) => s.progress)).size,
      JSON.stringify(checking.slice(0, 5)),
    ).toBeGreaterThan(1)
    expect(checking.every(({ search }) => search === 200)).toBe(true)

    const checked = await admin.get(`/admin/imports/${id}`)
    const wouldCreate = Number(checked.$('[data-qa=totals] .govuk-summary-list__value').first().text().trim())
    expect(wouldCreate).toBeGreaterThan(9_000)

    const committed = await admin.submit(`/admin/imports/${id}/commit`, { arrival: 'review' }, `/admin/imports/${id}`)
    expect(committed.status).toBe(302)
    const writing = await watchWhileRunning(id)
    expect(new Set(partWay(writing).map((s) => s.progress)).size, JSON.stringify(writing.slice(0, 5))).toBeGreaterThan(
      1,
    )
    expect(writing.every(({ search }) => search === 200)).toBe(true)

    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int n from practices where status = 'imported'`,
    )
    expect(row?.n).toBe(wouldCreate)
    expect((await admin.get(`/admin/imports/${id}`)).$('h1').text().trim()).toBe('Imported')
  }, 300_000)
})
