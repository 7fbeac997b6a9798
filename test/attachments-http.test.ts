import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { minimalPdf } from './support/files.js'
import { attachmentRows, csrfTokenFor, filesOnDisk } from './support/uploads.js'
import { aUser, signedIn } from './support/users.js'

// Uploads over a real connection, sent by fetch's own multipart encoder as a browser would send them.
let t: TestApp
let base: string
let client: TestClient
let practiceId: number

beforeAll(async () => {
  t = await createTestApp()
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  const owner = await aUser(t.db)
  client = await signedIn(t.app, owner.email)
  practiceId = (await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: owner.id })).id
})

afterAll(async () => {
  await t?.close()
})

function form(fields: [string, string][], file?: { name: string; bytes: Buffer }): FormData {
  const data = new FormData()
  for (const [name, value] of fields) data.append(name, value)
  if (file) data.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'application/pdf' }), file.name)
  return data
}

const send = (body: FormData) =>
  fetch(`${base}/submissions/${practiceId}/attachments`, {
    method: 'POST',
    body,
    headers: { cookie: `pb_session=${client.sessionCookie}` },
    redirect: 'manual',
  })

const padded = (size: number) => Buffer.concat([minimalPdf(), Buffer.alloc(size - minimalPdf().length, 0x20)])

describe('uploads over HTTP', () => {
  it('stores a file sent by a real multipart encoder, and downloads the same bytes', async () => {
    const bytes = padded(3 * 1024 * 1024)
    const token = await csrfTokenFor(client)
    const response = await send(
      form(
        [
          ['_csrf', token],
          ['kind', 'guidance'],
        ],
        { name: 'guide.pdf', bytes },
      ),
    )
    expect(response.status).toBe(302)
    const [row] = await attachmentRows(t.db, practiceId)
    const download = await fetch(`${base}/attachments/${row?.id}`, {
      headers: { cookie: `pb_session=${client.sessionCookie}` },
    })
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true)
  })

  it('answers a large upload without a token with 403, without hanging, and stores nothing', async () => {
    const before = await filesOnDisk(t.config.dataDir)
    const response = await send(form([['kind', 'guidance']], { name: 'big.pdf', bytes: padded(8 * 1024 * 1024) }))
    expect(response.status).toBe(403)
    await response.arrayBuffer()
    expect(await filesOnDisk(t.config.dataDir)).toEqual(before)
  })

  it('refuses a file over 20MB with the page and its message', async () => {
    const before = await attachmentRows(t.db, practiceId)
    const token = await csrfTokenFor(client)
    const response = await send(
      form(
        [
          ['_csrf', token],
          ['kind', 'guidance'],
        ],
        { name: 'huge.pdf', bytes: padded(21 * 1024 * 1024) },
      ),
    )
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('The selected file must be smaller than 20MB')
    expect(await attachmentRows(t.db, practiceId)).toEqual(before)
  })
})

describe('HEAD on a download', () => {
  it('answers with the headers and no body', async () => {
    const [row] = await attachmentRows(t.db, practiceId)
    const response = await fetch(`${base}/attachments/${row?.id}`, {
      method: 'HEAD',
      headers: { cookie: `pb_session=${client.sessionCookie}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /)
    expect(await response.text()).toBe('')
  })
})
