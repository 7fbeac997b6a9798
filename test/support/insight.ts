import type * as cheerio from 'cheerio'

/** A data table's rows as text, header row first: what its CSV should hold. */
export function tableRows($: cheerio.CheerioAPI, key: string): string[][] {
  const table = $(`[data-qa=table-${key}]`)
  const header = table
    .find('thead th')
    .map((_, th) => $(th).text().trim())
    .get()
  const body = table
    .find('tbody tr')
    .map((_, tr) => [
      $(tr)
        .children('th, td')
        .map((__, cell) => $(cell).text().trim())
        .get(),
    ])
    .get() as string[][]
  return [header, ...body]
}
