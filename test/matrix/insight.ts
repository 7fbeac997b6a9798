import { staffOnly, type MatrixSection } from './types.js'

/** Staff and the force lead for Kent (the matrix's force lead leads Kent); a visitor signs in; anyone else 403. */
const staffOrKentLead = (status: number) => ({ ...staffOnly(status), forceLead: status })

/** Routes of the insight pages (src/features/insight): the national picture is public, the rest is not. */
export const insightMatrix: MatrixSection = {
  rows: [
    { method: 'GET', route: '/insight', url: '/insight', expect: 200 },
    { method: 'GET', route: '/insight/data/:file', url: '/insight/data/topic.csv', expect: 200 },
    { method: 'GET', route: '/insight/forces/:slug', url: '/insight/forces/kent', expect: staffOrKentLead(200) },
    {
      method: 'GET',
      route: '/insight/forces/:slug/data/:file',
      url: '/insight/forces/kent/data/region.csv',
      expect: staffOrKentLead(200),
    },
    { method: 'GET', route: '/insight/briefing', url: '/insight/briefing', expect: staffOrKentLead(200) },
    { method: 'GET', route: '/insight/briefing.xlsx', url: '/insight/briefing.xlsx', expect: staffOrKentLead(200) },
  ],
}
