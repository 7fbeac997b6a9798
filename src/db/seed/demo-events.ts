import { randomBytes } from 'node:crypto'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import {
  learningEventMaterials,
  learningEventPractices,
  learningEventRegistrations,
  learningEvents,
  practices,
  users,
} from '../schema/index.js'
import { slugify } from '../../features/catalogue/slug.js'

// Demo learning events, clearly marked (is_demo, "Demo" in the title), so a fresh start shows an
// upcoming event people can register for, a past one with attendance and materials, and one called
// off (still listed, marked as cancelled with the organisers' reason). Their dates
// are set from the day they are first loaded.

const DAY = 86_400_000
const triage = 'Operation Harbour: daily domestic abuse triage with partners'
const stalkingClinic = 'Fast-track clinic for stalking protection order applications'

interface DemoEvent {
  slug: string
  values: Omit<typeof learningEvents.$inferInsert, 'slug'>
  practices: string[]
  registrations: {
    email: string
    name: string
    organisation: string
    status: 'registered' | 'waiting'
    attended?: boolean
    dietaryNeeds?: string
  }[]
  materials: { kind: 'slides' | 'recording' | 'other'; title: string; url: string }[]
}

/** Noon in London on the day `days` from today, plus `hours`. */
const dayFromNow = (now: Date, days: number, hours: number) => {
  const day = new Date(now.getTime() + days * DAY)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9 + hours, 30))
}

function demoEvents(now: Date): DemoEvent[] {
  return [
    {
      slug: 'demo-north-east-domestic-abuse-learning-day',
      values: {
        title: 'Demo: North East learning day on domestic abuse triage',
        description:
          'A demo event. Forces in the North East hear how a daily triage meeting with partners works in practice, and plan how they might try it.\nThe morning is talks and questions; the afternoon is workshops by force.',
        region: 'north-east',
        format: 'in-person',
        venue: 'Demo Conference Centre',
        address: '1 Example Quay, Newcastle upon Tyne, NE1 0AA',
        startsAt: dayFromNow(now, 21, 0),
        endsAt: dayFromNow(now, 21, 6),
        capacity: 40,
        audience: 'policing',
        registrationClosesAt: dayFromNow(now, 18, 7),
        speakers:
          'Detective Inspector Sam Demo, Cleveland Police\nA domestic abuse service manager from a demo partner charity',
        isDemo: true,
      },
      practices: [triage],
      registrations: [
        {
          email: 'force.lead@demo.police.uk',
          name: 'Kim Lead',
          organisation: 'Kent Police',
          status: 'registered',
          dietaryNeeds: 'Vegetarian',
        },
      ],
      materials: [],
    },
    {
      slug: 'demo-online-stalking-protection-orders-webinar',
      values: {
        title: 'Demo: online session on stalking protection orders',
        description:
          'A demo event. How a fast-track clinic helps officers apply for stalking protection orders within days rather than months.',
        region: 'north-west',
        format: 'online',
        onlineLink: 'https://meet.example.org/demo-stalking-protection-orders',
        startsAt: dayFromNow(now, -10, 1),
        endsAt: dayFromNow(now, -10, 3),
        capacity: 100,
        audience: 'public',
        registrationClosesAt: dayFromNow(now, -11, 0),
        speakers: 'A stalking advocate from a demo partner service\nSergeant Alex Demo, Cheshire Constabulary',
        isDemo: true,
      },
      practices: [stalkingClinic],
      registrations: [
        {
          email: 'officer@demo.police.uk',
          name: 'Pat Officer',
          organisation: 'Merseyside Police',
          status: 'registered',
          attended: true,
        },
        {
          email: 'contributor@demo.example.org',
          name: 'Chris Contributor',
          organisation: 'Demo charity',
          status: 'registered',
          attended: false,
        },
      ],
      materials: [
        {
          kind: 'slides',
          title: 'Slides: the fast-track clinic step by step (demo)',
          url: 'https://example.org/demo/stalking-clinic-slides.pdf',
        },
        {
          kind: 'recording',
          title: 'Recording of the session (demo)',
          url: 'https://example.org/demo/stalking-clinic-recording',
        },
      ],
    },
    {
      slug: 'demo-wales-missing-people-workshop',
      values: {
        title: 'Demo: Wales workshop on finding missing children sooner',
        description:
          'A demo event, shown as cancelled. Forces in Wales were to compare how they share the first hour of a missing child report with partners.',
        region: 'wales',
        format: 'in-person',
        venue: 'Demo Civic Hall',
        address: '5 Example Road, Cardiff, CF10 0AA',
        startsAt: dayFromNow(now, 35, 0),
        endsAt: dayFromNow(now, 35, 4),
        capacity: 30,
        audience: 'policing',
        registrationClosesAt: dayFromNow(now, 32, 7),
        isDemo: true,
        sequence: 1,
        cancelledAt: new Date(now.getTime() - 2 * DAY),
        cancellationReason:
          'Too few forces could release staff in that week. A new date will be announced as a separate event.',
      },
      practices: [],
      registrations: [
        {
          email: 'officer@demo.police.uk',
          name: 'Pat Officer',
          organisation: 'Merseyside Police',
          status: 'registered',
        },
      ],
      materials: [],
    },
  ]
}

/** Adds the demo events once (by slug), with their showcased demo practice, registrations and materials. */
export async function insertDemoEvents(db: Db, now = new Date()): Promise<number> {
  let added = 0
  for (const demo of demoEvents(now)) {
    const [event] = await db
      .insert(learningEvents)
      .values({ ...demo.values, slug: demo.slug })
      .onConflictDoNothing({ target: learningEvents.slug })
      .returning({ id: learningEvents.id })
    if (!event) continue
    added++
    const slugs = demo.practices.map((title) => slugify(title))
    // The demo practice's made-up contributors agreed to be shown at events.
    const shown = await db
      .update(practices)
      .set({ consentEvents: true })
      .where(and(eq(practices.isDemo, true), inArray(practices.slug, slugs)))
      .returning({ id: practices.id })
    for (const practice of shown) {
      await db
        .insert(learningEventPractices)
        .values({ eventId: event.id, practiceId: practice.id })
        .onConflictDoNothing()
    }
    const people = await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          demo.registrations.map((r) => r.email),
        ),
      )
    for (const [index, registration] of demo.registrations.entries()) {
      const person = people.find((p) => p.email === registration.email)
      if (!person) continue
      await db
        .insert(learningEventRegistrations)
        .values({
          eventId: event.id,
          userId: person.id,
          status: registration.status,
          name: registration.name,
          organisation: registration.organisation,
          dietaryNeeds: registration.dietaryNeeds ?? null,
          attended: registration.attended ?? null,
          cancelToken: randomBytes(24).toString('base64url'),
          queuedAt: new Date(now.getTime() - (30 - index) * DAY),
        })
        .onConflictDoNothing()
    }
    if (demo.materials.length) {
      await db.insert(learningEventMaterials).values(demo.materials.map((m) => ({ ...m, eventId: event.id })))
    }
  }
  return added
}

/** Takes the demo events out again (with their registrations and materials). */
export async function removeDemoEvents(db: Db): Promise<number> {
  const removed = await db
    .delete(learningEvents)
    .where(sql`${learningEvents.isDemo}`)
    .returning({ id: learningEvents.id })
  return removed.length
}
