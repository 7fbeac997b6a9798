import { json } from '../api/describe.js'

const label = json.object({ key: json.string(), label: json.string() })
const nullableLabel = json.nullable(label)

/** A practice in a list of results; further fields may be added, so clients should ignore ones they do not know. */
export const practiceSummarySchema = json.object(
  {
    slug: json.string('the practice’s address: /practices/{slug}'),
    title: json.string(),
    summary: json.string(),
    organisation: json.nullable(json.object({ code: json.string(), name: json.string() })),
    region: nullableLabel,
    outcome: nullableLabel,
    stage: nullableLabel,
    topics: json.array(label),
    visibility: json.string('public, policing (police members and staff) or internal (staff and its contributor)'),
    isDemo: json.boolean('true for the demonstration practice a fresh install shows'),
    adoptionCount: json.integer('how many other forces adopted or adapted it'),
    publishedAt: json.nullableString('ISO 8601 date and time'),
    url: json.string(),
  },
  { open: true },
)

const facetOption = json.object({
  key: json.string(),
  label: json.string(),
  count: json.integer(),
  selected: json.boolean(),
})

export const searchResultSchema = json.object({
  total: json.integer('how many practices matched'),
  page: json.integer(),
  pageSize: json.integer(),
  totalPages: json.integer(),
  sort: json.string(),
  relaxed: json.boolean('true when few matched every word, so practice matching some of them follows'),
  totalAll: json.integer('how many match every word'),
  correctedQuery: json.nullableString('the words searched for when they correct what was typed'),
  didYouMean: json.nullableString(),
  alsoSearchedFor: json.array(json.string(), 'synonyms searched for too'),
  results: json.array(practiceSummarySchema),
  facets: {
    type: 'object',
    description: 'for each filter, its options with how many results each would give',
    additionalProperties: json.array(facetOption),
  },
})

/** One practice in full, every field a reader may see; contact details only with the contributor’s consent. */
export const practiceDetailSchema = {
  ...practiceSummarySchema,
  properties: {
    ...practiceSummarySchema.properties,
    reference: json.nullableString('like PB-2026-0042'),
    purposes: json.array(label),
    lastUpdated: json.string(),
    attachments: json.array(
      json.object({
        name: json.string(),
        type: json.string(),
        size: json.string(),
        kind: json.string(),
        url: json.string(),
      }),
    ),
    evidence: json.array({ type: 'object', additionalProperties: true }, 'linked What Works Toolkit interventions'),
    contact: json.nullable({ type: 'object', additionalProperties: true }),
    similar: json.array(json.object({ slug: json.string(), title: json.string(), url: json.string() })),
  },
  required: [...practiceSummarySchema.required, 'similar'],
}
