import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import type { FormError } from '../../web/forms.js'
import { evaluationStatusLabels } from './brokerage.js'
import { notFound } from './evaluation-page.js'
import { parseDetails } from './forms.js'
import { idParam, isStaff, orConflict, requireRoleOf } from './guards.js'

type IdParams = { Params: { id: string } }

const dateParts = (prefix: string, date: string | null) => {
  const [year, month, day] = date ? date.split('-') : ['', '', '']
  return {
    [`${prefix}-day`]: day ? String(Number(day)) : '',
    [`${prefix}-month`]: month ? String(Number(month)) : '',
    [`${prefix}-year`]: year ?? '',
  }
}

/** Programme staff correct an evaluation's record after the introduction: evaluator, institution, method, dates. */
export default async function evaluationDetailsRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const staff = (request: FastifyRequest, reply: FastifyReply) => requireRoleOf(request, reply, isStaff)

  async function renderEdit(request: FastifyRequest<IdParams>, reply: FastifyReply, errors: FormError[] = []) {
    const id = idParam(request.params.id)
    const found = id === null ? null : await services.evaluation.evaluation(id)
    if (!found) return notFound(reply)
    const e = found.evaluation
    const posted = (request.body ?? {}) as Record<string, unknown>
    const input = errors.length
      ? Object.fromEntries(Object.entries(posted).filter((p): p is [string, string] => typeof p[1] === 'string'))
      : {
          evaluatorName: e.evaluatorName,
          institution: e.institution,
          method: e.method,
          ...dateParts('startedOn', e.startedOn),
          ...dateParts('endedOn', e.endedOn),
        }
    return reply.code(errors.length ? 400 : 200).view('evaluation/views/review-evaluation-edit.njk', {
      pageTitle: `Change the evaluation of ${found.practiceTitle}`,
      activeNav: 'review',
      ...found,
      statusLabel: evaluationStatusLabels[e.status],
      errors,
      input,
    })
  }

  app.get<IdParams>('/review/evaluation/evaluations/:id/edit', async (request, reply) => {
    if (!staff(request, reply)) return reply
    return renderEdit(request, reply)
  })

  app.post<IdParams>('/review/evaluation/evaluations/:id/edit', async (request, reply) => {
    const user = staff(request, reply)
    if (!user) return reply
    const id = idParam(request.params.id)
    const found = id === null ? null : await services.evaluation.evaluation(id)
    if (!found || id === null) return notFound(reply)
    const form = parseDetails(request.body, found.evaluation.status)
    if (!form.ok) return renderEdit(request, reply, form.errors)
    const back = `/review/evaluation/evaluations/${id}`
    const result = await orConflict(reply, `${back}/edit`, () =>
      services.evaluation.editDetails({ user, ip: request.ip }, id, form.values),
    )
    if (!result.done) return reply
    if (!result.value) return notFound(reply)
    request.session.flash = result.value.changed.length
      ? `Evaluation details saved: ${result.value.changed.join(', ').toLowerCase()} changed`
      : 'Nothing was changed'
    return reply.redirect(back, 303)
  })
}
