import type { TheoryOfChangeContent } from '../../db/schema/index.js'
import { scoreReadiness } from '../evaluation/readiness.js'
import { modelColumns } from './content.js'
import { logicModelSvg } from './diagram.js'

/** What the published practice page shows of a theory of change its contributor agreed to show. */
export function theoryOfChangeForPage(content: TheoryOfChangeContent | null, title: string) {
  if (!content) return null
  return {
    content,
    svg: logicModelSvg(content, `Theory of change: ${title}`),
    columns: modelColumns(content),
    readiness: scoreReadiness(content),
  }
}
