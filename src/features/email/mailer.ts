import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface OutgoingEmail {
  to: string
  subject: string
  body: string
  replyTo?: string | null
  /** extra headers, name to value, as the outbox row carries them */
  headers?: Record<string, string>
}

/** What Nodemailer is given for one message, the same for SMTP and for the .eml files. */
function nodemailerMessage(from: string, email: OutgoingEmail) {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.body,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    ...(email.headers && Object.keys(email.headers).length > 0 ? { headers: email.headers } : {}),
  }
}

export interface Mailer {
  /** resolves once the server has accepted the message; rejects with the server's reason otherwise */
  send(email: OutgoingEmail): Promise<void>
}

/** Nodemailer is loaded when the first message is sent, not at start-up. */
const loadNodemailer = async () => (await import('nodemailer')).default
const smtpTransport = async (url: string) => (await loadNodemailer()).createTransport(url)
const fileTransport = async () =>
  (await loadNodemailer()).createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

/**
 * Nodemailer's own timeouts are minutes long (10 for an idle socket). The outbox worker leases each
 * batch for a few minutes, so a stuck server must give up well inside that. Values given in the URL's
 * query string (smtp://host:25?socketTimeout=60000) still win.
 */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

/** Sends plain-text mail through the SMTP server at `smtpUrl` (smtp:// or smtps://, credentials in the URL). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer & { close(): void } {
  const url = new URL(smtpUrl)
  for (const [name, ms] of Object.entries(timeouts)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms))
  }
  let transport: ReturnType<typeof smtpTransport> | undefined
  return {
    async send(email) {
      transport ??= smtpTransport(url.toString())
      await (await transport).sendMail(nodemailerMessage(from, email))
    },
    close() {
      void transport?.then((t) => t.close()).catch(() => undefined)
    },
  }
}

/**
 * With no SMTP server (the embedded default), each message is built by Nodemailer exactly as it
 * would be sent and written to `dir` as an .eml file, which any mail program can open. Admins also
 * read the messages at /admin/mail.
 */
export function createFileMailer(dir: string, from: string): Mailer {
  let transport: ReturnType<typeof fileTransport> | undefined
  let made = false
  let count = 0
  return {
    async send(email) {
      transport ??= fileTransport()
      const info = await (await transport).sendMail(nodemailerMessage(from, email))
      if (!made) {
        await mkdir(dir, { recursive: true })
        made = true
      }
      // Time first, so a directory listing is in the order the messages were written.
      const stamp = new Date().toISOString().replace(/[:.]/g, '-')
      const name = `${stamp}-${process.pid}-${++count}.eml`
      await writeFile(path.join(dir, name), info.message, { flag: 'wx' })
    },
  }
}

/** The start-up line saying where e-mail goes; never includes the SMTP credentials. */
export function describeMailDelivery(config: { smtpUrl: string | undefined; dataDir: string }): string {
  if (!config.smtpUrl) {
    return `E-mail is not sent: messages are written to ${path.join(config.dataDir, 'mail')} and listed at /admin/mail`
  }
  const url = new URL(config.smtpUrl)
  return `E-mail is sent through SMTP host ${url.hostname}${url.port ? `:${url.port}` : ''}`
}
