import type { Database } from './db/client.js'
import { addPracticeViews } from './features/catalogue/repository.js'
import { CatalogueService } from './features/catalogue/service.js'
import { ViewCounter } from './features/catalogue/view-counter.js'
import { ReferenceService } from './features/reference/service.js'

export interface Services {
  reference: ReferenceService
  catalogue: CatalogueService
  viewCounter: ViewCounter
}

export function createServices(database: Database, onBackgroundError: (error: unknown) => void): Services {
  const { db } = database
  const reference = new ReferenceService(db)
  const viewCounter = new ViewCounter((counts) => addPracticeViews(db, counts), onBackgroundError)
  return {
    reference,
    viewCounter,
    catalogue: new CatalogueService(db, reference, viewCounter),
  }
}
