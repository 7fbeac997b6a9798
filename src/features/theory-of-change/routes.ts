import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../../services.js'
import { hasRole, type Viewer } from '../access/visibility.js'
import { scoreReadiness } from '../evaluation/readiness.js'
import { errorMap } from '../review/page-view.js'
import { forbidden, loadSubmission, postedVersion, submissionName } from '../submissions/route-helpers.js'
import type { Submission } from '../submissions/service.js'
import type { FormError } from '../../web/forms.js'
import { baselineLabels, modelColumns, termLabels } from './content.js'
import { logicModelSvg } from './diagram.js'
import {
  builderPages,
  OUTCOME_ROWS,
  pageInput,
  pageTitles,
  parseComment,
  parsePage,
  type BuilderPage,
} from './forms.js'

type IdParams = { Params: { id: string } }
type PageParams = { Params: { id: string; page: string } }
type VersionParams = { Params: { id: string; version: string } }

/** A theory of change can be written on a draft, a submission in review, or published practice. */
const closedStatuses = ['rejected', 'withdrawn', 'archived']

const canWrite = (s: Submission) => s.isEditor && !closedStatuses.includes(s.practice.status)
const canComment = (viewer: Viewer) => hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')

const base = (s: Submission) => `/submissions/${s.practice.id}/theory-of-change`

const answerItems = (selected: string | undefined) =>
  (['yes', 'no', 'not-sure'] as const).map((value) => ({
    value,
    text: baselineLabels[value],
    checked: value === selected,
  }))

