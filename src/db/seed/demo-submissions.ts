// Demo submissions waiting for review, so that on a first start the review queue and the demo
// contributor's "My submissions" are not empty. Every word below is FICTIONAL, written for this
// project; no real scheme or person is described.
import { eq, inArray } from 'drizzle-orm'
import { slugify } from '../../features/catalogue/slug.js'
import { nextReferenceNumber } from '../../features/submissions/repository.js'
import { formatReference } from '../../features/submissions/submit-service.js'
import type { Db } from '../client.js'
import { organisations, practiceEvents, practices, taxonomyTerms, users } from '../schema/index.js'

interface DemoSubmission {
  title: string
  organisation: string
  status: 'submitted' | 'in_review' | 'changes_requested'
  daysAgo: number
  summary: string
  problem: string
  approach: string
  topics: string[]
  purposes: string[]
  /** for changes requested: what the reviewer asked */
  changesComments?: string
}

const demoSubmissions: DemoSubmission[] = [
  {
    title: 'A quiet word at the front counter for people who cannot speak freely',
    organisation: 'cheshire',
    status: 'changes_requested',
    daysAgo: 9,
    summary:
      'Front counter staff learn a short, neutral question and a code card that lets someone who has come in with a controlling partner ask for a private room without saying why.',
    problem:
      'People living with coercive control sometimes reach a police station only in the company of the person controlling them, and leave without having said anything.',
    approach:
      'Staff at three stations were trained for an hour; laminated code cards sit beside the visitor book; a private room is kept free during opening hours.',
    topics: ['domestic-abuse'],
    purposes: ['prevention'],
    changesComments:
      'Thank you, this is clear. Could you say how many people used the card in the first six months, and what happened next for them? Even rough numbers help other forces judge it.',
  },
  {
    title: 'Welfare calls for older people reported missing from care homes at night',
    organisation: 'lancashire',
    status: 'in_review',
    daysAgo: 16,
    summary:
      'When an older resident is reported missing at night, a named officer calls the care home the next morning to agree what would keep that person safer, and shares it with the home and the family.',
    problem: 'The same few residents were reported missing again and again, and each search started from nothing.',
    approach:
      'A short next-morning call, a one-page plan kept with the home, and a monthly review of repeat reports with the local authority.',
    topics: ['missing-people'],
    purposes: ['prevention'],
  },
  {
    title: 'Peer mentors for young people after their first arrest for carrying a knife',
    organisation: 'west-yorkshire',
    status: 'submitted',
    daysAgo: 4,
    summary:
      'Young people arrested for the first time for carrying a knife are offered a mentor aged 18 to 25 who grew up nearby, for twelve weeks.',
    problem:
      'Young people told youth workers that officers and professionals did not understand why they carried knives, so they did not listen to them.',
    approach:
      'Custody staff offer the scheme at the point of release; a youth charity recruits, trains and supervises the mentors; mentors meet each young person weekly.',
    topics: ['serious-violence'],
    purposes: ['diversion'],
  },
]

/** Adds the demo submissions once (by slug), from the demo contributor when there is one; returns how many were added. */
export async function insertDemoSubmissions(db: Db, contributorEmail?: string): Promise<number> {
  const slugs = demoSubmissions.map((d) => `draft-demo-${slugify(d.title)}`)
  const existing = await db.select({ slug: practices.slug }).from(practices).where(inArray(practices.slug, slugs))
  if (existing.length > 0) return 0
  const terms = await db.select().from(taxonomyTerms)
  const orgs = await db.select({ id: organisations.id, code: organisations.code }).from(organisations)
  const [contributor] = contributorEmail
    ? await db.select({ id: users.id }).from(users).where(eq(users.email, contributorEmail))
    : []
  const termIds = (taxonomy: string, keys: string[]) =>
    keys.map((key) => {
      const term = terms.find((t) => t.taxonomy === taxonomy && t.key === key)
      if (!term) throw new Error(`demo submissions name an unknown ${taxonomy}: ${key}`)
      return term.id
    })
  let added = 0
  for (const [index, demo] of demoSubmissions.entries()) {
    const organisationId = orgs.find((o) => o.code === demo.organisation)?.id
    if (!organisationId) throw new Error(`demo submissions name an unknown organisation: ${demo.organisation}`)
    const submittedAt = new Date(Date.now() - demo.daysAgo * 86_400_000)
    const year = submittedAt.getUTCFullYear()
    const reference = formatReference(year, await nextReferenceNumber(db, year))
    const [row] = await db
      .insert(practices)
      .values({
        slug: slugs[index] ?? '',
        reference,
        title: demo.title,
        summary: demo.summary,
        problem: demo.problem,
        approach: demo.approach,
        topicIds: termIds('topic', demo.topics),
        purposeIds: termIds('purpose', demo.purposes),
        organisationId,
        // the demo contributor's own organisation is Cheshire: only their submission is theirs
        submittedByUserId: demo.organisation === 'cheshire' ? (contributor?.id ?? null) : null,
        status: demo.status,
        visibility: 'internal',
        consentPublication: 'public',
        consentShowContact: false,
        privacyNoticeRead: true,
        isDemo: true,
        createdAt: submittedAt,
        updatedAt: submittedAt,
        submittedAt,
      })
      .returning({ id: practices.id })
    if (!row) continue
    added += 1
    await db.insert(practiceEvents).values({ practiceId: row.id, kind: 'submitted', createdAt: submittedAt })
    if (demo.changesComments) {
      await db.insert(practiceEvents).values({
        practiceId: row.id,
        kind: 'changes-requested',
        body: demo.changesComments,
        createdAt: new Date(submittedAt.getTime() + 3 * 86_400_000),
      })
    }
  }
  return added
}
