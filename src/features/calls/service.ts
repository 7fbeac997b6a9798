import type { Db } from '../../db/client.js'
import { visibilityRuleFor, type Viewer } from '../access/visibility.js'
import { callState } from './dates.js'
import { findCallBySlug, findCallsWithCounts } from './repository.js'

/**
 * Calls for practice as contributors see them: open, coming up or closed, with how many submissions each
 * has received and how much of its practice is published for this viewer.
 */
export class CallsService {
  constructor(private readonly db: Db) {}

  async list(viewer: Viewer) {
    const rows = await findCallsWithCounts(this.db, visibilityRuleFor(viewer))
    return rows.map((call) => ({ ...call, state: callState(call) }))
  }

  async open(viewer: Viewer) {
    return (await this.list(viewer)).filter((call) => call.state === 'open')
  }

  async find(slug: string, viewer: Viewer) {
    const call = await findCallBySlug(this.db, slug, visibilityRuleFor(viewer))
    return call ? { ...call, state: callState(call) } : null
  }
}
