import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { practices } from '../../src/db/schema/index.js'
import type { TestClient } from './client.js'

/** A complete, valid answer for every section's page, as a browser would post it. */
export const completeAnswers = {
  organisation: {
    organisation: 'kent',
    contactName: 'Sam Example',
    contactRole: 'Detective Inspector',
    contactEmail: 'sam.example@kent.police.uk',
    contactPhone: '01632 960 001',
    otherOrganisations: 'Kent County Council',
  },
  about: {
    title: 'Victim panel for control room callbacks',
    summary: 'Victims rewrote the callback script with call handlers so that callbacks feel safe.',
    problem: 'Callbacks felt cold and rushed.',
    aims: 'More victims stay on the line and accept support.',
  },
  'what-you-did': {
    approach: 'A panel of victims met six times with control room supervisors.',
    targetGroups: ['victims', 'adults'],
    topics: ['domestic-abuse', 'voice-of-the-victim'],
    purposes: 'prevention',
    scale: 'force-wide',
    'startDate-day': '3',
    'startDate-month': '5',
    'startDate-year': '2022',
    stillRunning: 'yes',
    partnerSectors: 'voluntary-and-charity',
    partners: 'A local domestic abuse charity',
  },
  'call-questions': {
    'call-howVictimsShapedIt': 'Victims wrote the wording of the first question.',
    'call-rights': ['understand-and-be-understood', 'referral-to-support'],
    'call-beyondTheCode': 'Victims choose how and when they are called.',
  },
  resources: {
    challenges: ['funding', 'training'],
    resources: 'Two supervisors for a day a week for three months; £4,000 for the panel.',
    implementationChallenges: 'Finding time for training on shifts.',
    lessonsLearned: 'Pay people with lived experience for their time.',
    sustainability: 'Built into the control room training.',
  },
  evidence: {
    stage: 'evaluated-locally',
    evaluationMethod: 'We compared callbacks before and after.',
    evaluationResults: 'Twice as many victims accepted a referral.',
    selfOutcome: 'promising',
    links: 'https://example.org/report',
  },
  sharing: {
    consentPublication: 'policing',
    consentShowContact: 'yes',
    consentResearch: 'yes',
    consentEvents: 'no',
    consentGovernment: 'yes',
    privacyNoticeRead: 'yes',
  },
} satisfies Record<string, Record<string, string | string[]>>

/** Starts a draft through the start page (answering `call` if given) and returns its id. */
export async function startDraft(client: TestClient, call?: string): Promise<number> {
  const result = call
    ? await client.submit('/submissions', { call }, `/calls/${call}`)
    : await client.submit('/submissions', {}, '/submit')
  const location = String(result.response.headers.location ?? '')
  const match = /^\/submissions\/(\d+)$/.exec(location)
  if (result.status !== 302 || !match?.[1]) throw new Error(`starting a draft answered ${result.status} ${location}`)
  return Number(match[1])
}

/** Posts a page's form as a browser would: with the CSRF token and the version from the page as loaded. */
export async function postPage(
  client: TestClient,
  url: string,
  fields: Record<string, string | string[]>,
  pageUrl = url,
) {
  const page = await client.get(pageUrl)
  const token = page.$('input[name=_csrf]').first().val()
  const version = page.$('input[name=version]').first().val()
  if (typeof token !== 'string') throw new Error(`no CSRF token on ${pageUrl}`)
  return client.post(url, { ...(typeof version === 'string' ? { version } : {}), ...fields, _csrf: token })
}

/** Saves one section with "Save and continue" (or "Save and come back later"). */
export function saveSection(
  client: TestClient,
  id: number,
  section: string,
  fields: Record<string, string | string[]>,
  action: 'continue' | 'later' = 'continue',
) {
  return postPage(client, `/submissions/${id}/${section}`, { ...fields, action })
}

/** Presses "Send for review" on check your answers. */
export function sendForReview(client: TestClient, id: number) {
  return postPage(client, `/submissions/${id}/submit`, {}, `/submissions/${id}/check-answers`)
}

/** Answers every section the draft asks with complete answers. */
export async function completeDraft(client: TestClient, id: number, options: { call?: boolean } = {}) {
  for (const [section, fields] of Object.entries(completeAnswers)) {
    if (section === 'call-questions' && !options.call) continue
    const result = await saveSection(client, id, section, fields)
    if (result.status !== 302) {
      throw new Error(`saving ${section} answered ${result.status}: ${result.$('.govuk-error-summary').text()}`)
    }
  }
}

export async function practiceRow(db: Db, id: number) {
  const [row] = await db.select().from(practices).where(eq(practices.id, id))
  if (!row) throw new Error(`no practice ${id}`)
  return row
}
