// Compiles Sass and bundles scripts into public/assets with content hashes, and writes the manifest
// the views use to link them. Output is generated: never commit public/.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { assetsUpToDate, SOURCES_STAMP, sourcesDigest } from './asset-sources.mjs'

const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, 'public', 'assets')
const manifest: Record<string, string> = {}

function emit(logicalName: string, contents: string | Buffer): void {
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, 12)
  const ext = path.extname(logicalName)
  const fileName = `${path.basename(logicalName, ext)}-${hash}${ext}`
  const target = path.join(out, fileName)
  // Same name, same content: a file already there is complete. Otherwise write aside and rename, so a
  // server or browser reading the folder during a build never sees half a file.
  if (!existsSync(target)) {
    writeFileSync(`${target}.${process.pid}`, contents)
    renameSync(`${target}.${process.pid}`, target)
  }
  manifest[logicalName] = `/assets/${fileName}`
}

// Skip the build when the assets were built from exactly these sources (`--force` rebuilds anyway).
const digest = sourcesDigest(root)
if (!process.argv.includes('--force') && assetsUpToDate(out, digest)) {
  console.log('assets up to date: sources unchanged since the last build')
  process.exit(0)
}

// Loaded only when there is work to do: Sass alone takes a noticeable part of a second to load.
const { build } = await import('esbuild')
const { compile, NodePackageImporter } = await import('sass')

mkdirSync(out, { recursive: true })

const css = compile(path.join(root, 'assets/scss/application.scss'), {
  importers: [new NodePackageImporter()],
  loadPaths: [root],
  style: 'compressed',
  quietDeps: true,
  // GOV.UK Frontend warns about its own deprecations when MoJ Frontend uses them; those are not ours to fix.
  logger: {
    warn(message, options) {
      if (!options.stack?.includes('node_modules/@ministryofjustice/')) console.warn(message)
    },
  },
})
emit('application.css', css.css)

for (const entry of ['application.js', 'supported.js']) {
  const result = await build({
    entryPoints: [path.join(root, 'assets/js', entry)],
    bundle: true,
    minify: true,
    format: entry === 'application.js' ? 'esm' : 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  })
  const [bundle] = result.outputFiles
  if (!bundle) throw new Error(`esbuild produced nothing for ${entry}`)
  emit(entry, Buffer.from(bundle.contents))
}

// accessible-autocomplete's own stylesheet, as published, without its source map comment (the map is not served).
const autocompleteCss = readFileSync(
  path.join(root, 'node_modules/accessible-autocomplete/dist/accessible-autocomplete.min.css'),
  'utf8',
).replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '')
emit('accessible-autocomplete.css', autocompleteCss)

emit('favicon.svg', readFileSync(path.join(root, 'assets/images/favicon.svg')))
// Replace the manifest in one step, then prune what it no longer names, so a server or test reading
// the assets while they are rebuilt never finds a manifest without its files.
const temporary = path.join(out, `manifest.json.${process.pid}`)
writeFileSync(temporary, JSON.stringify(manifest, null, 2))
renameSync(temporary, path.join(out, 'manifest.json'))
writeFileSync(path.join(out, SOURCES_STAMP), `${digest}\n`)
const current = new Set(Object.values(manifest).map((url) => path.basename(url)))
for (const file of readdirSync(out)) {
  if (file !== 'manifest.json' && file !== SOURCES_STAMP && !/\.\d+$/.test(file) && !current.has(file)) {
    rmSync(path.join(out, file), { force: true })
  }
}
console.log(`assets built: ${Object.values(manifest).join(', ')}`)
