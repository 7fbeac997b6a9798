import { Feed } from 'feed'
import type { FeedEntry } from './service.js'

/**
 * The feed library marks titles and summaries as HTML, so text is escaped first: a reader shows a
 * practice's words as written, never as markup (and "]]>" cannot end its CDATA section early).
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface FeedDescription {
  /** the feed's own address, which is also its id */
  selfUrl: string
  /** the search page the feed follows */
  searchUrl: string
  title: string
}

/** An Atom feed of a search's newest public practice. */
export function atomFeed(description: FeedDescription, entries: FeedEntry[]): string {
  const newest = entries.reduce<Date | null>((max, e) => (max && max >= e.updated ? max : e.updated), null)
  const feed = new Feed({
    id: description.selfUrl,
    title: description.title,
    description: 'Public practice examples from Practice Bank matching this search, newest first',
    link: description.searchUrl,
    feedLinks: { atom: description.selfUrl },
    // an empty search has no entry to date it by: it is as new as the moment it was read
    updated: newest ?? new Date(),
    author: { name: 'Practice Bank' },
    language: 'en-GB',
    generator: false,
  })
  for (const entry of entries) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.summary),
      date: entry.updated,
      ...(entry.published ? { published: entry.published } : {}),
      author: [{ name: entry.organisation }],
      category: entry.topics.map((topic) => ({ term: topic, name: topic })),
    })
  }
  return feed.atom1()
}
