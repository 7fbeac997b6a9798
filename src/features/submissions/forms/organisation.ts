import { z } from 'zod'
import type { PracticeContent } from '../content.js'
import { oneOf, text, type FormContext, type Mode } from './fields.js'

/** Your organisation and contact. */
export function organisationSchema(mode: Mode, { ref }: FormContext) {
  return z
    .object({
      organisation: oneOf(mode, {
        allowed: ref.organisations.map((o) => o.code),
        message: 'Select the organisation the practice belongs to',
      }),
      contactName: text(mode, {
        label: 'contact name',
        required: 'Enter the name of the person to contact about the practice',
        max: 100,
      }),
      contactRole: text(mode, { label: 'contact role', required: "Enter the contact's job title or role", max: 150 }),
      contactEmail: text(mode, {
        label: 'contact e-mail address',
        required: "Enter the contact's e-mail address",
        max: 254,
      }).refine(
        (value) => !value || z.email().safeParse(value).success,
        'Enter an e-mail address in the correct format, like name@example.police.uk',
      ),
      contactPhone: text(mode, { label: 'telephone number', required: null, max: 30 }).refine(
        (value) => !value || /^\+?[\d\s()-]{6,}$/.test(value),
        'Enter a telephone number, like 01632 960 001 or +44 808 157 0192',
      ),
      otherOrganisations: text(mode, { label: 'other organisations involved', required: null, max: 2000 }),
    })
    .transform((v) => {
      const organisationId = ref.organisations.find((o) => o.code === v.organisation)?.id
      const patch: Partial<PracticeContent> = {
        contactName: v.contactName ?? null,
        contactRole: v.contactRole ?? null,
        contactEmail: v.contactEmail?.toLowerCase() ?? null,
        contactPhone: v.contactPhone ?? null,
        otherOrganisations: v.otherOrganisations ?? null,
      }
      // The organisation cannot be blank in the database: a draft saved without one keeps the one it had.
      if (organisationId) patch.organisationId = organisationId
      return patch
    })
}

export function organisationValues(content: PracticeContent, { ref }: FormContext): Record<string, unknown> {
  return {
    organisation: ref.organisationById.get(content.organisationId)?.code,
    contactName: content.contactName,
    contactRole: content.contactRole,
    contactEmail: content.contactEmail,
    contactPhone: content.contactPhone,
    otherOrganisations: content.otherOrganisations,
  }
}
