import { describe, expect, it } from 'vitest'
import { contentDisposition, displayNameFor, formatFileSize, isAttachmentKind } from './file-rules.js'

describe('displayNameFor', () => {
  it.each([
    ['report.pdf', 'pdf', 'report.pdf'],
    ['../../etc/passwd.pdf', 'pdf', 'passwd.pdf'],
    ['..\\..\\x.pdf', 'pdf', 'x.pdf'],
    ['C:\\fakepath\\Plan 2024.docx', 'docx', 'Plan 2024.docx'],
    ['evil.html', 'pdf', 'evil.pdf'],
    ['photo', 'jpg', 'photo.jpg'],
    ['.htaccess', 'png', 'htaccess.png'],
    ['..', 'pdf', 'attachment.pdf'],
    ['', 'pdf', 'attachment.pdf'],
    ['name\u0000with\u0007control\u202echaracters.pdf', 'pdf', 'namewithcontrolcharacters.pdf'],
    ['line\r\nbreak.pdf', 'pdf', 'linebreak.pdf'],
    ['  lots   of    space .pdf', 'pdf', 'lots of space.pdf'],
    ['rapport-évaluation.odt', 'odt', 'rapport-évaluation.odt'],
  ])('%j shown as %j', (uploaded, extension, shown) => {
    expect(displayNameFor(uploaded, extension)).toBe(shown)
  })

  it('keeps at most 100 characters before the extension, without splitting a character', () => {
    expect(displayNameFor(`${'é'.repeat(150)}.pdf`, 'pdf')).toBe(`${'é'.repeat(100)}.pdf`)
    expect(displayNameFor(`${'😀'.repeat(150)}.pdf`, 'pdf')).toBe(`${'😀'.repeat(100)}.pdf`)
  })
})

describe('contentDisposition', () => {
  it('gives plain names as they are', () => {
    expect(contentDisposition('report.pdf')).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`)
  })

  it('encodes other characters, and keeps quotes and backslashes out of the plain name', () => {
    expect(contentDisposition('a "quoted" \\ name’s.pdf')).toBe(
      `attachment; filename="a _quoted_ _ name_s.pdf"; filename*=UTF-8''a%20%22quoted%22%20%5C%20name%E2%80%99s.pdf`,
    )
    expect(contentDisposition("it's (1).pdf")).toBe(
      `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`,
    )
  })
})

describe('formatFileSize', () => {
  it.each([
    [1, '1 byte'],
    [900, '900 bytes'],
    [2048, '2 KB'],
    [20 * 1024 * 1024, '20.0 MB'],
    [2_500_000, '2.4 MB'],
  ])('%d bytes is %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text)
  })
})

describe('isAttachmentKind', () => {
  it('knows the four kinds and nothing else', () => {
    expect(['evaluation-report', 'theory-of-change', 'guidance', 'other'].every(isAttachmentKind)).toBe(true)
    expect(isAttachmentKind('constructor')).toBe(false)
    expect(isAttachmentKind(undefined)).toBe(false)
  })
})
