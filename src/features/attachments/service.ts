import type { Readable } from 'node:stream'
import type { Db } from '../../db/client.js'
import type { PracticeStatus } from '../../db/schema/index.js'
import type { FormError } from '../../web/forms.js'
import type { Viewer } from '../access/visibility.js'
import { recordAuditEvent } from '../audit/repository.js'
import { recordPracticeEvent } from '../review/timeline-repository.js'
import { canEditSubmission, canSeePractice, canSeeSubmission } from '../submissions/access.js'
import { findOpenRevision } from '../submissions/repository.js'
import { FileNotStored, newStorageKey, type FileStore } from './file-store.js'
import {
  allowedTypesSentence,
  displayNameFor,
  formatFileSize,
  isAttachmentKind,
  kindLabel,
  MAX_FILES_PER_PRACTICE,
  typeLabel,
} from './file-rules.js'
import {
  countAttachments,
  deleteAttachment,
  findAttachment,
  findPracticeFacts,
  insertAttachment,
  listAttachments,
  lockPracticeFacts,
  markRemovedInRevision,
  touchPractice,
  type PracticeFacts,
} from './repository.js'
import { receiveFile, type ReceivedFile, type UploadPart, type UploadProblem } from './upload.js'

/** Files can be added and removed while the contributor holds the submission. */
const changeableStatuses: readonly PracticeStatus[] = ['draft', 'changes_requested']

/**
 * Whose files a change touches: the submission's own (revisionId null), or, for published practice, the
 * open change's, which stay apart from the live files until a reviewer approves the change.
 */
interface ChangeTarget {
  practice: PracticeFacts
  revisionId: number | null
}

async function changeTarget(db: Db, viewer: Viewer, practiceId: number, lock: boolean): Promise<ChangeTarget> {
  const practice = lock ? await lockPracticeFacts(db, practiceId) : await findPracticeFacts(db, practiceId)
  if (!practice || !canEditSubmission(viewer, practice)) throw new AttachmentNotFound()
  if (changeableStatuses.includes(practice.status)) return { practice, revisionId: null }
  if (practice.status === 'published') {
    // Locked too, so a reviewer's decision on the change waits for the file to be recorded.
    const revision = await findOpenRevision(db, practiceId, { lock })
    if (revision && (revision.status === 'draft' || revision.status === 'changes_requested')) {
      return { practice, revisionId: revision.id }
    }
  }
  throw new AttachmentsLocked()
}

export class AttachmentNotFound extends Error {
  readonly statusCode = 404
  constructor() {
    super('Not found')
  }
}

/** Shown on the conflict page (409): the submission is with reviewers or already decided. */
export class AttachmentsLocked extends Error {
  readonly statusCode = 409
  constructor() {
    super(
      'Files can only be added or removed while the submission is a draft, has been sent back to you for changes, or while you are changing published practice. Nothing has been changed.',
    )
  }
}

const problemMessages: Record<UploadProblem, string> = {
  missing: 'Select a file to upload',
  empty: 'The selected file is empty',
  'too-large': 'The selected file must be smaller than 20MB',
  'wrong-type': `The selected file must be ${allowedTypesSentence}`,
  'one-file': 'Select one file at a time',
  malformed: 'The file did not arrive whole: select it and upload it again',
  full: `You can add up to ${MAX_FILES_PER_PRACTICE} files. Remove a file before you add another`,
}

const fileError = (problem: UploadProblem): FormError => ({
  fieldId: 'file',
  href: '#file',
  text: problemMessages[problem],
})
const kindError: FormError = { fieldId: 'kind', href: '#kind', text: 'Select what the file is' }

export type UploadOutcome = { ok: true; name: string } | { ok: false; errors: FormError[]; kind: string | undefined }

export class AttachmentsService {
  constructor(
    private readonly db: Db,
    private readonly store: FileStore,
  ) {}

