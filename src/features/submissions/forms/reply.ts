import { z } from 'zod'

export const REPLY_MAX = 5000

/** The contributor's reply to a reviewer who asked for changes. */
export const replyForm = z.object({
  reply: z
    .string({ message: 'Enter your reply' })
    .min(1, 'Enter your reply')
    .max(REPLY_MAX, `Your reply must be ${REPLY_MAX.toLocaleString('en-GB')} characters or fewer`),
})
