import { z } from 'zod'

export const withdrawForm = z.object({
  confirm: z.enum(['yes', 'no'], { message: 'Select yes if you want to withdraw this submission' }),
})
