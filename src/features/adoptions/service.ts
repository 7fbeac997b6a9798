import type { Db } from '../../db/client.js'
import type { AdoptionKind } from '../../db/schema/index.js'
import { hasRole, type SignedInUser, type Viewer } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import type { CatalogueService, VisiblePractice } from '../catalogue/service.js'
import { enqueueEmail } from '../email/outbox.js'
import type { ReferenceService } from '../reference/service.js'
import type { OrganisationRef } from '../reference/types.js'
import {
  findAdoption,
  findAdoptionById,
  findAdoptions,
  findPeopleToTell,
  insertAdoption,
  markAdoptionRemoved,
  refreshAdoptionCount,
  updateAdoption,
  type AdoptionRow,
  type AdoptionValues,
} from './repository.js'

export const kindLabels: Record<AdoptionKind, string> = {
  adopted: 'Adopted',
  adapted: 'Adapted',
  'decided-against': 'Considered and decided against',
}

const kindPhrases: Record<AdoptionKind, string> = {
  adopted: 'has adopted',
  adapted: 'has adapted',
  'decided-against': 'considered and decided against',
}

/**
 * The forces a person may speak for: the one they belong to if they are a police member there, and
 * any they are force lead for. Never the force the practice came from.
 */
export function forcesFor(user: SignedInUser, organisations: OrganisationRef[], originId: number): OrganisationRef[] {
  const ids = new Set(user.leadsOrganisationIds)
  if (user.policeMember && user.organisationId !== null) ids.add(user.organisationId)
  return organisations.filter(
    (o) => ids.has(o.id) && o.id !== originId && (o.kind === 'force' || o.kind === 'national-body'),
  )
}

export const canModerate = (viewer: Viewer) => hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')

export interface ActorInfo {
  user: SignedInUser
  ip: string | null
}

export type RecordResult = 'recorded' | 'updated' | 'conflict'

export class AdoptionsService {
  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceService,
    private readonly catalogue: CatalogueService,
    private readonly baseUrl: string,
  ) {}

  /** The spread section of the page of a practice this viewer may see: the records, and what they may do. */
  async forPracticePage(practice: VisiblePractice, viewer: Viewer) {
    const [ref, records] = await Promise.all([this.reference.get(), findAdoptions(this.db, practice.id)])
    const forces = viewer.kind === 'user' ? forcesFor(viewer.user, ref.organisations, practice.organisationId) : []
    return {
      records: records.map((r) => ({
        ...r,
        kindLabel: kindLabels[r.kind],
        editable: forces.some((f) => f.id === r.organisationId),
      })),
      forces,
      canModerate: canModerate(viewer),
      fromOwnForce: viewer.kind === 'user' && viewer.user.organisationId === practice.organisationId,
    }
  }

  /** The practice and one force's record of it, for the form; null when the practice is not visible. */
  async formFor(slug: string, user: SignedInUser, viewer: Viewer, forceCode: string | null) {
    const practice = await this.catalogue.findVisiblePractice(slug, viewer)
    if (!practice) return null
    const ref = await this.reference.get()
    const forces = forcesFor(user, ref.organisations, practice.organisationId)
    const force = (forceCode ? forces.find((f) => f.code === forceCode) : forces[0]) ?? null
    const existing = force ? await findAdoption(this.db, practice.id, force.id) : null
    return { practice, forces, force, existing }
  }

  /** Records or updates a force's record in one transaction, with its audit event and e-mails. */
  async record(
    actor: ActorInfo,
    practice: VisiblePractice,
    force: OrganisationRef,
    version: number | null,
    values: AdoptionValues,
  ): Promise<RecordResult> {
    return this.db.transaction(async (tx) => {
      const existing = await findAdoption(tx, practice.id, force.id)
      let result: RecordResult
      let adoptionId: number
      if (!existing) {
        if (version !== null) return 'conflict'
        const id = await insertAdoption(tx, practice.id, force.id, values, actor.user.id)
        if (id === null) return 'conflict'
        adoptionId = id
        result = 'recorded'
        await this.tellPeople(tx, practice, force, values)
      } else {
        if (version === null || version !== existing.version) return 'conflict'
        if (!(await updateAdoption(tx, existing.id, version, values, actor.user.id))) return 'conflict'
        adoptionId = existing.id
        result = 'updated'
      }
      await refreshAdoptionCount(tx, practice.id)
      await recordAuditEvent(tx, {
        action: result === 'recorded' ? 'adoption-recorded' : 'adoption-updated',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { practiceId: practice.id, adoptionId, organisationId: force.id, kind: values.kind },
      })
      return result
    })
  }

  private async tellPeople(tx: Db, practice: VisiblePractice, force: OrganisationRef, values: AdoptionValues) {
    const link = `${this.baseUrl}/practices/${practice.slug}#spread`
    const detail =
      values.kind === 'adapted'
        ? `\n\nWhat they changed:\n${values.changes}`
        : values.kind === 'decided-against'
          ? `\n\nWhy:\n${values.reason}`
          : ''
    for (const to of await findPeopleToTell(tx, practice.id)) {
      await enqueueEmail(tx, {
        to,
        subject: `${force.name} ${kindPhrases[values.kind]} ‘${practice.title}’`,
        body: `${force.name} ${kindPhrases[values.kind]} your force's practice ‘${practice.title}’.${detail}\n\nSee where it has spread: ${link}\n\nYou are receiving this because you contributed this practice or are force lead for the force it came from.\n\nPractice Bank`,
      })
    }
  }

  /** A reviewer's moderation: the record leaves the page (kept, with the reason) and stops counting. */
  async remove(actor: ActorInfo, practice: VisiblePractice, adoption: AdoptionRow, reason: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (!(await markAdoptionRemoved(tx, adoption.id, actor.user.id, reason))) return false
      await refreshAdoptionCount(tx, practice.id)
      await recordAuditEvent(tx, {
        action: 'adoption-removed',
        actorUserId: actor.user.id,
        ip: actor.ip,
        details: { practiceId: practice.id, adoptionId: adoption.id, organisationId: adoption.organisationId, reason },
      })
      return true
    })
  }

  /** A record of this practice, for the moderation page; null when either is unknown or hidden. */
  async findForModeration(slug: string, viewer: Viewer, adoptionId: number) {
    const practice = await this.catalogue.findVisiblePractice(slug, viewer)
    if (!practice) return null
    const adoption = await findAdoptionById(this.db, adoptionId)
    if (!adoption || adoption.practiceId !== practice.id || adoption.removedAt) return null
    return { practice, adoption: { ...adoption, kindLabel: kindLabels[adoption.kind] } }
  }

  /** For the map: where the practice began and what each force did with it. */
  async spreadOf(slug: string, viewer: Viewer) {
    const practice = await this.catalogue.findVisiblePractice(slug, viewer)
    if (!practice) return null
    const records = await findAdoptions(this.db, practice.id)
    return { practice, adoptions: records.map((r) => ({ organisationId: r.organisationId, kind: r.kind })) }
  }
}
