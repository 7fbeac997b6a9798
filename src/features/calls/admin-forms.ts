import { z } from 'zod'

const dateField = (label: string) =>
  z
    .string({ message: `Enter the ${label} date` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} date as a real date, for example 2027-03-31`)
    .refine(
      (value) =>
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      {
        message: `Enter the ${label} date as a real date, for example 2027-03-31`,
      },
    )

/** The details of a call an admin keeps; dates are days in Europe/London, inclusive. */
export const callForm = z
  .object({
    title: z
      .string({ message: 'Enter a title' })
      .trim()
      .min(1, 'Enter a title')
      .max(200, 'The title must be 200 characters or fewer'),
    slug: z
      .string({ message: 'Enter a web address name' })
      .trim()
      .regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        'The web address name can only have lower-case letters, numbers and single hyphens',
      )
      .max(80, 'The web address name must be 80 characters or fewer'),
    theme: z
      .string({ message: 'Enter the theme' })
      .trim()
      .min(1, 'Enter the theme')
      .max(500, 'The theme must be 500 characters or fewer'),
    summary: z.string().trim().max(1000, 'The summary must be 1,000 characters or fewer').default(''),
    guidance: z.string().trim().max(20000, 'The guidance must be 20,000 characters or fewer').default(''),
    sponsors: z.string().trim().max(2000, 'The sponsoring portfolios must be 2,000 characters or fewer').default(''),
    contactEmail: z
      .string()
      .trim()
      .max(320)
      .refine(
        (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
        'Enter the contact mailbox as an email address, like calls@example.org',
      )
      .default(''),
    // Checkboxes: none ticked sends nothing, one a string, several an array. Checked against the topic
    // terms by the service, which has the reference data.
    topics: z.preprocess(
      (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.string().max(100)).max(50, 'Choose 50 topics or fewer'),
    ),
    opensOn: dateField('opening'),
    closesOn: dateField('closing'),
    graceDays: z.coerce
      .number({ message: 'Enter the grace period as a number of days' })
      .int('Enter the grace period as a whole number of days')
      .min(0, 'The grace period cannot be negative')
      .max(90, 'The grace period must be 90 days or fewer'),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closesOn'],
        message: 'The closing date must be on or after the opening date',
      })
  })

export type CallFormValues = z.infer<typeof callForm>

export const callFormFields = [
  'title',
  'slug',
  'theme',
  'summary',
  'guidance',
  'sponsors',
  'contactEmail',
  'topics',
  'opensOn',
  'closesOn',
  'graceDays',
] as const
