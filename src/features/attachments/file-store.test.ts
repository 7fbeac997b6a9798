import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { FileNotStored, LocalFileStore, newStorageKey } from './file-store.js'

const newStore = () => {
  const root = path.join(mkdtempSync(path.join(os.tmpdir(), 'pb-store-')), 'files')
  return { root, store: new LocalFileStore(root) }
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)))
}

describe('LocalFileStore', () => {
  it('writes a stream, counting and hashing it, and reads it back', async () => {
    const { root, store } = newStore()
    const key = newStorageKey()
    const stored = await store.put(key, Readable.from([Buffer.from('hello '), Buffer.from('world')]))
    expect(stored).toEqual({ sizeBytes: 11, sha256: createHash('sha256').update('hello world').digest('hex') })
    expect(await text(await store.get(key))).toBe('hello world')
    expect(await store.exists(key)).toBe(true)
    expect(await filesUnder(root)).toEqual([path.join(key.slice(0, 2), key)])
    expect(await readFile(path.join(root, key.slice(0, 2), key), 'utf8')).toBe('hello world')
  })

  it('removes, and removing twice is fine', async () => {
    const { store } = newStore()
    const key = newStorageKey()
    await store.put(key, Buffer.from('x'))
    await store.remove(key)
    await store.remove(key)
    expect(await store.exists(key)).toBe(false)
    await expect(store.get(key)).rejects.toBeInstanceOf(FileNotStored)
  })

  it('leaves nothing behind when the source fails part way', async () => {
    const { root, store } = newStore()
    const key = newStorageKey()
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'))
        this.destroy(new Error('connection lost'))
      },
    })
    await expect(store.put(key, failing)).rejects.toThrow('connection lost')
    expect(await store.exists(key)).toBe(false)
    expect(await filesUnder(root)).toEqual([])
  })

  it.each(['../../etc/passwd', '..', 'ABC', `${'a'.repeat(47)}/`, `${'a'.repeat(48)}.pdf`, ''])(
    'refuses %j as a key',
    async (key) => {
      const { store } = newStore()
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow('not a storage key')
      await expect(store.get(key)).rejects.toThrow('not a storage key')
      await expect(store.remove(key)).rejects.toThrow('not a storage key')
      expect(await store.exists(key)).toBe(false)
    },
  )

  it('makes keys that are random and never alike', () => {
    const keys = new Set(Array.from({ length: 1000 }, newStorageKey))
    expect(keys.size).toBe(1000)
    for (const key of keys) expect(key).toMatch(/^[a-f0-9]{48}$/)
  })
})
