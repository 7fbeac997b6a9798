import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { regions } from '../../../db/seed/reference-data.js'
import type { Services } from '../../../services.js'
import { parseForm } from '../../../web/forms.js'
import { assignForm } from '../forms.js'
import { waitingStatuses, type QueueFilters } from '../queue-repository.js'
import { statusLabels, statusTagClasses } from '../rules.js'
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

const slugLike = z
  .string()
  .regex(/^[a-z0-9-]{1,100}$/)
  .optional()
  .catch(undefined)
const queueQuery = z.object({
  tab: z.enum(['waiting', 'revisions', 'decided']).optional().catch(undefined),
  status: z.enum(waitingStatuses).optional().catch(undefined),
  call: slugLike,
  organisation: slugLike,
  region: slugLike,
  topic: slugLike,
  assignee: z
    .union([z.enum(['me', 'unassigned']), z.coerce.number().int().positive()])
    .optional()
    .catch(undefined),
  age: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
})

export default async function queueRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get('/review', async (request, reply) => {
    const user = requireReviewStaff(request, reply)
    if (!user) return reply
    const query = queueQuery.parse(request.query ?? {})
    const ref = await services.reference.get()
    const tab = query.tab ?? 'waiting'
    const filters: QueueFilters = {
      tab,
      status: tab === 'waiting' ? (query.status ?? null) : null,
      callId: ref.calls.find((c) => c.slug === query.call)?.id ?? null,
      organisationId: ref.organisations.find((o) => o.code === query.organisation)?.id ?? null,
      region: regions.some((r) => r.key === query.region) ? (query.region ?? null) : null,
      topicId: ref.terms.find((t) => t.taxonomy === 'topic' && t.key === query.topic)?.id ?? null,
      assignee: query.assignee === 'me' ? user.id : (query.assignee ?? null),
      minDays: query.age ?? null,
    }
    const { rows, counts, reviewers } = await services.review.queue(filters)
    const scoresDiffer = await services.assessment.referencesWithScoresThatDiffer(user)
    const option = (value: string, text: string, current: unknown) => ({
      value,
      text,
      selected: value === String(current ?? ''),
    })
    return reply.view('review/views/queue.njk', {
      pageTitle: 'Review',
      activeNav: 'review',
      tab,
      query,
      rows: rows.map((r) => ({
        ...r,
        statusLabel: statusLabels[r.status as keyof typeof statusLabels] ?? r.status,
        statusTagClass: statusTagClasses[r.status as keyof typeof statusTagClasses] ?? '',
        assignedToMe: r.assignedToUserId === user.id,
        scoresDiffer: !r.revisionNumber && r.reference !== null && scoresDiffer.has(r.reference),
      })),
      counts,
      filterCount: Object.entries(query).filter(([key, value]) => key !== 'tab' && value !== undefined).length,
      statusItems: [
        option('', 'Any status', query.status),
        ...waitingStatuses.map((s) => option(s, statusLabels[s], query.status)),
      ],
      callItems: [
        option('', 'Any call', query.call),
        ...ref.calls.map((c) => option(c.slug, `${c.title} (${c.year})`, query.call)),
      ],
      organisationItems: [
        option('', 'Any organisation', query.organisation),
        ...ref.organisations.map((o) => option(o.code, o.name, query.organisation)),
      ],
      regionItems: [
        option('', 'Any region', query.region),
        ...regions.map((r) => option(r.key, r.label, query.region)),
      ],
      topicItems: [
        option('', 'Any topic', query.topic),
        ...ref.terms.filter((t) => t.taxonomy === 'topic').map((t) => option(t.key, t.label, query.topic)),
      ],
      assigneeItems: [
        option('', 'Anyone or no one', query.assignee),
        option('me', 'Me', query.assignee),
        option('unassigned', 'No one yet', query.assignee),
        ...reviewers
          .filter((r) => r.id !== user.id)
          .map((r) => option(String(r.id), r.name ?? 'Unnamed reviewer', query.assignee)),
      ],
    })
  })

  app.post<ReferenceParams>('/review/:reference/assign', async (request, reply) => {
    const user = requireReviewStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    if (!validReference(reference)) return notFound(reply)
    if (formVersion(request.body) === null) return badRequest(reply)
    const form = parseForm(assignForm, request.body)
    if (!form.ok) return badRequest(reply)
    const assigneeId = form.values.assignee === 'me' ? user.id : form.values.assignee
    const back = form.values.from === 'queue' ? '/review' : `/review/${reference}`
    return act(
      services,
      reply,
      reference,
      () => services.review.assign(actorOf(user, request), reference, form.values.version, assigneeId),
      back,
    )
  })
}
