import { formatNumber, pluralise } from '../../web/format.js'
import { hexMap, sequentialSteps, stepFor, type HexInput } from '../../web/hex-map.js'
import { forceGrid } from '../map/layout.js'
import type { CallProgressService } from './progress-service.js'

type Progress = NonNullable<Awaited<ReturnType<CallProgressService['forCall']>>>

/** The staff progress page: the forces' hex map coloured by responses sent, with the same figures as tables. */
export function progressView(progress: Progress) {
  const max = Math.max(0, ...progress.forces.map((f) => f.sent))
  const steps = sequentialSteps(max)
  const hexes: HexInput[] = progress.forces.flatMap((force) => {
    const place = forceGrid[force.code]
    if (!place) return []
    const step = stepFor(steps, force.sent)
    const count = pluralise(force.sent, 'response', 'responses')
    return [
      {
        key: force.code,
        col: place.col,
        row: place.row,
        short: place.short,
        mark: formatNumber(force.sent),
        label: `${force.name}: ${count}`,
        tip: [force.name, count],
        href: `#force-${force.code}`,
        fill: step.fill,
        ink: step.ink,
        emphasis: false,
      },
    ]
  })
  return {
    pageTitle: `Responses to ${progress.call.title}`,
    activeNav: 'review',
    ...progress,
    map: hexMap(hexes),
    legendSteps: steps,
    sentLabel: pluralise(progress.sent, 'response sent', 'responses sent'),
    draftsLabel: pluralise(progress.drafts, 'draft started and not sent yet', 'drafts started and not sent yet'),
  }
}
