import { z } from 'zod'
import type { ParameterError } from '../catalogue/search-query.js'
import { measures, type Measure } from './service.js'

const once = { message: 'must appear once' }

const mapSchema = z.object({
  measure: z.enum(measures, { message: `must be one of ${measures.join(', ')}` }).optional(),
  practice: z
    .string(once)
    .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, 'must be the address name of a practice')
    .optional(),
  by: z.enum(['region', 'purpose'], { message: 'must be region or purpose' }).optional(),
})

export interface MapOptions {
  measure: Measure
  practice: string | null
  by: 'region' | 'purpose'
}

/** The map's own parameters; the rest of the query string is the search's and is parsed by it. */
export function parseMapOptions(
  raw: unknown,
): { ok: true; options: MapOptions } | { ok: false; errors: ParameterError[] } {
  const parsed = mapSchema.safeParse(raw ?? {})
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const parameter = String(issue.path[0] ?? 'query')
        return { parameter, message: `${parameter} ${issue.message}` }
      }),
    }
  }
  return {
    ok: true,
    options: {
      measure: parsed.data.measure ?? 'published',
      practice: parsed.data.practice ?? null,
      by: parsed.data.by ?? 'region',
    },
  }
}
