const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
})

/** The wall-clock reading in London of an instant, as if it were UTC: for working out the offset. */
function londonWallClockAsUtc(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]))
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  )
}

/**
 * The instant a London date and time names (GMT in winter, BST in summer). A time that does not
 * exist (the hour skipped in March) moves forward an hour; one that happens twice (October) is the first.
 */
export function fromLondonTime(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const wanted = Date.UTC(y, m - 1, d, hh, mm)
  let guess = wanted
  for (let i = 0; i < 2; i++) guess = wanted - (londonWallClockAsUtc(guess) - guess)
  // In October's repeated hour both readings match: prefer the earlier instant (BST).
  if (londonWallClockAsUtc(guess - 3_600_000) === wanted) guess -= 3_600_000
  return new Date(guess)
}

/** "2026-03-29" and "14:30" for an instant, in London. */
export function toLondonParts(instant: Date): { date: string; time: string } {
  const wall = new Date(londonWallClockAsUtc(instant.getTime()))
  return { date: wall.toISOString().slice(0, 10), time: wall.toISOString().slice(11, 16) }
}
