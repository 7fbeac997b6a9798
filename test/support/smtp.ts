import type { AddressInfo } from 'node:net'
import { simpleParser, type AddressObject } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  /** the To: header's addresses, comma-separated */
  to: string
  /** the From: header as `Name <address>`, unquoted, to compare with MAIL_FROM */
  from: string
  subject: string
  /** the plain-text body, without the line break that ends every message on the wire */
  text: string
  /** every header as sent, names in lower case, folded lines joined */
  headers: Record<string, string>
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port>, ready for createSmtpMailer */
  url: string
  /** every message accepted, in arrival order */
  messages: ReceivedMail[]
  /** answer the next n messages with a temporary failure (451), as a busy server would */
  failNext(n: number): void
  close(): Promise<void>
}

function addresses(header: AddressObject | AddressObject[] | undefined, withNames = false): string {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header]
  return objects
    .flatMap((object) => object.value)
    .map(({ name, address = '' }) => (withNames && name ? `${name} <${address}>` : address))
    .join(', ')
}

class TemporaryFailure extends Error {
  readonly responseCode = 451
}

/** A real SMTP server on loopback, so tests exercise nodemailer and the wire protocol rather than a stub. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = []
  let failures = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // A reverse DNS lookup of 127.0.0.1 only slows every connection down.
    disableReverseLookup: true,
    // Tests close the server while the worker may still hold a connection: do not wait long for it.
    closeTimeout: 1_000,
    onData(stream, _session, callback) {
      // The whole message must be read before answering, or the client sees a broken connection.
      simpleParser(stream).then(
        (mail) => {
          if (failures > 0) {
            failures--
            callback(new TemporaryFailure('Try again later'))
            return
          }
          messages.push({
            to: addresses(mail.to),
            from: addresses(mail.from, true),
            subject: mail.subject ?? '',
            text: (mail.text ?? '').replace(/\n$/, ''),
            headers: Object.fromEntries(
              mail.headerLines.map(({ key, line }) => [
                key,
                line
                  .slice(line.indexOf(':') + 1)
                  .replace(/\r?\n[ \t]+/g, ' ')
                  .trim(),
              ]),
            ),
          })
          callback()
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      )
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    failNext(n) {
      failures = n
    },
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  }
}
