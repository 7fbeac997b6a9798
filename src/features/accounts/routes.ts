import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { beginSignedInSession } from '../../plugins/session.js'
import { errorFor, parseForm } from '../../web/forms.js'
import { emailForm, registerForm, resetPasswordForm, safeReturnTo, signInForm } from './forms.js'

/** Sign-in, registration and password routes are limited per address to slow guessing and abuse. */
export const limited = { rateLimit: { max: 10, timeWindow: '1 minute' } }

/**
 * Password sign-in allows more per address: a whole force often reaches us through one proxy address,
 * and guessing is slowed per account and source by the sign-in throttle (accounts/service.ts).
 */
const signInLimited = { rateLimit: { max: 30, timeWindow: '1 minute' } }

export default async function accountRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { accounts } = services

  const organisationItems = async (selected?: unknown) => {
    const ref = await services.reference.get()
    return [
      { value: '', text: 'Select your organisation' },
      ...ref.organisations.map((o) => ({ value: o.code, text: o.name, selected: o.code === selected })),
    ]
  }

  app.get('/register', async (_request, reply) =>
    reply.view('accounts/views/register.njk', {
      pageTitle: 'Create an account',
      organisations: await organisationItems(),
    }),
  )

  app.post('/register', { config: limited }, async (request, reply) => {
    const form = parseForm(registerForm, request.body)
    const ref = await services.reference.get()
    const organisation = form.ok ? ref.organisations.find((o) => o.code === form.values.organisation) : undefined
    if (!form.ok || !organisation) {
      const errors = form.ok
        ? [{ fieldId: 'organisation', href: '#organisation', text: 'Select your organisation' }]
        : form.errors
      return reply.code(400).view('accounts/views/register.njk', {
        pageTitle: 'Create an account',
        errors,
        errorFor: (id: string) => errorFor(errors, id),
        values: form.ok ? form.values : form.input,
        organisations: await organisationItems(form.ok ? form.values.organisation : form.input.organisation),
      })
    }
    await accounts.register({ ...form.values, organisationId: organisation.id }, request.ip)
    return reply.redirect('/register/check-email')
  })

  app.get('/register/check-email', async (_request, reply) =>
    reply.view('accounts/views/check-email.njk', { pageTitle: 'Check your e-mail', mailSent: services.smtpConfigured }),
  )

  app.get<{ Params: { token: string } }>('/verify-email/:token', async (request, reply) => {
    const verified = await accounts.verifyEmail(request.params.token, request.ip)
    if (verified)
      return reply.view('accounts/views/email-verified.njk', { pageTitle: 'Your e-mail address is confirmed' })
    return reply.code(400).view('accounts/views/link-expired.njk', { pageTitle: 'This link has expired or been used' })
  })

  app.post('/verify-email/resend', { config: limited }, async (request, reply) => {
    const form = parseForm(emailForm, request.body)
    if (!form.ok) {
      return reply.code(400).view('accounts/views/link-expired.njk', {
        pageTitle: 'This link has expired or been used',
        errors: form.errors,
        errorFor: (id: string) => errorFor(form.errors, id),
      })
    }
    await accounts.resendVerification(form.values.email)
    return reply.redirect('/register/check-email')
  })

  app.get<{ Querystring: { returnTo?: string } }>('/sign-in', async (request, reply) =>
    reply.view('accounts/views/sign-in.njk', {
      pageTitle: 'Sign in',
      returnTo: safeReturnTo(request.query.returnTo),
      oidcName: services.oidc?.name,
    }),
  )

  app.post('/sign-in', { config: signInLimited }, async (request, reply) => {
    const form = parseForm(signInForm, request.body)
    const returnTo = safeReturnTo((request.body as { returnTo?: unknown } | undefined)?.returnTo)
    const again = (errors: { fieldId: string; href: string; text: string }[], email?: unknown) =>
      reply.code(400).view('accounts/views/sign-in.njk', {
        pageTitle: 'Sign in',
        errors,
        errorFor: (id: string) => errorFor(errors, id),
        values: { email },
        returnTo,
        oidcName: services.oidc?.name,
      })
    if (!form.ok) return again(form.errors, form.input.email)
    const result = await accounts.signIn(form.values.email, form.values.password, request.ip)
    if (!result.ok) {
      const text =
        result.reason === 'throttled'
          ? `Too many attempts to sign in from here. Wait ${waitMinutes(result.until)} before you try again, or reset your password`
          : result.reason === 'unverified'
            ? services.smtpConfigured
              ? 'Confirm your e-mail address before you sign in. Check your e-mail for the link, or ask for a new one'
              : 'Confirm your e-mail address before you sign in. This service sends no e-mail, so ask an administrator for the link, or ask for a new one'
            : 'Enter the e-mail address and password for your account'
      return again([{ fieldId: 'email', href: '#email', text }], form.values.email)
    }
    // A new session id at sign-in, with its CSRF secret (see beginSignedInSession).
    await beginSignedInSession(request, reply, result.userId)
    return reply.redirect(returnTo)
  })

  app.post('/sign-out', async (request, reply) => {
    if (request.viewer.kind === 'user') {
      await request.session.destroy()
    }
    return reply.redirect('/')
  })

  app.get('/forgot-password', async (_request, reply) =>
    reply.view('accounts/views/forgot-password.njk', { pageTitle: 'Reset your password' }),
  )

  app.post('/forgot-password', { config: limited }, async (request, reply) => {
    const form = parseForm(emailForm, request.body)
    if (!form.ok) {
      return reply.code(400).view('accounts/views/forgot-password.njk', {
        pageTitle: 'Reset your password',
        errors: form.errors,
        errorFor: (id: string) => errorFor(form.errors, id),
        values: form.input,
      })
    }
    await accounts.requestPasswordReset(form.values.email, request.ip)
    return reply.view('accounts/views/reset-sent.njk', {
      pageTitle: 'Check your e-mail',
      mailSent: services.smtpConfigured,
    })
  })

  app.get<{ Params: { token: string } }>('/reset-password/:token', async (_request, reply) =>
    reply.view('accounts/views/reset-password.njk', { pageTitle: 'Choose a new password' }),
  )

  app.post<{ Params: { token: string } }>('/reset-password/:token', { config: limited }, async (request, reply) => {
    const form = parseForm(resetPasswordForm, request.body)
    if (!form.ok) {
      return reply.code(400).view('accounts/views/reset-password.njk', {
        pageTitle: 'Choose a new password',
        errors: form.errors,
        errorFor: (id: string) => errorFor(form.errors, id),
      })
    }
    if (!(await accounts.resetPassword(request.params.token, form.values.password, request.ip))) {
      return reply
        .code(400)
        .view('accounts/views/link-expired.njk', { pageTitle: 'This link has expired or been used' })
    }
    return reply.view('accounts/views/password-reset-done.njk', { pageTitle: 'Your password has been changed' })
  })
}

/** The wait until `until`, in whole minutes rounded up, as words. */
function waitMinutes(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60000))
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}
