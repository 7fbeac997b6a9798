import type { TermKey } from './reference-data.js'

/** One fictional example of practice, written for this project, used only as clearly-marked demo data. */
export interface DemoPractice {
  title: string
  /** organisation code from reference-data.ts, e.g. 'merseyside' */
  organisation: string
  summary: string
  problem: string
  aims: string
  approach: string
  targetGroups: TermKey<'target-group'>[]
  partnerSectors: TermKey<'partner-sector'>[]
  /** named partners in free text, e.g. 'Wirral Council children's services; a local domestic abuse charity' */
  partners: string
  /** ISO date */
  startDate: string
  /** ISO date, or null when still running */
  endDate: string | null
  resources: string
  implementationChallenges: string
  lessonsLearned: string
  evaluationMethod: string | null
  evaluationResults: string | null
  stage: TermKey<'stage'>
  outcome: TermKey<'outcome-category'>
  purposes: TermKey<'purpose'>[]
  topics: TermKey<'topic'>[]
  recognition: TermKey<'recognised-practice'>[]
  scale: TermKey<'scale'>
  visibility: 'public' | 'policing'
  /** ISO date the example reached the programme */
  submittedAt: string
  /** answers to the Voice of the Victim call (2022), present only for practice that answered it */
  voiceOfTheVictim?: {
    howVictimsShapedIt: string
    rights: string[]
    beyondTheCode: string
  }
}
