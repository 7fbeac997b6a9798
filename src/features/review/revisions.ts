import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { practices } from '../../db/schema/index.js'
import { findRevisionAttachmentChanges, settleRevisionAttachments } from '../attachments/repository.js'
import type { FileStore } from '../attachments/file-store.js'
import { visibilityWithinConsent } from '../access/consent.js'
import type { ReferenceService } from '../reference/service.js'
import {
  changedFields,
  contentFields,
  contentOf,
  revisionContent,
  type PracticeContent,
} from '../submissions/content.js'
import { PracticeNotFound, recordHappening, StaleVersion, tellContributor, type Actor } from './actions.js'
import { answerText } from '../practice-fields/answers.js'
import { reviewEmails } from './emails.js'
import { findPracticeByReference, findRevision, updateRevisionAtVersion } from './repository.js'
import { nextRevisionStatus, type RevisionAction } from './state-machine.js'
import { wordDiffHtml } from './word-diff.js'
import { eq, sql } from 'drizzle-orm'

const longText = new Set([
  'summary',
  'problem',
  'aims',
  'approach',
  'resources',
  'implementationChallenges',
  'lessonsLearned',
  'sustainability',
  'evaluationMethod',
  'evaluationResults',
  'partners',
  'otherOrganisations',
  'links',
  'callAnswers',
])

/** Changes to published practice: compared field by field, then approved, sent back or rejected. */
export class RevisionService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly config: Pick<Config, 'baseUrl'>,
    private readonly files: Pick<FileStore, 'remove'>,
  ) {}

  private async load(db: Db, reference: string, number: number) {
    const found = await findPracticeByReference(db, reference)
    if (!found || found.practice.status === 'draft') return null
    const revision = await findRevision(db, found.practice.id, number)
    if (!revision) return null
    return { found, revision }
  }

  /** The live practice beside the revision: only the fields that differ, long text as a word diff. */
  async comparison(reference: string, number: number) {
    const loaded = await this.load(this.db, reference, number)
    if (!loaded) return null
    const { found, revision } = loaded
    const ref = await this.reference.get()
    const live = contentOf(found.practice)
    const proposed = revisionContent(revision.content, found.practice)
    const labels = new Map(contentFields)
    const changes = await Promise.all(
      changedFields(live, proposed).map(async (field) => {
        const before = answerText(field, live, ref)
        const after = answerText(field, proposed, ref)
        return {
          field,
          label: labels.get(field) ?? field,
          before,
          after,
          diffHtml: longText.has(field) ? await wordDiffHtml(before, after) : null,
        }
      }),
    )
    const attachmentChanges = await findRevisionAttachmentChanges(this.db, revision.id)
    return { practice: found.practice, revision, changes, attachmentChanges }
  }

  async approve(actor: Actor, reference: string, number: number, version: number, comments: string | null) {
    await this.decide(actor, reference, number, version, 'approve', comments)
  }

  async requestChanges(actor: Actor, reference: string, number: number, version: number, comments: string) {
    await this.decide(actor, reference, number, version, 'requestChanges', comments)
  }

  async reject(actor: Actor, reference: string, number: number, version: number, comments: string) {
    await this.decide(actor, reference, number, version, 'reject', comments)
  }

  private async decide(
    actor: Actor,
    reference: string,
    number: number,
    version: number,
    action: Extract<RevisionAction, 'approve' | 'requestChanges' | 'reject'>,
    comments: string | null,
  ): Promise<void> {
    let unusedFiles: string[] = []
    await this.db.transaction(async (tx) => {
      const loaded = await this.load(tx, reference, number)
      if (!loaded) throw new PracticeNotFound()
      const { found, revision } = loaded
      if (revision.version !== version) throw new StaleVersion(reference, version, number)
      const status = nextRevisionStatus(action, revision.status)
      const now = new Date()
      const ok = await updateRevisionAtVersion(tx, revision.id, version, {
        status,
        decidedByUserId: actor.id,
        decidedAt: now,
        ...(action === 'approve' ? { content: { ...revisionContent(revision.content, found.practice) } } : {}),
      })
      if (!ok) throw new StaleVersion(reference, version, number)
      // Files: approval swaps the change's in and its removals out; rejection discards the change's.
      if (action !== 'requestChanges')
        unusedFiles = await settleRevisionAttachments(tx, revision.id, action === 'approve')
      const p = found.practice
      if (action === 'approve') {
        const content: PracticeContent = revisionContent(revision.content, p)
        await tx
          .update(practices)
          .set({
            ...content,
            // Approval never widens past consent: a narrower answer narrows what is shown.
            visibility: visibilityWithinConsent(p.visibility, content.consentPublication),
            contentUpdatedAt: now,
            updatedAt: now,
            version: sql`${practices.version} + 1`,
          })
          .where(eq(practices.id, p.id))
      }
      const subject = { reference, title: p.title }
      const kind = {
        approve: 'revision-approved',
        requestChanges: 'revision-changes-requested',
        reject: 'revision-rejected',
      }[action]
      await recordHappening(tx, p, actor, {
        kind,
        audit:
          action === 'approve' ? 'revision-approved' : action === 'reject' ? 'revision-rejected' : 'changes-requested',
        body: comments,
        revisionId: revision.id,
        details: { revision: number, revisionVersion: version + 1 },
        version: action === 'approve' ? p.version + 1 : p.version,
      })
      const url = `${this.config.baseUrl}/practices/${p.slug}`
      const taskList = `${this.config.baseUrl}/submissions/${p.id}`
      await tellContributor(tx, found, (to) =>
        action === 'approve'
          ? reviewEmails.revisionApproved(to, subject, number, url)
          : action === 'reject'
            ? reviewEmails.revisionRejected(to, subject, number, comments ?? '')
            : reviewEmails.revisionChangesRequested(to, subject, number, comments ?? '', taskList),
      )
    })
    // After the commit, so a rolled-back decision never loses a file whose record stays.
    for (const key of unusedFiles) await this.files.remove(key)
  }
}
