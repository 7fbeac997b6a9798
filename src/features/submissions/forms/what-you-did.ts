import { z } from 'zod'
import type { PracticeContent } from '../content.js'
import {
  dateAnswer,
  dateParts,
  idFor,
  idsFor,
  keyFor,
  keysFor,
  keysOf,
  LONG_TEXT,
  oneOf,
  someOf,
  termsOf,
  text,
  yesNo,
  yesNoOf,
  type FormContext,
  type Mode,
} from './fields.js'

export const whatYouDidDates = ['startDate', 'endDate'] as const

/** What you did: approach, who it is for, topics, purposes, scale, dates and partners. */
export function whatYouDidSchema(mode: Mode, { ref }: FormContext) {
  const targetGroups = termsOf(ref, 'target-group')
  const topics = termsOf(ref, 'topic')
  const purposes = termsOf(ref, 'purpose')
  const scales = termsOf(ref, 'scale')
  const sectors = termsOf(ref, 'partner-sector')
  return z
    .object({
      approach: text(mode, { label: 'what you did', required: 'Enter what you did', max: LONG_TEXT }),
      targetGroups: someOf(mode, { allowed: keysOf(targetGroups), message: 'Select who the practice is for' }),
      topics: someOf(mode, { allowed: keysOf(topics), message: 'Select at least one topic' }),
      purposes: someOf(mode, { allowed: keysOf(purposes), message: 'Select at least one purpose' }),
      scale: oneOf(mode, { allowed: keysOf(scales), message: 'Select the scale of the practice' }),
      startDate: dateAnswer(mode, {
        label: 'the date the practice started',
        required: 'Enter the date the practice started',
        notFuture: true,
      }),
      stillRunning: yesNo(mode, 'Select yes if the practice is still running'),
      endDate: dateAnswer(mode, { label: 'the date the practice ended', required: null, notFuture: true }),
      partnerSectors: someOf(mode, {
        allowed: keysOf(sectors),
        message: 'Select the sectors of the partners you worked with',
        required: false,
      }),
      partners: text(mode, { label: 'partners', required: null, max: 2000 }),
    })
    .superRefine((v, ctx) => {
      if (v.stillRunning !== false) return
      if (!v.endDate) {
        if (mode === 'complete')
          ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Enter the date the practice ended' })
      } else if (v.startDate && v.endDate < v.startDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'The date the practice ended must be the same as or after the date it started',
        })
      }
    })
    .transform((v): Partial<PracticeContent> => ({
      approach: v.approach ?? null,
      targetGroupIds: idsFor(targetGroups, v.targetGroups),
      topicIds: idsFor(topics, v.topics),
      purposeIds: idsFor(purposes, v.purposes),
      scaleId: idFor(scales, v.scale),
      startDate: v.startDate,
      stillRunning: v.stillRunning,
      // Still running: no end date, whatever was typed in the hidden box.
      endDate: v.stillRunning === false ? v.endDate : null,
      partnerSectorIds: idsFor(sectors, v.partnerSectors),
      partners: v.partners ?? null,
    }))
}

export function whatYouDidValues(content: PracticeContent, { ref }: FormContext): Record<string, unknown> {
  return {
    approach: content.approach,
    targetGroups: keysFor(termsOf(ref, 'target-group'), content.targetGroupIds),
    topics: keysFor(termsOf(ref, 'topic'), content.topicIds),
    purposes: keysFor(termsOf(ref, 'purpose'), content.purposeIds),
    scale: keyFor(termsOf(ref, 'scale'), content.scaleId),
    startDate: dateParts(content.startDate),
    stillRunning: yesNoOf(content.stillRunning),
    endDate: dateParts(content.endDate),
    partnerSectors: keysFor(termsOf(ref, 'partner-sector'), content.partnerSectorIds),
    partners: content.partners,
  }
}
