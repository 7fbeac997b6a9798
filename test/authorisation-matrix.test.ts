import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'
import { adoptionMatrix } from './matrix/adoptions.js'
import { assessmentMatrix } from './matrix/assessment.js'
import { attachmentMatrix } from './matrix/attachments.js'
import { importMatrix } from './matrix/imports.js'
import { eventMatrix } from './matrix/events.js'
import { evaluationMatrix } from './matrix/evaluation.js'
import { insightMatrix } from './matrix/insight.js'
import { reviewMatrix } from './matrix/review.js'
import { submissionMatrix } from './matrix/submissions.js'
import { synonymMatrix } from './matrix/synonyms.js'
import { callsMatrix } from './matrix/calls.js'
import { exportMatrix } from './matrix/exports.js'
import { savedSearchMatrix } from './matrix/saved-searches.js'
import { apiMatrix } from './matrix/api.js'
import { brokerageMatrix } from './matrix/brokerage.js'
import { toolkitMatrix } from './matrix/toolkit.js'
import { callAnnouncementMatrix } from './matrix/call-announcements.js'
import {
  adminOnly,
  signedInOnly,
  who,
  type Expectation,
  type MatrixPeople,
  type Row,
  type Who,
} from './matrix/types.js'

// Every route the app registers must be here. POSTs are sent with a valid CSRF token and an empty
// form, so "allowed" shows as the page's own validation answer (400) or its redirect (302).
const accountRows: Row[] = [
  { method: 'GET', route: '/', url: '/', expect: 200 },
  { method: 'GET', route: '/practices', url: '/practices', expect: 200 },
  { method: 'GET', route: '/practices/:slug', url: '/practices/public-practice', expect: 200 },
  { method: 'GET', route: '/api/v1/practices', url: '/api/v1/practices', expect: 200 },
  { method: 'GET', route: '/api/v1/practices/:slug', url: '/api/v1/practices/public-practice', expect: 200 },
  { method: 'GET', route: '/healthz', url: '/healthz', expect: 200 },
  { method: 'GET', route: '/readyz', url: '/readyz', expect: 200 },
  { method: 'GET', route: '/favicon.ico', url: '/favicon.ico', expect: 301 },
  { method: 'GET', route: '/assets/*', url: '/assets/missing.css', expect: 404 },
  { method: 'GET', route: '/register', url: '/register', expect: 200 },
  { method: 'POST', route: '/register', url: '/register', expect: 400 },
  { method: 'GET', route: '/register/check-email', url: '/register/check-email', expect: 200 },
  { method: 'GET', route: '/verify-email/:token', url: '/verify-email/unknown', expect: 400 },
  { method: 'POST', route: '/verify-email/resend', url: '/verify-email/resend', expect: 400 },
  { method: 'GET', route: '/sign-in', url: '/sign-in', expect: 200 },
  { method: 'POST', route: '/sign-in', url: '/sign-in', expect: 400 },
  // OpenID Connect sign-in exists only when a provider is configured, which it is not here.
  { method: 'GET', route: '/sign-in/oidc', url: '/sign-in/oidc', expect: 404 },
  { method: 'GET', route: '/sign-in/oidc/callback', url: '/sign-in/oidc/callback?code=x&state=y', expect: 404 },
  { method: 'POST', route: '/sign-out', url: '/sign-out', expect: 302 },
  { method: 'GET', route: '/forgot-password', url: '/forgot-password', expect: 200 },
  { method: 'POST', route: '/forgot-password', url: '/forgot-password', expect: 400 },
  { method: 'GET', route: '/reset-password/:token', url: '/reset-password/unknown', expect: 200 },
  { method: 'POST', route: '/reset-password/:token', url: '/reset-password/unknown', expect: 400 },
  { method: 'GET', route: '/account', url: '/account', expect: signedInOnly(200) },
  { method: 'GET', route: '/account/data', url: '/account/data', expect: signedInOnly(200) },
  { method: 'GET', route: '/account/password', url: '/account/password', expect: signedInOnly(200) },
  { method: 'POST', route: '/account/password', url: '/account/password', expect: signedInOnly(400) },
  // Everyone here has a password, so no link is sent: back to the change-password page.
  {
    method: 'POST',
    route: '/account/password/send-link',
    url: '/account/password/send-link',
    expect: signedInOnly(302),
  },
  {
    method: 'POST',
    route: '/account/sign-out-everywhere',
    url: '/account/sign-out-everywhere',
    expect: signedInOnly(302),
  },
  { method: 'GET', route: '/account/delete', url: '/account/delete', expect: signedInOnly(200) },
  { method: 'POST', route: '/account/delete', url: '/account/delete', expect: signedInOnly(400) },
  { method: 'GET', route: '/account/deleted', url: '/account/deleted', expect: 200 },
  { method: 'GET', route: '/admin/users', url: '/admin/users', expect: adminOnly(200) },
  { method: 'GET', route: '/admin/users/:id', url: '/admin/users/TARGET', expect: adminOnly(200) },
  { method: 'POST', route: '/admin/users/:id/roles', url: '/admin/users/TARGET/roles', expect: adminOnly(400) },
  {
    method: 'POST',
    route: '/admin/users/:id/roles/revoke',
    url: '/admin/users/TARGET/roles/revoke',
    expect: adminOnly(400),
  },
  { method: 'POST', route: '/admin/users/:id/disable', url: '/admin/users/TARGET/disable', expect: adminOnly(302) },
  { method: 'POST', route: '/admin/users/:id/enable', url: '/admin/users/TARGET/enable', expect: adminOnly(302) },
  { method: 'GET', route: '/admin/outbox', url: '/admin/outbox', expect: adminOnly(200) },
  { method: 'GET', route: '/admin/mail', url: '/admin/mail', expect: adminOnly(200) },
  { method: 'GET', route: '/admin/audit', url: '/admin/audit', expect: adminOnly(200) },
]

