import type { MatrixSection } from './types.js'

/** Routes of review and publication (src/features/review). */
export const reviewMatrix: MatrixSection = { rows: [] }
