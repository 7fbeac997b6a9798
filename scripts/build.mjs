// npm run build [-- --assets | --server] [-- --force]
// Brings the generated files up to date with the sources, each skipped when its sources are unchanged:
// public/assets (Sass and esbuild, through scripts/build-assets.ts) and dist/ (the server compiled to
// JavaScript, scripts/server-build.mjs). Plain JavaScript, so the check costs one `node` start and a
// few milliseconds of hashing, not a TypeScript compiler. `npm start` runs the same steps itself.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { assetsUpToDate, sourcesDigest } from './asset-sources.mjs'
import { buildServer } from './server-build.mjs'

const root = path.resolve(import.meta.dirname, '..')

/** Builds public/assets unless already built from these sources (or `force`); throws when the build fails. */
export function ensureAssets({ force = false } = {}) {
  if (!force && assetsUpToDate(path.join(root, 'public', 'assets'), sourcesDigest(root))) return false
  // The build itself is TypeScript (it needs Sass and esbuild anyway), so it runs only when there is work.
  const args = ['--import', 'tsx', path.join(root, 'scripts', 'build-assets.ts'), ...(force ? ['--force'] : [])]
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`the asset build failed (${result.status ?? result.signal})`)
  return true
}

/** Compiles the server to dist/ unless already compiled from these sources. */
export async function ensureServer() {
  const built = await buildServer(root)
  if (built) console.log('server compiled to dist/')
  return built
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const only = process.argv.includes('--assets') ? 'assets' : process.argv.includes('--server') ? 'server' : undefined
  const force = process.argv.includes('--force')
  if (only !== 'server' && !ensureAssets({ force }))
    console.log('assets up to date: sources unchanged since the last build')
  if (only !== 'assets' && !(await ensureServer()))
    console.log('dist/ up to date: sources unchanged since the last build')
}
