import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { consumeFlash } from '../../web/flash.js'
import { parseForm, type FormError } from '../../web/forms.js'
import { evaluationStatusLabels } from './brokerage.js'
import { evaluationLabels, notFound, renderEvaluationPage } from './evaluation-page.js'
import { decisionForm, parseStep, withdrawForm } from './forms.js'
import { idParam, isStaff, orConflict, requireRoleOf } from './guards.js'

type IdParams = { Params: { id: string } }

const labels = evaluationLabels

/** Programme staff broker introductions and keep each evaluation's record (reviewers and admins). */
export default async function evaluationReviewRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const evaluation = services.evaluation
  const staff = (request: FastifyRequest, reply: FastifyReply) => requireRoleOf(request, reply, isStaff)

  app.get('/review/evaluation', async (request, reply) => {
    if (!staff(request, reply)) return reply
    return reply.view('evaluation/views/review-list.njk', {
      pageTitle: 'Evaluation requests',
      activeNav: 'review',
      ...(await evaluation.worklist()),
      ...labels,
      flash: consumeFlash(request),
    })
  })

  async function renderRequest(
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    errors: FormError[] = [],
  ): Promise<FastifyReply> {
    const id = idParam(request.params.id)
    const found = id === null ? null : await evaluation.request(id)
    if (!found || id === null) return notFound(reply)
    const posted = errors.length ? ((request.body ?? {}) as Record<string, unknown>) : {}
    return reply.code(errors.length ? 400 : 200).view('evaluation/views/review-request.njk', {
      pageTitle: `Request to evaluate ${found.practiceTitle}`,
      activeNav: 'review',
      request: found,
      contact: found.status === 'accepted' ? await evaluation.introductionContact(id) : null,
      errors,
      note: typeof posted.note === 'string' ? posted.note : '',
      decision: typeof posted.decision === 'string' ? posted.decision : '',
      ...labels,
    })
  }

  app.get<IdParams>('/review/evaluation/requests/:id', async (request, reply) => {
    if (!staff(request, reply)) return reply
    return renderRequest(request, reply)
  })

  app.post<IdParams>('/review/evaluation/requests/:id', async (request, reply) => {
    const user = staff(request, reply)
    if (!user) return reply
    const id = idParam(request.params.id)
    if (id === null) return notFound(reply)
    const form = parseForm(decisionForm, request.body)
    if (!form.ok) return renderRequest(request, reply, form.errors)
    const back = `/review/evaluation/requests/${id}`
    const result = await orConflict(reply, back, () =>
      evaluation.decide(
        { user, ip: request.ip },
        id,
        form.values.decision,
        form.values.note ?? null,
        form.values.version,
      ),
    )
    if (!result.done) return reply
    if (!result.value) return notFound(reply)
    const { request: decided, evaluationId } = result.value
    request.session.flash =
      form.values.decision === 'accept'
        ? `Request accepted: ${decided.academicName ?? 'the academic'} and the practice lead have been introduced by e-mail`
        : 'Request declined'
    return reply.redirect(evaluationId ? `/review/evaluation/evaluations/${evaluationId}` : '/review/evaluation', 303)
  })

  app.get<IdParams>('/review/evaluation/evaluations/:id', async (request, reply) => {
    if (!staff(request, reply)) return reply
    return renderEvaluationPage(services, request, reply)
  })

  app.post<IdParams>('/review/evaluation/evaluations/:id', async (request, reply) => {
    const user = staff(request, reply)
    if (!user) return reply
    const id = idParam(request.params.id)
    if (id === null) return notFound(reply)
    const step = parseStep(request.body)
    if (!step.ok) {
      const action = (request.body as { action?: unknown } | undefined)?.action
      return renderEvaluationPage(services, request, reply, {
        errors: step.errors,
        failedAction: typeof action === 'string' ? action : null,
        posted: (request.body ?? {}) as Record<string, unknown>,
      })
    }
    const back = `/review/evaluation/evaluations/${id}`
    const result = await orConflict(reply, back, () => evaluation.step({ user, ip: request.ip }, id, step.values))
    if (!result.done) return reply
    if (!result.value) return notFound(reply)
    request.session.flash = `The evaluation is now ${evaluationStatusLabels[result.value.status].toLowerCase()}`
    return reply.redirect(back, 303)
  })

  app.post<IdParams>('/review/evaluation/evaluations/:id/revisited', async (request, reply) => {
    const user = staff(request, reply)
    if (!user) return reply
    const id = idParam(request.params.id)
    if (id === null) return notFound(reply)
    const form = parseForm(withdrawForm, request.body)
    if (!form.ok) return reply.code(400).view('errors/bad-request.njk')
    const result = await orConflict(reply, '/review/evaluation', () =>
      evaluation.markRevisited({ user, ip: request.ip }, id, form.values.version),
    )
    if (!result.done) return reply
    if (!result.value) return notFound(reply)
    request.session.flash = 'Marked as looked at again: the report is off the list'
    return reply.redirect('/review/evaluation', 303)
  })
}
