import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { beginSignedInSession } from '../../plugins/session.js'
import { errorFor, parseForm } from '../../web/forms.js'
import { requireUser } from '../access/guards.js'
import { changePasswordForm, deleteAccountForm, deleteWithoutPasswordForm } from './forms.js'
import { limited } from './routes.js'

/** Your account: details, data, password, signing out everywhere and deleting the account. */
export default async function myAccountRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { accounts } = services

  app.get('/account', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const ref = await services.reference.get()
    return reply.view('accounts/views/account.njk', {
      pageTitle: 'Your account',
      user,
      hasPassword: await accounts.hasPassword(user.id),
      organisation: user.organisationId ? ref.organisationById.get(user.organisationId) : null,
      leads: user.leadsOrganisationIds.map((id) => ref.organisationById.get(id)?.name).filter(Boolean),
      wants: await services.callAnnouncements.wantsAnnouncements(user),
      flash: consumeFlash(request),
    })
  })

  app.get('/account/data', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const data = await accounts.exportData(user.id, request.ip)
    return reply
      .header('content-disposition', 'attachment; filename="practice-bank-my-data.json"')
      .type('application/json')
      .send(JSON.stringify(data, null, 2))
  })

  // Someone who signs in only through their organisation has no password to change: the page
  // explains that and offers an e-mailed link to set one.
  const setPasswordPage = (request: FastifyRequest, email: string) => ({
    pageTitle: 'Set a password',
    email,
    oidcName: services.oidc?.name,
    flash: consumeFlash(request),
  })

  app.get('/account/password', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    if (!(await accounts.hasPassword(user.id))) {
      return reply.view('accounts/views/set-password.njk', setPasswordPage(request, user.email))
    }
    return reply.view('accounts/views/change-password.njk', { pageTitle: 'Change your password' })
  })

  app.post('/account/password', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    if (!(await accounts.hasPassword(user.id))) return reply.redirect('/account/password', 303)
    const form = parseForm(changePasswordForm, request.body)
    const errors = form.ok
      ? (await accounts.changePassword(user.id, form.values.currentPassword, form.values.newPassword, request.ip))
        ? null
        : [{ fieldId: 'currentPassword', href: '#currentPassword', text: 'Your current password is not right' }]
      : form.errors
    if (errors) {
      return reply.code(400).view('accounts/views/change-password.njk', {
        pageTitle: 'Change your password',
        errors,
        errorFor: (id: string) => errorFor(errors, id),
      })
    }
    // Changing the password ends every session, this one too: start a fresh one.
    await beginSignedInSession(request, reply, user.id)
    request.session.flash = 'Your password has been changed. You have been signed out everywhere else.'
    return reply.redirect('/account')
  })

  app.post('/account/password/send-link', { config: limited }, async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const sentTo = await accounts.sendSetPasswordLink(user.id, request.ip)
    if (sentTo) {
      request.session.flash = services.smtpConfigured
        ? `We have sent a link to ${sentTo}. Use it within 1 hour to set your password.`
        : `This service has no mail server set up, so we have not e-mailed ${sentTo}. The message with the link is kept for an administrator to read. The link works for 1 hour.`
    }
    return reply.redirect('/account/password')
  })

  app.post('/account/sign-out-everywhere', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    await accounts.signOutEverywhere(user.id, request.ip)
    await request.session.destroy()
    return reply.redirect('/sign-in')
  })

  app.get('/account/delete', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    return reply.view('accounts/views/delete-account.njk', {
      pageTitle: 'Delete your account',
      hasPassword: await accounts.hasPassword(user.id),
    })
  })

  /** Deletes the account if the person proved they mean it; otherwise the errors to show. */
  const deleteIfConfirmed = async (userId: number, hasPassword: boolean, body: unknown, ip: string) => {
    if (hasPassword) {
      const form = parseForm(deleteAccountForm, body)
      if (!form.ok) return form.errors
      if (await accounts.deleteAccount(userId, { password: form.values.password }, ip)) return null
      return [{ fieldId: 'password', href: '#password', text: 'Your password is not right' }]
    }
    const form = parseForm(deleteWithoutPasswordForm, body)
    if (!form.ok) return form.errors
    if (await accounts.deleteAccount(userId, { email: form.values.confirmEmail }, ip)) return null
    return [
      { fieldId: 'confirmEmail', href: '#confirmEmail', text: 'Enter the e-mail address you use for this account' },
    ]
  }

  app.post('/account/delete', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    // Which proof is asked for depends on the account, never on what the form sends.
    const hasPassword = await accounts.hasPassword(user.id)
    const errors = await deleteIfConfirmed(user.id, hasPassword, request.body, request.ip)
    if (errors) {
      return reply.code(400).view('accounts/views/delete-account.njk', {
        pageTitle: 'Delete your account',
        hasPassword,
        errors,
        errorFor: (id: string) => errorFor(errors, id),
      })
    }
    await request.session.destroy()
    return reply.redirect('/account/deleted')
  })

  app.get('/account/deleted', async (_request, reply) =>
    reply.view('accounts/views/account-deleted.njk', { pageTitle: 'Your account has been deleted' }),
  )
}

function consumeFlash(request: FastifyRequest): string | undefined {
  const flash = request.session.flash
  if (flash) request.session.flash = undefined
  return flash
}
