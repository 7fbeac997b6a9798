import { z } from 'zod'
import { passwordProblem } from './passwords.js'

const email = z
  .string({ message: 'Enter your e-mail address' })
  .max(254, 'E-mail address must be 254 characters or fewer')
  .email('Enter an e-mail address in the correct format, like name@example.police.uk')
  .transform((value) => value.toLowerCase())

const newPassword = (field = 'password') =>
  z
    .string({ message: field === 'newPassword' ? 'Enter a new password' : 'Enter a password' })
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    })

export const registerForm = z
  .object({
    name: z.string({ message: 'Enter your full name' }).max(100, 'Full name must be 100 characters or fewer'),
    email,
    organisation: z
      .string({ message: 'Select your organisation' })
      .regex(/^[a-z0-9-]{1,80}$/, 'Select your organisation'),
    password: newPassword(),
  })
  .superRefine((form, ctx) => {
    const problem = passwordProblem(form.password, form.email)
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem })
  })

export const signInForm = z.object({
  email,
  password: z.string({ message: 'Enter your password' }).max(256, 'Password must be 256 characters or fewer'),
})

export const emailForm = z.object({ email })

export const resetPasswordForm = z.object({ password: newPassword() })

export const changePasswordForm = z.object({
  currentPassword: z.string({ message: 'Enter your current password' }).max(256),
  newPassword: newPassword('newPassword'),
})

export const deleteAccountForm = z.object({
  password: z.string({ message: 'Enter your password to confirm' }).max(256),
})

/** For someone with no password: typing their e-mail address shows they mean it. */
export const deleteWithoutPasswordForm = z.object({
  confirmEmail: z
    .string({ message: 'Enter your e-mail address to confirm' })
    .max(254, 'E-mail address must be 254 characters or fewer'),
})

/** Only our own paths: never an address on another site. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-/?=&%.]*$/.test(value) ? value : '/account'
}
