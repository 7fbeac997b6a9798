import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

describe('two tabs opened at once right after sign-in', () => {
  it('both forms post without a CSRF refusal (the secret is made at sign-in, not by the first form)', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { email } = await aUser(t.db)
      const client = await signedIn(t.app, email)
      const [tabA, tabB] = await Promise.all([client.get('/submit'), client.get('/submit')])
      const tokens = [tabA, tabB].map((tab) => tab.$('input[name=_csrf]').first().val())
      expect(tokens.every((token) => typeof token === 'string')).toBe(true)
      const results = await Promise.all(tokens.map((token) => client.post('/submissions', { _csrf: String(token) })))
      expect(results.map((result) => result.status)).not.toContain(403)
      expect(results.map((result) => result.status)).toEqual([302, 302])
    }
  })
})
