import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { parseForm } from '../../web/forms.js'
import { reconfirmForm } from './forms.js'
import { orRefusal, requireStaff } from './guards.js'
import { statusLabel } from './page-model.js'

/** The reviewers' assessment worklists and the list of published practice due for review. */
export default async function worklistRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { assessment } = services

  app.get('/review/assessments', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const lists = await assessment.worklists(user)
    return reply.view('assessment/views/worklists.njk', {
      pageTitle: 'Assessments',
      activeNav: 'review',
      ...lists,
      statusLabel,
    })
  })

  const renderDue = async (confirmed?: { reference: string | null; title: string; reviewDueOn: string }) =>
    ({
      pageTitle: 'Practice due for review',
      activeNav: 'review',
      due: await assessment.dueForReview(),
      confirmed,
    }) as const

  app.get<{ Querystring: { confirmed?: string } }>('/review/due', async (request, reply) => {
    if (!requireStaff(request, reply)) return reply
    const confirmed = await assessment.lastConfirmed(Number(request.query.confirmed))
    return reply.view('assessment/views/review-due.njk', await renderDue(confirmed ?? undefined))
  })

  app.post('/review/due', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const form = parseForm(reconfirmForm, request.body)
    if (!form.ok) return reply.code(400).view('errors/bad-request.njk')
    const done = await orRefusal(reply, '/review/due', async () => {
      await assessment.reconfirm(user, form.values.practice, form.values.version)
    })
    return done ? reply.redirect(`/review/due?confirmed=${form.values.practice}`) : reply
  })
}
