import type { Term } from '../reference/types.js'
import type { FormError } from '../../web/forms.js'
import type { ReviewPage } from './service.js'
import { allowedVisibilities, consentLabels, statusLabels, statusTagClasses, visibilityLabels } from './rules.js'

export interface FormState {
  errors?: FormError[]
  /** what the reviewer typed, kept when the page is shown again with errors */
  input?: Record<string, unknown>
}

const asList = (value: unknown): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)]

const daysBetween = (from: Date | null, to = new Date()) =>
  from ? Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000)) : null

/** The review page's view model: the data, plus the items GOV.UK components want. */
export function reviewPageModel(page: ReviewPage, state: FormState = {}) {
  const p = page.practice
  const input = state.input
  const termsOf = (taxonomy: string) => page.terms.filter((t) => t.taxonomy === taxonomy)
  const keyOf = (id: number | null) => page.terms.find((t) => t.id === id)?.key
  const keysOf = (ids: number[]) => ids.map((id) => keyOf(id)).filter((k): k is string => Boolean(k))
  // Pre-filled from the practice as it stands (the contributor's answers until a reviewer classifies it).
  const selected = {
    purposes: input ? asList(input.purposes) : keysOf(p.purposeIds),
    topics: input ? asList(input.topics) : keysOf(p.topicIds),
    outcome: input ? asList(input.outcome) : asList(keyOf(p.outcomeId ?? p.selfOutcomeId)),
    stage: input ? asList(input.stage) : asList(keyOf(p.stageId)),
    recognised: input ? asList(input.recognised) : keysOf(p.recognitionIds),
    scale: input ? asList(input.scale) : asList(keyOf(p.scaleId)),
    challenges: input ? asList(input.challenges) : keysOf(p.challengeIds ?? []),
  }
  const items = (taxonomy: string, chosen: string[]) =>
    termsOf(taxonomy).map((t: Term) => ({ value: t.key, text: t.label, checked: chosen.includes(t.key) }))
  const allowed = allowedVisibilities(p.consentPublication)
  const chosenVisibility = input ? asList(input.visibility)[0] : undefined
  return {
    ...page,
    errors: state.errors,
    errorMap: errorMap(state.errors),
    input: input ?? {},
    statusLabel: statusLabels[p.status],
    statusTagClass: statusTagClasses[p.status],
    daysWaiting: daysBetween(p.submittedAt),
    consentLabel: p.consentPublication ? consentLabels[p.consentPublication] : 'Not answered: it may not be published',
    visibilityLabel: visibilityLabels[p.visibility],
    classification: {
      purposes: items('purpose', selected.purposes),
      topics: items('topic', selected.topics),
      outcome: items('outcome-category', selected.outcome),
      stage: items('stage', selected.stage),
      recognised: items('recognised-practice', selected.recognised),
      scale: items('scale', selected.scale),
      challenges: items('implementation-challenge', selected.challenges),
    },
    // Only what the contributor agreed to is offered (the service refuses anything wider in any case).
    visibilityItems: allowed.map((v) => ({ value: v, text: visibilityLabels[v], checked: chosenVisibility === v })),
    reviewerItems: [
      { value: '', text: 'Choose a reviewer' },
      ...page.reviewers.map((r) => ({
        value: String(r.id),
        text: r.name ?? 'Unnamed reviewer',
        selected: r.id === p.assignedToUserId,
      })),
    ],
    assignee: page.reviewers.find((r) => r.id === p.assignedToUserId)?.name ?? null,
    openRevisions: page.revisions.filter((r) => r.status === 'submitted'),
    timeline: timelineItems(page.events),
    latestReply: latestReply(page.events),
  }
}

/** The contributor's newest reply to a reviewer's comments, shown near the top of the review page. */
export function latestReply(events: TimelineEvent[]) {
  const reply = events.findLast((e) => e.kind === 'contributor-replied')
  return reply ? { body: reply.body ?? '', createdAt: reply.createdAt, actorName: reply.actorName } : null
}

/** fieldId → the component's errorMessage */
export function errorMap(errors: FormError[] | undefined): Record<string, { text: string }> {
  return Object.fromEntries((errors ?? []).map((e) => [e.fieldId, { text: e.text }]))
}

const eventLabels: Record<string, string> = {
  created: 'Draft started',
  submitted: 'Submitted',
  resubmitted: 'Sent again after changes',
  withdrawn: 'Withdrawn by the contributor',
  assigned: 'Assigned',
  'review-started': 'Review started',
  'changes-requested': 'Changes requested',
  rejected: 'Rejected',
  published: 'Published',
  unpublished: 'Unpublished',
  archived: 'Archived',
  classified: 'Classified',
  'toolkit-linked': 'Linked to a What Works Toolkit intervention',
  'toolkit-unlinked': 'Unlinked from a What Works Toolkit intervention',
  note: 'Internal note',
  'revision-submitted': 'Changes to the published practice sent for review',
  'revision-approved': 'Changes to the published practice approved',
  'revision-changes-requested': 'More work asked for on changes to the published practice',
  'revision-rejected': 'Changes to the published practice rejected',
  'contributor-replied': 'Reply from the contributor',
  'theory-of-change-saved': 'Theory of change saved',
  'theory-of-change-comment': 'Comment on the theory of change',
  'evaluation-requested': 'An academic asked to be introduced for an evaluation',
  'evaluation-request-withdrawn': 'The academic withdrew their request to evaluate',
  'evaluation-request-declined': 'Request to evaluate declined',
  'evaluation-introduced': 'Academic introduced: an evaluation is proposed',
  'evaluation-status': 'Evaluation status changed',
  'evaluation-reported': 'Evaluation reported: look again at the stage of practice and outcome category',
  'evaluation-classification-revisited': 'Classification looked at again after the evaluation report',
  'evaluation-details-changed': 'Evaluation details corrected (evaluator, institution, method or dates)',
}

export function eventLabel(kind: string): string {
  return eventLabels[kind] ?? kind.replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase())
}

interface TimelineEvent {
  kind: string
  body: string | null
  internal: boolean
  createdAt: Date
  actorName: string | null
}

/** Items for the MoJ timeline, newest first. */
export function timelineItems(events: TimelineEvent[]) {
  return [...events].reverse().map((e) => ({
    label: { text: eventLabel(e.kind) + (e.internal ? ' (internal)' : '') },
    text: e.body ?? '',
    datetime: { timestamp: e.createdAt.toISOString(), type: 'datetime' },
    byline: { text: e.actorName ?? 'Practice Bank' },
    attributes: { 'data-qa': `event-${e.kind}` },
  }))
}
