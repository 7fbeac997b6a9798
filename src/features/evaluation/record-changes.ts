import type { Db } from '../../db/client.js'
import { hasRole, type Viewer } from '../access/visibility.js'
import { FileNotStored, type FileStore } from '../attachments/file-store.js'
import type { DownloadFile } from '../attachments/send-download.js'
import { recordAuditEvent } from '../audit/repository.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { canSeePractice } from '../submissions/access.js'
import type { Actor } from './actor.js'
import { EvaluationConflict, changedMeanwhile } from './conflict.js'
import type { DetailsValues } from './forms.js'
import * as repo from './repository.js'

const fieldLabels: Record<keyof Omit<DetailsValues, 'version'>, string> = {
  evaluatorName: 'Evaluator',
  institution: 'Institution',
  method: 'Method',
  startedOn: 'Start date',
  endedOn: 'End date',
}

/**
 * Staff correct who is evaluating a practice, where, how and when, at the version they saw. The timeline
 * says which fields changed; the audit log keeps what each was before and after.
 */
export async function editEvaluationDetails(db: Db, actor: Actor, evaluationId: number, values: DetailsValues) {
  return db.transaction(async (tx) => {
    const evaluation = await repo.findEvaluation(tx, evaluationId)
    if (!evaluation) return null
    if (evaluation.version !== values.version) throw changedMeanwhile()
    const { version, ...wanted } = values
    const changes = Object.fromEntries(
      (Object.keys(fieldLabels) as (keyof typeof fieldLabels)[])
        .filter((key) => evaluation[key] !== wanted[key])
        .map((key) => [key, { from: evaluation[key], to: wanted[key] }]),
    )
    const changed = Object.keys(changes) as (keyof typeof fieldLabels)[]
    if (changed.length === 0) return { evaluation, changed: [] as string[] }
    if (evaluation.status === 'withdrawn')
      throw new EvaluationConflict('A withdrawn evaluation cannot be changed. Nothing has been changed.')
    if (!(await repo.updateEvaluationAtVersion(tx, evaluationId, version, wanted))) throw changedMeanwhile()
    const labels = changed.map((key) => fieldLabels[key])
    await recordPracticeEvent(tx, {
      practiceId: evaluation.practiceId,
      kind: 'evaluation-details-changed',
      body: `Changed: ${labels.join(', ')}`,
      details: { evaluationId, fields: changed },
      actorUserId: actor.user.id,
    })
    await recordAuditEvent(tx, {
      action: 'evaluation-details-changed',
      actorUserId: actor.user.id,
      ip: actor.ip,
      details: { practiceId: evaluation.practiceId, evaluationId, changes },
    })
    return { evaluation, changed: labels }
  })
}

/**
 * An evaluation's report file, or null. Programme staff may download it at any time; anyone else only
 * once the evaluation has reported, and only if they may read the practice it is about.
 */
export async function openReportFile(
  db: Db,
  store: FileStore,
  viewer: Viewer,
  evaluationId: number,
): Promise<DownloadFile | null> {
  const evaluation = await repo.findEvaluation(db, evaluationId)
  if (!evaluation?.reportFileKey || !evaluation.reportFileName || !evaluation.reportFileType) return null
  const staff = hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')
  if (!staff) {
    if (evaluation.status !== 'reported' && evaluation.status !== 'closed') return null
    const practice = await repo.findPracticeAccessFacts(db, evaluation.practiceId)
    if (!practice || !canSeePractice(viewer, practice)) return null
  }
  try {
    const stream = await store.get(evaluation.reportFileKey)
    return {
      stream,
      name: evaluation.reportFileName,
      mediaType: evaluation.reportFileType,
      sizeBytes: evaluation.reportFileBytes ?? 0,
    }
  } catch (error) {
    if (error instanceof FileNotStored) return null
    throw error
  }
}
