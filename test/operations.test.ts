import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadAssetManifest } from '../src/web/assets.js'
import { aUser, signedIn } from './support/users.js'
import { createTestApp, getPage, type TestApp } from './support/app.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  // A route that fails, to see what a visitor is shown when something breaks.
  t.app.get('/test-only/failure', async () => {
    throw new Error('secret internal detail')
  })
})

afterAll(async () => {
  await t?.close()
})

describe('health', () => {
  it('says the process is alive', async () => {
    const response = await t.app.inject('/healthz')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
  })

  it('says it is ready when the database answers and is migrated', async () => {
    const response = await t.app.inject('/readyz')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ready' })
  })
})

describe('errors', () => {
  it('shows the GOV.UK page not found', async () => {
    const { status, $ } = await getPage(t.app, '/no-such-page')
    expect(status).toBe(404)
    expect($('h1').text()).toBe('Page not found')
    expect($('title').text()).toBe('Page not found – Practice Bank')
  })

  it('shows a problem page without the details of what went wrong', async () => {
    const { status, $, response } = await getPage(t.app, '/test-only/failure')
    expect(status).toBe(500)
    expect($('h1').text()).toBe('Sorry, there is a problem with the service')
    expect(response.body).not.toContain('secret internal detail')
    expect(response.body).not.toMatch(/\.ts:\d+|node:internal|Error:/)
    expect(response.body).toContain(response.headers['x-request-id'])
  })
})

describe('security headers', () => {
  it('sends a strict Content Security Policy with no inline script or style', async () => {
    const response = await t.app.inject('/practices')
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['strict-transport-security']).toBeUndefined()
  })

  it('tells browsers not to store private pages, and leaves public pages for visitors alone', async () => {
    for (const url of ['/account', '/my-submissions', '/review', '/admin', '/submissions/1/attachments']) {
      expect((await t.app.inject(url)).headers['cache-control'], url).toBe('no-store')
    }
    expect((await t.app.inject('/practices')).headers['cache-control']).not.toBe('no-store')
    const person = await signedIn(t.app, (await aUser(t.db)).email)
    const response = await t.app.inject({
      url: '/practices',
      headers: { cookie: `pb_session=${person.sessionCookie}` },
    })
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('sends Strict-Transport-Security only when the service runs on https', async () => {
    const secure = await createTestApp({ BASE_URL: 'https://practice.example.police.uk' })
    try {
      const response = await secure.app.inject('/practices')
      expect(response.headers['strict-transport-security']).toContain('max-age=31536000')
    } finally {
      await secure.close()
    }
  })

  it('has no inline script or style in its pages', async () => {
    for (const url of ['/', '/practices', '/no-such-page']) {
      const { $ } = await getPage(t.app, url)
      expect($('script:not([src])').length).toBe(0)
      expect($('style').length).toBe(0)
      expect($('[style]').length).toBe(0)
    }
  })

  it('gives every response a request id, and keeps one it was given', async () => {
    const fresh = await t.app.inject('/healthz')
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    const given = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } })
    expect(given.headers['x-request-id']).toBe('abc-123')
  })
})

describe('assets', () => {
  it('serves content-hashed assets with a long cache lifetime', async () => {
    const manifest = loadAssetManifest()
    const css = manifest['application.css']
    expect(css).toMatch(/^\/assets\/application-[0-9a-f]{12}\.css$/)
    const response = await t.app.inject(css ?? '')
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toContain('immutable')
    expect(response.headers['cache-control']).toContain('max-age=31536000')
    const { $ } = await getPage(t.app, '/')
    expect($('link[rel=stylesheet]').attr('href')).toBe(css)
  })

  it('does not serve the manifest, and answers missing assets without a page', async () => {
    expect((await t.app.inject('/assets/manifest.json')).statusCode).toBe(404)
    const missing = await t.app.inject('/assets/application-000000000000.css')
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['content-type']).toContain('text/plain')
  })
})
