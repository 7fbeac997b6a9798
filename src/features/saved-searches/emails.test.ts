import { describe, expect, it } from 'vitest'
import { alertEmail, LISTED_IN_ALERT } from './emails.js'

const practice = (n: number, total: number) => ({
  slug: `practice-${n}`,
  title: `Practice number ${n}`,
  summary: n === 1 ? 'word '.repeat(60).trim() : 'A short summary.',
  total,
})

describe('the alert e-mail', () => {
  it('lists the first practice examples, counts the rest and links to the search and to stopping it', () => {
    const total = LISTED_IN_ALERT + 3
    const found = Array.from({ length: LISTED_IN_ALERT }, (_, i) => practice(i + 1, total))
    const email = alertEmail(
      'https://bank.example',
      { email: 'pat@example.org', name: '' },
      { name: 'Stalking', query: 'q=stalking&topic=stalking-and-harassment' },
      found,
      'T'.repeat(43),
    )
    expect(email.to).toBe('pat@example.org')
    expect(email.body.startsWith('Hello,\n\n23 new practice examples match your saved search “Stalking”.')).toBe(true)
    expect(email.body).toContain(`https://bank.example/practices/practice-${LISTED_IN_ALERT}`)
    expect(email.body).toContain('And 3 more.')
    expect(email.body).toContain('https://bank.example/practices?q=stalking&topic=stalking-and-harassment')
    expect(email.body).toContain(`https://bank.example/saved-searches/unsubscribe/${'T'.repeat(43)}`)
    // RFC 8058: the mail program's own unsubscribe button posts to the same link.
    expect(email.headers).toEqual({
      'List-Unsubscribe': `<https://bank.example/saved-searches/unsubscribe/${'T'.repeat(43)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    // A long summary is cut to 200 characters.
    const firstSummary = email.body.split('\n').find((line) => line.startsWith('word')) ?? ''
    expect(firstSummary.length).toBe(198)
    expect(firstSummary.endsWith('…')).toBe(true)
  })

  it('says “1 new practice example” for one, with nothing more to count', () => {
    const email = alertEmail(
      'https://bank.example',
      { email: 'pat@example.org', name: 'Pat' },
      { name: 'All', query: '' },
      [practice(2, 1)],
      'T'.repeat(43),
    )
    expect(email.body).toContain('Hello Pat,\n\n1 new practice example matches your saved search “All”.')
    expect(email.body).not.toContain('more.')
    expect(email.body).toContain('See everything this search finds: https://bank.example/practices\n')
  })
})
