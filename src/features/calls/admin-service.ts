import { asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls } from '../../db/schema/index.js'
import { recordAuditEvent } from '../audit/repository.js'
import { londonToday } from '../submissions/forms/fields.js'
import type { ReferenceService } from '../reference/service.js'
import type { Term } from '../reference/types.js'
import type { CallFormValues } from './admin-forms.js'
import { callState } from './dates.js'
import { sanitiseGuidance } from './guidance.js'

export type AdminCall = typeof calls.$inferSelect
export type SaveCallOutcome = { ok: true; call: AdminCall } | { ok: false; field: string; message: string }

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

/**
 * Calls as admins run them at /admin/calls: create and change the details, open now, close now, archive.
 * Guidance is sanitised before it is stored; every change is written to the audit log in its transaction.
 */
export class CallAdminService {
  constructor(
    private readonly db: Db,
    /** told of every change, so this instance starts and checks submissions against the call as it now is */
    private readonly reference?: ReferenceService,
  ) {}

  /** The topic terms a call may be about, in their order (from the reference data). */
  async topicTerms(): Promise<Term[]> {
    const data = await this.reference?.get()
    return (data?.terms ?? []).filter((term) => term.taxonomy === 'topic')
  }

  async list() {
    const rows = await this.db
      .select()
      .from(calls)
      .orderBy(sql`${calls.archivedAt} is not null`, desc(calls.opensOn), asc(calls.title))
    return rows.map((call) => ({ ...call, state: call.archivedAt ? ('archived' as const) : callState(call) }))
  }

  async find(id: number): Promise<AdminCall | null> {
    const [row] = await this.db.select().from(calls).where(eq(calls.id, id))
    return row ?? null
  }

  async save(adminId: number, values: CallFormValues, ip: string, id?: number): Promise<SaveCallOutcome | null> {
    // Read before the transaction, which must not take a second connection.
    const known = new Set((await this.topicTerms()).map((term) => term.key))
    if (values.topics.some((key) => !known.has(key)))
      return { ok: false, field: 'topics', message: 'Choose the topics from the list' }
    const outcome = await this.db.transaction(async (tx): Promise<SaveCallOutcome | null> => {
      const existing =
        id === undefined ? null : ((await tx.select().from(calls).where(eq(calls.id, id)).for('update'))[0] ?? null)
      if (id !== undefined && !existing) return null
      const [clash] = await tx.select({ id: calls.id }).from(calls).where(eq(calls.slug, values.slug))
      if (clash && clash.id !== id)
        return { ok: false, field: 'slug', message: 'Another call already has this web address name' }
      const row = {
        title: values.title,
        slug: values.slug,
        theme: values.theme,
        summary: values.summary,
        guidance: sanitiseGuidance(values.guidance),
        sponsors: values.sponsors,
        topics: values.topics,
        contactEmail: values.contactEmail === '' ? null : values.contactEmail,
        opensOn: values.opensOn,
        closesOn: values.closesOn,
        graceDays: values.graceDays,
        year: Number(values.opensOn.slice(0, 4)),
      }
      const [call] = existing
        ? await tx.update(calls).set(row).where(eq(calls.id, existing.id)).returning()
        : await tx.insert(calls).values(row).returning()
      if (!call) throw new Error('the call was not saved')
      await recordAuditEvent(tx, {
        action: 'call-changed',
        actorUserId: adminId,
        ip,
        details: { change: existing ? 'edited' : 'created', callId: call.id, slug: call.slug },
      })
      return { ok: true, call }
    })
    this.reference?.invalidate()
    return outcome
  }

  /** Opens today (London), closes yesterday so no new submission starts, or archives; null when no such call. */
  async act(adminId: number, id: number, action: 'open' | 'close' | 'archive', ip: string): Promise<AdminCall | null> {
    const outcome = await this.db.transaction(async (tx) => {
      const [call] = await tx.select().from(calls).where(eq(calls.id, id)).for('update')
      if (!call) return null
      const today = londonToday()
      let change: Partial<AdminCall>
      if (action === 'open') {
        change = { opensOn: today, closesOn: call.closesOn < today ? today : call.closesOn, archivedAt: null }
      } else if (action === 'close') {
        const yesterday = dayBefore(today)
        change = { closesOn: call.closesOn > yesterday ? yesterday : call.closesOn }
        if ((change.closesOn ?? call.closesOn) < call.opensOn) change.opensOn = change.closesOn
      } else {
        change = { archivedAt: new Date() }
      }
      const [updated] = await tx.update(calls).set(change).where(eq(calls.id, id)).returning()
      await recordAuditEvent(tx, {
        action: 'call-changed',
        actorUserId: adminId,
        ip,
        details: {
          change: `${action === 'open' ? 'opened' : action === 'close' ? 'closed' : 'archived'}`,
          callId: id,
          slug: call.slug,
        },
      })
      return updated ?? null
    })
    this.reference?.invalidate()
    return outcome
  }
}