export default async function theoryOfChangeRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const toc = services.theoryOfChange

  async function renderOverview(
    request: FastifyRequest,
    reply: FastifyReply,
    submission: Submission,
    commentErrors: FormError[] = [],
    commentVersion: number | null = null,
  ) {
    const latest = await toc.latest(submission.practice.id)
    const { versions, comments } = await toc.history(submission.practice.id)
    const name = submissionName(submission)
    return reply.code(commentErrors.length ? 400 : 200).view('theory-of-change/views/overview.njk', {
      pageTitle: `Theory of change: ${name}`,
      activeNav: submission.isEditor ? 'my-submissions' : 'review',
      practice: submission.practice,
      name,
      base: base(submission),
      latest,
      svg: latest.started ? logicModelSvg(latest.content, `Theory of change: ${name}`) : null,
      columns: modelColumns(latest.content),
      readiness: scoreReadiness(latest.content),
      versions: versions.map((v) => ({
        ...v,
        pageTitle: pageTitles[v.savedPage as BuilderPage] ?? v.savedPage,
        comments: comments.filter((c) => c.versionNumber === v.versionNumber),
      })),
      pages: builderPages.map((p) => ({ key: p, title: pageTitles[p] })),
      canWrite: canWrite(submission),
      canComment: canComment(request.viewer),
      errors: commentErrors,
      commentVersion,
      commentInput: commentErrors.length ? String((request.body as { comment?: unknown })?.comment ?? '') : '',
      flash: consume(request),
    })
  }

  function consume(request: FastifyRequest) {
    const flash = request.session.flash
    if (flash) request.session.flash = undefined
    return flash
  }

  async function renderPage(
    request: FastifyRequest,
    reply: FastifyReply,
    submission: Submission,
    page: BuilderPage,
    errors: FormError[] = [],
    status = 200,
  ) {
    const latest = await toc.latest(submission.practice.id)
    const posted = errors.length
      ? Object.fromEntries(
          Object.entries((request.body ?? {}) as Record<string, unknown>).filter(
            (e): e is [string, string] => typeof e[1] === 'string',
          ),
        )
      : null
    const input = posted ?? pageInput(page, latest.content, latest.showOnPracticePage)
    return reply.code(status).view('theory-of-change/views/page.njk', {
      pageTitle: pageTitles[page],
      activeNav: 'my-submissions',
      practice: submission.practice,
      name: submissionName(submission),
      base: base(submission),
      page,
      version: errors.length ? ((request.body as { version?: string })?.version ?? '') : latest.versionNumber,
      input,
      errors,
      errorsById: errorMap(errors),
      terms: (['short', 'medium', 'long'] as const).map((term) => ({
        term,
        label: termLabels[term],
        rows: Array.from({ length: OUTCOME_ROWS }, (_, i) => {
          const id = `${term}-${i + 1}`
          return { id, n: i + 1, baselineItems: answerItems(input[`${id}-baseline`]) }
        }),
      })),
      answerItems,
    })
  }

  const pageOf = (value: string): BuilderPage | null =>
    (builderPages as readonly string[]).includes(value) ? (value as BuilderPage) : null

  app.get<IdParams>('/submissions/:id/theory-of-change', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    return submission ? renderOverview(request, reply, submission) : reply
  })

  app.get<IdParams>('/submissions/:id/theory-of-change.docx', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    const latest = await toc.latest(submission.practice.id)
    // docx is loaded on the first download, not at start-up (about 8 MiB of an idle server's memory).
    const { theoryOfChangeDocx } = await import('./document.js')
    const buffer = await theoryOfChangeDocx(latest.content, submissionName(submission), scoreReadiness(latest.content))
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="theory-of-change-${submission.practice.id}.docx"`)
      .header('cache-control', 'private, no-store')
      .send(buffer)
  })

  app.get<PageParams>('/submissions/:id/theory-of-change/:page', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    const page = pageOf(request.params.page)
    if (!page) return reply.callNotFound()
    if (!canWrite(submission)) return forbidden(reply)
    return renderPage(request, reply, submission, page)
  })

  app.post<PageParams>('/submissions/:id/theory-of-change/:page', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    const page = pageOf(request.params.page)
    if (!page) return reply.callNotFound()
    if (!canWrite(submission)) return forbidden(reply)
    const latest = await toc.latest(submission.practice.id)
    const parsed = parsePage(page, request.body, latest.content)
    if (!parsed.ok) return renderPage(request, reply, submission, page, parsed.errors, 400)
    const seen = postedVersion(request.body)
    const saved =
      seen === latest.versionNumber && request.viewer.kind === 'user'
        ? await toc.save(
            submission.practice.id,
            request.viewer.user.id,
            seen,
            page,
            parsed.content,
            parsed.showOnPracticePage,
          )
        : ({ ok: false, reason: 'conflict' } as const)
    if (!saved.ok) {
      const message: FormError = {
        fieldId: 'version',
        href: '#main-content',
        text: 'Someone else saved the theory of change after you opened this page. Your answers are below: check them against the latest version and save again.',
      }
      const errors = [message]
      reply.code(409)
      return renderPage(request, reply, submission, page, errors, 409)
    }
    request.session.flash = `${pageTitles[page]} saved as version ${saved.versionNumber}`
    return reply.redirect(base(submission), 303)
  })

  app.post<VersionParams>('/submissions/:id/theory-of-change/versions/:version/comments', async (request, reply) => {
    const submission = await loadSubmission(services, request, reply)
    if (!submission) return reply
    if (!canComment(request.viewer) || request.viewer.kind !== 'user') return forbidden(reply)
    const versionNumber = /^\d{1,9}$/.test(request.params.version) ? Number(request.params.version) : null
    if (versionNumber === null) return reply.callNotFound()
    const parsed = parseComment(request.body)
    if (!parsed.ok) {
      const errors = parsed.errors.map((e) => ({ ...e, href: `#comment-${versionNumber}` }))
      return renderOverview(request, reply, submission, errors, versionNumber)
    }
    const done = await toc.comment(submission.practice.id, versionNumber, request.viewer.user.id, parsed.comment)
    if (!done) return reply.callNotFound()
    request.session.flash = `Your comment on version ${versionNumber} has been added`
    return reply.redirect(`${base(submission)}#version-${versionNumber}`, 303)
  })
}
