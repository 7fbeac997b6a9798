import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { demoSavedSearches, insertDemoSavedSearches } from '../src/db/seed/demo-saved-searches.js'
import { insertDemoUsers } from '../src/db/seed/seed-demo-users.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aPractice } from './support/factories.js'
import { aUser, linkIn, PASSWORD, signedIn } from './support/users.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

interface SavedRow {
  id: number
  name: string
  query: string
  frequency: string
  nextInDays: number | null
}

async function savedSearchesOf(userId: number): Promise<SavedRow[]> {
  return queryRows<SavedRow>(
    t.db,
    sql`select id, name, query, frequency,
               round(extract(epoch from next_alert_at - now()) / 86400)::int as "nextInDays"
        from saved_searches where user_id = ${userId} order by id`,
  )
}

async function alertsTo(email: string) {
  return queryRows<{ subject: string; body: string }>(
    t.db,
    sql`select subject, body from outbox where to_address = ${email} and subject like 'New practice for your saved search%' order by id`,
  )
}

/** Saves a search through the search page's link and the form, as a person would. */
async function saveThroughForm(client: TestClient, search: string, name: string, frequency: string) {
  const results = await client.get(`/practices?${search}`)
  const href = results.$('[data-qa=save-this-search]').attr('href')
  expect(href, 'the search page links to saving it').toBeTruthy()
  const saved = await client.submit('/account/saved-searches/new', { name, frequency, search }, String(href))
  expect(saved.status).toBe(302)
  expect(saved.response.headers.location).toBe('/account/saved-searches')
}

/** Makes a search's alert due now, with everything first published in the last hour counting as new. */
async function makeDue(id: number): Promise<void> {
  await t.db.execute(
    sql`update saved_searches set next_alert_at = now() - interval '1 minute', alert_watermark = now() - interval '1 hour'
        where id = ${id}`,
  )
}

