import { createHash } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, type TestApp } from './support/app.js'
import type { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
const people = { contributor: '', police: '', reviewer: '' }

beforeAll(async () => {
  t = await createTestApp()
  people.contributor = (await aUser(t.db, { email: 'contributor@example.org' })).email
  people.police = (await aUser(t.db, { email: 'officer@kent.police.uk' })).email
  people.reviewer = (await aUser(t.db, { email: 'reviewer@example.org', roles: ['reviewer'] })).email
  await aPractice(t.db, { title: 'Open to all', slug: 'open-to-all', visibility: 'public' })
  await aPractice(t.db, { title: 'For policing', slug: 'for-policing', visibility: 'policing' })
  await aPractice(t.db, { title: 'Staff only', slug: 'staff-only', visibility: 'internal' })
})

afterAll(async () => {
  await t?.close()
})

/** Makes a token through the page, as a person would; the new-token page is the only place it appears. */
async function makeToken(client: TestClient, name: string, fields: Record<string, string> = { expiry: '30' }) {
  const result = await client.submit('/account/api-tokens', { name, ...fields })
  expect(result.status, result.$('.govuk-error-summary').text()).toBe(200)
  const token = String(result.$('[data-qa=token]').val())
  expect(token).toMatch(/^pbt_[A-Za-z0-9_-]{43}$/)
  return { token, page: result }
}

const api = (url: string, token?: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  })

const tokenRows = () => queryRows<Record<string, unknown>>(t.db, sql`select * from api_tokens order by id`)

describe('making a token', () => {
  it('shows the token once and keeps only its SHA-256 hash and a short prefix', async () => {
    const client = await signedIn(t.app, people.contributor)
    const { token, page } = await makeToken(client, 'Intranet list')
    expect(page.response.headers['cache-control']).toBe('no-store')

    const rows = await tokenRows()
    const row = rows.find((r) => r.name === 'Intranet list')
    expect(row?.token_hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(row?.prefix).toBe(token.slice(0, 10))
    // No column of any token, no audit event and no session holds the token itself.
    const everywhere = await queryRows<{ found: number }>(
      t.db,
      sql`select (select count(*)::int from api_tokens a where a::text like ${`%${token}%`})
               + (select count(*)::int from audit_events e where e::text like ${`%${token}%`})
               + (select count(*)::int from sessions s where s::text like ${`%${token}%`}) as found`,
    )
    expect(everywhere[0]?.found).toBe(0)

    const list = await client.get('/account/api-tokens')
    expect(list.response.body).not.toContain(token)
    const listed = list.$('[data-qa=tokens] tbody tr')
    expect(listed.find('[data-qa=token-name]').text()).toBe('Intranet list')
    expect(listed.find('[data-qa=token-prefix]').text()).toBe(`${token.slice(0, 10)}…`)
    expect(listed.find('[data-qa=token-state]').text().trim()).toBe('Active')
  })

  it('expires after the chosen number of days, or at the end of a chosen date', async () => {
    const client = await signedIn(t.app, people.contributor)
    await makeToken(client, 'Ninety days', { expiry: '90' })
    const soon = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000)
    await makeToken(client, 'On a date', {
      expiry: 'date',
      'expiresOn-day': String(soon.getUTCDate()),
      'expiresOn-month': String(soon.getUTCMonth() + 1),
      'expiresOn-year': String(soon.getUTCFullYear()),
    })
    const rows = await queryRows<{ name: string; days: number; end: string }>(
      t.db,
      sql`select name, round(extract(epoch from expires_at - created_at) / 86400)::int as days,
                 to_char(expires_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as "end"
          from api_tokens where name in ('Ninety days', 'On a date')`,
    )
    expect(rows.find((r) => r.name === 'Ninety days')?.days).toBe(90)
    expect(rows.find((r) => r.name === 'On a date')?.end).toBe(`${soon.toISOString().slice(0, 10)} 23:59:59`)
  })

  it.each([
    [{ name: '', expiry: '30' }, 'name', 'Enter a name for the token'],
    [{ name: 'x'.repeat(101), expiry: '30' }, 'name', 'Name must be 100 characters or fewer'],
    [{ name: 'No expiry' }, 'expiry', 'Select when the token expires'],
    [{ name: 'Two years', expiry: '730' }, 'expiry', 'Select when the token expires'],
    [{ name: 'No date', expiry: 'date' }, 'expiresOn', 'Enter the date the token expires'],
    [
      { name: 'Not a date', expiry: 'date', 'expiresOn-day': '31', 'expiresOn-month': '2', 'expiresOn-year': '2030' },
      'expiresOn',
      'The date the token expires must be a real date',
    ],
    [
      { name: 'Past', expiry: 'date', 'expiresOn-day': '1', 'expiresOn-month': '1', 'expiresOn-year': '2020' },
      'expiresOn',
      'The date the token expires must be in the future',
    ],
    [
      { name: 'Too far', expiry: 'date', 'expiresOn-day': '1', 'expiresOn-month': '1', 'expiresOn-year': '2099' },
      'expiresOn',
      'The date the token expires must be no more than a year from today',
    ],
    [
      { name: 'Partial', expiry: 'date', 'expiresOn-day': '1', 'expiresOn-year': '2099' },
      'expiresOn',
      'The date the token expires must include a month',
    ],
  ])('refuses %j with a GOV.UK error and makes nothing', async (fields, field, message) => {
    const client = await signedIn(t.app, people.contributor)
    const before = (await tokenRows()).length
    const result = await client.submit('/account/api-tokens', fields)
    expect(result.status).toBe(400)
    expect(result.$('title').text()).toMatch(/^Error: /)
    expect(result.$('.govuk-error-summary').text()).toContain(message)
    expect(result.$(`#${field}-error`).text()).toContain(message)
    expect(result.$('[data-qa=token]').length).toBe(0)
    expect((await tokenRows()).length).toBe(before)
  })
})

