import { randomUUID } from 'node:crypto'
import { oneClickUnsubscribeHeaders, type Email } from '../email/outbox.js'
import { formatDate } from '../../web/format.js'
import type { AnnouncementTemplate } from './repository.js'

/** The plain-text announcement of one call to one person, with the link to stop these e-mails. */
export function announcementEmail(
  baseUrl: string,
  to: { email: string; name: string | null },
  call: { title: string; theme: string; slug: string; closesOn: string },
  unsubscribeToken: string,
): Email {
  const unsubscribeLink = `${baseUrl}/calls/unsubscribe/${unsubscribeToken}`
  return {
    to: to.email,
    subject: `New call for practice: ${call.title}`,
    body:
      `${to.name ? `Hello ${to.name},` : 'Hello,'}\n\n` +
      `A new call for practice is open: ${call.title}.\n\n` +
      `The theme: ${call.theme}\n\n` +
      `It closes on ${formatDate(call.closesOn)} (UK time). Read the guidance and respond here: ${baseUrl}/calls/${call.slug}\n\n` +
      `You are getting this because you are a force lead or asked to hear about new calls. ` +
      `Stop these e-mails, without signing in: ${unsubscribeLink}\n\nPractice Bank`,
    headers: oneClickUnsubscribeHeaders(unsubscribeLink),
  }
}

/**
 * The same e-mail with markers for the person's name and token, for the one statement that queues it to
 * everyone (repository.enqueueAnnouncementEmails). Made by announcementEmail itself, so the two cannot differ.
 */
export function announcementTemplate(
  baseUrl: string,
  call: { title: string; theme: string; slug: string; closesOn: string },
): AnnouncementTemplate {
  const nonce = randomUUID()
  const nameMarker = `[name ${nonce}]`
  const tokenMarker = `[token ${nonce}]`
  const named = announcementEmail(baseUrl, { email: '', name: nameMarker }, call, tokenMarker)
  const unnamed = announcementEmail(baseUrl, { email: '', name: null }, call, tokenMarker)
  return {
    subject: named.subject,
    bodyNamed: named.body,
    bodyUnnamed: unnamed.body,
    headers: named.headers ?? {},
    nameMarker,
    tokenMarker,
  }
}
