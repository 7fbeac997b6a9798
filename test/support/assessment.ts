import { sql } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { queryRows } from '../../src/db/client.js'

/** The seeded criteria, in their order. */
export const criterionKeys = [
  'can-be-evaluated',
  'usefulness-and-scalability',
  'innovation',
  'harm-addressed',
  'threat-addressed',
] as const

/** The fields of a complete scores form: one score and a rationale ("<note>: <key>") per criterion. */
export function scoresForm(scores: readonly number[], note: string): Record<string, string> {
  return Object.fromEntries(
    criterionKeys.flatMap((key, i) => [
      [`score-${key}`, String(scores[i] ?? '')],
      [`rationale-${key}`, `${note}: ${key}`],
    ]),
  )
}

export async function assessmentRows(db: Db, practiceId: number) {
  return queryRows<{
    reviewer_user_id: number | null
    is_consensus: boolean
    scores: Record<string, { score: number; rationale: string }>
    completed: boolean
  }>(
    db,
    sql`select reviewer_user_id, is_consensus, scores, completed_at is not null as completed
        from assessments where practice_id = ${practiceId} order by id`,
  )
}

export async function practiceRow(db: Db, id: number) {
  const [row] = await queryRows<{
    version: number
    shortlisted: boolean
    assessments_required: number
    review_due_on: string | null
  }>(db, sql`select version, shortlisted, assessments_required, review_due_on::text from practices where id = ${id}`)
  if (!row) throw new Error(`no practice ${id}`)
  return row
}

export async function eventKinds(db: Db, practiceId: number) {
  const rows = await queryRows<{ kind: string; internal: boolean; details: unknown; body: string | null }>(
    db,
    sql`select kind, internal, details, body from practice_events where practice_id = ${practiceId} order by id`,
  )
  return rows
}

export async function auditActionsFor(db: Db, reference: string) {
  const rows = await queryRows<{ action: string }>(
    db,
    sql`select action from audit_events where details->>'reference' = ${reference} order by id`,
  )
  return rows.map((r) => r.action)
}
