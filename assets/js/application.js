// Progressive enhancement only: every page works without this script.
import { initAll } from 'govuk-frontend'
import { initAll as initMojFrontend } from '@ministryofjustice/frontend'
import { enhanceSelect } from './select-autocomplete.js'

initAll()
initMojFrontend()
for (const select of document.querySelectorAll('select[data-app-autocomplete]')) enhanceSelect(select)
