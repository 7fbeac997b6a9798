import type { Db } from '../../db/client.js'
import { recordAuditEvent } from '../audit/repository.js'
import { visibilityRuleFor, type Viewer } from '../access/visibility.js'
import { slugify } from '../catalogue/slug.js'
import { changedFields, fieldsOf, type ToolkitFields } from './emmie.js'
import {
  findAllEntries,
  findEntryById,
  findEntryBySlug,
  findLinkedVisiblePractice,
  findPublicEntries,
  insertEntry,
  lockToolkit,
  setRetired,
  slugTaken,
  updateEntry,
  type ToolkitEntryRow,
} from './repository.js'

export type SaveOutcome =
  { ok: true; entry: ToolkitEntryRow } | { ok: false; reason: 'slug-taken' | 'conflict' | 'not-found' }

/** Text as the database keeps it: one kind of line ending, so a form and a file compare equal. */
export function tidyFields(fields: ToolkitFields): ToolkitFields {
  const out = { ...fields } as Record<string, unknown>
  for (const [key, value] of Object.entries(out))
    if (typeof value === 'string') out[key] = value.replace(/\r\n?/g, '\n')
  return out as unknown as ToolkitFields
}

/** The version an edit form was opened at: the entry's last change, to the millisecond. */
export const versionOf = (entry: { updatedAt: Date }) => entry.updatedAt.toISOString()

/**
 * The What Works Toolkit as admins keep it (create, edit, retire, bring back: each written to the audit
 * log) and as readers see it (live entries, each with the practice linked to it that the reader may see).
 */
export class ToolkitService {
  constructor(private readonly db: Db) {}

  async listForAdmin() {
    const entries = await findAllEntries(this.db)
    return { live: entries.filter((e) => !e.retiredAt), retired: entries.filter((e) => e.retiredAt) }
  }

  find(id: number): Promise<ToolkitEntryRow | null> {
    return findEntryById(this.db, id)
  }

  async create(adminId: number, input: ToolkitFields & { slug?: string }, ip: string): Promise<SaveOutcome> {
    const { slug: asked, ...rest } = input
    const fields = tidyFields(rest)
    return this.db.transaction(async (tx) => {
      await lockToolkit(tx)
      let slug = asked ?? slugify(fields.title, 90)
      if (asked && (await slugTaken(tx, asked))) return { ok: false, reason: 'slug-taken' } as const
      for (let n = 2; !asked && (await slugTaken(tx, slug)); n += 1) slug = `${slugify(fields.title, 90)}-${n}`
      const entry = await insertEntry(tx, { ...fields, slug, sourceId: null })
      await recordAuditEvent(tx, {
        action: 'toolkit-entry-changed',
        actorUserId: adminId,
        ip,
        details: { change: 'created', entryId: entry.id, slug: entry.slug, title: entry.title },
      })
      return { ok: true, entry } as const
    })
  }

  /** Saves an edit made on the form opened at `version`; someone else's save in between is a conflict. */
  async update(adminId: number, id: number, input: ToolkitFields, version: string, ip: string): Promise<SaveOutcome> {
    const fields = tidyFields(input)
    return this.db.transaction(async (tx) => {
      await lockToolkit(tx)
      const entry = await findEntryById(tx, id)
      if (!entry) return { ok: false, reason: 'not-found' } as const
      if (versionOf(entry) !== version) return { ok: false, reason: 'conflict' } as const
      const changed = changedFields(fieldsOf(entry), fields)
      if (changed.length === 0) return { ok: true, entry } as const
      await updateEntry(tx, id, fields)
      await recordAuditEvent(tx, {
        action: 'toolkit-entry-changed',
        actorUserId: adminId,
        ip,
        details: { change: 'edited', entryId: id, slug: entry.slug, fields: changed },
      })
      return { ok: true, entry: (await findEntryById(tx, id)) ?? entry } as const
    })
  }

  /** Retires an entry (reviewers no longer offered it; links stay) or brings it back. False: no such entry. */
  async setRetired(adminId: number, id: number, retired: boolean, ip: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await lockToolkit(tx)
      const entry = await findEntryById(tx, id)
      if (!entry) return false
      if (Boolean(entry.retiredAt) === retired) return true
      await setRetired(tx, id, retired)
      await recordAuditEvent(tx, {
        action: 'toolkit-entry-changed',
        actorUserId: adminId,
        ip,
        details: { change: retired ? 'retired' : 'restored', entryId: id, slug: entry.slug },
      })
      return true
    })
  }

  publicList(viewer: Viewer) {
    return findPublicEntries(this.db, visibilityRuleFor(viewer))
  }

  /**
   * An entry for its public page, by slug or by number, with the practice linked to it that this viewer
   * may read. `canonical` is the slug to redirect to when it was asked for by number.
   */
  async publicEntry(slugOrId: string, viewer: Viewer) {
    const entry = /^\d{1,9}$/.test(slugOrId)
      ? await findEntryById(this.db, Number(slugOrId))
      : await findEntryBySlug(this.db, slugOrId)
    if (!entry) return null
    const practice = await findLinkedVisiblePractice(this.db, entry.id, visibilityRuleFor(viewer))
    return { entry, practice, canonical: entry.slug !== slugOrId ? entry.slug : null }
  }
}
