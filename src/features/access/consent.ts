import type { ConsentPublication, Visibility } from '../../db/schema/index.js'

/**
 * The one place that decides how widely practice may be shown, given what its contributor agreed to.
 * No answer means no consent. The database holds the same rule (check `practices_visibility_within_consent`,
 * migration 0003_consent_binds), so a route that forgets to ask is refused there too.
 */
export function allowedVisibilities(consent: ConsentPublication | null): Visibility[] {
  if (consent === 'public') return ['public', 'policing', 'internal']
  if (consent === 'policing') return ['policing', 'internal']
  return ['internal']
}

const width: Record<Visibility, number> = { internal: 0, policing: 1, public: 2 }

/** The widest visibility the consent allows. */
export function widestVisibility(consent: ConsentPublication | null): Visibility {
  return allowedVisibilities(consent)[0] ?? 'internal'
}

/**
 * The visibility to keep when consent changes: the current one, narrowed to what consent now allows.
 * It never widens: widening is a reviewer's decision.
 */
export function visibilityWithinConsent(current: Visibility, consent: ConsentPublication | null): Visibility {
  const widest = widestVisibility(consent)
  return width[current] <= width[widest] ? current : widest
}

const consentWidth: Record<ConsentPublication, number> = { none: 0, policing: 1, public: 2 }

/** Whether a new publication answer takes away some of what the old one allowed. */
export function narrowsPublication(before: ConsentPublication | null, after: ConsentPublication | null): boolean {
  return (after === null ? 0 : consentWidth[after]) < (before === null ? 0 : consentWidth[before])
}

/** The consent answers, as the live practice holds them. */
export interface Consents {
  consentPublication: ConsentPublication | null
  consentShowContact: boolean | null
  consentResearch: boolean | null
  consentEvents: boolean | null
  consentGovernment: boolean | null
}

const yesNoConsents = ['consentShowContact', 'consentResearch', 'consentEvents', 'consentGovernment'] as const

/**
 * What a changed answer takes away from the live practice: only the narrowing parts, which apply at once.
 * Widening (a new yes, a wider audience) is left out: it waits for a reviewer to approve the change.
 */
export function withdrawnConsents(live: Consents, proposed: Consents): Partial<Consents> {
  const withdrawn: Partial<Consents> = {}
  if (narrowsPublication(live.consentPublication, proposed.consentPublication))
    withdrawn.consentPublication = proposed.consentPublication
  for (const key of yesNoConsents) {
    if (live[key] === true && proposed[key] !== true) withdrawn[key] = proposed[key]
  }
  return withdrawn
}
