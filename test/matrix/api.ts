import { sql } from 'drizzle-orm'
import { queryRows } from '../../src/db/client.js'
import { signedInOnly, type MatrixSection } from './types.js'

/**
 * The API and its tokens (src/features/api, src/features/api-tokens): the API reads what each person may
 * read, so every route answers everyone; tokens are each person's own. An empty form is refused, and
 * revoking a token that is not yours (or not there) is a 404.
 */
export const apiMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/api', url: '/api', expect: 200 },
    { method: 'GET', route: '/api/openapi.json', url: '/api/openapi.json', expect: 200 },
    { method: 'GET', route: '/api/v1/calls', url: '/api/v1/calls', expect: 200 },
    { method: 'GET', route: '/api/v1/calls/:slug', url: '/api/v1/calls/{API_CALL}', expect: 200 },
    { method: 'GET', route: '/api/v1/organisations', url: '/api/v1/organisations', expect: 200 },
    { method: 'GET', route: '/api/v1/taxonomies', url: '/api/v1/taxonomies', expect: 200 },
    { method: 'GET', route: '/api/v1/toolkit-entries', url: '/api/v1/toolkit-entries', expect: 200 },
    {
      method: 'GET',
      route: '/api/v1/toolkit-entries/:slug',
      url: '/api/v1/toolkit-entries/{API_TOOLKIT}',
      expect: 200,
    },
    { method: 'GET', route: '/account/api-tokens', url: '/account/api-tokens', expect: signedInOnly(200) },
    { method: 'POST', route: '/account/api-tokens', url: '/account/api-tokens', expect: signedInOnly(400) },
    {
      method: 'POST',
      route: '/account/api-tokens/:id/revoke',
      url: '/account/api-tokens/2147483647/revoke',
      expect: signedInOnly(404),
    },
  ],
  async fixtures(db) {
    const [call] = await queryRows<{ slug: string }>(db, sql`select slug from calls order by id limit 1`)
    const [entry] = await queryRows<{ slug: string }>(db, sql`select slug from toolkit_entries order by id limit 1`)
    return { API_CALL: call?.slug ?? 'none', API_TOOLKIT: entry?.slug ?? 'none' }
  },
}
