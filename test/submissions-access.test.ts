import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { completeAnswers, practiceRow, saveSection, startDraft } from './support/submissions.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let owner: TestClient
let id: number

const sectionPages = ['organisation', 'about', 'what-you-did', 'call-questions', 'resources', 'evidence', 'sharing']

beforeAll(async () => {
  t = await createTestApp()
  const person = await aUser(t.db, { organisation: 'kent', email: 'owner@kent.police.uk' })
  owner = await signedIn(t.app, person.email)
  id = await startDraft(owner, 'voice-of-the-victim-2026')
})

afterAll(async () => {
  await t?.close()
})

describe('who may see and change a draft', () => {
  it('the contributor who started it sees every page', async () => {
    for (const page of ['', ...sectionPages, 'check-answers', 'withdraw']) {
      const result = await owner.get(`/submissions/${id}${page ? `/${page}` : ''}`)
      expect(result.status, page).toBe(200)
    }
  })

  it("the force lead of the draft's organisation sees it in My submissions and can change it", async () => {
    const lead = await signedIn(
      t.app,
      (await aUser(t.db, { organisation: 'kent', roles: ['force-lead'], leads: 'kent' })).email,
    )
    const mine = await lead.get('/my-submissions')
    expect(mine.$(`[data-qa=submission-${id}]`).length).toBe(1)
    for (const page of ['', ...sectionPages, 'check-answers']) {
      expect((await lead.get(`/submissions/${id}${page ? `/${page}` : ''}`)).status, page).toBe(200)
    }
    const saved = await saveSection(lead, id, 'resources', completeAnswers.resources)
    expect(saved.status).toBe(302)
    expect((await practiceRow(t.db, id)).resources).toBe(completeAnswers.resources.resources)
  })

  it('a force lead of another force, and other contributors, get "Page not found" on every page', async () => {
    const otherLead = await signedIn(t.app, (await aUser(t.db, { roles: ['force-lead'], leads: 'essex' })).email)
    const otherContributor = await signedIn(t.app, (await aUser(t.db, { organisation: 'kent' })).email)
    for (const client of [otherLead, otherContributor]) {
      for (const page of ['', ...sectionPages, 'check-answers', 'withdraw', 'confirmation']) {
        const result = await client.get(`/submissions/${id}${page ? `/${page}` : ''}`)
        expect(result.status, page).toBe(404)
      }
      const post = await saveSection(owner, id, 'about', { title: 'Mine' }, 'later')
      expect(post.status).toBe(302)
      // The form is the owner's page; the other person posts it with a token of their own.
      const token = String((await client.get('/submit')).$('input[name=_csrf]').val())
      const attempt = await client.post(`/submissions/${id}/about`, {
        title: 'Hijacked',
        action: 'later',
        version: '1',
        _csrf: token,
      })
      expect(attempt.status).toBe(404)
      expect((await practiceRow(t.db, id)).title).toBe('Mine')
    }
    // The same answer as for a submission that does not exist.
    expect((await otherContributor.get('/submissions/999999')).status).toBe(404)
    expect((await otherContributor.get('/my-submissions')).$(`[data-qa=submission-${id}]`).length).toBe(0)
  })

  it('reviewers and admins read check your answers only, without change links, and cannot write answers', async () => {
    for (const role of ['reviewer', 'admin'] as const) {
      const staff = await signedIn(t.app, (await aUser(t.db, { roles: [role] })).email)
      const check = await staff.get(`/submissions/${id}/check-answers`)
      expect(check.status).toBe(200)
      expect(check.$('[data-qa=answers-about]').text()).toContain('Title')
      expect(check.$('.govuk-summary-list__actions a').length).toBe(0)
      expect(check.$('[data-qa=send]').length).toBe(0)
      const section = await staff.get(`/submissions/${id}/about`)
      expect(section.status).toBe(302)
      expect(section.response.headers.location).toBe(`/submissions/${id}/check-answers`)
      const token = String(
        check.$('input[name=_csrf]').val() || (await staff.get('/submit')).$('input[name=_csrf]').val(),
      )
      const post = await staff.post(`/submissions/${id}/about`, {
        title: 'Reviewer wrote this',
        action: 'later',
        version: '1',
        _csrf: token,
      })
      expect(post.status).toBe(403)
      expect((await staff.post(`/submissions/${id}/submit`, { version: '1', _csrf: token })).status).toBe(403)
      expect((await staff.get(`/submissions/${id}/withdraw`)).status).toBe(403)
    }
    expect((await practiceRow(t.db, id)).title).toBe('Mine')
  })

  it('visitors are sent to sign in, and come back to the page afterwards', async () => {
    const visitor = new TestClient(t.app)
    for (const page of ['', 'about', 'check-answers']) {
      const url = `/submissions/${id}${page ? `/${page}` : ''}`
      const result = await visitor.get(url)
      expect(result.status).toBe(302)
      expect(result.response.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(url)}`)
    }
    expect((await visitor.get('/my-submissions')).response.headers.location).toBe('/sign-in?returnTo=%2Fmy-submissions')
    const start = await visitor.get('/submit')
    expect(start.$('[data-qa=sign-in-to-start]').attr('href')).toBe('/sign-in?returnTo=%2Fsubmit')
  })

  it('the navigation offers "Submit practice" and "My submissions" once signed in', async () => {
    const page = await owner.get('/')
    expect(texts(page.$, '.govuk-service-navigation a')).toEqual(
      expect.arrayContaining(['Submit practice', 'My submissions']),
    )
    const visitorPage = await new TestClient(t.app).get('/')
    expect(visitorPage.$('[data-qa=nav-my-submissions]').length).toBe(0)
  })
})
