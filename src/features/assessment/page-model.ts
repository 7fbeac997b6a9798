import type { CriterionScore } from '../../db/schema/index.js'
import type { FormError } from '../../web/forms.js'
import { errorFor } from '../../web/forms.js'
import { rationaleField, rationaleMax, scoreField } from './forms.js'
import { isHighScoring, maxScore, minScore, totalOf } from './scoring.js'
import type { AssessmentView } from './service.js'
import type { AssessmentRow } from './repository.js'

export interface PageProblems {
  errors?: FormError[]
  /** which form the errors belong to, so that only that form shows them inline and keeps the input */
  form?: 'own' | 'consensus' | 'required' | 'shortlist'
  input?: Record<string, unknown>
}

const statusLabels: Record<string, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  published: 'Published',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  archived: 'Archived',
}
export const statusLabel = (status: string) => statusLabels[status] ?? status

/** Score table rows for one completed assessment, in criterion order. */
function scoreRows(view: AssessmentView, scores: Record<string, CriterionScore>) {
  const keys = [
    ...view.criteria.map((c) => c.key),
    ...Object.keys(scores).filter((k) => !view.criteria.some((c) => c.key === k)),
  ]
  return keys
    .filter((key) => scores[key])
    .map((key) => ({
      key,
      label: view.labels[key] ?? key,
      score: scores[key]?.score,
      rationale: scores[key]?.rationale,
    }))
}

function assessmentSummary(view: AssessmentView, row: AssessmentRow) {
  const total = totalOf(row.scores)
  return {
    name: row.reviewerName ?? 'A former reviewer',
    completedAt: row.completedAt,
    total,
    rows: scoreRows(view, row.scores),
  }
}

/** The fields of a scores form: each criterion's radios and rationale, filled from `values`. */
function scoreFields(view: AssessmentView, values: Record<string, unknown>, errors: FormError[] | undefined) {
  return view.criteria.map((c) => {
    const chosen = String(values[scoreField(c.key)] ?? '')
    return {
      key: c.key,
      label: c.label,
      description: c.description,
      scoreName: scoreField(c.key),
      rationaleName: rationaleField(c.key),
      scoreItems: Array.from({ length: maxScore - minScore + 1 }, (_, i) => {
        const value = String(minScore + i)
        return { value, text: value, checked: chosen === value }
      }),
      rationale: values[rationaleField(c.key)] ?? '',
      scoreError: errorFor(errors, scoreField(c.key)),
      rationaleError: errorFor(errors, rationaleField(c.key)),
    }
  })
}

const valuesFrom = (scores: Record<string, CriterionScore> | undefined): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(scores ?? {}).flatMap(([key, s]) => [
      [scoreField(key), s.score ? String(s.score) : ''],
      [rationaleField(key), s.rationale],
    ]),
  )

export function assessmentPageModel(view: AssessmentView, problems: PageProblems = {}) {
  const { practice, state } = view
  const inputFor = (form: PageProblems['form']) => (problems.form === form ? problems.input : undefined)
  const errorsFor = (form: PageProblems['form']) => (problems.form === form ? problems.errors : undefined)
  const single = !view.comparison && state.revealed ? (view.others[0] ?? null) : null
  return {
    pageTitle: `Assessment: ${practice.title}`,
    activeNav: 'review',
    errors: problems.errors,
    practice,
    statusLabel: statusLabel(practice.status),
    state,
    highScoring: state.final !== null && isHighScoring(state.final),
    rationaleMax,
    own: view.own?.completedAt ? assessmentSummary(view, view.own) : null,
    ownDraftSaved: view.own && !view.own.completedAt ? view.own.updatedAt : null,
    canScore: view.canScore,
    cannotScoreReason: view.cannotScoreReason,
    ownFields: view.canScore
      ? scoreFields(view, inputFor('own') ?? valuesFrom(view.own?.scores), errorsFor('own'))
      : [],
    comparison: view.comparison && {
      first: assessmentSummary(view, view.comparison.first),
      second: assessmentSummary(view, view.comparison.second),
      rows: view.comparison.criteria.map((c) => ({
        ...c,
        label: view.labels[c.key] ?? c.key,
        firstRationale: view.comparison?.first.scores[c.key]?.rationale,
        secondRationale: view.comparison?.second.scores[c.key]?.rationale,
      })),
      totalDifference: view.comparison.totalDifference,
      disagree: view.comparison.disagree,
    },
    single: single && assessmentSummary(view, single),
    consensus: view.consensus && assessmentSummary(view, view.consensus),
    canRecordConsensus: view.canRecordConsensus,
    consensusFields: view.canRecordConsensus
      ? scoreFields(view, inputFor('consensus') ?? valuesFrom(view.consensus?.scores), errorsFor('consensus'))
      : [],
    canShortlist: view.canShortlist,
    canChangeRequired: view.canChangeRequired,
    assessorsText: view.assessors.length
      ? view.assessors.map((a) => `${a.you ? 'You' : a.name} (${a.complete ? 'complete' : 'in progress'})`).join(', ')
      : 'No one yet',
    requiredError: errorFor(errorsFor('required'), 'required'),
    requiredItems: [
      { value: '1', text: 'One assessment', checked: practice.assessmentsRequired === 1 },
      { value: '2', text: 'Two independent assessments', checked: practice.assessmentsRequired === 2 },
    ],
  }
}
