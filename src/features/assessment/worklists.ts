import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { practices } from '../../db/schema/index.js'
import type { SignedInUser } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { findActiveCriteria } from './criteria-repository.js'
import { AssessmentConflict, staleVersion } from './errors.js'
import {
  findAssessmentCandidates,
  findAssessments,
  findPracticeDueForReview,
  updatePracticeAtVersion,
  yearAfter,
} from './repository.js'
import { assessmentState, isHighScoring, stateForViewer, type AssessmentState } from './scoring.js'

type Candidate = Awaited<ReturnType<typeof findAssessmentCandidates>>[number]
export type WorklistItem = Candidate & {
  state: AssessmentState
  highScoring: boolean
  /** the viewer's own assessment: not started, in progress or complete */
  yours: 'none' | 'draft' | 'complete'
}

export interface Worklists {
  needingAssessment: WorklistItem[]
  disagreements: WorklistItem[]
  shortlisted: WorklistItem[]
}

/**
 * The assessment worklists. Only counts and final totals are shown, never anyone's own scores, so the
 * lists keep the blind rule too: a final total exists only once every required assessment is in.
 */
export async function findWorklists(db: Db, viewer: SignedInUser): Promise<Worklists> {
  const candidates = await findAssessmentCandidates(db)
  const keys = (await findActiveCriteria(db)).map((c) => c.key)
  const rows = await findAssessments(
    db,
    candidates.map((c) => c.id),
  )
  const items = candidates.map((candidate): WorklistItem => {
    const mine = rows.filter((r) => r.practiceId === candidate.id)
    const independent = mine.filter((r) => !r.isConsensus)
    const own = independent.find((r) => r.reviewerUserId === viewer.id)
    const state = stateForViewer(
      assessmentState(candidate.assessmentsRequired, independent, mine.find((r) => r.isConsensus) ?? null, keys),
      own !== undefined && own.completedAt === null,
    )
    return {
      ...candidate,
      state,
      highScoring: state.final !== null && isHighScoring(state.final),
      yours: own ? (own.completedAt ? 'complete' : 'draft') : 'none',
    }
  })
  const inReview = (i: WorklistItem) => i.status === 'submitted' || i.status === 'in_review'
  return {
    needingAssessment: items.filter((i) => inReview(i) && i.state.completed < i.state.required),
    disagreements: items.filter((i) => i.state.disagree && !i.state.hasConsensus),
    shortlisted: items.filter((i) => i.shortlisted),
  }
}

/** Today in London, as YYYY-MM-DD: review dates are calendar days where the programme works. */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now)
}

export function findDueForReview(db: Db, today: string) {
  return findPracticeDueForReview(db, today)
}

/** Published practice is still right: it is next due for review a year from today. */
export async function reconfirmPractice(
  db: Db,
  viewer: SignedInUser,
  practiceId: number,
  version: number,
  today: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [practice] = await tx
      .select({ id: practices.id, status: practices.status, reference: practices.reference })
      .from(practices)
      .where(eq(practices.id, practiceId))
    if (!practice) throw Object.assign(new Error('Not found'), { statusCode: 404 })
    if (practice.status !== 'published')
      throw new AssessmentConflict('Only published practice can be re-confirmed. Nothing has been changed.')
    const reviewDueOn = await yearAfter(tx, today)
    if (!(await updatePracticeAtVersion(tx, practice.id, version, { reviewDueOn }))) throw staleVersion()
    await recordPracticeEvent(tx, {
      practiceId: practice.id,
      kind: 'review-confirmed',
      details: { reviewDueOn },
      actorUserId: viewer.id,
    })
    await recordAuditEvent(tx, {
      action: 'review-confirmed',
      actorUserId: viewer.id,
      details: { practiceId: practice.id, reference: practice.reference, reviewDueOn },
    })
    return reviewDueOn
  })
}

/** The practice just re-confirmed, for the success banner. */
export async function findConfirmed(db: Db, practiceId: number) {
  if (!Number.isInteger(practiceId) || practiceId <= 0) return null
  const [row] = await db
    .select({ reference: practices.reference, title: practices.title, reviewDueOn: practices.reviewDueOn })
    .from(practices)
    .where(eq(practices.id, practiceId))
  return row?.reviewDueOn ? { ...row, reviewDueOn: row.reviewDueOn } : null
}
