// The demo call's own extra questions and a few responses to it, so a first start shows the question
// builder and the staff progress page (/review/calls/voice-of-the-victim-2026) with something in them.
// Every word below is FICTIONAL, written for this project.
import { and, eq, inArray, isNull } from 'drizzle-orm'
import { slugify } from '../../features/catalogue/slug.js'
import type { Db } from '../client.js'
import { calls, practices, type CallQuestion } from '../schema/index.js'
import { voiceOfTheVictimCall2026 } from './reference-data.js'

const extraQuestions: CallQuestion[] = [
  {
    key: 'victimPanel',
    kind: 'yesno',
    label: 'Did a panel of victims or survivors help design the practice?',
    required: false,
  },
  {
    key: 'firstActed',
    kind: 'date',
    label: 'When did you first change something because of what victims told you?',
    hint: 'An approximate date is fine.',
    required: false,
  },
]

/** Demo submissions (by title) that answer the demo call, with their answers. */
const responses: { title: string; answers: Record<string, string | string[]> }[] = [
  {
    title: 'A quiet word at the front counter for people who cannot speak freely',
    answers: {
      howVictimsShapedIt:
        'Survivors told us the counter was the one place they came alone-but-not-alone, and chose the wording of the question.',
      rights: ['understand-and-be-understood', 'referral-to-support'],
      beyondTheCode: 'It gives people a way to ask for help before any crime is reported.',
      victimPanel: 'yes',
      firstActed: '2025-09-15',
    },
  },
  {
    title: 'Welfare calls for older people reported missing from care homes at night',
    answers: {
      howVictimsShapedIt:
        'Families said nobody told them what had been agreed after a night-time search, so the plan is now shared with them.',
      rights: ['information-when-reporting'],
      beyondTheCode: 'Families hear what will keep their relative safer, not only whether the person was found.',
      victimPanel: 'no',
    },
  },
]

/** The topics the demo call is about, set when an admin has not chosen any. */
const demoTopics = ['victims-and-witnesses', 'voice-of-the-victim', 'domestic-abuse']

/**
 * Adds the two extra questions and the topics to the demo call (once) and attaches the demo responses to
 * it.
 */
export async function seedDemoCall(db: Db): Promise<number> {
  const [call] = await db.select().from(calls).where(eq(calls.slug, voiceOfTheVictimCall2026.slug))
  if (!call) return 0
  const missing = extraQuestions.filter((q) => !call.questions.some((existing) => existing.key === q.key))
  const topics = call.topics.length ? call.topics : demoTopics
  if (missing.length || topics !== call.topics) {
    await db
      .update(calls)
      .set({ questions: [...call.questions, ...missing], topics })
      .where(eq(calls.id, call.id))
  }
  let attached = 0
  for (const response of responses) {
    const rows = await db
      .update(practices)
      .set({ callId: call.id, callAnswers: response.answers })
      .where(
        and(
          inArray(practices.slug, [`draft-demo-${slugify(response.title)}`]),
          eq(practices.isDemo, true),
          isNull(practices.callId),
        ),
      )
      .returning({ id: practices.id })
    attached += rows.length
  }
  return attached
}