describe('saving, listing, changing and deleting a search', () => {
  it('saves the search page’s own query from its “Save this search” link, and lists it', async () => {
    const person = await aUser(t.db, { email: 'saver@example.org' })
    const client = await signedIn(t.app, person.email)
    const results = await client.get('/practices?q=harbour+watch&topic=domestic-abuse&sort=title&page=1')
    expect(results.$('[data-qa=save-this-search]').attr('href')).toBe(
      '/account/saved-searches/new?q=harbour+watch&topic=domestic-abuse',
    )
    const form = await client.get('/account/saved-searches/new?q=harbour+watch&topic=domestic-abuse')
    expect(form.status).toBe(200)
    expect(texts(form.$, '[data-qa=search-description] .govuk-summary-list__value')).toEqual([
      'harbour watch',
      'Domestic abuse',
    ])
    expect(form.$('input[name=search]').val()).toBe('q=harbour+watch&topic=domestic-abuse')

    const saved = await client.submit(
      '/account/saved-searches/new',
      { name: 'Harbour watch', frequency: 'weekly', search: 'q=harbour+watch&topic=domestic-abuse' },
      '/account/saved-searches/new?q=harbour+watch&topic=domestic-abuse',
    )
    expect(saved.status).toBe(302)
    const rows = await savedSearchesOf(person.id)
    expect(rows).toMatchObject([
      { name: 'Harbour watch', query: 'q=harbour+watch&topic=domestic-abuse', frequency: 'weekly', nextInDays: 7 },
    ])

    const list = await client.get('/account/saved-searches')
    expect(list.$('[data-qa=flash]').text()).toContain('Your search ‘Harbour watch’ is saved')
    expect(texts(list.$, '[data-qa=saved-search-name]')).toEqual(['Harbour watch'])
    expect(list.$('[data-qa=saved-search-name] a').attr('href')).toBe('/practices?q=harbour+watch&topic=domestic-abuse')
    expect(texts(list.$, '.app-saved-search__frequency .govuk-summary-list__value')).toEqual(['Weekly'])
    expect((await client.get('/account')).$('[data-qa=saved-searches-link]').attr('href')).toBe(
      '/account/saved-searches',
    )
  })

  it('renames it and changes how often it e-mails, then deletes it after asking', async () => {
    const person = await aUser(t.db, { email: 'changer@example.org' })
    const client = await signedIn(t.app, person.email)
    await saveThroughForm(client, 'topic=mental-health', 'Crisis care', 'none')
    const [row] = await savedSearchesOf(person.id)
    if (!row) throw new Error('not saved')
    expect(row).toMatchObject({ frequency: 'none', nextInDays: null })

    const changed = await client.submit(`/account/saved-searches/${row.id}`, {
      name: 'Mental health crisis care',
      frequency: 'daily',
    })
    expect(changed.status).toBe(302)
    expect(await savedSearchesOf(person.id)).toMatchObject([
      { name: 'Mental health crisis care', frequency: 'daily', nextInDays: 1 },
    ])
    const list = await client.get('/account/saved-searches')
    expect(texts(list.$, '.app-saved-search__frequency .govuk-summary-list__value')).toEqual(['Daily'])

    const unanswered = await client.submit(`/account/saved-searches/${row.id}/delete`, {})
    expect(unanswered.status).toBe(400)
    expect(unanswered.$('.govuk-error-summary').text()).toContain('Select yes to delete the saved search')
    const kept = await client.submit(`/account/saved-searches/${row.id}/delete`, { confirm: 'no' })
    expect(kept.status).toBe(302)
    expect(await savedSearchesOf(person.id)).toHaveLength(1)
    const deleted = await client.submit(`/account/saved-searches/${row.id}/delete`, { confirm: 'yes' })
    expect(deleted.status).toBe(302)
    expect(await savedSearchesOf(person.id)).toHaveLength(0)
    expect((await client.get('/account/saved-searches')).$('[data-qa=no-saved-searches]').length).toBe(1)
  })

  it('keeps each person’s saved searches to themselves, and offers saving only to people signed in', async () => {
    const owner = await aUser(t.db, { email: 'owner@example.org' })
    const other = await aUser(t.db, { email: 'other@example.org' })
    const ownerClient = await signedIn(t.app, owner.email)
    await saveThroughForm(ownerClient, 'q=stalking', 'Stalking', 'weekly')
    const [row] = await savedSearchesOf(owner.id)
    if (!row) throw new Error('not saved')

    const otherClient = await signedIn(t.app, other.email)
    expect((await otherClient.get(`/account/saved-searches/${row.id}`)).status).toBe(404)
    const page = await otherClient.get('/account/saved-searches')
    const token = String(page.$('input[name=_csrf]').first().val() ?? '')
    const csrf = token || String((await otherClient.get('/account')).$('input[name=_csrf]').first().val())
    const edit = await otherClient.post(`/account/saved-searches/${row.id}`, {
      _csrf: csrf,
      name: 'Taken over',
      frequency: 'none',
    })
    expect(edit.status).toBe(404)
    const remove = await otherClient.post(`/account/saved-searches/${row.id}/delete`, { _csrf: csrf, confirm: 'yes' })
    expect(remove.status).toBe(404)
    expect(await savedSearchesOf(owner.id)).toMatchObject([{ name: 'Stalking', frequency: 'weekly' }])
    expect(texts((await otherClient.get('/account/saved-searches')).$, '[data-qa=saved-search-name]')).toEqual([])

    const visitorPage = await new TestClient(t.app).get('/practices?q=stalking')
    expect(visitorPage.$('[data-qa=save-this-search]').length).toBe(0)
  })
})

