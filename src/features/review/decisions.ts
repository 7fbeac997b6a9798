import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import type { Visibility } from '../../db/schema/index.js'
import { slugify } from '../catalogue/slug.js'
import { contentOf } from '../submissions/content.js'
import {
  loadAtVersion,
  recordHappening,
  tellContributor,
  writeAtVersion,
  type Actor,
  type FoundPractice,
} from './actions.js'
import { audienceText, reviewEmails } from './emails.js'
import { insertApprovedRevision, slugTaken } from './repository.js'
import { allowedVisibilities, reviewDueFrom } from './rules.js'
import { nextStatus } from './state-machine.js'

/** Publishing wider than the contributor agreed to: refused, and nothing changes. */
export class VisibilityBeyondConsent extends Error {
  readonly statusCode = 400
  constructor(readonly allowed: Visibility[]) {
    super('The contributor did not agree to publish it that widely')
    this.name = 'VisibilityBeyondConsent'
  }
}

/**
 * The decisions a reviewer makes about a practice. Each is one transaction: the transition (refused
 * with TransitionRefused), the write at the version the reviewer saw (StaleVersion), the timeline, the
 * audit log and the e-mail to the contributor.
 */
export class DecisionService {
  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'baseUrl'>,
  ) {}

  private subject(found: FoundPractice) {
    return { reference: found.practice.reference ?? '', title: found.practice.title }
  }

  async requestChanges(actor: Actor, reference: string, version: number, comments: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      const status = nextStatus('requestChanges', found.practice.status)
      await writeAtVersion(tx, found.practice, version, { status })
      await recordHappening(tx, found.practice, actor, {
        kind: 'changes-requested',
        audit: 'changes-requested',
        body: comments,
        version: version + 1,
      })
      const taskList = `${this.config.baseUrl}/submissions/${found.practice.id}`
      await tellContributor(tx, found, (to) =>
        reviewEmails.changesRequested(to, this.subject(found), comments, taskList),
      )
    })
  }

  async reject(actor: Actor, reference: string, version: number, reasons: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      const status = nextStatus('reject', found.practice.status)
      await writeAtVersion(tx, found.practice, version, { status, decidedAt: new Date() })
      await recordHappening(tx, found.practice, actor, {
        kind: 'rejected',
        audit: 'practice-rejected',
        body: reasons,
        version: version + 1,
      })
      await tellContributor(tx, found, (to) => reviewEmails.rejected(to, this.subject(found), reasons))
    })
  }

  /** Publishes no wider than consent, with a slug of its own; returns the slug. */
  async publish(actor: Actor, reference: string, version: number, visibility: Visibility): Promise<string> {
    return this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      const p = found.practice
      const status = nextStatus('publish', p.status)
      const allowed = allowedVisibilities(p.consentPublication)
      if (!allowed.includes(visibility)) throw new VisibilityBeyondConsent(allowed)
      const slug = p.publishedAt ? p.slug : await this.freeSlug(tx, p.title, p.id)
      const now = new Date()
      await writeAtVersion(tx, p, version, {
        status,
        visibility,
        slug,
        publishedAt: now,
        decidedAt: now,
        contentUpdatedAt: now,
        reviewDueOn: reviewDueFrom(now),
      })
      // Every published version is kept.
      await insertApprovedRevision(tx, p.id, { ...contentOf(p) }, actor.id)
      await recordHappening(tx, p, actor, {
        kind: 'published',
        audit: 'practice-published',
        details: { visibility, slug },
        version: version + 1,
      })
      const url = `${this.config.baseUrl}/practices/${slug}`
      await tellContributor(tx, found, (to) =>
        reviewEmails.published(to, this.subject(found), audienceText[visibility], url),
      )
      return slug
    })
  }

  async unpublish(actor: Actor, reference: string, version: number, reason: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      const status = nextStatus('unpublish', found.practice.status)
      await writeAtVersion(tx, found.practice, version, { status })
      await recordHappening(tx, found.practice, actor, {
        kind: 'unpublished',
        audit: 'practice-unpublished',
        body: reason,
        version: version + 1,
      })
      await tellContributor(tx, found, (to) => reviewEmails.unpublished(to, this.subject(found), reason))
    })
  }

  async archive(actor: Actor, reference: string, version: number, reason: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await loadAtVersion(tx, reference, version)
      const status = nextStatus('archive', found.practice.status)
      await writeAtVersion(tx, found.practice, version, { status, decidedAt: new Date() })
      await recordHappening(tx, found.practice, actor, {
        kind: 'archived',
        audit: 'practice-archived',
        body: reason,
        version: version + 1,
      })
      await tellContributor(tx, found, (to) => reviewEmails.archived(to, this.subject(found), reason))
    })
  }

  /** The title's slug, numbered if another practice has it already. */
  private async freeSlug(db: Db, title: string, practiceId: number): Promise<string> {
    const base = slugify(title)
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      if (!(await slugTaken(db, candidate, practiceId))) return candidate
    }
  }
}
