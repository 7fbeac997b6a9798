import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as cheerio from 'cheerio'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { loadConfig, type Config } from '../../src/config.js'
import type { Database, Db } from '../../src/db/client.js'
import { createTestDatabase } from './database.js'

export interface TestApp {
  app: FastifyInstance
  database: Database
  db: Db
  config: Config
  close(): Promise<void>
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'pb-app-')),
    SESSION_SECRET: 'test-secret-that-is-at-least-32-characters',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
    ...overrides,
  })
}

/** The real app (the same buildApp as the server) on a fresh database of its own. */
export async function createTestApp(configOverrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase()
  const config = testConfig(configOverrides)
  const app = await buildApp(config, { database, logger: false })
  return {
    app,
    database,
    db: database.db,
    config,
    async close() {
      await app.close()
      await database.close()
    },
  }
}

/** GET a page and parse it; `$` answers cheerio queries such as `$('[data-qa=result]')`. */
export async function getPage(app: FastifyInstance, url: string) {
  const response = await app.inject({ method: 'GET', url })
  return { response, status: response.statusCode, $: cheerio.load(response.body) }
}

export const texts = ($: cheerio.CheerioAPI, selector: string): string[] =>
  $(selector)
    .map((_, element) => $(element).text().replace(/\s+/g, ' ').trim())
    .get()
