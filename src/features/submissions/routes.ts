import { reviewAccess } from '../review/rules.js'
import type { FastifyInstance } from 'fastify'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import type { Viewer } from '../access/visibility.js'
import { TransitionRefused } from '../review/state-machine.js'
import { consumeFlash, forbidden, formErrors, type IdParams } from './route-helpers.js'

const draftStatuses = new Set(['draft', 'changes_requested'])

/** The start page, starting a draft, My submissions, the privacy notice, and opening a change to published practice. */
export default async function submissionRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const startPage = async (viewer: Viewer) => {
    const ref = await services.reference.get()
    const user = viewer.kind === 'user' ? viewer.user : null
    return {
      pageTitle: 'Submit a practice example',
      openCalls: await services.calls.open(viewer),
      criteria: await services.submissions.criteria(),
      drafts: user ? (await services.submissions.mySubmissions(user)).filter((s) => draftStatuses.has(s.status)) : [],
      // Someone with no organisation on their account says which one the practice belongs to.
      organisationItems:
        user && user.organisationId === null
          ? [
              { value: '', text: 'Select an organisation' },
              ...ref.organisations.map((o) => ({ value: o.code, text: o.name })),
            ]
          : null,
    }
  }

  app.get('/submit', async (request, reply) =>
    reply.view('submissions/views/start.njk', await startPage(request.viewer)),
  )

  app.get('/submit/privacy-notice', async (_request, reply) =>
    reply.view('submissions/views/privacy-notice.njk', { pageTitle: 'How we use the information you send us' }),
  )

  app.post('/submissions', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    const call = typeof body.call === 'string' && body.call.trim() ? body.call.trim() : undefined
    if (request.viewer.kind !== 'user') {
      return reply.redirect(`/sign-in?returnTo=${encodeURIComponent(call ? `/calls/${call}` : '/submit')}`)
    }
    const user = requireUser(request, reply)
    if (!user) return reply
    const organisation = typeof body.organisation === 'string' ? body.organisation : undefined
    const created = await services.submissions.create(user, { call, organisation })
    if (!created.ok) {
      const errors = [
        { fieldId: created.field, href: created.field === 'call' ? '#start' : '#organisation', text: created.message },
      ]
      return reply
        .code(400)
        .view('submissions/views/start.njk', { ...(await startPage(request.viewer)), ...formErrors(errors) })
    }
    return reply.redirect(`/submissions/${created.id}`)
  })

  app.get('/my-submissions', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    return reply.view('submissions/views/my-submissions.njk', {
      pageTitle: 'My submissions',
      user,
      submissions: (await services.submissions.mySubmissions(user)).map((s) => ({
        ...s,
        // Force leads read their organisation's practice on the review page (reviewers may too).
        reviewHref:
          s.reference && s.status !== 'draft' && reviewAccess(request.viewer, s) !== 'none'
            ? `/review/${s.reference}`
            : null,
      })),
      flash: consumeFlash(request),
    })
  })

  app.post<IdParams>('/submissions/:id/revisions', async (request, reply) => {
    if (!requireUser(request, reply)) return reply
    const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : 0
    const outcome = await services.submissions.openRevision(request.viewer, id)
    if (outcome === 'not-found') return reply.callNotFound()
    if (outcome === 'not-allowed') return forbidden(reply)
    if (outcome === 'not-published') throw new TransitionRefused('revise', 'not yet published')
    return reply.redirect(`/submissions/${id}`)
  })
}
