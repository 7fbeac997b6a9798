import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'

export interface PossibleDuplicate {
  id: number
  reference: string | null
  slug: string
  title: string
  status: string
  /** how alike: trigram similarity of titles (0–1), or the full-text rank */
  score: number
}

const columns = sql`p.id, p.reference, p.slug, p.title, p.status`

/** Below this rank, practice shares no more than a word or two in passing with this one. */
const minimumRank = 0.1

/** Other practice (not drafts) whose titles share most of their letter triples with this title. */
export async function findSimilarTitles(db: Db, practiceId: number, title: string, limit = 5) {
  return queryRows<PossibleDuplicate>(
    db,
    sql`select ${columns}, similarity(p.title, ${title})::float as score
        from practices p
        where p.id <> ${practiceId} and p.status <> 'draft' and similarity(p.title, ${title}) > 0.3
        order by score desc, p.id limit ${limit}`,
  )
}

/**
 * Other practice whose text matches the words of this one's title and summary: the words are OR-ed into
 * one query and each candidate ranked against it, so the more words in common, the higher it ranks.
 */
export async function findSimilarText(db: Db, practiceId: number, text: string, limit = 5) {
  const query = sql`nullif(replace(plainto_tsquery('english', ${text})::text, '&', '|'), '')::tsquery`
  return queryRows<PossibleDuplicate>(
    db,
    sql`select ${columns}, ts_rank(p.search, q.query)::float as score
        from practices p, (select ${query} as query) q
        where q.query is not null and p.id <> ${practiceId} and p.status <> 'draft' and p.search @@ q.query
          and ts_rank(p.search, q.query) >= ${minimumRank}
        order by score desc, p.id limit ${limit}`,
  )
}
