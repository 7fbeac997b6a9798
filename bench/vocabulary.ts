// Words for synthetic practice text. Ordinary English is mixed with policing and vulnerability terms,
// and each topic has its own phrases, so that a phrase such as "domestic abuse" appears in the few
// documents about that topic rather than everywhere.

import type { TermKey } from '../src/db/seed/reference-data.js'

/** A comma-separated list written across lines; phrases keep their spaces. */
function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

export const ordinaryWords = list(`
  the, and, of, to, a, in, for, with, on, was, were, we, our, this, that, by, from, at, as, is, be, have,
  has, it, their, they, which, more, new, local, people, time, work, team, year, week, support, help, made,
  make, used, use, across, through, between, after, before, during, within, each, every, many, some, small,
  large, early, better, clear, common, shared, simple, practical, weekly, monthly, first, second, three,
  four, plan, process, service, services, staff, meeting, meetings, information, data, report, reports,
  review, change, changes, improve, improved, increase, reduce, reduced, understand, confidence, trust,
  community, family, home, school, housing, council, area, areas, case, cases, contact, calls, response,
  demand, resource, budget, funding, pilot, project, programme, scheme, model, tool, guidance, policy,
  learning, feedback, survey, interviews, results, evidence, impact, cost, savings, quality, consistent,
  effective, timely, partners, agency, agencies, coordinator, manager, lead, sergeant, inspector, volunteers,
  digital, online, app, phone, visit, visits, follow-up, needs, needed, known, identified, recorded, agreed,
  developed, delivered, tested, launched, expanded, rolled, out, also, not, only, so, when, where, who, how,
  what, could, would, should, can, will, most, all, any, other, same, own, about, over, under, around,
  because, while, until, since, days, months, hours, night, weekend, city, town, rural, county, district,
  centre, office, room, letter, card, leaflet, website, video, poster, advice, questions, answers, steps,
  stage, start, end, next, last, still, again, always, often, sometimes, never, quickly, carefully
`)

export const policingTerms = list(`
  safeguarding, multi-agency, referral, referrals, risk assessment, vulnerability, vulnerable people,
  victims, victim, witnesses, offenders, repeat victimisation, neighbourhood policing, response officers,
  control room, call handlers, frontline officers, supervisors, problem-solving, partnership working,
  early intervention, information sharing, safeguarding hub, MASH, public protection, THRIVE,
  risk management, trauma-informed, body-worn video, crime recording, investigation, arrest, charge,
  prosecution, Crown Prosecution Service, criminal justice, court, bail, protective orders, perpetrators,
  harm reduction, wellbeing, adult social care, children's social care, the Victims' Code, victim care,
  victim satisfaction, repeat calls, demand reduction, evaluation, College of Policing, evidence base,
  HMICFRS, problem profile, hotspots, patrols, intelligence, deployment, police officers, police staff,
  detectives, custody, disclosure, safety planning, vulnerability training, specialist officers, case review,
  strategy meeting, outcome rates, attrition, engagement
`)

type TopicKey = TermKey<'topic'>

