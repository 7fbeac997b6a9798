import type { MatrixSection } from './types.js'

/** Routes of assessment against the rubric (src/features/assessment). */
export const assessmentMatrix: MatrixSection = { rows: [] }
