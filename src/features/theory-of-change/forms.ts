import type { OutcomeMeasure, OutcomeTerm, ReadinessAnswers, TheoryOfChangeContent } from '../../db/schema/index.js'
import type { FormError } from '../../web/forms.js'

export const builderPages = ['problem', 'outcomes', 'impact', 'readiness'] as const
export type BuilderPage = (typeof builderPages)[number]

export const pageTitles: Record<BuilderPage, string> = {
  problem: 'Problem, inputs, activities and outputs',
  outcomes: 'Outcomes and how you would measure them',
  impact: 'Impact, assumptions and risks',
  readiness: 'Getting ready for evaluation',
}

export const OUTCOME_ROWS = 3
export const MAX_TEXT = 2000
export const MAX_ITEM = 300
export const MAX_ITEMS = 12

export type PageParse =
  { ok: true; content: TheoryOfChangeContent; showOnPracticePage: boolean | null } | { ok: false; errors: FormError[] }

type Body = Record<string, unknown>

const text = (body: Body, key: string): string | null => {
  const value = body[key]
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

const itemNames: Record<string, string> = {
  inputs: 'Inputs',
  activities: 'Activities',
  outputs: 'Outputs',
  assumptions: 'Assumptions',
  risks: 'Risks',
}

/** One item a line, blank lines dropped; errors name the field. */
function lines(body: Body, key: string, errors: FormError[]): string[] {
  const items = (text(body, key) ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const name = itemNames[key] ?? key
  if (items.length > MAX_ITEMS) errors.push(err(key, `${name} must be ${MAX_ITEMS} lines or fewer`))
  else if (items.some((i) => i.length > MAX_ITEM))
    errors.push(err(key, `Each line of ${name.toLowerCase()} must be ${MAX_ITEM} characters or fewer`))
  return items
}

const err = (fieldId: string, message: string): FormError => ({ fieldId, href: `#${fieldId}`, text: message })

function longText(body: Body, key: string, name: string, errors: FormError[], required: string | null) {
  const value = text(body, key)
  if (!value && required) errors.push(err(key, required))
  if (value && value.length > MAX_TEXT) errors.push(err(key, `${name} must be ${MAX_TEXT} characters or fewer`))
  return value
}

const answer = (value: unknown): 'yes' | 'no' | 'not-sure' | null =>
  value === 'yes' || value === 'no' || value === 'not-sure' ? value : null

function parseOutcomes(body: Body, errors: FormError[]): Record<OutcomeTerm, OutcomeMeasure[]> {
  const result: Record<OutcomeTerm, OutcomeMeasure[]> = { short: [], medium: [], long: [] }
  for (const term of ['short', 'medium', 'long'] as const) {
    for (let n = 1; n <= OUTCOME_ROWS; n++) {
      const id = `${term}-${n}`
      const outcome = text(body, `${id}-outcome`)
      const measure = text(body, `${id}-measure`)
      const dataSource = text(body, `${id}-dataSource`)
      const rawBaseline = body[`${id}-baseline`]
      const baseline = answer(rawBaseline)
      if (rawBaseline !== undefined && rawBaseline !== '' && baseline === null)
        errors.push(err(`${id}-baseline`, 'Select whether baseline data is available'))
      for (const [key, value] of [
        ['outcome', outcome],
        ['measure', measure],
        ['dataSource', dataSource],
      ] as const) {
        if (value && value.length > MAX_ITEM)
          errors.push(err(`${id}-${key}`, `This answer must be ${MAX_ITEM} characters or fewer`))
      }
      if (!outcome && (measure || dataSource || baseline)) {
        errors.push(err(`${id}-outcome`, 'Enter the outcome this measure is for'))
        continue
      }
      if (outcome) result[term].push({ outcome, measure, dataSource, baseline })
    }
  }
  if (!errors.length && result.short.length + result.medium.length + result.long.length === 0)
    errors.push(err('short-1-outcome', 'Enter at least one outcome'))
  return result
}

function wholeNumber(body: Body, key: string, name: string, max: number, errors: FormError[]): number | null {
  const value = text(body, key)
  if (value === null) return null
  if (!/^\d{1,7}$/.test(value)) {
    errors.push(err(key, `${name} must be a whole number, like 120`))
    return null
  }
  const n = Number(value)
  if (n > max) errors.push(err(key, `${name} must be ${max} or fewer`))
  return n
}

function parseReadiness(body: Body, errors: FormError[]): ReadinessAnswers {
  for (const key of ['comparisonGroup', 'dataSharing', 'leadershipSupport']) {
    const raw = body[key]
    if (raw !== undefined && raw !== '' && answer(raw) === null) errors.push(err(key, 'Select yes, no or not sure'))
  }
  return {
    comparisonGroup: answer(body.comparisonGroup),
    casesPerYear: wholeNumber(body, 'casesPerYear', 'Cases in a year', 1_000_000, errors),
    dataSharing: answer(body.dataSharing),
    monthsRunning: wholeNumber(body, 'monthsRunning', 'Months running', 600, errors),
    leadershipSupport: answer(body.leadershipSupport),
  }
}

/**
 * One builder page: the latest content with this page's answers put in. Nothing is saved when there
 * is an error. Each page asks for its own essentials: the problem and an activity, at least one
 * outcome, the impact; the readiness questions may be left unanswered (they then count as gaps).
 */
export function parsePage(page: BuilderPage, body: unknown, latest: TheoryOfChangeContent): PageParse {
  const form = (typeof body === 'object' && body !== null ? body : {}) as Body
  const errors: FormError[] = []
  const content: TheoryOfChangeContent = structuredClone(latest)
  let showOnPracticePage: boolean | null = null
  if (page === 'problem') {
    content.problem = longText(form, 'problem', 'The problem', errors, 'Enter the problem the practice tackles')
    content.inputs = lines(form, 'inputs', errors)
    content.activities = lines(form, 'activities', errors)
    if (!content.activities.length && !errors.some((e) => e.fieldId === 'activities'))
      errors.push(err('activities', 'Enter at least one activity'))
    content.outputs = lines(form, 'outputs', errors)
  } else if (page === 'outcomes') {
    content.outcomes = parseOutcomes(form, errors)
  } else if (page === 'impact') {
    content.impact = longText(form, 'impact', 'The impact', errors, 'Enter the impact the practice is working towards')
    content.assumptions = lines(form, 'assumptions', errors)
    content.risks = lines(form, 'risks', errors)
  } else {
    content.readiness = parseReadiness(form, errors)
    showOnPracticePage = form.showOnPracticePage === 'yes'
  }
  return errors.length ? { ok: false, errors } : { ok: true, content, showOnPracticePage }
}

/** What a page's fields hold: the posted input after an error, else the saved content. */
export function pageInput(page: BuilderPage, content: TheoryOfChangeContent, show: boolean): Record<string, string> {
  const input: Record<string, string> = {}
  if (page === 'problem') {
    input.problem = content.problem ?? ''
    input.inputs = content.inputs.join('\n')
    input.activities = content.activities.join('\n')
    input.outputs = content.outputs.join('\n')
  } else if (page === 'outcomes') {
    for (const term of ['short', 'medium', 'long'] as const) {
      content.outcomes[term].slice(0, OUTCOME_ROWS).forEach((o, i) => {
        const id = `${term}-${i + 1}`
        input[`${id}-outcome`] = o.outcome
        input[`${id}-measure`] = o.measure ?? ''
        input[`${id}-dataSource`] = o.dataSource ?? ''
        input[`${id}-baseline`] = o.baseline ?? ''
      })
    }
  } else if (page === 'impact') {
    input.impact = content.impact ?? ''
    input.assumptions = content.assumptions.join('\n')
    input.risks = content.risks.join('\n')
  } else {
    const r = content.readiness
    input.comparisonGroup = r.comparisonGroup ?? ''
    input.casesPerYear = r.casesPerYear === null ? '' : String(r.casesPerYear)
    input.dataSharing = r.dataSharing ?? ''
    input.monthsRunning = r.monthsRunning === null ? '' : String(r.monthsRunning)
    input.leadershipSupport = r.leadershipSupport ?? ''
    input.showOnPracticePage = show ? 'yes' : ''
  }
  return input
}

export function parseComment(body: unknown): { ok: true; comment: string } | { ok: false; errors: FormError[] } {
  const value = text((body ?? {}) as Body, 'comment')
  if (!value) return { ok: false, errors: [err('comment', 'Enter your comment')] }
  if (value.length > MAX_TEXT)
    return { ok: false, errors: [err('comment', `Your comment must be ${MAX_TEXT} characters or fewer`)] }
  return { ok: true, comment: value }
}
