import { sql } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import {
  calls,
  organisations,
  practices,
  practiceViews,
  taxonomyTerms,
  type PracticeStatus,
  type Visibility,
} from '../../src/db/schema/index.js'
import { slugify } from '../../src/features/catalogue/slug.js'

let sequence = 0

export interface PracticeSpec {
  title?: string
  slug?: string
  summary?: string
  problem?: string
  approach?: string
  organisation?: string
  topics?: string[]
  purposes?: string[]
  recognition?: string[]
  outcome?: string | null
  stage?: string | null
  call?: string | null
  callAnswers?: Record<string, string | string[]>
  status?: PracticeStatus
  visibility?: Visibility
  submittedAt?: string
  publishedAt?: string
  viewCount?: number
  isDemo?: boolean
  submittedByUserId?: number | null
  reference?: string | null
  /** any other column, written as given */
  values?: Partial<typeof practices.$inferInsert>
}

async function termIds(db: Db, taxonomy: string, keys: string[]): Promise<number[]> {
  if (keys.length === 0) return []
  const rows = await db
    .select()
    .from(taxonomyTerms)
    .where(sql`${taxonomyTerms.taxonomy} = ${taxonomy}`)
  return keys.map((key) => {
    const term = rows.find((r) => r.key === key)
    if (!term) throw new Error(`no ${taxonomy} term ${key}`)
    return term.id
  })
}

/** Inserts one practice; published and public unless told otherwise. Returns its row. */
export async function aPractice(db: Db, spec: PracticeSpec = {}) {
  sequence += 1
  const title = spec.title ?? `Test practice number ${sequence}`
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`${organisations.code} = ${spec.organisation ?? 'merseyside'}`)
  if (!organisation) throw new Error(`no organisation ${spec.organisation}`)
  const [call] = spec.call
    ? await db
        .select({ id: calls.id })
        .from(calls)
        .where(sql`${calls.slug} = ${spec.call}`)
    : [undefined]
  const [outcomeId] = spec.outcome === null ? [] : await termIds(db, 'outcome-category', [spec.outcome ?? 'promising'])
  const [stageId] = spec.stage === null ? [] : await termIds(db, 'stage', [spec.stage ?? 'untested'])
  const status = spec.status ?? 'published'
  const submittedAt = new Date(spec.submittedAt ?? '2024-03-01T10:00:00Z')
  const [row] = await db
    .insert(practices)
    .values({
      slug: spec.slug ?? `${slugify(title)}-${sequence}`,
      title,
      summary: spec.summary ?? 'A short summary of what the force did and why.',
      problem: spec.problem ?? null,
      approach: spec.approach ?? null,
      organisationId: organisation.id,
      topicIds: await termIds(db, 'topic', spec.topics ?? []),
      purposeIds: await termIds(db, 'purpose', spec.purposes ?? []),
      recognitionIds: await termIds(db, 'recognised-practice', spec.recognition ?? []),
      outcomeId: outcomeId ?? null,
      stageId: stageId ?? null,
      callId: call?.id ?? null,
      callAnswers: spec.callAnswers ?? null,
      status,
      visibility: spec.visibility ?? 'public',
      submittedAt,
      publishedAt: status === 'published' ? new Date(spec.publishedAt ?? submittedAt.getTime() + 86_400_000) : null,
      isDemo: spec.isDemo ?? false,
      submittedByUserId: spec.submittedByUserId ?? null,
      reference: spec.reference ?? null,
      // Consent binds visibility (practices_visibility_within_consent): agreed to everyone unless a test says otherwise.
      consentPublication: 'public',
      ...spec.values,
    })
    .returning()
  if (!row) throw new Error('insert returned nothing')
  if (spec.viewCount) await db.insert(practiceViews).values({ practiceId: row.id, viewCount: spec.viewCount })
  return row
}

export interface CallSpec {
  slug?: string
  title?: string
  /** days from today; negative is in the past */
  opensInDays?: number
  closesInDays?: number
  questions?: (typeof calls.$inferInsert)['questions']
}

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Inserts a call for practice, open from a week ago for a month unless told otherwise. */
export async function aCall(db: Db, spec: CallSpec = {}) {
  sequence += 1
  const [row] = await db
    .insert(calls)
    .values({
      slug: spec.slug ?? `test-call-${sequence}`,
      title: spec.title ?? `Test call ${sequence}`,
      theme: 'A theme for testing.',
      guidance: 'Guidance for testing.',
      year: new Date().getFullYear(),
      opensOn: isoDay(spec.opensInDays ?? -7),
      closesOn: isoDay(spec.closesInDays ?? 30),
      questions: spec.questions ?? [],
    })
    .returning()
  if (!row) throw new Error('insert returned nothing')
  return row
}
