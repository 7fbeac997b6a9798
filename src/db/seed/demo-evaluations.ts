import { and, eq, inArray } from 'drizzle-orm'
import { slugify } from '../../features/catalogue/slug.js'
import type { Db } from '../client.js'
import { evaluationRequests, evaluations, practices, users } from '../schema/index.js'

// Demo evaluation brokerage: a few demo practices whose (made-up) contributors agreed to be introduced
// to researchers, the demo academic's request waiting for a decision, one accepted introduction with
// an evaluation under way and one that has reported. Every name and address is fictional.

const DEMO_ACADEMIC = 'academic@demo.example.ac.uk'

const openToResearch: { title: string; contactName: string; contactRole: string; contactEmail: string }[] = [
  {
    title: 'Intensive case management for high-harm domestic abuse perpetrators',
    contactName: 'Morgan Demo',
    contactRole: 'Detective Inspector, perpetrator programmes',
    contactEmail: 'perpetrator.programme@demo.example.org',
  },
  {
    title: 'Youth workers in emergency departments diverting young people from violence',
    contactName: 'Jordan Demo',
    contactRole: 'Violence reduction lead',
    contactEmail: 'hospital.youth.work@demo.example.org',
  },
  {
    title: 'Exploitation referral pathway for pupils excluded from school',
    contactName: 'Riley Demo',
    contactRole: 'Child exploitation coordinator',
    contactEmail: 'exclusion.pathway@demo.example.org',
  },
  {
    title: 'Rural domestic abuse victims setting their own contact plans',
    contactName: 'Taylor Demo',
    contactRole: 'Rural crime sergeant',
    contactEmail: 'rural.contact.plans@demo.example.org',
  },
]

const proposals = {
  reported: {
    institution: 'Demo University, Centre for Policing Research',
    method:
      'A quasi-experimental comparison of reoffending by perpetrators on the programme with a matched group from the year before it began, with interviews of case managers.',
    timescale: '18 months',
    fundingStatus: 'funded' as const,
    ethicsRoute: 'The university research ethics committee, and the force research board',
  },
  underWay: {
    institution: 'Demo University, School of Social Sciences',
    method:
      'A process evaluation: observation in two emergency departments, interviews with young people and staff, and referral figures over a year.',
    timescale: '12 months',
    fundingStatus: 'funded' as const,
    ethicsRoute: 'The university ethics committee and NHS research approval',
  },
  waiting: {
    institution: 'Demo University, Department of Education',
    method:
      'Tracking referrals of excluded pupils for two school years, with a comparison of schools that joined the pathway late.',
    timescale: 'Two school years',
    fundingStatus: 'applying' as const,
    ethicsRoute: 'The university research ethics committee',
  },
}

const REPORTED_FINDINGS =
  'Over the 12 months after referral, perpetrators on the programme were reported for domestic abuse about a third less often than the matched comparison group. Case managers said joint visits with the independent domestic violence adviser made the difference. The comparison group is small, so the report recommends a larger trial across two forces.'

/** Adds the demo brokerage once; run again, it finds the records there and adds nothing. Returns how many evaluations it added. */
export async function insertDemoEvaluations(db: Db): Promise<number> {
  const slugs = openToResearch.map((p) => slugify(p.title))
  const rows = await db
    .select({ id: practices.id, slug: practices.slug })
    .from(practices)
    .where(and(inArray(practices.slug, slugs), eq(practices.isDemo, true)))
  const idOf = (title: string) => rows.find((r) => r.slug === slugify(title))?.id
  const [reportedId, underWayId, waitingId] = openToResearch.map((p) => idOf(p.title))
  if (!reportedId || !underWayId || !waitingId) return 0
  const existing = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(eq(evaluations.practiceId, reportedId))
  if (existing.length) return 0
  const [academic] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.email, DEMO_ACADEMIC))
  const academicUserId = academic?.id ?? null
  const evaluatorName = academic?.name ?? 'Alex Academic'
  return db.transaction(async (tx) => {
    for (const p of openToResearch) {
      const id = idOf(p.title)
      if (!id) continue
      const { title: _title, ...contact } = p
      await tx
        .update(practices)
        .set({ consentResearch: true, consentShowContact: false, ...contact })
        .where(eq(practices.id, id))
    }
    const decidedAt = new Date(Date.now() - 400 * 86_400_000)
    const [reportedRequest] = await tx
      .insert(evaluationRequests)
      .values({
        practiceId: reportedId,
        academicUserId,
        ...proposals.reported,
        status: 'accepted',
        decisionNote: 'A strong design: the force has agreed to share reoffending data.',
        decidedAt,
        createdAt: new Date(decidedAt.getTime() - 14 * 86_400_000),
      })
      .returning({ id: evaluationRequests.id })
    const [underWayRequest] = await tx
      .insert(evaluationRequests)
      .values({
        practiceId: underWayId,
        academicUserId,
        ...proposals.underWay,
        status: 'accepted',
        decisionNote: 'Both hospitals have agreed to take part.',
        decidedAt: new Date(Date.now() - 120 * 86_400_000),
        createdAt: new Date(Date.now() - 130 * 86_400_000),
      })
      .returning({ id: evaluationRequests.id })
    await tx.insert(evaluationRequests).values({ practiceId: waitingId, academicUserId, ...proposals.waiting })
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)
    await tx.insert(evaluations).values([
      {
        practiceId: reportedId,
        requestId: reportedRequest?.id ?? null,
        status: 'reported',
        evaluatorUserId: academicUserId,
        evaluatorName,
        institution: proposals.reported.institution,
        method: proposals.reported.method,
        startedOn: day(380),
        endedOn: day(30),
        reportUrl: 'https://demo.example.ac.uk/reports/high-harm-perpetrator-case-management.pdf',
        findings: REPORTED_FINDINGS,
        reportedAt: new Date(Date.now() - 30 * 86_400_000),
      },
      {
        practiceId: underWayId,
        requestId: underWayRequest?.id ?? null,
        status: 'under_way',
        evaluatorUserId: academicUserId,
        evaluatorName,
        institution: proposals.underWay.institution,
        method: proposals.underWay.method,
        startedOn: day(90),
      },
    ])
    return 2
  })
}
