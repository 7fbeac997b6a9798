import type { Db } from '../../db/client.js'
import type { AlertFrequency } from '../../db/schema/index.js'
import type { AccountsService } from '../accounts/service.js'
import { hashToken, newToken } from '../accounts/tokens.js'
import { visitor, type SignedInUser } from '../access/visibility.js'
import type { CatalogueService } from '../catalogue/service.js'
import type { SearchQuery } from '../catalogue/search-query.js'
import { enqueueEmail } from '../email/outbox.js'
import { alertEmail, LISTED_IN_ALERT } from './emails.js'
import { canonicalQuery, MAX_QUERY_TEXT_LENGTH, parseQueryText } from './forms.js'
import * as repo from './repository.js'
import type { SavedSearchRow } from './repository.js'

export const MAX_SAVED_SEARCHES = 50

export type QueryCheck = { ok: true; query: SearchQuery; text: string } | { ok: false; messages: string[] }

export type SaveOutcome = { ok: true; id: number } | { ok: false; field: 'name' | 'search'; message: string }

/** Saved searches and their alerts (issue 15): what people keep, and the scheduled job that e-mails them. */
export class SavedSearchService {
  constructor(
    private readonly db: Db,
    private readonly catalogue: CatalogueService,
    private readonly accounts: AccountsService,
    private readonly baseUrl: string,
  ) {}

  /**
   * Checks a search page's query string with the catalogue's own parser and reference data, and gives
   * the form it is kept in. Page and sort are not part of a saved search.
   */
  async checkQuery(text: string): Promise<QueryCheck> {
    const parsed = parseQueryText(text)
    if (!parsed.ok) return { ok: false, messages: parsed.errors.map((e) => e.message) }
    const query = { ...parsed.query, page: 1, sort: null }
    const matched = await this.catalogue.strictMatchSql(query, visitor)
    if (!matched.ok) return { ok: false, messages: matched.errors.map((e) => e.message) }
    const kept = canonicalQuery(query)
    if (kept.length > MAX_QUERY_TEXT_LENGTH) return { ok: false, messages: ['it is too long: use fewer filters'] }
    return { ok: true, query, text: kept }
  }

  list(userId: number) {
    return repo.listForUser(this.db, userId)
  }

  find(id: number, userId: number): Promise<SavedSearchRow | null> {
    return repo.findForUser(this.db, id, userId)
  }

  async save(
    user: SignedInUser,
    input: { name: string; frequency: AlertFrequency; search: string },
  ): Promise<SaveOutcome> {
    const checked = await this.checkQuery(input.search)
    if (!checked.ok)
      return { ok: false, field: 'search', message: `This search cannot be saved: ${checked.messages.join('; ')}` }
    return (
      this.db
        .transaction(async (tx) => {
          if ((await repo.countForUser(tx, user.id)) >= MAX_SAVED_SEARCHES) {
            return {
              ok: false,
              field: 'name',
              message: `You can keep up to ${MAX_SAVED_SEARCHES} saved searches: delete one you no longer need first`,
            } as const
          }
          if (await repo.nameTaken(tx, user.id, input.name, null)) return nameClash(input.name)
          const id = await repo.insertSavedSearch(tx, {
            userId: user.id,
            name: input.name,
            query: checked.text,
            frequency: input.frequency,
          })
          return { ok: true, id } as const
        })
        // Two saves of one name at once (a double click): the unique index lets one in, the other is told.
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) return nameClash(input.name)
          throw error
        })
    )
  }

  async update(
    user: SignedInUser,
    id: number,
    input: { name: string; frequency: AlertFrequency },
  ): Promise<SaveOutcome | null> {
    return this.db
      .transaction(async (tx) => {
        if (!(await repo.findForUser(tx, id, user.id))) return null
        if (await repo.nameTaken(tx, user.id, input.name, id)) return nameClash(input.name)
        await repo.updateSavedSearch(tx, id, user.id, input)
        return { ok: true, id } as const
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return nameClash(input.name)
        throw error
      })
  }

  remove(user: SignedInUser, id: number): Promise<boolean> {
    return repo.deleteSavedSearch(this.db, id, user.id)
  }

  /** The saved search an unsubscribe link is for, or null when the link is not one we sent. */
  findByUnsubscribeToken(token: string): Promise<SavedSearchRow | null> {
    return repo.findByTokenHash(this.db, hashToken(token))
  }

  async unsubscribe(token: string): Promise<SavedSearchRow | null> {
    return this.db.transaction(async (tx) => {
      const found = await repo.findByTokenHash(tx, hashToken(token))
      if (found) await repo.turnOffAlerts(tx, found.id)
      return found
    })
  }

  /**
   * The scheduled job: for each saved search whose alert is due, e-mails the practice first published
   * since its last alert that the person may read now (their current roles), or nothing when there is
   * none, and moves its schedule on. Each search is claimed with `for update skip locked` and its
   * watermark moved in the transaction that queues the e-mail, so with several instances running each
   * alert is queued once. `asOf` treats alerts due by then as due now (for the browser journeys).
   */
  async sendDueAlerts(options: { batch?: number; asOf?: Date } = {}): Promise<{ checked: number; sent: number }> {
    const asOf = options.asOf ?? null
    const ids = await repo.findDueIds(this.db, options.batch ?? 100, asOf)
    let sent = 0
    for (const id of ids) {
      if (await this.sendOne(id, asOf)) sent++
    }
    return { checked: ids.length, sent }
  }

  private async sendOne(id: number, asOf: Date | null): Promise<boolean> {
    // Everything that reads through other services is done first: a transaction never takes a second connection.
    const row = await repo.findById(this.db, id)
    if (!row) return false
    const user = await this.accounts.loadSignedInUser(row.userId)
    const parsed = parseQueryText(row.query)
    const matched = user && parsed.ok ? await this.catalogue.strictMatchSql(parsed.query, { kind: 'user', user }) : null
    return this.db.transaction(async (tx) => {
      const claimed = await repo.claimDue(tx, id, asOf)
      if (!claimed) return false
      let mailed = false
      // An account that can no longer sign in, or a search the catalogue no longer reads, gets no e-mail.
      if (user && matched?.ok) {
        const found = await repo.findNewlyMatching(tx, id, matched.matched, claimed.watermark, LISTED_IN_ALERT)
        if (found.length > 0) {
          await repo.recordListed(tx, id, matched.matched, claimed.watermark)
          const { token, tokenHash } = newToken()
          await repo.insertUnsubscribeToken(tx, tokenHash, id)
          await enqueueEmail(tx, alertEmail(this.baseUrl, user, row, found, token))
          mailed = true
        }
      }
      await repo.advanceSchedule(tx, id, mailed)
      return mailed
    })
  }
}

const nameClash = (name: string) =>
  ({
    ok: false,
    field: 'name',
    message: `You already have a saved search called ‘${name}’: choose another name`,
  }) as const

/** PostgreSQL's unique_violation, as node-postgres and PGlite report it (Drizzle may wrap it as the cause). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined)
  return code(error) === '23505' || (error instanceof Error && code(error.cause) === '23505')
}
