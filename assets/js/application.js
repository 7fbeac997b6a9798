// Progressive enhancement only: every page works without this script.
import { initAll } from 'govuk-frontend'
import { initAll as initMojFrontend } from '@ministryofjustice/frontend'
import accessibleAutocomplete from 'accessible-autocomplete'

initAll()
initMojFrontend()

// Long lists of organisations become a type-ahead; without JavaScript they stay a plain select.
for (const select of document.querySelectorAll('select[data-module="app-autocomplete"]')) {
  accessibleAutocomplete.enhanceSelectElement({ selectElement: select, defaultValue: '', showAllValues: true })
}
