/**
 * The example legacy spreadsheet: about 420 fictional practice examples laid out as the programme's old
 * practice map was, and as messy: forces by name, short name or abbreviation, merged topic lists, dates
 * in three formats, blank cells, a few repeated rows and a few mistakes for the dry run to find. Every
 * sentence is written for this bank; no force, person or e-mail address in it is real. The same rows
 * are the test fixture (scripts/generate-import-fixture.ts) and the example admins can download.
 */

export const exampleHeaders = [
  'Ref',
  'Force',
  'Title of practice',
  'Summary',
  'Topic(s)',
  'Purpose',
  'Outcome',
  'Stage',
  'Start date',
  'End date',
  'Call year',
  'Problem',
  'What was done',
  'Partners',
  'Lessons learnt',
  'Contact name',
  'Contact email',
  'Consent to publish',
  'Notes',
]

/** A small deterministic generator (mulberry32), so the file is the same every time it is made. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** How the old sheet named each force: full name, short name, or how someone happened to type it. */
const forces: [string, string][] = [
  ['Kent Police', 'kent.police.uk'],
  ['Kent', 'kent.police.uk'],
  ['GMP', 'gmp.police.uk'],
  ['Greater Manchester Police', 'gmp.police.uk'],
  ['Met', 'met.police.uk'],
  ['MPS', 'met.police.uk'],
  ['Metropolitan Police Service', 'met.police.uk'],
  ['WYP', 'westyorkshire.police.uk'],
  ['West Yorkshire Police', 'westyorkshire.police.uk'],
  ['TVP', 'thamesvalley.police.uk'],
  ['Avon & Somerset', 'avonandsomerset.police.uk'],
  ['Devon and Cornwall Police', 'dc.police.uk'],
  ['Essex Police', 'essex.police.uk'],
  ['Hertfordshire Constabulary', 'herts.police.uk'],
  ['Lancashire Constabulary', 'lancashire.police.uk'],
  ['Merseyside Police', 'merseyside.police.uk'],
  ['Northumbria Police', 'northumbria.police.uk'],
  ['Durham Constabulary', 'durham.police.uk'],
  ['Cleveland Police', 'cleveland.police.uk'],
  ['Cumbria Constabulary', 'cumbria.police.uk'],
  ['SYP', 'southyorks.police.uk'],
  ['North Yorkshire Police', 'northyorkshire.police.uk'],
  ['Humberside Police', 'humberside.police.uk'],
  ['Derbyshire Constabulary', 'derbyshire.police.uk'],
  ['Leicestershire Police', 'leicestershire.police.uk'],
  ['Lincolnshire Police', 'lincs.police.uk'],
  ['Nottinghamshire Police', 'notts.police.uk'],
  ['Staffordshire Police', 'staffordshire.police.uk'],
  ['West Mercia Police', 'westmercia.police.uk'],
  ['WMP', 'westmidlands.police.uk'],
  ['Norfolk Constabulary', 'norfolk.police.uk'],
  ['Suffolk Constabulary', 'suffolk.police.uk'],
  ['Cambridgeshire Constabulary', 'cambs.police.uk'],
  ['Hampshire Constabulary', 'hampshire.police.uk'],
  ['Surrey Police', 'surrey.police.uk'],
  ['Sussex Police', 'sussex.police.uk'],
  ['Dorset Police', 'dorset.police.uk'],
  ['Wiltshire Police', 'wiltshire.police.uk'],
  ['Gwent Police', 'gwent.police.uk'],
  ['South Wales Police', 'south-wales.police.uk'],
  ['NWP', 'nthwales.police.uk'],
  ['Dyfed-Powys Police', 'dyfed-powys.police.uk'],
  ['BTP', 'btp.police.uk'],
]

interface Theme {
  topics: string[]
  subjects: string[]
  problem: string
  approach: string
  lesson: string
  partners: string
  purpose: string
}

