import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { insertDemoEvaluations } from '../src/db/seed/demo-evaluations.js'
import { insertDemoPractices } from '../src/db/seed/seed-demo.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  await insertDemoPractices(t.db)
  await aUser(t.db, { email: 'academic@demo.example.ac.uk', name: 'Alex Academic', roles: ['academic'] })
})

afterAll(async () => {
  await t.close()
})

describe('demo evaluation brokerage', () => {
  it('adds a waiting request, an evaluation under way and one reported, once', async () => {
    expect(await insertDemoEvaluations(t.db)).toBe(2)
    expect(await insertDemoEvaluations(t.db)).toBe(0)
    const requests = await queryRows<{ status: string }>(
      t.db,
      sql`select status from evaluation_requests order by status`,
    )
    expect(requests.map((r) => r.status)).toEqual(['accepted', 'accepted', 'requested'])
    const evaluations = await queryRows<{ status: string }>(t.db, sql`select status from evaluations order by status`)
    expect(evaluations.map((e) => e.status)).toEqual(['reported', 'under_way'])
  })

  it('shows the demo academic their practice open to evaluation, their requests and the findings', async () => {
    const academic = await signedIn(t.app, 'academic@demo.example.ac.uk')
    const list = await academic.get('/evaluation')
    expect(list.$('[data-qa=result-count]').text()).toContain('4 practice examples')
    expect(texts(list.$, '[data-qa=your-request]')).toHaveLength(3)
    const reported = await getPage(
      t.app,
      '/practices/intensive-case-management-for-high-harm-domestic-abuse-perpetrators',
    )
    expect(reported.$('[data-qa=evaluation-findings]').text()).toContain('a third less often')
    const underWay = await getPage(
      t.app,
      '/practices/youth-workers-in-emergency-departments-diverting-young-people-from-violence',
    )
    expect(underWay.$('[data-qa=being-evaluated]').text()).toContain('Being evaluated by Alex Academic')
  })
})
