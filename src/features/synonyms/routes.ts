import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { errorFor, parseForm, type FormError } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { deleteGroupForm, synonymGroupForm } from './forms.js'
import type { SynonymGroup } from './repository.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

const savedMessages: Record<string, string> = {
  added: 'The synonym group has been added',
  edited: 'The synonym group has been changed',
  deleted: 'The synonym group has been deleted',
}

/** Admins keep the search synonym list at /admin/synonyms: list, add, change and delete groups. */
export default async function synonymRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { synonyms } = services

  const findGroup = async (raw: unknown) => {
    const params = idParam.safeParse(raw)
    return params.success ? synonyms.find(params.data.id) : null
  }

  app.get<{ Querystring: { saved?: string } }>('/admin/synonyms', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply.view('synonyms/views/list.njk', {
      pageTitle: 'Search synonyms',
      activeNav: 'admin',
      groups: await synonyms.list(),
      saved: savedMessages[String(request.query.saved)],
    })
  })

  const renderForm = (reply: FastifyReply, model: { group?: SynonymGroup; terms: string; errors?: FormError[] }) =>
    reply.code(model.errors ? 400 : 200).view('synonyms/views/group.njk', {
      pageTitle: model.group ? 'Change a synonym group' : 'Add a synonym group',
      activeNav: 'admin',
      ...model,
      errorFor: (id: string) => errorFor(model.errors, id),
    })

  const termsInput = (input: Record<string, unknown>) => (typeof input.terms === 'string' ? input.terms : '')
  const clashError = (message: string): FormError[] => [{ fieldId: 'terms', href: '#terms', text: message }]

  app.get('/admin/synonyms/new', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return renderForm(reply, { terms: '' })
  })

  app.post('/admin/synonyms/new', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const form = parseForm(synonymGroupForm, request.body)
    if (!form.ok) return renderForm(reply, { terms: termsInput(form.input), errors: form.errors })
    const saved = await synonyms.save(admin.id, form.values.terms, request.ip)
    if (saved && !saved.ok)
      return renderForm(reply, { terms: form.values.terms.join('\n'), errors: clashError(saved.message) })
    return reply.redirect('/admin/synonyms?saved=added')
  })

  app.get<WithId>('/admin/synonyms/:id', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const group = await findGroup(request.params)
    if (!group) return reply.code(404).view('errors/not-found.njk')
    return renderForm(reply, { group, terms: group.terms.join('\n') })
  })

  app.post<WithId>('/admin/synonyms/:id', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const group = await findGroup(request.params)
    if (!group) return reply.code(404).view('errors/not-found.njk')
    const form = parseForm(synonymGroupForm, request.body)
    if (!form.ok) return renderForm(reply, { group, terms: termsInput(form.input), errors: form.errors })
    const saved = await synonyms.save(admin.id, form.values.terms, request.ip, group.id)
    if (!saved) return reply.code(404).view('errors/not-found.njk')
    if (!saved.ok)
      return renderForm(reply, { group, terms: form.values.terms.join('\n'), errors: clashError(saved.message) })
    return reply.redirect('/admin/synonyms?saved=edited')
  })

  const renderDelete = (reply: FastifyReply, group: SynonymGroup, errors?: FormError[]) =>
    reply.code(errors ? 400 : 200).view('synonyms/views/delete.njk', {
      pageTitle: 'Delete a synonym group',
      activeNav: 'admin',
      group,
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })

  app.get<WithId>('/admin/synonyms/:id/delete', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const group = await findGroup(request.params)
    if (!group) return reply.code(404).view('errors/not-found.njk')
    return renderDelete(reply, group)
  })

  app.post<WithId>('/admin/synonyms/:id/delete', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const group = await findGroup(request.params)
    if (!group) return reply.code(404).view('errors/not-found.njk')
    const form = parseForm(deleteGroupForm, request.body)
    if (!form.ok) return renderDelete(reply, group, form.errors)
    if (form.values.confirm === 'no') return reply.redirect('/admin/synonyms')
    await synonyms.remove(admin.id, group.id, request.ip)
    return reply.redirect('/admin/synonyms?saved=deleted')
  })
}
