// Synthetic published practice for the benchmark: deterministic for a given seed, with text lengths and
// facet spreads chosen to look like a full catalogue (see docs/performance.md).

import { eq } from 'drizzle-orm'
import type { Db } from '../src/db/client.js'
import { calls, organisations, practices, practiceViews, taxonomyTerms } from '../src/db/schema/index.js'
import { victimsCodeRights, voiceOfTheVictimCall, type TaxonomyName } from '../src/db/seed/reference-data.js'
import { slugify } from '../src/features/catalogue/slug.js'
import {
  codenames,
  ordinaryWords,
  organisationWeights,
  policingTerms,
  titleOpeners,
  topicPhrases,
  topicWeights,
} from './vocabulary.js'

export type Random = () => number

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data and identical on every machine. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** Chooses among weighted values; a null value stands for "not given". */
class Weighted<T> {
  private readonly cumulative: number[] = []
  private readonly values: T[] = []
  private readonly total: number

  constructor(entries: Iterable<readonly [T, number]>) {
    let sum = 0
    for (const [value, weight] of entries) {
      sum += weight
      this.values.push(value)
      this.cumulative.push(sum)
    }
    this.total = sum
  }

  draw(random: Random): T {
    const target = random() * this.total
    const index = this.cumulative.findIndex((c) => target < c)
    const value = this.values[index === -1 ? this.values.length - 1 : index]
    if (value === undefined) throw new Error('draw from an empty distribution')
    return value
  }

  /** `count` different values (fewer if there are not that many). */
  distinct(random: Random, count: number): T[] {
    const chosen = new Set<T>()
    const wanted = Math.min(count, this.values.length)
    while (chosen.size < wanted) chosen.add(this.draw(random))
    return [...chosen]
  }
}

/** Tokens (words or phrases) with their word counts worked out once. */
class Vocabulary {
  readonly words: number[]
  constructor(readonly tokens: readonly string[]) {
    this.words = tokens.map((token) => token.split(' ').length)
  }
}

const ordinary = new Vocabulary(ordinaryWords)
const policing = new Vocabulary(policingTerms)

