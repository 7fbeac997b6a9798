import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { CallQuestion } from '../../db/schema/index.js'
import type { Services } from '../../services.js'
import { errorFor, parseForm, type FormError } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { callQuestionViews } from '../submissions/section-view.js'
import type { AdminCall } from './admin-service.js'
import { questionForm, questionFormFields } from './question-forms.js'
import { questionKindLabels } from './questions.js'

type WithId = { Params: { id: string } }
type WithKey = { Params: { id: string; key: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
const keyParam = z.string().regex(/^[A-Za-z0-9-]{1,80}$/)

const kindItems = (chosen: string | undefined) =>
  Object.entries(questionKindLabels).map(([value, text]) => ({ value, text, checked: value === chosen }))

function inputOf(question: CallQuestion | null, posted: Record<string, unknown> | null): Record<string, string> {
  if (posted) {
    return Object.fromEntries(
      questionFormFields.map((f) => [f, typeof posted[f] === 'string' ? (posted[f] as string) : '']),
    )
  }
  if (!question) return { required: 'yes' }
  return {
    kind: question.kind,
    label: question.label,
    hint: question.hint ?? '',
    required: question.required === false ? 'no' : 'yes',
    wordLimit: question.wordLimit ? String(question.wordLimit) : '',
    options: (question.options ?? []).map(([, label]) => label).join('\n'),
  }
}

/** The question builder of a call, at /admin/calls/:id/questions (issue 14), and its preview. */
export default async function callQuestionRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { callAdmin, callQuestions } = services
  const findCall = async (raw: unknown) => {
    const params = idParam.safeParse(raw)
    return params.success ? callAdmin.find(params.data.id) : null
  }
  const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')
  const questionOf = (call: AdminCall, key: string) =>
    keyParam.safeParse(key).success ? (call.questions.find((q) => q.key === key) ?? null) : null

  const renderForm = (
    reply: FastifyReply,
    call: AdminCall,
    question: CallQuestion | null,
    input: Record<string, string>,
    errors?: FormError[],
  ) =>
    reply.code(errors ? 400 : 200).view('calls/views/admin-question.njk', {
      pageTitle: question ? `Change a question: ${call.title}` : `Add a question: ${call.title}`,
      activeNav: 'admin',
      call,
      question,
      input,
      kinds: kindItems(input.kind),
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })

  const save = async (
    request: { body: unknown; ip: string },
    reply: FastifyReply,
    adminId: number,
    call: AdminCall,
    question: CallQuestion | null,
  ) => {
    const posted = (request.body ?? {}) as Record<string, unknown>
    const form = parseForm(questionForm, request.body)
    if (!form.ok) return renderForm(reply, call, question, inputOf(null, posted), form.errors)
    const outcome = await callQuestions.save(adminId, call.id, form.values, request.ip, question?.key)
    if (outcome === 'not-found') return notFound(reply)
    const saved = question ? (outcome === 'versioned' ? 'question-versioned' : 'question-changed') : 'question-added'
    return reply.redirect(`/admin/calls/${call.id}?saved=${saved}#questions`)
  }

  app.get<WithId>('/admin/calls/:id/questions/new', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    return renderForm(reply, call, null, inputOf(null, null))
  })

  app.post<WithId>('/admin/calls/:id/questions/new', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    return save(request, reply, admin.id, call, null)
  })

  app.get<WithKey>('/admin/calls/:id/questions/:key', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const call = await findCall(request.params)
    const question = call && questionOf(call, request.params.key)
    if (!call || !question) return notFound(reply)
    return renderForm(reply, call, question, inputOf(question, null))
  })

  app.post<WithKey>('/admin/calls/:id/questions/:key', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const call = await findCall(request.params)
    const question = call && questionOf(call, request.params.key)
    if (!call || !question) return notFound(reply)
    return save(request, reply, admin.id, call, question)
  })

  app.post<WithKey>('/admin/calls/:id/questions/:key/remove', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const call = await findCall(request.params)
    const question = call && questionOf(call, request.params.key)
    if (!call || !question) return notFound(reply)
    await callQuestions.remove(admin.id, call.id, question.key, request.ip)
    return reply.redirect(`/admin/calls/${call.id}?saved=question-removed#questions`)
  })

  app.post<WithKey>('/admin/calls/:id/questions/:key/move', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const call = await findCall(request.params)
    const question = call && questionOf(call, request.params.key)
    if (!call || !question) return notFound(reply)
    const direction = (request.body as { direction?: unknown } | undefined)?.direction
    if (direction !== 'up' && direction !== 'down')
      return reply.code(400).send({ error: 'The parameter ‘direction’ must be up or down' })
    await callQuestions.move(admin.id, call.id, question.key, direction, request.ip)
    return reply.redirect(`/admin/calls/${call.id}?saved=question-moved#question-${question.key}`)
  })

  app.get<WithId>('/admin/calls/:id/preview', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const call = await findCall(request.params)
    if (!call) return notFound(reply)
    return reply.view('calls/views/admin-preview.njk', {
      pageTitle: `Preview the questions: ${call.title}`,
      activeNav: 'admin',
      call,
      callQuestions: callQuestionViews(call.questions, {}),
      values: {},
      errorFor: () => undefined,
    })
  })
}
