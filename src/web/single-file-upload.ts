import multipart, { type Multipart } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'

export type ReceivedFile = { fileName: string; bytes: Buffer } | { problem: string }

export interface SingleFileUploadOptions {
  maxBytes: number
  /** the form's other fields besides the CSRF token, which always comes first */
  otherFields?: number
  /** longest value of one field, in bytes (1 KB unless said) */
  fieldSize?: number
}

/** A form's text fields (the last value of each name) and its one file, or why there is none. */
export interface ReceivedForm {
  fields: Record<string, string>
  file: ReceivedFile
}

/**
 * A form of one file whose CSRF token comes before the file (the admin imports). Registers multipart in the
 * calling plugin only; the token is taken from the front of the form before validation, so the session
 * plugin refuses a request without a valid one before a byte of the file is kept. `readFile` then reads
 * the file into memory (the limit keeps it small), or says why there is none.
 */
export async function acceptSingleFileUpload(app: FastifyInstance, options: SingleFileUploadOptions) {
  const fields = 1 + (options.otherFields ?? 0)
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: {
      fileSize: options.maxBytes,
      files: 1,
      fields,
      parts: fields + 1,
      fieldSize: options.fieldSize ?? 1024,
      fieldNameSize: 50,
      headerPairs: 20,
    },
  })
  const megabytes = `${options.maxBytes / 1024 / 1024} MB`

  /** Parts still to be read once the CSRF token has been taken from the front of the form. */
  const remaining = new WeakMap<object, AsyncIterator<Multipart>>()

  app.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return
    const iterator = request.parts()[Symbol.asyncIterator]()
    remaining.set(request, iterator)
    let token: string | undefined
    try {
      const first = await iterator.next()
      if (!first.done && first.value.type === 'field' && first.value.fieldname === '_csrf')
        token = String(first.value.value)
      else if (!first.done && first.value.type === 'file') first.value.file.resume()
    } catch {
      token = undefined
    }
    request.body = token === undefined ? {} : { _csrf: token }
  })

  // A request refused before its file was read: close the connection rather than read the rest of it.
  app.addHook('onSend', async (request, reply) => {
    if (request.isMultipart() && !request.raw.readableEnded) reply.header('connection', 'close')
  })

  return {
    megabytes,
    /** The form's one file, or why there is none (`missing` when no file was chosen). */
    async readFile(request: FastifyRequest, missing: string): Promise<ReceivedFile> {
      return (await readForm(request, missing)).file
    },
    readForm,
  }

  /** The form's fields and its one file, or why there is none (`missing` when no file was chosen). */
  async function readForm(request: FastifyRequest, missing: string): Promise<ReceivedForm> {
    const iterator = remaining.get(request)
    const fields: Record<string, string> = {}
    let received: ReceivedFile = { problem: missing }
    if (!iterator) return { fields, file: received }
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const part = next.value
        if (part.type !== 'file') {
          fields[part.fieldname] = String(part.value)
          continue
        }
        const bytes = await part.toBuffer()
        if (!(part.filename === '' && bytes.length === 0)) received = { fileName: part.filename, bytes }
      }
    } catch (error) {
      const code = (error as { code?: string }).code
      return {
        fields,
        file: {
          problem:
            code === 'FST_REQ_FILE_TOO_LARGE'
              ? `The selected file must be smaller than ${megabytes}`
              : code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT'
                ? 'Select one file only'
                : 'The upload could not be read: try again',
        },
      }
    }
    return { fields, file: received }
  }
}