const themes: Theme[] = [
  {
    topics: ['DA; stalking', 'Domestic abuse', 'DA', 'domestic abuse, stalking'],
    subjects: [
      'safer homes after a domestic abuse call',
      'early contact for repeat victims of domestic abuse',
      'bail conditions explained to victims',
      'stalking advocates in the investigation team',
    ],
    problem: 'Victims told us they heard nothing for weeks after reporting, and many withdrew support before charge.',
    approach: 'A named officer now calls the victim within two working days and agrees how and when they want updates.',
    lesson: 'Agreeing the update plan with the victim at the start mattered more than how often we called.',
    partners: 'Local domestic abuse service; housing',
    purpose: 'Prevention; Investigation',
  },
  {
    topics: ['CSE, missing', 'Child sexual exploitation', 'CSE; online harms', 'Missing people'],
    subjects: [
      'return conversations for missing teenagers',
      'a shared picture of children at risk of exploitation',
      'safer taxi and hotel checks',
      'trusted adults for children who go missing',
    ],
    problem: 'The same children went missing again and again, and each return conversation started from nothing.',
    approach:
      'One youth worker holds the return conversation for each child and shares what they learn at a weekly meeting.',
    lesson:
      'Children talked more when the conversation happened away from the police station and at a time they chose.',
    partners: 'Children’s social care; youth service; schools',
    purpose: 'Prevention',
  },
  {
    topics: ['County lines / CCE', 'CCE', 'child criminal exploitation', 'County lines; serious violence'],
    subjects: [
      'diversion for young people found carrying drugs',
      'reachable moments in custody',
      'parents’ evenings on exploitation',
      'a navigator for exploited teenagers',
    ],
    problem: 'Young people arrested far from home were released without anyone asking who had sent them there.',
    approach:
      'A youth navigator meets every child in custody for a drugs offence and offers support that continues after release.',
    lesson: 'Treat the child as a possible victim first; the information about the line often followed.',
    partners: 'Youth offending service; voluntary sector',
    purpose: 'Diversion',
  },
  {
    topics: ['Mental health', 'MH', 'mental health; adults at risk'],
    subjects: [
      'a mental health nurse in the control room',
      'street triage at weekends',
      'safe places instead of cells',
      'follow-up calls after a crisis',
    ],
    problem: 'Officers spent whole shifts waiting with people in crisis, and too many ended up held in a cell.',
    approach:
      'A mental health nurse sits with call handlers at busy times and advises on the best response before officers are sent.',
    lesson: 'Sharing information between the nurse and the call handler needed a clear agreement signed off early.',
    partners: 'NHS mental health trust; ambulance service',
    purpose: 'Organisational',
  },
  {
    topics: ['Modern slavery', 'modern slavery and human trafficking', 'Modern slavery; information sharing'],
    subjects: [
      'interpreters chosen with survivors in mind',
      'car wash welfare visits',
      'a referral card in fourteen languages',
      'joint visits with labour inspectors',
    ],
    problem:
      'Possible victims rarely spoke openly on the first visit, often because they feared whoever was interpreting.',
    approach:
      'Officers book independent interpreters in advance and check the language, dialect and any links to the community.',
    lesson: 'Planning the first conversation is part of safeguarding, not an administrative task.',
    partners: 'Anti-slavery charity; local authority licensing',
    purpose: 'Investigation',
  },
  {
    topics: ['Fraud against vulnerable people', 'fraud; adults at risk', 'Fraud'],
    subjects: [
      'volunteer visits after courier fraud',
      'bank staff trained to spot scams',
      'a call-blocking scheme for repeat victims',
      'doorstep crime awareness with trading standards',
    ],
    problem: 'Older people who lost money were often targeted again within months, and many felt ashamed to report it.',
    approach:
      'Trained volunteers visit each victim within a week, install a call blocker if wanted and call again a month later.',
    lesson: 'A conversation with someone of a similar age worked better than any leaflet we produced.',
    partners: 'Trading standards; banks; volunteer network',
    purpose: 'Prevention',
  },
  {
    topics: ['VAWG', 'Violence against women and girls', 'VAWG; RASSO', 'Rape and serious sexual offences'],
    subjects: [
      'survivor feedback at three points of an investigation',
      'safer routes home at night',
      'a video first account for rail victims',
      'plain-language letters for rape survivors',
    ],
    problem: 'Survivors said they did not know what was happening with their case and felt they were not believed.',
    approach:
      'An independent adviser asks survivors six short questions at key points, and the sergeant acts on every low score.',
    lesson: 'Survivors valued knowing that their answers changed something, even a small thing.',
    partners: 'Independent sexual violence advisers; rape crisis centre',
    purpose: 'Investigation',
  },
  {
    topics: ['Hate crime', 'hate crime; victims and witnesses'],
    subjects: [
      'third-party reporting in libraries',
      'a hate crime champion on every team',
      'school assemblies after a local incident',
      'reassurance visits within a day',
    ],
    problem: 'Many people did not report hate incidents because they thought nothing would be done.',
    approach:
      'Volunteers in libraries and community centres take reports and pass them to a named officer the same day.',
    lesson: 'People needed to see the reporting point used by someone they trusted before they would use it.',
    partners: 'Libraries; faith groups; victim support',
    purpose: 'Location',
  },
  {
    topics: ['Honour-based abuse, forced marriage and FGM', 'HBA; FGM', 'forced marriage'],
    subjects: [
      'call handler training written with survivors',
      'safe callback checks',
      'airport awareness before the summer holidays',
      'a specialist point of contact for schools',
    ],
    problem: 'Calls about honour-based abuse were often not recognised, and callbacks went to shared family phones.',
    approach:
      'Survivors helped write a short training session and a checklist that prompts call handlers to ask safely.',
    lesson: 'Keep the checklist short, or it will not be used on a busy shift.',
    partners: 'Specialist charity; schools; Border Force',
    purpose: 'Prevention',
  },
  {
    topics: ['Voice of the victim', 'voice of the victim; victims and witnesses', 'Victims and witnesses'],
    subjects: [
      'a victims’ panel that reads our letters',
      'witness care calls on the day of the verdict',
      'victim personal statements made easy',
      'feedback texts after every burglary report',
    ],
    problem: 'Our letters to victims were written for the file rather than for the person reading them.',
    approach: 'A panel of victims rewrote our standard letters and now reviews any new letter before it is used.',
    lesson: 'Asking victims to improve one thing at a time kept the panel going for two years.',
    partners: 'Victim support; witness service',
    purpose: 'Organisational',
  },
  {
    topics: ['Early intervention', 'early intervention; voice of the child', 'Voice of the child'],
    subjects: [
      'a notification to schools after a domestic incident',
      'youth clubs in the summer holidays',
      'mentoring for children excluded from school',
      'police cadets from the estates we serve',
    ],
    problem: 'Schools did not know when a child had seen violence at home the night before.',
    approach:
      'The school’s safeguarding lead receives a short notice before nine in the morning so staff can offer quiet support.',
    lesson: 'Teachers needed simple guidance on what to do with the notice, not just the notice itself.',
    partners: 'Schools; education safeguarding team',
    purpose: 'Prevention',
  },
  {
    topics: ['Workforce', 'workforce; partnership working', 'Partnership working'],
    subjects: [
      'wellbeing checks for child abuse investigators',
      'joint training with social workers',
      'a mentoring scheme for new detectives',
      'peer support after traumatic cases',
    ],
    problem:
      'Investigators dealing with child abuse images reported exhaustion, and several left the team within a year.',
    approach: 'Every investigator has a psychological check every six months and can ask for one at any time.',
    lesson: 'Supervisors needed training too, so that they noticed early signs and made it normal to ask for help.',
    partners: 'Occupational health; clinical psychologists',
    purpose: 'Organisational',
  },
]

