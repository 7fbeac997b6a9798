// Decides whether public/assets is already built from the current sources, so `npm start` and
// `npm test` skip the Sass and esbuild work (about 5 seconds) when nothing has changed. Plain
// JavaScript, so that the check runs with plain `node`, without compiling TypeScript first; the types
// are in asset-sources.d.mts.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The file beside the manifest that records which sources the built assets came from. */
export const SOURCES_STAMP = 'sources.sha256'

/** Every file under `folder` (none when it does not exist). */
export function filesUnder(folder) {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** One digest of the names and contents of `files` (absolute paths; those missing are left out). */
export function digestOf(root, files) {
  const names = files
    .filter((file) => existsSync(file))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort()
  const hash = createHash('sha256')
  for (const name of names) {
    hash.update(`${name}\0`)
    hash.update(readFileSync(path.join(root, name)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/**
 * One digest of everything the build reads: our own assets, the build script, and the lock file
 * (which pins the versions of GOV.UK Frontend, MoJ Frontend, accessible-autocomplete, Sass and esbuild).
 */
export function sourcesDigest(root) {
  return digestOf(root, [
    ...filesUnder(path.join(root, 'assets')),
    path.join(root, 'scripts', 'build-assets.ts'),
    path.join(root, 'scripts', 'asset-sources.mjs'),
    path.join(root, 'package-lock.json'),
  ])
}

/** True when the stamp matches the sources and every file the manifest names is there. */
export function assetsUpToDate(out, digest) {
  try {
    if (readFileSync(path.join(out, SOURCES_STAMP), 'utf8').trim() !== digest) return false
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    const urls = Object.values(manifest)
    return urls.length > 0 && urls.every((url) => existsSync(path.join(out, path.basename(url))))
  } catch {
    return false
  }
}
