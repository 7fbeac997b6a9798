import type { Db } from '../../db/client.js'
import { recordAuditEvent } from '../audit/repository.js'
import { readToolkitCsv } from './csv-file.js'
import { planImport, type ImportPlan } from './import-plan.js'
import {
  deleteStaleImports,
  findEntriesForImport,
  findOpenImport,
  insertEntry,
  insertImport,
  lockToolkit,
  markImportCommitted,
  updateEntry,
  type ToolkitImportRow,
} from './repository.js'

export type CheckOutcome = { ok: true; id: number } | { ok: false; message: string }
export type CommitOutcome =
  { ok: true; counts: ImportPlan['counts'] } | { ok: false; reason: 'not-found' | 'file-changed' | 'toolkit-changed' }

/** The plan of a kept file against the Toolkit as it is in `db` now; null if the file no longer reads. */
async function planFor(db: Db, content: string): Promise<ImportPlan | null> {
  const parsed = readToolkitCsv(Buffer.from(content, 'utf8'))
  if (!parsed.ok) return null
  return planImport(parsed.records, parsed.columns, await findEntriesForImport(db))
}

/**
 * Toolkit CSV imports: a dry run keeps the file and the digest of its plan and changes nothing else; the
 * commit plans the kept file again under the Toolkit lock and applies it, in one transaction, only when
 * the plan is still the one the admin was shown.
 */
export class ToolkitImportService {
  constructor(private readonly db: Db) {}

  async check(adminId: number, fileName: string, bytes: Buffer, ip: string): Promise<CheckOutcome> {
    const parsed = readToolkitCsv(bytes)
    if (!parsed.ok) return parsed
    return this.db.transaction(async (tx) => {
      await deleteStaleImports(tx)
      const plan = planImport(parsed.records, parsed.columns, await findEntriesForImport(tx))
      const kept = await insertImport(tx, {
        fileName: fileName.slice(0, 200) || 'toolkit.csv',
        content: bytes.toString('utf8'),
        planDigest: plan.digest,
        createdByUserId: adminId,
      })
      await recordAuditEvent(tx, {
        action: 'toolkit-import-checked',
        actorUserId: adminId,
        ip,
        details: { importId: kept.id, fileName: kept.fileName, counts: plan.counts },
      })
      return { ok: true, id: kept.id } as const
    })
  }

  /** An open dry run of this admin's, planned afresh; `stale` when the Toolkit has changed since. */
  async report(
    adminId: number,
    id: number,
  ): Promise<{ kept: ToolkitImportRow; plan: ImportPlan; stale: boolean } | null> {
    return this.db.transaction(async (tx) => {
      const kept = await findOpenImport(tx, id, adminId)
      if (!kept) return null
      const plan = await planFor(tx, kept.content)
      if (!plan) return null
      return { kept, plan, stale: plan.digest !== kept.planDigest }
    })
  }

  async commit(adminId: number, id: number, digest: string, ip: string): Promise<CommitOutcome> {
    return this.db.transaction(async (tx) => {
      await lockToolkit(tx)
      const kept = await findOpenImport(tx, id, adminId)
      if (!kept) return { ok: false, reason: 'not-found' } as const
      if (digest !== kept.planDigest) return { ok: false, reason: 'file-changed' } as const
      const plan = await planFor(tx, kept.content)
      if (!plan || plan.digest !== kept.planDigest) return { ok: false, reason: 'toolkit-changed' } as const
      for (const row of plan.rows) {
        if (row.kind === 'new') await insertEntry(tx, { ...row.fields, slug: row.slug, sourceId: row.sourceId })
        if (row.kind === 'changed') await updateEntry(tx, row.entryId, row.fields)
      }
      await markImportCommitted(tx, kept.id)
      await recordAuditEvent(tx, {
        action: 'toolkit-import-committed',
        actorUserId: adminId,
        ip,
        details: { importId: kept.id, fileName: kept.fileName, counts: plan.counts },
      })
      return { ok: true, counts: plan.counts } as const
    })
  }
}
