/** The parts of an OpenAPI 3.1 document the /api page shows. */
interface Schema {
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  pattern?: string
  maxLength?: number
  anyOf?: Schema[]
  items?: Schema
  description?: string
}
interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  schema?: Schema
}
interface Operation {
  summary?: string
  description?: string
  tags?: string[]
  parameters?: Parameter[]
  responses?: Record<string, { description?: string }>
}
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string }
  tags?: { name: string; description?: string }[]
  paths?: Record<string, Record<string, Operation>>
}

export interface RouteView {
  method: string
  path: string
  anchor: string
  summary: string
  description: string | null
  parameters: { name: string; where: string; required: boolean; type: string; description: string }[]
  responses: { status: string; description: string }[]
}

/** "text", "one of a, b", "a list of text"… for a parameter's schema. */
export function describeType(schema: Schema | undefined): string {
  if (!schema) return 'text'
  if (schema.const !== undefined) return `exactly ${String(schema.const)}`
  if (schema.enum) return `one of ${schema.enum.map(String).join(', ')}`
  if (schema.anyOf) return [...new Set(schema.anyOf.map(describeType))].join(', or ')
  if (schema.type === 'array') return `${describeType(schema.items)}, repeatable`
  if (schema.type === 'integer' || schema.type === 'number') return 'a number'
  return 'text'
}

/** The document's routes grouped by tag, in the order the tags are listed, for the /api page. */
export function routesByTag(document: OpenApiDocument): { name: string; description: string; routes: RouteView[] }[] {
  const routes: (RouteView & { tag: string })[] = []
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      routes.push({
        tag: operation.tags?.[0] ?? 'Other',
        method: method.toUpperCase(),
        path,
        anchor: `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, ''),
        summary: operation.summary ?? path,
        description: operation.description ?? null,
        parameters: (operation.parameters ?? []).map((p) => ({
          name: p.name,
          where: p.in === 'path' ? 'in the path' : 'in the query string',
          required: p.required === true,
          type: describeType(p.schema),
          description: p.description ?? p.schema?.description ?? '',
        })),
        responses: Object.entries(operation.responses ?? {}).map(([status, response]) => ({
          status,
          description: response.description ?? '',
        })),
      })
    }
  }
  const tags = document.tags ?? []
  const names = [...tags.map((t) => t.name), ...routes.map((r) => r.tag)].filter((n, i, all) => all.indexOf(n) === i)
  return names
    .map((name) => ({
      name,
      description: tags.find((t) => t.name === name)?.description ?? '',
      routes: routes.filter((r) => r.tag === name),
    }))
    .filter((group) => group.routes.length > 0)
}
