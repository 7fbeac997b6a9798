import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import type { VisibilityRule } from '../access/visibility.js'
import { visiblePractice } from '../access/visible-practice.js'
import { textArray } from './repository.js'

// The search's vocabulary: the synonym list and spelling corrections from the word list (search_words, kept by
// triggers of migration 0009). The search statement itself is in repository.ts.

/**
 * How alike (pg_trgm similarity) a correction must be to the word typed, and how close in length: within 3
 * letters for a word no practice has, within 1 for a rare word ("harbor" → "harbour", not "clinicians" →
 * "clinical").
 */
const CORRECTION_SIMILARITY = 0.4
const CORRECTION_LENGTH_DIFFERENCE = 3
/** A known word is corrected only towards a word this many times as common; words this common are left alone. */
const CORRECTION_MORE_COMMON = 3
const CORRECTION_COUNT_CAP = 50

/** Every synonym group, each a list of terms that mean the same. */
export async function findSynonymGroups(db: Db): Promise<string[][]> {
  const rows = await queryRows<{ terms: string[] }>(db, sql`select terms from search_synonym_groups order by id`)
  return rows.map((r) => r.terms)
}

/**
 * For each word, a better-known word of the word list to suggest instead: the closest by trigram
 * similarity (then the most used) among words used by at least CORRECTION_MORE_COMMON times as many
 * practices. A word no visible practice contains in any form ("victims" is known where "victim" is) takes
 * any close word, and first a word that is the same but for two neighbouring letters swapped ("vitcims" →
 * "victims", "absue" → "abuse": the commonest slip in typing, and one that trigram similarity scores low,
 * because a swap changes three of a short word's trigrams). Only words of practice whose visibility the rule
 * allows count, so a correction never reveals a word found only in practice hidden from this viewer (nor one
 * only in their own internal practice).
 */
export async function findSpellingCorrections(
  db: Db,
  words: string[],
  rule: VisibilityRule,
): Promise<Map<string, string>> {
  if (words.length === 0) return new Map()
  const visibilities = textArray(rule.visibilities)
  const rows = await queryRows<{ word: string; correction: string | null }>(
    db,
    sql`with asked as (
          select a.word, (
            select count(*) from (
              select 1 from practices p where ${visiblePractice(rule)} and p.search @@ plainto_tsquery('english', a.word)
              limit ${CORRECTION_COUNT_CAP}
            ) known
          ) as uses,
          -- the word with each pair of neighbouring letters swapped
          array(
            select left(a.word, i - 1) || substr(a.word, i + 1, 1) || substr(a.word, i, 1) || substr(a.word, i + 2)
            from generate_series(1, length(a.word) - 1) as i
            where substr(a.word, i, 1) <> substr(a.word, i + 1, 1)
          ) as swapped
          from unnest(${textArray(words)}) as a(word)
          -- stop words ("the", "and") are never searched for, so never corrected
          where numnode(plainto_tsquery('english', a.word)) > 0
        )
        select asked.word, (
          select s.word from search_words s
          where s.visibility = any(${visibilities}) and (
            (s.word % asked.word
              and similarity(s.word, asked.word) >= ${sql.raw(String(CORRECTION_SIMILARITY))}
              and abs(length(s.word) - length(asked.word)) <= case when asked.uses = 0
                then ${sql.raw(String(CORRECTION_LENGTH_DIFFERENCE))} else 1 end)
            or (asked.uses = 0 and s.word = any(asked.swapped)))
          group by s.word
          having sum(s.practices) >= ${sql.raw(String(CORRECTION_MORE_COMMON))} * asked.uses
          order by s.word = any(asked.swapped) desc, similarity(s.word, asked.word) desc, sum(s.practices) desc, s.word
          limit 1
        ) as correction
        from asked
        where asked.uses < ${CORRECTION_COUNT_CAP}`,
  )
  return new Map(
    rows.flatMap((r) => (r.correction && r.correction !== r.word ? [[r.word, r.correction] as const] : [])),
  )
}
