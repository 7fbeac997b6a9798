import type { Email } from '../email/outbox.js'

interface Mail {
  baseUrl: string
  reference: string
  title: string
}

/** To the contributor, when their practice (or a change to it) is sent. */
export function receivedEmail(
  to: { email: string; name: string },
  mail: Mail & { kind: 'new' | 'resubmitted' | 'revision' },
): Email {
  const what =
    mail.kind === 'revision'
      ? `your changes to ‘${mail.title}’`
      : mail.kind === 'resubmitted'
        ? `your updated practice example ‘${mail.title}’`
        : `your practice example ‘${mail.title}’`
  return {
    to: to.email,
    subject:
      mail.kind === 'revision'
        ? `We have received your changes to ${mail.reference}`
        : `We have received your practice example ${mail.reference}`,
    body: [
      `Hello ${to.name || 'there'},`,
      '',
      `Thank you for sending ${what} to Practice Bank.`,
      '',
      `Your reference is ${mail.reference}. Use it if you contact us about this practice.`,
      '',
      'What happens next',
      '',
      'A reviewer from the programme will read it, usually within 4 weeks. They may ask you questions or ask you to change something before it is shared. We will e-mail you when a decision is made.',
      mail.kind === 'revision' ? 'Until then, the published version stays as it is.' : '',
      '',
      `You can see where it is at any time: ${mail.baseUrl}/my-submissions`,
      '',
      'Practice Bank',
    ]
      .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
      .join('\n'),
  }
}

/** To every reviewer, when something arrives for review. */
export function reviewNeededEmail(
  to: string,
  mail: Mail & { kind: 'new' | 'resubmitted' | 'revision'; organisation: string; revisionNumber?: number },
): Email {
  const subject =
    mail.kind === 'revision'
      ? `Changes to published practice to review: ${mail.reference}`
      : mail.kind === 'resubmitted'
        ? `Updated practice example to review: ${mail.reference}`
        : `New practice example to review: ${mail.reference}`
  const link =
    mail.kind === 'revision' && mail.revisionNumber
      ? `${mail.baseUrl}/review/${mail.reference}/revisions/${mail.revisionNumber}`
      : `${mail.baseUrl}/review/${mail.reference}`
  return {
    to,
    subject,
    body: [
      'Hello,',
      '',
      `${mail.organisation} has sent ${mail.kind === 'revision' ? 'changes to' : ''} ‘${mail.title}’ (${mail.reference}).`.replace(
        '  ',
        ' ',
      ),
      '',
      `Review it: ${link}`,
      '',
      'Practice Bank',
    ].join('\n'),
  }
}

/** To the reviewer (assigned, or every reviewer) when the contributor replies to their comments. */
export function replyEmail(
  to: string,
  mail: Mail & { reply: string; contributor: string; revisionNumber: number | null },
): Email {
  const what = mail.revisionNumber ? `their changes (revision ${mail.revisionNumber}) to ` : ''
  return {
    to,
    subject: `The contributor has replied about ${mail.reference}`,
    body: [
      `${mail.contributor || 'The contributor'} has replied to the comments on ${what}‘${mail.title}’ (${mail.reference}).`,
      '',
      'They say:',
      '',
      mail.reply,
      '',
      `Read it on the review page: ${mail.baseUrl}/review/${mail.reference}`,
      '',
      'Practice Bank',
    ].join('\n'),
  }
}

/** To each reviewer, when a contributor takes back some of their consent on published practice. */
export function consentWithdrawnEmail(to: string, mail: Mail & { withdrawn: string[]; shownTo: string }): Email {
  return {
    to,
    subject: `Consent withdrawn for ${mail.reference}`,
    body: [
      'Hello,',
      '',
      `The contributor of ‘${mail.title}’ (${mail.reference}) has taken back some of their consent:`,
      '',
      ...mail.withdrawn.map((w) => `- ${w}`),
      '',
      `This has already been applied to the published practice. It is now shown to: ${mail.shownTo}.`,
      '',
      `See the practice: ${mail.baseUrl}/review/${mail.reference}`,
    ].join('\n'),
  }
}
