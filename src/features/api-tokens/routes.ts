import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { errorFor, parseForm, type FormError } from '../../web/forms.js'
import { requireUser } from '../access/guards.js'
import type { SignedInUser } from '../access/visibility.js'
import { createTokenForm, expiryFromDate } from './forms.js'
import { DAY_MS } from './tokens.js'

const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
const revokedMessage = 'The token has been revoked. Anything using it can no longer read the API.'

/** Your API tokens at /account/api-tokens: make one (shown once), see them, revoke one. */
export default async function apiTokenRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { apiTokens } = services

  const listPage = async (
    reply: FastifyReply,
    user: SignedInUser,
    model: { errors?: FormError[]; values?: Record<string, unknown>; flash?: string } = {},
  ) => {
    const tokens = await apiTokens.list(user.id)
    const now = Date.now()
    return reply.code(model.errors ? 400 : 200).view('api-tokens/views/list.njk', {
      pageTitle: 'Your API tokens',
      tokens: tokens.map((token) => ({
        ...token,
        state: token.revokedAt ? 'revoked' : token.expiresAt.getTime() <= now ? 'expired' : 'active',
      })),
      values: model.values ?? { expiry: '90' },
      errors: model.errors,
      errorFor: (id: string) => errorFor(model.errors, id),
      flash: model.flash,
    })
  }

  app.get('/account/api-tokens', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const flash = request.session.flash
    if (flash) request.session.flash = undefined
    return listPage(reply, user, { flash })
  })

  app.post('/account/api-tokens', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const form = parseForm(createTokenForm, request.body)
    const now = new Date()
    let errors: FormError[] = form.ok ? [] : form.errors
    let expiresAt: Date | null = null
    if (form.ok) {
      const { expiry } = form.values
      if (expiry === 'date') {
        const date = expiryFromDate(
          form.values['expiresOn-day'],
          form.values['expiresOn-month'],
          form.values['expiresOn-year'],
          now,
        )
        if (date.ok) expiresAt = date.expiresAt
        else errors = [{ fieldId: 'expiresOn', href: '#expiresOn-day', text: date.message }]
      } else {
        expiresAt = new Date(now.getTime() + Number(expiry) * DAY_MS)
      }
    }
    if (!form.ok || !expiresAt) {
      return listPage(reply, user, { errors, values: form.ok ? form.values : form.input })
    }
    const { token, summary } = await apiTokens.create(user.id, form.values.name, expiresAt, request.ip)
    // Shown in this answer only: it is not kept anywhere it could be shown again, nor cached.
    return reply
      .header('cache-control', 'no-store')
      .view('api-tokens/views/created.njk', { pageTitle: 'Your new API token', token, summary })
  })

  app.post<{ Params: { id: string } }>('/account/api-tokens/:id/revoke', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const params = idParam.safeParse(request.params)
    const revoked = params.success ? await apiTokens.revoke(user.id, params.data.id, request.ip) : null
    if (!revoked) return reply.code(404).view('errors/not-found.njk')
    request.session.flash = revokedMessage
    return reply.redirect('/account/api-tokens', 303)
  })
}
