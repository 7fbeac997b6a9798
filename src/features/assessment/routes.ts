import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Services } from '../../services.js'
import type { SignedInUser } from '../access/visibility.js'
import { parseForm } from '../../web/forms.js'
import { scoreReadiness } from '../evaluation/readiness.js'
import { assessmentAction, parseScores, requiredForm, shortlistForm, versionForm } from './forms.js'
import { orRefusal, requireStaff } from './guards.js'
import { assessmentPageModel, type PageProblems } from './page-model.js'

type WithReference = { Params: { reference: string } }

/** The success banner after each change (Post/Redirect/Get). */
const savedMessages: Record<string, string> = {
  draft: 'Your draft assessment has been saved',
  complete: 'Your assessment is complete',
  required: 'The number of assessments needed has been changed',
  consensus: 'The consensus has been recorded',
  shortlisted: 'The practice has been shortlisted for evaluation',
  unshortlisted: 'The practice has been taken off the shortlist',
}

const referencePattern = /^PB-\d{4}-\d{4,6}$/

/** Scoring a practice against the criteria: its own page, and the changes made from it. */
export default async function assessmentRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { assessment } = services
  const pagePath = (reference: string) => `/review/${reference}/assessment`

  /** The assessment page, or the 404 page; with problems it is shown again with status 400. */
  const renderPage = async (reply: FastifyReply, user: SignedInUser, reference: string, problems?: PageProblems) => {
    const view = referencePattern.test(reference) ? await assessment.view(user, reference) : null
    if (!view) return reply.code(404).view('errors/not-found.njk')
    // Readiness for evaluation beside the rubric, scored the one way the theory of change pages score it.
    const toc = await services.theoryOfChange.latest(view.practice.id)
    return reply.code(problems?.errors?.length ? 400 : 200).view('assessment/views/assessment.njk', {
      ...assessmentPageModel(view, problems),
      readiness: toc.started ? scoreReadiness(toc.content) : null,
      theoryOfChangePath: `/submissions/${view.practice.id}/theory-of-change`,
      saved: problems ? undefined : savedMessages[String((reply.request.query as { saved?: unknown }).saved)],
    })
  }

  const known = async (reference: string) => referencePattern.test(reference) && (await assessment.exists(reference))

  app.get<WithReference>('/review/:reference/assessment', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    return renderPage(reply, user, request.params.reference)
  })

  app.post<WithReference>('/review/:reference/assessment', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    const view = referencePattern.test(reference) ? await assessment.view(user, reference) : null
    if (!view) return reply.code(404).view('errors/not-found.njk')
    const action = assessmentAction(request.body)
    const form = parseScores(view.criteria, request.body, action === 'complete')
    if (!form.ok) return renderPage(reply, user, reference, { errors: form.errors, form: 'own', input: form.input })
    const done = await orRefusal(reply, pagePath(reference), () =>
      assessment.saveOwn(user, reference, form.scores, action === 'complete'),
    )
    return done ? reply.redirect(`${pagePath(reference)}?saved=${action === 'complete' ? 'complete' : 'draft'}`) : reply
  })

  app.post<WithReference>('/review/:reference/assessment/required', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    if (!(await known(reference))) return reply.code(404).view('errors/not-found.njk')
    const form = parseForm(requiredForm, request.body)
    if (!form.ok) return renderPage(reply, user, reference, { errors: form.errors, form: 'required' })
    const required = form.values.required === '2' ? 2 : 1
    const done = await orRefusal(reply, pagePath(reference), () =>
      assessment.setRequired(user, reference, required, form.values.version),
    )
    return done ? reply.redirect(`${pagePath(reference)}?saved=required`) : reply
  })

  app.post<WithReference>('/review/:reference/assessment/consensus', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    const view = referencePattern.test(reference) ? await assessment.view(user, reference) : null
    if (!view) return reply.code(404).view('errors/not-found.njk')
    const version = parseForm(versionForm, request.body)
    if (!version.ok) return reply.code(400).view('errors/bad-request.njk')
    if (!view.canRecordConsensus)
      return reply.code(409).view('errors/conflict.njk', {
        reason: 'A consensus can be recorded only once two assessments are complete. Nothing has been changed.',
        backHref: pagePath(reference),
      })
    const form = parseScores(view.criteria, request.body, true)
    if (!form.ok)
      return renderPage(reply, user, reference, { errors: form.errors, form: 'consensus', input: form.input })
    const done = await orRefusal(reply, pagePath(reference), () =>
      assessment.recordConsensus(user, reference, form.scores, version.values.version),
    )
    return done ? reply.redirect(`${pagePath(reference)}?saved=consensus`) : reply
  })

  app.post<WithReference>('/review/:reference/assessment/shortlist', async (request, reply) => {
    const user = requireStaff(request, reply)
    if (!user) return reply
    const { reference } = request.params
    if (!(await known(reference))) return reply.code(404).view('errors/not-found.njk')
    const form = parseForm(shortlistForm, request.body)
    if (!form.ok) return renderPage(reply, user, reference, { errors: form.errors, form: 'shortlist' })
    const shortlisted = form.values.shortlist === 'yes'
    const done = await orRefusal(reply, pagePath(reference), () =>
      assessment.setShortlisted(user, reference, shortlisted, form.values.version),
    )
    return done
      ? reply.redirect(`${pagePath(reference)}?saved=${shortlisted ? 'shortlisted' : 'unshortlisted'}`)
      : reply
  })
}
