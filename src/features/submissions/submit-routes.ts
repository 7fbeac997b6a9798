import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Services } from '../../services.js'
import { hasRole } from '../access/visibility.js'
import { canDo } from '../review/state-machine.js'
import { formatDate } from '../../web/format.js'
import { parseForm, type FormError } from '../../web/forms.js'
import { answerCards } from './answers.js'
import { REPLY_MAX, replyForm } from './forms/reply.js'
import { withdrawForm } from './forms/withdraw.js'
import {
  forbidden,
  formErrors,
  loadSubmission,
  postedVersion,
  submissionName,
  submissionPath,
  type IdParams,
} from './route-helpers.js'
import type { Section } from './sections.js'
import type { Submission } from './service.js'

const CHANGED_ELSEWHERE =
  'This draft was changed in another tab or by someone else after you opened this page, so it has not been sent. Check the answers below, which are the latest, and send it again.'

/** Check your answers, sending it, the confirmation, and withdrawing. */
export default async function submitRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const renderCheckAnswers = async (
    reply: FastifyReply,
    submission: Submission,
    extra: { missing?: Section[]; errors?: FormError[]; errorFor?: unknown; conflict?: string; closed?: string } = {},
  ) => {
    const missing = extra.missing ?? services.submissions.incompleteSections(submission)
    return reply.view('submissions/views/check-answers.njk', {
      pageTitle: submission.editable ? 'Check your answers before sending' : submissionName(submission),
      submission,
      name: submissionName(submission),
      cards: answerCards(submission.content, submission.ctx, {
        basePath: submissionPath(submission),
        editable: submission.editable,
        attachments: await services.submissions.attachmentNames(
          submission.practice.id,
          submission.revision?.id ?? null,
        ),
      }),
      missing: missing.map((s) => ({ text: s.title, href: submissionPath(submission, s.key) })),
      canRevise: submission.isEditor && submission.practice.status === 'published' && !submission.revision,
      ...extra,
    })
  }

  app.get<IdParams>('/submissions/:id/check-answers', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    return renderCheckAnswers(reply, submission)
  })

  app.post<IdParams>('/submissions/:id/submit', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    const outcome = await services.submit.submit(request.viewer, submission.practice.id, postedVersion(request.body))
    switch (outcome.kind) {
      case 'not-found':
        return reply.callNotFound()
      case 'not-allowed':
        return forbidden(reply)
      case 'submitted':
      case 'already':
        return reply.redirect(submissionPath(submission, 'confirmation'))
      case 'incomplete': {
        const errors = outcome.sections.map((s) => ({
          fieldId: s.key,
          text: `Complete the section ‘${s.title}’`,
          href: submissionPath(submission, s.key),
        }))
        return renderCheckAnswers(reply.code(400), submission, { missing: outcome.sections, ...formErrors(errors) })
      }
      case 'call-closed': {
        const graced = outcome.lastDay !== outcome.closesOn
        const text = graced
          ? `The call for practice ‘${outcome.title}’ closed on ${formatDate(outcome.closesOn)}, and drafts could be sent until ${formatDate(outcome.lastDay)}. This draft cannot be sent for the call now. Your answers are kept: contact the programme team if you still want to share this practice.`
          : `The call for practice ‘${outcome.title}’ closed on ${formatDate(outcome.closesOn)}, so this draft cannot be sent for it now. Your answers are kept: contact the programme team if you still want to share this practice.`
        return renderCheckAnswers(reply.code(409), submission, { closed: text })
      }
      case 'conflict': {
        const current = await services.submissions.load(request.viewer, submission.practice.id)
        if (!current) return reply.callNotFound()
        return renderCheckAnswers(reply.code(409), current, { conflict: CHANGED_ELSEWHERE })
      }
    }
  })

  app.get<IdParams>('/submissions/:id/confirmation', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    const { practice, revision } = submission
    if (!practice.submittedAt || !practice.reference) return reply.redirect(submissionPath(submission))
    return reply.view('submissions/views/confirmation.njk', {
      pageTitle: revision?.status === 'submitted' ? 'Changes sent' : 'Practice example sent',
      submission,
      changes: revision?.status === 'submitted',
      reference: practice.reference,
      reviewer: hasRole(request.viewer, 'reviewer') || hasRole(request.viewer, 'admin'),
      // Say what really happens to the confirmation e-mail: without SMTP_URL it waits in the outbox.
      mailSent: services.smtpConfigured,
      email: request.viewer.kind === 'user' ? request.viewer.user.email : undefined,
    })
  })

  const replyModel = async (submission: Submission) => ({
    pageTitle: 'Reply to the reviewer',
    submission,
    name: submissionName(submission),
    changesRequested: await services.submissions.changesRequested(submission),
    maxLength: REPLY_MAX,
  })

  app.get<IdParams>('/submissions/:id/reply', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    if (!submission.isEditor) return forbidden(reply)
    const model = await replyModel(submission)
    if (!model.changesRequested) return nothingToReplyTo(reply, submission)
    return reply.view('submissions/views/reply.njk', model)
  })

  app.post<IdParams>('/submissions/:id/reply', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    if (!submission.isEditor) return forbidden(reply)
    const form = parseForm(replyForm, request.body)
    if (!form.ok) {
      const model = await replyModel(submission)
      if (!model.changesRequested) return nothingToReplyTo(reply, submission)
      return reply
        .code(400)
        .view('submissions/views/reply.njk', { ...model, ...formErrors(form.errors), input: form.input })
    }
    const outcome = await services.submit.reply(request.viewer, submission.practice.id, form.values.reply)
    if (outcome === 'not-found') return reply.callNotFound()
    if (outcome === 'not-allowed') return forbidden(reply)
    if (outcome === 'not-asked') return nothingToReplyTo(reply, submission)
    request.session.flash = 'Your reply has been sent to the reviewer.'
    return reply.redirect(submissionPath(submission))
  })

  app.get<IdParams>('/submissions/:id/withdraw', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    if (!submission.isEditor) return forbidden(reply)
    if (!canDo('withdraw', submission.practice.status)) return notWithdrawable(reply, submission)
    return reply.view('submissions/views/withdraw.njk', withdrawModel(submission))
  })

  app.post<IdParams>('/submissions/:id/withdraw', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    if (!submission.isEditor) return forbidden(reply)
    const form = parseForm(withdrawForm, request.body)
    if (!form.ok) {
      return reply
        .code(400)
        .view('submissions/views/withdraw.njk', { ...withdrawModel(submission), ...formErrors(form.errors) })
    }
    if (form.values.confirm === 'no') return reply.redirect('/my-submissions')
    const outcome = await services.submit.withdraw(request.viewer, submission.practice.id)
    if (outcome === 'not-found') return reply.callNotFound()
    if (outcome === 'not-allowed') return forbidden(reply)
    request.session.flash = `‘${submissionName(submission)}’ has been withdrawn.`
    return reply.redirect('/my-submissions')
  })
}

const withdrawModel = (submission: Submission) => ({
  pageTitle: 'Withdraw this submission',
  submission,
  name: submissionName(submission),
})

function notWithdrawable(reply: FastifyReply, submission: Submission) {
  return reply.code(409).view('errors/conflict.njk', {
    reason:
      submission.practice.status === 'withdrawn'
        ? 'This submission has already been withdrawn.'
        : 'Published, rejected and archived practice cannot be withdrawn. Contact the programme team if it needs to be taken down.',
    backHref: '/my-submissions',
  })
}

function nothingToReplyTo(reply: FastifyReply, submission: Submission) {
  return reply.code(409).view('errors/conflict.njk', {
    reason:
      'No reviewer is waiting for changes to this practice, so there is nothing to reply to. Nothing has been sent.',
    backHref: submissionPath(submission),
  })
}
