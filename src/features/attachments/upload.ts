import { pipeline, Transform, type Readable } from 'node:stream'
import type { FileStore } from './file-store.js'
import { allowedTypes, MAX_FILE_BYTES } from './file-rules.js'

/** Why an uploaded file was refused; each has its own message. */
export type UploadProblem = 'missing' | 'empty' | 'too-large' | 'wrong-type' | 'one-file' | 'full' | 'malformed'

/** A file stream as a multipart parser gives it: `truncated` is set when it was cut at the size limit. */
export type IncomingFile = Readable & { truncated?: boolean }

/** One part of an upload form, in the order it was sent; `refused` is a limit the parser met. */
export type UploadPart =
  | { type: 'field'; name: string; value: string }
  | { type: 'file'; name: string; filename: string; stream: IncomingFile }
  | { type: 'refused'; reason: UploadProblem }

/** A file that passed every check and is in the store, not yet recorded. */
export interface ReceivedFile {
  key: string
  uploadedName: string
  mediaType: string
  extension: string
  sizeBytes: number
  sha256: string
}

class TooLarge extends Error {}

/** Fails the write when the source went past the limit (the parser cuts it and marks it truncated). */
function sizeGuard(source: IncomingFile): Transform {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length
      callback(seen > MAX_FILE_BYTES ? new TooLarge() : null, chunk)
    },
    flush(callback) {
      callback(source.truncated ? new TooLarge() : null)
    },
  })
}

/** What the stored bytes are, judged only from the bytes themselves. */
async function detectType(store: FileStore, key: string) {
  const stream = await store.get(key)
  try {
    // Loaded on the first upload, not at start-up.
    const { fileTypeFromStream } = await import('file-type')
    return await fileTypeFromStream(stream)
  } finally {
    stream.destroy()
  }
}

/**
 * Streams one uploaded file into the store under `key`, then checks its size and content. A refused
 * file is removed before this returns; an accepted one stays until the caller records or discards it.
 */
export async function receiveFile(
  store: FileStore,
  key: string,
  part: { filename: string; stream: IncomingFile },
): Promise<{ ok: true; file: ReceivedFile } | { ok: false; problem: UploadProblem }> {
  const guard = sizeGuard(part.stream)
  // Not pipe(): it passes no errors on, so an upload cut short left the write waiting, and a second
  // error the parser raised on the cut file landed on the guard with no listener and ended the
  // process. pipeline() reports every error of either stream (even one raised before this call)
  // into the guard, which the store's own pipeline then sees.
  const source = pipeline(part.stream, guard, () => {})
  let stored
  try {
    stored = await store.put(key, source)
  } catch (error) {
    part.stream.resume()
    if (error instanceof TooLarge) return { ok: false, problem: 'too-large' }
    // The upload itself was broken (cut short, no closing boundary): the sender's fault, not ours.
    if (part.stream.errored) return { ok: false, problem: 'malformed' }
    throw error
  }
  const refuse = async (problem: UploadProblem) => {
    await store.remove(key)
    return { ok: false as const, problem }
  }
  // Browsers send an empty part with no name when no file was chosen.
  if (stored.sizeBytes === 0) return refuse(part.filename === '' ? 'missing' : 'empty')
  const detected = await detectType(store, key)
  const allowed = detected ? allowedTypes[detected.mime] : undefined
  if (!detected || !allowed) return refuse('wrong-type')
  return {
    ok: true,
    file: {
      key,
      uploadedName: part.filename,
      mediaType: detected.mime,
      extension: allowed.extension,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
    },
  }
}
