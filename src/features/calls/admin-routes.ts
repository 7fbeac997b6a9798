import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { errorFor, parseForm, type FormError } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { callForm, callFormFields } from './admin-forms.js'
import type { AdminCall } from './admin-service.js'
import { callState } from './dates.js'
import { questionKindLabels } from './questions.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
const actions = ['open', 'close', 'archive'] as const

const savedMessages: Record<string, string> = {
  created: 'The call has been created',
  edited: 'The call has been changed',
  open: 'The call is open',
  close: 'The call is closed',
  archive: 'The call has been archived',
  'question-added': 'The question has been added',
  'question-changed': 'The question has been changed',
  'question-versioned': 'The question has been changed. Answers already sent keep the wording they answered',
  'question-removed': 'The question has been removed',
  'question-moved': 'The question has been moved',
  announced: 'The announcement has been sent',
}

type CallInput = Record<string, string | string[]>

function inputOf(call: AdminCall | null, posted: Record<string, unknown> | null): CallInput {
  if (posted) {
    return Object.fromEntries(
      callFormFields.map((f) => {
        const value = posted[f]
        if (f === 'topics') return [f, [value ?? []].flat().filter((v): v is string => typeof v === 'string')]
        return [f, typeof value === 'string' ? value : '']
      }),
    )
  }
  if (!call) return { graceDays: '0' }
  return {
    title: call.title,
    slug: call.slug,
    theme: call.theme,
    summary: call.summary,
    guidance: call.guidance,
    sponsors: call.sponsors,
    contactEmail: call.contactEmail ?? '',
    topics: call.topics,
    opensOn: call.opensOn,
    closesOn: call.closesOn,
    graceDays: String(call.graceDays),
  }
}

/** Admins run calls for practice at /admin/calls (issue 14): create, change, open, close and archive. */
export default async function callAdminRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { callAdmin, callAnnouncements } = services
  const findCall = async (raw: unknown) => {
    const params = idParam.safeParse(raw)
    return params.success ? callAdmin.find(params.data.id) : null
  }
  const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')

  app.get<{ Querystring: { saved?: string } }>('/admin/calls', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply.view('calls/views/admin-list.njk', {
      pageTitle: 'Calls for practice',
      activeNav: 'admin',
      calls: await callAdmin.list(),
      saved: savedMessages[String(request.query.saved)],
    })
  })

  const renderForm = async (
    reply: FastifyReply,
    call: AdminCall | null,
    input: CallInput,
    errors?: FormError[],
    saved?: string,
  ) =>
    reply.code(errors ? 400 : 200).view('calls/views/admin-call.njk', {
      pageTitle: call ? `Change ${call.title}` : 'Create a call for practice',
      activeNav: 'admin',
      call,
      callOpen: call ? !call.archivedAt && callState(call) === 'open' : false,
      announcement: call ? await callAnnouncements.find(call.id) : null,
      kindLabels: questionKindLabels,
      topicItems: (await callAdmin.topicTerms()).map((term) => ({
        value: term.key,
        text: term.label,
        checked: [input.topics ?? []].flat().includes(term.key),
      })),
      saved,
      input,
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })

  app.get('/admin/calls/new', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return renderForm(reply, null, inputOf(null, null))
  })

  const save = async (
    request: { body: unknown; ip: string },
    reply: FastifyReply,
    adminId: number,
    call: AdminCall | null,
  ) => {
    const posted = (request.body ?? {}) as Record<string, unknown>
    const form = parseForm(callForm, request.body)
    if (!form.ok) return renderForm(reply, call, inputOf(null, posted), form.errors)
    const saved = await callAdmin.save(adminId, form.values, request.ip, call?.id)
    if (!saved) return notFound(reply)
    if (!saved.ok)
      return renderForm(reply, call, inputOf(null, posted), [
        { fieldId: saved.field, href: `#${saved.field}`, text: saved.message },
      ])
    return reply.redirect(`/admin/calls?saved=${call ? 'edited' : 'created'}`)
  }

  app.post('/admin/calls/new', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    return save(request, reply, admin.id, null)
  })

  app.get<WithId & { Querystring: { saved?: string } }>('/admin/calls/:id', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    return renderForm(reply, call, inputOf(call, null), undefined, savedMessages[String(request.query.saved)])
  })

  app.post<WithId>('/admin/calls/:id', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    return save(request, reply, admin.id, call)
  })

  app.post<WithId>('/admin/calls/:id/status', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    const action = (request.body as { action?: unknown } | undefined)?.action
    if (typeof action !== 'string' || !(actions as readonly string[]).includes(action))
      return reply.code(400).send({ error: 'The parameter ‘action’ must be open, close or archive' })
    await callAdmin.act(admin.id, call.id, action as (typeof actions)[number], request.ip)
    return reply.redirect(`/admin/calls?saved=${action}`)
  })
}