const sections = [
  submissionMatrix,
  reviewMatrix,
  assessmentMatrix,
  attachmentMatrix,
  evaluationMatrix,
  adoptionMatrix,
  synonymMatrix,
  callsMatrix,
  insightMatrix,
  importMatrix,
  eventMatrix,
  exportMatrix,
  savedSearchMatrix,
  apiMatrix,
  brokerageMatrix,
  toolkitMatrix,
  callAnnouncementMatrix,
]
const matrix: Row[] = [...accountRows, ...sections.flatMap((s) => s.rows)]

// Each of these tests walks every route (several hundred requests), so it is given longer than the
// suite's 30 s for one test: on a loaded machine one person's walk has taken close to that.
const MATRIX_TIMEOUT = 120_000

let t: TestApp
let targetId = 0
const emails: Partial<Record<Who, string>> = {}
const placeholders: Record<string, string> = {}

function urlFor(row: Row | undefined, fallback: string): string {
  let url = (row?.url ?? fallback).replace('TARGET', String(targetId))
  for (const [name, value] of Object.entries(placeholders)) url = url.replaceAll(`{${name}}`, value)
  return url
}

beforeAll(async () => {
  t = await createTestApp()
  await aPractice(t.db, { title: 'Public practice', slug: 'public-practice' })
  targetId = (await aUser(t.db, { email: 'target@example.org' })).id
  emails.contributor = (await aUser(t.db, { email: 'contributor@example.org' })).email
  emails.police = (await aUser(t.db, { email: 'police@kent.police.uk' })).email
  emails.forceLead = (await aUser(t.db, { email: 'lead@kent.police.uk', roles: ['force-lead'], leads: 'kent' })).email
  emails.reviewer = (await aUser(t.db, { email: 'reviewer@example.org', roles: ['reviewer'] })).email
  emails.academic = (await aUser(t.db, { email: 'academic@example.ac.uk', roles: ['academic'] })).email
  emails.admin = (await aUser(t.db, { email: 'admin@example.org', roles: ['admin'] })).email
  const users = {} as MatrixPeople['users']
  for (const person of who) {
    if (person === 'anonymous') continue
    const email = emails[person] ?? ''
    const [row] = await queryRows<{ id: number }>(t.db, sql`select id from users where email = ${email}`)
    users[person] = { id: row?.id ?? 0, email }
  }
  for (const section of sections) {
    const values = (await section.fixtures?.(t.db, t.app, { users })) ?? {}
    for (const [name, value] of Object.entries(values)) {
      if (name in placeholders) throw new Error(`two matrix sections define the placeholder {${name}}`)
      placeholders[name] = value
    }
  }
})

afterAll(async () => {
  await t?.close()
})

function expectationFor(row: Row, person: Who): Expectation {
  if (typeof row.expect !== 'object') return row.expect
  return row.expect[person] ?? row.expect.rest
}

