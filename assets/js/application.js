// Progressive enhancement only: every page works without this script.
import { createAll, initAll } from 'govuk-frontend'
import { FilterToggleButton, initAll as initMojFrontend } from '@ministryofjustice/frontend'
import { openLinkedDetails } from './open-linked-details.js'
import { enhanceSelect } from './select-autocomplete.js'

initAll()
initMojFrontend()
// MoJ's initAll leaves the filter toggle out: without it the filter panel covers small screens and
// cannot be closed. Its settings (button texts, where the button goes) are data attributes on the panel.
createAll(FilterToggleButton)
for (const select of document.querySelectorAll('select[data-app-autocomplete]')) enhanceSelect(select)
openLinkedDetails()
