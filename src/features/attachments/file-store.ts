import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** What the store learnt while writing an object. */
export interface StoredObject {
  sizeBytes: number
  /** hex SHA-256 of the bytes as written */
  sha256: string
}

/**
 * Where attachment bytes live. Keys come from `newStorageKey()` only, never from anything a user sent.
 * The local disk is the default; an S3-compatible store can implement the same four methods.
 */
export interface FileStore {
  /** Writes the whole object or nothing: a failed or aborted write leaves no object behind. */
  put(key: string, source: Readable | Buffer): Promise<StoredObject>
  /** The object's bytes; rejects with FileNotStored when there is none. */
  get(key: string): Promise<Readable>
  /** Deletes the object; removing a missing object is not an error. */
  remove(key: string): Promise<void>
  exists(key: string): Promise<boolean>
}

export class FileNotStored extends Error {
  constructor(key: string) {
    super(`no stored file ${key}`)
  }
}

const keyPattern = /^[a-f0-9]{48}$/

/** A new random key: 192 bits from the operating system's generator. */
export function newStorageKey(): string {
  return randomBytes(24).toString('hex')
}

function checkedKey(key: string): string {
  if (!keyPattern.test(key)) throw new Error('not a storage key')
  return key
}

/** Passes bytes through, hashing and counting them on the way. */
function hashingCounter() {
  const hash = createHash('sha256')
  let sizeBytes = 0
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      sizeBytes += chunk.length
      callback(null, chunk)
    },
  })
  return { transform, result: (): StoredObject => ({ sizeBytes, sha256: hash.digest('hex') }) }
}

/**
 * Files on the local disk under `root`, spread over 256 folders by the key's first two characters.
 * Writes go to a temporary file in the same file system, are flushed, then renamed into place, so a
 * reader never sees half a file and a crash leaves only a temporary file behind.
 */
export class LocalFileStore implements FileStore {
  private readonly temporary: string

  constructor(private readonly root: string) {
    this.root = path.resolve(root)
    this.temporary = path.join(this.root, 'tmp')
  }

  /** The object's path; keys are checked so nothing outside the root can be named. */
  private pathOf(key: string): string {
    const checked = checkedKey(key)
    const file = path.join(this.root, checked.slice(0, 2), checked)
    if (path.dirname(path.dirname(file)) !== this.root) throw new Error('not a storage key')
    return file
  }

  async put(key: string, source: Readable | Buffer): Promise<StoredObject> {
    const target = this.pathOf(key)
    await mkdir(this.temporary, { recursive: true })
    await mkdir(path.dirname(target), { recursive: true })
    const partial = path.join(this.temporary, `${newStorageKey()}.part`)
    const counter = hashingCounter()
    try {
      const input = Buffer.isBuffer(source) ? Readable.from([source]) : source
      await pipeline(input, counter.transform, createWriteStream(partial, { flags: 'wx', mode: 0o600 }))
      const handle = await open(partial, 'r+')
      try {
        await handle.datasync()
      } finally {
        await handle.close()
      }
      await rename(partial, target)
      return counter.result()
    } catch (error) {
      await rm(partial, { force: true })
      throw error
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const handle = await open(this.pathOf(key), 'r')
      return handle.createReadStream()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FileNotStored(key)
      throw error
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true })
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile()
    } catch {
      return false
    }
  }
}
