import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { theoryOfChangeComments, theoryOfChangeVersions } from '../src/db/schema/index.js'
import { createTestApp, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let draft: { id: number }
let published: { id: number; slug: string }

const base = (id: number) => `/submissions/${id}/theory-of-change`
const versionsOf = (id: number) =>
  t.db.select().from(theoryOfChangeVersions).where(eq(theoryOfChangeVersions.practiceId, id))

/** Loads a builder page, then posts it with its CSRF token and version, as a browser would. */
async function savePage(email: string, id: number, page: string, fields: Record<string, string>) {
  const client = await signedIn(t.app, email)
  const form = await client.get(`${base(id)}/${page}`)
  const version = form.$('input[name=version]').val()
  return client.submit(`${base(id)}/${page}`, { version: String(version ?? ''), ...fields }, `${base(id)}/${page}`)
}

beforeAll(async () => {
  t = await createTestApp()
  const contributor = await aUser(t.db, { email: 'author@kent.police.uk', organisation: 'kent' })
  await aUser(t.db, { email: 'lead@kent.police.uk', organisation: 'kent', roles: ['force-lead'], leads: 'kent' })
  await aUser(t.db, { email: 'officer@essex.police.uk', organisation: 'essex' })
  await aUser(t.db, { email: 'reviewer@college.police.uk', roles: ['reviewer'] })
  draft = await aPractice(t.db, { status: 'draft', organisation: 'kent', submittedByUserId: contributor.id })
  published = await aPractice(t.db, {
    title: 'Repeat victim visits',
    organisation: 'kent',
    submittedByUserId: contributor.id,
  })
})

afterAll(async () => {
  await t.close()
})

describe('who can see and write a theory of change', () => {
  it('lets the contributor, their force lead and reviewers in; 404 for others; sign-in for visitors', async () => {
    const visitor = await t.app.inject({ method: 'GET', url: base(draft.id) })
    expect(visitor.statusCode).toBe(302)
    for (const [email, overview, page] of [
      ['author@kent.police.uk', 200, 200],
      ['lead@kent.police.uk', 200, 200],
      ['reviewer@college.police.uk', 200, 403],
      ['officer@essex.police.uk', 404, 404],
    ] as const) {
      const client = await signedIn(t.app, email)
      const a = await client.get(base(draft.id))
      const b = await client.get(`${base(draft.id)}/problem`)
      expect({ email, overview: a.status, page: b.status }).toEqual({ email, overview, page })
    }
    const client = await signedIn(t.app, 'author@kent.police.uk')
    expect((await client.get(`${base(draft.id)}/nonsense`)).status).toBe(404)
  })
})

describe('saving pages', () => {
  it('shows the error summary and inline errors on bad input, and saves nothing', async () => {
    const { status, $ } = await savePage('author@kent.police.uk', published.id, 'problem', {
      problem: '',
      activities: '',
    })
    expect(status).toBe(400)
    expect($('.govuk-error-summary').text()).toContain('Enter the problem the practice tackles')
    expect($('#problem-error').text()).toContain('Enter the problem the practice tackles')
    expect($('#activities-error').text()).toContain('Enter at least one activity')
    expect(await versionsOf(published.id)).toHaveLength(0)
  })

  it('saves each page as a new version, refuses a stale save and draws every box', async () => {
    const first = await savePage('author@kent.police.uk', published.id, 'problem', {
      problem: 'Victims of burglary are targeted again within weeks',
      inputs: 'Two PCSOs',
      activities: 'Visit within 48 hours\nFit door chains',
      outputs: 'Visits made',
    })
    expect(first.status).toBe(303)
    const second = await savePage('lead@kent.police.uk', published.id, 'outcomes', {
      'short-1-outcome': 'Victims feel safer',
      'short-1-measure': 'Survey score',
      'short-1-dataSource': 'Victim survey',
      'short-1-baseline': 'yes',
      'long-1-outcome': 'Fewer repeat burglaries',
    })
    expect(second.status).toBe(303)
    await savePage('author@kent.police.uk', published.id, 'impact', {
      impact: 'Safer neighbourhoods',
      assumptions: 'Victims open the door',
      risks: 'PCSO posts cut',
    })
    await savePage('author@kent.police.uk', published.id, 'readiness', {
      comparisonGroup: 'yes',
      casesPerYear: '400',
      monthsRunning: '18',
      showOnPracticePage: 'yes',
    })
    const versions = await versionsOf(published.id)
    expect(versions.map((v) => v.versionNumber).sort()).toEqual([1, 2, 3, 4])
    expect(versions.find((v) => v.versionNumber === 4)?.content.problem).toContain('burglary')

    const client = await signedIn(t.app, 'author@kent.police.uk')
    const stale = await client.submit(
      `${base(published.id)}/impact`,
      { version: '2', impact: 'Something else' },
      `${base(published.id)}/impact`,
    )
    expect(stale.status).toBe(409)
    expect(await versionsOf(published.id)).toHaveLength(4)

    const { $ } = await client.get(base(published.id))
    const svg = $('[data-qa=toc-diagram] svg')
    expect(svg.attr('role')).toBe('img')
    // one box for each of the 9 columns' items (empty columns get a placeholder) plus assumptions and risks
    const boxes = svg.find('g.app-toc-box')
    expect(boxes.length).toBe(1 + 1 + 2 + 1 + 1 + 1 + 1 + 1 + 2)
    for (const text of ['Two PCSOs', 'Fit door chains', 'Visits made', 'Victims feel safer', 'Safer neighbourhoods']) {
      expect(svg.text()).toContain(text)
      expect($('[data-qa=toc-text]').text()).toContain(text)
    }
    expect($('[data-qa=toc-text] [data-column=activities] li')).toHaveLength(2)
    expect($('[data-qa=readiness-level]').text()).toBeTruthy()
    expect($('[data-qa=readiness-items] li')).toHaveLength(7)
    expect($('[data-qa=toc-versions] > li')).toHaveLength(4)
  })
})

describe('comments and the document', () => {
  it('lets a reviewer comment on a version, and nobody else', async () => {
    const reviewer = await signedIn(t.app, 'reviewer@college.police.uk')
    const empty = await reviewer.submit(
      `${base(published.id)}/versions/1/comments`,
      { comment: ' ' },
      base(published.id),
    )
    expect(empty.status).toBe(400)
    expect(empty.$('#comment-1-error').text()).toContain('Enter your comment')
    const ok = await reviewer.submit(
      `${base(published.id)}/versions/1/comments`,
      { comment: 'Say how the 48 hours is counted.' },
      base(published.id),
    )
    expect(ok.status).toBe(303)
    const missing = await reviewer.submit(
      `${base(published.id)}/versions/99/comments`,
      { comment: 'x' },
      base(published.id),
    )
    expect(missing.status).toBe(404)
    const author = await signedIn(t.app, 'author@kent.police.uk')
    const refused = await author.submit(
      `${base(published.id)}/versions/1/comments`,
      { comment: 'Me too' },
      base(published.id),
    )
    expect(refused.status).toBe(403)
    const comments = await t.db
      .select()
      .from(theoryOfChangeComments)
      .where(eq(theoryOfChangeComments.practiceId, published.id))
    expect(comments.map((c) => c.body)).toEqual(['Say how the 48 hours is counted.'])
    const { $ } = await author.get(base(published.id))
    expect($('#version-1 [data-qa=toc-comment]').text()).toContain('Say how the 48 hours is counted.')
  })

  it('downloads as a DOCX (a zip) for those who may see it', async () => {
    const client = await signedIn(t.app, 'lead@kent.police.uk')
    const { response } = await client.get(`${base(published.id)}.docx`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(response.headers['content-disposition']).toContain('attachment')
    expect(response.rawPayload.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')
    const other = await signedIn(t.app, 'officer@essex.police.uk')
    expect((await other.get(`${base(published.id)}.docx`)).status).toBe(404)
  })
})
