/** One step of filling in a section: type into a field, or tick a box or radio. */
export type Step = { type: string; value: string } | { tick: string }
export interface Section {
  title: string
  key: string
  steps: Step[]
}

/** The answers, section by section. Radios take the first option, which is where the keyboard lands. */
export const practiceSections: Section[] = [
  {
    title: 'Your organisation and contact',
    key: 'organisation',
    steps: [
      { type: '#contactRole', value: 'Victim care lead' },
      { type: '#contactPhone', value: '01632 960 001' },
    ],
  },
  {
    title: 'About the practice',
    key: 'about',
    steps: [
      { type: '#title', value: 'Victims shape our callback script' },
      { type: '#summary', value: 'Victims rewrote the wording of domestic abuse callbacks with call handlers.' },
      { type: '#problem', value: 'Callbacks felt cold and rushed.' },
      { type: '#aims', value: 'More victims stay on the line and accept support.' },
    ],
  },
  {
    title: 'What you did',
    key: 'what-you-did',
    steps: [
      { type: '#approach', value: 'A paid panel of victims met six times with supervisors.' },
      { tick: 'input[name="targetGroups"][value="victims"]' },
      { tick: 'input[name="topics"][value="voice-of-the-victim"]' },
      { tick: 'input[name="purposes"][value="prevention"]' },
      { tick: '#scale' },
      { type: '#startDate-day', value: '3' },
      { type: '#startDate-month', value: '5' },
      { type: '#startDate-year', value: '2022' },
      { tick: '#stillRunning' },
    ],
  },
  {
    title: 'Resources and implementation',
    key: 'resources',
    steps: [
      { type: '#resources', value: 'Two supervisors, one day a week for three months.' },
      { type: '#implementationChallenges', value: 'Finding time for training.' },
      { type: '#lessonsLearned', value: 'Pay people for their time.' },
    ],
  },
  {
    title: 'Evidence',
    key: 'evidence',
    steps: [{ tick: '#stage' }, { tick: '#selfOutcome' }],
  },
  {
    title: 'Sharing and consent',
    key: 'sharing',
    steps: [
      { tick: '#consentPublication' },
      { tick: '#consentShowContact' },
      { tick: '#consentResearch' },
      { tick: '#consentEvents' },
      { tick: '#consentGovernment' },
      { tick: '#privacyNoticeRead' },
    ],
  },
]

/**
 * The usual sections with a call's own section (its title is always "Call questions") after "What you
 * did", where the task list puts it, and the practice's title changed when given.
 */
export function sectionsForCall(callSteps: Step[], title?: string): Section[] {
  const sections = practiceSections.map((section) => ({
    ...section,
    steps: section.steps.map((step) =>
      'type' in step && step.type === '#title' && title ? { ...step, value: title } : step,
    ),
  }))
  const after = sections.findIndex((section) => section.key === 'what-you-did') + 1
  return [
    ...sections.slice(0, after),
    { title: 'Call questions', key: 'call-questions', steps: callSteps },
    ...sections.slice(after),
  ]
}
