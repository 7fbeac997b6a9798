import type { MatrixSection } from './types.js'

/** Routes of the submission journey (src/features/submissions, attachments, calls). */
export const submissionMatrix: MatrixSection = { rows: [] }
