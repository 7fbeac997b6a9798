import { attachments } from '../../src/db/schema/index.js'
import { newStorageKey } from '../../src/features/attachments/file-store.js'
import { aPractice } from '../support/factories.js'
import { minimalPdf } from '../support/files.js'
import type { MatrixSection } from './types.js'

// The contributor owns both submissions; the force lead leads Kent, their organisation.
const editors = (status: number | 'sign-in', others: number) => ({
  anonymous: 'sign-in' as const,
  contributor: status,
  forceLead: status,
  rest: others,
})

/** Attachments of a submission (src/features/attachments). */
export const attachmentMatrix: MatrixSection = {
  rows: [
    {
      method: 'GET',
      route: '/submissions/:id/attachments',
      url: '/submissions/{ATTACHMENT_DRAFT}/attachments',
      expect: { ...editors(200, 404), reviewer: 200, admin: 200 },
    },
    // An empty form (not multipart): the page again with "Select a file to upload".
    {
      method: 'POST',
      route: '/submissions/:id/attachments',
      url: '/submissions/{ATTACHMENT_DRAFT}/attachments',
      expect: editors(400, 404),
    },
    // The submission has been sent, so its files can no longer be removed: nothing changes for anyone.
    {
      method: 'POST',
      route: '/submissions/:id/attachments/:attachmentId/remove',
      url: '/submissions/{ATTACHMENT_SENT}/attachments/{ATTACHMENT_FILE}/remove',
      expect: editors(409, 404),
    },
    {
      method: 'GET',
      route: '/attachments/:attachmentId',
      url: '/attachments/{ATTACHMENT_FILE}',
      expect: { anonymous: 404, contributor: 200, forceLead: 200, reviewer: 200, admin: 200, rest: 404 },
    },
  ],
  async fixtures(db, app, { users }) {
    const owner = { submittedByUserId: users.contributor.id, organisation: 'kent', visibility: 'internal' as const }
    const draft = await aPractice(db, { ...owner, status: 'draft' })
    const sent = await aPractice(db, { ...owner, status: 'submitted' })
    const key = newStorageKey()
    const content = minimalPdf()
    const stored = await app.services.files.put(key, content)
    const [file] = await db
      .insert(attachments)
      .values({
        practiceId: sent.id,
        storageKey: key,
        displayName: 'evaluation.pdf',
        mediaType: 'application/pdf',
        extension: 'pdf',
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        kind: 'evaluation-report',
        uploadedByUserId: users.contributor.id,
      })
      .returning()
    return {
      ATTACHMENT_DRAFT: String(draft.id),
      ATTACHMENT_SENT: String(sent.id),
      ATTACHMENT_FILE: String(file?.id),
    }
  },
}
