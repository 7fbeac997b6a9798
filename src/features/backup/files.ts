import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

const keyPattern = /^[a-f0-9]{48}$/

/** The storage keys of every attachment object under the file store's root (temporary files left out). */
export async function storedKeys(root: string): Promise<string[]> {
  let folders: string[]
  try {
    folders = await readdir(root)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const keys: string[] = []
  for (const folder of folders.filter((name) => /^[a-f0-9]{2}$/.test(name)).sort()) {
    const names = await readdir(path.join(root, folder))
    keys.push(...names.filter((name) => keyPattern.test(name) && name.startsWith(folder)).sort())
  }
  return keys
}

export const objectPath = (root: string, key: string) => path.join(root, key.slice(0, 2), key)

/** SHA-256 and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256')
  let sizeBytes = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    sizeBytes += chunk.length
  }
  return { sha256: hash.digest('hex'), sizeBytes }
}
