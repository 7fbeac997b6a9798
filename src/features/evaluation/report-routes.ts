import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import type { FormError } from '../../web/forms.js'
import { acceptSingleFileUpload } from '../../web/single-file-upload.js'
import { allowedTypesSentence, MAX_FILE_BYTES } from '../attachments/file-rules.js'
import { sendUploadedFile } from '../attachments/send-download.js'
import type { ReceivedFile } from '../attachments/upload.js'
import { evaluationStatusLabels } from './brokerage.js'
import { notFound, renderEvaluationPage } from './evaluation-page.js'
import { parseStep } from './forms.js'
import { idParam, isStaff, orConflict, requireRoleOf } from './guards.js'

type IdParams = { Params: { id: string } }

const fileProblems = {
  empty: 'The selected file is empty',
  'wrong-type': `The selected file must be ${allowedTypesSentence}`,
  'too-large': 'The selected file must be smaller than 20 MB',
} as const
const fileError = (text: string): FormError => ({ fieldId: 'reportFile', href: '#reportFile', text })

/**
 * Recording an evaluation's report, with its link or its file (a multipart form whose CSRF token comes
 * first, as for every upload), and downloading that file. The file is checked by its content as
 * attachments are; it is kept only when the report is recorded.
 */
export default async function evaluationReportRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const upload = await acceptSingleFileUpload(app, { maxBytes: MAX_FILE_BYTES, otherFields: 8, fieldSize: 20_000 })

  app.post<IdParams>(
    '/review/evaluation/evaluations/:id/report',
    { bodyLimit: MAX_FILE_BYTES + 1024 * 1024 },
    async (request, reply) => {
      const user = requireRoleOf(request, reply, isStaff)
      if (!user) return reply
      const id = idParam(request.params.id)
      if (id === null) return notFound(reply)
      const form = await upload.readForm(request, '')
      const posted = { ...form.fields, action: 'report' }
      const sent = 'bytes' in form.file ? form.file : null
      const problem = 'problem' in form.file && form.file.problem ? form.file.problem : null
      const step = parseStep(posted, { reportFile: sent !== null || problem !== null })
      const errors = step.ok ? [] : [...step.errors]
      if (problem) errors.push(fileError(problem))
      const again = (list: FormError[]) =>
        renderEvaluationPage(services, request, reply, { errors: list, failedAction: 'report', posted })
      if (!step.ok || errors.length) return again(errors)
      let stored: ReceivedFile | null = null
      if (sent) {
        const received = await services.evaluation.receiveReportFile(sent.fileName, sent.bytes)
        if (!received.ok)
          return again([
            fileError(
              received.problem in fileProblems
                ? fileProblems[received.problem as keyof typeof fileProblems]
                : 'The file did not arrive whole: select it and upload it again',
            ),
          ])
        stored = received.file
      }
      const back = `/review/evaluation/evaluations/${id}`
      // The file goes before any answer is sent, whatever stopped the report being recorded.
      const result = await orConflict(reply, back, async () => {
        try {
          const recorded = await services.evaluation.step({ user, ip: request.ip }, id, step.values, stored)
          if (!recorded && stored) await services.evaluation.discardReportFile(stored)
          return recorded
        } catch (error) {
          if (stored) await services.evaluation.discardReportFile(stored)
          throw error
        }
      })
      if (!result.done) return reply
      if (!result.value) return notFound(reply)
      request.session.flash = `The evaluation is now ${evaluationStatusLabels[result.value.status].toLowerCase()}`
      return reply.redirect(back, 303)
    },
  )

  app.get<{ Params: { id: string } }>('/evaluation-reports/:id', async (request, reply) => {
    const id = idParam(request.params.id)
    const file = id === null ? null : await services.evaluation.openReport(request.viewer, id)
    if (!file) return notFound(reply)
    return sendUploadedFile(reply, file)
  })
}
