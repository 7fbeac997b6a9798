import type { Email } from '../email/outbox.js'
import { formatDate } from '../../web/format.js'

/** The plain-text announcement of one call to one person, with the link to stop these e-mails. */
export function announcementEmail(
  baseUrl: string,
  to: { email: string; name: string | null },
  call: { title: string; theme: string; slug: string; closesOn: string },
  unsubscribeToken: string,
): Email {
  return {
    to: to.email,
    subject: `New call for practice: ${call.title}`,
    body:
      `${to.name ? `Hello ${to.name},` : 'Hello,'}\n\n` +
      `A new call for practice is open: ${call.title}.\n\n` +
      `The theme: ${call.theme}\n\n` +
      `It closes on ${formatDate(call.closesOn)} (UK time). Read the guidance and respond here: ${baseUrl}/calls/${call.slug}\n\n` +
      `You are getting this because you are a force lead or asked to hear about new calls. ` +
      `Stop these e-mails, without signing in: ${baseUrl}/calls/unsubscribe/${unsubscribeToken}\n\nPractice Bank`,
  }
}
