import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { TheoryOfChangeContent } from '../../db/schema/index.js'
import type { Readiness } from '../evaluation/readiness.js'
import { modelColumns } from './content.js'

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level })

const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } })

/** The theory of change as a Word document: the logic model column by column, then readiness. */
export async function theoryOfChangeDocx(
  toc: TheoryOfChangeContent,
  practiceName: string,
  readiness: Readiness,
): Promise<Buffer> {
  const children: Paragraph[] = [heading(`Theory of change: ${practiceName}`, HeadingLevel.TITLE)]
  for (const column of modelColumns(toc)) {
    children.push(heading(column.heading, HeadingLevel.HEADING_1))
    if (!column.boxes.length)
      children.push(new Paragraph({ children: [new TextRun({ text: 'Not given yet', italics: true })] }))
    for (const box of column.boxes) {
      children.push(bullet(box.text))
      for (const detail of box.detail) children.push(bullet(detail, 1))
    }
  }
  for (const [title, items] of [
    ['Assumptions', toc.assumptions],
    ['Risks', toc.risks],
  ] as const) {
    children.push(heading(title, HeadingLevel.HEADING_1))
    if (!items.length)
      children.push(new Paragraph({ children: [new TextRun({ text: 'None given yet', italics: true })] }))
    for (const item of items) children.push(bullet(item))
  }
  children.push(heading('Evaluation readiness', HeadingLevel.HEADING_1))
  children.push(new Paragraph({ children: [new TextRun({ text: readiness.levelLabel, bold: true })] }))
  for (const item of readiness.items) {
    children.push(
      bullet(`${item.label}: ${item.result === 'met' ? 'met' : item.result === 'partly' ? 'partly met' : 'not met'}`),
    )
    if (item.nextStep) children.push(bullet(`Next: ${item.nextStep}`, 1))
  }
  const doc = new Document({
    creator: 'Practice Bank',
    title: `Theory of change: ${practiceName}`,
    sections: [{ children }],
  })
  return Packer.toBuffer(doc)
}
