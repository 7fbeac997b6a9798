import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { allowedTypesSentence } from '../attachments/file-rules.js'
import { consumeFlash } from '../../web/flash.js'
import type { FormError } from '../../web/forms.js'
import {
  actionsFrom,
  evaluationActionLabels,
  evaluationStatusLabels,
  fundingLabels,
  requestStatusLabels,
} from './brokerage.js'
import { idParam } from './guards.js'

export const evaluationLabels = { requestStatusLabels, evaluationStatusLabels, evaluationActionLabels, fundingLabels }

export const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')

/** What people are told about the report file, on the page and in its messages. */
export const reportFileHint = `${allowedTypesSentence[0]?.toUpperCase()}${allowedTypesSentence.slice(1)}, smaller than 20 MB`

/**
 * The staff page of one evaluation: its record, the edit link and a form for each step it can take.
 * On errors, the failed step's form shows them beside its fields with what was typed kept.
 */
export async function renderEvaluationPage(
  services: Services,
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  {
    errors = [],
    failedAction = null,
    posted = {},
  }: { errors?: FormError[]; failedAction?: string | null; posted?: Record<string, unknown> } = {},
): Promise<FastifyReply> {
  const id = idParam(request.params.id)
  const found = id === null ? null : await services.evaluation.evaluation(id)
  if (!found) return notFound(reply)
  const input = errors.length
    ? Object.fromEntries(Object.entries(posted).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {}
  return reply.code(errors.length ? 400 : 200).view('evaluation/views/review-evaluation.njk', {
    pageTitle: `Evaluation of ${found.practiceTitle}`,
    activeNav: 'review',
    ...found,
    actions: actionsFrom(found.evaluation.status),
    errors,
    failedAction,
    input,
    reportFileHint,
    flash: consumeFlash(request),
    ...evaluationLabels,
  })
}
