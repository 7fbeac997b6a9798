import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { slugPattern } from '../catalogue/routes.js'
import { apiRoute, errorResponses, json } from './describe.js'

const label = json.object({ key: json.string(), label: json.string() })
const slugParams = z.object({ slug: z.string().max(300) })
const common = { 401: errorResponses[401], 429: errorResponses[429] }
const notFound = { error: 'not_found', message: 'Not found' }

const callSchema = json.object({
  slug: json.string(),
  title: json.string(),
  theme: json.string(),
  year: json.integer(),
  opensOn: json.string('YYYY-MM-DD'),
  closesOn: json.string('YYYY-MM-DD'),
  state: json.string('upcoming, open or closed'),
  submissionsReceived: json.integer('every submission sent in answer to the call'),
  practicePublished: json.integer('its published practice that you may read'),
  topics: json.array(json.object({ key: json.string(), label: json.string() }), 'the topics the call is about'),
  url: json.string(),
})

const callDetailSchema = {
  ...callSchema,
  properties: {
    ...callSchema.properties,
    guidance: json.string('what the programme wants to hear about'),
    questions: json.array({ type: 'object', additionalProperties: true }, 'the call’s own questions'),
  },
  required: [...callSchema.required, 'guidance', 'questions'],
}

const entrySchema = json.object({
  slug: json.string(),
  title: json.string(),
  summary: json.string(),
  overallEffect: json.nullableString('reduces-crime, mixed, no-reliable-effect or increases-crime'),
  overallEffectLabel: json.nullableString(),
  evidenceStrength: json.nullableInteger('0 (no reliable evidence) to 4 (very strong)'),
  evidenceStrengthLabel: json.string(),
  isSample: json.boolean('a sample entry written for this service, not the Toolkit’s own text'),
  retired: json.boolean('no longer offered to reviewers; practice already linked keeps the link'),
  practiceCount: json.integer('linked practice that you may read'),
})

const entryDetailSchema = {
  ...entrySchema,
  properties: {
    ...entrySchema.properties,
    problem: json.string(),
    population: json.string(),
    dimensions: json.array(
      json.object({
        key: json.string(),
        label: json.string(),
        text: json.string(),
        strength: json.nullableInteger(),
        strengthLabel: json.string(),
      }),
      'the EMMIE dimensions: effect, mechanism, moderators, implementation, economic cost',
    ),
    url: json.nullableString('the entry in the Toolkit'),
    updatedAt: json.string(),
    practice: json.array(
      json.object({ slug: json.string(), title: json.string(), note: json.nullableString(), url: json.string() }),
    ),
  },
  required: [...entrySchema.required, 'problem', 'population', 'dimensions', 'url', 'updatedAt', 'practice'],
}

/** Calls, organisations, taxonomies and Toolkit entries as JSON, for partner systems. */
export default async function apiReferenceRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { apiRead } = services

  app.get(
    '/api/v1/calls',
    apiRoute({
      summary: 'List calls for practice',
      description: 'Every call, newest closing first, with its counts for you.',
      tag: 'Calls',
      response: { 200: json.object({ calls: json.array(callSchema) }), ...common },
    }),
    async (request) => ({ calls: await apiRead.listCalls(request.viewer) }),
  )

  app.get<{ Params: { slug: string } }>(
    '/api/v1/calls/:slug',
    apiRoute({
      summary: 'Read one call for practice',
      tag: 'Calls',
      params: slugParams,
      parameterHelp: { slug: 'the call’s slug, as in /calls/{slug}' },
      response: { 200: callDetailSchema, 404: errorResponses[404], ...common },
    }),
    async (request, reply) => {
      const call = slugPattern.test(request.params.slug)
        ? await apiRead.findCall(request.params.slug, request.viewer)
        : null
      return call ?? reply.code(404).send(notFound)
    },
  )

  app.get<{ Querystring: { kind?: string } }>(
    '/api/v1/organisations',
    apiRoute({
      summary: 'List organisations',
      description: 'Police forces, national bodies and partner organisations, by name.',
      tag: 'Reference data',
      querystring: z.object({
        kind: z
          .string({ message: 'must appear once' })
          .regex(/^[a-z-]{1,40}$/, 'must be lowercase letters and hyphens, such as force or national-body')
          .optional(),
      }),
      parameterHelp: { kind: 'only organisations of this kind: force, national-body or a partner kind' },
      response: {
        200: json.object({
          organisations: json.array(
            json.object({
              code: json.string('the value of the search’s organisation filter'),
              name: json.string(),
              kind: json.string(),
              region: json.nullable(label),
            }),
          ),
        }),
        400: errorResponses[400],
        ...common,
      },
    }),
    async (request) => ({ organisations: await apiRead.organisations(request.query.kind) }),
  )

  app.get(
    '/api/v1/taxonomies',
    apiRoute({
      summary: 'List the taxonomies and their terms',
      description:
        'Topics, purposes, outcome categories, stages of practice, recognised practice, scale, target groups, partner sectors, implementation challenges and regions, each term with the key the search filters take.',
      tag: 'Reference data',
      response: {
        200: json.object({ taxonomies: json.array(json.object({ name: json.string(), terms: json.array(label) })) }),
        ...common,
      },
    }),
    async () => ({ taxonomies: await apiRead.taxonomies() }),
  )

  app.get<{ Querystring: { includeRetired?: 'true' | 'false' } }>(
    '/api/v1/toolkit-entries',
    apiRoute({
      summary: 'List What Works Toolkit entries',
      tag: 'Toolkit',
      querystring: z.object({
        includeRetired: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
      }),
      parameterHelp: { includeRetired: 'true to list retired entries too; they are left out otherwise' },
      response: {
        200: json.object({ entries: json.array(entrySchema) }),
        400: errorResponses[400],
        ...common,
      },
    }),
    async (request) => ({
      entries: await apiRead.toolkitEntries(request.viewer, request.query.includeRetired === 'true'),
    }),
  )

  app.get<{ Params: { slug: string } }>(
    '/api/v1/toolkit-entries/:slug',
    apiRoute({
      summary: 'Read one Toolkit entry',
      description: 'The entry’s EMMIE ratings and the published practice linked to it that you may read.',
      tag: 'Toolkit',
      params: slugParams,
      parameterHelp: { slug: 'the entry’s slug' },
      response: { 200: entryDetailSchema, 404: errorResponses[404], ...common },
    }),
    async (request, reply) => {
      const entry = slugPattern.test(request.params.slug)
        ? await apiRead.toolkitEntry(request.params.slug, request.viewer)
        : null
      return entry ?? reply.code(404).send(notFound)
    },
  )
}
