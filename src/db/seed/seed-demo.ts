import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { eq, sql } from 'drizzle-orm'
import type { Config } from '../../config.js'
import { slugify } from '../../features/catalogue/slug.js'
import { queryRows, type Database, type Db } from '../client.js'
import { adoptions, calls, organisations, practices, practiceViews, taxonomyTerms } from '../schema/index.js'
import { demoAdoptions, type DemoAdoption } from './demo-adoptions.js'
import type { DemoPractice } from './demo-practice.js'
import { demoPractices } from './demo-practices.js'
import { insertDemoToolkitLinks } from './demo-toolkit-links.js'
import { voiceOfTheVictimCall } from './reference-data.js'

async function lookups(db: Db) {
  const terms = await db.select().from(taxonomyTerms)
  const orgs = await db.select({ id: organisations.id, code: organisations.code }).from(organisations)
  const [call] = await db.select({ id: calls.id }).from(calls).where(eq(calls.slug, voiceOfTheVictimCall.slug))
  const termId = (taxonomy: string, key: string): number => {
    const term = terms.find((t) => t.taxonomy === taxonomy && t.key === key)
    if (!term) throw new Error(`demo data names an unknown ${taxonomy}: ${key}`)
    return term.id
  }
  const orgId = (code: string): number => {
    const org = orgs.find((o) => o.code === code)
    if (!org) throw new Error(`demo data names an unknown organisation: ${code}`)
    return org.id
  }
  return { termId, orgId, callId: call?.id ?? null }
}

/** Words in a demo example's own account of its challenges that point to each kind of challenge. */
const challengeWords: [string, RegExp][] = [
  ['funding', /fund|budget|grant|cost/i],
  ['staffing-and-abstraction', /staffing|staff time|officer time|shifts?\b|abstract|capacity|workload/i],
  ['partner-buy-in', /partner|agenc|council|health|school|charit/i],
  ['information-sharing', /shar|consent|data protection|gdpr|confidential/i],
  ['it-and-data', /\bIT\b|system|software|database|app\b|digital/i],
  ['training', /train/i],
  ['measuring-outcomes', /measur|evaluat|baseline|outcome/i],
  ['leadership-support', /leader|senior|chief|command/i],
  ['public-or-victim-engagement', /victim|public|communit|famil|trust/i],
]

/**
 * The demo examples' challenges, read from what each says it found hard; every seventh is left
 * "not asked", as practice sent before the question existed would be.
 */
function demoChallenges(demo: DemoPractice, index: number, termId: (taxonomy: string, key: string) => number) {
  if (index % 7 === 3) return null
  const keys = challengeWords.filter(([, words]) => words.test(demo.implementationChallenges)).map(([key]) => key)
  return (keys.length ? keys.slice(0, 4) : ['other']).map((key) => termId('implementation-challenge', key))
}

/** Days after submission that a demo example was published: review takes a few weeks. */
const publishDelayDays = (index: number) => 14 + ((index * 11) % 40)
/** The reviewer's decision comes a day to a week before publication, so turnaround has both figures. */
const decisionLeadDays = (index: number) => 1 + ((index * 5) % 7)
/** Made-up page views, so the most-viewed list on the insight page is not empty on a first start. */
const demoViews = (index: number) => 5 + ((index * 37) % 240)
/** Most made-up contributors agreed to discussion with government; one in five did not (briefings leave them out). */
const demoGovernmentConsent = (index: number) => index % 5 !== 2