describe('bad input', () => {
  it('refuses a search the catalogue cannot read, with the reason, and saves nothing', async () => {
    const person = await aUser(t.db, { email: 'bad.search@example.org' })
    const client = await signedIn(t.app, person.email)
    const page = await client.get('/account/saved-searches/new?topic=not-a-topic')
    expect(page.status).toBe(400)
    expect(page.$('title').text()).toMatch(/^Error: /)
    expect(page.$('.govuk-error-summary').text()).toContain("topic 'not-a-topic' is not a known topic")
    expect(page.$('[data-qa=save-search-form]').length).toBe(0)

    const posted = await client.submit(
      '/account/saved-searches/new',
      { name: 'Twice', frequency: 'daily', search: 'q=one&q=two' },
      '/account/saved-searches/new?q=one',
    )
    expect(posted.status).toBe(400)
    expect(posted.$('.govuk-error-summary').text()).toContain('q must appear once')
    const unknown = await client.submit(
      '/account/saved-searches/new',
      { name: 'Nowhere', frequency: 'daily', search: 'organisation=atlantis' },
      '/account/saved-searches/new?q=one',
    )
    expect(unknown.status).toBe(400)
    expect(unknown.$('.govuk-error-summary').text()).toContain("organisation 'atlantis' is not a known organisation")
    expect(await savedSearchesOf(person.id)).toEqual([])
  })

  it('refuses a missing, long or repeated name and a missing choice of e-mails, keeping what was typed', async () => {
    const person = await aUser(t.db, { email: 'bad.name@example.org' })
    const client = await signedIn(t.app, person.email)
    const formPage = '/account/saved-searches/new?q=fraud'
    const blank = await client.submit('/account/saved-searches/new', { name: ' ', search: 'q=fraud' }, formPage)
    expect(blank.status).toBe(400)
    expect(texts(blank.$, '.govuk-error-summary__list a')).toEqual([
      'Enter a name for this search',
      'Select how often you want an e-mail about new practice',
    ])
    expect(blank.$('.govuk-error-summary__list a').first().attr('href')).toBe('#name')
    expect(blank.$('#name-error').text()).toContain('Enter a name for this search')

    const long = await client.submit(
      '/account/saved-searches/new',
      { name: 'x'.repeat(101), frequency: 'weekly', search: 'q=fraud' },
      formPage,
    )
    expect(long.status).toBe(400)
    expect(long.$('.govuk-error-summary').text()).toContain('The name must be 100 characters or fewer')
    expect(long.$('#name').val()).toBe('x'.repeat(101))
    expect(long.$('input[name=frequency][value=weekly]').attr('checked')).toBeDefined()

    await saveThroughForm(client, 'q=fraud', 'Fraud', 'weekly')
    const twice = await client.submit(
      '/account/saved-searches/new',
      { name: 'FRAUD', frequency: 'weekly', search: 'q=scams' },
      formPage,
    )
    expect(twice.status).toBe(400)
    expect(twice.$('.govuk-error-summary').text()).toContain('You already have a saved search called ‘FRAUD’')
    const [row] = await savedSearchesOf(person.id)
    const renamed = await client.submit(`/account/saved-searches/${row?.id}`, { name: '', frequency: 'often' })
    expect(renamed.status).toBe(400)
    expect(texts(renamed.$, '.govuk-error-summary__list a')).toEqual([
      'Enter a name for this search',
      'Select how often you want an e-mail about new practice',
    ])
    expect(await savedSearchesOf(person.id)).toMatchObject([{ name: 'Fraud', frequency: 'weekly' }])
  })
})

