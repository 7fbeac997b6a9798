import { rm } from 'node:fs/promises'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { auditEvents, practiceEvents, practices, type PracticeStatus } from '../src/db/schema/index.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { minimalPdf, minimalPng } from './support/files.js'
import { attachmentRows, csrfTokenFor, filesOnDisk, upload } from './support/uploads.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
const people: Record<string, TestClient> = {}
let ownerId = 0

beforeAll(async () => {
  t = await createTestApp()
  ownerId = (await aUser(t.db, { email: 'owner@example.org' })).id
  await aUser(t.db, { email: 'lead@merseyside.police.uk', roles: ['force-lead'], leads: 'merseyside' })
  await aUser(t.db, { email: 'other-lead@kent.police.uk', organisation: 'kent', roles: ['force-lead'], leads: 'kent' })
  await aUser(t.db, { email: 'reviewer@example.org', roles: ['reviewer'] })
  await aUser(t.db, { email: 'admin@example.org', roles: ['admin'] })
  await aUser(t.db, { email: 'other@example.org' })
  await aUser(t.db, { email: 'officer@kent.police.uk', organisation: 'kent' })
  for (const [who, email] of Object.entries({
    owner: 'owner@example.org',
    lead: 'lead@merseyside.police.uk',
    otherLead: 'other-lead@kent.police.uk',
    reviewer: 'reviewer@example.org',
    admin: 'admin@example.org',
    other: 'other@example.org',
    police: 'officer@kent.police.uk',
  }))
    people[who] = await signedIn(t.app, email)
  people.visitor = new TestClient(t.app)
})

afterAll(async () => {
  await t?.close()
})

beforeEach(async () => {
  await rm(path.join(t.config.dataDir, 'files'), { recursive: true, force: true })
})

const person = (who: string): TestClient => {
  const client = people[who]
  if (!client) throw new Error(`no ${who}`)
  return client
}

async function draftWithFile(name = 'Évaluation “finale” 2024.pdf', content = minimalPdf()) {
  const practice = await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: ownerId })
  const result = await upload(t.app, person('owner'), practice.id, {
    kind: 'evaluation-report',
    file: { filename: name, content },
  })
  expect(result.status).toBe(302)
  const [row] = await attachmentRows(t.db, practice.id)
  if (!row) throw new Error('no attachment')
  return { practice, attachment: row }
}

const setStatus = (id: number, status: PracticeStatus, visibility: 'public' | 'policing' | 'internal' = 'internal') =>
  t.db
    .update(practices)
    .set({ status, visibility, publishedAt: status === 'published' ? new Date() : null })
    .where(eq(practices.id, id))

describe('the attachments page', () => {
  it('shows the owner and their force lead the list and the form, reviewers and admins the list only', async () => {
    const { practice } = await draftWithFile()
    const url = `/submissions/${practice.id}/attachments`
    for (const who of ['owner', 'lead']) {
      const page = await person(who).get(url)
      expect(page.status, who).toBe(200)
      expect(page.$('[data-qa=upload-form]').length, who).toBe(1)
      expect(page.$('[data-qa=remove]').length, who).toBe(1)
      expect(page.$('a.govuk-back-link').attr('href')).toBe(`/submissions/${practice.id}`)
      expect(page.$('form[enctype="multipart/form-data"] input').first().attr('name')).toBe('_csrf')
    }
    for (const who of ['reviewer', 'admin']) {
      const page = await person(who).get(url)
      expect(page.status, who).toBe(200)
      expect(texts(page.$, '[data-qa=attachment-name]')).toEqual(['Évaluation “finale” 2024.pdf'])
      expect(page.$('[data-qa=upload-form]').length, who).toBe(0)
      expect(page.$('[data-qa=remove]').length, who).toBe(0)
    }
  })

  it('is not found for anyone else, whether or not the submission exists', async () => {
    const { practice } = await draftWithFile()
    for (const who of ['other', 'otherLead', 'police']) {
      expect((await person(who).get(`/submissions/${practice.id}/attachments`)).status, who).toBe(404)
    }
    expect((await person('owner').get('/submissions/999999/attachments')).status).toBe(404)
    expect((await person('owner').get('/submissions/abc/attachments')).status).toBe(404)
    expect((await person('owner').get('/submissions/99999999999/attachments')).status).toBe(404)
    const visitor = await person('visitor').get(`/submissions/${practice.id}/attachments`)
    expect(visitor.status).toBe(302)
    expect(visitor.response.headers.location).toMatch(/^\/sign-in\?returnTo=/)
  })

  it('lets the force lead upload, and nobody else but the owner', async () => {
    const practice = await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: ownerId })
    const file = { filename: 'a.png', content: minimalPng() }
    expect((await upload(t.app, person('lead'), practice.id, { kind: 'other', file })).status).toBe(302)
    for (const who of ['reviewer', 'admin', 'other', 'otherLead']) {
      expect((await upload(t.app, person(who), practice.id, { kind: 'other', file })).status, who).toBe(404)
    }
    expect(await attachmentRows(t.db, practice.id)).toHaveLength(1)
    expect(await filesOnDisk(t.config.dataDir)).toHaveLength(1)
  })
})

