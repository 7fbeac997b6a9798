import type { z } from 'zod'
import type { PendingAnswers } from '../../db/schema/index.js'
import { parseForm, type FormError } from '../../web/forms.js'
import type { ContentField, PracticeContent } from './content.js'
import { aboutSchema, aboutValues } from './forms/about.js'
import { callDateFields, callQuestionsSchema, callQuestionsValues } from './forms/call-questions.js'
import { evidenceSchema, evidenceValues } from './forms/evidence.js'
import { collectDates, type FormContext, type Mode } from './forms/fields.js'
import { organisationSchema, organisationValues } from './forms/organisation.js'
import { resourcesSchema, resourcesValues } from './forms/resources.js'
import { sharingSchema, sharingValues } from './forms/sharing.js'
import { whatYouDidDates, whatYouDidSchema, whatYouDidValues } from './forms/what-you-did.js'

export const sectionKeys = [
  'organisation',
  'about',
  'what-you-did',
  'call-questions',
  'resources',
  'evidence',
  'sharing',
] as const
export type SectionKey = (typeof sectionKeys)[number]

export interface Section {
  key: SectionKey
  title: string
  /** the template of its page */
  view: string
  schema(mode: Mode, ctx: FormContext): z.ZodType<Partial<PracticeContent>>
  /** the form's values from what is stored */
  values(content: PracticeContent, ctx: FormContext): Record<string, unknown>
  /** answers that, once given, make the section "In progress" */
  startedBy: readonly ContentField[]
  /** date inputs on the page (three boxes each) */
  dates?: readonly string[]
  /** date inputs that depend on the submission (a call's own date questions) */
  datesFor?(ctx: FormContext): readonly string[]
  /** only some submissions ask it */
  appliesTo?(ctx: FormContext): boolean
}

export const sections: readonly Section[] = [
  {
    key: 'organisation',
    title: 'Your organisation and contact',
    view: 'submissions/views/sections/organisation.njk',
    schema: organisationSchema,
    values: organisationValues,
    startedBy: ['contactName', 'contactRole', 'contactEmail', 'contactPhone', 'otherOrganisations'],
  },
  {
    key: 'about',
    title: 'About the practice',
    view: 'submissions/views/section.njk',
    schema: aboutSchema,
    values: aboutValues,
    startedBy: ['title', 'summary', 'problem', 'aims'],
  },
  {
    key: 'what-you-did',
    title: 'What you did',
    view: 'submissions/views/section.njk',
    schema: whatYouDidSchema,
    values: whatYouDidValues,
    startedBy: [
      'approach',
      'targetGroupIds',
      'topicIds',
      'purposeIds',
      'scaleId',
      'startDate',
      'stillRunning',
      'partners',
    ],
    dates: whatYouDidDates,
  },
  {
    key: 'call-questions',
    title: 'Call questions',
    view: 'submissions/views/sections/call-questions.njk',
    schema: callQuestionsSchema,
    values: callQuestionsValues,
    startedBy: ['callAnswers'],
    datesFor: callDateFields,
    appliesTo: (ctx) => ctx.call !== null && ctx.call.questions.length > 0,
  },
  {
    key: 'resources',
    title: 'Resources and implementation',
    view: 'submissions/views/section.njk',
    schema: resourcesSchema,
    values: resourcesValues,
    startedBy: ['resources', 'implementationChallenges', 'lessonsLearned', 'sustainability'],
  },
  {
    key: 'evidence',
    title: 'Evidence',
    view: 'submissions/views/sections/evidence.njk',
    schema: evidenceSchema,
    values: evidenceValues,
    startedBy: ['stageId', 'evaluationMethod', 'evaluationResults', 'selfOutcomeId', 'links'],
  },
  {
    key: 'sharing',
    title: 'Sharing and consent',
    view: 'submissions/views/sections/sharing.njk',
    schema: sharingSchema,
    values: sharingValues,
    startedBy: [
      'consentPublication',
      'consentShowContact',
      'consentResearch',
      'consentEvents',
      'consentGovernment',
      'privacyNoticeRead',
    ],
  },
]

export const sectionByKey = (key: string): Section | undefined => sections.find((s) => s.key === key)

/** The sections this submission asks, in task-list order. */
export function sectionsFor(ctx: FormContext): Section[] {
  return sections.filter((s) => !s.appliesTo || s.appliesTo(ctx))
}

