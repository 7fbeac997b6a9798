import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../../services.js'
import type { SignedInUser } from '../../access/visibility.js'
import { requireUser } from '../../access/guards.js'
import { consumeFlash } from '../../../web/flash.js'
import { parseForm, type FormError } from '../../../web/forms.js'
import { PracticeNotFound, StaleVersion, type Actor } from '../actions.js'
import { reviewPageModel, timelineItems, type FormState } from '../page-view.js'
import { isReviewStaff, statusLabels, visibilityLabels } from '../rules.js'

export type ReferenceParams = { Params: { reference: string } }

const referencePattern = /^PB-\d{4}-\d{4,6}$/
export const validReference = (reference: string) => referencePattern.test(reference)

export const actorOf = (user: SignedInUser, request: FastifyRequest): Actor => ({ id: user.id, ip: request.ip })

/** Reviewers and admins only; visitors are sent to sign in, anyone else gets 403. */
export function requireReviewStaff(request: FastifyRequest, reply: FastifyReply): SignedInUser | null {
  const user = requireUser(request, reply)
  if (!user) return null
  if (!isReviewStaff(request.viewer)) {
    void reply.code(403).view('errors/forbidden.njk')
    return null
  }
  return user
}

export const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')

/** The review page; with state, shown again (400) with the reviewer's input and the errors. */
export async function renderReviewPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  reference: string,
  state?: FormState,
) {
  const query = z.object({ toolkit: z.string().trim().max(100).optional().catch(undefined) }).parse(request.query ?? {})
  const page = validReference(reference)
    ? await services.review.page(request.viewer, reference, query.toolkit || null)
    : null
  if (!page) return notFound(reply)
  if (page.access === 'none') return reply.code(403).view('errors/forbidden.njk')
  const model = reviewPageModel(page, state)
  const view = page.access === 'review' ? 'review/views/review.njk' : 'review/views/read-only.njk'
  const assessment =
    page.access === 'review' && request.viewer.kind === 'user'
      ? await services.assessment.summary(request.viewer.user, reference)
      : null
  return reply.code(state?.errors?.length ? 400 : 200).view(view, {
    pageTitle: `${page.practice.reference}: ${page.practice.title}`,
    activeNav: 'review',
    toolkitQuery: query.toolkit ?? '',
    assessment,
    flash: consumeFlash(request),
    ...model,
  })
}

/** The conflict page for a stale form: what is there now and what happened since; nothing was changed. */
export async function renderStale(services: Services, reply: FastifyReply, error: StaleVersion, backHref: string) {
  const conflict = await services.review.conflict(error.reference, error.seenVersion, error.revisionNumber)
  if (!conflict) return notFound(reply)
  return reply.code(409).view('review/views/conflict.njk', {
    pageTitle: 'Someone else changed this practice',
    activeNav: 'review',
    practice: conflict.practice,
    statusLabel: statusLabels[conflict.practice.status],
    visibilityLabel: visibilityLabels[conflict.practice.visibility],
    outcome: conflict.outcome,
    seenVersion: conflict.seenVersion,
    timeline: timelineItems(conflict.events),
    backHref,
  })
}

/**
 * Runs a change and redirects (Post/Redirect/Get); a stale version shows the conflict page and a
 * missing practice the 404 page. Refused transitions reach the error handler's 409 page.
 */
export async function act(
  services: Services,
  reply: FastifyReply,
  reference: string,
  change: () => Promise<unknown>,
  redirectTo: string,
  /** after the change is made, before the redirect: where a success banner is left for the next page */
  onDone?: () => void,
) {
  try {
    await change()
  } catch (error) {
    if (error instanceof StaleVersion) return renderStale(services, reply, error, `/review/${reference}`)
    if (error instanceof PracticeNotFound) return notFound(reply)
    throw error
  }
  onDone?.()
  return reply.redirect(redirectTo)
}

const versionOnly = z.object({ version: z.coerce.number().int().positive() })

/** The version the form carries, or null (answered 400: a form without one is not ours). */
export function formVersion(body: unknown): number | null {
  const parsed = parseForm(versionOnly, body)
  return parsed.ok ? parsed.values.version : null
}

export const badRequest = (reply: FastifyReply) => reply.code(400).view('errors/bad-request.njk')

export type { FormError }
