import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attachments, taxonomyTerms, toolkitEntries } from '../src/db/schema/index.js'
import { seedReferenceData } from '../src/db/seed/seed-reference.js'
import { createTestApp, texts, type TestApp } from './support/app.js'
import { TestClient } from './support/client.js'
import { aSubmittedPractice, auditActionsFor, eventsOf, practiceRow } from './support/review-fixtures.js'
import { aUser, signedIn } from './support/users.js'

let t: TestApp
let reviewer: TestClient

const termId = async (taxonomy: string, key: string) => {
  const [row] = await t.db
    .select({ id: taxonomyTerms.id })
    .from(taxonomyTerms)
    .where(sql`${taxonomyTerms.taxonomy} = ${taxonomy} and ${taxonomyTerms.key} = ${key}`)
  if (!row) throw new Error(`no ${taxonomy} ${key}`)
  return row.id
}

beforeAll(async () => {
  t = await createTestApp()
  reviewer = await signedIn(t.app, (await aUser(t.db, { roles: ['reviewer'], name: 'Page Reviewer' })).email)
})

afterAll(async () => {
  await t?.close()
})

describe('the review page', () => {
  it('shows every answer, the call answers, consent, attachments and both views of the outcome', async () => {
    const p = await aSubmittedPractice(t.db, {
      title: 'Victim voice panels',
      problem: 'Victims felt unheard.',
      call: 'voice-of-the-victim-2026',
      callAnswers: { howVictimsShapedIt: 'Victims chaired the panel.', rights: ['vps'] },
      consent: 'policing',
      values: { selfOutcomeId: await termId('outcome-category', 'worked'), contactName: 'Pat Contact' },
    })
    await t.db.insert(attachments).values({
      practiceId: p.id,
      storageKey: `key-${p.id}`,
      displayName: 'evaluation-report.pdf',
      mediaType: 'application/pdf',
      extension: 'pdf',
      sizeBytes: 20480,
      sha256: 'abc',
      kind: 'evaluation-report',
    })
    const page = await reviewer.get(`/review/${p.reference}`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=answer-title] dd').text()).toBe('Victim voice panels')
    expect(page.$('[data-qa=answer-problem] dt').text()).toBe('The problem it addresses')
    expect(page.$('[data-qa=answer-contactName] dd').text()).toBe('Pat Contact')
    expect(page.$('[data-qa=answer-organisationId] dd').text()).toBe('Merseyside Police')
    expect(page.$('[data-qa=answer-callAnswers] dd').text()).toContain('Victims chaired the panel.')
    expect(page.$('[data-qa=answer-consentPublication] dd').text()).toBe('Only to people in policing')
    const [attachment] = await t.db.select().from(attachments).where(eq(attachments.practiceId, p.id))
    expect(page.$('[data-qa=attachment-link]').attr('href')).toBe(`/attachments/${attachment?.id}`)
    expect(page.$('[data-qa=self-outcome]').text()).toBe('Worked')
    expect(page.$('[data-qa=reviewer-outcome]').text()).toBe('Not classified yet')
    // Pre-filled from the contributor's answer until a reviewer decides.
    expect(page.$('input[name=outcome][checked]').val()).toBe('worked')
    // Opening it changes nothing.
    expect((await practiceRow(t.db, p.id)).version).toBe(p.version)
  })

  it('saves the classification with the contributor’s view kept beside it', async () => {
    const p = await aSubmittedPractice(t.db, {
      values: { selfOutcomeId: await termId('outcome-category', 'worked') },
    })
    const bad = await reviewer.submit(
      `/review/${p.reference}/classify`,
      { version: String(p.version), outcome: 'brilliant' },
      `/review/${p.reference}`,
    )
    expect(bad.status).toBe(400)
    expect(bad.$('.govuk-error-summary a').attr('href')).toBe('#outcome')
    const res = await reviewer.submit(
      `/review/${p.reference}/classify`,
      {
        version: String(p.version),
        outcome: 'promising',
        stage: 'evaluated-locally',
        purposes: ['prevention', 'diversion'],
        topics: 'domestic-abuse',
        recognised: 'tilley-award',
        scale: 'force-wide',
      },
      `/review/${p.reference}`,
    )
    expect(res.status).toBe(302)
    const row = await practiceRow(t.db, p.id)
    expect(row.outcomeId).toBe(await termId('outcome-category', 'promising'))
    expect(row.selfOutcomeId).toBe(await termId('outcome-category', 'worked'))
    expect(row.purposeIds).toEqual([await termId('purpose', 'prevention'), await termId('purpose', 'diversion')])
    expect(row.topicIds).toEqual([await termId('topic', 'domestic-abuse')])
    expect(row.recognitionIds).toEqual([await termId('recognised-practice', 'tilley-award')])
    expect(row.scaleId).toBe(await termId('scale', 'force-wide'))
    expect(row.status).toBe('in_review')
    expect(await auditActionsFor(t.db, p.id)).toEqual(['practice-classified'])
    const page = await reviewer.get(`/review/${p.reference}`)
    expect(page.$('[data-qa=reviewer-outcome]').text()).toBe('Promising')
    expect(page.$('[data-qa=self-outcome]').text()).toBe('Worked')
  })

  it('searches the sample Toolkit without JavaScript, links with a note and unlinks', async () => {
    const samples = await t.db.select().from(toolkitEntries).where(eq(toolkitEntries.isSample, true))
    expect(samples.length).toBeGreaterThanOrEqual(5)
    expect(samples.every((s) => s.title.startsWith('Sample: '))).toBe(true)
    await seedReferenceData(t.db)
    expect(await t.db.select().from(toolkitEntries)).toHaveLength(samples.length)

    const p = await aSubmittedPractice(t.db)
    const search = await reviewer.get(`/review/${p.reference}?toolkit=burglary`)
    const results = texts(search.$, '[data-qa=toolkit-result] h3')
    expect(results).toEqual(['Sample: securing the homes of repeat burglary victims Sample'])
    const entryId = search.$('[data-qa=toolkit-result] input[name=entry]').val() as string
    const linked = await reviewer.submit(
      `/review/${p.reference}/toolkit`,
      { version: String(p.version), entry: entryId, toolkitNote: 'The same quick fixes after a first burglary.' },
      `/review/${p.reference}?toolkit=burglary`,
    )
    expect(linked.status).toBe(302)
    const page = await reviewer.get(`/review/${p.reference}`)
    expect(page.$('[data-qa=toolkit-link]').text()).toContain('The same quick fixes after a first burglary.')
    const version = page.$('[data-qa=decision-publish] input[name=version]').val() as string
    const unlinked = await reviewer.submit(
      `/review/${p.reference}/toolkit/${entryId}/unlink`,
      { version },
      `/review/${p.reference}`,
    )
    expect(unlinked.status).toBe(302)
    expect((await reviewer.get(`/review/${p.reference}`)).$('[data-qa=no-toolkit-links]').length).toBe(1)
    expect((await eventsOf(t.db, p.id)).map((e) => e.kind)).toEqual(['toolkit-linked', 'toolkit-unlinked'])
    expect(await auditActionsFor(t.db, p.id)).toEqual(['toolkit-linked', 'toolkit-unlinked'])
  })

  it('shows possible duplicates by title and by wording, linked for comparison', async () => {
    const original = await aSubmittedPractice(t.db, {
      title: 'Cuckooing response team for exploited tenants',
      summary: 'Officers and housing staff visit tenants whose homes are taken over by drug dealers.',
    })
    const sameTitle = await aSubmittedPractice(t.db, {
      title: 'Cuckooing response team for exploited tenant',
      summary: 'Something else entirely.',
    })
    const sameWords = await aSubmittedPractice(t.db, {
      title: 'Home takeover visits',
      summary: 'Housing staff and officers visit tenants when drug dealers take over their homes: cuckooing.',
      status: 'published',
      visibility: 'public',
    })
    const passing = await aSubmittedPractice(t.db, {
      title: 'School liaison officers',
      summary: 'Officers work in schools.',
    })
    const page = await reviewer.get(`/review/${original.reference}`)
    expect(page.$('[data-qa=similar-titles] a').attr('href')).toBe(`/review/${sameTitle.reference}`)
    expect(page.$('[data-qa=duplicates]').html()).not.toContain(passing.reference)
    expect(
      page
        .$('[data-qa=similar-text] a')
        .map((_, a) => page.$(a).attr('href'))
        .get(),
    ).toContain(`/review/${sameWords.reference}`)
  })

  it('keeps internal notes on the timeline, newest first, with who and when', async () => {
    const p = await aSubmittedPractice(t.db)
    const empty = await reviewer.submit(`/review/${p.reference}/notes`, { version: '1' }, `/review/${p.reference}`)
    expect(empty.status).toBe(400)
    expect(empty.$('#note-error').text()).toContain('Enter the note')
    await reviewer.submit(
      `/review/${p.reference}/notes`,
      { version: '1', note: 'Asked the force for the report.' },
      `/review/${p.reference}`,
    )
    const page = await reviewer.get(`/review/${p.reference}`)
    const item = page.$('[data-qa=event-note]')
    expect(item.find('.moj-timeline__title').text()).toContain('Internal note')
    expect(item.find('.moj-timeline__byline').text()).toContain('Page Reviewer')
    expect(item.find('.moj-timeline__description').text()).toContain('Asked the force for the report.')
    expect(item.find('time').text()).toMatch(/\d{4} at (\d{1,2}:\d{2}(am|pm)|midday|midnight)/)
  })
})