describe('reading the API with a token', () => {
  const visibleSlugs = async (token?: string) => {
    const response = await api('/api/v1/practices?sort=title', token)
    expect(response.statusCode).toBe(200)
    return (response.json() as { results: { slug: string }[] }).results.map((r) => r.slug)
  }

  it('reads exactly what its owner may read', async () => {
    const police = await makeToken(await signedIn(t.app, people.police), 'Police')
    const contributor = await makeToken(await signedIn(t.app, people.contributor), 'Contributor')
    const reviewer = await makeToken(await signedIn(t.app, people.reviewer), 'Reviewer')

    expect(await visibleSlugs()).toEqual(['open-to-all'])
    expect(await visibleSlugs(contributor.token)).toEqual(['open-to-all'])
    expect(await visibleSlugs(police.token)).toEqual(['for-policing', 'open-to-all'])
    expect(await visibleSlugs(reviewer.token)).toEqual(['for-policing', 'open-to-all', 'staff-only'])

    expect((await api('/api/v1/practices/for-policing', police.token)).statusCode).toBe(200)
    expect((await api('/api/v1/practices/for-policing', contributor.token)).statusCode).toBe(404)
    expect((await api('/api/v1/practices/for-policing')).statusCode).toBe(404)
    expect((await api('/api/v1/practices/staff-only', police.token)).statusCode).toBe(404)
    expect((await api('/api/v1/practices/staff-only', reviewer.token)).statusCode).toBe(200)
  })

  it('follows the owner’s roles as they are now', async () => {
    const person = await aUser(t.db, { email: 'promoted@example.org' })
    const { token } = await makeToken(await signedIn(t.app, person.email), 'Before promotion')
    expect(await visibleSlugs(token)).toEqual(['open-to-all'])
    await t.db.execute(
      sql`insert into user_roles (user_id, role, organisation_id) values (${person.id}, 'reviewer', 0)`,
    )
    expect(await visibleSlugs(token)).toContain('staff-only')
  })

  it('makes no session, and notes when the token was last used', async () => {
    const { token } = await makeToken(await signedIn(t.app, people.police), 'No session')
    const [before] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from sessions`)
    const response = await api('/api/v1/practices', token)
    expect(response.statusCode).toBe(200)
    expect(response.headers['set-cookie']).toBeUndefined()
    const [after] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from sessions`)
    expect(after?.n).toBe(before?.n)
    const [row] = await queryRows<{ used: boolean }>(
      t.db,
      sql`select last_used_at is not null as used from api_tokens where name = 'No session'`,
    )
    expect(row?.used).toBe(true)
  })

  it('is never a way past sign-in or the CSRF check on the pages', async () => {
    const { token } = await makeToken(await signedIn(t.app, people.police), 'Not for pages')
    const before = (await tokenRows()).length
    const page = await api('/account/api-tokens', token)
    expect(page.statusCode).toBe(302)
    expect(page.headers.location).toMatch(/^\/sign-in/)
    const post = await t.app.inject({
      method: 'POST',
      url: '/account/api-tokens',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=Made+with+a+token&expiry=30',
    })
    expect(post.statusCode).toBe(403)
    expect((await tokenRows()).length).toBe(before)
  })
})

