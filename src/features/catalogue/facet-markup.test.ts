import path from 'node:path'
import { fileURLToPath } from 'node:url'
import nunjucks from 'nunjucks'
import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../web/format.js'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const env = new nunjucks.Environment(
  new nunjucks.FileSystemLoader([path.join(root, 'src/features'), path.join(root, 'node_modules/govuk-frontend/dist')]),
  { autoescape: true },
)
env.addFilter('formatNumber', formatNumber)

/** Markup without the whitespace a browser does not show: around tags, and runs of it inside text. */
const tidy = (html: string) =>
  html.replace(/>\s+/g, '>').replace(/\s+</g, '<').replace(/\s+/g, ' ').replace(/\s+>/g, '>').trim()

const facet = {
  name: 'topic',
  label: 'Topic',
  options: [
    { key: 'stalking', label: 'Stalking & harassment', count: 1234, selected: false },
    { key: 'fgm', label: 'Female genital mutilation <FGM>', count: 7, selected: true },
    { key: 'missing', label: 'Missing people', count: 0, selected: false },
  ],
}

describe('the filter panel facet markup', () => {
  it('is what govukCheckboxes writes for the same options', () => {
    const ours = env.renderString(
      '{% from "catalogue/views/macros.njk" import facetCheckboxes %}{{ facetCheckboxes(facet) }}',
      { facet },
    )
    const govuk = env.renderString(
      `{% from "govuk/components/checkboxes/macro.njk" import govukCheckboxes %}
      {% set items = [] %}
      {% for option in facet.options %}
        {% set items = (items.push({ value: option.key, text: option.label + ' (' + (option.count | formatNumber) + ')', checked: option.selected }), items) %}
      {% endfor %}
      {{ govukCheckboxes({ idPrefix: 'filter-' + facet.name, name: facet.name, classes: 'govuk-checkboxes--small app-facet__options',
        fieldset: { legend: { text: facet.label, classes: 'govuk-fieldset__legend--s' } }, items: items }) }}`,
      { facet },
    )
    expect(tidy(ours)).toBe(tidy(govuk))
    // labels are escaped, the ids are the prefix and then numbered from 2, the selected option is checked
    expect(ours).toContain('Female genital mutilation &lt;FGM&gt; (7)')
    expect(ours).toContain('id="filter-topic"')
    expect(ours).toContain('id="filter-topic-3"')
    expect(ours).toMatch(/value="fgm" checked>/)
    expect(ours).toContain('Stalking &amp; harassment (1,234)')
  })
})
