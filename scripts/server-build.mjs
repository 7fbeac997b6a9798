// Compiles the server (src/**/*.ts, without the tests) to plain JavaScript in dist/, one file for one
// file, so `npm start` runs it with plain `node` instead of compiling TypeScript at every start (tsx
// took seconds and about 100 MiB). Skipped when the sources are unchanged since the last build, as
// recorded in dist/.sources.sha256. Plain JavaScript, so it runs before anything is compiled; the types
// are in server-build.d.mts.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { digestOf, filesUnder } from './asset-sources.mjs'

/** The file in the output folder that records which sources it was compiled from. */
export const SERVER_STAMP = '.sources.sha256'

const isSource = (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts')

/** The TypeScript files to compile, under `root`/src. */
export function serverSources(root) {
  return filesUnder(path.join(root, 'src')).filter(isSource)
}

/**
 * One digest of everything the output depends on: the sources, the compiler settings (tsconfig.json),
 * this script, and the lock file (which pins esbuild).
 */
export function serverDigest(root) {
  return digestOf(root, [
    ...serverSources(root),
    path.join(root, 'tsconfig.json'),
    path.join(root, 'scripts', 'server-build.mjs'),
    path.join(root, 'package-lock.json'),
  ])
}

function stampOf(outDir) {
  try {
    return readFileSync(path.join(outDir, SERVER_STAMP), 'utf8').trim()
  } catch {
    return undefined
  }
}

/**
 * Compiles `root`/src to `outDir` unless it was already compiled from the same sources. Each file is
 * written aside and renamed into place, and the stamp is written last, so a server starting at the same
 * time never reads half a file. Files no longer produced (a source removed) are deleted.
 * Returns whether it compiled.
 */
export async function buildServer(root, outDir = path.join(root, 'dist')) {
  const digest = serverDigest(root)
  if (stampOf(outDir) === digest) return false
  // Loaded only when there is work to do.
  const { build } = await import('esbuild')
  const srcDir = path.join(root, 'src')
  const result = await build({
    entryPoints: serverSources(root),
    outbase: srcDir,
    outdir: outDir,
    absWorkingDir: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    // Paths in the source maps relative to dist/, as they are on disk.
    sourceRoot: '',
    write: false,
    logLevel: 'error',
  })
  const produced = new Set()
  for (const file of result.outputFiles) {
    produced.add(file.path)
    mkdirSync(path.dirname(file.path), { recursive: true })
    const aside = `${file.path}.${process.pid}`
    writeFileSync(aside, file.contents)
    renameSync(aside, file.path)
  }
  for (const file of filesUnder(outDir)) {
    if (!produced.has(file) && path.basename(file) !== SERVER_STAMP && !/\.\d+$/.test(file))
      rmSync(file, { force: true })
  }
  const aside = path.join(outDir, `${SERVER_STAMP}.${process.pid}`)
  writeFileSync(aside, `${digest}\n`)
  renameSync(aside, path.join(outDir, SERVER_STAMP))
  return true
}