describe('downloading an export with a token', () => {
  const exportTitles = async (format: 'csv' | 'xlsx', token?: string, query = '?sort=title') => {
    const response = await api(`/practices/export.${format}${query}`, token)
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200)
    expect(response.headers['cache-control']).toBe('private, no-store')
    if (format === 'csv') {
      return (parse(response.body, { bom: true, columns: true }) as Record<string, string>[]).map((r) => r.Title)
    }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Practice')
    const headings = (sheet?.getRow(1).values ?? []) as unknown[]
    const column = headings.indexOf('Title')
    const titles: string[] = []
    sheet?.eachRow((row, n) => {
      if (n > 1) titles.push(String(row.getCell(column).value))
    })
    return titles
  }

  it('holds exactly what the token’s owner may read, for a token of each kind, as the API does', async () => {
    const owner = await aUser(t.db, { email: 'owner@example.org' })
    await aPractice(t.db, { title: 'Owned internal', slug: 'owned-internal', visibility: 'internal' })
    await t.db.execute(sql`update practices set submitted_by_user_id = ${owner.id} where slug = 'owned-internal'`)
    const tokens = {
      contributor: (await makeToken(await signedIn(t.app, people.contributor), 'Export contributor')).token,
      police: (await makeToken(await signedIn(t.app, people.police), 'Export police')).token,
      reviewer: (await makeToken(await signedIn(t.app, people.reviewer), 'Export reviewer')).token,
      owner: (await makeToken(await signedIn(t.app, owner.email), 'Export owner')).token,
    }
    const expected = {
      visitor: ['Open to all'],
      contributor: ['Open to all'],
      police: ['For policing', 'Open to all'],
      reviewer: ['For policing', 'Open to all', 'Owned internal', 'Staff only'],
      owner: ['Open to all', 'Owned internal'],
    }
    for (const [who, titles] of Object.entries(expected)) {
      const token = who === 'visitor' ? undefined : tokens[who as keyof typeof tokens]
      expect(await exportTitles('csv', token), who).toEqual(titles)
      expect(await exportTitles('xlsx', token), who).toEqual(titles)
      const viaApi = await api('/api/v1/practices?sort=title', token)
      expect(
        (viaApi.json() as { results: { title: string }[] }).results.map((r) => r.title),
        who,
      ).toEqual(titles)
    }
    // A search's words and filters narrow the token's export as they narrow the page.
    const searched = await api('/api/v1/practices?q=policing&sort=title', tokens.police)
    expect(await exportTitles('csv', tokens.police, '?q=policing&sort=title')).toEqual(
      (searched.json() as { results: { title: string }[] }).results.map((r) => r.title),
    )
    expect(await exportTitles('csv', tokens.contributor, '?q=policing&sort=title')).not.toContain('For policing')
    // A session makes no difference: the token speaks for its owner.
    const police = await signedIn(t.app, people.police)
    expect((await police.get('/practices/export.csv')).response.body).toContain('For policing')
    await t.db.execute(sql`delete from practices where slug = 'owned-internal'`)
  })

  it('refuses a revoked, an expired, an unknown or a malformed token with a 401 that says why, never a visitor’s file', async () => {
    const client = await signedIn(t.app, people.police)
    const revoked = await makeToken(client, 'Export revoked')
    const expired = await makeToken(client, 'Export expired')
    const [row] = await queryRows<{ id: number }>(t.db, sql`select id from api_tokens where name = 'Export revoked'`)
    expect((await client.submit(`/account/api-tokens/${row?.id}/revoke`, {}, '/account/api-tokens')).status).toBe(303)
    await t.db.execute(
      sql`update api_tokens set created_at = now() - interval '31 days', expires_at = now() - interval '1 second'
          where name = 'Export expired'`,
    )
    const cases: [Record<string, string>, string, string][] = [
      [{ authorization: `Bearer ${revoked.token}` }, 'token_revoked', 'This API token has been revoked'],
      [{ authorization: `Bearer ${expired.token}` }, 'token_expired', 'This API token has expired'],
      [{ authorization: 'Bearer pbt_not-a-token-we-made' }, 'invalid_token', 'This API token is not recognised'],
      [
        { authorization: 'Bearer two words' },
        'invalid_token',
        'The Authorization header must be the word Bearer, a space and an API token',
      ],
    ]
    for (const format of ['csv', 'xlsx']) {
      for (const [headers, error, message] of cases) {
        // a bad parameter too: the token is judged first
        for (const query of ['', '?sort=sideways']) {
          const response = await api(`/practices/export.${format}${query}`, undefined, headers)
          expect(response.statusCode, `${format} ${error}`).toBe(401)
          expect(response.headers['www-authenticate']).toMatch(/^Bearer /)
          expect(response.json()).toEqual({ error, message })
          expect(response.body).not.toContain('Open to all')
        }
      }
    }
  })

  it('opens no feed and no open data wider than public: those are the same with a token as without', async () => {
    const { token } = await makeToken(await signedIn(t.app, people.reviewer), 'Feed reader')
    const feed = await api('/practices/feed.atom', token)
    expect(feed.statusCode).toBe(200)
    expect(feed.body).toContain('Open to all')
    expect(feed.body).not.toContain('For policing')
    expect(feed.body).not.toContain('Staff only')
    // not even a bad token changes a public file
    expect((await api('/practices/feed.atom', 'pbt_not-a-token-we-made')).statusCode).toBe(200)
    const open = await api('/data/practices.csv', token)
    expect(open.body).toContain('Open to all')
    expect(open.body).not.toContain('For policing')
  })
})

