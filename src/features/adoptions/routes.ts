import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import { slugPattern } from '../catalogue/routes.js'
import type { FormError } from '../../web/forms.js'
import { parseAdoptionForm, parseRemoveForm } from './forms.js'
import { canModerate, kindLabels } from './service.js'
import type { AdoptionRow } from './repository.js'

type SlugParams = { Params: { slug: string } }
type RemoveParams = { Params: { slug: string; id: string } }

const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')

const kindItems = (selected: string | undefined) =>
  (Object.entries(kindLabels) as [keyof typeof kindLabels, string][]).map(([value, text]) => ({
    value,
    text,
    checked: value === selected,
  }))

/** What the form shows: the saved record, or what was just posted when it has errors. */
function formInput(existing: AdoptionRow | null, posted: Record<string, unknown> | null): Record<string, string> {
  if (posted) {
    return Object.fromEntries(Object.entries(posted).filter((e): e is [string, string] => typeof e[1] === 'string'))
  }
  if (!existing) return {}
  const [year, month, day] = (existing.startedOn ?? '').split('-')
  return {
    kind: existing.kind,
    changes: existing.changes ?? '',
    reason: existing.reason ?? '',
    howItWent: existing.howItWent ?? '',
    'startedOn-day': day ? String(Number(day)) : '',
    'startedOn-month': month ? String(Number(month)) : '',
    'startedOn-year': year ?? '',
  }
}

const postedVersion = (body: unknown): number | null => {
  const value = (body as { version?: unknown } | undefined)?.version
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null
}

const postedForce = (request: FastifyRequest): string | null => {
  const fromBody = (request.body as { force?: unknown } | undefined)?.force
  const fromQuery = (request.query as { force?: unknown } | undefined)?.force
  const value = typeof fromBody === 'string' ? fromBody : fromQuery
  return typeof value === 'string' && /^[a-z0-9-]{1,80}$/.test(value) ? value : null
}

export default async function adoptionRoutes(app: FastifyInstance, { services }: { services: Services }) {
  /** The person, the practice and the force they record for; null once it has answered (sign in, 404, 403). */
  async function formOrRefuse(request: FastifyRequest<SlugParams>, reply: FastifyReply) {
    const user = requireUser(request, reply)
    if (!user) return null
    if (!slugPattern.test(request.params.slug)) {
      await notFound(reply)
      return null
    }
    const form = await services.adoptions.formFor(request.params.slug, user, request.viewer, postedForce(request))
    if (!form) {
      await notFound(reply)
      return null
    }
    const { force } = form
    if (!force) {
      await reply
        .code(403)
        .view('adoptions/views/not-allowed.njk', { pageTitle: 'You cannot record this', practice: form.practice })
      return null
    }
    return { user, form: { ...form, force } }
  }

  async function renderForm(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof formOrRefuse>>>,
    errors: FormError[] | null = null,
  ) {
    const { form } = found
    const input = formInput(form.existing, errors ? (request.body as Record<string, unknown>) : null)
    return reply.code(errors ? 400 : 200).view('adoptions/views/adoption.njk', {
      pageTitle: `Does ${form.force.name} use this practice?`,
      activeNav: 'practices',
      practice: form.practice,
      force: form.force,
      forces: form.forces.map((f) => ({ value: f.code, text: f.name, selected: f.id === form.force.id })),
      existing: form.existing,
      version: errors ? (postedVersion(request.body) ?? '') : (form.existing?.version ?? ''),
      input,
      kindItems: kindItems(input.kind),
      errors: errors ?? [],
    })
  }

  app.get<SlugParams>('/practices/:slug/adoption', async (request, reply) => {
    const found = await formOrRefuse(request, reply)
    return found ? renderForm(request, reply, found) : reply
  })

  app.post<SlugParams>('/practices/:slug/adoption', async (request, reply) => {
    const found = await formOrRefuse(request, reply)
    if (!found) return reply
    const { user, form } = found
    const parsed = parseAdoptionForm(request.body)
    if (!parsed.ok) return renderForm(request, reply, found, parsed.errors)
    const result = await services.adoptions.record(
      { user, ip: request.ip },
      form.practice,
      form.force,
      postedVersion(request.body),
      parsed.values,
    )
    if (result === 'conflict') {
      return reply.code(409).view('adoptions/views/conflict.njk', {
        pageTitle: 'Someone else saved this first',
        practice: form.practice,
        force: form.force,
      })
    }
    return reply.redirect(`/practices/${form.practice.slug}#spread`, 303)
  })

  async function moderation(request: FastifyRequest<RemoveParams>, reply: FastifyReply) {
    const user = requireUser(request, reply)
    if (!user) return null
    if (!canModerate(request.viewer)) {
      void reply.code(403).view('errors/forbidden.njk')
      return null
    }
    const { slug, id } = request.params
    const found =
      slugPattern.test(slug) && /^\d{1,9}$/.test(id)
        ? await services.adoptions.findForModeration(slug, request.viewer, Number(id))
        : null
    if (!found) {
      void notFound(reply)
      return null
    }
    return { user, ...found }
  }

  app.get<RemoveParams>('/practices/:slug/adoptions/:id/remove', async (request, reply) => {
    const found = await moderation(request, reply)
    if (!found) return reply
    return reply.view('adoptions/views/remove.njk', { pageTitle: 'Remove this record', ...found, errors: [] })
  })

  app.post<RemoveParams>('/practices/:slug/adoptions/:id/remove', async (request, reply) => {
    const found = await moderation(request, reply)
    if (!found) return reply
    const form = parseRemoveForm(request.body)
    if (!form.ok) {
      return reply
        .code(400)
        .view('adoptions/views/remove.njk', { pageTitle: 'Remove this record', ...found, errors: form.errors })
    }
    await services.adoptions.remove({ user: found.user, ip: request.ip }, found.practice, found.adoption, form.reason)
    return reply.redirect(`/practices/${found.practice.slug}#spread`, 303)
  })
}