/** Phrases that only appear in practice about the topic; a phrase listed twice is drawn twice as often. */
export const topicPhrases: Record<TopicKey, readonly string[]> = {
  'domestic-abuse': list(`
    domestic abuse, domestic abuse, domestic abuse, coercive control, MARAC, DASH risk assessment, Clare's Law,
    domestic violence protection notices, IDVA, domestic abuse perpetrators, refuge
  `),
  'stalking-and-harassment': list(`
    stalking, stalking protection orders, harassment, fixated behaviour, obsessive, unwanted contact
  `),
  'rape-and-serious-sexual-offences': list(`
    rape, serious sexual offences, RASSO, sexual assault referral centre, ISVA, Operation Soteria,
    suspect-focused investigation
  `),
  'violence-against-women-and-girls': list(`
    violence against women and girls, VAWG, women and girls, night-time economy, spiking, misogyny,
    street harassment
  `),
  'child-sexual-abuse-and-exploitation': list(`
    child sexual exploitation, child sexual abuse, grooming, CSE, indecent images, return home interviews
  `),
  'child-criminal-exploitation': list(`
    county lines, county lines, child criminal exploitation, drug running, cuckooing, exploited children,
    National Referral Mechanism
  `),
  'modern-slavery': list(`
    modern slavery, human trafficking, labour exploitation, National Referral Mechanism, forced labour,
    nail bars, car washes
  `),
  'honour-based-abuse': list(`
    honour-based abuse, forced marriage, FGM, female genital mutilation, forced marriage protection orders
  `),
  'missing-people': list(`
    missing children, missing children, missing episodes, missing persons, return home interviews,
    Herbert Protocol, missing from care, philomena protocol
  `),
  'mental-health': list(`
    mental health, mental health crisis, section 136, street triage, Right Care Right Person,
    mental health nurses, crisis team
  `),
  'adults-at-risk': list(`
    adults at risk, adult safeguarding, self-neglect, care homes, dementia, learning disabilities,
    financial abuse
  `),
  'serious-violence': list(`
    serious violence, knife crime, violence reduction unit, weapons sweeps, youth violence,
    serious violence duty, A&E data
  `),
  'hate-crime': list(`
    hate crime, third-party reporting, disability hate crime, hate incidents, community tension
  `),
  'fraud-against-vulnerable-people': list(`
    fraud, romance fraud, courier fraud, scams, doorstep crime, Banking Protocol, older victims
  `),
  'online-harms': list(`online harms, sextortion, image-based abuse, online grooming, social media, apps`),
  'victims-and-witnesses': list(`
    victims and witnesses, witness care, victim updates, special measures, victim personal statement
  `),
  'voice-of-the-victim': list(`
    voice of the victim, victims' views, lived experience, victim feedback, survivor panel
  `),
  'voice-of-the-child': list(`voice of the child, children's views, child-centred, young people, youth panel`),
  'information-sharing': list(`
    information sharing, data sharing agreement, shared systems, Operation Encompass, notifications
  `),
  'early-intervention': list(`
    early intervention, adverse childhood experiences, diversion, prevention, youth workers, mentoring
  `),
  'partnership-working': list(`
    partnership working, community safety partnership, joint tasking, co-location, local authority
  `),
  workforce: list(`workforce, training, wellbeing, recruitment, retention, supervision, CPD`),
}

/** How often each topic is chosen, relative to the others; domestic abuse gives "a few percent" of practice. */
export const topicWeights: Record<TopicKey, number> = {
  'domestic-abuse': 1.5,
  'stalking-and-harassment': 2,
  'rape-and-serious-sexual-offences': 2,
  'violence-against-women-and-girls': 3,
  'child-sexual-abuse-and-exploitation': 3,
  'child-criminal-exploitation': 3,
  'modern-slavery': 2,
  'honour-based-abuse': 1,
  'missing-people': 3,
  'mental-health': 4,
  'adults-at-risk': 3,
  'serious-violence': 3,
  'hate-crime': 2,
  'fraud-against-vulnerable-people': 2,
  'online-harms': 2,
  'victims-and-witnesses': 3,
  'voice-of-the-victim': 2,
  'voice-of-the-child': 2,
  'information-sharing': 3,
  'early-intervention': 4,
  'partnership-working': 4,
  workforce: 3,
}

/** Larger forces share more practice; every organisation not listed has weight 1.5 (national bodies 0.5). */
export const organisationWeights: Record<string, number> = {
  metropolitan: 8,
  'greater-manchester': 5,
  'west-midlands': 4.5,
  'west-yorkshire': 4,
  'thames-valley': 3.5,
  merseyside: 3,
  kent: 3,
  essex: 3,
  hampshire: 3,
  lancashire: 3,
  'avon-and-somerset': 3,
  'south-wales': 3,
  northumbria: 3,
  sussex: 2.5,
  'south-yorkshire': 2.5,
  'devon-and-cornwall': 2.5,
  'british-transport-police': 1,
}

export const titleOpeners = list(`
  Operation, Project, Safer, Together, Early, Joint, Improving, Reducing, Supporting, Protecting
`)

export const codenames = list(`
  Harbour, Beacon, Lantern, Compass, Anchor, Bridge, Horizon, Shield, Haven, Kestrel, Falcon, Meadow, Oak,
  Willow, Granite, Ember, Tide, Northstar, Keystone, Juniper
`)
