import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let practice: { id: number; reference: string | null }

const contributor = 'author@kent.police.uk'
const reviewer = 'reviewer@college.police.uk'
const base = (id: number) => `/submissions/${id}/theory-of-change`
const assessmentPage = () => `/review/${practice.reference ?? ''}/assessment`
const outcomesAdvice = 'Give every outcome a measure and a data source'
const baselineAdvice = 'Start recording the outcome measures now'

/** Loads a builder page, then posts it with its CSRF token and version, as a browser would. */
async function savePage(page: string, fields: Record<string, string>) {
  const client = await signedIn(t.app, contributor)
  const form = await client.get(`${base(practice.id)}/${page}`)
  const version = String(form.$('input[name=version]').val() ?? '')
  const saved = await client.submit(
    `${base(practice.id)}/${page}`,
    { version, ...fields },
    `${base(practice.id)}/${page}`,
  )
  expect(saved.status).toBe(303)
}

/** The readiness level and the advice lines, as the contributor and the reviewer see them. */
async function readinessSeen() {
  const own = await (await signedIn(t.app, contributor)).get(base(practice.id))
  const staff = await (await signedIn(t.app, reviewer)).get(assessmentPage())
  expect([own.status, staff.status]).toEqual([200, 200])
  const read = ($: typeof own.$) => ({
    level: $('[data-qa=readiness-level]').text().trim(),
    advice: $('[data-qa=readiness-items]').text().replace(/\s+/g, ' '),
    none: $('[data-qa=readiness-none]').length,
  })
  return { contributor: read(own.$), reviewer: read(staff.$) }
}

beforeAll(async () => {
  t = await createTestApp()
  const author = await aUser(t.db, { email: contributor, organisation: 'kent' })
  await aUser(t.db, { email: reviewer, roles: ['reviewer'] })
  practice = await aPractice(t.db, {
    status: 'in_review',
    reference: 'PB-2026-9101',
    organisation: 'kent',
    submittedByUserId: author.id,
  })
})

afterAll(async () => {
  await t.close()
})

describe('readiness for evaluation as advice to the contributor and beside the rubric', () => {
  it('tells the reviewer there is nothing to score before a theory of change is started', async () => {
    const seen = await readinessSeen()
    expect(seen.contributor.level).toBe('Not yet ready')
    expect(seen.contributor.advice).toContain('Write down the short-, medium- and long-term outcomes')
    expect(seen.reviewer).toEqual({ level: '', advice: '', none: 1 })
  })

  it('shows the same level and the same advice on both pages, and both change with a measurable outcome', async () => {
    await savePage('problem', { problem: 'Repeat victims of burglary are not visited again.', activities: 'Visit' })
    await savePage('outcomes', { 'short-1-outcome': 'Fewer repeat burglaries' })
    await savePage('readiness', {
      comparisonGroup: 'yes',
      casesPerYear: '400',
      dataSharing: 'yes',
      monthsRunning: '24',
      leadershipSupport: 'yes',
    })
    const before = await readinessSeen()
    expect(before.contributor.level).toBe('Nearly ready')
    expect(before.contributor.advice).toContain(outcomesAdvice)
    expect(before.contributor.advice).toContain('Outcomes are defined and measurable: partly met')
    expect(before.contributor.advice).toContain(baselineAdvice)
    expect(before.reviewer).toEqual({ ...before.contributor, none: 0 })

    await savePage('outcomes', {
      'short-1-outcome': 'Fewer repeat burglaries',
      'short-1-measure': 'Repeat burglaries within a year',
      'short-1-dataSource': 'Recorded crime',
      'short-1-baseline': 'yes',
    })
    const after = await readinessSeen()
    expect(after.contributor.level).toBe('Ready for evaluation')
    expect(after.contributor.advice).toContain('Outcomes are defined and measurable: met')
    expect(after.contributor.advice).not.toContain(outcomesAdvice)
    expect(after.contributor.advice).not.toContain(baselineAdvice)
    expect(after.reviewer).toEqual({ ...after.contributor, none: 0 })
  })
})
