import type { Role, Visibility } from '../../db/schema/index.js'

export interface SignedInUser {
  id: number
  name: string
  email: string
  organisationId: number | null
  roles: Role[]
  /** organisations this person is force lead for */
  leadsOrganisationIds: number[]
  /** verified e-mail on a police domain */
  policeMember: boolean
}

/** Who is making the request. */
export type Viewer = { kind: 'visitor' } | { kind: 'user'; user: SignedInUser }

export const visitor: Viewer = Object.freeze({ kind: 'visitor' })

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.kind === 'user' && viewer.user.roles.includes(role)
}

/** Which published practice a viewer may see: these visibilities, plus internal practice they submitted. */
export interface VisibilityRule {
  visibilities: readonly Visibility[]
  ownerUserId: number | null
}

/**
 * The one place that decides which published practice a viewer may see. Every catalogue query,
 * page, feed and API route asks this function:
 * public to everyone; policing only to police members, reviewers and admins; internal to reviewers,
 * admins and the contributor who submitted it.
 */
export function visibilityRuleFor(viewer: Viewer): VisibilityRule {
  if (viewer.kind === 'visitor') return { visibilities: ['public'], ownerUserId: null }
  const staff = hasRole(viewer, 'reviewer') || hasRole(viewer, 'admin')
  if (staff) return { visibilities: ['public', 'policing', 'internal'], ownerUserId: null }
  return {
    visibilities: viewer.user.policeMember ? ['public', 'policing'] : ['public'],
    ownerUserId: viewer.user.id,
  }
}

/** A police member is someone whose verified e-mail address is on one of the police domains. */
export function isPoliceEmail(email: string, policeDomains: readonly string[]): boolean {
  const domain = email.toLowerCase().split('@')[1] ?? ''
  return policeDomains.some((d) => domain === d || domain.endsWith(`.${d}`))
}
