import { formatDate, formatDateTime } from '../../web/format.js'
import type { EventRow } from './repository.js'
import { regionLabel } from './service.js'
import { toLondonParts } from './london-time.js'

const timeOnly = (value: Date) => formatDateTime(value).replace(/^.* at /, '')

/** What every events page shows of an event, in London time. */
export function eventView(event: EventRow, taken: number) {
  const sameDay = toLondonParts(event.startsAt).date === toLondonParts(event.endsAt).date
  return {
    ...event,
    regionLabel: regionLabel(event.region),
    when: sameDay
      ? `${formatDate(event.startsAt)}, ${timeOnly(event.startsAt)} to ${timeOnly(event.endsAt)}`
      : `${formatDateTime(event.startsAt)} to ${formatDateTime(event.endsAt)}`,
    closes: formatDateTime(event.registrationClosesAt),
    where: event.format === 'online' ? 'Online' : `${event.venue ?? ''}, ${event.address ?? ''}`,
    audienceLabel: event.audience === 'policing' ? 'Police and staff only' : 'Open to everyone',
    taken,
    placesLeft: Math.max(0, event.capacity - taken),
    speakerLines: (event.speakers ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
  }
}
