import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { assetsUpToDate, SOURCES_STAMP, sourcesDigest } from '../scripts/asset-sources.mjs'

function aProject() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pb-assets-'))
  mkdirSync(path.join(root, 'assets/scss'), { recursive: true })
  mkdirSync(path.join(root, 'scripts'))
  writeFileSync(path.join(root, 'assets/scss/application.scss'), 'body { color: black }')
  writeFileSync(path.join(root, 'scripts/build-assets.ts'), '// build')
  writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}')
  const out = path.join(root, 'public/assets')
  mkdirSync(out, { recursive: true })
  return { root, out }
}

function built(out: string, digest: string) {
  writeFileSync(path.join(out, 'application-abc.css'), 'body{color:#000}')
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ 'application.css': '/assets/application-abc.css' }))
  writeFileSync(path.join(out, SOURCES_STAMP), `${digest}\n`)
}

describe('skipping the asset build when nothing changed', () => {
  it('is up to date only when the stamp matches the sources and the files are there', () => {
    const { root, out } = aProject()
    expect(assetsUpToDate(out, sourcesDigest(root))).toBe(false)

    built(out, sourcesDigest(root))
    expect(assetsUpToDate(out, sourcesDigest(root))).toBe(true)

    writeFileSync(path.join(root, 'assets/scss/application.scss'), 'body { color: red }')
    expect(assetsUpToDate(out, sourcesDigest(root))).toBe(false)

    built(out, sourcesDigest(root))
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}')
    expect(assetsUpToDate(out, sourcesDigest(root))).toBe(false)

    built(out, sourcesDigest(root))
    rmSync(path.join(out, 'application-abc.css'))
    expect(assetsUpToDate(out, sourcesDigest(root))).toBe(false)
    rmSync(root, { recursive: true, force: true })
  })

  it('notices a new source file', () => {
    const { root, out } = aProject()
    built(out, sourcesDigest(root))
    writeFileSync(path.join(root, 'assets/scss/_extra.scss'), '.x { margin: 0 }')
    expect(assetsUpToDate(out, sourcesDigest(root))).toBe(false)
    rmSync(root, { recursive: true, force: true })
  })
})
