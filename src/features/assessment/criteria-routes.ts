import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { errorFor, parseForm, type FormError } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { editCriterionForm, newCriterionForm } from './forms.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

const savedMessages: Record<string, string> = {
  added: 'The criterion has been added',
  edited: 'The criterion has been changed',
}

/** Admins keep the published assessment criteria: list, add, edit, retire and restore. */
export default async function criteriaRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { criteria } = services.assessment

  app.get<{ Querystring: { saved?: string } }>('/admin/criteria', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply.view('assessment/views/admin-criteria.njk', {
      pageTitle: 'Assessment criteria',
      activeNav: 'admin',
      criteria: await criteria.all(),
      saved: savedMessages[String(request.query.saved)],
    })
  })

  const renderForm = (
    reply: FastifyReply,
    model: { criterion?: { id: number; key: string }; values: Record<string, unknown>; errors?: FormError[] },
  ) =>
    reply.code(model.errors ? 400 : 200).view('assessment/views/admin-criterion.njk', {
      pageTitle: model.criterion ? 'Change a criterion' : 'Add a criterion',
      activeNav: 'admin',
      ...model,
      errorFor: (id: string) => errorFor(model.errors, id),
    })

  app.get('/admin/criteria/new', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return renderForm(reply, { values: {} })
  })

  app.post('/admin/criteria/new', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const form = parseForm(newCriterionForm, request.body)
    if (!form.ok) return renderForm(reply, { values: form.input, errors: form.errors })
    await criteria.add(admin.id, form.values, request.ip)
    return reply.redirect('/admin/criteria?saved=added')
  })

  app.get<WithId>('/admin/criteria/:id', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const params = idParam.safeParse(request.params)
    const criterion = params.success ? await criteria.find(params.data.id) : null
    if (!criterion) return reply.code(404).view('errors/not-found.njk')
    return renderForm(reply, {
      criterion,
      values: { ...criterion, status: criterion.retiredAt ? 'retired' : 'active' },
    })
  })

  app.post<WithId>('/admin/criteria/:id', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const params = idParam.safeParse(request.params)
    const criterion = params.success ? await criteria.find(params.data.id) : null
    if (!criterion) return reply.code(404).view('errors/not-found.njk')
    const form = parseForm(editCriterionForm, request.body)
    if (!form.ok) return renderForm(reply, { criterion, values: form.input, errors: form.errors })
    await criteria.edit(
      admin.id,
      criterion.id,
      { ...form.values, retired: form.values.status === 'retired' },
      request.ip,
    )
    return reply.redirect('/admin/criteria?saved=edited')
  })
}
