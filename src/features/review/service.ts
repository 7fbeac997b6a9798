import type { Db } from '../../db/client.js'
import type { Viewer } from '../access/visibility.js'
import type { ReferenceService } from '../reference/service.js'
import type { Term } from '../reference/types.js'
import { contentOf } from '../submissions/content.js'
import { loadAtVersion, PracticeNotFound, recordHappening, writeAtVersion, type Actor } from './actions.js'
import { answerSections } from './answers-view.js'
import { findSimilarText, findSimilarTitles } from './duplicates-repository.js'
import type { ClassifyValues } from './forms.js'
import { countQueue, findQueue, type QueueFilters } from './queue-repository.js'
import { findAttachments, findPracticeByReference, findReviewers, findRevisions } from './repository.js'
import { reviewAccess, workableStatuses } from './rules.js'
import { canDo, nextStatus, TransitionRefused, type PracticeAction } from './state-machine.js'
import { findPracticeEvents } from './timeline-repository.js'
import {
  findLinkedToolkitEntries,
  findToolkitEntry,
  linkToolkitEntry,
  searchToolkit,
  unlinkToolkitEntry,
} from './toolkit-repository.js'

/** A choice that was not among those offered (a reviewer who is not one, a Toolkit entry that does not exist). */
export class BadChoice extends Error {
  readonly statusCode = 400
}

export const decisionActions = ['requestChanges', 'reject', 'publish', 'unpublish', 'archive'] as const