describe('refusing a token', () => {
  const refusal = async (token: string) => {
    const response = await api('/api/v1/practices', token)
    expect(response.statusCode).toBe(401)
    expect(response.headers['www-authenticate']).toMatch(/^Bearer /)
    return response.json() as { error: string; message: string }
  }

  it('refuses a revoked token at once, and only the owner can revoke it', async () => {
    const client = await signedIn(t.app, people.police)
    const { token } = await makeToken(client, 'To revoke')
    expect((await api('/api/v1/practices', token)).statusCode).toBe(200)
    const [row] = await queryRows<{ id: number }>(t.db, sql`select id from api_tokens where name = 'To revoke'`)

    const someoneElse = await signedIn(t.app, people.contributor)
    const page = await someoneElse.get('/account/api-tokens')
    const csrf = String(page.$('input[name=_csrf]').first().val())
    expect((await someoneElse.post(`/account/api-tokens/${row?.id}/revoke`, { _csrf: csrf })).status).toBe(404)
    expect((await api('/api/v1/practices', token)).statusCode).toBe(200)

    const revoked = await client.submit(`/account/api-tokens/${row?.id}/revoke`, {}, '/account/api-tokens')
    expect(revoked.status).toBe(303)
    expect(await refusal(token)).toEqual({ error: 'token_revoked', message: 'This API token has been revoked' })
    const list = await client.get('/account/api-tokens')
    expect(list.$('[data-qa=flash]').text()).toContain('The token has been revoked')
    expect(list.$(`[data-qa=token-${row?.id}] [data-qa=token-state]`).text().trim()).toBe('Revoked')
    const [audit] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_events
          where action = 'api-token-revoked' and (details->>'tokenId')::int = ${row?.id}`,
    )
    expect(audit?.n).toBe(1)
  })

  it('refuses an expired token', async () => {
    const { token } = await makeToken(await signedIn(t.app, people.police), 'To expire')
    await t.db.execute(
      sql`update api_tokens set created_at = now() - interval '31 days', expires_at = now() - interval '1 second'
          where name = 'To expire'`,
    )
    expect(await refusal(token)).toEqual({ error: 'token_expired', message: 'This API token has expired' })
  })

  it('refuses the tokens of a disabled or deleted account', async () => {
    const person = await aUser(t.db, { email: 'leaving@kent.police.uk' })
    const { token } = await makeToken(await signedIn(t.app, person.email), 'Leaver')
    expect((await api('/api/v1/practices/for-policing', token)).statusCode).toBe(200)
    await t.db.execute(sql`update users set disabled_at = now() where id = ${person.id}`)
    expect((await refusal(token)).error).toBe('owner_inactive')
    await t.db.execute(
      sql`update users set disabled_at = null, deleted_at = now(), email = null where id = ${person.id}`,
    )
    expect((await refusal(token)).error).toBe('owner_inactive')
  })

  it('refuses an unknown or malformed token, before looking at parameters', async () => {
    expect((await refusal('pbt_not-a-token-we-made')).error).toBe('invalid_token')
    const malformed = await api('/api/v1/practices', undefined, { authorization: 'Bearer two words' })
    expect(malformed.statusCode).toBe(401)
    expect(malformed.json().error).toBe('invalid_token')
    const badParameter = await api('/api/v1/practices?page=x', 'pbt_not-a-token-we-made')
    expect(badParameter.statusCode).toBe(401)
  })
})

describe('rate limit', () => {
  it('counts per token across the API, and per address without one', async () => {
    const limited = await createTestApp({ API_RATE_LIMIT: '3' })
    try {
      await aUser(limited.db, { email: 'one@example.org' })
      await aUser(limited.db, { email: 'two@example.org' })
      const tokenOf = async (email: string) => {
        const result = await (
          await signedIn(limited.app, email)
        ).submit('/account/api-tokens', {
          name: 'Limited',
          expiry: '30',
        })
        return String(result.$('[data-qa=token]').val())
      }
      const one = await tokenOf('one@example.org')
      const two = await tokenOf('two@example.org')
      const get = (url: string, token?: string) =>
        limited.app.inject({
          method: 'GET',
          url,
          remoteAddress: '10.9.9.9',
          headers: token ? { authorization: `Bearer ${token}` } : {},
        })
      // Three requests to three routes use up the first token's minute.
      expect((await get('/api/v1/practices', one)).statusCode).toBe(200)
      expect((await get('/api/v1/taxonomies', one)).statusCode).toBe(200)
      expect((await get('/api/v1/organisations', one)).statusCode).toBe(200)
      const over = await get('/api/v1/calls', one)
      expect(over.statusCode).toBe(429)
      expect(over.json().error).toBe('too_many_requests')
      expect(over.headers['retry-after']).toBeDefined()
      // The exports a token reads count against the same minute.
      const overOnExport = await get('/practices/export.csv', one)
      expect(overOnExport.statusCode).toBe(429)
      expect(overOnExport.json().error).toBe('too_many_requests')
      // The other token, and the same address without a token, are counted apart.
      expect((await get('/api/v1/calls', two)).statusCode).toBe(200)
      expect((await get('/practices/export.csv', two)).statusCode).toBe(200)
      expect((await get('/practices/export.xlsx', two)).statusCode).toBe(200)
      expect((await get('/api/v1/taxonomies', two)).statusCode).toBe(429)
      expect((await get('/api/v1/calls')).statusCode).toBe(200)
    } finally {
      await limited.close()
    }
  })
})
