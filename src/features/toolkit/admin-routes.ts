import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { consumeFlash } from '../../web/flash.js'
import { errorFor, parseForm, type FormError } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { fieldKeys } from './emmie.js'
import { entryFormModel, type FormValues } from './form-view.js'
import { newToolkitEntryForm, restoreForm, retireForm, toolkitEntryForm } from './forms.js'
import type { ToolkitEntryRow } from './repository.js'
import { versionOf } from './service.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

/** The form's values as they were typed, for showing them again beside the errors. */
function typed(input: Record<string, unknown>): FormValues {
  const values: FormValues = {}
  for (const key of [...fieldKeys, 'slug']) {
    const value = input[key]
    values[key] = typeof value === 'string' ? value : ''
  }
  return values
}

/** An entry's stored values as form values. */
function stored(entry: ToolkitEntryRow): FormValues {
  const values: FormValues = {}
  for (const key of fieldKeys) {
    const value = entry[key]
    values[key] = value === null || value === undefined ? '' : String(value)
  }
  return values
}

/** Admins keep the What Works Toolkit at /admin/toolkit: list, add, change, retire and bring back. */
export default async function toolkitAdminRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { toolkit } = services
  const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')
  const findEntry = async (raw: unknown) => {
    const params = idParam.safeParse(raw)
    return params.success ? toolkit.find(params.data.id) : null
  }

  app.get('/admin/toolkit', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply.view('toolkit/views/admin-list.njk', {
      pageTitle: 'What Works Toolkit',
      activeNav: 'admin',
      ...(await toolkit.listForAdmin()),
      flash: consumeFlash(request),
    })
  })

  const renderForm = (
    reply: FastifyReply,
    model: { entry?: ToolkitEntryRow; values: FormValues; errors?: FormError[]; status?: number; version?: string },
  ) =>
    reply.code(model.status ?? (model.errors ? 400 : 200)).view('toolkit/views/admin-form.njk', {
      pageTitle: model.entry ? `Change ${model.entry.title}` : 'Add a Toolkit intervention',
      activeNav: 'admin',
      entry: model.entry,
      version: model.version ?? (model.entry ? versionOf(model.entry) : ''),
      errors: model.errors,
      ...entryFormModel(model.values, (id: string) => errorFor(model.errors, id)),
    })

  app.get('/admin/toolkit/new', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return renderForm(reply, { values: {} })
  })

  app.post('/admin/toolkit/new', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const form = parseForm(newToolkitEntryForm, request.body)
    if (!form.ok) return renderForm(reply, { values: typed(form.input), errors: form.errors })
    const saved = await toolkit.create(admin.id, form.values, request.ip)
    if (!saved.ok)
      return renderForm(reply, {
        values: typed(form.values as unknown as Record<string, unknown>),
        errors: [
          { fieldId: 'slug', href: '#slug', text: 'Another intervention already has this slug: choose another' },
        ],
      })
    request.session.flash = `${saved.entry.title} has been added`
    return reply.redirect('/admin/toolkit')
  })

  app.get<WithId>('/admin/toolkit/:id', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const entry = await findEntry(request.params)
    if (!entry) return notFound(reply)
    return renderForm(reply, { entry, values: stored(entry) })
  })

  app.post<WithId>('/admin/toolkit/:id', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const entry = await findEntry(request.params)
    if (!entry) return notFound(reply)
    const body = (request.body ?? {}) as Record<string, unknown>
    const version = typeof body.version === 'string' ? body.version : ''
    const form = parseForm(toolkitEntryForm, body)
    if (!form.ok) return renderForm(reply, { entry, values: typed(form.input), errors: form.errors, version })
    const saved = await toolkit.update(admin.id, entry.id, form.values, version, request.ip)
    if (!saved.ok && saved.reason === 'not-found') return notFound(reply)
    if (!saved.ok) {
      // Show the entry as it is now, so the admin can make their change again on top of it.
      const current = (await toolkit.find(entry.id)) ?? entry
      return renderForm(reply, {
        entry: current,
        values: stored(current),
        status: 409,
        errors: [
          {
            fieldId: 'title',
            href: '#title',
            text: 'Someone else changed this intervention while you were editing it: check it as it is now and make your change again',
          },
        ],
      })
    }
    request.session.flash = `${saved.entry.title} has been changed`
    return reply.redirect('/admin/toolkit')
  })

  const renderConfirm = (reply: FastifyReply, entry: ToolkitEntryRow, retire: boolean, errors?: FormError[]) =>
    reply.code(errors ? 400 : 200).view('toolkit/views/admin-retire.njk', {
      pageTitle: retire ? `Retire ${entry.title}` : `Bring back ${entry.title}`,
      activeNav: 'admin',
      entry,
      retire,
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })

  for (const retire of [true, false]) {
    const path = retire ? '/admin/toolkit/:id/retire' : '/admin/toolkit/:id/restore'
    app.get<WithId>(path, async (request, reply) => {
      if (!requireRole(request, reply, 'admin')) return reply
      const entry = await findEntry(request.params)
      if (!entry) return notFound(reply)
      return renderConfirm(reply, entry, retire)
    })

    app.post<WithId>(path, async (request, reply) => {
      const admin = requireRole(request, reply, 'admin')
      if (!admin) return reply
      const entry = await findEntry(request.params)
      if (!entry) return notFound(reply)
      const form = parseForm(retire ? retireForm : restoreForm, request.body)
      if (!form.ok) return renderConfirm(reply, entry, retire, form.errors)
      if (form.values.confirm === 'no') return reply.redirect('/admin/toolkit')
      if (!(await toolkit.setRetired(admin.id, entry.id, retire, request.ip))) return notFound(reply)
      request.session.flash = `${entry.title} has been ${retire ? 'retired' : 'brought back'}`
      return reply.redirect('/admin/toolkit')
    })
  }
}
