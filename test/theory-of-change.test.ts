import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../src/db/client.js'
import { parsePage } from '../src/features/theory-of-change/forms.js'
import { TheoryOfChangeService } from '../src/features/theory-of-change/service.js'
import { createTestDatabase } from './support/database.js'
import { aPractice } from './support/factories.js'
import { aUser } from './support/users.js'

let database: Database
let service: TheoryOfChangeService

beforeAll(async () => {
  database = await createTestDatabase()
  service = new TheoryOfChangeService(database.db)
})

afterAll(async () => {
  await database?.close()
})

describe('theory of change versions', () => {
  it('keeps every saved version whole, refuses a save from a stale version, and records it on the timeline', async () => {
    const practice = await aPractice(database.db, { status: 'draft', visibility: 'internal' })
    const user = await aUser(database.db)
    const start = await service.latest(practice.id)
    expect(start.versionNumber).toBe(0)

    const first = parsePage('problem', { problem: 'Repeat victims', activities: 'Visit' }, start.content)
    if (!first.ok) throw new Error('expected the page to parse')
    expect(await service.save(practice.id, user.id, 0, 'problem', first.content, null)).toEqual({
      ok: true,
      versionNumber: 1,
    })

    const second = parsePage('impact', { impact: 'Safer families' }, (await service.latest(practice.id)).content)
    if (!second.ok) throw new Error('expected the page to parse')
    expect(await service.save(practice.id, user.id, 1, 'impact', second.content, null)).toEqual({
      ok: true,
      versionNumber: 2,
    })
    // someone still looking at version 1 saves: refused, nothing written
    expect(await service.save(practice.id, user.id, 1, 'impact', second.content, null)).toEqual({
      ok: false,
      reason: 'conflict',
    })

    const latest = await service.latest(practice.id)
    expect(latest.versionNumber).toBe(2)
    expect(latest.content.problem).toBe('Repeat victims')
    expect(latest.content.impact).toBe('Safer families')
    const v1 = await service.version(practice.id, 1)
    expect(v1?.content.impact).toBeNull()
    expect((await service.history(practice.id)).versions.map((v) => v.versionNumber)).toEqual([2, 1])

    expect(await service.comment(practice.id, 1, user.id, 'Add a measure for each outcome')).toBe(true)
    expect(await service.comment(practice.id, 9, user.id, 'No such version')).toBe(false)
    expect((await service.history(practice.id)).comments).toMatchObject([
      { versionNumber: 1, body: 'Add a measure for each outcome' },
    ])

    const events = await queryRows<{ kind: string }>(
      database.db,
      sql`select kind from practice_events where practice_id = ${practice.id} order by id`,
    )
    expect(events.map((e) => e.kind)).toEqual([
      'theory-of-change-saved',
      'theory-of-change-saved',
      'theory-of-change-comment',
    ])
  })
})