describe('removing an attachment', () => {
  it('removes the record and the file while the submission is a draft, with a success message', async () => {
    const { practice, attachment } = await draftWithFile('plan.pdf')
    const url = `/submissions/${practice.id}/attachments`
    const result = await person('owner').submit(`${url}/${attachment.id}/remove`, {}, url)
    expect(result.status).toBe(302)
    expect(result.response.headers.location).toBe(url)
    expect(await attachmentRows(t.db, practice.id)).toEqual([])
    expect(await filesOnDisk(t.config.dataDir)).toEqual([])
    const page = await person('owner').get(url)
    expect(page.$('[data-qa=flash]').text()).toContain('plan.pdf has been removed')
    expect(page.$('[data-qa=no-attachments]').length).toBe(1)
    const events = await t.db.select().from(practiceEvents).where(eq(practiceEvents.practiceId, practice.id))
    expect(events.map((e) => e.kind)).toEqual(['attachment-added', 'attachment-removed'])
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'attachment-removed'))
    expect(audit.at(-1)?.details).toMatchObject({ practiceId: practice.id, attachmentId: attachment.id })
    expect(audit.at(-1)?.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
  })

  it('is allowed while changes are requested', async () => {
    const { practice, attachment } = await draftWithFile()
    await setStatus(practice.id, 'changes_requested')
    const url = `/submissions/${practice.id}/attachments`
    expect((await person('lead').submit(`${url}/${attachment.id}/remove`, {}, url)).status).toBe(302)
    expect(await attachmentRows(t.db, practice.id)).toEqual([])
  })

  it.each(['submitted', 'in_review', 'published', 'rejected', 'withdrawn'] as const)(
    'is refused once the submission is %s, and so is adding a file',
    async (status) => {
      const { practice, attachment } = await draftWithFile()
      await setStatus(practice.id, status)
      const url = `/submissions/${practice.id}/attachments`
      const page = await person('owner').get(url)
      expect(page.$('[data-qa=locked]').length).toBe(1)
      expect(page.$('[data-qa=upload-form], [data-qa=remove]').length).toBe(0)
      const token = await csrfTokenFor(person('owner'))
      const removal = await person('owner').post(`${url}/${attachment.id}/remove`, { _csrf: token })
      expect(removal.status).toBe(409)
      expect(removal.$('[data-qa=conflict-reason]').text()).toContain('Nothing has been changed')
      const added = await upload(t.app, person('owner'), practice.id, {
        kind: 'other',
        file: { filename: 'b.pdf', content: minimalPdf() },
      })
      expect(added.status).toBe(409)
      expect(await attachmentRows(t.db, practice.id)).toHaveLength(1)
      expect(await filesOnDisk(t.config.dataDir)).toHaveLength(1)
    },
  )

  it('is not found for people who may not edit, or through another practice', async () => {
    const { practice, attachment } = await draftWithFile()
    const other = await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: ownerId })
    for (const who of ['reviewer', 'admin', 'other']) {
      const token = await csrfTokenFor(person(who))
      const url = `/submissions/${practice.id}/attachments/${attachment.id}/remove`
      expect((await person(who).post(url, { _csrf: token })).status, who).toBe(404)
    }
    const token = await csrfTokenFor(person('owner'))
    const wrong = `/submissions/${other.id}/attachments/${attachment.id}/remove`
    expect((await person('owner').post(wrong, { _csrf: token })).status).toBe(404)
    expect(await attachmentRows(t.db, practice.id)).toHaveLength(1)
    expect(await filesOnDisk(t.config.dataDir)).toHaveLength(1)
  })
})

