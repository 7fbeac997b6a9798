import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  BASE_URL: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  POLICE_EMAIL_DOMAINS: z
    .string()
    .regex(/^[a-z0-9.-]+(,[a-z0-9.-]+)*$/, 'must be a comma-separated list of domains, like police.uk')
    .default('police.uk'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Practice Bank <no-reply@practice-bank.invalid>'),
  DEMO_USERS: z.enum(['auto', 'on', 'off']).default('auto'),
  OIDC_ISSUER: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(100).default('your police account'),
  API_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(300),
})

const oidcVariables = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const

export interface OidcConfig {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  /** shown on the sign-in button: "Sign in with …" */
  readonly name: string
}

export interface Config {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  /** absent means the embedded PGlite database in `dataDir` */
  readonly databaseUrl: string | undefined
  readonly baseUrl: string
  readonly sessionSecret: string
  readonly logLevel: (typeof logLevels)[number]
  /** auto: load demo practice on the first start of an empty embedded database */
  readonly demoData: 'auto' | 'on' | 'off'
  /** verified e-mail on one of these domains (or a subdomain) makes someone a police member */
  readonly policeEmailDomains: readonly string[]
  /** absent: e-mail stays in the outbox, readable by admins */
  readonly smtpUrl: string | undefined
  readonly mailFrom: string
  /** auto: one demo user per role on the embedded database only */
  readonly demoUsers: 'auto' | 'on' | 'off'
  /** cookies get the Secure attribute when the service is served over https */
  readonly secureCookies: boolean
  /** sign-in through an OpenID Connect provider; absent unless issuer, client id and secret are all set */
  readonly oidc: OidcConfig | undefined
  /** API requests a minute allowed per token (or per address, without one); 0 turns the limit off */
  readonly apiRateLimit: number
}

export class ConfigError extends Error {}

/** Reads and validates the environment once. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const parsed = envSchema.safeParse(blanksRemoved)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  }
  const e = parsed.data
  const dataDir = path.resolve(e.DATA_DIR)
  if (!e.SESSION_SECRET && e.DATABASE_URL) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required when DATABASE_URL is set')
  }
  const oidcSet = oidcVariables.filter((name) => e[name] !== undefined)
  if (oidcSet.length > 0 && oidcSet.length < oidcVariables.length) {
    const missing = oidcVariables.filter((name) => e[name] === undefined)
    const problems = missing.map(
      (name) => `  ${name}: required when ${oidcSet.join(' and ')} ${oidcSet.length > 1 ? 'are' : 'is'} set`,
    )
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  }
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '')
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    baseUrl,
    sessionSecret: e.SESSION_SECRET ?? embeddedSessionSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA,
    policeEmailDomains: Object.freeze(e.POLICE_EMAIL_DOMAINS.split(',')),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demoUsers: e.DEMO_USERS,
    secureCookies: baseUrl.startsWith('https://'),
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? Object.freeze({
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME,
          })
        : undefined,
    apiRateLimit: e.API_RATE_LIMIT,
  })
}

/** In embedded mode the secret is generated once and kept beside the database, so restarts keep sessions. */
function embeddedSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('base64url')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
