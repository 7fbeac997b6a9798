import { z } from 'zod'
import type { PracticeContent } from '../content.js'
import { LONG_TEXT, text, type FormContext, type Mode } from './fields.js'

export const SUMMARY_WORDS = 150

/** About the practice. */
export function aboutSchema(mode: Mode, _ctx: FormContext) {
  return z
    .object({
      title: text(mode, { label: 'title', required: 'Enter the title of the practice', max: 150 }),
      summary: text(mode, {
        label: 'summary',
        required: 'Enter a summary of the practice',
        max: 1500,
        maxWords: SUMMARY_WORDS,
      }),
      problem: text(mode, {
        label: 'the problem it addresses',
        required: 'Enter the problem the practice addresses',
        max: LONG_TEXT,
      }),
      aims: text(mode, {
        label: 'aims and intended outcomes',
        required: 'Enter the aims and intended outcomes of the practice',
        max: LONG_TEXT,
      }),
    })
    .transform((v): Partial<PracticeContent> => ({
      title: v.title ?? '',
      summary: v.summary ?? '',
      problem: v.problem ?? null,
      aims: v.aims ?? null,
    }))
}

export function aboutValues(content: PracticeContent): Record<string, unknown> {
  return { title: content.title, summary: content.summary, problem: content.problem, aims: content.aims }
}
