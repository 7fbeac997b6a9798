import { and, eq } from 'drizzle-orm'
import { slugify } from '../../features/catalogue/slug.js'
import type { Db } from '../client.js'
import {
  assessments,
  practices,
  theoriesOfChange,
  theoryOfChangeVersions,
  users,
  type CriterionScore,
  type TheoryOfChangeContent,
} from '../schema/index.js'

// Demo data: a theory of change on one demo practice, shown on its page, and that practice put on the
// rubric's shortlist so a fresh start has a shortlisted example at the top of /evaluation. The practice,
// its contributor and every figure below are made up for the demo.

const DEMO_REVIEWER = 'reviewer@demo.police.uk'

export const DEMO_THEORY_OF_CHANGE_PRACTICE = 'Rural domestic abuse victims setting their own contact plans'

export const demoTheoryOfChange: TheoryOfChangeContent = {
  problem:
    'Victims of domestic abuse living in isolated villages often stop answering calls from the police after reporting, because officers phone at times and in ways that are not safe for them, and cases are closed without support.',
  inputs: [
    'A rural crime sergeant and two officers trained in safe contact',
    'Time from the independent domestic violence adviser service',
    'A shared contact-plan form in the case system',
  ],
  activities: [
    'At the first visit, the victim chooses when, how and by whom they may be contacted',
    'Officers and advisers follow the plan for every contact and record each attempt',
    'The plan is reviewed with the victim after four weeks',
  ],
  outputs: [
    'A contact plan agreed with every rural victim of high or medium risk',
    'Contacts made in the way the victim chose',
  ],
  outcomes: {
    short: [
      {
        outcome: 'Victims stay in touch with the police and advisers after reporting',
        measure: 'Share of victims answering at least one planned contact in the first month',
        dataSource: 'Contact attempts recorded in the case system',
        baseline: 'yes',
      },
    ],
    medium: [
      {
        outcome: 'Fewer victims withdraw their support for a prosecution',
        measure: 'Share of cases closed because the victim withdrew',
        dataSource: 'Case outcomes from the crime recording system',
        baseline: 'yes',
      },
    ],
    long: [
      {
        outcome: 'Less repeat domestic abuse against the same victims',
        measure: 'Repeat reports within 12 months of the first',
        dataSource: 'Crime recording system, matched on the victim',
        baseline: 'not-sure',
      },
    ],
  },
  impact: 'Rural victims of domestic abuse are as safe, and as well supported, as victims living in towns.',
  assumptions: [
    'Victims can say safely, at the first visit, how they want to be contacted',
    'Officers have time in their shifts to keep to the plans',
  ],
  risks: ['An abuser finds the contact plan', 'Plans are not kept when officers move to other teams'],
  readiness: {
    comparisonGroup: 'yes',
    casesPerYear: 140,
    dataSharing: 'not-sure',
    monthsRunning: 18,
    leadershipSupport: 'yes',
  },
}

/** The demo reviewer's completed assessment against the rubric: high scoring, so it can be shortlisted. */
const demoAssessment: Record<string, CriterionScore> = {
  'can-be-evaluated': {
    score: 5,
    rationale: 'Every outcome has a measure and a data source, and there are figures from before the plans began.',
  },
  'usefulness-and-scalability': {
    score: 4,
    rationale: 'Any rural force could use the plan form; it needs training time rather than new money.',
  },
  innovation: { score: 4, rationale: 'Letting the victim set the terms of contact is rare in rural policing.' },
  'harm-addressed': { score: 5, rationale: 'It is aimed at high and medium risk victims who are hardest to reach.' },
  'threat-addressed': {
    score: 4,
    rationale: 'It keeps victims in touch while the abuser is still a risk, when cases most often fall away.',
  },
}

/**
 * Adds the demo theory of change (one saved version, shown on the practice page) and shortlists its
 * practice, once; run again, it finds the theory of change there and adds nothing. Returns 1 when added.
 */
export async function insertDemoTheoryOfChange(db: Db): Promise<number> {
  const [practice] = await db
    .select({ id: practices.id })
    .from(practices)
    .where(and(eq(practices.slug, slugify(DEMO_THEORY_OF_CHANGE_PRACTICE)), eq(practices.isDemo, true)))
  if (!practice) return 0
  return db.transaction(async (tx) => {
    const [added] = await tx
      .insert(theoriesOfChange)
      .values({ practiceId: practice.id, latestVersion: 1, showOnPracticePage: true })
      .onConflictDoNothing()
      .returning({ practiceId: theoriesOfChange.practiceId })
    if (!added) return 0
    await tx
      .insert(theoryOfChangeVersions)
      .values({ practiceId: practice.id, versionNumber: 1, content: demoTheoryOfChange, savedPage: 'readiness' })
    // Shortlisted as the rubric would have it: a completed assessment that scores highly, then the flag.
    const [reviewer] = await tx.select({ id: users.id }).from(users).where(eq(users.email, DEMO_REVIEWER))
    await tx
      .insert(assessments)
      .values({
        practiceId: practice.id,
        reviewerUserId: reviewer?.id ?? null,
        scores: demoAssessment,
        completedAt: new Date(Date.now() - 60 * 86_400_000),
      })
      .onConflictDoNothing()
    await tx.update(practices).set({ shortlisted: true }).where(eq(practices.id, practice.id))
    return 1
  })
}
