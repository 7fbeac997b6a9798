import nodemailer from 'nodemailer'

export interface Mailer {
  /** resolves once the server has accepted the message; rejects with the server's reason otherwise */
  send(email: { to: string; subject: string; body: string }): Promise<void>
}

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
  const transport = nodemailer.createTransport(url.toString())
  return {
    async send(email) {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.body })
    },
    close() {
      transport.close()
    },
  }
}
