import * as cheerio from 'cheerio'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

/**
 * Talks to the app like a browser with cookies: it keeps the session cookie, and posts forms with
 * the CSRF token taken from the page the form is on. CSRF is never switched off in tests.
 */
let clients = 0

export class TestClient {
  private cookies = new Map<string, string>()
  /** each client comes from its own address, as separate browsers would (rate limits are per address) */
  private readonly remoteAddress = `10.0.${Math.floor(++clients / 250)}.${clients % 250}`

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeaders(): Record<string, string> {
    if (this.cookies.size === 0) return {}
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now())
      if (expired || cookie.value === '') this.cookies.delete(cookie.name)
      else this.cookies.set(cookie.name, cookie.value)
    }
  }

  get sessionCookie(): string | undefined {
    return this.cookies.get('pb_session')
  }

  async get(url: string) {
    const response = await this.app.inject({
      method: 'GET',
      url,
      headers: this.cookieHeaders(),
      remoteAddress: this.remoteAddress,
    })
    this.keepCookies(response)
    return { response, status: response.statusCode, $: cheerio.load(response.body) }
  }

  /** Posts a form as a browser would after loading `pageUrl` (default: the same address). */
  async submit(url: string, fields: Record<string, string | string[]>, pageUrl = url) {
    const page = await this.get(pageUrl)
    const token = page.$('input[name=_csrf]').first().val()
    if (typeof token !== 'string') throw new Error(`no CSRF token on ${pageUrl}`)
    return this.post(url, { ...fields, _csrf: token })
  }

  /** Posts exactly these fields: use it to leave out or spoil the CSRF token on purpose. */
  async post(url: string, fields: Record<string, string | string[]>) {
    const body = new URLSearchParams()
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
    }
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { ...this.cookieHeaders(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
      remoteAddress: this.remoteAddress,
    })
    this.keepCookies(response)
    return { response, status: response.statusCode, $: cheerio.load(response.body) }
  }
}
