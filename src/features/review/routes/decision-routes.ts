import type { FastifyInstance } from 'fastify'
import type { z } from 'zod'
import type { Services } from '../../../services.js'
import { parseForm } from '../../../web/forms.js'
import type { Actor } from '../actions.js'
import { VisibilityBeyondConsent } from '../decisions.js'
import { archiveForm, publishForm, rejectForm, requestChangesForm, unpublishForm } from '../forms.js'
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

type Decide<S extends z.ZodType> = (
  services: Services,
  actor: Actor,
  reference: string,
  values: z.output<S>,
) => Promise<unknown>

/** One decision: its path, its form, what it does and the success banner the review page shows after it. */
function decision<S extends z.ZodType>(path: string, schema: S, decide: Decide<S>, done: string) {
  return { path, schema, decide: decide as Decide<z.ZodType>, done }
}

const decisions = [
  decision(
    'request-changes',
    requestChangesForm,
    (s, actor, ref, v) => s.decisions.requestChanges(actor, ref, v.version, v.changesComments),
    'Sent back for changes: the contributor sees your comments on their task list.',
  ),
  decision(
    'reject',
    rejectForm,
    (s, actor, ref, v) => s.decisions.reject(actor, ref, v.version, v.rejectReasons),
    'Rejected: it will not be published.',
  ),
  decision(
    'publish',
    publishForm,
    (s, actor, ref, v) => s.decisions.publish(actor, ref, v.version, v.visibility),
    'Published: it is in the practice bank for the people you chose.',
  ),
  decision(
    'unpublish',
    unpublishForm,
    (s, actor, ref, v) => s.decisions.unpublish(actor, ref, v.version, v.unpublishReason),
    'Unpublished: it is no longer shown in the practice bank.',
  ),
  decision(
    'archive',
    archiveForm,
    (s, actor, ref, v) => s.decisions.archive(actor, ref, v.version, v.archiveReason),
    'Archived.',
  ),
]

/** Decisions about a practice: POST /review/:reference/<decision>. Refused transitions answer 409 and change nothing. */
export default async function decisionRoutes(app: FastifyInstance, { services }: { services: Services }) {
  for (const { path, schema, decide, done } of decisions) {
    app.post<ReferenceParams>(`/review/:reference/${path}`, async (request, reply) => {
      const user = requireReviewStaff(request, reply)
      if (!user) return reply
      const { reference } = request.params
      if (!validReference(reference)) return notFound(reply)
      if (formVersion(request.body) === null) return badRequest(reply)
      const input = (request.body ?? {}) as Record<string, unknown>
      const form = parseForm(schema, request.body)
      if (!form.ok) return renderReviewPage(services, request, reply, reference, { errors: form.errors, input })
      try {
        return await act(
          services,
          reply,
          reference,
          () => decide(services, actorOf(user, request), reference, form.values),
          `/review/${reference}`,
          () => {
            request.session.flash = done
          },
        )
      } catch (error) {
        if (!(error instanceof VisibilityBeyondConsent)) throw error
        const errors = [
          {
            fieldId: 'visibility',
            href: '#visibility',
            text: 'Choose who can see it from what the contributor agreed to',
          },
        ]
        return renderReviewPage(services, request, reply, reference, { errors, input })
      }
    })
  }
}
