import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'pb-config-'))

describe('loadConfig', () => {
  it('has working defaults for the embedded database', () => {
    const dataDir = tempDir()
    const config = loadConfig({ DATA_DIR: dataDir })
    expect(config.port).toBe(3000)
    expect(config.databaseUrl).toBeUndefined()
    expect(config.baseUrl).toBe('http://localhost:3000')
    expect(config.logLevel).toBe('info')
  })

  it('generates the session secret once and keeps it in the data directory', () => {
    const dataDir = tempDir()
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(existsSync(path.join(dataDir, 'session-secret'))).toBe(true)
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first)
    expect(readFileSync(path.join(dataDir, 'session-secret'), 'utf8')).toBe(first)
  })

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', BASE_URL: 'nowhere', DATA_DIR: tempDir() })).toThrow(
      ConfigError,
    )
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', BASE_URL: 'nowhere', DATA_DIR: tempDir() })
    } catch (error) {
      const message = (error as Error).message
      expect(message).toContain('PORT')
      expect(message).toContain('LOG_LEVEL')
      expect(message).toContain('BASE_URL')
    }
  })

  it('needs a session secret and a postgres URL when using a database server', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/pb', DATA_DIR: tempDir() })).toThrow(/SESSION_SECRET/)
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/pb', SESSION_SECRET: 's'.repeat(32) })).toThrow(/DATABASE_URL/)
  })

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', DATA_DIR: tempDir() }).port).toBe(3000)
  })
})
