import type { FastifyInstance } from 'fastify'
import type { Db } from '../../src/db/client.js'

export const who = ['anonymous', 'contributor', 'police', 'forceLead', 'reviewer', 'academic', 'admin'] as const
export type Who = (typeof who)[number]

/** Expected status for everyone, or per person. 'sign-in' means a redirect to the sign-in page. */
export type Expectation = number | 'sign-in'

export interface Row {
  method: 'GET' | 'POST'
  /** the route pattern exactly as registered */
  route: string
  /** the URL requested; {NAME} is replaced by the fixture of that name */
  url: string
  expect: Expectation | (Partial<Record<Who, Expectation>> & { rest: Expectation })
}

export interface MatrixPeople {
  /** signed-in people (every Who but anonymous), created before the fixtures */
  users: Record<Exclude<Who, 'anonymous'>, { id: number; email: string }>
}

/**
 * One feature's rows. Fixtures create the records its URLs need and return the values for their
 * {NAME} placeholders. Rows run in order for every person, POSTs with a valid CSRF token and an
 * empty form, so a row must not change anything a later row or person depends on.
 */
export interface MatrixSection {
  rows: Row[]
  fixtures?: (db: Db, app: FastifyInstance, people: MatrixPeople) => Promise<Record<string, string>>
}

export const signedInOnly = (status: number) => ({ anonymous: 'sign-in' as const, rest: status })
export const adminOnly = (status: number) => ({ anonymous: 'sign-in' as const, admin: status, rest: 403 })
export const staffOnly = (status: number) => ({
  anonymous: 'sign-in' as const,
  reviewer: status,
  admin: status,
  rest: 403,
})
