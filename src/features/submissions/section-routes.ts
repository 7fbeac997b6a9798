import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Services } from '../../services.js'
import { collectDates } from './forms/fields.js'
import {
  consumeFlash,
  forbidden,
  formErrors,
  loadSubmission,
  postedVersion,
  submissionName,
  submissionPath,
  type IdParams,
} from './route-helpers.js'
import { sectionOptions } from './section-view.js'
import { formBody, sectionDates, sections, sectionsFor, type PendingFields, type Section } from './sections.js'
import type { Submission } from './service.js'

type SectionRequest = IdParams & { Querystring: { returnTo?: string } }

const SAVED_FOR_LATER = 'Your answers have been saved. You can come back to this draft at any time from My submissions.'

/** The task list and one page per section. */
export default async function sectionRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get<IdParams>('/submissions/:id', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    if (!submission.editable) return reply.redirect(submissionPath(submission, 'check-answers'))
    return reply.view('submissions/views/task-list.njk', {
      pageTitle: submission.revision ? 'Change published practice' : 'Submit a practice example',
      submission,
      name: submissionName(submission),
      tasks: services.submissions.taskList(submission),
      attachmentCount: await services.attachments.count(submission.practice.id, submission.revision?.id ?? null),
      changesRequested: await services.submissions.changesRequested(submission),
      flash: consumeFlash(request),
    })
  })

  for (const section of sections) {
    const path = `/submissions/:id/${section.key}`

    app.get<SectionRequest>(path, async (request, reply) => {
      const submission = await loadSubmission(services, request, reply)
      if (!submission) return reply
      if (!applies(section, submission)) return reply.callNotFound()
      if (!submission.editable) return reply.redirect(submissionPath(submission, 'check-answers'))
      const returnTo = request.query.returnTo === 'check-answers' ? 'check-answers' : undefined
      const values = section.values(submission.content, submission.ctx)
      const pending = submission.pending[section.key]
      if (pending) {
        // Answers saved for later that did not pass come back as typed, with what is wrong with them.
        const body = { ...formBody(section, values, submission.ctx), ...pending }
        const form = services.submissions.parse(section, 'draft', submission, body)
        return renderSection(reply, section, submission, {
          values: form.ok ? collectDates(body, sectionDates(section, submission.ctx)) : form.input,
          returnTo,
          ...(form.ok ? {} : formErrors(form.errors)),
        })
      }
      return renderSection(reply, section, submission, { values, returnTo })
    })

    app.post<IdParams>(path, async (request, reply) => {
      const submission = await loadSubmission(services, request, reply)
      if (!submission) return reply
      if (!applies(section, submission)) return reply.callNotFound()
      if (!submission.isEditor) return forbidden(reply)
      if (!submission.editable) {
        return reply.code(409).view('errors/conflict.njk', {
          reason:
            'This practice example has been sent for review, so its answers cannot be changed now. Nothing has been saved.',
          backHref: submissionPath(submission, 'check-answers'),
        })
      }
      const body = (request.body ?? {}) as Record<string, unknown>
      const later = body.action === 'later'
      const returnTo = body.returnTo === 'check-answers' ? 'check-answers' : undefined
      // Saving for later keeps every answer that passes, and the rest as typed; only "Save and
      // continue" needs the whole page to be right.
      const form = later
        ? services.submissions.parseForLater(section, submission, body)
        : services.submissions.parse(section, 'complete', submission, body)
      if (!form.ok) {
        return renderSection(reply.code(400), section, submission, {
          values: form.input,
          returnTo,
          ...formErrors(form.errors),
        })
      }
      const pending: PendingFields = 'pending' in form ? (form.pending as PendingFields) : {}
      const outcome = await services.submissions.saveSection(
        submission,
        section,
        form.patch,
        postedVersion(body),
        pending,
        request.viewer.kind === 'user' ? { id: request.viewer.user.id, ip: request.ip } : null,
      )
      if (outcome === 'conflict') {
        // Nothing is written. The page comes back with what they typed and the current version, so that
        // saving again is a choice made knowing that someone else changed the draft.
        const current = await services.submissions.load(request.viewer, submission.practice.id)
        if (!current) return reply.callNotFound()
        return renderSection(reply.code(409), section, current, {
          values: collectDates(body, sectionDates(section, current.ctx)),
          returnTo,
          conflict: true,
        })
      }
      if (later) {
        request.session.flash = SAVED_FOR_LATER
        return reply.redirect(submissionPath(submission))
      }
      return reply.redirect(submissionPath(submission, returnTo ?? ''))
    })
  }
}

const applies = (section: Section, submission: Submission) =>
  sectionsFor(submission.ctx).some((s) => s.key === section.key)

function renderSection(
  reply: FastifyReply,
  section: Section,
  submission: Submission,
  model: {
    values: Record<string, unknown>
    returnTo?: string
    conflict?: boolean
    errors?: unknown
    errorFor?: unknown
  },
) {
  return reply.view(section.view, {
    pageTitle: section.title,
    section,
    submission,
    name: submissionName(submission),
    action: submissionPath(submission, section.key),
    backHref: submissionPath(submission, model.returnTo ?? ''),
    errorFor: () => undefined,
    ...model,
    ...sectionOptions(section, submission.ctx, model.values),
  })
}
