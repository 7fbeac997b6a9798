import type { AdoptionKind } from '../schema/index.js'

/** Fictional "we use this too" records, so the spread of practice shows on a fresh start. */
export interface DemoAdoption {
  /** the demo practice, by title */
  practice: string
  force: string
  kind: AdoptionKind
  changes?: string
  reason?: string
  startedOn?: string
  howItWent?: string
}

const triage = 'Operation Harbour: daily domestic abuse triage with partners'
const stalkingClinic = 'Fast-track clinic for stalking protection order applications'
const petFostering = 'Pet fostering so domestic abuse victims can leave safely'
const controlRoom = 'Mental health practitioners in the control room for crisis calls'
const romanceFraud = 'Bank and police partnership to interrupt romance fraud'

export const demoAdoptions: readonly DemoAdoption[] = [
  {
    practice: triage,
    force: 'durham',
    kind: 'adopted',
    startedOn: '2024-04-08',
    howItWent: 'Partners now see every overnight incident before ten each morning, and repeat callouts have fallen.',
  },
  {
    practice: triage,
    force: 'northumbria',
    kind: 'adapted',
    changes: 'We hold the meeting twice a week rather than daily, because our partners cover three local authorities.',
    startedOn: '2024-09-02',
  },
  {
    practice: triage,
    force: 'cumbria',
    kind: 'decided-against',
    reason:
      'Our incident numbers are too low for a daily meeting; we added the same partners to an existing weekly one.',
  },
  {
    practice: triage,
    force: 'lincolnshire',
    kind: 'adopted',
    startedOn: '2025-01-13',
  },
  {
    practice: stalkingClinic,
    force: 'lancashire',
    kind: 'adapted',
    changes: 'Our clinic runs online, so officers across the county can join without travelling.',
    startedOn: '2024-06-17',
    howItWent: 'Applications are now drafted within a week of referral on average.',
  },
  {
    practice: stalkingClinic,
    force: 'kent',
    kind: 'adopted',
    startedOn: '2025-03-03',
  },
  {
    practice: petFostering,
    force: 'dorset',
    kind: 'adopted',
    startedOn: '2024-11-04',
    howItWent: 'Twelve families used it in the first six months.',
  },
  {
    practice: petFostering,
    force: 'gloucestershire',
    kind: 'adapted',
    changes: 'A local animal charity runs the foster list instead of the force.',
    startedOn: '2025-02-10',
  },
  {
    practice: controlRoom,
    force: 'west-yorkshire',
    kind: 'adopted',
    startedOn: '2023-10-02',
    howItWent: 'Fewer people in crisis are detained under section 136 on the nights the practitioners work.',
  },
  {
    practice: controlRoom,
    force: 'humberside',
    kind: 'adapted',
    changes: 'The practitioners work evenings and weekends only, when most crisis calls come in.',
    startedOn: '2024-05-20',
  },
  {
    practice: controlRoom,
    force: 'derbyshire',
    kind: 'decided-against',
    reason: 'Our health partners could not fund the posts this year; we will look again next year.',
  },
  {
    practice: romanceFraud,
    force: 'sussex',
    kind: 'adopted',
    startedOn: '2024-08-05',
  },
  {
    practice: romanceFraud,
    force: 'essex',
    kind: 'adapted',
    changes: 'We work with two building societies as well as the banks.',
    startedOn: '2025-04-14',
  },
]
