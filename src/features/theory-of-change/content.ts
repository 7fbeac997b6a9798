import type { OutcomeMeasure, OutcomeTerm, TheoryOfChangeContent } from '../../db/schema/index.js'

export const emptyTheoryOfChange = (): TheoryOfChangeContent => ({
  problem: null,
  inputs: [],
  activities: [],
  outputs: [],
  outcomes: { short: [], medium: [], long: [] },
  impact: null,
  assumptions: [],
  risks: [],
  readiness: {
    comparisonGroup: null,
    casesPerYear: null,
    dataSharing: null,
    monthsRunning: null,
    leadershipSupport: null,
  },
})

export const termLabels: Record<OutcomeTerm, string> = {
  short: 'Short-term outcomes',
  medium: 'Medium-term outcomes',
  long: 'Long-term outcomes',
}

export const baselineLabels: Record<NonNullable<OutcomeMeasure['baseline']>, string> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
}

/** The columns of the logic model, left to right, each with the boxes it holds. */
export interface ModelColumn {
  key: string
  heading: string
  boxes: { text: string; detail: string[] }[]
}

const measureDetail = (o: OutcomeMeasure): string[] => [
  o.measure ? `Measure: ${o.measure}` : 'Measure: not given',
  o.dataSource ? `Data source: ${o.dataSource}` : 'Data source: not given',
  `Baseline available: ${o.baseline ? baselineLabels[o.baseline] : 'not answered'}`,
]

const plain = (items: string[]) => items.map((text) => ({ text, detail: [] as string[] }))

/** The logic model read left to right: problem, inputs, activities, outputs, outcomes, impact. */
export function modelColumns(toc: TheoryOfChangeContent): ModelColumn[] {
  return [
    { key: 'problem', heading: 'Problem', boxes: plain(toc.problem ? [toc.problem] : []) },
    { key: 'inputs', heading: 'Inputs', boxes: plain(toc.inputs) },
    { key: 'activities', heading: 'Activities', boxes: plain(toc.activities) },
    { key: 'outputs', heading: 'Outputs', boxes: plain(toc.outputs) },
    ...(['short', 'medium', 'long'] as const).map((term) => ({
      key: `${term}-outcomes`,
      heading: termLabels[term],
      boxes: toc.outcomes[term].map((o) => ({ text: o.outcome, detail: measureDetail(o) })),
    })),
    { key: 'impact', heading: 'Impact', boxes: plain(toc.impact ? [toc.impact] : []) },
  ]
}

/** Whether anything has been written yet. */
export const isStarted = (toc: TheoryOfChangeContent) => modelColumns(toc).some((c) => c.boxes.length > 0)
