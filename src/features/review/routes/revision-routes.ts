import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../../services.js'
import { parseForm, type FormError } from '../../../web/forms.js'
import { revisionCommentsRequired, revisionDecisionForm } from '../forms.js'
import { canDoToRevision } from '../state-machine.js'
import {
  act,
  actorOf,
  badRequest,
  formVersion,
  notFound,
  requireReviewStaff,
  validReference,
  type ReferenceParams,
} from './shared.js'
import type { FastifyReply } from 'fastify'

type RevisionParams = { Params: { reference: string; number: string } }
const numberParam = z.coerce.number().int().positive().max(100000)

/** Comparing a change to published practice with the live version, and deciding on it. */
export default async function revisionRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const render = async (
    reply: FastifyReply,
    reference: string,
    number: number,
    state: { errors?: FormError[]; input?: Record<string, unknown>; lastAction?: string } = {},
  ) => {
    const comparison = await services.revisions.comparison(reference, number)
    if (!comparison) return notFound(reply)
    const { revision } = comparison
    return reply.code(state.errors?.length ? 400 : 200).view('review/views/revision.njk', {
      pageTitle: `Revision ${number} of ${reference}`,
      activeNav: 'review',
      ...comparison,
      open: revision.status === 'submitted',
      canApprove: canDoToRevision('approve', revision.status),
      errors: state.errors,
      input: state.input ?? {},
      lastAction: state.lastAction,
    })
  }

  const parse = (params: { reference: string; number: string }) => {
    const number = numberParam.safeParse(params.number)
    return validReference(params.reference) && number.success
      ? { reference: params.reference, number: number.data }
      : null
  }

  app.get<RevisionParams>('/review/:reference/revisions/:number', async (request, reply) => {
    if (!requireReviewStaff(request, reply)) return reply
    const target = parse(request.params)
    if (!target) return notFound(reply)
    return render(reply, target.reference, target.number)
  })

  const actions = [
    ['approve', revisionDecisionForm, 'approve'],
    ['request-changes', revisionCommentsRequired, 'requestChanges'],
    ['reject', revisionCommentsRequired, 'reject'],
  ] as const
  for (const [path, schema, method] of actions) {
    app.post<RevisionParams>(`/review/:reference/revisions/:number/${path}`, async (request, reply) => {
      const user = requireReviewStaff(request, reply)
      if (!user) return reply
      const target = parse(request.params)
      if (!target) return notFound(reply)
      if (formVersion(request.body) === null) return badRequest(reply)
      const form = parseForm(schema, request.body)
      const input = (request.body ?? {}) as Record<string, unknown>
      if (!form.ok) {
        const errors = form.errors.map((e) => ({ ...e, href: `#comments-${path}` }))
        return render(reply, target.reference, target.number, { errors, input, lastAction: path })
      }
      const actor = actorOf(user, request)
      const comments = form.values.comments ?? null
      return act(
        services,
        reply,
        target.reference,
        () =>
          method === 'approve'
            ? services.revisions.approve(actor, target.reference, target.number, form.values.version, comments)
            : services.revisions[method](actor, target.reference, target.number, form.values.version, comments ?? ''),
        `/review/${target.reference}`,
      )
    })
  }
}

export type { ReferenceParams }
