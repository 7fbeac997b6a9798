import { z } from 'zod'
import { fundingStatuses, type EvaluationStatus } from '../../db/schema/index.js'
import type { FormError } from '../../web/forms.js'

const required = (message: string, max: number, what: string) =>
  z.string({ message }).max(max, { message: `${what} must be ${max} characters or fewer` })

const version = z.coerce.number({ message: 'Version missing' }).int().positive()

/** The academic's short proposal when asking to be introduced. */
export const introductionForm = z.object({
  institution: required('Enter your university or research body', 200, 'Institution'),
  method: required('Describe how you would evaluate the practice', 2000, 'The method'),
  timescale: required('Enter how long the evaluation would take', 200, 'The timescale'),
  fundingStatus: z.enum(fundingStatuses, { message: 'Select whether the evaluation is funded' }),
  ethicsRoute: required('Enter how the evaluation would get ethical approval', 500, 'The ethics route'),
})
export type IntroductionValues = z.output<typeof introductionForm>

/** A reviewer's decision on a request: accept or decline, with a note (required to decline). */
export const decisionForm = z
  .object({
    decision: z.enum(['accept', 'decline'], { message: 'Select whether to accept or decline the request' }),
    note: z.string().max(2000, { message: 'The note must be 2000 characters or fewer' }).optional(),
    version,
  })
  .refine((v) => v.decision === 'accept' || Boolean(v.note), {
    message: 'Enter a note saying why the request is declined',
    path: ['note'],
  })

export const withdrawForm = z.object({ version })

/** "2026-03-04" from the three boxes of a GOV.UK date input, or the message to show; null when all are empty. */
export function parseDate(
  body: Record<string, unknown>,
  prefix: string,
  what: string,
): { date: string | null } | { error: string } {
  const part = (p: string) => {
    const v = body[`${prefix}-${p}`]
    return typeof v === 'string' ? v.trim() : ''
  }
  const [day, month, year] = [part('day'), part('month'), part('year')]
  if (!day && !month && !year) return { date: null }
  if (!day || !month || !year) return { error: `The ${what} must include a day, month and year` }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { error: `The ${what} must be a real date` }
  const [d, m, y] = [Number(day), Number(month), Number(year)]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 2000 || y > 2100)
    return { error: `The ${what} must be a real date` }
  return { date: date.toISOString().slice(0, 10) }
}

/** A report link readers can follow: https only (http for localhost, as in tests). */
export function isSafeLink(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost')
  } catch {
    return false
  }
}

export const evaluationSteps = ['agree', 'start', 'report', 'close', 'withdraw'] as const

export interface StepValues {
  action: (typeof evaluationSteps)[number]
  version: number
  startedOn: string | null
  endedOn: string | null
  reportUrl: string | null
  findings: string | null
}

/**
 * One step of an evaluation, with what that step needs: a start date, or the report (a link, or a file
 * sent with the form: `reportFile`) and its findings.
 */
export function parseStep(
  body: unknown,
  { reportFile = false }: { reportFile?: boolean } = {},
): { ok: true; values: StepValues } | { ok: false; errors: FormError[] } {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const str = (key: string) => (typeof input[key] === 'string' ? (input[key] as string).trim() : '')
  const errors: FormError[] = []
  const add = (fieldId: string, text: string, href = `#${fieldId}`) => errors.push({ fieldId, href, text })
  const action = str('action')
  if (!(evaluationSteps as readonly string[]).includes(action)) add('action', 'Select what has happened')
  const versionNumber = Number(str('version'))
  if (!Number.isInteger(versionNumber) || versionNumber < 1) add('action', 'Version missing')
  let startedOn: string | null = null
  let endedOn: string | null = null
  let reportUrl: string | null = null
  let findings: string | null = null
  if (action === 'start') {
    const started = parseDate(input, 'startedOn', 'start date')
    if ('error' in started) add('startedOn', started.error, '#startedOn-day')
    else if (!started.date) add('startedOn', 'Enter the date the evaluation started', '#startedOn-day')
    else startedOn = started.date
  }
  if (action === 'report') {
    const ended = parseDate(input, 'endedOn', 'end date')
    if ('error' in ended) add('endedOn', ended.error, '#endedOn-day')
    else endedOn = ended.date
    reportUrl = str('reportUrl') || null
    if (!reportUrl && !reportFile) add('reportUrl', 'Enter the web address of the report, or choose its file')
    else if (reportUrl && (reportUrl.length > 500 || !isSafeLink(reportUrl)))
      add('reportUrl', 'Enter the web address of the report, starting https://')
    findings = str('findings') || null
    if (!findings) add('findings', 'Enter a summary of the findings')
    else if (findings.length > 4000) add('findings', 'The summary of findings must be 4000 characters or fewer')
  }
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    values: { action: action as StepValues['action'], version: versionNumber, startedOn, endedOn, reportUrl, findings },
  }
}

export interface DetailsValues {
  version: number
  evaluatorName: string
  institution: string
  method: string
  startedOn: string | null
  endedOn: string | null
}

/** Staff correcting an evaluation's record: who evaluates it, where, how, and when. */
export function parseDetails(
  body: unknown,
  status: EvaluationStatus,
): { ok: true; values: DetailsValues } | { ok: false; errors: FormError[] } {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const str = (key: string) => (typeof input[key] === 'string' ? (input[key] as string).trim() : '')
  const errors: FormError[] = []
  const add = (fieldId: string, text: string, href = `#${fieldId}`) => errors.push({ fieldId, href, text })
  const text = (key: string, missing: string, max: number, what: string) => {
    const value = str(key)
    if (!value) add(key, missing)
    else if (value.length > max) add(key, `${what} must be ${max} characters or fewer`)
    return value
  }
  const evaluatorName = text('evaluatorName', 'Enter the name of the evaluator', 200, 'The evaluator’s name')
  const institution = text('institution', 'Enter the university or research body', 200, 'The institution')
  const method = text('method', 'Describe how the practice is being evaluated', 2000, 'The method')
  const started = parseDate(input, 'startedOn', 'start date')
  if ('error' in started) add('startedOn', started.error, '#startedOn-day')
  const ended = parseDate(input, 'endedOn', 'end date')
  if ('error' in ended) add('endedOn', ended.error, '#endedOn-day')
  const startedOn = 'date' in started ? started.date : null
  const endedOn = 'date' in ended ? ended.date : null
  const begun = status === 'under_way' || status === 'reported' || status === 'closed' || endedOn !== null
  if (begun && !startedOn && !('error' in started))
    add('startedOn', 'Enter the date the evaluation started', '#startedOn-day')
  if (startedOn && endedOn && endedOn < startedOn)
    add('endedOn', 'The end date must be the same as or after the start date', '#endedOn-day')
  const version = Number(str('version'))
  if (!Number.isInteger(version) || version < 1) add('evaluatorName', 'Version missing')
  if (errors.length) return { ok: false, errors }
  return { ok: true, values: { version, evaluatorName, institution, method, startedOn, endedOn } }
}
