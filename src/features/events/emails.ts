import type { Email } from '../email/outbox.js'
import { formatDateTime } from '../../web/format.js'
import type { EventMailTemplate } from './change-repository.js'
import type { EventRow, RegistrationRow } from './repository.js'

const SIGN_OFF = '\n\nPractice Bank learning events'

/** What an organiser's change moved: the time, the place, or only the joining link. */
export interface EventChange {
  when: boolean
  where: boolean
  link: boolean
}

/** The plain-text e-mails of learning events: places, the waiting list, reminders and invitations. */
export function eventEmails(baseUrl: string) {
  const page = (event: EventRow) => `${baseUrl}/events/${event.slug}`
  const when = (event: EventRow) => `${formatDateTime(event.startsAt)} to ${formatDateTime(event.endsAt)} (UK time)`
  const where = (event: EventRow, withLink: boolean) =>
    event.format === 'in-person'
      ? `Where: ${event.venue}, ${event.address}`
      : withLink
        ? `Where: online. Join at ${event.onlineLink}`
        : 'Where: online. The joining link is sent to people with a place.'
  const cancelLink = (token: string) => `${baseUrl}/events/cancel/${token}`
  const calendar = (event: EventRow) => `${page(event)}/calendar.ics`

  return {
    placeConfirmed(to: string, event: EventRow, registration: RegistrationRow): Email {
      return {
        to,
        subject: `Your place at ${event.title}`,
        body: `You have a place at ${event.title}.\n\nWhen: ${when(event)}\n${where(event, true)}\n\nAdd it to your calendar: ${calendar(event)}\n\nIf you can no longer come, please give up your place so someone on the waiting list can have it: ${cancelLink(registration.cancelToken)}\n\nEvent details: ${page(event)}${SIGN_OFF}`,
      }
    },
    waitingConfirmed(to: string, event: EventRow, registration: RegistrationRow, position: number): Email {
      return {
        to,
        subject: `You are on the waiting list for ${event.title}`,
        body: `${event.title} is full, so you are on the waiting list (number ${position}). If a place comes free it is offered in the order people joined, and we will e-mail you.\n\nWhen: ${when(event)}\n${where(event, false)}\n\nTo leave the waiting list: ${cancelLink(registration.cancelToken)}${SIGN_OFF}`,
      }
    },
    promoted(to: string, event: EventRow, registration: RegistrationRow): Email {
      return {
        to,
        subject: `A place has come free: you are going to ${event.title}`,
        body: `A place has come free at ${event.title} and it is yours: you no longer need to wait.\n\nWhen: ${when(event)}\n${where(event, true)}\n\nAdd it to your calendar: ${calendar(event)}\n\nIf you can no longer come, please give up your place: ${cancelLink(registration.cancelToken)}${SIGN_OFF}`,
      }
    },
    cancelled(to: string, event: EventRow): Email {
      return {
        to,
        subject: `You have cancelled your registration for ${event.title}`,
        body: `You no longer have a place, or a place on the waiting list, at ${event.title}. You can register again while registration is open: ${page(event)}${SIGN_OFF}`,
      }
    },
    reminder(to: string, event: EventRow, token: string): Email {
      return {
        to,
        subject: `Reminder: ${event.title} is tomorrow`,
        body: `This is a reminder that you have a place at ${event.title}.\n\nWhen: ${when(event)}\n${where(event, true)}\n\nIf you can no longer come, please give up your place: ${cancelLink(token)}${SIGN_OFF}`,
      }
    },
    /** To everyone registered or waiting, one statement: `marker` is replaced by each person's cancel token. */
    changed(event: EventRow, change: EventChange, marker: string): EventMailTemplate {
      const what = [change.when && 'the date or time', (change.where || change.link) && 'the place'].filter(Boolean)
      const intro = `The organisers have changed ${what.join(' and ')} of ${event.title}.`
      const leave = `If you can no longer come, please give up your place: ${cancelLink(marker)}`
      return {
        subject: `${event.title} has changed: ${what.join(' and ')}`,
        bodyWithPlace: `${intro} You still have a place.\n\nWhen: ${when(event)}\n${where(event, true)}\n\nAdd the new details to your calendar (it replaces the old entry): ${calendar(event)}\n\n${leave}\n\nEvent details: ${page(event)}${SIGN_OFF}`,
        bodyWaiting: `${intro} You are still on the waiting list.\n\nWhen: ${when(event)}\n${where(event, false)}\n\nTo leave the waiting list: ${cancelLink(marker)}\n\nEvent details: ${page(event)}${SIGN_OFF}`,
        tokenMarker: marker,
      }
    },
    /** To everyone registered or waiting when the event is called off. */
    eventCancelled(event: EventRow, reason: string, marker: string): EventMailTemplate {
      const body = (held: string) =>
        `${event.title}, on ${when(event)}, has been cancelled, so ${held} no longer stands. You do not need to do anything.\n\nThe organisers' reason: ${reason}\n\nIf you added it to your calendar, the calendar file now marks it as cancelled: ${calendar(event)}\n\nOther learning events: ${baseUrl}/events${SIGN_OFF}`
      return {
        subject: `Cancelled: ${event.title}`,
        bodyWithPlace: body('your place'),
        bodyWaiting: body('your place on the waiting list'),
        tokenMarker: marker,
      }
    },
    invitation(to: string, event: EventRow, practiceTitle: string): Email {
      return {
        to,
        subject: `Would you present ‘${practiceTitle}’ at ${event.title}?`,
        body: `Your practice ‘${practiceTitle}’ is to be showcased at ${event.title}, and we would like you to present it.\n\nWhen: ${when(event)}\n${where(event, true)}\n\nPlease tell us whether you can: ${page(event)}/presenting\n\nYou are receiving this because you agreed that we may invite you to present at learning events.${SIGN_OFF}`,
      }
    },
  }
}
