import { normalise, stem } from './values.js'

/** What the names in a legacy sheet are matched against: the bank's own organisations, terms, calls and synonyms. */
export interface VocabularySource {
  organisations: { id: number; name: string; code: string; shortNames: string[] }[]
  terms: { id: number; taxonomy: string; key: string; label: string }[]
  calls: { id: number; slug: string; title: string; year: number }[]
  synonymGroups: string[][]
}

export type Match = { ok: true; id: number } | { ok: false; suggestion: string | null }

/** Words that say what kind of body it is, not which one. */
const generic = new Set(['police', 'constabulary', 'service', 'force', 'the', 'of', 'practice'])
const core = (text: string) =>
  normalise(text)
    .split(' ')
    .filter((w) => !generic.has(w))
    .join(' ')

function trigrams(text: string): Set<string> {
  const set = new Set<string>()
  for (const word of text.split(' ').filter(Boolean)) {
    const padded = `  ${word} `
    for (let i = 0; i + 3 <= padded.length; i += 1) set.add(padded.slice(i, i + 3))
  }
  return set
}

/** Trigram similarity as pg_trgm measures it: shared trigrams over all trigrams of the two. */
export function similarity(a: string, b: string): number {
  const x = trigrams(a)
  const y = trigrams(b)
  if (x.size === 0 || y.size === 0) return 0
  let shared = 0
  for (const t of x) if (y.has(t)) shared += 1
  return shared / (x.size + y.size - shared)
}

/** Matches names and labels from a sheet to the bank's records, by name, abbreviation, synonym or words. */
export class Vocabulary {
  private readonly organisationKeys = new Map<string, number>()
  private readonly organisationNames = new Map<number, string>()
  private readonly synonymsOf = new Map<string, string[]>()

  constructor(private readonly source: VocabularySource) {
    for (const o of source.organisations) {
      this.organisationNames.set(o.id, o.name)
      for (const name of [o.name, o.code.replaceAll('-', ' '), ...o.shortNames]) {
        for (const key of [normalise(name), core(name)])
          if (key && !this.organisationKeys.has(key)) this.organisationKeys.set(key, o.id)
      }
    }
    for (const group of source.synonymGroups) {
      const terms = group.map(normalise)
      for (const term of terms)
        this.synonymsOf.set(term, [...(this.synonymsOf.get(term) ?? []), ...terms.filter((t) => t !== term)])
    }
  }

  organisationName(id: number): string {
    return this.organisationNames.get(id) ?? ''
  }

  organisation(text: string): Match {
    const id = this.organisationKeys.get(normalise(text)) ?? this.organisationKeys.get(core(text))
    if (id !== undefined) return { ok: true, id }
    let best: { id: number; score: number } | null = null
    const wanted = core(text) || normalise(text)
    for (const o of this.source.organisations) {
      const score = Math.max(...[o.name, ...o.shortNames].map((n) => similarity(wanted, core(n) || normalise(n))))
      if (!best || score > best.score) best = { id: o.id, score }
    }
    return { ok: false, suggestion: best && best.score >= 0.25 ? (this.organisationNames.get(best.id) ?? null) : null }
  }

  term(taxonomy: string, text: string): Match {
    const terms = this.source.terms.filter((t) => t.taxonomy === taxonomy)
    const wanted = normalise(text)
    const direct = (value: string) => {
      const exact = terms.find((t) => normalise(t.label) === value || normalise(t.key) === value)
      if (exact) return exact.id
      const words = value
        .split(' ')
        .filter((w) => w && !generic.has(w))
        .map(stem)
      if (words.length === 0) return undefined
      const fits = terms.filter((t) => {
        const label = normalise(t.label).split(' ').map(stem)
        return words.every((w) =>
          label.some((l) => l === w || (Math.min(l.length, w.length) >= 4 && (l.startsWith(w) || w.startsWith(l)))),
        )
      })
      return fits.length === 1 ? fits[0]?.id : undefined
    }
    for (const candidate of [wanted, ...(this.synonymsOf.get(wanted) ?? [])]) {
      const id = direct(candidate)
      if (id !== undefined) return { ok: true, id }
    }
    let best: { label: string; score: number } | null = null
    for (const t of terms) {
      const score = similarity(wanted, normalise(t.label))
      if (!best || score > best.score) best = { label: t.label, score }
    }
    return { ok: false, suggestion: best && best.score >= 0.2 ? best.label : null }
  }

  /** A call by its title or slug, or by its year when exactly one call ran that year. */
  call(text: string): { ok: true; id: number | null; note?: string } | { ok: false; reason: string } {
    const wanted = normalise(text)
    if (wanted === '') return { ok: true, id: null }
    const byName = this.source.calls.find((c) => normalise(c.title) === wanted || normalise(c.slug) === wanted)
    if (byName) return { ok: true, id: byName.id }
    const year = /^(?:call\s+)?(\d{4})$/.exec(wanted)?.[1] ?? /\b(19|20)\d{2}\b/.exec(wanted)?.[0]
    if (year) {
      const inYear = this.source.calls.filter((c) => c.year === Number(year))
      if (inYear.length === 1 && inYear[0]) return { ok: true, id: inYear[0].id }
      if (inYear.length === 0)
        return { ok: true, id: null, note: `No call for practice of ${year} is in the bank: imported without a call` }
      return { ok: false, reason: `More than one call ran in ${year}: write the call’s title instead` }
    }
    const titles = this.source.calls.map((c) => `${c.title} (${c.year})`).join(', ')
    return { ok: false, reason: `Call ‘${text.trim()}’ not recognised — the calls in the bank are ${titles}` }
  }
}