describe('force leads and everyone else', () => {
  it('lets a force lead read their own force’s practice, without forms or internal notes', async () => {
    const p = await aSubmittedPractice(t.db, { organisation: 'kent' })
    await reviewer.submit(
      `/review/${p.reference}/notes`,
      { version: '1', note: 'Secret reviewer note.' },
      `/review/${p.reference}`,
    )
    const lead = await signedIn(t.app, (await aUser(t.db, { roles: ['force-lead'], leads: 'kent' })).email)
    const page = await lead.get(`/review/${p.reference}`)
    expect(page.status).toBe(200)
    expect(page.$('[data-qa=read-only]').length).toBe(1)
    expect(page.$('main form').length).toBe(0)
    expect(page.response.body).not.toContain('Secret reviewer note.')
    expect(page.$('[data-qa=answers]').length).toBe(1)
    // POSTs are refused.
    const token = page.$('input[name=_csrf]').first().val() as string
    const post = await lead.post(`/review/${p.reference}/publish`, {
      _csrf: token,
      version: '1',
      visibility: 'internal',
    })
    expect(post.status).toBe(403)
    expect((await practiceRow(t.db, p.id)).status).toBe('submitted')
  })

  it('refuses other force leads, contributors and visitors alike', async () => {
    const p = await aSubmittedPractice(t.db, { organisation: 'kent' })
    const otherLead = await signedIn(t.app, (await aUser(t.db, { roles: ['force-lead'], leads: 'essex' })).email)
    expect((await otherLead.get(`/review/${p.reference}`)).status).toBe(403)
    const contributor = await signedIn(t.app, (await aUser(t.db)).email)
    expect((await contributor.get(`/review/${p.reference}`)).status).toBe(403)
    const visitor = await new TestClient(t.app).get(`/review/${p.reference}`)
    expect(visitor.status).toBe(302)
    expect(visitor.response.headers.location).toContain('/sign-in')
    expect((await reviewer.get('/review/PB-2026-9999')).status).toBe(404)
    expect((await reviewer.get('/review/not-a-reference')).status).toBe(404)
    // A draft is the contributor's own until it is sent: not found here, even with a reference.
    const draft = await aSubmittedPractice(t.db, { status: 'draft' })
    expect((await reviewer.get(`/review/${draft.reference}`)).status).toBe(404)
  })
})
