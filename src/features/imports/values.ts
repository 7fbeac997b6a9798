import type { ConsentPublication } from '../../db/schema/index.js'

/** Pure readers of one cell each: the value for the practice, or the reason it cannot be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const no = (reason: string): Read<never> => ({ ok: false, reason })

/** Lower case, '&' as 'and', punctuation as spaces, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** A rough stem, so "locally" meets "local" and "evaluation" meets "evaluated". */
export const stem = (word: string) => word.replace(/(ations?|ions?|ed|ly|ing|es|s)$/, '')

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase()
  if (lower.length < 3) return null
  const index = months.findIndex((m) => m.startsWith(lower) || (lower.length > 3 && lower === m.slice(0, 4)))
  return index === -1 ? null : index + 1
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  if (year < 1950 || year > 2100) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const twoDigitYear = (y: number) => (y < 100 ? 2000 + y : y)

/**
 * A date as legacy sheets write it: 2021-03-14, 14/03/2021 (day first, as in the UK), 14 March 2021,
 * March 2021 (the first of the month) or 2021 alone (the first of January).
 */
export function readDate(text: string): Read<string | null> {
  const t = text.trim()
  if (t === '') return ok(null)
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t)
  let iso: string | null = null
  if (m) iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]))
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t)))
    iso = isoOf(twoDigitYear(Number(m[3])), Number(m[2]), Number(m[1]))
  else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})$/i.exec(t))) {
    const month = monthNumber(m[2] ?? '')
    iso = month ? isoOf(twoDigitYear(Number(m[3])), month, Number(m[1])) : null
  } else if ((m = /^([a-z]+)\.?,?\s+(\d{4})$/i.exec(t))) {
    const month = monthNumber(m[1] ?? '')
    iso = month ? isoOf(Number(m[2]), month, 1) : null
  } else if ((m = /^(\d{4})$/.exec(t))) iso = isoOf(Number(m[1]), 1, 1)
  return iso ? ok(iso) : no(`‘${t}’ is not a date: write it as 14/03/2021, 14 March 2021, March 2021 or 2021-03-14`)
}

/** What the contributor agreed to: public, policing only, or not to publish. A blank is no consent. */
export function readConsent(text: string): Read<ConsentPublication | null> {
  const t = normalise(text)
  if (t === '') return ok(null)
  if (/^(policing|police)( only)?$|^police only|^policing only|^restricted|^police family|^knowledge hub/.test(t))
    return ok('policing')
  if (
    /^(yes|y|public|publicly|anyone|everyone|open|yes public|yes publish|publish)( .*)?$/.test(t) &&
    !/police|policing/.test(t)
  )
    return ok('public')
  if (/^(yes|y).*(police|policing)/.test(t)) return ok('policing')
  if (/^(no|n|none|internal|do not publish|dont publish|not to be published|private|confidential)( .*)?$/.test(t))
    return ok('none')
  return no(`‘${text.trim()}’ is not a consent answer: write public, policing only or no`)
}

export function readYesNo(text: string): Read<boolean | null> {
  const t = normalise(text)
  if (t === '') return ok(null)
  if (/^(yes|y|true|1|agreed)$/.test(t)) return ok(true)
  if (/^(no|n|false|0|not agreed)$/.test(t)) return ok(false)
  return no(`‘${text.trim()}’ is not yes or no`)
}

export function readEmail(text: string): Read<string | null> {
  const t = text.trim()
  if (t === '') return ok(null)
  const address = t.replace(/^mailto:/i, '')
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address) && address.length <= 254
    ? ok(address.toLowerCase())
    : no(`‘${t}’ is not an e-mail address`)
}

/** The longest text each field takes; a longer cell is an error, not silently cut. */
export const maxLengths: Record<string, number> = { title: 200, contactName: 200, contactRole: 200, contactPhone: 50 }
export const MAX_TEXT = 20_000

export function readText(key: string, text: string): Read<string | null> {
  const t = text.replace(/\r\n?/g, '\n').trim()
  if (t === '') return ok(null)
  const max = maxLengths[key] ?? MAX_TEXT
  return t.length > max
    ? no(`is ${t.length.toLocaleString('en-GB')} characters long: at most ${max.toLocaleString('en-GB')} are taken`)
    : ok(t)
}

/** Items of a merged list cell: "DA; stalking", "CSE, missing / county lines". */
export function splitList(text: string): string[] {
  return text
    .split(/[;,|/\n]+|\s+\+\s+|\s+&\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}
