import { z } from 'zod'
import type { PracticeContent } from '../content.js'
import { idFor, keyFor, keysOf, LONG_TEXT, oneOf, termsOf, text, type FormContext, type Mode } from './fields.js'

export const MAX_LINKS = 10

const isWebAddress = (line: string) => {
  try {
    const url = new URL(line)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** Evidence: stage, evaluation, the contributor's own view of the outcome, links. */
export function evidenceSchema(mode: Mode, { ref }: FormContext) {
  const stages = termsOf(ref, 'stage')
  const outcomes = termsOf(ref, 'outcome-category')
  return z
    .object({
      stage: oneOf(mode, { allowed: keysOf(stages), message: 'Select the stage of the practice' }),
      evaluationMethod: text(mode, { label: 'how it was evaluated', required: null, max: LONG_TEXT }),
      evaluationResults: text(mode, { label: 'results', required: null, max: LONG_TEXT }),
      selfOutcome: oneOf(mode, {
        allowed: keysOf(outcomes),
        message: 'Select what you think the outcome of the practice is',
      }),
      links: text(mode, { label: 'links', required: null, max: 3000 })
        .refine(
          (value) => !value || value.split(/\r?\n/).filter((l) => l.trim()).length <= MAX_LINKS,
          `Enter ${MAX_LINKS} links or fewer`,
        )
        .refine(
          (value) =>
            !value ||
            value
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter(Boolean)
              .every(isWebAddress),
          'Enter each link as a full web address starting with https://, one on each line',
        ),
    })
    .superRefine((v, ctx) => {
      // Practice that has been evaluated says how, and what was found.
      if (mode !== 'complete' || (v.stage !== 'evaluated-locally' && v.stage !== 'independently-evaluated')) return
      if (!v.evaluationMethod)
        ctx.addIssue({ code: 'custom', path: ['evaluationMethod'], message: 'Enter how the practice was evaluated' })
      if (!v.evaluationResults)
        ctx.addIssue({ code: 'custom', path: ['evaluationResults'], message: 'Enter the results of the evaluation' })
    })
    .transform((v): Partial<PracticeContent> => ({
      stageId: idFor(stages, v.stage),
      evaluationMethod: v.evaluationMethod ?? null,
      evaluationResults: v.evaluationResults ?? null,
      selfOutcomeId: idFor(outcomes, v.selfOutcome),
      links:
        v.links
          ?.split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)
          .join('\n') || null,
    }))
}

export function evidenceValues(content: PracticeContent, { ref }: FormContext): Record<string, unknown> {
  return {
    stage: keyFor(termsOf(ref, 'stage'), content.stageId),
    evaluationMethod: content.evaluationMethod,
    evaluationResults: content.evaluationResults,
    selfOutcome: keyFor(termsOf(ref, 'outcome-category'), content.selfOutcomeId),
    links: content.links,
  }
}