describe('authorisation matrix', () => {
  it('covers every registered route', () => {
    const registered = t.app.registeredRoutes
      .filter((r) => r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`)
      .sort()
    const covered = matrix.map((r) => `${r.method} ${r.route}`).sort()
    expect(covered).toEqual(registered)
  })

  it.each(who)(
    'gives %s the expected answer on every route',
    async (person) => {
      const email = emails[person]
      const newClient = () => (email ? signedIn(t.app, email) : Promise.resolve(new TestClient(t.app)))
      let client = await newClient()
      for (const row of matrix) {
        const url = urlFor(row, row.url)
        let status: number
        let location: string | undefined
        if (row.method === 'GET') {
          const { response } = await client.get(url)
          status = response.statusCode
          location = response.headers.location as string | undefined
        } else {
          const page = await client.get('/sign-in')
          const token = String(page.$('input[name=_csrf]').val())
          const { response } = await client.post(url, { _csrf: token })
          status = response.statusCode
          location = response.headers.location as string | undefined
        }
        const expected = expectationFor(row, person)
        const label = `${person}: ${row.method} ${url}`
        if (expected === 'sign-in') {
          expect(status, label).toBe(302)
          expect(location, label).toMatch(/^\/sign-in\?returnTo=/)
        } else {
          expect(status, label).toBe(expected)
        }
        // These rows end the session; the next row needs a signed-in person again.
        if (row.method === 'POST' && /sign-out/.test(row.route)) client = await newClient()
      }
    },
    MATRIX_TIMEOUT,
  )
})

/**
 * The only POSTs that skip the CSRF check, and only for RFC 8058's one-click body: a mail program's own
 * "Unsubscribe" button posts `List-Unsubscribe=One-Click` to the link in the List-Unsubscribe header with
 * no cookies, so it can never carry a session's CSRF token. They are safe without one because the secret
 * is the unguessable token in the URL (a cross-site forger would need it already) and all they can do is
 * stop that person's e-mails. The same routes still demand the token for any other body (the loop below).
 */
const ONE_CLICK_EXCEPTIONS = ['/calls/unsubscribe/:token', '/saved-searches/unsubscribe/:token']

describe('CSRF', () => {
  it('lets only the one-click unsubscribe links take a POST without a token, and only with the one-click body', async () => {
    const admin = await signedIn(t.app, emails.admin ?? '')
    const posts = t.app.registeredRoutes.filter((r) => r.method === 'POST')
    expect(
      posts
        .filter((r) => r.oneClickUnsubscribe)
        .map((r) => r.url)
        .sort(),
    ).toEqual(ONE_CLICK_EXCEPTIONS)
    for (const route of posts) {
      if (ONE_CLICK_EXCEPTIONS.includes(route.url)) continue
      const row = matrix.find((r) => r.method === 'POST' && r.route === route.url)
      const result = await admin.post(urlFor(row, route.url), { 'List-Unsubscribe': 'One-Click' })
      expect(result.status, `${route.url} with the one-click body and no token`).toBe(403)
    }
  })

  it(
    'refuses every state-changing route without a valid token, and changes nothing',
    async () => {
      const admin = await signedIn(t.app, emails.admin ?? '')
      const snapshot = () =>
        queryRows(
          t.db,
          sql`select (select count(*)::int from users) as users, (select count(*)::int from user_roles) as roles,
                   (select count(*)::int from outbox) as mails, (select count(*)::int from audit_events) as events,
                   (select max(updated_at) from users) as updated,
                   (select count(*)::int from practices) as practices,
                   (select max(updated_at) from practices) as "practiceUpdated",
                   (select string_agg(status || version, ',' order by id) from practices) as "practiceStates",
                   (select count(*)::int from practice_revisions) as revisions,
                   (select count(*)::int from practice_events) as "practiceEvents",
                   (select count(*)::int from attachments) as attachments,
                   (select count(*)::int from practice_toolkit_links) as "toolkitLinks",
                   (select count(*)::int from assessments) as assessments,
                   (select count(*)::int from assessment_criteria) as criteria,
                   (select string_agg(kind || version || coalesce(removed_reason, ''), ',' order by id) from adoptions) as adoptions,
                   (select count(*)::int from learning_events) as "learningEvents",
                   (select string_agg(status || coalesce(attended::text, ''), ',' order by id) from learning_event_registrations) as registrations,
                   (select count(*)::int from learning_event_materials) as materials,
                   (select string_agg(coalesce(invitation, ''), ',' order by id) from learning_event_practices) as invitations,
                   (select string_agg(name || frequency, ',' order by id) from saved_searches) as "savedSearches",
                   (select string_agg(name || coalesce(revoked_at::text, ''), ',' order by id) from api_tokens) as "apiTokens",
                   (select string_agg(status || version, ',' order by id) from evaluation_requests) as "evaluationRequests",
                   (select string_agg(status || version, ',' order by id) from evaluations) as evaluations,
                   (select string_agg(user_id || ':' || wants, ',' order by user_id) from call_announcement_choices) as "callAnnouncementChoices",
                   (select count(*)::int from call_announcements) as "callAnnouncements"`,
        )
      const before = await snapshot()
      const posts = t.app.registeredRoutes.filter((r) => r.method === 'POST')
      expect(posts.length).toBeGreaterThan(10)
      // Fields that would otherwise be accepted, so the token is the only thing wrong.
      const fields = {
        email: 'admin@example.org',
        password: 'correct horse battery staple',
        name: 'X',
        organisation: 'kent',
        role: 'reviewer',
        organisationId: '0',
        newPassword: 'a new long password',
        currentPassword: 'correct horse battery staple',
        removeReason: 'A reason to remove an adoption record',
      }
      for (const route of posts) {
        const row = matrix.find((r) => r.method === 'POST' && r.route === route.url)
        const url = urlFor(row, route.url)
        for (const token of [undefined, 'forged-token']) {
          const result = await admin.post(url, token ? { ...fields, _csrf: token } : fields)
          expect(result.status, `${url} with ${token ?? 'no token'}`).toBe(403)
          expect(result.$('h1').text()).toBe('Your form could not be sent')
        }
      }
      expect(await snapshot()).toEqual(before)
      expect((await admin.get('/account')).status).toBe(200)
    },
    MATRIX_TIMEOUT,
  )
})
