import type { Db } from '../../db/client.js'
import type { TheoryOfChangeContent } from '../../db/schema/index.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { emptyTheoryOfChange } from './content.js'
import type { BuilderPage } from './forms.js'
import {
  claimNextVersion,
  findComments,
  findTheoryOfChange,
  findVersion,
  findVersions,
  insertComment,
  insertVersion,
  setShownOnPracticePage,
} from './repository.js'

export type SaveResult = { ok: true; versionNumber: number } | { ok: false; reason: 'conflict' }

/** Theories of change: every save a new, whole version; reviewers comment on a version. */
export class TheoryOfChangeService {
  constructor(private readonly db: Db) {}

  /** The latest content (empty before the first save), its version number and whether it may be shown. */
  async latest(practiceId: number) {
    const record = await findTheoryOfChange(this.db, practiceId)
    const version = record ? await findVersion(this.db, practiceId, record.latestVersion) : null
    return {
      versionNumber: record?.latestVersion ?? 0,
      showOnPracticePage: record?.showOnPracticePage ?? false,
      content: version?.content ?? emptyTheoryOfChange(),
      started: Boolean(version),
    }
  }

  /** The latest content for the published practice page, only when the contributor agreed to show it. */
  async forPracticePage(practiceId: number | null) {
    if (practiceId === null) return null
    const latest = await this.latest(practiceId)
    return latest.started && latest.showOnPracticePage ? latest.content : null
  }

  async version(practiceId: number, versionNumber: number) {
    return findVersion(this.db, practiceId, versionNumber)
  }

  async history(practiceId: number) {
    return { versions: await findVersions(this.db, practiceId), comments: await findComments(this.db, practiceId) }
  }

  /** Saves one page as a new version, if nobody saved since `seen`; the timeline records it. */
  async save(
    practiceId: number,
    userId: number,
    seen: number,
    page: BuilderPage,
    content: TheoryOfChangeContent,
    showOnPracticePage: boolean | null,
  ): Promise<SaveResult> {
    return this.db.transaction(async (tx) => {
      if (!(await claimNextVersion(tx, practiceId, seen))) return { ok: false, reason: 'conflict' }
      const versionNumber = seen + 1
      await insertVersion(tx, { practiceId, versionNumber, content, savedPage: page, userId })
      if (showOnPracticePage !== null) await setShownOnPracticePage(tx, practiceId, showOnPracticePage)
      await recordPracticeEvent(tx, {
        practiceId,
        kind: 'theory-of-change-saved',
        details: { versionNumber, page },
        actorUserId: userId,
      })
      return { ok: true, versionNumber }
    })
  }

  /** A reviewer's comment on a saved version; false when that version does not exist. */
  async comment(practiceId: number, versionNumber: number, userId: number, body: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (!(await findVersion(tx, practiceId, versionNumber))) return false
      await insertComment(tx, practiceId, versionNumber, body, userId)
      await recordPracticeEvent(tx, {
        practiceId,
        kind: 'theory-of-change-comment',
        body,
        details: { versionNumber },
        actorUserId: userId,
      })
      return true
    })
  }
}
