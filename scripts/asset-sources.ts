// Decides whether public/assets is already built from the current sources, so `npm start` and
// `npm test` skip the Sass and esbuild work (about 5 seconds) when nothing has changed.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The file beside the manifest that records which sources the built assets came from. */
export const SOURCES_STAMP = 'sources.sha256'

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * One digest of everything the build reads: our own assets, the build script, and the lock file
 * (which pins the versions of GOV.UK Frontend, MoJ Frontend, accessible-autocomplete, Sass and esbuild).
 */
export function sourcesDigest(root: string): string {
  const files = [
    ...filesUnder(path.join(root, 'assets')),
    path.join(root, 'scripts', 'build-assets.ts'),
    path.join(root, 'scripts', 'asset-sources.ts'),
    path.join(root, 'package-lock.json'),
  ]
    .filter((file) => existsSync(file))
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(path.join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** True when the stamp matches the sources and every file the manifest names is there. */
export function assetsUpToDate(out: string, digest: string): boolean {
  try {
    if (readFileSync(path.join(out, SOURCES_STAMP), 'utf8').trim() !== digest) return false
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Record<string, string>
    const urls = Object.values(manifest)
    return urls.length > 0 && urls.every((url) => existsSync(path.join(out, path.basename(url))))
  } catch {
    return false
  }
}
