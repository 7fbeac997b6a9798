import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { assetsDir, loadAssetManifest } from '../web/assets.js'

/** Built assets have content hashes in their names, so they can be cached for a year. */
export default fp(
  async function staticAssets(app: FastifyInstance) {
    const favicon = loadAssetManifest()['favicon.svg']
    await app.register(fastifyStatic, {
      root: assetsDir,
      prefix: '/assets/',
      index: false,
      maxAge: '365d',
      immutable: true,
      allowedPath: (pathName) => path.basename(pathName) !== 'manifest.json',
    })
    app.get('/favicon.ico', async (_request, reply) => reply.redirect(favicon ?? '/assets/', 301))
  },
  { name: 'static-assets' },
)
