/** A piece of a plain-text e-mail body: text, or a web address to show as a link. */
export type BodyPart = { text: string; href?: string }

const WEB_ADDRESS = /https?:\/\/[^\s<>"']+/g

/**
 * Splits a plain-text body into text and web addresses, so a page can show the addresses as links
 * while every part is still escaped by the template. Trailing full stops, commas and closing
 * brackets stay with the sentence, not the address.
 */
export function linkParts(body: string): BodyPart[] {
  const parts: BodyPart[] = []
  let last = 0
  for (const match of body.matchAll(WEB_ADDRESS)) {
    const href = match[0].replace(/[.,;:!?)\]]+$/, '')
    const start = match.index
    if (start > last) parts.push({ text: body.slice(last, start) })
    parts.push({ text: href, href })
    last = start + href.length
  }
  if (last < body.length) parts.push({ text: body.slice(last) })
  return parts
}
