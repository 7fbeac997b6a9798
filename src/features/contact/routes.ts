import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Services } from '../../services.js'
import { requireUser } from '../access/guards.js'
import { slugPattern } from '../catalogue/routes.js'
import { parseForm, type FormError } from '../../web/forms.js'
import { RELAY_LIMIT } from './service.js'

type SlugParams = { Params: { slug: string }; Querystring: { sent?: string } }

const MAX_LENGTH = 3000

const messageForm = z.object({
  message: z
    .string({ message: 'Enter your message' })
    .min(20, { message: 'Your message must be 20 characters or more' })
    .max(MAX_LENGTH, { message: `Your message must be ${MAX_LENGTH} characters or fewer` }),
})

/** "Contact the practice lead": a message relayed through the service (signed-in people). */
export default async function contactRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const contact = services.contact

  async function render(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    errors: FormError[] = [],
    status = 200,
  ): Promise<FastifyReply> {
    const target = slugPattern.test(request.params.slug)
      ? await contact.target(request.params.slug, request.viewer)
      : null
    if (!target) return reply.code(404).view('errors/not-found.njk')
    const message = errors.length ? (request.body as { message?: unknown } | undefined)?.message : ''
    return reply.code(status).view('contact/views/contact.njk', {
      pageTitle: request.query.sent === '1' && !errors.length ? 'Message sent' : 'Contact the practice lead',
      activeNav: 'practices',
      practice: target,
      sent: request.query.sent === '1' && !errors.length,
      message: typeof message === 'string' ? message : '',
      errors,
      maxLength: MAX_LENGTH,
      limit: RELAY_LIMIT,
    })
  }

  app.get<SlugParams>('/practices/:slug/contact', async (request, reply) => {
    if (!requireUser(request, reply)) return reply
    return render(request, reply)
  })

  app.post<SlugParams>('/practices/:slug/contact', async (request, reply) => {
    const user = requireUser(request, reply)
    if (!user) return reply
    if (!slugPattern.test(request.params.slug)) return reply.code(404).view('errors/not-found.njk')
    const form = parseForm(messageForm, request.body)
    if (!form.ok) return render(request, reply, form.errors, 400)
    const result = await contact.send(user, request.viewer, request.params.slug, form.values.message, request.ip)
    if (result === 'no-lead') return reply.code(404).view('errors/not-found.njk')
    if (result === 'limited')
      return render(
        request,
        reply,
        [
          {
            fieldId: 'message',
            href: '#message',
            text: `You have sent ${RELAY_LIMIT} messages in the last hour, which is the most we allow: try again later`,
          },
        ],
        429,
      )
    return reply.redirect(`/practices/${request.params.slug}/contact?sent=1`, 303)
  })
}
