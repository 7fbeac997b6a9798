import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { minimalPdf } from './support/files.js'
import { attachmentRows, csrfTokenFor, filesOnDisk } from './support/uploads.js'
import { aUser, signedIn } from './support/users.js'

// Malformed multipart bodies: each is refused with a 4xx, stores nothing, and the service still answers.
let t: TestApp
let client: TestClient
let practiceId: number
let token: string

beforeAll(async () => {
  t = await createTestApp()
  const owner = await aUser(t.db)
  client = await signedIn(t.app, owner.email)
  practiceId = (await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: owner.id })).id
  token = await csrfTokenFor(client)
})

afterAll(async () => {
  await t?.close()
})

const B = 'fuzzboundary'
const field = (name: string, value: string) =>
  `--${B}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
const fileHead = (filename = 'guide.pdf') =>
  `--${B}\r\ncontent-disposition: form-data; name="file"; filename="${filename}"\r\ncontent-type: application/pdf\r\n\r\n`

const bodies: Record<string, () => { body: Buffer; type?: string }> = {
  'no closing boundary': () => ({
    body: Buffer.concat([Buffer.from(field('_csrf', token) + fileHead()), minimalPdf()]),
  }),
  'a part cut mid-file': () => ({
    body: Buffer.concat([Buffer.from(field('_csrf', token) + fileHead()), minimalPdf().subarray(0, 20)]),
  }),
  'cut inside the part headers': () => ({
    body: Buffer.from(field('_csrf', token) + `--${B}\r\ncontent-disposition: form-da`),
  }),
  'cut inside the token field': () => ({
    body: Buffer.from(`--${B}\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\nabc`),
  }),
  'only a file, no closing boundary': () => ({ body: Buffer.concat([Buffer.from(fileHead()), minimalPdf()]) }),
  'wrong boundary': () => ({
    body: Buffer.from(field('_csrf', token) + fileHead() + 'x\r\n' + `--${B}--\r\n`),
    type: 'multipart/form-data; boundary=another',
  }),
  'missing boundary': () => ({
    body: Buffer.from(field('_csrf', token) + `--${B}--\r\n`),
    type: 'multipart/form-data',
  }),
  'oversized part headers': () => ({
    body: Buffer.from(
      field('_csrf', token) +
        `--${B}\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\nx-padding: ${'a'.repeat(200_000)}\r\n\r\nx\r\n--${B}--\r\n`,
    ),
  }),
  'thousands of parts': () => ({
    body: Buffer.from(
      field('_csrf', token) + Array.from({ length: 5000 }, (_, i) => field(`f${i}`, 'x')).join('') + `--${B}--\r\n`,
    ),
  }),
  'thousands of files': () => ({
    body: Buffer.from(
      field('_csrf', token) + Array.from({ length: 2000 }, () => `${fileHead()}x\r\n`).join('') + `--${B}--\r\n`,
    ),
  }),
  'garbage after the token': () => ({ body: Buffer.from(field('_csrf', token) + '\u0000\u0001garbage') }),
}

describe('malformed multipart uploads', () => {
  for (const [name, make] of Object.entries(bodies)) {
    it(`refuses ${name} with a 4xx, stores nothing, and still answers`, async () => {
      const { body, type } = make()
      const response = await t.app.inject({
        method: 'POST',
        url: `/submissions/${practiceId}/attachments`,
        headers: {
          'content-type': type ?? `multipart/form-data; boundary=${B}`,
          cookie: `pb_session=${client.sessionCookie}`,
        },
        payload: body,
      })
      expect(response.statusCode).toBeGreaterThanOrEqual(400)
      expect(response.statusCode).toBeLessThan(500)
      expect(await attachmentRows(t.db, practiceId)).toEqual([])
      expect(await filesOnDisk(t.config.dataDir)).toEqual([])
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
    })
  }
})
