import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertDemoSubmissions } from '../src/db/seed/demo-submissions.js'
import { DEMO_PASSWORD, demoContributorEmail, insertDemoUsers } from '../src/db/seed/seed-demo-users.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { signedIn } from './support/users.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

describe('demo submissions', () => {
  it('give the review queue and the demo contributor something to work on, once', async () => {
    await insertDemoUsers(t.db)
    expect(await insertDemoSubmissions(t.db, demoContributorEmail)).toBe(3)
    expect(await insertDemoSubmissions(t.db, demoContributorEmail)).toBe(0)

    const reviewer = await signedIn(t.app, 'reviewer@demo.police.uk', DEMO_PASSWORD)
    const waiting = await reviewer.get('/review')
    expect(texts(waiting.$, '[data-qa=queue-link]')).toHaveLength(3)
    expect(texts(waiting.$, '[data-qa=queue-link]')).toContain(
      'A quiet word at the front counter for people who cannot speak freely',
    )

    const contributor = await signedIn(t.app, demoContributorEmail, DEMO_PASSWORD)
    const mine = await contributor.get('/my-submissions')
    expect(mine.$('[data-qa=submissions] [data-qa=status]').text()).toContain('Changes requested')
    const id = mine.$('[data-qa=submissions] tbody tr').attr('data-qa')?.replace('submission-', '')
    const task = await contributor.get(`/submissions/${id}`)
    expect(task.$('main').text()).toContain('rough numbers help other forces')
  })
})
