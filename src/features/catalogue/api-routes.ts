import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { apiRoute, errorResponses } from '../api/describe.js'
import { practiceDetailSchema, searchResultSchema } from './api-schemas.js'
import { slugPattern } from './routes.js'
import {
  MAX_PAGE_SIZE,
  parsePageSize,
  parseSearchQuery,
  searchQuerySchema,
  type ParameterError,
} from './search-query.js'

const searchParameters = searchQuerySchema.extend({
  pageSize: z
    .string({ message: 'must appear once' })
    .regex(/^\d{1,3}$/, `must be a whole number from 1 to ${MAX_PAGE_SIZE}`)
    .optional(),
})

const searchHelp: Record<string, string> = {
  q: 'words to search for: "a phrase", OR between words, -word to leave a word out',
  sort: 'relevance (the default with words), newest (the default without), title, most-viewed or most-adopted',
  page: 'the page of results, from 1',
  pageSize: `results a page, 1 to ${MAX_PAGE_SIZE} (20 when left out)`,
  exact: '1 to search for the words exactly as typed, without spelling correction',
  purpose: 'purpose keys (see /api/v1/taxonomies); repeat the parameter for more than one',
  topic: 'topic keys; repeat the parameter for more than one',
  organisation: 'organisation codes (see /api/v1/organisations)',
  region: 'region keys',
  outcome: 'outcome category keys',
  stage: 'stage of practice keys',
  recognised: 'recognised practice keys',
  call: 'call slugs (see /api/v1/calls)',
  year: 'four-digit years of publication',
}

function invalid(errors: ParameterError[]) {
  const [first] = errors
  return { error: 'invalid_parameter', parameter: first?.parameter, message: first?.message, errors }
}

/** The catalogue as JSON: the same parameters and the same visibility rules as the pages. */
export default async function catalogueApiRoutes(app: FastifyInstance, { services }: { services: Services }) {
  app.get(
    '/api/v1/practices',
    apiRoute({
      summary: 'Search published practice',
      description:
        'The same search as the practice pages, with the same filters and counts, over the practice you may read.',
      tag: 'Practice',
      querystring: searchParameters,
      parameterHelp: searchHelp,
      response: {
        200: searchResultSchema,
        400: errorResponses[400],
        401: errorResponses[401],
        429: errorResponses[429],
      },
    }),
    async (request, reply) => {
      const parsed = parseSearchQuery(request.query)
      if (!parsed.ok) return reply.code(400).send(invalid(parsed.errors))
      const pageSize = parsePageSize(request.query)
      if (!pageSize.ok) return reply.code(400).send(invalid([pageSize.error]))
      const outcome = await services.catalogue.search(parsed.query, request.viewer, pageSize.value)
      if (!outcome.ok) return reply.code(400).send(invalid(outcome.errors))
      const { result } = outcome
      if (result.pageOutOfRange) {
        return reply.code(400).send(
          invalid([
            {
              parameter: 'page',
              message: `page must be ${result.totalPages} or less: there ${result.totalPages === 1 ? 'is 1 page' : `are ${result.totalPages} pages`} of results`,
            },
          ]),
        )
      }
      return {
        total: result.total,
        page: result.page,
        pageSize: result.pageSize,
        totalPages: result.totalPages,
        sort: result.sort,
        relaxed: result.relaxed,
        totalAll: result.totalAll,
        correctedQuery: result.correctedQuery,
        didYouMean: result.didYouMean,
        alsoSearchedFor: result.alsoSearchedFor,
        results: result.results.map((practice) => ({ ...practice, url: `/practices/${practice.slug}` })),
        facets: Object.fromEntries(result.facets.map((facet) => [facet.name, facet.options])),
      }
    },
  )

  app.get<{ Params: { slug: string } }>(
    '/api/v1/practices/:slug',
    apiRoute({
      summary: 'Read one practice',
      description: 'Every field a reader may see; contact details only where the contributor agreed to share them.',
      tag: 'Practice',
      params: z.object({ slug: z.string().max(300) }),
      parameterHelp: { slug: 'the practice’s slug, as in its address /practices/{slug}' },
      response: {
        200: practiceDetailSchema,
        401: errorResponses[401],
        404: errorResponses[404],
        429: errorResponses[429],
      },
    }),
    async (request, reply) => {
      const found = slugPattern.test(request.params.slug)
        ? await services.catalogue.findPractice(request.params.slug, request.viewer)
        : null
      if (!found) return reply.code(404).send({ error: 'not_found', message: 'Not found' })
      return {
        ...found.practice,
        url: `/practices/${found.practice.slug}`,
        similar: found.similar.map((s) => ({ slug: s.slug, title: s.title, url: `/practices/${s.slug}` })),
      }
    },
  )
}