/** Every date input on a section's page, for this submission. */
export function sectionDates(section: Section, ctx: FormContext): readonly string[] {
  return [...(section.dates ?? []), ...(section.datesFor?.(ctx) ?? [])]
}

export type SectionParse =
  { ok: true; patch: Partial<PracticeContent> } | { ok: false; errors: FormError[]; input: Record<string, unknown> }

/** Parses a section's posted form; a date's errors link to its first box. */
export function parseSection(section: Section, mode: Mode, ctx: FormContext, body: unknown): SectionParse {
  const dates = sectionDates(section, ctx)
  const form = parseForm(section.schema(mode, ctx), collectDates(body, dates))
  if (form.ok) return { ok: true, patch: form.values }
  const errors = form.errors.map((e) => (dates.includes(e.fieldId) ? { ...e, href: `#${e.fieldId}-day` } : e))
  return { ok: false, errors, input: form.input }
}

/** Answers of one page, as form fields, that did not pass its check when saved for later. */
export type PendingFields = Record<string, string | string[]>

export type LaterParse =
  | { ok: true; patch: Partial<PracticeContent>; pending: PendingFields }
  | { ok: false; errors: FormError[]; input: Record<string, unknown> }

/** The form fields that carry one answer: a date's three boxes, or the field itself. */
function fieldsOf(section: Section, ctx: FormContext, fieldId: string, body: Record<string, unknown>): string[] {
  const names = sectionDates(section, ctx).includes(fieldId)
    ? ['day', 'month', 'year'].map((part) => `${fieldId}-${part}`)
    : [fieldId]
  return names.filter((name) => body[name] !== undefined)
}

const asTyped = (value: unknown): string | string[] | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && value.every((v) => typeof v === 'string')
      ? (value as string[])
      : undefined

/**
 * "Save and come back later": the answers that pass the draft check are kept as answers, and those
 * that do not are set aside exactly as typed (to be shown again with their errors), so that one
 * answer in the wrong shape does not throw away the rest of the page. Fails only when an error
 * cannot be tied to an answer on the page.
 */
export function parseForLater(section: Section, ctx: FormContext, body: unknown): LaterParse {
  const working: Record<string, unknown> = { ...((typeof body === 'object' && body) || {}) }
  const pending: PendingFields = {}
  for (;;) {
    const form = parseSection(section, 'draft', ctx, working)
    if (form.ok) return { ok: true, patch: form.patch, pending }
    for (const error of form.errors) {
      const names = fieldsOf(section, ctx, error.fieldId, working)
      if (names.length === 0) return form
      for (const name of names) {
        const value = asTyped(working[name])
        if (value !== undefined) pending[name] = value
        working[name] = undefined
      }
    }
  }
}

/** A page's values (see Section.values) as the fields its form posts. */
export function formBody(
  section: Section,
  values: Record<string, unknown>,
  ctx?: FormContext,
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const dates = ctx ? sectionDates(section, ctx) : (section.dates ?? [])
  for (const [name, value] of Object.entries(values)) {
    if (dates.includes(name)) {
      const parts = (value ?? {}) as Record<string, string | undefined>
      for (const part of ['day', 'month', 'year']) body[`${name}-${part}`] = parts[part]
    } else if (value !== null && value !== undefined) body[name] = value
  }
  return body
}

/**
 * Completed: its answers, as stored, pass the page's full check, and none of its answers is waiting,
 * as typed, to be put right.
 */
export function isComplete(
  section: Section,
  content: PracticeContent,
  ctx: FormContext,
  pending: PendingAnswers = {},
): boolean {
  if (pending[section.key]) return false
  return parseSection(section, 'complete', ctx, formBody(section, section.values(content, ctx), ctx)).ok
}

export type SectionStatus = 'completed' | 'in-progress' | 'not-started'

const given = (value: unknown) =>
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)

export function sectionStatus(
  section: Section,
  content: PracticeContent,
  ctx: FormContext,
  pending: PendingAnswers = {},
): SectionStatus {
  if (pending[section.key]) return 'in-progress'
  if (isComplete(section, content, ctx)) return 'completed'
  return section.startedBy.some((field) => given(content[field])) ? 'in-progress' : 'not-started'
}

/** Keys of the sections that are complete, for practices.completed_sections. */
export function completedSections(
  content: PracticeContent,
  ctx: FormContext,
  pending: PendingAnswers = {},
): SectionKey[] {
  return sectionsFor(ctx)
    .filter((s) => isComplete(s, content, ctx, pending))
    .map((s) => s.key)
}
