import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as cheerio from 'cheerio'

const root = path.resolve(import.meta.dirname, '../..')

export interface ServerProcess {
  child: ChildProcess
  baseUrl: string
  output: () => string
}

/**
 * Starts `src/server.ts` as `npm start` does, on the PostgreSQL database `databaseUrl`, and waits
 * until it listens. Instances given the same session secret share sessions, as they do in service.
 * `preload` is an extra module the process imports first (the soak uses it to report memory).
 */
export async function startServer(options: {
  databaseUrl: string
  sessionSecret: string
  port?: number
  preload?: string
  env?: Record<string, string>
}): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    SESSION_SECRET: options.sessionSecret,
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'pb-load-')),
    PORT: String(options.port ?? 0),
    LOG_LEVEL: 'info',
    DEMO_DATA: 'off',
    DEMO_USERS: 'off',
    ...options.env,
  }
  // Vite sets BASE_URL=/ for the test process; the server must work out its own.
  delete env.BASE_URL
  const imports = ['--import', 'tsx', ...(options.preload ? ['--expose-gc', '--import', options.preload] : [])]
  const child = spawn(process.execPath, [...imports, 'src/server.ts'], { cwd: root, env })
  // Only the end of the log is kept: a long run logs every request.
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000)
    const onData = () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        child.stdout.off('data', onData)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} ${signal}:\n${output}`))
    })
  })
  return { child, baseUrl, output: () => output }
}

export interface Page {
  status: number
  body: string
  location: string | undefined
  $: cheerio.CheerioAPI
}

/**
 * A browser over real HTTP: it keeps cookies and posts forms with the CSRF token from the page.
 * `baseUrl` may be changed, to talk to another instance with the same session.
 */
export class Browser {
  readonly cookies = new Map<string, string>()

  constructor(public baseUrl: string) {}

  private async request(method: string, url: string, body?: URLSearchParams): Promise<Page> {
    const headers: Record<string, string> = {}
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded'
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body?.toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(60_000),
    })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';')
      const at = pair.indexOf('=')
      const name = pair.slice(0, at)
      const value = pair.slice(at + 1)
      if (value === '' || /max-age=0/i.test(cookie)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    const text = await response.text()
    return {
      status: response.status,
      body: text,
      location: response.headers.get('location') ?? undefined,
      $: cheerio.load(text),
    }
  }

  get(url: string): Promise<Page> {
    return this.request('GET', url)
  }

  post(url: string, fields: Record<string, string | string[]>): Promise<Page> {
    const body = new URLSearchParams()
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v)
    }
    return this.request('POST', url, body)
  }

  /** Loads `pageUrl` (default: `url`) and posts its form with the CSRF token and version on it. */
  async submit(url: string, fields: Record<string, string | string[]>, pageUrl = url): Promise<Page> {
    const page = await this.get(pageUrl)
    const token = page.$('input[name=_csrf]').first().val()
    const version = page.$('input[name=version]').first().val()
    if (typeof token !== 'string') throw new Error(`no CSRF token on ${pageUrl} (${page.status})`)
    return this.post(url, { ...(typeof version === 'string' ? { version } : {}), ...fields, _csrf: token })
  }

  async signIn(email: string, password: string): Promise<void> {
    const result = await this.submit('/sign-in', { email, password })
    if (result.status !== 302) throw new Error(`sign-in failed for ${email}: ${result.status}`)
  }

  /** Starts a draft and answers every section (not the call questions); returns its id. */
  async completeDraft(answers: Record<string, Record<string, string | string[]>>): Promise<number> {
    const started = await this.submit('/submissions', {}, '/submit')
    const match = /^\/submissions\/(\d+)$/.exec(started.location ?? '')
    if (started.status !== 302 || !match?.[1]) throw new Error(`starting a draft answered ${started.status}`)
    const id = Number(match[1])
    for (const [section, fields] of Object.entries(answers)) {
      if (section === 'call-questions') continue
      const saved = await this.submit(`/submissions/${id}/${section}`, { ...fields, action: 'continue' })
      if (saved.status !== 302) throw new Error(`saving ${section} answered ${saved.status}`)
    }
    return id
  }
}
