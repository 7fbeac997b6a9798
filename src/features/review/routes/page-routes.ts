import type { FastifyInstance } from 'fastify'
import type { Services } from '../../../services.js'
import { parseForm } from '../../../web/forms.js'
import { classifyForm, linkToolkitForm, noteForm } from '../forms.js'
import {
  act,
  actorOf,
  badRequest,
  formVersion,
  notFound,
  renderReviewPage,
  requireReviewStaff,
  validReference,
  type ReferenceParams,
} from './shared.js'
import { requireUser } from '../../access/guards.js'

/** The review page, and what reviewers do there short of a decision: classify, link evidence, write notes. */
export default async function pageRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get<ReferenceParams>('/review/:reference', async (request, reply) => {
    // Force leads may read their own force's practice here, so the role check is the service's.
    if (!requireUser(request, reply)) return reply
    return renderReviewPage(services, request, reply, request.params.reference)
  })

  app.post<ReferenceParams>('/review/:reference/classify', async (request, reply) => {
    const user = requireReviewStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    if (!validReference(reference)) return notFound(reply)
    if (formVersion(request.body) === null) return badRequest(reply)
    const form = parseForm(classifyForm, request.body)
    const input = (request.body ?? {}) as Record<string, unknown>
    if (!form.ok) return renderReviewPage(services, request, reply, reference, { errors: form.errors, input })
    const problems = await services.review.classificationProblems(form.values)
    if (problems.length) {
      const errors = problems.map((p) => ({ ...p, href: `#${p.fieldId}` }))
      return renderReviewPage(services, request, reply, reference, { errors, input })
    }
    return act(
      services,
      reply,
      reference,
      () => services.review.classify(actorOf(user, request), reference, form.values.version, form.values),
      `/review/${reference}#classification`,
    )
  })

  app.post<ReferenceParams>('/review/:reference/notes', async (request, reply) => {
    const user = requireReviewStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    if (!validReference(reference)) return notFound(reply)
    if (formVersion(request.body) === null) return badRequest(reply)
    const form = parseForm(noteForm, request.body)
    if (!form.ok) {
      return renderReviewPage(services, request, reply, reference, {
        errors: form.errors,
        input: (request.body ?? {}) as Record<string, unknown>,
      })
    }
    return act(
      services,
      reply,
      reference,
      () => services.review.addNote(actorOf(user, request), reference, form.values.note),
      `/review/${reference}#timeline`,
    )
  })

  app.post<ReferenceParams>('/review/:reference/toolkit', async (request, reply) => {
    const user = requireReviewStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    if (!validReference(reference)) return notFound(reply)
    if (formVersion(request.body) === null) return badRequest(reply)
    const form = parseForm(linkToolkitForm, request.body)
    if (!form.ok) {
      return renderReviewPage(services, request, reply, reference, {
        errors: form.errors,
        input: (request.body ?? {}) as Record<string, unknown>,
      })
    }
    return act(
      services,
      reply,
      reference,
      () =>
        services.review.linkToolkit(
          actorOf(user, request),
          reference,
          form.values.version,
          form.values.entry,
          form.values.toolkitNote ?? null,
        ),
      `/review/${reference}#toolkit`,
    )
  })

  app.post<{ Params: { reference: string; entryId: string } }>(
    '/review/:reference/toolkit/:entryId/unlink',
    async (request, reply) => {
      const user = requireReviewStaff(request, reply)
      if (!user) return reply
      const { reference } = request.params
      const entryId = Number(request.params.entryId)
      if (!validReference(reference) || !Number.isSafeInteger(entryId) || entryId < 1) return notFound(reply)
      const version = formVersion(request.body)
      if (version === null) return badRequest(reply)
      return act(
        services,
        reply,
        reference,
        () => services.review.unlinkToolkit(actorOf(user, request), reference, version, entryId),
        `/review/${reference}#toolkit`,
      )
    },
  )
}
