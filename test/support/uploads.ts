import { readdir } from 'node:fs/promises'
import path from 'node:path'
import * as cheerio from 'cheerio'
import { eq } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../src/db/client.js'
import { attachments } from '../../src/db/schema/index.js'
import type { TestClient } from './client.js'
import { multipartBody } from './files.js'

export interface UploadSpec {
  kind?: string
  file?: { filename: string; content: Buffer; type?: string } | null
  /** undefined: a valid token, as the page gives it; null: none; a string: that token */
  token?: string | null
  /** the token after the file instead of before it */
  tokenLast?: boolean
  /** more files in the same request */
  extraFiles?: { filename: string; content: Buffer }[]
}

/** A CSRF token for this client's session, from a page every signed-in person can open. */
export async function csrfTokenFor(client: TestClient): Promise<string> {
  const page = await client.get('/account/password')
  const token = page.$('input[name=_csrf]').first().val()
  if (typeof token !== 'string') throw new Error('no CSRF token')
  return token
}

/** Posts the upload form as a browser does: multipart, token first, then the kind, then the file. */
export async function upload(app: FastifyInstance, client: TestClient, practiceId: number, spec: UploadSpec) {
  const token = spec.token === undefined ? await csrfTokenFor(client) : spec.token
  const tokenPart = token === null ? [] : [{ name: '_csrf', value: token }]
  const { payload, contentType } = multipartBody([
    ...(spec.tokenLast ? [] : tokenPart),
    ...(spec.kind === undefined ? [] : [{ name: 'kind', value: spec.kind }]),
    ...(spec.file === null ? [] : [{ name: 'file', ...(spec.file ?? { filename: '', content: Buffer.alloc(0) }) }]),
    ...(spec.extraFiles ?? []).map((file) => ({ name: 'file', ...file })),
    ...(spec.tokenLast ? tokenPart : []),
  ])
  const response = await app.inject({
    method: 'POST',
    url: `/submissions/${practiceId}/attachments`,
    headers: {
      'content-type': contentType,
      ...(client.sessionCookie ? { cookie: `pb_session=${client.sessionCookie}` } : {}),
    },
    payload,
  })
  return { response, status: response.statusCode, $: cheerio.load(response.body) }
}

/** Every file under the store's folder (temporary files included): what an upload left on disk. */
export async function filesOnDisk(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'files')
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true })
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
  } catch {
    return []
  }
}

export async function attachmentRows(db: Db, practiceId: number) {
  return db.select().from(attachments).where(eq(attachments.practiceId, practiceId))
}
