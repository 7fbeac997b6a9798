import sanitizeHtml from 'sanitize-html'

/**
 * A call's guidance as the little HTML it may hold: paragraphs, lists, emphasis and links (http, https,
 * mailto only). Everything else — scripts, event handlers, styles, javascript: links — is taken out.
 * Plain text with no tags becomes paragraphs, split on blank lines.
 */
export function sanitiseGuidance(input: string): string {
  const trimmed = input.trim()
  if (trimmed === '') return ''
  const source = /<[a-z][\s\S]*>/i.test(trimmed)
    ? trimmed
    : trimmed
        .split(/\r?\n\s*\r?\n/)
        .map((para) => `<p>${escapeText(para.trim())}</p>`)
        .join('')
  return sanitizeHtml(source, {
    allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'b', 'i', 'h3'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      p: sanitizeHtml.simpleTransform('p', { class: 'govuk-body' }),
      ul: sanitizeHtml.simpleTransform('ul', { class: 'govuk-list govuk-list--bullet' }),
      ol: sanitizeHtml.simpleTransform('ol', { class: 'govuk-list govuk-list--number' }),
      a: sanitizeHtml.simpleTransform('a', { class: 'govuk-link' }),
      h3: sanitizeHtml.simpleTransform('h3', { class: 'govuk-heading-s' }),
    },
    allowedClasses: {
      p: ['govuk-body'],
      ul: ['govuk-list', 'govuk-list--bullet'],
      ol: ['govuk-list', 'govuk-list--number'],
      a: ['govuk-link'],
      h3: ['govuk-heading-s'],
    },
  })
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
