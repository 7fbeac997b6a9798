import type { Db } from '../../db/client.js'
import { recordAuditEvent } from '../audit/repository.js'
import { slugify } from '../catalogue/slug.js'
import {
  criterionKeyTaken,
  findActiveCriteria,
  findAllCriteria,
  findCriterion,
  insertCriterion,
  nextCriterionPosition,
  updateCriterion,
  type Criterion,
} from './criteria-repository.js'

export interface CriterionValues {
  label: string
  description: string
  position?: number | undefined
}

/** The published criteria practice is judged against. Admins change them; every change is audited. */
export class CriteriaService {
  constructor(private readonly db: Db) {}

  active(): Promise<Criterion[]> {
    return findActiveCriteria(this.db)
  }

  all(): Promise<Criterion[]> {
    return findAllCriteria(this.db)
  }

  find(id: number): Promise<Criterion | null> {
    return findCriterion(this.db, id)
  }

  async add(adminId: number, values: CriterionValues, ip: string): Promise<Criterion> {
    return this.db.transaction(async (tx) => {
      // The key is fixed once made: assessments keep their scores under it.
      const base = slugify(values.label, 60)
      let key = base
      for (let n = 2; await criterionKeyTaken(tx, key); n += 1) key = `${base}-${n}`
      const criterion = await insertCriterion(tx, {
        key,
        label: values.label,
        description: values.description,
        position: await nextCriterionPosition(tx),
      })
      if (values.position) await placeCriterion(tx, criterion.id, values.position)
      await recordAuditEvent(tx, {
        action: 'criteria-changed',
        actorUserId: adminId,
        ip,
        details: { change: 'added', key, label: values.label },
      })
      return criterion
    })
  }

  /**
   * Changes the wording, place or status of a criterion. Retired criteria are no longer scored;
   * scores already given against them are kept. False when there is no such criterion.
   */
  async edit(
    adminId: number,
    id: number,
    values: CriterionValues & { retired: boolean },
    ip: string,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const before = await findCriterion(tx, id)
      if (!before) return false
      const retiredAt = values.retired ? (before.retiredAt ?? new Date()) : null
      const after = {
        label: values.label,
        description: values.description,
        position: values.position ?? before.position,
        retired: values.retired,
      }
      await updateCriterion(tx, id, { label: after.label, description: after.description, retiredAt })
      await placeCriterion(tx, id, after.position)
      await recordAuditEvent(tx, {
        action: 'criteria-changed',
        actorUserId: adminId,
        ip,
        details: { change: 'edited', key: before.key, before: pick(before), after },
      })
      return true
    })
  }
}

/** Puts a criterion at a place in the list (1 is first) and numbers the rest around it, 1, 2, 3… */
async function placeCriterion(db: Db, id: number, position: number): Promise<void> {
  const others = (await findAllCriteria(db)).filter((c) => c.id !== id).map((c) => c.id)
  const index = Math.min(Math.max(position - 1, 0), others.length)
  const order = [...others.slice(0, index), id, ...others.slice(index)]
  for (const [i, criterionId] of order.entries()) await updateCriterion(db, criterionId, { position: i + 1 })
}

const pick = (c: Criterion) => ({
  label: c.label,
  description: c.description,
  position: c.position,
  retired: c.retiredAt !== null,
})
