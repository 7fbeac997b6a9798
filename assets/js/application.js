// Progressive enhancement only: every page works without this script.
import { initAll } from 'govuk-frontend'
import { initAll as initMojFrontend } from '@ministryofjustice/frontend'

initAll()
initMojFrontend()
