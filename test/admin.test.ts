import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let admin: TestClient
let adminId: number

beforeAll(async () => {
  t = await createTestApp()
  const user = await aUser(t.db, { name: 'Ada Admin', email: 'admin@example.police.uk', roles: ['admin'] })
  adminId = user.id
  admin = await signedIn(t.app, user.email)
})

afterAll(async () => {
  await t?.close()
})

const rolesOf = async (userId: number) =>
  (
    await queryRows<{ role: string }>(t.db, sql`select role from user_roles where user_id = ${userId} order by role`)
  ).map((r) => r.role)

describe('admin: users and roles', () => {
  it('finds users by name or e-mail address', async () => {
    await aUser(t.db, { name: 'Findable Person', email: 'findable@example.org' })
    const byName = await admin.get('/admin/users?q=findable')
    expect(byName.status).toBe(200)
    expect(texts(byName.$, '[data-qa=users] tbody tr td:first-child')).toEqual(['Findable Person'])
    const byEmail = await admin.get('/admin/users?q=FINDABLE@example')
    expect(texts(byEmail.$, '[data-qa=users] tbody tr td:first-child')).toEqual(['Findable Person'])
  })

  it('grants and revokes roles, auditing each change', async () => {
    const person = await aUser(t.db)
    const granted = await admin.submit(
      `/admin/users/${person.id}/roles`,
      { role: 'reviewer' },
      `/admin/users/${person.id}`,
    )
    expect(granted.status).toBe(302)
    expect(await rolesOf(person.id)).toEqual(['reviewer'])
    const lead = await admin.submit(
      `/admin/users/${person.id}/roles`,
      { role: 'force-lead', organisation: 'kent' },
      `/admin/users/${person.id}`,
    )
    expect(lead.status).toBe(302)
    expect((await admin.get(`/admin/users/${person.id}`)).$('[data-qa=roles]').text()).toContain('Kent Police')

    const reviewer = await signedIn(t.app, person.email)
    expect((await reviewer.get('/account')).$('[data-qa=account-details]').text()).toContain('Reviewer')

    await admin.submit(
      `/admin/users/${person.id}/roles/revoke`,
      { role: 'reviewer', organisationId: '0' },
      `/admin/users/${person.id}`,
    )
    expect(await rolesOf(person.id)).toEqual(['force-lead'])
    const audit = await admin.get(`/admin/audit?user=${person.id}`)
    expect(texts(audit.$, '[data-qa=audit-events] tbody td:nth-child(2)')).toEqual(
      expect.arrayContaining(['role-granted', 'role-revoked']),
    )
  })

  it('asks which organisation a force lead leads for, and changes nothing without it', async () => {
    const person = await aUser(t.db)
    const result = await admin.submit(
      `/admin/users/${person.id}/roles`,
      { role: 'force-lead' },
      `/admin/users/${person.id}`,
    )
    expect(result.status).toBe(400)
    expect(result.$('.govuk-error-summary').text()).toContain('Select the organisation they lead for')
    expect(await rolesOf(person.id)).toEqual([])
  })

  it('disables an account, signing it out everywhere, and enables it again', async () => {
    const person = await aUser(t.db)
    const session = await signedIn(t.app, person.email)
    await admin.submit(`/admin/users/${person.id}/disable`, {}, `/admin/users/${person.id}`)
    expect((await session.get('/account')).status).toBe(302)
    expect(
      (
        await new TestClient(t.app).submit('/sign-in', {
          email: person.email,
          password: 'correct horse battery staple',
        })
      ).status,
    ).toBe(400)
    await admin.submit(`/admin/users/${person.id}/enable`, {}, `/admin/users/${person.id}`)
    await signedIn(t.app, person.email)
  })

  it('will not let admins lock themselves out', async () => {
    const disable = await admin.submit(`/admin/users/${adminId}/disable`, {}, `/admin/users/${adminId}`)
    expect(disable.status).toBe(400)
    expect(disable.$('.govuk-error-summary').text()).toContain('You cannot disable your own account')
    const revoke = await admin.submit(
      `/admin/users/${adminId}/roles/revoke`,
      { role: 'admin', organisationId: '0' },
      `/admin/users/${adminId}`,
    )
    expect(revoke.status).toBe(400)
    expect(await rolesOf(adminId)).toEqual(['admin'])
  })

  it('shows the outbox when no mail server is set up', async () => {
    await new TestClient(t.app).submit('/forgot-password', { email: 'admin@example.police.uk' })
    const outbox = await admin.get('/admin/outbox')
    expect(outbox.$('[data-qa=emails]').text()).toContain('Reset your Practice Bank password')
    expect(outbox.$('.govuk-inset-text').text()).toContain('No mail server is set up')
  })

  it('answers an unknown user with 404', async () => {
    expect((await admin.get('/admin/users/999999')).status).toBe(404)
    expect((await admin.get('/admin/users/not-a-number')).status).toBe(404)
  })
})

describe('admin: the audit log', () => {
  it('names the people involved and gives London times the GOV.UK way', async () => {
    const person = await aUser(t.db, { name: 'Rowan Subject', email: 'rowan@example.org' })
    await admin.submit(`/admin/users/${person.id}/roles`, { role: 'reviewer' }, `/admin/users/${person.id}`)
    await admin.submit(
      `/admin/users/${person.id}/roles/revoke`,
      { role: 'reviewer', organisationId: '0' },
      `/admin/users/${person.id}`,
    )
    // One event in winter (GMT) and one in summer (BST), so the time zone shows.
    await t.db.execute(sql`update audit_events set at = case action
        when 'role-granted' then '2026-12-02T15:04:00Z'::timestamptz else '2026-06-01T08:30:00Z'::timestamptz end
      where subject_user_id = ${person.id}`)
    const page = await admin.get(`/admin/audit?user=${person.id}`)
    expect(page.status).toBe(200)
    const rows = page.$('[data-qa=audit-events] tbody tr')
    const cell = (qa: string) =>
      rows.map((_, row) => page.$(row).find(`[data-qa=${qa}]`).text().replace(/\s+/g, ' ').trim()).get()
    expect(cell('event-at')).toEqual(['1 June 2026 at 9:30am', '2 December 2026 at 3:04pm'])
    expect(cell('event-account')).toEqual(['Rowan Subject rowan@example.org', 'Rowan Subject rowan@example.org'])
    expect(cell('event-by')).toEqual(['Ada Admin admin@example.police.uk', 'Ada Admin admin@example.police.uk'])
    expect(page.$('[data-qa=event-account] a').first().attr('href')).toBe(`/admin/audit?user=${person.id}`)
    const shown = page.$('[data-qa=audit-events]').text()
    expect(shown).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
  })
})
