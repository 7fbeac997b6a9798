import type { Db } from '../../db/client.js'
import { recordAuditEvent } from '../audit/repository.js'
import { normaliseTerm } from '../catalogue/search-query.js'
import {
  deleteSynonymGroup,
  findSynonymGroup,
  findSynonymGroupList,
  insertSynonymGroup,
  lockSynonymList,
  updateSynonymGroup,
  type SynonymGroup,
} from './repository.js'

export type SaveOutcome = { ok: true; group: SynonymGroup } | { ok: false; message: string }

/**
 * The search synonym list: groups of terms that mean the same. A term belongs to one group at most (a
 * term in two groups would silently join them); every change is written to the audit log.
 */
export class SynonymService {
  constructor(private readonly db: Db) {}

  list(): Promise<SynonymGroup[]> {
    return findSynonymGroupList(this.db)
  }

  find(id: number): Promise<SynonymGroup | null> {
    return findSynonymGroup(this.db, id)
  }

  /** Adds a group, or with `id` replaces that group's terms; null when there is no such group. */
  async save(adminId: number, terms: string[], ip: string, id?: number): Promise<SaveOutcome | null> {
    return this.db.transaction(async (tx) => {
      await lockSynonymList(tx)
      const existing = id === undefined ? null : await findSynonymGroup(tx, id)
      if (id !== undefined && !existing) return null
      const clash = findClash(await findSynonymGroupList(tx), terms, id)
      if (clash) return { ok: false, message: clash }
      let group: SynonymGroup
      if (existing) {
        await updateSynonymGroup(tx, existing.id, terms)
        group = { ...existing, terms }
      } else {
        group = await insertSynonymGroup(tx, terms)
      }
      await recordAuditEvent(tx, {
        action: 'synonyms-changed',
        actorUserId: adminId,
        ip,
        details: existing
          ? { change: 'edited', groupId: group.id, terms, previous: existing.terms }
          : { change: 'added', groupId: group.id, terms },
      })
      return { ok: true, group }
    })
  }

  async remove(adminId: number, id: number, ip: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await lockSynonymList(tx)
      const existing = await findSynonymGroup(tx, id)
      if (!existing) return false
      await deleteSynonymGroup(tx, id)
      await recordAuditEvent(tx, {
        action: 'synonyms-changed',
        actorUserId: adminId,
        ip,
        details: { change: 'deleted', groupId: id, previous: existing.terms },
      })
      return true
    })
  }
}

/** The message for a term already in another group, or null. */
function findClash(groups: SynonymGroup[], terms: string[], ownId: number | undefined): string | null {
  for (const group of groups) {
    if (group.id === ownId) continue
    const theirs = new Set(group.terms.map(normaliseTerm))
    const shared = terms.find((t) => theirs.has(normaliseTerm(t)))
    if (shared) return `‘${shared}’ is already in the group ${group.terms.join(', ')}: change that group instead`
  }
  return null
}
