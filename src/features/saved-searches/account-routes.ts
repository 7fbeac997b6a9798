import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { consumeFlash } from '../../web/flash.js'
import { errorFor, parseForm, type FormError } from '../../web/forms.js'
import { requireUser } from '../access/guards.js'
import type { SignedInUser } from '../access/visibility.js'
import { deleteSavedSearchForm, editSavedSearchForm, newSavedSearchForm } from './forms.js'
import type { SavedSearchRow } from './repository.js'
import { describeSearch, frequencyItems, savedSearchView, searchLink } from './view.js'

type WithId = { Params: { id: string } }
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
const notFound = (reply: FastifyReply) => reply.code(404).view('errors/not-found.njk')
const field = (input: Record<string, unknown>, name: string) => (typeof input[name] === 'string' ? input[name] : '')

/** /account/saved-searches: a signed-in person's saved searches, saved from the search page, changed and deleted. */
export default async function savedSearchAccountRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { savedSearches, reference } = services

  /** The person's own saved search named in the address; anyone else's is not found. */
  async function ownOr404(request: FastifyRequest<WithId>, reply: FastifyReply, user: SignedInUser) {
    const params = idParam.safeParse(request.params)
    const found = params.success ? await savedSearches.find(params.data.id, user.id) : null
    if (!found) await notFound(reply)
    return found
  }

  app.get('/account/saved-searches', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const ref = await reference.get()
    return reply.view('saved-searches/views/list.njk', {
      pageTitle: 'Your saved searches',
      activeNav: 'account',
      searches: (await savedSearches.list(user.id)).map((row) => savedSearchView(row, ref)),
      flash: consumeFlash(request),
    })
  })

  async function renderNew(
    reply: FastifyReply,
    search: string,
    model: { name?: string; frequency?: string; errors?: FormError[] },
  ) {
    const checked = await savedSearches.checkQuery(search)
    const errors =
      model.errors ??
      (checked.ok
        ? undefined
        : [{ fieldId: 'search', href: '#search', text: `This search cannot be saved: ${checked.messages.join('; ')}` }])
    return reply.code(errors ? 400 : 200).view('saved-searches/views/new.njk', {
      pageTitle: `${errors ? 'Error: ' : ''}Save this search`,
      activeNav: 'practices',
      search: checked.ok ? checked.text : search,
      searchOk: checked.ok,
      searchHref: checked.ok ? searchLink(checked.text) : '/practices',
      description: checked.ok ? describeSearch(checked.query, await reference.get()) : [],
      name: model.name ?? (checked.ok ? (checked.query.q ?? '') : ''),
      frequencyItems: frequencyItems(model.frequency),
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })
  }

  // The search page links here with its own query string.
  app.get('/account/saved-searches/new', async (request, reply) => {
    if (!requireUser(request, reply)) return reply
    const url = request.url
    const search = url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''
    return renderNew(reply, search, {})
  })

  app.post('/account/saved-searches/new', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const form = parseForm(newSavedSearchForm, request.body)
    if (!form.ok) {
      return renderNew(reply, field(form.input, 'search'), {
        name: field(form.input, 'name'),
        frequency: field(form.input, 'frequency'),
        errors: form.errors,
      })
    }
    const saved = await savedSearches.save(user, form.values)
    if (!saved.ok) {
      return renderNew(reply, form.values.search, {
        ...form.values,
        errors: [{ fieldId: saved.field, href: `#${saved.field}`, text: saved.message }],
      })
    }
    request.session.flash = `Your search ‘${form.values.name}’ is saved`
    return reply.redirect('/account/saved-searches')
  })

  const renderEdit = async (
    reply: FastifyReply,
    row: SavedSearchRow,
    model: { name: string; frequency: string; errors?: FormError[] },
  ) =>
    reply.code(model.errors ? 400 : 200).view('saved-searches/views/edit.njk', {
      pageTitle: `${model.errors ? 'Error: ' : ''}Change a saved search`,
      activeNav: 'account',
      saved: savedSearchView(row, await reference.get()),
      name: model.name,
      frequencyItems: frequencyItems(model.frequency),
      errors: model.errors,
      errorFor: (id: string) => errorFor(model.errors, id),
    })

  app.get<WithId>('/account/saved-searches/:id', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const row = await ownOr404(request, reply, user)
    if (!row) return reply
    return renderEdit(reply, row, { name: row.name, frequency: row.frequency })
  })

  app.post<WithId>('/account/saved-searches/:id', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const row = await ownOr404(request, reply, user)
    if (!row) return reply
    const form = parseForm(editSavedSearchForm, request.body)
    if (!form.ok) {
      return renderEdit(reply, row, {
        name: field(form.input, 'name'),
        frequency: field(form.input, 'frequency'),
        errors: form.errors,
      })
    }
    const saved = await savedSearches.update(user, row.id, form.values)
    if (!saved) return notFound(reply)
    if (!saved.ok) {
      return renderEdit(reply, row, {
        ...form.values,
        errors: [{ fieldId: saved.field, href: `#${saved.field}`, text: saved.message }],
      })
    }
    request.session.flash = `Your saved search ‘${form.values.name}’ has been changed`
    return reply.redirect('/account/saved-searches')
  })

  const renderDelete = async (reply: FastifyReply, row: SavedSearchRow, errors?: FormError[]) =>
    reply.code(errors ? 400 : 200).view('saved-searches/views/delete.njk', {
      pageTitle: `${errors ? 'Error: ' : ''}Delete a saved search`,
      activeNav: 'account',
      saved: savedSearchView(row, await reference.get()),
      errors,
      errorFor: (id: string) => errorFor(errors, id),
    })

  app.get<WithId>('/account/saved-searches/:id/delete', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const row = await ownOr404(request, reply, user)
    if (!row) return reply
    return renderDelete(reply, row)
  })

  app.post<WithId>('/account/saved-searches/:id/delete', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    const row = await ownOr404(request, reply, user)
    if (!row) return reply
    const form = parseForm(deleteSavedSearchForm, request.body)
    if (!form.ok) return renderDelete(reply, row, form.errors)
    if (form.values.confirm === 'no') return reply.redirect('/account/saved-searches')
    await savedSearches.remove(user, row.id)
    request.session.flash = `Your saved search ‘${row.name}’ has been deleted`
    return reply.redirect('/account/saved-searches')
  })
}
