import type { FastifySchema, FastifySchemaCompiler, RouteShorthandOptions } from 'fastify'
import { z } from 'zod'

/** A query or path parameter that is not right: a 400 naming it, answered by the errors plugin. */
export class ApiParameterError extends Error {
  readonly statusCode = 400
  readonly code = 'PB_API_INVALID_PARAMETER'
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

type Parameters = z.ZodObject

export interface ApiRouteSpec {
  /** one line for the list of routes */
  summary: string
  description?: string
  /** the group the route is listed under on the /api page */
  tag: string
  querystring?: Parameters
  params?: Parameters
  /** a word or two about each parameter, shown on the /api page and in the OpenAPI document */
  parameterHelp?: Record<string, string>
  /** JSON Schemas of the answers by status code, which also shape what is sent */
  response: Record<number, unknown>
}

/** The JSON Schema of a zod object of parameters, as the OpenAPI document shows it. */
function parameterSchema(schema: Parameters, help: Record<string, string> = {}) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    $schema?: string
    properties?: Record<string, Record<string, unknown>>
  }
  delete json.$schema
  for (const [name, description] of Object.entries(help)) {
    const property = json.properties?.[name]
    if (property) property.description = description
  }
  return json
}

/**
 * Route options for an API route: its schema (which the OpenAPI document is made from, and which
 * shapes its answers) and a validator that checks parameters with the same zod schemas, so that a
 * bad parameter gets the API's own 400 — `{ error: 'invalid_parameter', parameter, message }`.
 */
export function apiRoute(spec: ApiRouteSpec): RouteShorthandOptions {
  const schema: FastifySchema & Record<string, unknown> = {
    summary: spec.summary,
    tags: [spec.tag],
    response: spec.response,
  }
  if (spec.description) schema.description = spec.description
  if (spec.querystring) schema.querystring = parameterSchema(spec.querystring, spec.parameterHelp)
  if (spec.params) schema.params = parameterSchema(spec.params, spec.parameterHelp)
  const validatorCompiler: FastifySchemaCompiler<unknown> = ({ httpPart }) => {
    const zodSchema = httpPart === 'querystring' ? spec.querystring : httpPart === 'params' ? spec.params : undefined
    return (data: unknown) => {
      if (!zodSchema) return { value: data }
      const parsed = zodSchema.safeParse(data ?? {})
      if (parsed.success) return { value: parsed.data }
      const [issue] = parsed.error.issues
      const parameter = String(issue?.path[0] ?? httpPart)
      return { error: new ApiParameterError(parameter, `${parameter} ${issue?.message ?? 'is not right'}`) }
    }
  }
  return { schema, validatorCompiler }
}

/** JSON Schema helpers for answers: short, so that each route's answer reads at a glance. */
export const json = {
  string: (description?: string) => ({ type: 'string', ...(description ? { description } : {}) }),
  nullableString: (description?: string) => ({ type: ['string', 'null'], ...(description ? { description } : {}) }),
  integer: (description?: string) => ({ type: 'integer', ...(description ? { description } : {}) }),
  nullableInteger: (description?: string) => ({ type: ['integer', 'null'], ...(description ? { description } : {}) }),
  boolean: (description?: string) => ({ type: 'boolean', ...(description ? { description } : {}) }),
  array: (items: unknown, description?: string) => ({
    type: 'array',
    items,
    ...(description ? { description } : {}),
  }),
  /** every property listed is always present; `open` lets further properties through unlisted */
  object: (properties: Record<string, unknown>, options: { open?: boolean; description?: string } = {}) => ({
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: options.open ?? false,
    ...(options.description ? { description: options.description } : {}),
  }),
  nullable: (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] }),
}

// Error answers list their fields without requiring any, so that no error can fail to be sent.
const errorBody = (description: string, extra: Record<string, unknown> = {}) => ({
  description,
  type: 'object',
  properties: { error: json.string('a short code'), message: json.string('what is wrong, in words'), ...extra },
  additionalProperties: true,
})

export const errorResponses = {
  400: errorBody('A parameter is not right: error is invalid_parameter and parameter names it', {
    parameter: json.string('the parameter that is not right'),
    errors: json.array(json.object({ parameter: json.string(), message: json.string() })),
  }),
  401: errorBody(
    'The API token is malformed or not recognised (invalid_token), revoked (token_revoked) or expired (token_expired), or its owner’s account is disabled or deleted (owner_inactive)',
  ),
  404: errorBody('There is nothing at this address that you may read'),
  429: errorBody('Too many requests with this token (or from this address, without one): wait a minute'),
}