const codeNames = [
  'Bluebell',
  'Harbour',
  'Lantern',
  'Compass',
  'Beacon',
  'Kestrel',
  'Meadow',
  'Anchor',
  'Willow',
  'Horizon',
  'Bridge',
  'Signal',
  'Juniper',
  'Orchard',
  'Falcon',
  'Harebell',
  'Lighthouse',
  'Keystone',
  'Northstar',
  'Rowan',
  'Sparrow',
  'Thistle',
  'Voyager',
  'Wren',
  'Aspen',
  'Cedar',
  'Foxglove',
  'Heather',
  'Ivy',
  'Linnet',
  'Marigold',
  'Nightingale',
  'Osprey',
  'Primrose',
  'Quartz',
]
const prefixes = ['Operation', 'Project', 'Op', 'Scheme:']
const outcomes = ['Promising', 'Worked', 'New/innovative', 'New or innovative', 'Did not work', '', 'promising']
const stages = ['Untested', 'Evaluated locally', 'Local evaluation', 'Independently evaluated', '', 'untested']
const consents = ['Public', 'Yes', 'Policing only', 'Police only', 'No', '', 'public']
const firstNames = [
  'Alex',
  'Sam',
  'Priya',
  'Owen',
  'Hannah',
  'Tomasz',
  'Grace',
  'Imran',
  'Megan',
  'Dylan',
  'Aisha',
  'Rhys',
  'Chloe',
  'Kwame',
  'Sian',
]
const lastNames = [
  'Whitlow',
  'Penhale',
  'Ashdown',
  'Marchant',
  'Okafor',
  'Brennan',
  'Tregear',
  'Hollis',
  'Varma',
  'Caldwell',
  'Moreton',
  'Ellery',
]
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A date in one of the three ways the old sheet wrote them. */
function writeDate(pick: () => number, year: number, month: number, day: number): string {
  const style = Math.floor(pick() * 3)
  if (style === 0) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (style === 1) return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
  return `${monthNames[month - 1]} ${year}`
}

