import type { SignedInUser } from '../access/visibility.js'

/** Who is making a change, and from where (for the audit log). */
export interface Actor {
  user: SignedInUser
  ip: string | null
}