describe('saving twice at once', () => {
  it('keeps one of two saves of the same name sent together (a double click), and tells the other', async () => {
    const person = await aUser(t.db, { email: 'double.click@example.org' })
    const client = await signedIn(t.app, person.email)
    const form = await client.get('/account/saved-searches/new?q=ferry')
    const csrf = String(form.$('input[name=_csrf]').first().val())
    const fields = { _csrf: csrf, name: 'Ferry', frequency: 'weekly', search: 'q=ferry' }
    const answers = await Promise.all([
      client.post('/account/saved-searches/new', fields),
      client.post('/account/saved-searches/new', fields),
    ])
    expect(answers.map((a) => a.status).sort()).toEqual([302, 400])
    const refused = answers.find((a) => a.status === 400)
    expect(refused?.$('.govuk-error-summary').text()).toContain('You already have a saved search called ‘Ferry’')
    expect(await savedSearchesOf(person.id)).toHaveLength(1)
  })

  it('refuses a search too long to keep with a message, not an error page', async () => {
    const person = await aUser(t.db, { email: 'long.search@example.org' })
    const client = await signedIn(t.app, person.email)
    const params = new URLSearchParams()
    const organisations = await queryRows<{ code: string }>(t.db, sql`select code from organisations order by code`)
    for (const { code } of organisations.slice(0, 50)) params.append('organisation', code)
    const topics = await queryRows<{ key: string }>(t.db, sql`select key from taxonomy_terms where taxonomy = 'topic'`)
    for (const { key } of topics) params.append('topic', key)
    for (let year = 1980; year < 2030; year++) params.append('year', String(year))
    expect(params.toString().length).toBeGreaterThan(2000)
    const page = await client.get(`/account/saved-searches/new?${params.toString()}`)
    expect(page.status).toBe(400)
    expect(page.$('.govuk-error-summary').text()).toContain('This search cannot be saved: it is too long')
    expect(await savedSearchesOf(person.id)).toEqual([])
  })
})

