import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { hasRole } from '../access/visibility.js'
import { slugPattern } from '../catalogue/routes.js'
import { consumeFlash } from '../../web/flash.js'
import { parseForm, type FormError } from '../../web/forms.js'
import { fundingLabels, requestStatusLabels } from './brokerage.js'
import { introductionForm, withdrawForm } from './forms.js'
import { idParam, isStaff, orConflict, requireEvaluationReader, requireRoleOf } from './guards.js'
import { noFilters, parseFilters } from './opportunities.js'

type SlugParams = { Params: { slug: string } }
type IdParams = { Params: { id: string } }

const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')
const mayAsk = (request: FastifyRequest) => hasRole(request.viewer, 'academic')

/** Practice open to evaluation, for academic partners and programme staff, and asking to be introduced. */
export default async function opportunityRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const evaluation = services.evaluation

  app.get('/evaluation', async (request, reply) => {
    const user = requireEvaluationReader(request, reply)
    if (!user) return reply
    const ref = await services.reference.get()
    const parsed = parseFilters(request.query, ref)
    const filters = parsed.ok ? parsed.filters : noFilters
    const found = await evaluation.opportunities(request.viewer, filters)
    return reply.code(parsed.ok ? 200 : 400).view('evaluation/views/opportunities.njk', {
      pageTitle: 'Practice open to evaluation',
      activeNav: 'evaluation',
      ...found,
      filters,
      errors: parsed.ok ? [] : parsed.errors,
      requests: hasRole(request.viewer, 'academic') ? await evaluation.requestsOf(user) : [],
      requestStatusLabels,
      flash: consumeFlash(request),
    })
  })

  app.get<SlugParams>('/evaluation/:slug', async (request, reply) => {
    if (!requireEvaluationReader(request, reply)) return reply
    const found = slugPattern.test(request.params.slug)
      ? await evaluation.opportunity(request.viewer, request.params.slug)
      : null
    if (!found) return notFound(reply)
    return reply.view('evaluation/views/opportunity.njk', {
      pageTitle: found.opportunity.title,
      activeNav: 'evaluation',
      ...found,
      mayAsk: mayAsk(request),
      isStaff: isStaff(request.viewer),
      requestStatusLabels,
      fundingLabels,
      flash: consumeFlash(request),
    })
  })

  async function renderForm(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    errors: FormError[] = [],
  ): Promise<FastifyReply> {
    const found = slugPattern.test(request.params.slug)
      ? await evaluation.opportunity(request.viewer, request.params.slug)
      : null
    if (!found) return notFound(reply)
    const posted = errors.length ? ((request.body ?? {}) as Record<string, unknown>) : {}
    const input = Object.fromEntries(
      Object.entries(posted).filter((e): e is [string, string] => typeof e[1] === 'string'),
    )
    return reply.code(errors.length ? 400 : 200).view('evaluation/views/introduction.njk', {
      pageTitle: 'Ask to be introduced',
      activeNav: 'evaluation',
      opportunity: found.opportunity,
      hasOpenRequest: found.hasOpenRequest,
      input,
      errors,
      fundingItems: Object.entries(fundingLabels).map(([value, text]) => ({
        value,
        text,
        checked: input.fundingStatus === value,
      })),
    })
  }

  app.get<SlugParams>('/evaluation/:slug/introduction', async (request, reply) => {
    if (!requireRoleOf(request, reply, (v) => hasRole(v, 'academic'))) return reply
    return renderForm(request, reply)
  })

  app.post<SlugParams>(
    '/evaluation/:slug/introduction',
    { config: { rateLimit: { max: 20, timeWindow: '1 hour' } } },
    async (request, reply) => {
      const user = requireRoleOf(request, reply, (v) => hasRole(v, 'academic'))
      if (!user) return reply
      if (!slugPattern.test(request.params.slug)) return notFound(reply)
      const form = parseForm(introductionForm, request.body)
      if (!form.ok) return renderForm(request, reply, form.errors)
      const result = await evaluation.requestIntroduction(
        { user, ip: request.ip },
        request.viewer,
        request.params.slug,
        form.values,
      )
      if (result === 'not-found') return notFound(reply)
      if (result === 'duplicate')
        return renderForm(request, reply, [
          {
            fieldId: 'institution',
            href: '#institution',
            text: 'You have already asked to be introduced for this practice: wait for programme staff to decide',
          },
        ])
      request.session.flash = 'Your request has been sent to programme staff'
      return reply.redirect(`/evaluation/${request.params.slug}`, 303)
    },
  )

  app.post<IdParams>('/evaluation/requests/:id/withdraw', async (request, reply) => {
    const user = requireRoleOf(request, reply, (v) => hasRole(v, 'academic'))
    if (!user) return reply
    const id = idParam(request.params.id)
    if (id === null) return notFound(reply)
    const form = parseForm(withdrawForm, request.body)
    if (!form.ok) return reply.code(400).view('errors/bad-request.njk')
    const result = await orConflict(reply, '/evaluation', () =>
      evaluation.withdrawRequest({ user, ip: request.ip }, id, form.values.version),
    )
    if (!result.done) return reply
    if (!result.value) return notFound(reply)
    request.session.flash = `Your request about "${result.value.practiceTitle}" has been withdrawn`
    return reply.redirect('/evaluation', 303)
  })
}
