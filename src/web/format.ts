const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' })
const numberFormat = new Intl.NumberFormat('en-GB')

/** GOV.UK style dates: "3 May 2022"; `month` gives "May 2022". Accepts ISO strings or Dates. */
export function formatDate(value: string | Date | null | undefined, style: 'day' | 'month' = 'day'): string {
  if (!value) return ''
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value
  if (Number.isNaN(date.getTime())) return ''
  return (style === 'month' ? monthFormat : dateFormat).format(date)
}

export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** "1 practice example", "2 practice examples" */
export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
  timeZone: 'Europe/London',
})

/** GOV.UK style date and time: "3 May 2022 at 2:15pm" (or "at midday"), London time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return ''
  const time = timeFormat.format(date).replace(/\s/g, '').toLowerCase()
  // GOV.UK style: "midnight" and "midday" rather than 12am and 12pm.
  const named = time === '12:00am' ? 'midnight' : time === '12:00pm' ? 'midday' : time
  return `${formatDate(date)} at ${named}`
}