describe('alerts', () => {
  it('e-mails newly published matching practice once, and nothing when there is nothing new', async () => {
    const person = await aUser(t.db, { email: 'alerted@example.org', name: 'Alex Alerted' })
    const client = await signedIn(t.app, person.email)
    await saveThroughForm(client, 'q=lighthouse', 'Lighthouse', 'weekly')
    const [row] = await savedSearchesOf(person.id)
    if (!row) throw new Error('not saved')
    await makeDue(row.id)
    await aPractice(t.db, { title: 'Lighthouse volunteers on the sea front', publishedAt: minutesAgo(30) })
    await aPractice(t.db, { title: 'Lighthouse keepers of an older time', publishedAt: minutesAgo(120) })
    await aPractice(t.db, { title: 'Harbour patrols after dark', publishedAt: minutesAgo(30) })

    const first = await t.app.services.savedSearches.sendDueAlerts()
    expect(first.sent).toBeGreaterThanOrEqual(1)
    const [mail, ...others] = await alertsTo(person.email)
    expect(others).toEqual([])
    expect(mail?.subject).toBe('New practice for your saved search “Lighthouse”')
    expect(mail?.body).toContain('Hello Alex Alerted')
    expect(mail?.body).toContain('1 new practice example matches')
    expect(mail?.body).toContain('Lighthouse volunteers on the sea front')
    expect(mail?.body).not.toContain('older time')
    expect(mail?.body).not.toContain('Harbour patrols')
    expect(mail?.body).toContain('/saved-searches/unsubscribe/')
    expect(await savedSearchesOf(person.id)).toMatchObject([{ nextInDays: 7 }])

    // Due again, with nothing published since: no e-mail.
    await t.db.execute(sql`update saved_searches set next_alert_at = now() - interval '1 minute' where id = ${row.id}`)
    await t.app.services.savedSearches.sendDueAlerts()
    expect(await alertsTo(person.email)).toHaveLength(1)
    // Not due: a later run does nothing either, even with something new.
    await aPractice(t.db, { title: 'Lighthouse drop-in for carers', publishedAt: new Date().toISOString() })
    await t.app.services.savedSearches.sendDueAlerts()
    expect(await alertsTo(person.email)).toHaveLength(1)
  })

  it('does not announce practice again when it is republished after a revision', async () => {
    const person = await aUser(t.db, { email: 'republished@example.org' })
    const practice = await aPractice(t.db, { title: 'Beacon checks for lone workers', publishedAt: minutesAgo(600) })
    const client = await signedIn(t.app, person.email)
    await saveThroughForm(client, 'q=beacon', 'Beacon', 'daily')
    const [row] = await savedSearchesOf(person.id)
    await makeDue(row?.id ?? 0)
    await t.db.execute(sql`update practices set published_at = now() - interval '5 minutes' where id = ${practice.id}`)
    await t.app.services.savedSearches.sendDueAlerts()
    expect(await alertsTo(person.email)).toEqual([])
  })

  it('leaves out practice the person may not read when the alert is sent', async () => {
    const contributor = await aUser(t.db, { email: 'visitor.level@example.org' })
    const police = await aUser(t.db, { email: 'reader@kent.police.uk' })
    const reviewer = await aUser(t.db, { email: 'former.reviewer@example.org', roles: ['reviewer'] })
    for (const person of [contributor, police, reviewer]) {
      const client = await signedIn(t.app, person.email)
      await saveThroughForm(client, 'q=foghorn', 'Foghorn', 'weekly')
      const [row] = await savedSearchesOf(person.id)
      await makeDue(row?.id ?? 0)
    }
    // Published for everyone, then narrowed to policing only; and one only staff may read.
    const narrowed = await aPractice(t.db, {
      title: 'Foghorn warnings for rough sleepers',
      publishedAt: minutesAgo(20),
    })
    await t.db.execute(sql`update practices set visibility = 'policing' where id = ${narrowed.id}`)
    await aPractice(t.db, { title: 'Foghorn case notes', visibility: 'internal', publishedAt: minutesAgo(20) })
    // The reviewer is no longer one by the time the alert goes.
    await t.db.execute(sql`delete from user_roles where user_id = ${reviewer.id}`)

    await t.app.services.savedSearches.sendDueAlerts()
    expect(await alertsTo(contributor.email)).toEqual([])
    expect(await alertsTo(reviewer.email)).toEqual([])
    const [policeMail, ...more] = await alertsTo(police.email)
    expect(more).toEqual([])
    expect(policeMail?.body).toContain('Foghorn warnings for rough sleepers')
    expect(policeMail?.body).not.toContain('Foghorn case notes')
  })

  it('sends each alert once when two job runs go at the same time', async () => {
    const people = await Promise.all([1, 2, 3, 4].map((n) => aUser(t.db, { email: `racer${n}@example.org` })))
    for (const person of people) {
      const client = await signedIn(t.app, person.email)
      await saveThroughForm(client, 'q=semaphore', 'Semaphore', 'daily')
      const [row] = await savedSearchesOf(person.id)
      await makeDue(row?.id ?? 0)
    }
    await aPractice(t.db, { title: 'Semaphore signals between partner agencies', publishedAt: minutesAgo(10) })
    const runs = await Promise.all([
      t.app.services.savedSearches.sendDueAlerts(),
      t.app.services.savedSearches.sendDueAlerts(),
    ])
    expect(runs[0].sent + runs[1].sent).toBe(people.length)
    for (const person of people) expect(await alertsTo(person.email)).toHaveLength(1)
  })

  it('finds practice whose publication committed after a run began, lists it once, and forgets it later', async () => {
    const person = await aUser(t.db, { email: 'late.commit@example.org' })
    const client = await signedIn(t.app, person.email)
    await saveThroughForm(client, 'q=tidewater', 'Tidewater', 'daily')
    const [row] = await savedSearchesOf(person.id)
    if (!row) throw new Error('not saved')
    // Alerts were turned on half an hour ago; practice published before that is never new to them.
    await t.db.execute(
      sql`update saved_searches set alert_watermark = now() - interval '30 minutes' where id = ${row.id}`,
    )
    await aPractice(t.db, { title: 'Tidewater checks from before the alerts', publishedAt: minutesAgo(40) })
    const dueNow = () =>
      t.db.execute(sql`update saved_searches set next_alert_at = now() - interval '1 minute' where id = ${row.id}`)
    await dueNow()
    await t.app.services.savedSearches.sendDueAlerts()
    expect(await alertsTo(person.email)).toEqual([])

    // A reviewer's publishing transaction began ten seconds before that run and committed after it: its
    // practice is first published at a time the run had already passed.
    const [run] = await queryRows<{ startedAt: string }>(
      t.db,
      sql`select (next_alert_at - interval '1 day')::text as "startedAt" from saved_searches where id = ${row.id}`,
    )
    const late = await aPractice(t.db, {
      title: 'Tidewater patrols published as the job ran',
      publishedAt: new Date(new Date(String(run?.startedAt)).getTime() - 10_000).toISOString(),
    })
    await dueNow()
    await t.app.services.savedSearches.sendDueAlerts()
    const [mail, ...more] = await alertsTo(person.email)
    expect(more).toEqual([])
    expect(mail?.body).toContain('Tidewater patrols published as the job ran')
    expect(mail?.body).not.toContain('from before the alerts')

    // Looking back again, the next run does not list it a second time.
    await dueNow()
    await t.app.services.savedSearches.sendDueAlerts()
    expect(await alertsTo(person.email)).toHaveLength(1)
    const listed = () =>
      queryRows<{ practiceId: number }>(
        t.db,
        sql`select practice_id as "practiceId" from saved_search_alerted_practices where saved_search_id = ${row.id}`,
      )
    expect(await listed()).toEqual([{ practiceId: late.id }])
    // Once the watermark has passed it (as it has after an hour), the record of it is deleted.
    await t.db.execute(
      sql`update saved_search_alerted_practices set first_published_at = now() - interval '2 hours'
          where saved_search_id = ${row.id}`,
    )
    await dueNow()
    await t.app.services.savedSearches.sendDueAlerts()
    expect(await listed()).toEqual([])
    expect(await alertsTo(person.email)).toHaveLength(1)
  })

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'finds practice published on another connection in a transaction that commits after a run, on PostgreSQL',
    async () => {
      const person = await aUser(t.db, { email: 'moorings@example.org' })
      const client = await signedIn(t.app, person.email)
      await saveThroughForm(client, 'q=moorings', 'Moorings', 'daily')
      const [row] = await savedSearchesOf(person.id)
      if (!row) throw new Error('not saved')
      await makeDue(row.id)
      const practice = await aPractice(t.db, { title: 'Moorings checks with the harbour master', status: 'submitted' })
      await t.db.transaction(async (tx) => {
        await tx.execute(sql`update practices set status = 'published', published_at = now() where id = ${practice.id}`)
        // The job runs on other connections from the pool while the publication is not yet committed.
        const during = await t.app.services.savedSearches.sendDueAlerts()
        expect(during.sent).toBe(0)
      })
      await t.db.execute(
        sql`update saved_searches set next_alert_at = now() - interval '1 minute' where id = ${row.id}`,
      )
      expect((await t.app.services.savedSearches.sendDueAlerts()).sent).toBe(1)
      const [mail] = await alertsTo(person.email)
      expect(mail?.body).toContain('Moorings checks with the harbour master')
    },
  )

  it.runIf(Boolean(process.env.DATABASE_URL))(
    'skips a search another connection holds, on PostgreSQL, and sends it once that one lets go',
    async () => {
      const person = await aUser(t.db, { email: 'held@example.org' })
      const client = await signedIn(t.app, person.email)
      await saveThroughForm(client, 'q=lantern', 'Lantern', 'daily')
      const [row] = await savedSearchesOf(person.id)
      if (!row) throw new Error('not saved')
      await makeDue(row.id)
      await aPractice(t.db, { title: 'Lantern walks with neighbourhood officers', publishedAt: minutesAgo(10) })
      await t.db.transaction(async (tx) => {
        await tx.execute(sql`select id from saved_searches where id = ${row.id} for update`)
        // The job runs on other connections from the pool while this one holds the row.
        const whileHeld = await t.app.services.savedSearches.sendDueAlerts()
        expect(whileHeld.sent).toBe(0)
      })
      expect(await alertsTo(person.email)).toEqual([])
      expect((await t.app.services.savedSearches.sendDueAlerts()).sent).toBe(1)
      expect(await alertsTo(person.email)).toHaveLength(1)
    },
  )
})