  /** The attachments page for this viewer, or null when they may not see the submission. */
  async pageFor(viewer: Viewer, practiceId: number) {
    const practice = await findPracticeFacts(this.db, practiceId)
    if (!practice || !canSeeSubmission(viewer, practice)) return null
    const revision = practice.status === 'published' ? await findOpenRevision(this.db, practiceId) : null
    const rows = await listAttachments(this.db, practiceId, revision?.id ?? null)
    const mayEdit = canEditSubmission(viewer, practice)
    const revisionEditable = revision?.status === 'draft' || revision?.status === 'changes_requested'
    const canChange = mayEdit && (changeableStatuses.includes(practice.status) || revisionEditable)
    return {
      practice: { id: practice.id, title: practice.title, reference: practice.reference, status: practice.status },
      mayEdit,
      canChange,
      /** the files as the open change to published practice leaves them */
      inRevision: revision !== null,
      full: rows.length >= MAX_FILES_PER_PRACTICE,
      maxFiles: MAX_FILES_PER_PRACTICE,
      attachments: rows.map((row) => ({
        id: row.id,
        name: row.displayName,
        type: typeLabel(row.mediaType),
        size: formatFileSize(row.sizeBytes),
        kind: kindLabel(row.kind),
        addedAt: row.createdAt.toISOString(),
        addedBy: row.uploadedBy ?? 'A former user',
        url: `/attachments/${row.id}`,
        /** added in the open change: not published until it is approved */
        isNew: row.revisionId !== null,
      })),
    }
  }

  /** How many files a practice has (or will have once its change is approved), for the task list. */
  async count(practiceId: number, revisionId: number | null = null): Promise<number> {
    return countAttachments(this.db, practiceId, revisionId)
  }

  /**
   * Reads an upload form's parts in order: the kind, then one file, which is stored while it arrives
   * and kept only if every check passes. Whatever the outcome, no refused file stays in the store.
   */
  async upload(
    viewer: Viewer,
    practiceId: number,
    parts: AsyncIterable<UploadPart>,
    ip: string | null = null,
  ): Promise<UploadOutcome> {
    if (viewer.kind !== 'user') throw new AttachmentNotFound()
    const target = await changeTarget(this.db, viewer, practiceId, false)
    const full = (await countAttachments(this.db, practiceId, target.revisionId)) >= MAX_FILES_PER_PRACTICE
    let kind: string | undefined
    let received: ReceivedFile | null = null
    let problem: UploadProblem | null = full ? 'full' : null
    let sawFile = false
    try {
      for await (const part of parts) {
        if (part.type === 'field') {
          if (part.name === 'kind') kind = part.value
        } else if (part.type === 'refused') {
          problem ??= part.reason
        } else if (sawFile || problem || part.name !== 'file') {
          if (sawFile && !problem) problem = 'one-file'
          part.stream.resume()
        } else {
          sawFile = true
          const result = await receiveFile(this.store, newStorageKey(), part)
          if (result.ok) received = result.file
          else problem = result.problem
        }
      }
      const errors: FormError[] = []
      if (!full && !isAttachmentKind(kind)) errors.push(kindError)
      const fileProblem = problem ?? (received ? null : 'missing')
      if (fileProblem) errors.push(fileError(fileProblem))
      if (errors.length > 0 || !received || !isAttachmentKind(kind)) {
        await this.discard(received)
        return { ok: false, errors, kind }
      }
      const name = await this.record(viewer, practiceId, kind, received, ip)
      if (!name.ok) {
        await this.discard(received)
        return { ok: false, errors: [fileError('full')], kind }
      }
      return { ok: true, name: name.name }
    } catch (error) {
      await this.discard(received)
      throw error
    }
  }

  private async discard(file: ReceivedFile | null): Promise<void> {
    if (file) await this.store.remove(file.key)
  }

