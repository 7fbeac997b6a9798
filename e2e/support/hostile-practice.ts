import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { organisations, practices } from '../../src/db/schema/index.js'
import { hostilePayloads } from '../../test/support/hostile-input.js'

/** Takes a payload from the shared corpus, so the sample cannot drift away from it. */
function fromCorpus(payload: string): string {
  if (!hostilePayloads.includes(payload)) throw new Error(`not in the hostile input corpus: ${payload}`)
  return payload
}

/** The word to search for: only this practice has it. */
export const hostileSearchWord = 'Kingfisher'

/**
 * A published public practice whose free-text fields carry a sample of the hostile input corpus, one
 * or two payloads a field, each after a few plain words. Every value must come back as typed.
 */
export const hostilePractice = {
  slug: 'kingfisher-river-patrols-hostile-input',
  reference: 'PB-2026-0951',
  title: `${hostileSearchWord} river patrols ${fromCorpus('<script>alert(1)</script>')}`,
  summary: `Volunteers walk the river path at night ${fromCorpus('{{ 7*7 }}')} ${fromCorpus('<img src=x onerror=alert(9)>')}`,
  problem: `People came to harm by the river ${fromCorpus('<svg onload=alert(25)>')}`,
  aims: `Fewer people hurt by the water ${fromCorpus('<a href="javascript:alert(19)">link</a>')}`,
  approach: `Patrols with the lifeboat crew ${fromCorpus('"><script>alert(4)</script>')} ${fromCorpus('{{7*7}}')}`,
  partners: `The lifeboat station ${fromCorpus('<iframe src="javascript:alert(30)"></iframe>')}`,
  resources: `Two vans and a radio ${fromCorpus('<svg><script>alert(26)</script></svg>')}`,
  implementationChallenges: `Finding volunteers ${fromCorpus('<details open ontoggle=alert(14)>')}`,
  lessonsLearned: `Start small ${fromCorpus('{% set x = 7*7 %}{{ x }}')} ${fromCorpus('<a href="JaVaScRiPt:alert(20)">link</a>')}`,
  sustainability: `Funded for three years ${fromCorpus('<math><mtext><img src=x onerror=alert(29)></mtext></math>')}`,
  links: `See the annual report ${fromCorpus('javascript:alert(23)')}`,
  evaluationMethod: `Counts of call-outs ${fromCorpus('" autofocus onfocus="alert(37)" x="')}`,
  evaluationResults: `Fewer call-outs ${fromCorpus('<style>body{display:none}</style>')} ${fromCorpus('${7*7}')}`,
  otherOrganisations: `The river trust ${fromCorpus('<object data="javascript:alert(32)"></object>')}`,
  contactName: `River Team ${fromCorpus('<input autofocus onfocus=alert(13)>')}`,
  contactRole: `Coordinator ${fromCorpus('<meta http-equiv="refresh" content="0;url=javascript:alert(34)">')}`,
  contactPhone: `01632 960001 ${fromCorpus('<base href="https://evil.example/">')}`,
} as const

/** The fields above that the practice page shows, each exactly as typed. */
export const hostileFieldsShown = Object.entries(hostilePractice)
  .filter(([field]) => field !== 'slug' && field !== 'reference')
  .map(([, value]) => value)

export async function insertHostilePractice(db: Db): Promise<void> {
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, 'cumbria'))
  if (!organisation) throw new Error('no organisation cumbria')
  const publishedAt = new Date(Date.now() - 20 * 86_400_000)
  await db.insert(practices).values({
    ...hostilePractice,
    organisationId: organisation.id,
    contactEmail: 'kingfisher.patrols@example.police.uk',
    consentShowContact: true,
    status: 'published',
    visibility: 'public',
    consentPublication: 'public',
    submittedAt: publishedAt,
    publishedAt,
    contentUpdatedAt: publishedAt,
  })
}
