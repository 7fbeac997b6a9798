// npm start: brings public/assets and dist/ up to date (each skipped when its sources are unchanged,
// see build.mjs), then runs the compiled server, dist/server.js, in this process.
//
// package.json starts this with `node --liftoff-only`: the embedded database is PostgreSQL compiled to
// WebAssembly, and V8 otherwise compiles its hot functions a second time with its optimising compiler,
// which costs about 50 MiB of resident memory and CPU at start-up for little gain at this scale
// (docs/performance.md). With DATABASE_URL set, no WebAssembly runs and the flag changes nothing.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureAssets, ensureServer } from './build.mjs'

ensureAssets()
await ensureServer()
await import(pathToFileURL(path.resolve(import.meta.dirname, '..', 'dist', 'server.js')).href)
