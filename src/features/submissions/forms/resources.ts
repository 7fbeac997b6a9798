import { z } from 'zod'
import type { PracticeContent } from '../content.js'
import { LONG_TEXT, text, type FormContext, type Mode } from './fields.js'

/** Resources and implementation. */
export function resourcesSchema(mode: Mode, _ctx: FormContext) {
  return z
    .object({
      resources: text(mode, {
        label: 'staffing and costs',
        required: 'Enter the staffing and costs of the practice',
        max: LONG_TEXT,
      }),
      implementationChallenges: text(mode, {
        label: 'challenges met while implementing',
        required: 'Enter the challenges you met while implementing the practice',
        max: LONG_TEXT,
      }),
      lessonsLearned: text(mode, {
        label: 'lessons learned',
        required: 'Enter the lessons you learned',
        max: LONG_TEXT,
      }),
      sustainability: text(mode, { label: 'sustainability', required: null, max: LONG_TEXT }),
    })
    .transform((v): Partial<PracticeContent> => ({
      resources: v.resources ?? null,
      implementationChallenges: v.implementationChallenges ?? null,
      lessonsLearned: v.lessonsLearned ?? null,
      sustainability: v.sustainability ?? null,
    }))
}

export function resourcesValues(content: PracticeContent): Record<string, unknown> {
  return {
    resources: content.resources,
    implementationChallenges: content.implementationChallenges,
    lessonsLearned: content.lessonsLearned,
    sustainability: content.sustainability,
  }
}
