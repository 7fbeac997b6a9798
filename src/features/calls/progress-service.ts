import { stringify } from 'csv-stringify/sync'
import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.js'
import { regions } from '../../db/seed/reference-data.js'
import { statusLabel } from '../assessment/page-model.js'
import { londonToday } from '../submissions/forms/fields.js'
import { callState } from './dates.js'

interface ResponseRow {
  id: number
  reference: string | null
  title: string
  status: string
  submitted_at: Date | null
  created_at: Date
  org_code: string | null
  org_name: string | null
  org_kind: string | null
  region: string | null
}

export interface CallResponse {
  reference: string | null
  /** only once it is sent: a draft is its contributor's own until then */
  title: string | null
  state: string
  sent: boolean
  organisation: string
  organisationCode: string | null
  region: string
  started: string
  sentOn: string | null
}

export interface ForceProgress {
  id: number
  code: string
  name: string
  region: string
  regionKey: string | null
  /** responses sent from this force */
  sent: number
  /** drafts started here and not sent */
  drafts: number
}

const regionName = new Map<string, string>(regions.map((r) => [r.key, r.label]))
const londonDay = (at: Date) => londonToday(at)
/** A cell starting = + - @ would run as a formula in a spreadsheet program: it is prefixed with '. */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

/**
 * How a call is going, for staff (/review/calls/:slug): every response and its state, responses by
 * force and region, the forces that have not sent one yet, and the same as CSV. A response is counted
 * once it is sent, as the call's public page counts submissions received.
 */
export class CallProgressService {
  constructor(private readonly db: Db) {}

  async forCall(slug: string) {
    const [call] = await queryRows<{
      id: number
      slug: string
      title: string
      opens_on: string
      closes_on: string
      grace_days: number
    }>(
      this.db,
      sql`select id, slug, title, opens_on::text, closes_on::text, grace_days from calls where slug = ${slug}`,
    )
    if (!call) return null
    const rows = await queryRows<ResponseRow>(
      this.db,
      sql`select p.id, p.reference, p.title, p.status, p.submitted_at, p.created_at,
                 o.code as org_code, o.name as org_name, o.kind as org_kind, o.region
          from practices p left join organisations o on o.id = p.organisation_id
          where p.call_id = ${call.id}
          order by p.submitted_at is null, p.submitted_at, p.id`,
    )
    const forceRows = await queryRows<{ id: number; code: string; name: string; region: string | null }>(
      this.db,
      sql`select id, code, name, region from organisations where kind = 'force' order by name`,
    )
    const responses: CallResponse[] = rows.map((r) => {
      const sent = r.submitted_at !== null
      return {
        reference: sent ? r.reference : null,
        title: sent ? r.title : null,
        state: statusLabel(r.status),
        sent,
        organisation: r.org_name ?? 'Not given yet',
        organisationCode: r.org_code,
        region: regionName.get(r.region ?? '') ?? '',
        started: londonDay(new Date(r.created_at)),
        sentOn: r.submitted_at ? londonDay(new Date(r.submitted_at)) : null,
      }
    })
    const forces: ForceProgress[] = forceRows.map((f) => ({
      ...f,
      regionKey: f.region,
      region: regionName.get(f.region ?? '') ?? '',
      sent: responses.filter((r) => r.sent && r.organisationCode === f.code).length,
      drafts: responses.filter((r) => !r.sent && r.organisationCode === f.code).length,
    }))
    const byRegion = regions
      .filter((r) => r.key !== 'national')
      .map((region) => {
        const here = forces.filter((f) => f.regionKey === region.key)
        return {
          name: region.label,
          forces: here.length,
          responded: here.filter((f) => f.sent > 0).length,
          sent: here.reduce((sum, f) => sum + f.sent, 0),
        }
      })
    const states = [...new Set(responses.map((r) => r.state))].map((state) => ({
      state,
      count: responses.filter((r) => r.state === state).length,
    }))
    return {
      call: { ...call, state: callState({ opensOn: call.opens_on, closesOn: call.closes_on }) },
      responses,
      sent: responses.filter((r) => r.sent).length,
      drafts: responses.filter((r) => !r.sent).length,
      states,
      forces,
      byRegion,
      notResponded: forces.filter((f) => f.sent === 0),
      otherOrganisations: responses.filter(
        (r) => r.sent && r.organisationCode !== null && !forces.some((f) => f.code === r.organisationCode),
      ).length,
    }
  }

  /** The responses of the page as CSV, one a row, in the same order. */
  csv(progress: NonNullable<Awaited<ReturnType<CallProgressService['forCall']>>>): string {
    return stringify(
      [
        ['Reference', 'Title', 'Organisation', 'Region', 'State', 'Started', 'Sent'],
        ...progress.responses.map((r) => [
          r.reference ?? '',
          cell(r.title ?? ''),
          cell(r.organisation),
          r.region,
          r.state,
          r.started,
          r.sentOn ?? '',
        ]),
      ],
      { bom: true },
    )
  }
}
