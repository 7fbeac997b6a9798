import type { Readable } from 'node:stream'
import type { FastifyReply } from 'fastify'
import { contentDisposition } from './file-rules.js'

export interface DownloadFile {
  stream: Readable
  name: string
  mediaType: string
  sizeBytes: number
}

/**
 * Sends a file someone uploaded. Never shown inline from our origin: always a download, never sniffed,
 * sandboxed if opened anyway, and kept out of shared caches.
 */
export function sendUploadedFile(reply: FastifyReply, file: DownloadFile) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .header('cross-origin-resource-policy', 'same-origin')
    .send(file.stream)
}
