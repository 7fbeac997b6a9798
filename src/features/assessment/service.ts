import type { Db } from '../../db/client.js'
import type { CriterionScore } from '../../db/schema/index.js'
import type { SignedInUser } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { findAllCriteria, type Criterion } from './criteria-repository.js'
import { CriteriaService } from './criteria-service.js'
import { AssessmentConflict, AssessmentForbidden, staleVersion } from './errors.js'
import {
  findAssessments,
  findPracticeByReference,
  saveConsensus,
  saveOwnAssessment,
  updatePracticeAtVersion,
  type AssessedPractice,
  type AssessmentRow,
} from './repository.js'
import {
  findConfirmed,
  findDueForReview,
  findWorklists,
  londonToday,
  reconfirmPractice,
  type Worklists,
} from './worklists.js'
import {
  assessmentState,
  compareAssessments,
  stateForViewer,
  type AssessmentState,
  type Comparison,
} from './scoring.js'

/** Practice can be scored from submission until it leaves review for good. */
const assessableStatuses = new Set(['submitted', 'in_review', 'changes_requested', 'published'])

export interface AssessmentView {
  practice: AssessedPractice
  /** the criteria to score now */
  criteria: Criterion[]
  /** labels of every criterion, retired ones too, for showing scores given earlier */
  labels: Record<string, string>
  own: AssessmentRow | null
  /** the other assessments and the comparison: only once every required assessment is in */
  others: AssessmentRow[]
  comparison: (Comparison & { first: AssessmentRow; second: AssessmentRow }) | null
  consensus: AssessmentRow | null
  state: AssessmentState
  canScore: boolean
  /** why the viewer cannot score, when they cannot */
  cannotScoreReason: string | null
  canRecordConsensus: boolean
  canShortlist: boolean
  canChangeRequired: boolean
  /** who is assessing and how far they have got: names only, never scores */
  assessors: { name: string; complete: boolean; you: boolean }[]
}

export interface AssessmentSummary {
  required: number
  completed: number
  /** two completed assessments disagree and there is no consensus yet */
  scoresDiffer: boolean
}

/** Scoring practice against the criteria, blind double assessment, consensus and the shortlist. */
export class AssessmentService {
  readonly criteria: CriteriaService

  constructor(private readonly db: Db) {
    this.criteria = new CriteriaService(db)
  }

  /** The criteria contributors are judged against, for the start page. */
  activeCriteria(): Promise<Criterion[]> {
    return this.criteria.active()
  }

  async exists(reference: string): Promise<boolean> {
    return (await findPracticeByReference(this.db, reference)) !== null
  }

  /** Everything the assessment page shows to this viewer; null when there is no such practice. */
  async view(viewer: SignedInUser, reference: string, db: Db = this.db): Promise<AssessmentView | null> {
    const practice = await findPracticeByReference(db, reference)
    if (!practice) return null
    const all = await findAllCriteria(db)
    const criteria = all.filter((c) => !c.retiredAt)
    const keys = criteria.map((c) => c.key)
    const rows = await findAssessments(db, [practice.id])
    const independent = rows.filter((r) => !r.isConsensus)
    const consensus = rows.find((r) => r.isConsensus) ?? null
    const own = independent.find((r) => r.reviewerUserId === viewer.id) ?? null
    const state = stateForViewer(
      assessmentState(practice.assessmentsRequired, independent, consensus, keys),
      own !== null && own.completedAt === null,
    )
    const othersStarted = independent.filter((r) => r.reviewerUserId !== viewer.id)
    const done = independent.filter((r) => r.completedAt)
    const [first, second] = done
    const comparison =
      state.revealed && first && second
        ? { ...compareAssessments(keys, first.scores, second.scores), first, second }
        : null
    const cannotScoreReason = this.cannotScoreReason(viewer, practice, own, othersStarted.length, state)
    return {
      practice,
      criteria,
      labels: Object.fromEntries(all.map((c) => [c.key, c.label])),
      own,
      // The blind rule: nobody sees anyone else's scores until every required assessment is complete.
      others: state.revealed ? othersStarted.filter((r) => r.completedAt) : [],
      comparison,
      consensus: state.revealed ? consensus : null,
      state,
      canScore: cannotScoreReason === null,
      cannotScoreReason,
      canRecordConsensus: comparison !== null && assessableStatuses.has(practice.status),
      canShortlist: state.final !== null && assessableStatuses.has(practice.status),
      canChangeRequired: assessableStatuses.has(practice.status),
      assessors: independent.map((r) => ({
        name: r.reviewerName ?? 'A former reviewer',
        complete: r.completedAt !== null,
        you: r.reviewerUserId === viewer.id,
      })),
    }
  }

  private cannotScoreReason(
    viewer: SignedInUser,
    practice: AssessedPractice,
    own: AssessmentRow | null,
    others: number,
    state: AssessmentState,
  ): string | null {
    if (!assessableStatuses.has(practice.status)) return 'This practice cannot be assessed in its current state.'
    if (practice.submittedByUserId === viewer.id) return 'You cannot assess practice you submitted.'
    if (own?.completedAt) return 'You have completed your assessment.'
    if (own) return null
    if (others >= practice.assessmentsRequired)
      return state.revealed
        ? 'Every assessment this practice needs is complete.'
        : 'Enough reviewers are already assessing this practice.'
    return null
  }

  private async viewOrThrow(viewer: SignedInUser, reference: string, db: Db): Promise<AssessmentView> {
    const view = await this.view(viewer, reference, db)
    if (!view) throw Object.assign(new Error('Not found'), { statusCode: 404 })
    return view
  }

