import type { CallQuestion, ForceSizeBand } from '../schema/reference.js'

// Reference data from DESIGN.md §4. Keys are stable identifiers used in URLs, imports and
// demo data; labels are what people read. Seeding is idempotent and runs at every start.

export const regions = [
  { key: 'north-east', label: 'North East' },
  { key: 'north-west', label: 'North West' },
  { key: 'yorkshire-and-the-humber', label: 'Yorkshire and the Humber' },
  { key: 'east-midlands', label: 'East Midlands' },
  { key: 'west-midlands', label: 'West Midlands' },
  { key: 'eastern', label: 'Eastern' },
  { key: 'london', label: 'London' },
  { key: 'south-east', label: 'South East' },
  { key: 'south-west', label: 'South West' },
  { key: 'wales', label: 'Wales' },
  { key: 'national', label: 'National bodies' },
] as const

export type RegionKey = (typeof regions)[number]['key']

export interface OrganisationSeed {
  code: string
  name: string
  kind: 'force' | 'national-body'
  region: RegionKey
  /** the common short names people search by ("Met", "GMP") */
  shortNames: string[]
  /** forces only: the band of their officer numbers */
  sizeBand: ForceSizeBand | null
}

/**
 * A territorial force. `sizeBand` comes from the approximate number of full-time equivalent
 * officers in the Home Office police workforce statistics: small under 2,000, medium 2,000 to
 * 3,999, large 4,000 or more. Bands, not exact numbers: strength changes every year, and the
 * figures only compare what forces of a size find hard.
 */
const force = (
  code: string,
  name: string,
  region: RegionKey,
  sizeBand: ForceSizeBand,
  shortNames: string[] = [],
): OrganisationSeed => ({
  code,
  name,
  kind: 'force',
  region,
  shortNames,
  sizeBand,
})

export const organisations: readonly OrganisationSeed[] = [
  force('cleveland', 'Cleveland Police', 'north-east', 'small'),
  force('durham', 'Durham Constabulary', 'north-east', 'small'),
  force('northumbria', 'Northumbria Police', 'north-east', 'medium'),
  force('cheshire', 'Cheshire Constabulary', 'north-west', 'medium'),
  force('cumbria', 'Cumbria Constabulary', 'north-west', 'small'),
  force('greater-manchester', 'Greater Manchester Police', 'north-west', 'large', ['GMP']),
  force('lancashire', 'Lancashire Constabulary', 'north-west', 'medium'),
  force('merseyside', 'Merseyside Police', 'north-west', 'large'),
  force('humberside', 'Humberside Police', 'yorkshire-and-the-humber', 'medium'),
  force('north-yorkshire', 'North Yorkshire Police', 'yorkshire-and-the-humber', 'small', ['NYP']),
  force('south-yorkshire', 'South Yorkshire Police', 'yorkshire-and-the-humber', 'medium', ['SYP']),
  force('west-yorkshire', 'West Yorkshire Police', 'yorkshire-and-the-humber', 'large', ['WYP']),
  force('derbyshire', 'Derbyshire Constabulary', 'east-midlands', 'medium'),
  force('leicestershire', 'Leicestershire Police', 'east-midlands', 'medium'),
  force('lincolnshire', 'Lincolnshire Police', 'east-midlands', 'small'),
  force('northamptonshire', 'Northamptonshire Police', 'east-midlands', 'small'),
  force('nottinghamshire', 'Nottinghamshire Police', 'east-midlands', 'medium'),
  force('staffordshire', 'Staffordshire Police', 'west-midlands', 'medium'),
  force('warwickshire', 'Warwickshire Police', 'west-midlands', 'small'),
  force('west-mercia', 'West Mercia Police', 'west-midlands', 'medium'),
  force('west-midlands', 'West Midlands Police', 'west-midlands', 'large', ['WMP']),
  force('bedfordshire', 'Bedfordshire Police', 'eastern', 'small'),
  force('cambridgeshire', 'Cambridgeshire Constabulary', 'eastern', 'small'),
  force('essex', 'Essex Police', 'eastern', 'medium'),
  force('hertfordshire', 'Hertfordshire Constabulary', 'eastern', 'medium'),
  force('norfolk', 'Norfolk Constabulary', 'eastern', 'small'),
  force('suffolk', 'Suffolk Constabulary', 'eastern', 'small'),
  force('city-of-london', 'City of London Police', 'london', 'small', ['CoLP']),
  force('metropolitan', 'Metropolitan Police Service', 'london', 'large', ['Met', 'MPS']),
  force('hampshire', 'Hampshire and Isle of Wight Constabulary', 'south-east', 'medium', ['Hampshire Constabulary']),
  force('kent', 'Kent Police', 'south-east', 'large'),
  force('surrey', 'Surrey Police', 'south-east', 'medium'),
  force('sussex', 'Sussex Police', 'south-east', 'medium'),
  force('thames-valley', 'Thames Valley Police', 'south-east', 'large', ['TVP']),
  force('avon-and-somerset', 'Avon and Somerset Police', 'south-west', 'medium'),
  force('devon-and-cornwall', 'Devon and Cornwall Police', 'south-west', 'medium'),
  force('dorset', 'Dorset Police', 'south-west', 'small'),
  force('gloucestershire', 'Gloucestershire Constabulary', 'south-west', 'small'),
  force('wiltshire', 'Wiltshire Police', 'south-west', 'small'),
  force('dyfed-powys', 'Dyfed-Powys Police', 'wales', 'small'),
  force('gwent', 'Gwent Police', 'wales', 'small'),
  force('north-wales', 'North Wales Police', 'wales', 'small', ['NWP']),
  force('south-wales', 'South Wales Police', 'wales', 'medium', ['SWP']),
  {
    code: 'british-transport-police',
    name: 'British Transport Police',
    kind: 'national-body',
    region: 'national',
    shortNames: ['BTP'],
    sizeBand: null,
  },
  {
    code: 'civil-nuclear',
    name: 'Civil Nuclear Constabulary',
    kind: 'national-body',
    region: 'national',
    shortNames: ['CNC'],
    sizeBand: null,
  },
  {
    code: 'ministry-of-defence',
    name: 'Ministry of Defence Police',
    kind: 'national-body',
    region: 'national',
    shortNames: ['MDP', 'MoD Police'],
    sizeBand: null,
  },
  {
    code: 'national-crime-agency',
    name: 'National Crime Agency',
    kind: 'national-body',
    region: 'national',
    shortNames: ['NCA'],
    sizeBand: null,
  },
]

