import { z } from 'zod'
import { visibilities } from '../../db/schema/index.js'

/** The version the reviewer saw: a form without one is not one of ours. */
const version = z.coerce.number({ message: 'The form is missing its version' }).int().positive()
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const keyList = z.preprocess(asList, z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(50))
const optionalKey = z
  .string()
  .regex(/^[a-z0-9-]{1,80}$/)
  .optional()
const text = (message: string, max = 5000) =>
  z.string({ message }).min(1, message).max(max, `Must be ${max} characters or fewer`)

export const versionOnly = z.object({ version })

export const assignForm = z.object({
  version,
  assignee: z.union([z.literal('me'), z.coerce.number().int().positive()], { message: 'Select a reviewer' }),
  from: z.enum(['queue', 'page']).optional(),
})

export const classifyForm = z.object({
  version,
  purposes: keyList,
  topics: keyList,
  outcome: optionalKey,
  stage: optionalKey,
  recognised: keyList,
  scale: optionalKey,
  challenges: keyList,
})
export type ClassifyValues = z.output<typeof classifyForm>

export const noteForm = z.object({ version, note: text('Enter the note', 5000) })

export const linkToolkitForm = z.object({
  version,
  entry: z.coerce.number({ message: 'Select a Toolkit intervention' }).int().positive('Select a Toolkit intervention'),
  toolkitNote: z.string().max(1000, 'The note must be 1000 characters or fewer').optional(),
})

export const requestChangesForm = z.object({
  version,
  changesComments: text('Enter what the contributor needs to change'),
})
export const rejectForm = z.object({ version, rejectReasons: text('Enter the reasons for rejecting it') })
export const publishForm = z.object({
  version,
  visibility: z.enum(visibilities, { message: 'Select who can see it' }),
})
export const unpublishForm = z.object({ version, unpublishReason: text('Enter why it is being unpublished') })
export const archiveForm = z.object({ version, archiveReason: text('Enter why it is being archived') })

export const revisionDecisionForm = z.object({
  version,
  comments: z.string().max(5000, 'Comments must be 5000 characters or fewer').optional(),
})
export const revisionCommentsRequired = z.object({
  version,
  comments: text('Enter your comments for the contributor'),
})