  /** The database side of an upload, with the practice locked so the limit and the status still hold. */
  private async record(
    viewer: Viewer & { kind: 'user' },
    practiceId: number,
    kind: string,
    file: ReceivedFile,
    ip: string | null,
  ): Promise<{ ok: true; name: string } | { ok: false }> {
    const userId = viewer.user.id
    return this.db.transaction(async (tx) => {
      const { practice, revisionId } = await changeTarget(tx, viewer, practiceId, true)
      if ((await countAttachments(tx, practiceId, revisionId)) >= MAX_FILES_PER_PRACTICE) return { ok: false as const }
      const name = displayNameFor(file.uploadedName, file.extension)
      const attachmentId = await insertAttachment(tx, {
        practiceId,
        storageKey: file.key,
        displayName: name,
        mediaType: file.mediaType,
        extension: file.extension,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        kind,
        uploadedByUserId: userId,
        revisionId,
      })
      await touchPractice(tx, practiceId)
      await recordPracticeEvent(tx, {
        practiceId,
        revisionId,
        kind: 'attachment-added',
        body: name,
        details: { attachmentId, kind },
        actorUserId: userId,
      })
      await recordAuditEvent(tx, {
        action: 'attachment-added',
        actorUserId: userId,
        ip,
        details: { practiceId, reference: practice.reference, attachmentId, name, sha256: file.sha256, revisionId },
      })
      return { ok: true as const, name }
    })
  }

  /** Removes the record, then the file; returns the name that was removed. */
  async remove(viewer: Viewer, practiceId: number, attachmentId: number, ip: string | null = null): Promise<string> {
    if (viewer.kind !== 'user') throw new AttachmentNotFound()
    await changeTarget(this.db, viewer, practiceId, false)
    const removed = await this.db.transaction(async (tx) => {
      const { practice, revisionId } = await changeTarget(tx, viewer, practiceId, true)
      // In a change to published practice, a file it added goes now; a live file only when it is approved.
      const deleted = await deleteAttachment(tx, practiceId, attachmentId, revisionId)
      const marked =
        deleted || revisionId === null ? null : await markRemovedInRevision(tx, practiceId, attachmentId, revisionId)
      const row = deleted ?? marked
      if (!row) throw new AttachmentNotFound()
      await touchPractice(tx, practiceId)
      await recordPracticeEvent(tx, {
        practiceId,
        revisionId,
        kind: 'attachment-removed',
        body: row.displayName,
        details: { attachmentId },
        actorUserId: viewer.user.id,
      })
      await recordAuditEvent(tx, {
        action: 'attachment-removed',
        actorUserId: viewer.user.id,
        ip,
        details: { practiceId, reference: practice.reference, attachmentId, name: row.displayName, revisionId },
      })
      return { row, deleted: deleted !== null }
    })
    // After the commit: a failed transaction must never lose the file of a record that stays.
    if (removed.deleted) await this.store.remove(removed.row.storageKey)
    return removed.row.displayName
  }

  /** The file for a download, or null when this viewer may not see it (or it is gone). */
  async openDownload(viewer: Viewer, attachmentId: number) {
    const found = await findAttachment(this.db, attachmentId)
    if (!found || !canSeePractice(viewer, found.practice)) return null
    // A file added in a change to published practice is not published until the change is approved.
    if (found.attachment.revisionId !== null && !canSeeSubmission(viewer, found.practice)) return null
    let stream: Readable
    try {
      stream = await this.store.get(found.attachment.storageKey)
    } catch (error) {
      if (error instanceof FileNotStored) return null
      throw error
    }
    const { displayName, mediaType, sizeBytes } = found.attachment
    return { stream, name: displayName, mediaType, sizeBytes }
  }
}

/** Download links for the practice page, for a practice the caller has already found visible. */
export async function findAttachmentLinks(db: Db, practiceId: number) {
  const rows = await listAttachments(db, practiceId)
  return rows.map((row) => ({
    name: row.displayName,
    type: typeLabel(row.mediaType),
    size: formatFileSize(row.sizeBytes),
    kind: kindLabel(row.kind),
    url: `/attachments/${row.id}`,
  }))
}
export type AttachmentLink = Awaited<ReturnType<typeof findAttachmentLinks>>[number]