describe('unsubscribing', () => {
  it('stops the e-mails from the link in an alert without signing in, and says so on a second visit', async () => {
    const person = await aUser(t.db, { email: 'leaver@example.org' })
    const client = await signedIn(t.app, person.email)
    await saveThroughForm(client, 'q=buoy', 'Buoy', 'weekly')
    const [row] = await savedSearchesOf(person.id)
    if (!row) throw new Error('not saved')
    await makeDue(row.id)
    await aPractice(t.db, { title: 'Buoy markers for safe routes home', publishedAt: minutesAgo(5) })
    await t.app.services.savedSearches.sendDueAlerts()
    const [mail] = await alertsTo(person.email)
    const link = linkIn(mail?.body ?? '', '/saved-searches/unsubscribe')
    const token = link.split('/').pop() ?? ''
    const stored = await queryRows<{ tokenHash: string }>(
      t.db,
      sql`select token_hash as "tokenHash" from saved_search_unsubscribe_tokens where saved_search_id = ${row.id}`,
    )
    expect(stored).toEqual([{ tokenHash: createHash('sha256').update(token).digest('hex') }])

    const stranger = new TestClient(t.app)
    const ask = await stranger.get(link)
    expect(ask.status).toBe(200)
    expect(ask.$('h1').text()).toBe('Stop these e-mails?')
    expect(await savedSearchesOf(person.id)).toMatchObject([{ frequency: 'weekly' }])
    const done = await stranger.submit(link, {})
    expect(done.status).toBe(200)
    expect(done.$('[data-qa=unsubscribed]').text()).toContain('E-mails stopped')
    expect(await savedSearchesOf(person.id)).toMatchObject([{ frequency: 'none', nextInDays: null }])
    expect((await stranger.get(link)).$('h1').text()).toBe('These e-mails are already stopped')
  })

  it('answers a link that is not one we sent with a clear page, and changes nothing', async () => {
    const stranger = new TestClient(t.app)
    for (const token of ['short', 'A'.repeat(43), `${'b'.repeat(42)}!`]) {
      const page = await stranger.get(`/saved-searches/unsubscribe/${encodeURIComponent(token)}`)
      expect(page.status, token).toBe(404)
      expect(page.$('h1').text()).toBe('This link does not work')
    }
    const csrf = String((await stranger.get('/sign-in')).$('input[name=_csrf]').val())
    const before = await queryRows(t.db, sql`select id, frequency from saved_searches order by id`)
    const posted = await stranger.post(`/saved-searches/unsubscribe/${'A'.repeat(43)}`, { _csrf: csrf })
    expect(posted.status).toBe(404)
    expect(posted.$('h1').text()).toBe('This link does not work')
    expect(await queryRows(t.db, sql`select id, frequency from saved_searches order by id`)).toEqual(before)
  })
})

