/** The rules for attachments: what may be uploaded, how many, and how names are shown. */

export const MAX_FILE_BYTES = 20 * 1024 * 1024
export const MAX_FILES_PER_PRACTICE = 10
/** Longest name shown, before the extension. */
const MAX_NAME_LENGTH = 100

/** Types decided from the file's content; the label is what people are told. */
export const allowedTypes: Readonly<Record<string, { extension: string; label: string }>> = {
  'application/pdf': { extension: 'pdf', label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extension: 'docx',
    label: 'Word document',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extension: 'xlsx',
    label: 'Excel spreadsheet',
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    extension: 'pptx',
    label: 'PowerPoint presentation',
  },
  'application/vnd.oasis.opendocument.text': { extension: 'odt', label: 'OpenDocument text' },
  'image/png': { extension: 'png', label: 'PNG image' },
  'image/jpeg': { extension: 'jpg', label: 'JPEG image' },
}

export const allowedTypesSentence =
  'a PDF, Word document (DOCX), Excel spreadsheet (XLSX), PowerPoint (PPTX), OpenDocument text (ODT), PNG or JPEG'

export const attachmentKinds = [
  ['evaluation-report', 'Evaluation report'],
  ['theory-of-change', 'Theory of change'],
  ['guidance', 'Guidance'],
  ['other', 'Something else'],
] as const
export type AttachmentKind = (typeof attachmentKinds)[number][0]

export function isAttachmentKind(value: unknown): value is AttachmentKind {
  return attachmentKinds.some(([kind]) => kind === value)
}

export function kindLabel(kind: string): string {
  return attachmentKinds.find(([k]) => k === kind)?.[1] ?? 'Something else'
}

export function typeLabel(mediaType: string): string {
  return allowedTypes[mediaType]?.label ?? 'File'
}

/**
 * The name shown for an uploaded file: only its last path segment, without control or formatting
 * characters (which could disguise the real extension), at most 100 characters, and with the
 * extension of the type found in its content in place of whatever it claimed to be.
 */
export function displayNameFor(uploadedName: string | undefined, extension: string): string {
  const lastSegment = (uploadedName ?? '').split(/[/\\]/).pop() ?? ''
  const cleaned = lastSegment
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
  const dot = cleaned.lastIndexOf('.')
  const base = (dot > 0 ? cleaned.slice(0, dot) : cleaned).replace(/^[.\s]+|[.\s]+$/g, '')
  const short = Array.from(base).slice(0, MAX_NAME_LENGTH).join('').trim()
  return `${short || 'attachment'}.${extension}`
}

/** Content-Disposition for a download: an ASCII name for old clients and the real one in RFC 5987/6266 form. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_')
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

/** "2.4 MB", "830 KB", "12 bytes" */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
