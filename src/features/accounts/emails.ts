import type { Email } from '../email/outbox.js'

const signature = '\n\nPractice Bank\nSharing practice that protects vulnerable people'

/** The account e-mails, in plain text. */
export const accountEmails = {
  verify: (to: string, link: string): Email => ({
    to,
    subject: 'Confirm your e-mail address for Practice Bank',
    body:
      `Confirm your e-mail address to finish setting up your Practice Bank account:\n\n${link}\n\n` +
      'The link works once and for 24 hours. If you did not ask for an account, you can ignore this e-mail.' +
      signature,
  }),
  alreadyRegistered: (to: string, baseUrl: string): Email => ({
    to,
    subject: 'Someone tried to register with your e-mail address',
    body:
      'Someone tried to create a Practice Bank account with this e-mail address, but you already have one.\n\n' +
      `If it was you, sign in at ${baseUrl}/sign-in, or reset your password at ${baseUrl}/forgot-password.\n\n` +
      'If it was not you, you do not need to do anything.' +
      signature,
  }),
  resetPassword: (to: string, link: string): Email => ({
    to,
    subject: 'Reset your Practice Bank password',
    body:
      `Use this link to choose a new password:\n\n${link}\n\n` +
      'The link works once and for 1 hour. If you did not ask to reset your password, you can ignore this e-mail; ' +
      'your password has not changed.' +
      signature,
  }),
  setPassword: (to: string, link: string): Email => ({
    to,
    subject: 'Set a password for Practice Bank',
    body:
      'You asked to set a password for your Practice Bank account, so that you can sign in without your ' +
      `organisation's sign-in. Use this link to choose one:\n\n${link}\n\n` +
      'The link works once and for 1 hour. If you did not ask for this, you can ignore this e-mail; ' +
      'you can still sign in through your organisation.' +
      signature,
  }),
}
