import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { toolkitEntries } from '../schema/index.js'

/**
 * Sample What Works Toolkit interventions, written in our own words so reviewers can try linking
 * before the real Toolkit is imported. Each is marked as a sample (is_sample) and says so in its title.
 * The descriptions are illustrative, not summaries of any published review.
 */
export const toolkitSamples = [
  {
    slug: 'sample-focused-deterrence',
    title: 'Sample: focused deterrence for groups involved in violence',
    summary:
      'Police and partners meet the small number of people driving local violence, tell them plainly what will happen if it continues, and offer real routes out such as jobs, housing and mentoring.',
    effect: 'In this sample, violence among the groups reached fell, with no sign it moved elsewhere.',
    overallEffect: 'reduces-crime',
    evidenceStrength: 3,
    problem: 'Serious violence by groups and gangs',
    population: 'People in groups involved in violence, usually young adult men',
    effectStrength: 3,
    mechanismStrength: 2,
    moderatorsStrength: 2,
    implementationStrength: 2,
    economicCostStrength: 1,
    mechanism:
      'People weigh a clear, credible and immediate consequence against a genuine alternative; group members also pressure each other to stop.',
    moderators: 'Works best where the message is delivered consistently by every agency and the offer of help is kept.',
    implementation:
      'Needs sustained leadership, a shared list of people in scope, outreach workers with local credibility and follow-through on both the warnings and the support.',
    economicCost: 'Moderate: mostly staff time across agencies, plus the cost of the support offered.',
  },
  {
    slug: 'sample-hot-spots-policing',
    title: 'Sample: patrols focused on small crime hot spots',
    summary:
      'Officers spend short, unpredictable spells of time at the few streets or places where most incidents happen, instead of spreading patrols evenly.',
    effect: 'In this sample, recorded incidents at the chosen places went down, and nearby streets often improved too.',
    overallEffect: 'reduces-crime',
    evidenceStrength: 3,
    problem: 'Crime and disorder concentrated in a few places',
    population: 'Residents and visitors of the streets chosen',
    effectStrength: 3,
    mechanismStrength: 2,
    moderatorsStrength: 2,
    implementationStrength: 3,
    economicCostStrength: 2,
    mechanism: 'A visible presence raises the perceived risk of being caught at the times and places that matter most.',
    moderators: 'Depends on accurate, up-to-date mapping of where and when harm happens.',
    implementation:
      'Needs analysts to pick the places, a way to direct patrols there and checks that the time is spent.',
    economicCost: 'Low: it redirects existing patrol time rather than adding to it.',
  },
  {
    slug: 'sample-restorative-justice-conferencing',
    title: 'Sample: restorative justice conferences',
    summary:
      'A trained facilitator brings together the person harmed and the person responsible, with supporters, to talk about what happened and agree how to repair it.',
    effect: 'In this sample, victims taking part reported more satisfaction and less fear, and some reoffending fell.',
    overallEffect: 'reduces-crime',
    evidenceStrength: 2,
    problem: 'Reoffending and the harm felt by victims',
    population: 'People harmed by crime and the people responsible',
    effectStrength: 2,
    mechanismStrength: 2,
    moderatorsStrength: 1,
    implementationStrength: 2,
    economicCostStrength: 1,
    mechanism: 'Facing the harm done builds understanding and responsibility; victims get answers and a voice.',
    moderators: 'Both sides must take part willingly; it may not suit every kind of offence, such as domestic abuse.',
    implementation: 'Needs trained facilitators, careful preparation with each side and a safe, neutral place to meet.',
    economicCost: 'Moderate: facilitator time for preparation and the meeting itself.',
  },
  {
    slug: 'sample-street-triage-mental-health',
    title: 'Sample: mental-health street triage',
    summary:
      'A mental-health nurse works alongside officers, on the phone or in person, when police meet someone who may be in a mental-health crisis.',
    effect:
      'In this sample, fewer people were detained under mental-health powers and more were helped in the community.',
    overallEffect: 'mixed',
    evidenceStrength: 1,
    problem: 'Detentions of people in mental-health crisis',
    population: 'Adults in mental-health crisis who meet the police',
    effectStrength: 1,
    mechanismStrength: 1,
    moderatorsStrength: 1,
    implementationStrength: 2,
    economicCostStrength: 1,
    mechanism: 'Clinical advice at the scene lets officers choose a health response instead of detention.',
    moderators: 'Depends on hours of cover and on local crisis services having capacity to take referrals.',
    implementation: 'Needs an agreement with the health trust, shared records access and clear call-out rules.',
    economicCost: 'Moderate: clinician salaries, offset by officer time saved and fewer detentions.',
  },
  {
    slug: 'sample-domestic-abuse-perpetrator-programmes',
    title: 'Sample: programmes that challenge domestic abuse perpetrators',
    summary:
      'People who have been abusive to a partner attend group and one-to-one sessions on their behaviour, while a support worker stays in touch with the partner.',
    effect: 'In this sample, results were mixed: some programmes reduced further abuse, others showed no clear change.',
    overallEffect: 'mixed',
    evidenceStrength: 1,
    problem: 'Repeat domestic abuse',
    population: 'Adults who have been abusive to a partner, and their partners',
    effectStrength: 1,
    mechanismStrength: 1,
    moderatorsStrength: 1,
    implementationStrength: 1,
    economicCostStrength: 0,
    mechanism: 'Participants learn to recognise controlling behaviour and practise other ways of responding.',
    moderators: 'Completion rates, the motivation of those attending and whether partners are supported all matter.',
    implementation:
      'Needs accredited facilitators, risk management shared with police and probation, and support for partners.',
    economicCost: 'Moderate to high per person, depending on the length of the programme.',
  },
  {
    slug: 'sample-target-hardening-repeat-burglary',
    title: 'Sample: securing the homes of repeat burglary victims',
    summary:
      'Homes burgled recently get better locks, lighting and door and window security quickly, because they face a raised risk of being targeted again.',
    effect: 'In this sample, repeat burglaries at treated homes fell sharply in the following months.',
    overallEffect: 'reduces-crime',
    evidenceStrength: 2,
    problem: 'Repeat burglary',
    population: 'Households burgled recently',
    effectStrength: 2,
    mechanismStrength: 2,
    moderatorsStrength: 1,
    implementationStrength: 2,
    economicCostStrength: 2,
    mechanism: 'Making entry harder and slower removes the easy opportunity that drew the burglar back.',
    moderators: 'Works best when the work is done within days of the first burglary.',
    implementation: 'Needs a fast referral from the crime report to a locksmith or handyperson service.',
    economicCost: 'Low per home; usually less than the cost of a single further burglary.',
  },
] as const

/** Inserts or refreshes the samples by slug; entries admins add later are left alone. */
export async function seedToolkitSamples(db: Db): Promise<void> {
  await db
    .insert(toolkitEntries)
    .values(toolkitSamples.map((entry) => ({ ...entry, isSample: true })))
    .onConflictDoUpdate({
      target: toolkitEntries.slug,
      set: {
        title: sql`excluded.title`,
        summary: sql`excluded.summary`,
        effect: sql`excluded.effect`,
        overallEffect: sql`excluded.overall_effect`,
        evidenceStrength: sql`excluded.evidence_strength`,
        problem: sql`excluded.problem`,
        population: sql`excluded.population`,
        effectStrength: sql`excluded.effect_strength`,
        mechanismStrength: sql`excluded.mechanism_strength`,
        moderatorsStrength: sql`excluded.moderators_strength`,
        implementationStrength: sql`excluded.implementation_strength`,
        economicCostStrength: sql`excluded.economic_cost_strength`,
        mechanism: sql`excluded.mechanism`,
        moderators: sql`excluded.moderators`,
        implementation: sql`excluded.implementation`,
        economicCost: sql`excluded.economic_cost`,
        isSample: sql`true`,
        updatedAt: sql`now()`,
      },
    })
}