export const taxonomies = {
  purpose: [
    ['prevention', 'Prevention'],
    ['diversion', 'Diversion'],
    ['reoffending', 'Reoffending'],
    ['location', 'Location'],
    ['organisational', 'Organisational'],
    ['investigation', 'Investigation'],
  ],
  'outcome-category': [
    ['worked', 'Worked'],
    ['promising', 'Promising'],
    ['new-or-innovative', 'New or innovative'],
    ['did-not-work', 'Did not work'],
  ],
  stage: [
    ['untested', 'Untested'],
    ['evaluated-locally', 'Evaluated locally'],
    ['independently-evaluated', 'Independently evaluated'],
  ],
  'recognised-practice': [
    ['hmicfrs', 'Identified by HMICFRS'],
    ['smarter-practice', 'Smarter practice'],
    ['tilley-award', 'Tilley award'],
    ['innovation-funded', 'Innovation-funded'],
    ['programme-promising', 'Programme promising practice'],
  ],
  scale: [
    ['local', 'Local'],
    ['force-wide', 'Force-wide'],
    ['regional', 'Regional'],
    ['national', 'National'],
  ],
  'target-group': [
    ['children-and-young-people', 'Children and young people'],
    ['adults', 'Adults'],
    ['older-people', 'Older people'],
    ['victims', 'Victims'],
    ['witnesses', 'Witnesses'],
    ['offenders', 'Offenders'],
    ['people-at-risk-of-offending', 'People at risk of offending'],
    ['families', 'Families'],
    ['communities', 'Communities'],
    ['police-officers-and-staff', 'Police officers and staff'],
  ],
  'partner-sector': [
    ['local-authority', 'Local authority'],
    ['health', 'Health'],
    ['education', 'Education'],
    ['criminal-justice', 'Criminal justice (prisons, probation, courts)'],
    ['voluntary-and-charity', 'Voluntary and charity'],
    ['housing', 'Housing'],
    ['business', 'Business'],
    ['fire-and-rescue', 'Fire and rescue'],
    ['other-police-forces', 'Other police forces'],
  ],
  'implementation-challenge': [
    ['funding', 'Funding'],
    ['staffing-and-abstraction', 'Staffing and abstraction'],
    ['partner-buy-in', 'Partner buy-in'],
    ['information-sharing', 'Information sharing and data protection'],
    ['it-and-data', 'IT and data'],
    ['training', 'Training'],
    ['measuring-outcomes', 'Measuring outcomes'],
    ['leadership-support', 'Leadership support'],
    ['public-or-victim-engagement', 'Public or victim engagement'],
    ['other', 'Other'],
  ],
  topic: [
    ['domestic-abuse', 'Domestic abuse'],
    ['stalking-and-harassment', 'Stalking and harassment'],
    ['rape-and-serious-sexual-offences', 'Rape and serious sexual offences'],
    ['violence-against-women-and-girls', 'Violence against women and girls'],
    ['child-sexual-abuse-and-exploitation', 'Child sexual abuse and exploitation'],
    ['child-criminal-exploitation', 'Child criminal exploitation and county lines'],
    ['modern-slavery', 'Modern slavery and human trafficking'],
    ['honour-based-abuse', 'Honour-based abuse, forced marriage and FGM'],
    ['missing-people', 'Missing people'],
    ['mental-health', 'Mental health'],
    ['adults-at-risk', 'Adults at risk'],
    ['serious-violence', 'Serious violence and knife crime'],
    ['hate-crime', 'Hate crime'],
    ['fraud-against-vulnerable-people', 'Fraud against vulnerable people'],
    ['online-harms', 'Online harms'],
    ['victims-and-witnesses', 'Victims and witnesses'],
    ['voice-of-the-victim', 'Voice of the victim'],
    ['voice-of-the-child', 'Voice of the child'],
    ['information-sharing', 'Information sharing'],
    ['early-intervention', 'Early intervention'],
    ['partnership-working', 'Partnership working'],
    ['workforce', 'Workforce (recruitment, retention, wellbeing, training)'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>

export type TaxonomyName = keyof typeof taxonomies
export type TermKey<T extends TaxonomyName> = (typeof taxonomies)[T][number][0]

export const victimsCodeRights = [
  ['understand-and-be-understood', 'To be able to understand and to be understood'],
  ['crime-recorded', 'To have the crime recorded without unjustified delay'],
  ['information-when-reporting', 'To be provided with information when reporting the crime'],
  ['referral-to-support', 'To be referred to services that support victims, with services tailored to your needs'],
  ['compensation-information', 'To be provided with information about compensation'],
  ['investigation-information', 'To be provided with information about the investigation and prosecution'],
  ['victim-personal-statement', 'To make a Victim Personal Statement'],
  ['trial-information', 'To be given information about the trial, trial process and your role as a witness'],
  ['outcome-information', 'To be given information about the outcome of the case and any appeals'],
  ['expenses-and-property', 'To be paid expenses and have property returned'],
  ['offender-information', 'To be given information about the offender following a conviction'],
  ['complain', 'To make a complaint about your rights not being met'],
] as const

const voiceOfTheVictimQuestions: CallQuestion[] = [
  {
    key: 'howVictimsShapedIt',
    label: "How did victims' views, wishes and experiences shape the practice?",
    kind: 'text',
  },
  {
    key: 'rights',
    label: "Which of the Victims' Code rights does the practice support?",
    kind: 'checkboxes',
    options: victimsCodeRights.map(([key, label]): [string, string] => [key, label]),
  },
  {
    key: 'beyondTheCode',
    label: "How does the practice go beyond the minimum the Victims' Code sets out?",
    kind: 'text',
  },
]

const voiceOfTheVictimTheme =
  'We are looking for practice that puts victims at the centre of what police do: work in which ' +
  "victims' views, wishes and experiences change decisions, services or the way officers and staff " +
  'behave. The Code of Practice for Victims of Crime sets a minimum; we want to hear about practice ' +
  'that goes further than that minimum, whether it is a small change in one team or a force-wide ' +
  'programme, and whether or not it has been evaluated yet.'

const voiceOfTheVictimGuidance =
  'Tell us what you changed because of what victims told you, and how you know it made a difference ' +
  'to them. Practice at any stage is welcome: a new idea you have only just started is as useful to ' +
  'other forces as a programme with an independent evaluation. Partners who worked with a force on ' +
  'the practice can submit too. If you are not sure whether your work fits, submit it and say so: ' +
  'reviewers would rather see it than miss it.'

/** The first themed call, now closed; its answers are in the bank. */
export const voiceOfTheVictimCall = {
  slug: 'voice-of-the-victim-2022',
  title: 'Voice of the Victim',
  year: 2022,
  opensOn: '2022-05-03',
  closesOn: '2022-07-29',
  theme: voiceOfTheVictimTheme,
  guidance: voiceOfTheVictimGuidance,
  questions: voiceOfTheVictimQuestions,
} satisfies { questions: CallQuestion[] } & Record<string, unknown>

/** The call open now: the same theme asked again, so forces can add what they have done since. */
export const voiceOfTheVictimCall2026 = {
  ...voiceOfTheVictimCall,
  slug: 'voice-of-the-victim-2026',
  title: 'Voice of the Victim 2026',
  year: 2026,
  opensOn: '2026-11-02',
  closesOn: '2027-05-28',
}

export const callSeeds = [voiceOfTheVictimCall, voiceOfTheVictimCall2026]
