import { z } from 'zod'
import { consentPublications } from '../../../db/schema/index.js'
import type { PracticeContent } from '../content.js'
import { oneOf, yesNo, yesNoOf, type FormContext, type Mode } from './fields.js'

/** Sharing and consent. */
export function sharingSchema(mode: Mode, _ctx: FormContext) {
  return z
    .object({
      consentPublication: oneOf(mode, {
        allowed: consentPublications,
        message: 'Select who the practice may be published to',
      }),
      consentShowContact: yesNo(mode, 'Select yes if readers may see the contact details'),
      consentResearch: yesNo(mode, 'Select yes if we may introduce you to researchers'),
      consentEvents: yesNo(mode, 'Select yes if we may invite you to present at learning events'),
      consentGovernment: yesNo(mode, 'Select yes if we may discuss the practice with government departments'),
      privacyNoticeRead: z.unknown().transform((value, ctx): boolean | null => {
        if (value === 'yes') return true
        if (value !== undefined || mode === 'complete') {
          ctx.addIssue({ code: 'custom', message: 'Confirm that you have read the privacy notice' })
          return z.NEVER
        }
        return null
      }),
    })
    .transform((v): Partial<PracticeContent> => ({
      consentPublication: (v.consentPublication ?? null) as PracticeContent['consentPublication'],
      consentShowContact: v.consentShowContact,
      consentResearch: v.consentResearch,
      consentEvents: v.consentEvents,
      consentGovernment: v.consentGovernment,
      privacyNoticeRead: v.privacyNoticeRead,
    }))
}

export function sharingValues(content: PracticeContent): Record<string, unknown> {
  return {
    consentPublication: content.consentPublication,
    consentShowContact: yesNoOf(content.consentShowContact),
    consentResearch: yesNoOf(content.consentResearch),
    consentEvents: yesNoOf(content.consentEvents),
    consentGovernment: yesNoOf(content.consentGovernment),
    privacyNoticeRead: content.privacyNoticeRead ? 'yes' : undefined,
  }
}
