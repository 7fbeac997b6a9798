import { oneClickUnsubscribeHeaders, type Email } from '../email/outbox.js'
import type { NewPractice } from './repository.js'

/** At most this many practice examples are listed in one alert; the rest are counted with a link to the search. */
export const LISTED_IN_ALERT = 20

const SIGN_OFF = '\n\nPractice Bank'

/** The plain-text alert: what is new for one saved search, and the ways to change or stop it. */
export function alertEmail(
  baseUrl: string,
  to: { email: string; name: string },
  search: { name: string; query: string },
  found: NewPractice[],
  unsubscribeToken: string,
): Email {
  const total = found[0]?.total ?? found.length
  const listed = found
    .slice(0, LISTED_IN_ALERT)
    .map(
      (p) =>
        `${p.title}\n${p.summary.length > 200 ? `${p.summary.slice(0, 197).trimEnd()}…` : p.summary}\n${baseUrl}/practices/${p.slug}`,
    )
    .join('\n\n')
  const more = total > LISTED_IN_ALERT ? `\n\nAnd ${total - LISTED_IN_ALERT} more.` : ''
  const unsubscribeLink = `${baseUrl}/saved-searches/unsubscribe/${unsubscribeToken}`
  const searchLink = `${baseUrl}/practices${search.query ? `?${search.query}` : ''}`
  const heading =
    total === 1
      ? `1 new practice example matches your saved search “${search.name}”.`
      : `${total} new practice examples match your saved search “${search.name}”.`
  return {
    to: to.email,
    subject: `New practice for your saved search “${search.name}”`,
    body:
      `${to.name ? `Hello ${to.name},` : 'Hello,'}\n\n${heading}\n\n${listed}${more}\n\n` +
      `See everything this search finds: ${searchLink}\n\n` +
      `Change how often you hear about it, or delete it: ${baseUrl}/account/saved-searches\n\n` +
      `Stop these e-mails, without signing in: ${unsubscribeLink}${SIGN_OFF}`,
    headers: oneClickUnsubscribeHeaders(unsubscribeLink),
  }
}
