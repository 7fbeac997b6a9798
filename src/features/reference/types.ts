import type { CallQuestion } from '../../db/schema/index.js'

export interface Term {
  id: number
  taxonomy: string
  key: string
  label: string
  position: number
}

export interface OrganisationRef {
  id: number
  code: string
  name: string
  kind: string
  region: string | null
}

export interface CallRef {
  id: number
  slug: string
  title: string
  year: number
  opensOn: string
  closesOn: string
  questions: CallQuestion[]
  /** days after closing in which drafts already started may still be sent */
  graceDays: number
  /** earlier versions of its questions that someone answered */
  questionHistory: CallQuestion[]
}

export interface ReferenceData {
  terms: Term[]
  organisations: OrganisationRef[]
  calls: CallRef[]
  termById: Map<number, Term>
  organisationById: Map<number, OrganisationRef>
  callById: Map<number, CallRef>
}
