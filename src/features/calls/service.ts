import type { Db } from '../../db/client.js'
import { callState } from './dates.js'
import { findCallBySlug, findCallsWithCounts } from './repository.js'

/** Calls for practice as contributors see them: open, coming up or closed, with how many have answered. */
export class CallsService {
  constructor(private readonly db: Db) {}

  async list() {
    const rows = await findCallsWithCounts(this.db)
    return rows.map((call) => ({ ...call, state: callState(call) }))
  }

  async open() {
    return (await this.list()).filter((call) => call.state === 'open')
  }

  async find(slug: string) {
    const call = await findCallBySlug(this.db, slug)
    return call ? { ...call, state: callState(call) } : null
  }
}