describe('deleting an account', () => {
  it('deletes the person’s saved searches with it', async () => {
    const person = await aUser(t.db, { email: 'leaving.for.good@example.org' })
    const client = await signedIn(t.app, person.email)
    await saveThroughForm(client, 'q=anchor', 'Anchor', 'weekly')
    expect(await savedSearchesOf(person.id)).toHaveLength(1)
    expect(await t.app.services.accounts.deleteAccount(person.id, { password: PASSWORD }, '127.0.0.1')).toBe(true)
    expect(await savedSearchesOf(person.id)).toEqual([])
  })
})

describe('demo data', () => {
  it('gives demo accounts saved searches the catalogue reads, one with weekly e-mails, once however often it runs', async () => {
    await insertDemoUsers(t.db)
    expect(await insertDemoSavedSearches(t.db)).toBe(demoSavedSearches.length)
    expect(await insertDemoSavedSearches(t.db)).toBe(0)
    const rows = await queryRows<{ email: string; name: string; query: string; frequency: string }>(
      t.db,
      sql`select u.email, s.name, s.query, s.frequency from saved_searches s join users u on u.id = s.user_id
          where s.is_demo order by s.id`,
    )
    expect(rows.map((r) => r.name)).toEqual(demoSavedSearches.map((d) => d.name))
    expect(rows.filter((r) => r.frequency === 'weekly').length).toBeGreaterThanOrEqual(1)
    for (const row of rows) {
      const checked = await t.app.services.savedSearches.checkQuery(row.query)
      expect(checked, row.query).toMatchObject({ ok: true, text: row.query })
    }
  })
})
