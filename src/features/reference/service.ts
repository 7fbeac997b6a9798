import type { Db } from '../../db/client.js'
import { findAllCalls, findAllOrganisations, findAllTerms } from './repository.js'
import type { ReferenceData } from './types.js'

/**
 * Reference data changes rarely (an admin adds a topic or opens a call), but every search needs it.
 * Each instance keeps a copy for a short time; an instance that changes it calls `invalidate()`,
 * and others catch up within `ttlMs`.
 */
export class ReferenceService {
  private cached: { data: ReferenceData; loadedAt: number } | null = null
  private loading: Promise<ReferenceData> | null = null

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 30_000,
  ) {}

  async get(): Promise<ReferenceData> {
    if (this.cached && Date.now() - this.cached.loadedAt < this.ttlMs) return this.cached.data
    this.loading ??= this.load().finally(() => {
      this.loading = null
    })
    return this.loading
  }

  invalidate(): void {
    this.cached = null
  }

  private async load(): Promise<ReferenceData> {
    const [terms, organisations, calls] = await Promise.all([
      findAllTerms(this.db),
      findAllOrganisations(this.db),
      findAllCalls(this.db),
    ])
    const data: ReferenceData = {
      terms,
      organisations,
      calls,
      termById: new Map(terms.map((t) => [t.id, t])),
      organisationById: new Map(organisations.map((o) => [o.id, o])),
      callById: new Map(calls.map((c) => [c.id, c])),
    }
    this.cached = { data, loadedAt: Date.now() }
    return data
  }
}