  /** Saves the viewer's own scores as a draft, or completes them (after which they cannot change). */
  async saveOwn(viewer: SignedInUser, reference: string, scores: Record<string, CriterionScore>, complete: boolean) {
    await this.db.transaction(async (tx) => {
      const view = await this.viewOrThrow(viewer, reference, tx)
      if (view.practice.submittedByUserId === viewer.id) throw new AssessmentForbidden(view.cannotScoreReason ?? '')
      if (!view.canScore) throw new AssessmentConflict(`${view.cannotScoreReason} Nothing has been changed.`)
      const id = await saveOwnAssessment(tx, view.practice.id, viewer.id, scores, complete)
      if (!id) throw new AssessmentConflict('You have completed your assessment. Nothing has been changed.')
      if (!complete) return
      const facts = { practiceId: view.practice.id, reference }
      // No scores in the timeline or the audit log: they would give the blind assessment away.
      await recordPracticeEvent(tx, {
        practiceId: view.practice.id,
        kind: 'assessment-completed',
        internal: true,
        details: { assessmentId: id },
        actorUserId: viewer.id,
      })
      await recordAuditEvent(tx, { action: 'assessment-completed', actorUserId: viewer.id, details: facts })
    })
  }

  async setRequired(viewer: SignedInUser, reference: string, required: 1 | 2, version: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      const view = await this.viewOrThrow(viewer, reference, tx)
      if (!assessableStatuses.has(view.practice.status))
        throw new AssessmentConflict('This practice cannot be assessed in its current state. Nothing has been changed.')
      if (!(await updatePracticeAtVersion(tx, view.practice.id, version, { assessmentsRequired: required })))
        throw staleVersion()
      await recordPracticeEvent(tx, {
        practiceId: view.practice.id,
        kind: 'assessments-required',
        internal: true,
        details: { required },
        actorUserId: viewer.id,
      })
    })
  }

  async recordConsensus(
    viewer: SignedInUser,
    reference: string,
    scores: Record<string, CriterionScore>,
    version: number,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const view = await this.viewOrThrow(viewer, reference, tx)
      if (!view.canRecordConsensus)
        throw new AssessmentConflict(
          'A consensus can be recorded only once two assessments are complete. Nothing has been changed.',
        )
      if (!(await updatePracticeAtVersion(tx, view.practice.id, version, {}))) throw staleVersion()
      await saveConsensus(tx, view.practice.id, viewer.id, scores)
      const facts = { practiceId: view.practice.id, reference }
      await recordPracticeEvent(tx, {
        practiceId: view.practice.id,
        kind: 'consensus-recorded',
        internal: true,
        actorUserId: viewer.id,
      })
      await recordAuditEvent(tx, { action: 'consensus-recorded', actorUserId: viewer.id, details: facts })
    })
  }

  async setShortlisted(viewer: SignedInUser, reference: string, shortlisted: boolean, version: number) {
    await this.db.transaction(async (tx) => {
      const view = await this.viewOrThrow(viewer, reference, tx)
      if (shortlisted && !view.canShortlist)
        throw new AssessmentConflict(
          view.state.disagree && !view.state.hasConsensus
            ? 'The two assessments disagree: record a consensus before you shortlist this practice. Nothing has been changed.'
            : 'Practice can be shortlisted only once its assessment is complete. Nothing has been changed.',
        )
      if (!(await updatePracticeAtVersion(tx, view.practice.id, version, { shortlisted }))) throw staleVersion()
      const details = { practiceId: view.practice.id, reference, shortlisted, total: view.state.final?.total ?? null }
      await recordPracticeEvent(tx, {
        practiceId: view.practice.id,
        kind: shortlisted ? 'shortlisted' : 'shortlist-removed',
        internal: true,
        details: { total: details.total },
        actorUserId: viewer.id,
      })
      await recordAuditEvent(tx, { action: 'practice-shortlisted', actorUserId: viewer.id, details })
    })
  }

  /**
   * How far a practice's assessment has got, for the review page: counts only, and whether the scores
   * differ once every required assessment is in (the blind rule holds: no scores, no totals).
   */
  async summary(viewer: SignedInUser, reference: string): Promise<AssessmentSummary | null> {
    const view = await this.view(viewer, reference)
    if (!view) return null
    const { required, completed, revealed, disagree, hasConsensus } = view.state
    return { required, completed, scoresDiffer: revealed && disagree && !hasConsensus }
  }

  /** References of practice whose two completed assessments disagree with no consensus yet. */
  async referencesWithScoresThatDiffer(viewer: SignedInUser): Promise<Set<string>> {
    const { disagreements } = await this.worklists(viewer)
    return new Set(disagreements.flatMap((i) => (i.reference ? [i.reference] : [])))
  }

  /** Practice needing assessment, where two assessments disagree, and the shortlist. */
  worklists(viewer: SignedInUser): Promise<Worklists> {
    return findWorklists(this.db, viewer)
  }

  /** Published practice past its review date, oldest first, with days overdue. */
  dueForReview(today = londonToday()) {
    return findDueForReview(this.db, today)
  }

  /** Re-confirms published practice; returns its next review date. */
  reconfirm(viewer: SignedInUser, practiceId: number, version: number, today = londonToday()): Promise<string> {
    return reconfirmPractice(this.db, viewer, practiceId, version, today)
  }

  lastConfirmed(practiceId: number) {
    return findConfirmed(this.db, practiceId)
  }
}
