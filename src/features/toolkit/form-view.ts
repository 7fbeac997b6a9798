import { dimensions, fieldLabels, overallEffectLabels, overallEffects, strengthLabels } from './emmie.js'

/** The form's values by field name, as text: stored values, or what the admin typed. */
export type FormValues = Record<string, string>

type ErrorFor = (id: string) => { text: string } | undefined

/** Radios for a 0–4 strength, with "not rated" first so a strength can be left blank or cleared. */
export function strengthItems(selected: string) {
  return [
    { value: '', text: 'Not rated', checked: selected === '' },
    ...strengthLabels.map((label, value) => ({
      value: String(value),
      text: `${value}: ${label}`,
      checked: selected === String(value),
    })),
  ]
}

/** Everything the add and change form needs: values, radio items and each field's error. */
export function entryFormModel(values: FormValues, errorFor: ErrorFor) {
  const value = (key: string) => values[key] ?? ''
  return {
    values,
    errorFor,
    labels: fieldLabels,
    overallEffectItems: [
      { value: '', text: 'Not recorded', checked: value('overallEffect') === '' },
      ...overallEffects.map((key) => ({
        value: key,
        text: overallEffectLabels[key],
        checked: value('overallEffect') === key,
      })),
    ],
    evidenceStrengthItems: strengthItems(value('evidenceStrength')),
    dimensions: dimensions.map((d) => ({
      key: d.key,
      strengthKey: d.strength,
      label: d.label,
      hint: d.hint,
      text: value(d.key),
      strengthItems: strengthItems(value(d.strength)),
    })),
  }
}
