import type { Email } from '../email/outbox.js'

interface Subject {
  reference: string
  title: string
}

const signOff = '\n\nPractice Bank\nVulnerability Knowledge and Practice Programme'
const heading = (p: Subject) => `Your practice example "${p.title}" (${p.reference})`

export const reviewEmails = {
  changesRequested: (to: string, p: Subject, comments: string, taskListUrl: string): Email => ({
    to,
    subject: `Changes needed to ${p.reference}`,
    body: `${heading(p)} needs some changes before it can be published.\n\nThe reviewer says:\n\n${comments}\n\nMake the changes and send it again here:\n${taskListUrl}${signOff}`,
  }),
  rejected: (to: string, p: Subject, reasons: string): Email => ({
    to,
    subject: `${p.reference} will not be published`,
    body: `${heading(p)} has been reviewed and will not be published.\n\nThe reasons:\n\n${reasons}${signOff}`,
  }),
  published: (to: string, p: Subject, audience: string, url: string): Email => ({
    to,
    subject: `${p.reference} has been published`,
    body: `${heading(p)} has been published. ${audience}\n\nSee it here:\n${url}${signOff}`,
  }),
  unpublished: (to: string, p: Subject, reason: string): Email => ({
    to,
    subject: `${p.reference} has been taken out of Practice Bank for now`,
    body: `${heading(p)} is no longer shown while it is reviewed again.\n\nThe reason:\n\n${reason}${signOff}`,
  }),
  archived: (to: string, p: Subject, reason: string): Email => ({
    to,
    subject: `${p.reference} has been archived`,
    body: `${heading(p)} has been archived and is no longer shown.\n\nThe reason:\n\n${reason}${signOff}`,
  }),
  revisionApproved: (to: string, p: Subject, number: number, url: string): Email => ({
    to,
    subject: `Your changes to ${p.reference} are published`,
    body: `The changes you sent (revision ${number}) to "${p.title}" have been approved and are now live.\n\n${url}${signOff}`,
  }),
  revisionChangesRequested: (to: string, p: Subject, number: number, comments: string, url: string): Email => ({
    to,
    subject: `More work needed on your changes to ${p.reference}`,
    body: `The changes you sent (revision ${number}) to "${p.title}" need more work before they can be published. The published version stays as it is.\n\nThe reviewer says:\n\n${comments}\n\nContinue here:\n${url}${signOff}`,
  }),
  revisionRejected: (to: string, p: Subject, number: number, comments: string): Email => ({
    to,
    subject: `Your changes to ${p.reference} will not be published`,
    body: `The changes you sent (revision ${number}) to "${p.title}" will not be published. The published version stays as it is.\n\nThe reviewer says:\n\n${comments}${signOff}`,
  }),
}

export const audienceText = {
  public: 'Everyone can read it.',
  policing: 'People in policing can read it once signed in.',
  internal: 'Only you and the programme team can read it.',
} as const
