import { regions } from '../../db/seed/reference-data.js'
import type { AdoptionKind } from '../../db/schema/index.js'
import { hexMap, noneColour, sequentialSteps, stepFor, type HexInput } from '../../web/hex-map.js'
import { formatNumber, pluralise } from '../../web/format.js'
import { searchHref, type SearchQuery } from '../catalogue/search-query.js'
import type { OrganisationRef } from '../reference/types.js'
import { mapFilterView } from './filter-view.js'
import { forceGrid, nationalRow, type HexPlace } from './layout.js'
import type { Cell, ForceCounts, Measure } from './service.js'

const measureWords: Record<Measure, { one: string; many: string; heading: string; hint: string }> = {
  published: {
    one: 'practice example',
    many: 'practice examples',
    heading: 'Published practice',
    hint: 'Practice you can read in the bank, by the force it comes from',
  },
  submissions: {
    one: 'submission',
    many: 'submissions',
    heading: 'Submissions to calls for practice',
    hint: 'Everything sent in to a call, published or not: choose a call in the filters',
  },
  adoptions: {
    one: "adoption of another force's practice",
    many: "adoptions of other forces' practice",
    heading: 'Adoptions',
    hint: 'Practice a force adopted or adapted from another force',
  },
}

const regionOrder = new Map<string, number>(regions.map((r, i) => [r.key, i]))
const regionName = new Map<string, string>(regions.map((r) => [r.key, r.label]))

function placed(ref: { organisations: OrganisationRef[] }): (OrganisationRef & { place: HexPlace })[] {
  return ref.organisations
    .flatMap((o) => {
      const place = forceGrid[o.code] ?? nationalRow[o.code]
      return place ? [{ ...o, place }] : []
    })
    .sort(
      (a, b) =>
        (regionOrder.get(a.region ?? '') ?? 99) - (regionOrder.get(b.region ?? '') ?? 99) ||
        a.name.localeCompare(b.name),
    )
}

const relaxedNote = ' (matching any of your words)'

export function countLabel(cell: Cell | undefined, measure: Measure): string {
  const n = cell?.n ?? 0
  const w = measureWords[measure]
  return pluralise(n, w.one, w.many) + (cell?.relaxed && n > 0 ? relaxedNote : '')
}

/** The practice map page for a measure: the cartogram, its legend and the same numbers as a table. */
export function forceMapView(counts: ForceCounts, query: SearchQuery, allowed: Measure[]) {
  const { cells, ref, measure } = counts
  const orgs = placed(ref)
  const chosen = new Set(query.filters.organisation)
  const max = Math.max(0, ...orgs.map((o) => cells.get(String(o.id))?.n ?? 0))
  const steps = sequentialSteps(max)
  const href = (code: string) => searchHref(query, { filters: { organisation: [code] }, sort: null })
  const hexes: HexInput[] = orgs.map((o) => {
    const { place } = o
    const cell = cells.get(String(o.id))
    const step = stepFor(steps, cell?.n ?? 0)
    const count = countLabel(cell, measure)
    return {
      key: o.code,
      col: place.col,
      row: place.row,
      short: place.short,
      mark: formatNumber(cell?.n ?? 0),
      label: `${o.name}: ${count}`,
      tip: [o.name, count],
      href: href(o.code),
      fill: step.fill,
      ink: step.ink,
      emphasis: chosen.has(o.code),
    }
  })
  const partners = ref.organisations
    .filter((o) => !forceGrid[o.code] && !nationalRow[o.code])
    .reduce((sum, o) => sum + (cells.get(String(o.id))?.n ?? 0), 0)
  return {
    pageTitle: 'Practice map',
    activeNav: 'map',
    measure,
    words: measureWords[measure],
    measureItems: allowed.map((m) => ({
      value: m,
      text: measureWords[m].heading,
      hint: { text: measureWords[m].hint },
      checked: m === measure,
    })),
    map: hexMap(hexes, [{ text: 'National bodies', row: 10.2 }]),
    legendSteps: steps,
    anyRelaxed: [...cells.values()].some((c) => c.relaxed && c.n > 0),
    total: counts.total,
    totalLabel: countLabel(counts.total, measure),
    rows: orgs.map((o) => ({
      code: o.code,
      name: o.name,
      region: regionName.get(o.region ?? '') ?? '',
      count: cells.get(String(o.id))?.n ?? 0,
      relaxed: cells.get(String(o.id))?.relaxed ?? false,
      href: href(o.code),
    })),
    partners: measure === 'adoptions' ? null : partners,
    filters: mapFilterView(query, ref, '/map'),
  }
}

const spreadColours: Record<AdoptionKind | 'origin', { fill: string; ink: string; mark: string; label: string }> = {
  // Okabe and Ito's colours, told apart with each kind of colour blindness; the mark says it in text too.
  origin: { fill: '#0b0c0c', ink: '#ffffff', mark: 'Origin', label: 'Where it began' },
  adopted: { fill: '#0072b2', ink: '#ffffff', mark: 'Uses', label: 'Adopted' },
  adapted: { fill: '#e69f00', ink: '#0b0c0c', mark: 'Adapted', label: 'Adapted' },
  'decided-against': { fill: '#b1b4b6', ink: '#0b0c0c', mark: 'No', label: 'Considered and decided against' },
}

export interface SpreadInput {
  practice: { slug: string; title: string; organisationId: number }
  adoptions: { organisationId: number; kind: AdoptionKind }[]
}

/** One practice's spread: the force where it began, and what every other force did with it. */
export function spreadMapView(spread: SpreadInput, ref: { organisations: OrganisationRef[] }) {
  const kindOf = new Map(spread.adoptions.map((a) => [a.organisationId, a.kind]))
  const orgs = placed(ref)
  const hexes: HexInput[] = orgs.map((o) => {
    const { place } = o
    const kind = o.id === spread.practice.organisationId ? 'origin' : kindOf.get(o.id)
    const colour = kind ? spreadColours[kind] : { ...noneColour, mark: '', label: 'Nothing recorded' }
    return {
      key: o.code,
      col: place.col,
      row: place.row,
      short: place.short,
      mark: colour.mark,
      label: `${o.name}: ${colour.label.toLowerCase()}`,
      tip: [o.name, colour.label],
      href:
        kind === 'origin' || kind ? `/practices/${spread.practice.slug}#spread` : `/practices?organisation=${o.code}`,
      fill: colour.fill,
      ink: colour.ink,
      emphasis: kind === 'origin',
    }
  })
  const origin = ref.organisations.find((o) => o.id === spread.practice.organisationId)
  return {
    pageTitle: `Spread of ${spread.practice.title}`,
    activeNav: 'map',
    practice: spread.practice,
    originName: origin?.name ?? '',
    map: hexMap(hexes, [{ text: 'National bodies', row: 10.2 }]),
    legendSteps: [...Object.values(spreadColours), { ...noneColour, mark: '', label: 'Nothing recorded' }],
    rows: spread.adoptions.flatMap((a) => {
      const org = ref.organisations.find((o) => o.id === a.organisationId)
      return org ? [{ name: org.name, what: spreadColours[a.kind].label }] : []
    }),
  }
}
