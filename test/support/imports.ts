import { readFileSync } from 'node:fs'
import * as cheerio from 'cheerio'
import { sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { queryRows, type Db } from '../../src/db/client.js'
import type { TestClient } from './client.js'
import { multipartBody } from './files.js'
import { csrfTokenFor } from './uploads.js'

export const fixtureCsv = () => readFileSync(new URL('../fixtures/legacy-practice-map.csv', import.meta.url))
export const fixtureXlsx = () => readFileSync(new URL('../fixtures/legacy-practice-map.xlsx', import.meta.url))

/** Posts the import upload form as a browser does: multipart, token first, then the file. */
export async function uploadSheet(
  app: FastifyInstance,
  client: TestClient,
  filename: string,
  content: Buffer,
  token?: string | null,
) {
  const csrf = token === undefined ? await csrfTokenFor(client) : token
  const { payload, contentType } = multipartBody([
    ...(csrf === null ? [] : [{ name: '_csrf', value: csrf }]),
    { name: 'file', filename, content },
  ])
  const response = await app.inject({
    method: 'POST',
    url: '/admin/imports',
    headers: {
      'content-type': contentType,
      ...(client.sessionCookie ? { cookie: `pb_session=${client.sessionCookie}` } : {}),
    },
    payload,
  })
  return { response, status: response.statusCode, $: cheerio.load(response.body) }
}

/** Everything about practice that an import could change, to compare before and after. */
export async function practiceState(db: Db) {
  return queryRows<{ practices: number; rows: string | null; sources: number; events: number; counter: number | null }>(
    db,
    sql`select (select count(*)::int from practices) as practices,
               (select string_agg(id || ':' || version || ':' || status || ':' || title, ',' order by id) from practices) as rows,
               (select count(*)::int from practice_sources) as sources,
               (select count(*)::int from practice_events) as events,
               (select max(last_number) from reference_counters) as counter`,
  )
}
