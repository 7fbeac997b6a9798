import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { queryRows } from '../../src/db/client.js'
import {
  practiceRevisions,
  practices,
  type ConsentPublication,
  type PracticeStatus,
} from '../../src/db/schema/index.js'
import { aPractice, type PracticeSpec } from './factories.js'

let sequence = 100

/** A fresh reference like PB-2026-0101, unique within the test run. */
export const nextReference = () => `PB-2026-${String(++sequence).padStart(4, '0')}`

export interface SubmittedSpec extends PracticeSpec {
  consent?: ConsentPublication | null
  contactEmail?: string | null
}

/** Practice as the contributor's journey leaves it when sent: submitted, internal, with consent answered. */
export async function aSubmittedPractice(db: Db, spec: SubmittedSpec = {}) {
  const { consent, contactEmail, ...rest } = spec
  const row = await aPractice(db, {
    status: 'submitted',
    visibility: 'internal',
    reference: spec.reference ?? nextReference(),
    outcome: null,
    ...rest,
    slug: spec.slug ?? `draft-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
    values: {
      consentPublication: consent === undefined ? 'public' : consent,
      contactEmail: contactEmail ?? 'contact@example.org',
      submittedAt: new Date(Date.now() - 3 * 86_400_000),
      ...spec.values,
    },
  })
  if (!row.reference) throw new Error('submitted practice has a reference')
  return { ...row, reference: row.reference }
}

export async function practiceRow(db: Db, id: number) {
  const [row] = await db.select().from(practices).where(eq(practices.id, id))
  if (!row) throw new Error(`no practice ${id}`)
  return row
}

export async function setStatus(db: Db, id: number, status: PracticeStatus) {
  await db
    .update(practices)
    .set({ status, version: sql`${practices.version} + 1` })
    .where(eq(practices.id, id))
}

export async function eventsOf(db: Db, practiceId: number) {
  return queryRows<{ kind: string; body: string | null; internal: boolean }>(
    db,
    sql`select kind, body, internal from practice_events where practice_id = ${practiceId} order by id`,
  )
}

export async function auditActionsFor(db: Db, practiceId: number) {
  return (
    await queryRows<{ action: string }>(
      db,
      sql`select action from audit_events where (details->>'practiceId')::int = ${practiceId} order by id`,
    )
  ).map((r) => r.action)
}

/** A change to published practice as the submission journey leaves it: submitted for review. */
export async function aSubmittedRevision(db: Db, practiceId: number, content: Record<string, unknown>, number = 1) {
  const [row] = await db
    .insert(practiceRevisions)
    .values({ practiceId, number, status: 'submitted', content, submittedAt: new Date() })
    .returning()
  if (!row) throw new Error('insert returned nothing')
  return row
}