/** Triage and the review page: the queue, what reviewers read, and what they change short of a decision. */
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
  ) {}

  async queue(filters: QueueFilters) {
    const [rows, counts, reviewers] = await Promise.all([
      findQueue(this.db, filters),
      countQueue(this.db),
      findReviewers(this.db),
    ])
    return { rows, counts, reviewers }
  }

  /** The review page's data, or null when there is no such practice; `access` says how much to show. */
  async page(viewer: Viewer, reference: string, toolkitQuery: string | null) {
    const found = await findPracticeByReference(this.db, reference)
    if (!found || found.practice.status === 'draft') return null
    const p = found.practice
    const access = reviewAccess(viewer, p)
    if (access === 'none') return { access: 'none' as const }
    const review = access === 'review'
    const ref = await this.reference.get()
    const content = contentOf(p)
    const [events, attachments, toolkitLinks, revisions] = await Promise.all([
      findPracticeEvents(this.db, p.id, { includeInternal: review }),
      findAttachments(this.db, p.id),
      findLinkedToolkitEntries(this.db, p.id),
      findRevisions(this.db, p.id),
    ])
    const duplicateText = `${p.title} ${p.summary}`
    const [similarTitles, similarText, reviewers, toolkitResults] = review
      ? await Promise.all([
          findSimilarTitles(this.db, p.id, p.title),
          findSimilarText(this.db, p.id, duplicateText),
          findReviewers(this.db),
          toolkitQuery ? searchToolkit(this.db, toolkitQuery) : Promise.resolve(null),
        ])
      : [[], [], [], null]
    const decisions = Object.fromEntries(decisionActions.map((a) => [a, canDo(a, p.status)])) as Record<
      (typeof decisionActions)[number],
      boolean
    >
    return {
      access,
      practice: p,
      submitterName: found.submitterName,
      organisation: ref.organisationById.get(p.organisationId) ?? null,
      call: p.callId ? (ref.callById.get(p.callId) ?? null) : null,
      answerSections: answerSections(content, ref),
      selfOutcome: p.selfOutcomeId ? (ref.termById.get(p.selfOutcomeId) ?? null) : null,
      outcome: p.outcomeId ? (ref.termById.get(p.outcomeId) ?? null) : null,
      terms: ref.terms,
      events,
      attachments,
      toolkitLinks,
      toolkitResults,
      revisions,
      similarTitles,
      similarText: similarText.filter((d) => !similarTitles.some((t) => t.id === d.id)),
      reviewers,
      decisions,
      workable: workableStatuses.includes(p.status),
    }
  }

  /** Assigns the practice; a submitted practice goes into review as it is picked up. */
  async assign(actor: Actor, reference: string, version: number, assigneeId: number): Promise<void> {
    const reviewers = await findReviewers(this.db)
    const assignee = reviewers.find((r) => r.id === assigneeId)
    if (!assignee) throw new BadChoice('Choose a reviewer')
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      const p = found.practice
      this.requireWorkable(p.status, 'assign')
      const status = canDo('startReview', p.status) ? nextStatus('startReview', p.status) : p.status
      await writeAtVersion(tx, p, version, { assignedToUserId: assigneeId, status })
      await recordHappening(tx, p, actor, {
        kind: 'assigned',
        audit: 'practice-assigned',
        internal: true,
        body: `Assigned to ${assignee.name ?? 'a reviewer'}`,
        details: { assigneeUserId: assigneeId, ...(status !== p.status ? { status } : {}) },
        version: version + 1,
      })
    })
  }

  /** The reviewer's classification; unknown keys are refused by `classificationProblems` first. */
  async classify(actor: Actor, reference: string, version: number, values: ClassifyValues): Promise<void> {
    const ref = await this.reference.get()
    const ids = (taxonomy: string, keys: string[]) =>
      keys.map((key) => termFor(ref.terms, taxonomy, key)?.id).filter((id): id is number => id !== undefined)
    const one = (taxonomy: string, key: string | undefined) =>
      key ? (termFor(ref.terms, taxonomy, key)?.id ?? null) : null
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      const p = found.practice
      this.requireWorkable(p.status, 'classify')
      const status = canDo('startReview', p.status) ? nextStatus('startReview', p.status) : p.status
      const classification = {
        purposeIds: ids('purpose', values.purposes),
        topicIds: ids('topic', values.topics),
        outcomeId: one('outcome-category', values.outcome),
        stageId: one('stage', values.stage),
        recognitionIds: ids('recognised-practice', values.recognised),
        scaleId: one('scale', values.scale),
        // practice sent before the question existed stays "not asked" unless the reviewer ticks some
        challengeIds:
          p.challengeIds === null && values.challenges.length === 0
            ? null
            : ids('implementation-challenge', values.challenges),
      }
      await writeAtVersion(tx, p, version, { ...classification, status })
      await recordHappening(tx, p, actor, {
        kind: 'classified',
        audit: 'practice-classified',
        internal: true,
        details: { ...values, version: undefined },
        version: version + 1,
      })
    })
  }

  /** Keys that are not terms of the right taxonomy, as form errors. */
  async classificationProblems(values: ClassifyValues): Promise<{ fieldId: string; text: string }[]> {
    const { terms } = await this.reference.get()
    const checks: [string, string, string[]][] = [
      ['purposes', 'purpose', values.purposes],
      ['topics', 'topic', values.topics],
      ['outcome', 'outcome-category', values.outcome ? [values.outcome] : []],
      ['stage', 'stage', values.stage ? [values.stage] : []],
      ['recognised', 'recognised-practice', values.recognised],
      ['scale', 'scale', values.scale ? [values.scale] : []],
      ['challenges', 'implementation-challenge', values.challenges],
    ]
    return checks
      .filter(([, taxonomy, keys]) => keys.some((key) => !termFor(terms, taxonomy, key)))
      .map(([fieldId]) => ({ fieldId, text: 'Select from the options shown' }))
  }

  /** Notes only add to the timeline, so they cannot overwrite anyone: no version check, no version bump. */
  async addNote(actor: Actor, reference: string, note: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await findPracticeByReference(tx, reference)
      if (!found || found.practice.status === 'draft') throw new PracticeNotFound()
      await recordHappening(tx, found.practice, actor, {
        kind: 'note',
        audit: null,
        internal: true,
        body: note,
        version: found.practice.version,
      })
    })
  }

  async linkToolkit(
    actor: Actor,
    reference: string,
    version: number,
    entryId: number,
    note: string | null,
  ): Promise<void> {
    const entry = await findToolkitEntry(this.db, entryId)
    if (!entry) throw new BadChoice('Choose a Toolkit intervention')
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      this.requireWorkable(found.practice.status, 'link')
      await writeAtVersion(tx, found.practice, version, {})
      if (
        !(await linkToolkitEntry(tx, {
          practiceId: found.practice.id,
          toolkitEntryId: entryId,
          note,
          userId: actor.id,
        }))
      )
        return
      await recordHappening(tx, found.practice, actor, {
        kind: 'toolkit-linked',
        audit: 'toolkit-linked',
        body: note ? `${entry.title}: ${note}` : entry.title,
        details: { toolkitEntryId: entryId },
        version: version + 1,
      })
    })
  }

  async unlinkToolkit(actor: Actor, reference: string, version: number, entryId: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      this.requireWorkable(found.practice.status, 'unlink')
      const entry = await findToolkitEntry(tx, entryId)
      if (!entry || !(await unlinkToolkitEntry(tx, found.practice.id, entryId))) throw new PracticeNotFound()
      await writeAtVersion(tx, found.practice, version, {})
      await recordHappening(tx, found.practice, actor, {
        kind: 'toolkit-unlinked',
        audit: 'toolkit-unlinked',
        body: entry.title,
        details: { toolkitEntryId: entryId },
        version: version + 1,
      })
    })
  }

  /** What the reviewer missed: the practice as it is now and the events after the version they saw. */
  async conflict(reference: string, seenVersion: number, revisionNumber: number | null = null) {
    const found = await findPracticeByReference(this.db, reference)
    if (!found) return null
    const ref = await this.reference.get()
    const events = await findPracticeEvents(this.db, found.practice.id, { includeInternal: true })
    const since =
      revisionNumber === null
        ? events.filter((e) => Number(e.details?.version ?? 0) > seenVersion)
        : events.filter(
            (e) => e.details?.revision === revisionNumber && Number(e.details.revisionVersion ?? 0) > seenVersion,
          )
    const p = found.practice
    return {
      practice: p,
      seenVersion,
      events: since,
      outcome: p.outcomeId ? (ref.termById.get(p.outcomeId)?.label ?? null) : null,
    }
  }

  private requireWorkable(status: (typeof workableStatuses)[number] | string, action: string): void {
    if (!workableStatuses.includes(status as (typeof workableStatuses)[number]))
      throw new TransitionRefused(action, status)
  }
}

export type ReviewPage = Exclude<NonNullable<Awaited<ReturnType<ReviewService['page']>>>, { access: 'none' }>

function termFor(terms: Term[], taxonomy: string, key: string): Term | undefined {
  return terms.find((t) => t.taxonomy === taxonomy && t.key === key)
}

export type { PracticeAction }