/** Sentences of about `wordCount` words: mostly ordinary English, some policing terms, a few topic phrases. */
function prose(random: Random, wordCount: number, topic: Vocabulary | null, topicShare = 0.15): string {
  const sentences: string[] = []
  let written = 0
  while (written < wordCount) {
    const length = Math.min(wordCount - written, between(random, 8, 22))
    const tokens: string[] = []
    let count = 0
    while (count < length) {
      const r = random()
      const vocabulary = r < 0.55 ? ordinary : r < 1 - topicShare || !topic ? policing : topic
      const index = Math.floor(random() * vocabulary.tokens.length)
      tokens.push(vocabulary.tokens[index] ?? '')
      count += vocabulary.words[index] ?? 1
    }
    const sentence = tokens.join(' ')
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`)
    written += count
  }
  return sentences.join(' ')
}

function title(random: Random, topic: Vocabulary): string {
  const wordCount = between(random, 5, 12)
  const opener = random() < 0.3 ? `Operation ${pick(random, codenames)}:` : pick(random, titleOpeners)
  const tokens = [opener]
  let count = opener.split(' ').length
  while (count < wordCount) {
    const vocabulary = random() < 0.5 ? topic : random() < 0.5 ? policing : ordinary
    const index = Math.floor(random() * vocabulary.tokens.length)
    tokens.push(vocabulary.tokens[index] ?? '')
    count += vocabulary.words[index] ?? 1
  }
  return tokens.join(' ')
}

export interface SyntheticReference {
  organisations: { id: number; code: string }[]
  /** taxonomy → term key → id */
  terms: Map<string, Map<string, number>>
  callId: number
}

/** The ids the generator needs, read after `prepareDatabase` has seeded the reference data. */
export async function loadSyntheticReference(db: Db): Promise<SyntheticReference> {
  const orgs = await db.select({ id: organisations.id, code: organisations.code }).from(organisations)
  const terms = new Map<string, Map<string, number>>()
  for (const term of await db.select().from(taxonomyTerms)) {
    const keys = terms.get(term.taxonomy) ?? new Map<string, number>()
    keys.set(term.key, term.id)
    terms.set(term.taxonomy, keys)
  }
  const [call] = await db.select({ id: calls.id }).from(calls).where(eq(calls.slug, voiceOfTheVictimCall.slug))
  if (!call || orgs.length === 0) throw new Error('reference data is missing: run prepareDatabase first')
  return { organisations: orgs, terms, callId: call.id }
}

/** A practice row, with its page views (kept in practice_views) drawn in the same place of the sequence. */
type PracticeRow = typeof practices.$inferInsert & { viewCount: number }

const DAY = 86_400_000
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const submittedFrom = Date.UTC(2019, 0, 1)
const submittedTo = Date.UTC(2026, 8, 15)
const callFrom = Date.parse(`${voiceOfTheVictimCall.opensOn}T09:00:00Z`)
const callTo = Date.parse(`${voiceOfTheVictimCall.closesOn}T17:00:00Z`)

export class PracticeGenerator {
  private readonly random: Random
  private readonly termId: (taxonomy: TaxonomyName, key: string) => number
  private readonly organisation: Weighted<number>
  private readonly topic: Weighted<string>
  private readonly purpose: Weighted<number>
  private readonly outcome: Weighted<number | null>
  private readonly stage: Weighted<number | null>
  private readonly scale: Weighted<number | null>
  private readonly recognition: Weighted<number>
  private readonly targetGroup: Weighted<number>
  private readonly partnerSector: Weighted<number>
  private readonly topicVocabulary = new Map<string, Vocabulary>()

  constructor(
    private readonly reference: SyntheticReference,
    seed: number,
  ) {
    this.random = mulberry32(seed)
    this.termId = (taxonomy, key) => {
      const id = reference.terms.get(taxonomy)?.get(key)
      if (id === undefined) throw new Error(`no ${taxonomy} term '${key}'`)
      return id
    }
    const term = (taxonomy: TaxonomyName, key: string | null) => (key === null ? null : this.termId(taxonomy, key))
    const every = (taxonomy: TaxonomyName) => [...(reference.terms.get(taxonomy)?.values() ?? [])]
    const nationalBodies = new Set(['civil-nuclear', 'ministry-of-defence', 'national-crime-agency'])
    this.organisation = new Weighted(
      reference.organisations.map((o) => [
        o.id,
        organisationWeights[o.code] ?? (nationalBodies.has(o.code) ? 0.5 : 1.5),
      ]),
    )
    this.topic = new Weighted(Object.entries(topicWeights))
    this.purpose = new Weighted(
      (
        [
          ['prevention', 35],
          ['diversion', 10],
          ['reoffending', 8],
          ['location', 7],
          ['organisational', 20],
          ['investigation', 20],
        ] as const
      ).map(([key, weight]) => [this.termId('purpose', key), weight] as const),
    )
    this.outcome = new Weighted(
      (
        [
          ['worked', 25],
          ['promising', 35],
          ['new-or-innovative', 25],
          ['did-not-work', 5],
          [null, 10],
        ] as const
      ).map(([key, weight]) => [term('outcome-category', key), weight] as const),
    )
    this.stage = new Weighted(
      (
        [
          ['untested', 40],
          ['evaluated-locally', 40],
          ['independently-evaluated', 10],
          [null, 10],
        ] as const
      ).map(([key, weight]) => [term('stage', key), weight] as const),
    )
    this.scale = new Weighted(
      (
        [
          ['local', 40],
          ['force-wide', 35],
          ['regional', 10],
          ['national', 5],
          [null, 10],
        ] as const
      ).map(([key, weight]) => [term('scale', key), weight] as const),
    )
    this.recognition = new Weighted(every('recognised-practice').map((id) => [id, 1] as const))
    this.targetGroup = new Weighted(every('target-group').map((id) => [id, 1] as const))
    this.partnerSector = new Weighted(every('partner-sector').map((id) => [id, 1] as const))
  }

  private vocabularyFor(topicKeys: string[]): Vocabulary {
    const cacheKey = topicKeys.join('+')
    let vocabulary = this.topicVocabulary.get(cacheKey)
    if (!vocabulary) {
      vocabulary = new Vocabulary(topicKeys.flatMap((key) => topicPhrases[key as keyof typeof topicPhrases]))
      this.topicVocabulary.set(cacheKey, vocabulary)
    }
    return vocabulary
  }

  /** Practice number `index` (1-based; it makes the slug and reference unique). */
  next(index: number): PracticeRow {
    const random = this.random
    const topicKeys = this.topic.distinct(random, between(random, 1, 3))
    const topic = this.vocabularyFor(topicKeys)
    const text = (min: number, max: number) => prose(random, between(random, min, max), topic)
    const maybe = (share: number, min: number, max: number) => (random() < share ? text(min, max) : null)

    const answersCall = random() < 0.1
    const submitted = answersCall
      ? callFrom + random() * (callTo - callFrom)
      : submittedFrom + random() * (submittedTo - submittedFrom)
    const published = submitted + between(random, 14, 60) * DAY
    const start = submitted - between(random, 90, 1000) * DAY
    const practiceTitle = title(random, topic)
    const stageId = this.stage.draw(random)

    return {
      slug: `bench-${index}-${slugify(practiceTitle, 50)}`,
      reference: `PB-${new Date(submitted).getUTCFullYear()}-B${String(index).padStart(6, '0')}`,
      title: practiceTitle,
      summary: text(60, 140),
      problem: text(80, 200),
      aims: text(80, 200),
      approach: text(80, 200),
      targetGroupIds: this.targetGroup.distinct(random, between(random, 1, 3)),
      partnerSectorIds: this.partnerSector.distinct(random, between(random, 0, 3)),
      partners: text(30, 120),
      startDate: isoDate(start),
      endDate: random() < 0.4 ? isoDate(start + between(random, 90, 700) * DAY) : null,
      resources: text(30, 120),
      implementationChallenges: text(30, 120),
      lessonsLearned: text(30, 120),
      evaluationMethod: maybe(0.8, 30, 120),
      evaluationResults: maybe(0.8, 30, 120),
      stageId,
      outcomeId: this.outcome.draw(random),
      scaleId: this.scale.draw(random),
      purposeIds: this.purpose.distinct(random, between(random, 1, 2)),
      topicIds: topicKeys.map((key) => this.termId('topic', key)),
      recognitionIds: random() < 0.1 ? this.recognition.distinct(random, between(random, 1, 2)) : [],
      organisationId: this.organisation.draw(random),
      callId: answersCall ? this.reference.callId : null,
      callAnswers: answersCall
        ? {
            howVictimsShapedIt: text(40, 100),
            rights: victimsCodeRights.filter(() => random() < 0.25).map(([key]) => key),
            beyondTheCode: text(30, 80),
          }
        : null,
      status: 'published',
      visibility: random() < 0.15 ? 'policing' : 'public',
      isDemo: false,
      viewCount: Math.floor(random() ** 3 * 2000),
      createdAt: new Date(submitted - between(random, 1, 90) * DAY),
      updatedAt: new Date(published),
      submittedAt: new Date(submitted),
      publishedAt: new Date(published),
    }
  }
}

/**
 * Inserts `count` practices in multi-row INSERTs of `batchSize`, with up to `concurrency` INSERTs in
 * flight; the next batch is generated while the database stores the previous ones. Row content depends
 * only on the seed; with concurrency above 1 the ids may come out in a different order.
 */
export async function insertSyntheticPractices(
  db: Db,
  count: number,
  options: { seed: number; batchSize?: number; concurrency?: number; onProgress?: (inserted: number) => void },
): Promise<void> {
  const generator = new PracticeGenerator(await loadSyntheticReference(db), options.seed)
  const batchSize = options.batchSize ?? 1000
  const concurrency = options.concurrency ?? 1
  const inFlight = new Set<Promise<void>>()
  let inserted = 0
  for (let first = 1; first <= count; first += batchSize) {
    const last = Math.min(count, first + batchSize - 1)
    const rows: PracticeRow[] = []
    for (let index = first; index <= last; index++) rows.push(generator.next(index))
    while (inFlight.size >= concurrency) await Promise.race(inFlight)
    const storing: Promise<void> = db
      .insert(practices)
      .values(rows.map(({ viewCount: _views, ...row }) => row))
      .returning({ id: practices.id, slug: practices.slug })
      .then(async (stored) => {
        const views = new Map(rows.map((row) => [row.slug, row.viewCount]))
        const viewed = stored.map((p) => ({ practiceId: p.id, viewCount: views.get(p.slug) ?? 0 }))
        const some = viewed.filter((v) => v.viewCount > 0)
        if (some.length > 0) await db.insert(practiceViews).values(some)
      })
      .then(() => {
        inFlight.delete(storing)
        inserted += rows.length
        options.onProgress?.(inserted)
      })
    // A failed INSERT is reported by the race or the final Promise.all; this only stops it counting as unhandled.
    storing.catch(() => undefined)
    inFlight.add(storing)
  }
  await Promise.all(inFlight)
}
