import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import { parseSearchQuery, type ParameterError, type SearchQuery } from '../catalogue/search-query.js'
import { mayBrief } from './briefing.js'
import { mayReadForce } from './force.js'
import { errorList, filterForm, filterQueryString, filterSummary } from './page-model.js'
import { findTable, toCsv, type DataTable } from './tables.js'
import { briefingWorkbook } from './workbook.js'

const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/

/** The filter form sends "Any" as an empty value: that is no filter, not a bad one. */
function withoutBlanks(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) return {}
  const kept: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(raw)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== '')
    if (values.length) kept[name] = Array.isArray(value) ? values : values[0]
  }
  return kept
}

function sendCsv(reply: FastifyReply, table: DataTable, prefix: string) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${prefix}${table.key}.csv"`)
    .send(toCsv(table))
}

/** Insight: the national picture (/insight), one force's picture and a printable briefing. */
export default async function insightRoutes(app: FastifyInstance, { services }: { services: Services }) {
  /** The dashboard page with the filters as given and a 400 that says what is wrong with them. */
  async function refuseFilters(reply: FastifyReply, errors: ParameterError[], query: SearchQuery | null) {
    await reply.code(400).view('insight/views/dashboard.njk', {
      pageTitle: 'Insight',
      activeNav: 'insight',
      errors: errorList(errors),
      filters: filterForm(query, await services.reference.get()),
    })
  }

  /** The filters from the address, or a 400 page that says what is wrong with them. */
  async function filtersOr400(request: FastifyRequest, reply: FastifyReply): Promise<SearchQuery | null> {
    const parsed = parseSearchQuery(withoutBlanks(request.query))
    if (parsed.ok) return parsed.query
    await refuseFilters(reply, parsed.errors, null)
    return null
  }

  async function dashboardOr400(request: FastifyRequest, reply: FastifyReply) {
    const query = await filtersOr400(request, reply)
    if (!query) return null
    const outcome = await services.insight.dashboard(query, request.viewer)
    if (outcome.ok) return outcome.value
    await refuseFilters(reply, outcome.errors, query)
    return null
  }

  app.get('/insight', async (request, reply) => {
    const dashboard = await dashboardOr400(request, reply)
    if (!dashboard) return reply
    const ref = await services.reference.get()
    return reply.view('insight/views/dashboard.njk', {
      pageTitle: 'Insight: the national picture',
      activeNav: 'insight',
      dashboard,
      filters: filterForm(dashboard.query, ref),
      filterWords: filterSummary(dashboard.query, ref),
      queryString: filterQueryString(dashboard.query),
      csvBase: '/insight/data/',
      mayBrief: mayBrief(request.viewer),
      forceLinks:
        request.viewer.kind === 'user'
          ? ref.organisations.filter(
              (o) => request.viewer.kind === 'user' && request.viewer.user.leadsOrganisationIds.includes(o.id),
            )
          : [],
    })
  })

  app.get<{ Params: { file: string } }>('/insight/data/:file', async (request, reply) => {
    const dashboard = await dashboardOr400(request, reply)
    if (!dashboard) return reply
    const table = findTable([...dashboard.practice, ...dashboard.staffTables], request.params.file)
    if (!table) return reply.code(404).view('errors/not-found.njk')
    return sendCsv(reply, table, 'practice-bank-')
  })

  /** The force's dashboard for its force leads and for staff; a visitor signs in; anyone else 403. */
  async function forceOrRefuse(request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) {
    const organisation = slugPattern.test(request.params.slug)
      ? await services.forceInsight.findForce(request.params.slug)
      : null
    if (!organisation) {
      await reply.code(404).view('errors/not-found.njk')
      return null
    }
    if (!requireUser(request, reply)) return null
    if (!mayReadForce(request.viewer, organisation.id)) {
      await reply.code(403).view('errors/forbidden.njk')
      return null
    }
    return services.forceInsight.dashboard(organisation, request.viewer)
  }

  app.get<{ Params: { slug: string } }>('/insight/forces/:slug', async (request, reply) => {
    const dashboard = await forceOrRefuse(request, reply)
    if (!dashboard) return reply
    return reply.view('insight/views/force.njk', {
      pageTitle: `Insight: ${dashboard.organisation.name}`,
      activeNav: 'insight',
      dashboard,
      csvBase: `/insight/forces/${dashboard.organisation.code}/data/`,
      queryString: '',
    })
  })

  app.get<{ Params: { slug: string; file: string } }>('/insight/forces/:slug/data/:file', async (request, reply) => {
    const dashboard = await forceOrRefuse(request, reply)
    if (!dashboard) return reply
    const table = findTable(dashboard.tables, request.params.file)
    if (!table) return reply.code(404).view('errors/not-found.njk')
    return sendCsv(reply, table, `${dashboard.organisation.code}-`)
  })

  async function briefingOrRefuse(request: FastifyRequest, reply: FastifyReply) {
    if (!requireUser(request, reply)) return null
    if (!mayBrief(request.viewer)) {
      await reply.code(403).view('errors/forbidden.njk')
      return null
    }
    const query = await filtersOr400(request, reply)
    if (!query) return null
    const outcome = await services.briefing.briefing(query, request.viewer)
    if (outcome.ok) return outcome.value
    await refuseFilters(reply, outcome.errors, query)
    return null
  }

  app.get('/insight/briefing', async (request, reply) => {
    const briefing = await briefingOrRefuse(request, reply)
    if (!briefing) return reply
    const ref = await services.reference.get()
    return reply.view('insight/views/briefing.njk', {
      pageTitle: `Briefing: ${filterSummary(briefing.query, ref).join('; ') || 'all practice'}`,
      activeNav: 'insight',
      briefing,
      filters: filterForm(briefing.query, ref),
      filterWords: filterSummary(briefing.query, ref),
      queryString: filterQueryString(briefing.query),
      today: new Date().toISOString(),
    })
  })

  app.get('/insight/briefing.xlsx', async (request, reply) => {
    const briefing = await briefingOrRefuse(request, reply)
    if (!briefing) return reply
    const workbook = await briefingWorkbook(briefing, filterSummary(briefing.query, await services.reference.get()))
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="practice-bank-briefing.xlsx"')
      .send(workbook)
  })
}
