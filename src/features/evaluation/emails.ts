import type { Email } from '../email/outbox.js'
import { fundingLabels } from './brokerage.js'

const signOff = '\n\nPractice Bank\nVulnerability Knowledge and Practice Programme'

interface Proposal {
  practiceTitle: string
  academicName: string
  academicEmail: string
  institution: string
  method: string
  timescale: string
  fundingStatus: keyof typeof fundingLabels
  ethicsRoute: string
}

interface Contact {
  contactName: string | null
  contactRole: string | null
  contactEmail: string | null
  contactPhone: string | null
}

const proposalText = (p: Proposal) =>
  `Institution: ${p.institution}\nMethod: ${p.method}\nTimescale: ${p.timescale}\nFunding: ${fundingLabels[p.fundingStatus]}\nEthics route: ${p.ethicsRoute}`

/** The plain-text e-mails of the evaluation brokerage. */
export function evaluationEmails(baseUrl: string) {
  return {
    requestReceived(to: string, p: Proposal): Email {
      return {
        to,
        subject: `We have your request to evaluate "${p.practiceTitle}"`,
        body: `Thank you for asking to be introduced to the people behind "${p.practiceTitle}". Programme staff will look at your proposal and tell you what they decide. Their contact details are shared only if the request is accepted.\n\nYour proposal:\n${proposalText(p)}\n\nYour requests: ${baseUrl}/evaluation${signOff}`,
      }
    },
    requestForReviewers(to: string, p: Proposal, requestId: number): Email {
      return {
        to,
        subject: `An academic asks to evaluate "${p.practiceTitle}"`,
        body: `${p.academicName} (${p.institution}) asks to be introduced to the people behind "${p.practiceTitle}".\n\n${proposalText(p)}\n\nAccept or decline: ${baseUrl}/review/evaluation/requests/${requestId}${signOff}`,
      }
    },
    introductionToAcademic(to: string, p: Proposal, contact: Contact, note: string | null): Email {
      const lines = [
        contact.contactName && `Name: ${contact.contactName}${contact.contactRole ? `, ${contact.contactRole}` : ''}`,
        contact.contactEmail && `E-mail: ${contact.contactEmail}`,
        contact.contactPhone && `Telephone: ${contact.contactPhone}`,
      ].filter(Boolean)
      return {
        to,
        subject: `Introduction: "${p.practiceTitle}"`,
        body: `Your request to evaluate "${p.practiceTitle}" has been accepted, and we are introducing you to the practice lead, who has been sent your proposal.\n\n${lines.join('\n')}${note ? `\n\nA note from programme staff:\n${note}` : ''}\n\nPlease agree the next steps with them directly. The evaluation is tracked on the practice in Practice Bank: tell us when it starts and when it reports.${signOff}`,
      }
    },
    introductionToPracticeLead(to: string, p: Proposal, note: string | null): Email {
      return {
        to,
        subject: `Introduction: a researcher would like to evaluate "${p.practiceTitle}"`,
        body: `You agreed that we may introduce you to researchers. ${p.academicName} would like to evaluate "${p.practiceTitle}", and programme staff have accepted their proposal.\n\n${proposalText(p)}\n\nYou can reach them at ${p.academicEmail}; they have been sent your contact details.${note ? `\n\nA note from programme staff:\n${note}` : ''}\n\nYou do not have to take part: if it is not right for your force, just tell them.${signOff}`,
      }
    },
    requestDeclined(to: string, p: Proposal, note: string): Email {
      return {
        to,
        subject: `Your request to evaluate "${p.practiceTitle}"`,
        body: `Programme staff have looked at your request to be introduced to the people behind "${p.practiceTitle}" and have declined it.\n\nTheir note:\n${note}\n\nOther practice open to evaluation: ${baseUrl}/evaluation${signOff}`,
      }
    },
    reported(to: string, practiceTitle: string, evaluationId: number): Email {
      return {
        to,
        subject: `An evaluation of "${practiceTitle}" has reported`,
        body: `The evaluation of "${practiceTitle}" has reported. Please look again at the practice's stage of practice and outcome category in the light of its findings.\n\n${baseUrl}/review/evaluation/evaluations/${evaluationId}${signOff}`,
      }
    },
  }
}
