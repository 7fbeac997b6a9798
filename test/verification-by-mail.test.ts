import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSmtpMailer } from '../src/features/email/mailer.js'
import { OutboxWorker } from '../src/features/email/worker.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js'
import { linkIn } from './support/users.js'

let t: TestApp
let smtp: TestSmtpServer

beforeAll(async () => {
  t = await createTestApp()
  smtp = await startSmtpServer()
})

afterAll(async () => {
  await smtp?.close()
  await t?.close()
})

const quiet = { info: () => undefined, error: () => undefined }

describe('confirming an e-mail address from the mail that was really sent', () => {
  it('registers, delivers the mail over SMTP, follows its link and signs in', async () => {
    const client = new TestClient(t.app)
    await client.submit('/register', {
      name: 'Mail Reader',
      email: 'mail.reader@example.police.uk',
      organisation: 'gwent',
      password: 'lantern orchard velvet',
    })

    const mailer = createSmtpMailer(smtp.url, 'Practice Bank <no-reply@practice-bank.test>')
    const worker = new OutboxWorker(t.db, mailer, { log: quiet })
    expect(await worker.runOnce()).toEqual({ sent: 1, failed: 0 })
    mailer.close()

    const [mail] = smtp.messages
    expect(mail?.to).toContain('mail.reader@example.police.uk')
    expect(mail?.subject).toBe('Confirm your e-mail address for Practice Bank')
    const link = linkIn(mail?.text ?? '', '/verify-email')

    expect((await client.get(link)).$('h1').text()).toContain('Your e-mail address is confirmed')
    const signIn = await client.submit('/sign-in', {
      email: 'mail.reader@example.police.uk',
      password: 'lantern orchard velvet',
    })
    expect(signIn.response.headers.location).toBe('/account')
    expect((await client.get('/account')).$('[data-qa=account-details]').text()).toContain('Gwent Police')
  })
})
