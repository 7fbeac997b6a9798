import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'

/**
 * The catalogue's generation: a number that every change to what the catalogue reads moves on, kept by
 * triggers (migration 0031). Read afresh for every request that may reuse a remembered answer.
 */
export async function readCatalogueGeneration(db: Db): Promise<string> {
  const [row] = await queryRows<{ generation: string }>(
    db,
    sql`select generation::text as generation from catalogue_generation`,
  )
  // no row only if someone deleted it by hand: then nothing can be reused
  return row?.generation ?? `missing-${Date.now()}-${Math.random()}`
}
