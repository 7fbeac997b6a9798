import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { insertDemoEvaluations } from '../src/db/seed/demo-evaluations.js'
import { DEMO_THEORY_OF_CHANGE_PRACTICE, insertDemoTheoryOfChange } from '../src/db/seed/demo-theory-of-change.js'
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

  it('adds a theory of change on a shortlisted demo practice, once, shown first on /evaluation and on its page', async () => {
    expect(await insertDemoTheoryOfChange(t.db)).toBe(1)
    expect(await insertDemoTheoryOfChange(t.db)).toBe(0)
    const [practice] = await queryRows<{
      slug: string
      shortlisted: boolean
      isDemo: boolean
      versions: number
      assessed: number
    }>(
      t.db,
      sql`select p.slug, p.shortlisted, p.is_demo as "isDemo",
                 (select count(*)::int from theory_of_change_versions v where v.practice_id = p.id) as versions,
                 (select count(*)::int from assessments a where a.practice_id = p.id and a.completed_at is not null)
                   as assessed
          from practices p join theories_of_change t on t.practice_id = p.id`,
    )
    // shortlisted as the rubric would: after a completed assessment
    expect(practice).toMatchObject({ shortlisted: true, isDemo: true, versions: 1, assessed: 1 })
    const academic = await signedIn(t.app, 'academic@demo.example.ac.uk')
    const list = await academic.get('/evaluation')
    expect(texts(list.$, '[data-qa=opportunity-link]')[0]).toBe(DEMO_THEORY_OF_CHANGE_PRACTICE)
    const shortlisted = await academic.get('/evaluation?shortlisted=yes')
    expect(texts(shortlisted.$, '[data-qa=opportunity-link]')).toEqual([DEMO_THEORY_OF_CHANGE_PRACTICE])
    const page = await getPage(t.app, `/practices/${practice?.slug}`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=practice-toc]').text()).toContain('contact plan agreed with every rural victim')
  })
})
