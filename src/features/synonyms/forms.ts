import { z } from 'zod'
import { normaliseTerm } from '../catalogue/search-query.js'

export const MAX_TERMS = 20
export const MAX_TERM_LENGTH = 80

/** The terms of a group, one per line; blank lines are left out, everything else must be a real term. */
export const synonymGroupForm = z.object({
  terms: z
    .string({ message: 'Enter at least two terms that mean the same, one on each line' })
    .max(4000, 'The terms must be 4,000 characters or fewer')
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== ''),
    )
    .superRefine((terms, ctx) => {
      const problem = termsProblem(terms)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    }),
})

function termsProblem(terms: string[]): string | null {
  if (terms.length < 2) return 'Enter at least two terms that mean the same, one on each line'
  if (terms.length > MAX_TERMS) return `A group can have ${MAX_TERMS} terms or fewer`
  const long = terms.find((t) => t.length > MAX_TERM_LENGTH)
  if (long) return `Each term must be ${MAX_TERM_LENGTH} characters or fewer`
  const empty = terms.find((t) => normaliseTerm(t) === '')
  if (empty !== undefined) return `‘${empty}’ is not a term: each term needs a letter or a number`
  const seen = new Set<string>()
  for (const term of terms) {
    const key = normaliseTerm(term)
    if (seen.has(key)) return `‘${term}’ is in the group twice`
    seen.add(key)
  }
  return null
}

export const deleteGroupForm = z.object({
  confirm: z.enum(['yes', 'no'], { message: 'Select yes to delete the group, or no to keep it' }),
})
