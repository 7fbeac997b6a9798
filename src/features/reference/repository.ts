import { asc } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { calls, organisations, taxonomyTerms } from '../../db/schema/index.js'
import type { CallRef, OrganisationRef, Term } from './types.js'

export async function findAllTerms(db: Db): Promise<Term[]> {
  return db
    .select({
      id: taxonomyTerms.id,
      taxonomy: taxonomyTerms.taxonomy,
      key: taxonomyTerms.key,
      label: taxonomyTerms.label,
      position: taxonomyTerms.position,
    })
    .from(taxonomyTerms)
    .orderBy(asc(taxonomyTerms.taxonomy), asc(taxonomyTerms.position))
}

export async function findAllOrganisations(db: Db): Promise<OrganisationRef[]> {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      kind: organisations.kind,
      region: organisations.region,
    })
    .from(organisations)
    .orderBy(asc(organisations.name))
}

export async function findAllCalls(db: Db): Promise<CallRef[]> {
  return db
    .select({
      id: calls.id,
      slug: calls.slug,
      title: calls.title,
      year: calls.year,
      opensOn: calls.opensOn,
      closesOn: calls.closesOn,
      questions: calls.questions,
      graceDays: calls.graceDays,
      questionHistory: calls.questionHistory,
    })
    .from(calls)
    .orderBy(asc(calls.opensOn))
}
