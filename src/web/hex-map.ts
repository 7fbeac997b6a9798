/**
 * A hexagon cartogram drawn on the server as SVG: each place one pointy-topped hexagon on a grid
 * whose odd rows shift half a hexagon east. Every hexagon is a link with its own accessible name and
 * a tooltip (an SVG <title> for the pointer, and a label that CSS shows on hover and keyboard focus,
 * drawn in a band above the map so no other hexagon can cover it).
 */
export interface HexInput {
  key: string
  col: number
  row: number
  /** drawn inside the hexagon */
  short: string
  /** a second, smaller line inside the hexagon: the count or a symbol */
  mark: string
  /** the link's accessible name and the tooltip, e.g. "Kent Police: 12 practice examples" */
  label: string
  /** the tooltip's two lines: name, then what is counted */
  tip: [string, string]
  href: string
  fill: string
  ink: string
  /** drawn with a heavy outline: the origin of a practice, or a force picked in the filters */
  emphasis?: boolean
}

export interface HexView extends HexInput {
  points: string
  cx: number
  cy: number
}

export interface HexMapView {
  width: number
  height: number
  hexes: HexView[]
  tip: { x: number; y: number; width: number; height: number }
  captions: { text: string; x: number; y: number }[]
}

const RADIUS = 30
const HEX_WIDTH = Math.sqrt(3) * RADIUS
const ROW_HEIGHT = 1.5 * RADIUS
const PAD = 8
const TIP_BAND = 56

const round = (n: number) => Math.round(n * 10) / 10

function centre(col: number, row: number) {
  return {
    cx: round(PAD + HEX_WIDTH / 2 + col * HEX_WIDTH + (row % 2 === 1 ? HEX_WIDTH / 2 : 0)),
    cy: round(TIP_BAND + RADIUS + row * ROW_HEIGHT),
  }
}

function hexPoints(cx: number, cy: number): string {
  const inner = RADIUS - 1.5
  return [30, 90, 150, 210, 270, 330]
    .map((deg) => {
      const a = (deg * Math.PI) / 180
      return `${round(cx + inner * Math.cos(a))},${round(cy + inner * Math.sin(a))}`
    })
    .join(' ')
}

/** Lays out the hexagons; `captions` are headings placed at the start of a grid row (e.g. "National bodies"). */
export function hexMap(hexes: HexInput[], captions: { text: string; row: number }[] = []): HexMapView {
  const maxCol = Math.max(...hexes.map((h) => h.col + (h.row % 2 === 1 ? 0.5 : 0)))
  const maxRow = Math.max(...hexes.map((h) => h.row))
  const width = round(PAD * 2 + (maxCol + 1) * HEX_WIDTH)
  return {
    width,
    height: round(TIP_BAND + RADIUS * 2 + maxRow * ROW_HEIGHT + PAD),
    hexes: hexes.map((h) => {
      const { cx, cy } = centre(h.col, h.row)
      return { ...h, cx, cy, points: hexPoints(cx, cy) }
    }),
    tip: { x: PAD, y: 4, width: width - PAD * 2, height: TIP_BAND - 12 },
    captions: captions.map((c) => ({ text: c.text, x: PAD, y: round(TIP_BAND + RADIUS + (c.row - 0.1) * ROW_HEIGHT) })),
  }
}

export interface ColourStep {
  /** the lowest count in the step; 0 is the step for "none" */
  from: number
  to: number
  fill: string
  ink: string
  label: string
}

// Viridis, light to dark: ordered in lightness, and readable with each kind of colour blindness.
const viridis = [
  { fill: '#fde725', ink: '#0b0c0c' },
  { fill: '#7ad151', ink: '#0b0c0c' },
  { fill: '#22a884', ink: '#0b0c0c' },
  { fill: '#2a788e', ink: '#ffffff' },
  { fill: '#414487', ink: '#ffffff' },
  { fill: '#440154', ink: '#ffffff' },
]
const darkest = { fill: '#440154', ink: '#ffffff' }
export const noneColour = { fill: '#f3f2f1', ink: '#0b0c0c' }

/** Up to six equal steps from 1 to the largest count, plus a step for none. */
export function sequentialSteps(max: number): ColourStep[] {
  const steps: ColourStep[] = [{ from: 0, to: 0, ...noneColour, label: 'None' }]
  if (max < 1) return steps
  const size = Math.ceil(max / viridis.length)
  for (let i = 0, from = 1; from <= max; i += 1, from += size) {
    const to = Math.min(max, from + size - 1)
    const colour = viridis[i] ?? darkest
    steps.push({ from, to, ...colour, label: from === to ? `${from}` : `${from} to ${to}` })
  }
  return steps
}

export function stepFor(steps: ColourStep[], value: number): ColourStep {
  const step = steps.find((s) => value >= s.from && value <= s.to) ?? steps[steps.length - 1]
  if (!step) throw new Error('a scale always has a step for none')
  return step
}
