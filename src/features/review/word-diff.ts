const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c)

/**
 * The words removed and added between two texts, as HTML: every piece of text escaped, removals in
 * <del> and additions in <ins>, with hidden words for screen readers where colour alone would tell.
 */
export async function wordDiffHtml(before: string, after: string): Promise<string> {
  // Loaded when a reviewer first compares a revision, not at start-up.
  const { diffWords } = await import('diff')
  return diffWords(before, after)
    .map((part) => {
      const text = escapeHtml(part.value)
      if (part.added)
        return `<ins class="app-diff__added"><span class="govuk-visually-hidden">added: </span>${text}</ins>`
      if (part.removed)
        return `<del class="app-diff__removed"><span class="govuk-visually-hidden">removed: </span>${text}</del>`
      return text
    })
    .join('')
}
