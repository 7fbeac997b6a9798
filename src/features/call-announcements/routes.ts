import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { errorFor, parseForm } from '../../web/forms.js'
import { requireRole, requireUser } from '../access/guards.js'
import { callState } from '../calls/dates.js'
import callUnsubscribeRoutes from './unsubscribe-routes.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

const choiceForm = z.object({
  wants: z.enum(['yes', 'no'], { message: 'Select yes if you want to hear about new calls for practice' }),
})

const refusals = {
  'already-sent': 'This call has already been announced. Each call is announced once, so nothing was sent',
  'not-open': 'Only an open call can be announced. Open the call first, then send its announcement',
} as const

/**
 * Announcing a call (issue 14): admins send it once from the call's admin page; anyone signed in says
 * whether they want to hear; the link in each e-mail stops them without signing in.
 */
export default async function callAnnouncementRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { callAdmin, callAnnouncements } = services
  const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')
  const findCall = async (raw: unknown) => {
    const params = idParam.safeParse(raw)
    return params.success ? callAdmin.find(params.data.id) : null
  }

  app.get<WithId>('/admin/calls/:id/announce', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    return reply.view('call-announcements/views/announce.njk', {
      pageTitle: `Announce ${call.title}`,
      activeNav: 'admin',
      call,
      open: !call.archivedAt && callState(call) === 'open',
      announcement: await callAnnouncements.find(call.id),
      recipients: await callAnnouncements.countRecipients(),
    })
  })

  app.post<WithId>('/admin/calls/:id/announce', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    const sent = await callAnnouncements.send(admin.id, call.id, request.ip)
    if (sent.ok) return reply.redirect(`/admin/calls/${call.id}?saved=announced`)
    if (sent.reason === 'not-found') return notFound(reply)
    return reply.code(409).view('call-announcements/views/announce.njk', {
      pageTitle: `Announce ${call.title}`,
      activeNav: 'admin',
      call,
      open: !call.archivedAt && callState(call) === 'open',
      announcement: await callAnnouncements.find(call.id),
      recipients: await callAnnouncements.countRecipients(),
      refused: refusals[sent.reason],
    })
  })

  app.post('/account/call-announcements', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const form = parseForm(choiceForm, request.body)
    if (!form.ok) {
      return reply.code(400).view('call-announcements/views/choice.njk', {
        pageTitle: 'Hearing about new calls for practice',
        errors: form.errors,
        errorFor: (id: string) => errorFor(form.errors, id),
        wants: null,
      })
    }
    const wants = form.values.wants === 'yes'
    await callAnnouncements.saveChoice(user, wants, request.ip)
    request.session.flash = wants
      ? 'We will e-mail you when a new call for practice opens'
      : 'We will not e-mail you about new calls for practice'
    return reply.redirect('/account')
  })

  await app.register(callUnsubscribeRoutes, { services })
}
