import type { Db } from '../client.js'
import { assessmentCriteria } from '../schema/index.js'

/**
 * The programme's own criteria for judging a practice example, in our words. Admins may reword them
 * later, so seeding only adds a criterion that is missing and never overwrites one that exists.
 */
export const criterionSeeds = [
  {
    key: 'can-be-evaluated',
    label: 'Can it be evaluated',
    description:
      'Whether the practice has clear aims and records enough about what happened that someone could measure whether it works. Higher scores mean an evaluation could start without much extra work.',
  },
  {
    key: 'usefulness-and-scalability',
    label: 'Usefulness and scalability',
    description:
      'How much other forces could gain from it, and how easily it could be repeated in another area or at a larger scale. Think about cost, skills and the partners it relies on.',
  },
  {
    key: 'innovation',
    label: 'Innovation',
    description:
      'How new the idea or way of working is, compared with what forces already commonly do. A familiar approach used in a new setting can still score well.',
  },
  {
    key: 'harm-addressed',
    label: 'Harm addressed',
    description:
      'How serious the harm is that the practice aims to prevent or reduce for vulnerable people, and how directly it tackles it.',
  },
  {
    key: 'threat-addressed',
    label: 'Threat addressed',
    description:
      'How well the practice responds to a threat that policing has recognised as a priority, locally or nationally, including risks that are new or growing.',
  },
] as const

/** Adds any of the seeded criteria that are missing; criteria that exist keep their wording and order. */
export async function seedAssessmentCriteria(db: Db): Promise<void> {
  await db
    .insert(assessmentCriteria)
    .values(criterionSeeds.map((seed, index) => ({ ...seed, position: index + 1 })))
    .onConflictDoNothing({ target: assessmentCriteria.key })
}
