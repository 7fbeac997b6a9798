import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import { auditActions } from '../audit/repository.js'
import { roles } from '../../db/schema/index.js'
import type { Services } from '../../services.js'
import { parseForm } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { linkParts } from '../email/links.js'

const roleLabels: Record<string, string> = {
  'force-lead': 'Force lead',
  reviewer: 'Reviewer',
  academic: 'Academic partner',
  admin: 'Admin',
}

const grantForm = z.object({
  role: z.enum(roles, { message: 'Select a role' }),
  organisation: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional(),
})
const revokeForm = z.object({
  role: z.enum(roles, { message: 'Select a role' }),
  organisationId: z.coerce.number().int().min(0),
})
const idParam = z.object({ id: z.coerce.number().int().positive() })
const auditQuery = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  user: z.coerce.number().int().positive().optional().catch(undefined),
})

export default async function adminRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { admin: adminService } = services

  app.get<{ Querystring: { q?: string } }>('/admin/users', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const q = typeof request.query.q === 'string' ? request.query.q.trim().slice(0, 100) : ''
    return reply.view('admin/views/users.njk', {
      pageTitle: 'Users',
      activeNav: 'admin',
      q,
      users: await adminService.listUsers(q || null),
      roleLabels,
    })
  })

  const showUser = async (id: number) => {
    const user = await adminService.findUser(id)
    if (!user) return null
    const ref = await services.reference.get()
    return {
      pageTitle: user.name ?? 'User',
      activeNav: 'admin',
      user,
      roleLabels,
      roleItems: roles.map((role) => ({ value: role, text: roleLabels[role] })),
      organisations: [
        { value: '', text: 'Select an organisation' },
        ...ref.organisations.map((o) => ({ value: o.code, text: o.name })),
      ],
    }
  }

  /** The user page, or the 404 page when there is no such user; `problem` re-shows it with an error. */
  const renderUser = async (reply: FastifyReply, id: number, problem?: { field: string; text: string }) => {
    const model = await showUser(id)
    if (!model) return reply.code(404).view('errors/not-found.njk')
    if (!problem) return reply.view('admin/views/user.njk', model)
    return reply.code(400).view('admin/views/user.njk', {
      ...model,
      errors: [{ href: `#${problem.field}`, text: problem.text }],
      errorField: problem.field,
      errorText: problem.text,
    })
  }

  app.get<{ Params: { id: string } }>('/admin/users/:id', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const params = idParam.safeParse(request.params)
    if (!params.success) return reply.code(404).view('errors/not-found.njk')
    return renderUser(reply, params.data.id)
  })

  app.post<{ Params: { id: string } }>('/admin/users/:id/roles', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const params = idParam.safeParse(request.params)
    if (!params.success || !(await adminService.findUser(params.data.id)))
      return reply.code(404).view('errors/not-found.njk')
    const form = parseForm(grantForm, request.body)
    const ref = await services.reference.get()
    const organisation = form.ok ? ref.organisations.find((o) => o.code === form.values.organisation) : undefined
    const result = form.ok
      ? await adminService.grant(admin.id, params.data.id, form.values.role, organisation?.id ?? null, request.ip)
      : { ok: false as const, message: form.errors[0]?.text ?? 'Select a role' }
    if (!result.ok) {
      const field = result.message.includes('organisation') ? 'organisation' : 'role'
      return renderUser(reply, params.data.id, { field, text: result.message })
    }
    return reply.redirect(`/admin/users/${params.data.id}`)
  })

  app.post<{ Params: { id: string } }>('/admin/users/:id/roles/revoke', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const params = idParam.safeParse(request.params)
    const form = parseForm(revokeForm, request.body)
    if (!params.success || !form.ok) return reply.code(400).view('errors/bad-request.njk')
    const result = await adminService.revoke(
      admin.id,
      params.data.id,
      form.values.role,
      form.values.organisationId,
      request.ip,
    )
    if (!result.ok) return renderUser(reply, params.data.id, { field: 'roles', text: result.message })
    return reply.redirect(`/admin/users/${params.data.id}`)
  })

  for (const [path, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/admin/users/:id/${path}`, async (request, reply) => {
      const admin = requireRole(request, reply, 'admin')
      if (!admin) return reply
      const params = idParam.safeParse(request.params)
      if (!params.success || !(await adminService.findUser(params.data.id)))
        return reply.code(404).view('errors/not-found.njk')
      const result = await adminService.setDisabled(admin.id, params.data.id, disabled, request.ip)
      if (!result.ok) return renderUser(reply, params.data.id, { field: 'status', text: result.message })
      return reply.redirect(`/admin/users/${params.data.id}`)
    })
  }

  app.get('/admin/outbox', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply.view('admin/views/outbox.njk', {
      pageTitle: 'Outgoing e-mail',
      activeNav: 'admin',
      emails: await adminService.recentEmails(),
      smtpConfigured: services.smtpConfigured,
    })
  })

  const statusText: Record<string, string> = { sent: 'Delivered', pending: 'Waiting', failed: 'Failed' }
  app.get('/admin/mail', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const emails = await adminService.recentEmails()
    return reply.view('admin/views/mail.njk', {
      pageTitle: 'E-mail',
      activeNav: 'admin',
      smtpConfigured: services.smtpConfigured,
      mailDir: services.mailDir,
      messages: emails.map((email) => ({
        to: email.toAddress,
        subject: email.subject,
        createdAt: email.sentAt ?? email.createdAt,
        status: email.status,
        statusText: statusText[email.status] ?? email.status,
        parts: linkParts(email.body),
      })),
    })
  })

  app.get('/admin/audit', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const filter = auditQuery.parse(request.query ?? {})
    return reply.view('admin/views/audit.njk', {
      pageTitle: 'Audit log',
      activeNav: 'admin',
      events: await adminService.auditEvents({ action: filter.action, userId: filter.user }),
      actionItems: [
        { value: '', text: 'All actions' },
        ...auditActions.map((a) => ({ value: a, text: a, selected: a === filter.action })),
      ],
      filter,
    })
  })
}
