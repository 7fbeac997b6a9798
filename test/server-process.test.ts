import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pb-server-'))
const running: ChildProcess[] = []

/** The arguments `npm start` gives node (package.json: `node <flags> scripts/start.mjs`). */
const startArgs = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(' ')
  .slice(1)

/** Starts the server as `npm start` does (compiled to dist/ first when the sources changed), on the embedded database in `dataDir`, and waits until it listens. */
async function startServer(): Promise<{ child: ChildProcess; baseUrl: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', DEMO_DATA: 'auto' }
  // Vite sets BASE_URL=/ for the test process; the server must work out its own.
  delete env.BASE_URL
  delete env.DATABASE_URL
  delete env.SESSION_SECRET
  const child = spawn(process.execPath, startArgs, { cwd: root, env })
  running.push(child)
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000)
    child.stdout.on('data', () => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.on('exit', (code, signal) => reject(new Error(`server exited with ${code} ${signal}:\n${output}`)))
  })
  return { child, baseUrl, output: () => output }
}

async function publicPracticeCount(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/practices`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { total: number }).total
}

afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL')
})

describe('the server process', () => {
  it('starts on an empty embedded database with demo practice, stops cleanly on SIGTERM and keeps its data', async () => {
    const first = await startServer()
    expect(first.output()).toContain('loaded 60 demo practice examples')
    const count = await publicPracticeCount(first.baseUrl)
    expect(count).toBeGreaterThan(40)
    expect((await fetch(`${first.baseUrl}/readyz`)).status).toBe(200)

    first.child.kill('SIGTERM')
    const [code] = (await once(first.child, 'exit')) as [number | null]
    expect(code).toBe(0)
    expect(first.output()).toContain('SIGTERM received')

    const second = await startServer()
    expect(await publicPracticeCount(second.baseUrl)).toBe(count)
    expect(second.output()).not.toContain('loaded 60 demo practice examples')
    second.child.kill('SIGTERM')
    expect(((await once(second.child, 'exit')) as [number | null])[0]).toBe(0)
  }, 120_000)

  it('refuses to start with bad configuration, naming the variable', async () => {
    const child = spawn(process.execPath, startArgs, {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, PORT: 'not-a-port' },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(1)
    expect(stderr).toContain('PORT')
  }, 60_000)
})
