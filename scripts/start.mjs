// npm start: brings public/assets and dist/ up to date (each skipped when its sources are unchanged,
// see build.mjs), then runs the compiled server, dist/server.js, in this process.
//
// package.json starts this with three V8 settings, chosen for a small idle footprint (docs/performance.md):
// --liftoff-only: the embedded database is PostgreSQL compiled to WebAssembly, and V8 otherwise compiles
//   its hot functions a second time with its optimising compiler, which costs about 50 MiB of resident
//   memory and CPU while starting, for little gain at this scale. With DATABASE_URL set no WebAssembly
//   runs and the flag changes nothing.
// --max-semi-space-size=2 (MiB): the young generation stays small instead of growing to 16 MiB per
//   semi-space during start-up and keeping that memory while idle.
// --v8-pool-size=1: one V8 helper thread (for concurrent garbage collection and compiling) instead of
//   four; each thread keeps its own allocator arena, and the heap here is some 40 MiB.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureAssets, ensureServer } from './build.mjs'

ensureAssets()
await ensureServer()
await import(pathToFileURL(path.resolve(import.meta.dirname, '..', 'dist', 'server.js')).href)
