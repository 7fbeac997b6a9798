import { z } from 'zod'
import type { PracticeContent } from '../content.js'
import { LONG_TEXT, idsFor, keysFor, keysOf, someOf, termsOf, text, type FormContext, type Mode } from './fields.js'

/** Resources and implementation. */
export function resourcesSchema(mode: Mode, { ref }: FormContext) {
  const challenges = termsOf(ref, 'implementation-challenge')
  return z
    .object({
      challenges: someOf(mode, {
        allowed: keysOf(challenges),
        message: 'Select the challenges from the list',
        required: false,
      }),
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
      // once the page is saved the question has been asked: an empty list means none of them
      challengeIds: idsFor(challenges, v.challenges),
      implementationChallenges: v.implementationChallenges ?? null,
      lessonsLearned: v.lessonsLearned ?? null,
      sustainability: v.sustainability ?? null,
    }))
}

export function resourcesValues(content: PracticeContent, { ref }: FormContext): Record<string, unknown> {
  return {
    resources: content.resources,
    challenges: keysFor(termsOf(ref, 'implementation-challenge'), content.challengeIds ?? []),
    implementationChallenges: content.implementationChallenges,
    lessonsLearned: content.lessonsLearned,
    sustainability: content.sustainability,
  }
}
