import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../src/db/client.js'
import { createTestApp, getPage, texts, type TestApp } from './support/app.js'
import { aPractice } from './support/factories.js'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})

afterAll(async () => {
  await t?.close()
})

describe('GET /practices/:slug', () => {
  it('shows every published field with its classification', async () => {
    const practice = await aPractice(t.db, {
      title: 'Victim voice panels in Cheshire',
      slug: 'victim-voice-panels',
      summary: 'Victims sit on a panel that reviews how cases were handled.',
      problem: 'Victims told us nobody asked them what went wrong.',
      approach: 'A quarterly panel of victims reviews anonymised cases.',
      organisation: 'cheshire',
      topics: ['voice-of-the-victim', 'domestic-abuse'],
      purposes: ['organisational'],
      outcome: 'worked',
      stage: 'evaluated-locally',
      call: 'voice-of-the-victim-2022',
      callAnswers: {
        howVictimsShapedIt: 'Victims designed the panel terms of reference.',
        rights: ['complain', 'victim-personal-statement'],
        beyondTheCode: 'The Code does not ask forces to let victims review their cases.',
      },
      isDemo: true,
    })
    const { status, $ } = await getPage(t.app, `/practices/${practice.slug}`)
    expect(status).toBe(200)
    expect($('[data-qa=practice-title]').text()).toBe('Victim voice panels in Cheshire')
    expect($('title').text()).toBe('Victim voice panels in Cheshire – Practice Bank')
    expect($('[data-qa=demo-banner]').text()).toContain('This example is fictional')
    const details = Object.fromEntries(
      $('[data-qa=key-details] .govuk-summary-list__row')
        .map((_, row) => [[$(row).find('dt').text().trim(), $(row).find('dd').text().replace(/\s+/g, ' ').trim()]])
        .get() as [string, string][],
    )
    expect(details).toMatchObject({
      Organisation: 'Cheshire Constabulary',
      Region: 'North West',
      Purpose: 'Organisational',
      Topics: 'Domestic abuse, Voice of the victim',
      'Stage of practice': 'Evaluated locally',
      Outcome: 'Worked',
      'Call for practice': 'Voice of the Victim (2022)',
      Ended: 'Still running',
    })
    expect($('#problem').next('p').text()).toBe('Victims told us nobody asked them what went wrong.')
    expect($('#approach').next('p').text()).toBe('A quarterly panel of victims reviews anonymised cases.')
    expect($('[data-qa=evaluation]').text()).toContain('has not been evaluated yet')
    const callAnswers = $('[data-qa=call-answers]').text()
    expect(callAnswers).toContain('Victims designed the panel terms of reference.')
    expect(callAnswers).toContain('To make a Victim Personal Statement')
    expect(callAnswers).toContain('To make a complaint about your rights not being met')
    expect(callAnswers).not.toContain('To be paid expenses')
  })

  it('names a call once when its title holds the year, and leaves out rows with no value', async () => {
    const practice = await aPractice(t.db, { title: 'Call 2026 answer', call: 'voice-of-the-victim-2026' })
    const { $ } = await getPage(t.app, `/practices/${practice.slug}`)
    const keys = $('[data-qa=key-details] dt')
      .map((_, dt) => $(dt).text().trim())
      .get()
    expect(keys).not.toContain('Recognised practice')
    const callRow = $('[data-qa=key-details] .govuk-summary-list__row').filter((_, row) =>
      $(row).find('dt').text().includes('Call for practice'),
    )
    expect(callRow.find('dd').text().trim()).toBe('Voice of the Victim 2026')
    expect($('body').text()).not.toContain('2026 (2026)')
  })

  it('shows contact details only when the contributor agreed, on the page and in the API', async () => {
    const contact = {
      contactName: 'Sam Okafor',
      contactRole: 'Victim care lead',
      contactEmail: 'sam.okafor@example.police.uk',
      contactPhone: '01234 567890',
    }
    await aPractice(t.db, { slug: 'contact-shown', values: { ...contact, consentShowContact: true } })
    await aPractice(t.db, { slug: 'contact-withheld', values: { ...contact, consentShowContact: false } })

    const shown = await getPage(t.app, '/practices/contact-shown')
    expect(shown.$('[data-qa=contact]').text()).toContain('Sam Okafor, Victim care lead')
    expect(shown.$('[data-qa=contact] a').attr('href')).toBe('mailto:sam.okafor@example.police.uk')
    // Once, after the other sections: never inside the contents list, whose children are all list items.
    expect(shown.$('[data-qa=contact]')).toHaveLength(1)
    expect(shown.$('[id=contact]')).toHaveLength(1)
    expect(shown.$('.app-contents-list [data-qa=contact]')).toHaveLength(0)
    expect(shown.$('.app-contents-list > :not(li)')).toHaveLength(0)
    expect(shown.$('.app-contents-list a[href="#contact"]')).toHaveLength(1)

    const withheld = await getPage(t.app, '/practices/contact-withheld')
    expect(withheld.status).toBe(200)
    expect(withheld.$('[data-qa=contact]')).toHaveLength(0)
    expect(withheld.$.html()).not.toContain('Sam Okafor')

    const api = await t.app.inject({ url: '/api/v1/practices/contact-withheld' })
    expect(api.body).not.toContain('Sam Okafor')
    expect(api.json().contact).toBeNull()
    expect((await t.app.inject({ url: '/api/v1/practices/contact-shown' })).json().contact.name).toBe('Sam Okafor')
  })

  it('lists similar practice that shares topics, and never hidden practice', async () => {
    const shown = await aPractice(t.db, { title: 'Panel follow-up', topics: ['voice-of-the-victim'] })
    await aPractice(t.db, { title: 'Covert thing', topics: ['voice-of-the-victim'], visibility: 'policing' })
    await aPractice(t.db, { title: 'Unrelated fraud work', topics: ['fraud-against-vulnerable-people'] })
    const { $ } = await getPage(t.app, '/practices/victim-voice-panels')
    const similar = texts($, '[data-qa=similar] [data-qa=result-link]')
    expect(similar).toContain(shown.title)
    expect(similar).not.toContain('Covert thing')
    expect(similar).not.toContain('Unrelated fraud work')
  })

  it('keeps similar practice up to date although it is remembered between views', async () => {
    const similarOn = async (slug: string) =>
      texts((await getPage(t.app, `/practices/${slug}`)).$, '[data-qa=similar] [data-qa=result-link]')
    const page = await aPractice(t.db, { title: 'Survivor support clinic', topics: ['modern-slavery', 'workforce'] })
    await aPractice(t.db, { title: 'Survivor advocates', topics: ['modern-slavery'] })
    expect(await similarOn(page.slug)).toEqual(['Survivor advocates'])
    expect(await similarOn(page.slug)).toEqual(['Survivor advocates'])

    // Sharing both topics puts it first, though it is older.
    const closer = await aPractice(t.db, {
      title: 'Slavery awareness for staff',
      topics: ['workforce', 'modern-slavery'],
      publishedAt: '2020-01-01T09:00:00Z',
    })
    expect(await similarOn(page.slug)).toEqual(['Slavery awareness for staff', 'Survivor advocates'])

    await t.db.execute(sql`update practices set visibility = 'policing' where id = ${closer.id}`)
    expect(await similarOn(page.slug)).toEqual(['Survivor advocates'])
    expect(t.app.services.resultCache.hits).toBeGreaterThan(0)
  })

  it('gives the same 404 for unknown, draft, withdrawn, policing-only and internal practice', async () => {
    const hidden = [
      await aPractice(t.db, { title: 'A draft', status: 'draft' }),
      await aPractice(t.db, { title: 'Withdrawn', status: 'withdrawn' }),
      await aPractice(t.db, { title: 'Policing only', visibility: 'policing' }),
      await aPractice(t.db, { title: 'Internal', visibility: 'internal' }),
    ]
    const unknown = await getPage(t.app, '/practices/no-such-practice')
    expect(unknown.status).toBe(404)
    for (const practice of hidden) {
      const page = await getPage(t.app, `/practices/${practice.slug}`)
      expect(page.status).toBe(404)
      expect(page.response.body).toBe(unknown.response.body)
    }
    expect((await getPage(t.app, '/practices/Bad%20Slug!')).status).toBe(404)
  })

  it('counts views without writing on every request', async () => {
    const practice = await aPractice(t.db, { title: 'Often read' })
    // The row version of the practice: counting views must not rewrite the practice (and its search vector).
    const version = () =>
      queryRows<{ v: string }>(t.db, sql`select xmin::text as v from practices where id = ${practice.id}`)
    const before = await version()
    // more views than any other test in this file gives a practice, so it is the most viewed
    for (let i = 0; i < 10; i++) await t.app.inject(`/practices/${practice.slug}`)
    await t.app.services.viewCounter.flush()
    expect(await version()).toEqual(before)
    const [row] = await queryRows<{ view_count: number }>(
      t.db,
      sql`select view_count from practice_views where practice_id = ${practice.id}`,
    )
    expect(row?.view_count).toBe(10)
    const { $ } = await getPage(t.app, '/practices?sort=most-viewed')
    expect(texts($, '[data-qa=result-link]')[0]).toBe('Often read')
  })
})

describe('GET /', () => {
  it('offers search and browsing by topic and region with counts', async () => {
    const { status, $ } = await getPage(t.app, '/')
    expect(status).toBe(200)
    expect($('form[action="/practices"] #q').length).toBe(1)
    // visitors are told why the count is lower than the README's 60 demo examples
    expect($('#q-hint').text()).toContain('Some practice is shared only with the police')
    expect(texts($, '[data-qa=topics] li')).toContain('Voice of the victim (2)')
    expect($('[data-qa=topics] a').first().attr('href')).toMatch(/^\/practices\?topic=/)
    expect(texts($, '[data-qa=regions] li').length).toBeGreaterThan(0)
  })
})
