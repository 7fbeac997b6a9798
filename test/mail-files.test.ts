import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../src/db/schema/index.js'
import { createFileMailer, describeMailDelivery } from '../src/features/email/mailer.js'
import { OutboxWorker } from '../src/features/email/worker.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aUser, signedIn } from './support/users.js'

const FROM = 'Practice Bank <no-reply@practice-bank.invalid>'
const silent = { info: () => undefined, error: () => undefined }

let t: TestApp
let admin: TestClient
let mailDir: string

beforeAll(async () => {
  t = await createTestApp()
  mailDir = path.join(t.config.dataDir, 'mail')
  const user = await aUser(t.db, { email: 'mail-admin@example.police.uk', roles: ['admin'] })
  admin = await signedIn(t.app, user.email)
})

afterAll(async () => {
  await t?.close()
})

describe('e-mail without a mail server (the embedded default)', () => {
  it('the worker writes each message to DATA_DIR/mail, marks it sent, and admins can follow its link', async () => {
    const person = await aUser(t.db, { email: 'forgetful@example.org' })
    const asked = await new TestClient(t.app).submit('/forgot-password', { email: person.email })
    expect(asked.status).toBe(200)
    // The page must not claim an e-mail was sent.
    expect(asked.$('[data-qa=mail-status]').text()).toContain('we have not e-mailed you')
    expect(asked.$('main').text()).not.toContain('we have sent it a link')

    const worker = new OutboxWorker(t.db, createFileMailer(mailDir, FROM), { log: silent })
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 })
    const [row] = await t.db.select().from(outbox).where(eq(outbox.toAddress, person.email))
    expect(row?.status).toBe('sent')
    expect(row?.sentAt).toBeInstanceOf(Date)

    const files = await readdir(mailDir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    const eml = await readFile(path.join(mailDir, files[0] ?? ''), 'utf8')
    expect(eml).toMatch(/^To: forgetful@example\.org$/m)
    expect(eml).toMatch(/^Subject: Reset your Practice Bank password$/m)
    expect(eml).toMatch(/^From: Practice Bank <no-reply@practice-bank\.invalid>$/m)
    expect(eml).toMatch(/^Content-Type: text\/plain/m)

    const page = await admin.get('/admin/mail')
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=mail-delivery]').text()).toContain(mailDir)
    const message = page.$('[data-qa=message]').first()
    expect(message.find('[data-qa=to]').text()).toBe(person.email)
    expect(message.find('[data-qa=subject]').text()).toBe('Reset your Practice Bank password')
    expect(message.text()).toContain('Delivered')
    const href = message.find('[data-qa=body] a').attr('href') ?? ''
    expect(href).toMatch(/\/reset-password\/[^/\s]+$/)
    // The same link is in the file a mail program would open (its body is quoted-printable).
    const decoded = eml
      .replace(/=\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    expect(decoded).toContain(href)

    // Following the link from the admin page opens the reset page for that person.
    const reset = await new TestClient(t.app).get(new URL(href).pathname)
    expect(reset.status).toBe(200)
    expect(reset.$('h1').text()).toContain('password')

    // Nothing is left to deliver: a second run writes no new file.
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 })
    expect(await readdir(mailDir)).toHaveLength(1)
  })

  it('the registration page does not claim an e-mail was sent', async () => {
    const page = await new TestClient(t.app).get('/register/check-email')
    expect(page.$('[data-qa=mail-status]').text()).toContain('we have not e-mailed you')
    expect(page.$('main').text()).not.toContain('we have sent it a link')
  })

  it('says at start-up where e-mail goes, without the SMTP credentials', () => {
    expect(describeMailDelivery({ smtpUrl: undefined, dataDir: '/srv/pb' })).toBe(
      'E-mail is not sent: messages are written to /srv/pb/mail and listed at /admin/mail',
    )
    const line = describeMailDelivery({ smtpUrl: 'smtps://user:secret@mail.example.org:465', dataDir: '/srv/pb' })
    expect(line).toBe('E-mail is sent through SMTP host mail.example.org:465')
    expect(line).not.toContain('secret')
  })
})

describe('e-mail with a mail server', () => {
  it('the registration and reset pages say the link was sent', async () => {
    const withSmtp = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:2525' })
    try {
      const page = await new TestClient(withSmtp.app).get('/register/check-email')
      expect(page.$('[data-qa=mail-status]').text()).toContain('we have sent it a link')
      const reset = await new TestClient(withSmtp.app).submit('/forgot-password', { email: 'nobody@example.org' })
      expect(reset.$('[data-qa=mail-status]').text()).toContain('we have sent it a link')
    } finally {
      await withSmtp.close()
    }
  })
})