const at = <T>(list: readonly T[], pick: () => number): T => list[Math.floor(pick() * list.length)] as T

/** The rows of the example sheet, headings first. */
export function exampleSheetRows(): string[][] {
  const pick = random(20191)
  const rows: string[][] = []
  const titles = new Set<string>()
  for (let i = 1; rows.length < 408; i += 1) {
    const theme = at(themes, pick)
    const [force, domain] = at(forces, pick)
    const subject = at(theme.subjects, pick)
    const name = at(codeNames, pick)
    const prefix = at(prefixes, pick)
    const title = `${prefix} ${name}: ${subject}`
    if (titles.has(`${title}|${force}`)) continue
    titles.add(`${title}|${force}`)
    const year = 2016 + Math.floor(pick() * 6)
    const month = 1 + Math.floor(pick() * 12)
    const day = 1 + Math.floor(pick() * 28)
    const running = pick() < 0.6
    const first = at(firstNames, pick)
    const last = at(lastNames, pick)
    const callYear = at(['2019', '2020', '2022', '', '2022', 'Voice of the Victim'], pick)
    const summary =
      pick() < 0.06
        ? ''
        : `${force.length <= 4 ? 'The force' : force} introduced ${subject} in ${year}. ${theme.approach} ${pick() < 0.5 ? 'It is still running and has been offered to neighbouring forces.' : 'Early feedback from the people it serves has been positive.'}`
    rows.push([
      pick() < 0.05 ? '' : `PM-${String(1000 + i)}`,
      force,
      title,
      summary,
      pick() < 0.05 ? '' : at(theme.topics, pick),
      pick() < 0.1 ? '' : pick() < 0.8 ? theme.purpose : 'Prevention, Diversion',
      at(outcomes, pick),
      at(stages, pick),
      pick() < 0.08 ? '' : writeDate(pick, year, month, day),
      running ? '' : writeDate(pick, year + 1 + Math.floor(pick() * 2), month, day),
      callYear,
      pick() < 0.1 ? '' : theme.problem,
      theme.approach,
      pick() < 0.2 ? '' : theme.partners,
      pick() < 0.15 ? '' : theme.lesson,
      pick() < 0.1 ? '' : `${first} ${last}`,
      pick() < 0.12 ? '' : `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`,
      at(consents, pick),
      pick() < 0.1 ? 'Checked by the programme team' : '',
    ])
  }
  // Mistakes the dry run should find, one of each kind.
  const mistake = (index: number, column: number, value: string) => {
    const row = rows[index]
    if (row) row[column] = value
  }
  mistake(17, 1, 'Mets Police')
  mistake(58, 1, 'Northumbira Police')
  mistake(99, 4, 'DA; wildlife crime')
  mistake(140, 8, '31/02/2019')
  mistake(181, 16, 'tbc')
  mistake(222, 2, '')
  mistake(263, 17, 'Maybe later')
  mistake(304, 6, 'Excellent')
  // Rows the old sheet held twice: copied down, or pasted in again from another tab.
  for (const index of [5, 44, 120, 201, 333, 377]) {
    const copy = rows[index]
    if (copy) rows.splice(index + 7, 0, [...copy])
  }
  // Rows without a reference, repeated with the same title and force.
  for (const index of [12, 250]) {
    const original = rows[index]
    if (!original) continue
    original[0] = ''
    rows.push([...original.slice(0, 18), 'Pasted in again from the 2020 tab'])
  }
  return [exampleHeaders, ...rows]
}