describe('downloading an attachment', () => {
  it('sends the file as a download that the browser will not run or sniff', async () => {
    const content = minimalPdf()
    const { attachment } = await draftWithFile('Évaluation “finale” 2024.pdf', content)
    const { response } = await person('owner').get(`/attachments/${attachment.id}`)
    expect(response.statusCode).toBe(200)
    expect(response.rawPayload).toEqual(content)
    expect(response.headers['content-type']).toBe('application/pdf')
    expect(response.headers['content-length']).toBe(String(content.length))
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="_valuation _finale_ 2024.pdf"; filename*=UTF-8''%C3%89valuation%20%E2%80%9Cfinale%E2%80%9D%202024.pdf`,
    )
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    expect(response.headers['cache-control']).toBe('private, no-store')
  })

  const cases: [string, PracticeStatus, 'public' | 'policing' | 'internal', string[], string[]][] = [
    [
      'a draft',
      'draft',
      'internal',
      ['owner', 'lead', 'reviewer', 'admin'],
      ['other', 'otherLead', 'police', 'visitor'],
    ],
    [
      'published practice for everyone',
      'published',
      'public',
      ['owner', 'lead', 'reviewer', 'admin', 'other', 'otherLead', 'police', 'visitor'],
      [],
    ],
    [
      'published practice for policing only',
      'published',
      'policing',
      ['owner', 'lead', 'reviewer', 'admin', 'otherLead', 'police'],
      ['other', 'visitor'],
    ],
    [
      'rejected practice',
      'rejected',
      'internal',
      ['owner', 'lead', 'reviewer', 'admin'],
      ['other', 'police', 'visitor'],
    ],
  ]

  it.each(cases)('of %s only to the people who may see it', async (_, status, visibility, allowed, refused) => {
    const { practice, attachment } = await draftWithFile()
    await setStatus(practice.id, status, visibility)
    for (const who of allowed) expect((await person(who).get(`/attachments/${attachment.id}`)).status, who).toBe(200)
    for (const who of refused) expect((await person(who).get(`/attachments/${attachment.id}`)).status, who).toBe(404)
  })

  it('is not found for unknown ids, or when the file is missing from the store', async () => {
    expect((await person('admin').get('/attachments/123456')).status).toBe(404)
    expect((await person('admin').get('/attachments/x1')).status).toBe(404)
    const { attachment } = await draftWithFile()
    await t.app.services.files.remove(attachment.storageKey)
    expect((await person('owner').get(`/attachments/${attachment.id}`)).status).toBe(404)
  })

  it('is linked from the published practice page', async () => {
    const { practice, attachment } = await draftWithFile('Theory of change.pdf')
    await setStatus(practice.id, 'published', 'public')
    const { $, status } = await getPage(t.app, `/practices/${practice.slug}`)
    expect(status).toBe(200)
    expect($('[data-qa=attachment-link]').attr('href')).toBe(`/attachments/${attachment.id}`)
    expect($('[data-qa=attachment-link]').text()).toBe('Theory of change.pdf')
  })
})

describe('CSRF on uploads', () => {
  it.each([
    ['missing', { token: null }],
    ['forged', { token: 'forged-token' }],
    ['sent after the file', { tokenLast: true }],
  ])('refuses an upload whose token is %s, and stores nothing', async (_, spec) => {
    const practice = await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: ownerId })
    const result = await upload(t.app, person('owner'), practice.id, {
      kind: 'other',
      file: { filename: 'a.pdf', content: minimalPdf() },
      ...spec,
    })
    expect(result.status).toBe(403)
    expect(result.$('h1').text()).toBe('Your form could not be sent')
    expect(await attachmentRows(t.db, practice.id)).toEqual([])
    expect(await filesOnDisk(t.config.dataDir)).toEqual([])
  })

  it("refuses another session's token", async () => {
    const practice = await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: ownerId })
    const token = await csrfTokenFor(person('other'))
    const result = await upload(t.app, person('owner'), practice.id, {
      token,
      kind: 'other',
      file: { filename: 'a.pdf', content: minimalPdf() },
    })
    expect(result.status).toBe(403)
    expect(await attachmentRows(t.db, practice.id)).toEqual([])
  })

  it('accepts multipart only on the upload route', async () => {
    const token = await csrfTokenFor(person('owner'))
    const response = await t.app.inject({
      method: 'POST',
      url: '/account/password',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        cookie: `pb_session=${person('owner').sessionCookie}`,
      },
      payload: `--x\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--x--\r\n`,
    })
    expect(response.statusCode).toBe(415)
  })
})

describe('the upload limit', () => {
  it('stops one person after 60 uploads in ten minutes', async () => {
    const user = await aUser(t.db)
    const client = await signedIn(t.app, user.email)
    const practice = await aPractice(t.db, { status: 'draft', visibility: 'internal', submittedByUserId: user.id })
    const token = await csrfTokenFor(client)
    const url = `/submissions/${practice.id}/attachments`
    for (let n = 1; n <= 60; n += 1) expect((await client.post(url, { _csrf: token })).status).toBe(400)
    const refused = await client.post(url, { _csrf: token })
    expect(refused.status).toBe(429)
    // Someone else is not held up by it.
    expect((await upload(t.app, person('owner'), practice.id, { kind: 'other' })).status).toBe(404)
  })
})
