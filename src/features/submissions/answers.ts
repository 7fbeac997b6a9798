import { answerWords } from '../calls/questions.js'
import { answerValue } from '../practice-fields/answers.js'
import { questionsOf } from '../practice-fields/registry.js'
import type { PracticeContent } from './content.js'
import { callField } from './forms/call-questions.js'
import type { FormContext } from './forms/fields.js'
import { sectionsFor, type SectionKey } from './sections.js'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

type Answer = string | string[] | null | undefined

function answerHtml(value: Answer): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '<span class="govuk-hint">Not answered</span>'
    return `<ul class="govuk-list">${value.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul>`
  }
  if (value === null || value === undefined || value === '') return '<span class="govuk-hint">Not answered</span>'
  return escapeHtml(value).replace(/\r?\n/g, '<br>')
}

/** [question, answer, field id on its page] for each question of a section, as the form asks them. */
function answersOf(
  section: SectionKey,
  content: PracticeContent,
  { ref, call }: FormContext,
): [string, Answer, string][] {
  return questionsOf(section).flatMap(([key, { form }]): [string, Answer, string][] => {
    if (key === 'endDate' && content.stillRunning !== false) return []
    if (form.control === 'call-questions') {
      return (call?.questions ?? []).map((q) => {
        const value = answerWords(q, content.callAnswers?.[q.key])
        return [q.label, value, q.kind === 'date' ? `${callField(q)}-day` : callField(q)]
      })
    }
    const value = answerValue(key, content, ref)
    const anchor = form.control === 'date' ? `${form.id}-day` : form.id
    return [
      [form.text, key === 'links' && typeof value === 'string' ? value.split('\n').filter(Boolean) : value, anchor],
    ]
  })
}

/** One summary card per section for check your answers, with change links when it can be changed. */
export function answerCards(
  content: PracticeContent,
  ctx: FormContext,
  options: { basePath: string; editable: boolean; attachments: string[] },
) {
  const cards = sectionsFor(ctx).map((section) => ({
    key: section.key,
    title: section.title,
    rows: answersOf(section.key, content, ctx).map(([question, answer, field]) => ({
      key: { text: question },
      value: { html: answerHtml(answer) },
      actions: options.editable
        ? {
            items: [
              {
                href: `${options.basePath}/${section.key}?returnTo=check-answers#${field}`,
                text: 'Change',
                visuallyHiddenText: question.toLowerCase(),
              },
            ],
          }
        : undefined,
    })),
  }))
  cards.splice(cards.length - 1, 0, {
    key: 'attachments' as SectionKey,
    title: 'Attachments',
    rows: [
      {
        key: { text: 'Files' },
        value: { html: options.attachments.length ? answerHtml(options.attachments) : 'None' },
        actions: options.editable
          ? { items: [{ href: `${options.basePath}/attachments`, text: 'Change', visuallyHiddenText: 'attachments' }] }
          : undefined,
      },
    ],
  })
  return cards
}
