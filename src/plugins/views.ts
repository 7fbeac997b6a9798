import { sanitiseGuidance } from '../features/calls/guidance.js'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import view from '@fastify/view'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import nunjucks from 'nunjucks'
import { loadAssetManifest } from '../web/assets.js'
import { formatDate, formatDateTime, formatNumber, pluralise } from '../web/format.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** Nunjucks with GOV.UK Frontend and MoJ Frontend macros; views live beside their feature. */
export default fp(
  async function views(app: FastifyInstance) {
    const manifest = loadAssetManifest()
    await app.register(view, {
      engine: { nunjucks },
      templates: [
        path.join(root, 'src/features'),
        path.join(root, 'src/web'),
        path.join(root, 'node_modules/govuk-frontend/dist'),
        path.join(root, 'node_modules/@ministryofjustice/frontend'),
      ],
      options: {
        autoescape: true,
        onConfigure(env: nunjucks.Environment) {
          env.addGlobal('serviceName', 'Practice Bank')
          env.addGlobal('asset', (name: string) => {
            const url = manifest[name]
            if (!url) throw new Error(`Unknown asset ${name}`)
            return url
          })
          env.addFilter('formatDate', formatDate)
          env.addFilter('sanitiseGuidance', sanitiseGuidance)
          env.addFilter('formatNumber', formatNumber)
          env.addFilter('pluralise', pluralise)
          env.addFilter('formatDateTime', formatDateTime)
          // The MoJ timeline formats its dates with this filter; ours keeps London time and GOV.UK wording.
          env.addFilter('mojDate', (value: string, type?: string) =>
            type === 'date' ? formatDate(value) : formatDateTime(value),
          )
        },
      },
    })
  },
  { name: 'views' },
)
