import type { Visibility } from '../../db/schema/index.js'

/** Who is looking. Accounts will add signed-in people with roles; until then everyone is a visitor. */
export type Viewer = { kind: 'visitor' }

export const visitor: Viewer = Object.freeze({ kind: 'visitor' })

/**
 * The one place that decides which published practice a viewer may see. Every catalogue query,
 * page, feed and API route asks this function.
 */
export function visibilitiesFor(viewer: Viewer): readonly Visibility[] {
  switch (viewer.kind) {
    case 'visitor':
      return ['public']
  }
}
