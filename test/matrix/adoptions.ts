import { organisations, adoptions } from '../../src/db/schema/index.js'
import { eq } from 'drizzle-orm'
import { aPractice } from '../support/factories.js'
import type { MatrixSection } from './types.js'

// The practice comes from Kent. The police member and the force lead belong to Merseyside (both on a
// police domain), so both may speak for Merseyside; nobody else here is a police member.
const forceMembers = (status: number) => ({
  anonymous: 'sign-in' as const,
  police: status,
  forceLead: status,
  rest: 403,
})

/** The practice map (src/features/map) and spread of practice (src/features/adoptions). */
export const adoptionMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/map', url: '/map', expect: 200 },
    { method: 'GET', route: '/map/coverage', url: '/map/coverage', expect: 200 },
    {
      method: 'GET',
      route: '/practices/:slug/adoption',
      url: '/practices/{ADOPTED_PRACTICE}/adoption',
      expect: forceMembers(200),
    },
    // An empty form: the page again with "Select what your force did with this practice".
    {
      method: 'POST',
      route: '/practices/:slug/adoption',
      url: '/practices/{ADOPTED_PRACTICE}/adoption',
      expect: forceMembers(400),
    },
    {
      method: 'GET',
      route: '/practices/:slug/adoptions/:id/remove',
      url: '/practices/{ADOPTED_PRACTICE}/adoptions/{ADOPTION}/remove',
      expect: { anonymous: 'sign-in', reviewer: 200, admin: 200, rest: 403 },
    },
    // No reason given: the page again with "Enter why you are removing this record"; nothing removed.
    {
      method: 'POST',
      route: '/practices/:slug/adoptions/:id/remove',
      url: '/practices/{ADOPTED_PRACTICE}/adoptions/{ADOPTION}/remove',
      expect: { anonymous: 'sign-in', reviewer: 400, admin: 400, rest: 403 },
    },
  ],
  async fixtures(db) {
    const practice = await aPractice(db, { title: 'Adopted practice', organisation: 'kent' })
    const [essex] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'essex'))
    const [adoption] = await db
      .insert(adoptions)
      .values({ practiceId: practice.id, organisationId: essex?.id ?? 0, kind: 'adopted', startedOn: '2025-01-01' })
      .returning()
    return { ADOPTED_PRACTICE: practice.slug, ADOPTION: String(adoption?.id) }
  },
}