/** Adds the demo practice; practice already there (same slug) is left as it is. Returns how many were added. */
export async function insertDemoPractices(db: Db, demos: readonly DemoPractice[] = demoPractices): Promise<number> {
  const { termId, orgId, callId } = await lookups(db)
  const rows = demos.map((demo, index) => {
    const submittedAt = new Date(`${demo.submittedAt}T10:00:00Z`)
    const publishedAt = new Date(submittedAt.getTime() + publishDelayDays(index) * 86_400_000)
    return {
      slug: slugify(demo.title),
      title: demo.title,
      summary: demo.summary,
      problem: demo.problem,
      aims: demo.aims,
      approach: demo.approach,
      targetGroupIds: demo.targetGroups.map((k) => termId('target-group', k)),
      partnerSectorIds: demo.partnerSectors.map((k) => termId('partner-sector', k)),
      partners: demo.partners,
      challengeIds: demoChallenges(demo, index, termId),
      startDate: demo.startDate,
      endDate: demo.endDate,
      resources: demo.resources,
      implementationChallenges: demo.implementationChallenges,
      lessonsLearned: demo.lessonsLearned,
      evaluationMethod: demo.evaluationMethod,
      evaluationResults: demo.evaluationResults,
      stageId: termId('stage', demo.stage),
      outcomeId: termId('outcome-category', demo.outcome),
      scaleId: termId('scale', demo.scale),
      purposeIds: demo.purposes.map((k) => termId('purpose', k)),
      topicIds: demo.topics.map((k) => termId('topic', k)),
      recognitionIds: demo.recognition.map((k) => termId('recognised-practice', k)),
      organisationId: orgId(demo.organisation),
      callId: demo.voiceOfTheVictim ? callId : null,
      callAnswers: demo.voiceOfTheVictim ?? null,
      status: 'published' as const,
      visibility: demo.visibility,
      // Demo practice is shown only as widely as its (made-up) contributor agreed to.
      consentPublication: demo.visibility,
      isDemo: true,
      createdAt: submittedAt,
      updatedAt: publishedAt,
      submittedAt,
      publishedAt,
      firstReviewedAt: new Date(submittedAt.getTime() + 3 * 86_400_000),
      decidedAt: new Date(publishedAt.getTime() - decisionLeadDays(index) * 86_400_000),
      consentGovernment: demoGovernmentConsent(index),
      viewCount: demoViews(index),
    }
  })
  const inserted = await db
    .insert(practices)
    .values(rows.map(({ viewCount: _views, ...row }) => row))
    .onConflictDoNothing({ target: practices.slug })
    .returning({ id: practices.id, slug: practices.slug })
  const views = new Map(rows.map((row) => [row.slug, row.viewCount]))
  const viewed = inserted
    .map((p) => ({ practiceId: p.id, viewCount: views.get(p.slug) ?? 0 }))
    .filter((v) => v.viewCount > 0)
  if (viewed.length > 0) await db.insert(practiceViews).values(viewed).onConflictDoNothing()
  await insertDemoAdoptions(db)
  await insertDemoToolkitLinks(db)
  return inserted.length
}

/** Adds the demo adoptions of demo practice that is there; a force's existing record is left as it is. */
export async function insertDemoAdoptions(db: Db, demos: readonly DemoAdoption[] = demoAdoptions): Promise<number> {
  const { orgId } = await lookups(db)
  const demoRows = await db
    .select({ id: practices.id, slug: practices.slug, organisationId: practices.organisationId })
    .from(practices)
    .where(eq(practices.isDemo, true))
  const bySlug = new Map(demoRows.map((p) => [p.slug, p]))
  const rows = demos.flatMap((demo) => {
    const practice = bySlug.get(slugify(demo.practice))
    if (!practice || practice.organisationId === orgId(demo.force)) return []
    return [
      {
        practiceId: practice.id,
        organisationId: orgId(demo.force),
        kind: demo.kind,
        changes: demo.changes ?? null,
        reason: demo.reason ?? null,
        startedOn: demo.startedOn ?? null,
        howItWent: demo.howItWent ?? null,
      },
    ]
  })
  if (rows.length === 0) return 0
  const inserted = await db
    .insert(adoptions)
    .values(rows)
    .onConflictDoNothing({ target: [adoptions.practiceId, adoptions.organisationId] })
    .returning({ id: adoptions.id })
  await db.execute(sql`
    update practices p set adoption_count = (
      select count(*)::int from adoptions a
      where a.practice_id = p.id and a.removed_at is null and a.kind in ('adopted', 'adapted')
    ) where p.is_demo`)
  return inserted.length
}

export async function removeDemoPractices(db: Db): Promise<number> {
  const removed = await db.delete(practices).where(eq(practices.isDemo, true)).returning({ id: practices.id })
  return removed.length
}

/**
 * On the first start of an empty embedded database, load the demo practice so a newcomer has something
 * to search. A marker in the data directory stops it coming back after `seed:demo -- --remove`.
 */
export async function loadDemoDataOnFirstStart(database: Database, config: Config): Promise<number> {
  if (config.demoData === 'off') return 0
  if (config.demoData === 'auto') {
    const marker = path.join(config.dataDir, 'demo-data-offered')
    if (config.databaseUrl || existsSync(marker)) return 0
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from practices`)
    mkdirSync(config.dataDir, { recursive: true })
    writeFileSync(marker, `Demo practice was offered on ${new Date().toISOString()}\n`)
    if ((row?.n ?? 0) > 0) return 0
  }
  return insertDemoPractices(database.db)
}
