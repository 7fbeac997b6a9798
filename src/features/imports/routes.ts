import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'
import { importRowKinds, type ImportRowKind } from '../../db/schema/index.js'
import type { Services } from '../../services.js'
import { consumeFlash } from '../../web/flash.js'
import { errorFor, type FormError } from '../../web/forms.js'
import { requireRole } from '../access/guards.js'
import { exampleCsv, exampleXlsx } from './example-files.js'
import { ignoreColumn, importFields } from './fields.js'
import { kindLabel, reportCsvRecords } from './report.js'
import { mappingList } from './service.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
const PAGE = 100

const reportQuery = z.object({
  show: z.enum(importRowKinds).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})

/** A cell a spreadsheet program would run as a formula is written as text. */
const neutralise = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)

/** /admin/imports: upload, map, dry run, commit and undo (the upload itself is in upload-route.ts). */
export default async function importRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { imports } = services

  const findImport = async (raw: unknown) => {
    const params = idParam.safeParse(raw)
    return params.success ? imports.find(params.data.id) : null
  }
  const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')

  app.get('/admin/imports', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return renderImportList(services, reply)
  })

  app.get('/admin/imports/example.csv', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="legacy-practice-map.csv"')
      .send(exampleCsv())
  })

  app.get('/admin/imports/example.xlsx', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="legacy-practice-map.xlsx"')
      .send(await exampleXlsx())
  })

  type Found = NonNullable<Awaited<ReturnType<typeof findImport>>>
  const renderImport = async (request: FastifyRequest, reply: FastifyReply, found: Found, errors?: FormError[]) => {
    const query = reportQuery.parse(request.query)
    const page = query.page ?? 1
    const running = found.status === 'analysing' || found.status === 'committing'
    const rows = running ? [] : await imports.report(found.id, query.show ?? null, PAGE, (page - 1) * PAGE)
    const shown = query.show ? (found.summary[query.show] ?? 0) : found.rowCount
    const flash = consumeFlash(request)
    return reply.code(errors ? 400 : 200).view('imports/views/import.njk', {
      pageTitle: `Import of ${found.fileName}`,
      activeNav: 'admin',
      found,
      running,
      percent: found.rowCount ? Math.floor((found.processedRows / found.rowCount) * 100) : 0,
      rows: rows.map((r) => ({ ...r, label: kindLabel(r) })),
      show: query.show ?? null,
      page,
      pages: Math.max(1, Math.ceil(shown / PAGE)),
      kinds: importRowKinds,
      flash,
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })
  }

  app.get<WithId>('/admin/imports/:id', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const found = await findImport(request.params)
    if (!found) return notFound(reply)
    return renderImport(request, reply, found)
  })

  app.get<WithId>('/admin/imports/:id/report.csv', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const found = await findImport(request.params)
    if (!found) return notFound(reply)
    const rows = await imports.report(found.id, null, 1_000_000, 0)
    const records = reportCsvRecords(rows).map((r) => r.map(neutralise))
    const name = found.fileName.replace(/\.[a-z]+$/i, '').replace(/[^A-Za-z0-9-]+/g, '-')
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}-import-${found.id}-report.csv"`)
      .send(`\ufeff${stringify(records, { record_delimiter: '\r\n' })}`)
  })

  const renderMapping = (
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof findImport>>>,
    sample: string[][],
    mapping: string[],
    errors?: FormError[],
  ) =>
    reply.code(errors ? 400 : 200).view('imports/views/mapping.njk', {
      pageTitle: 'Match the columns to practice fields',
      activeNav: 'admin',
      found,
      errors,
      errorFor: (id: string) => errorFor(errors, id),
      columns: found.headers.map((header, i) => ({
        id: `column-${i}`,
        name: `column${i}`,
        header: header || `Column ${i + 1}`,
        examples: sample
          .map((row) => row[i] ?? '')
          .filter((v) => v !== '')
          .slice(0, 3),
        items: [
          { value: ignoreColumn, text: 'Do not import this column', selected: mapping[i] === ignoreColumn },
          ...importFields.map((f) => ({ value: f.key, text: f.label, selected: mapping[i] === f.key })),
        ],
      })),
    })

  const sampleRows = async (id: number) => (await imports.findWithRows(id))?.rows.slice(0, 20) ?? []

  app.get<WithId>('/admin/imports/:id/mapping', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const found = await findImport(request.params)
    if (!found) return notFound(reply)
    return renderMapping(reply, found, await sampleRows(found.id), mappingList(found.mapping, found.headers.length))
  })

  app.post<WithId>('/admin/imports/:id/mapping', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const found = await findImport(request.params)
    if (!found) return notFound(reply)
    const body = (request.body ?? {}) as Record<string, unknown>
    const mapping = found.headers.map((_, i) => {
      const value = body[`column${i}`]
      return typeof value === 'string' ? value : ''
    })
    const outcome = await imports.setMapping(admin.id, found.id, mapping)
    if (!outcome) return notFound(reply)
    if (!outcome.ok) {
      const fieldId = outcome.column === undefined ? 'column-0' : `column-${outcome.column}`
      return renderMapping(reply, found, await sampleRows(found.id), mapping, [
        { fieldId, href: `#${fieldId}`, text: outcome.message },
      ])
    }
    return reply.redirect(`/admin/imports/${found.id}`)
  })

  app.post<WithId>('/admin/imports/:id/commit', async (request, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const found = await findImport(request.params)
    if (!found) return notFound(reply)
    const body = (request.body ?? {}) as Record<string, unknown>
    if (body.arrival !== 'review' && body.arrival !== 'publish') {
      return renderImport(request, reply, found, [
        {
          fieldId: 'arrival',
          href: '#arrival',
          text: 'Select whether imported practice waits for review or is published',
        },
      ])
    }
    const started = await imports.startCommit(admin.id, found.id, body.arrival === 'publish', request.ip)
    if (!started)
      return reply.code(409).view('errors/conflict.njk', {
        backHref: `/admin/imports/${found.id}`,
        reason:
          'This file cannot be imported now: it is being checked or imported, or already has been. Nothing has been changed.',
      })
    return reply.redirect(`/admin/imports/${found.id}`)
  })

  app.get<WithId>('/admin/imports/:id/undo', async (request, reply) => {
    if (!requireRole(request, reply, 'admin')) return reply
    const found = await findImport(request.params)
    if (!found) return notFound(reply)
    return renderUndo(reply, found)
  })

  const renderUndo = (
    reply: FastifyReply,
    found: NonNullable<Awaited<ReturnType<typeof findImport>>>,
    model: Record<string, unknown> = {},
  ) =>
    reply.code(model.errors || model.edited ? 400 : 200).view('imports/views/undo.njk', {
      pageTitle: `Undo the import of ${found.fileName}`,
      activeNav: 'admin',
      found,
      ...model,
      errorFor: (id: string) => errorFor(model.errors as FormError[] | undefined, id),
    })

  app.post<WithId>('/admin/imports/:id/undo', async (request: FastifyRequest<WithId>, reply) => {
    const admin = requireRole(request, reply, 'admin')
    if (!admin) return reply
    const found = await findImport(request.params)
    if (!found) return notFound(reply)
    const confirm = (request.body as Record<string, unknown> | undefined)?.confirm
    if (confirm !== 'yes' && confirm !== 'no')
      return renderUndo(reply, found, {
        errors: [{ fieldId: 'confirm', href: '#confirm', text: 'Select yes to undo the import, or no to keep it' }],
      })
    if (confirm === 'no') return reply.redirect(`/admin/imports/${found.id}`)
    const outcome = await imports.undo(admin.id, found.id, request.ip)
    if (!outcome) return notFound(reply)
    if (!outcome.ok && outcome.reason === 'edited') return renderUndo(reply, found, { edited: outcome.practices })
    if (!outcome.ok)
      return reply.code(409).view('errors/conflict.njk', {
        backHref: `/admin/imports/${found.id}`,
        reason: 'Only a finished import can be undone. Nothing has been changed.',
      })
    request.session.flash = `The import has been undone: ${outcome.removed} practice examples removed, ${outcome.restored} put back as they were`
    return reply.redirect(`/admin/imports/${found.id}`)
  })
}

/** The imports page: the upload form, the example files and the imports so far. */
export async function renderImportList(services: Services, reply: FastifyReply, errors?: FormError[]) {
  return reply.code(errors ? 400 : 200).view('imports/views/list.njk', {
    pageTitle: 'Import practice',
    activeNav: 'admin',
    imports: await services.imports.list(),
    errors,
    errorFor: (id: string) => errorFor(errors, id),
  })
}

export type { ImportRowKind }
