/** Something that cannot be done to the practice as it is now; the routes show the conflict page (409). */
export class AssessmentConflict extends Error {
  readonly statusCode = 409
  constructor(message: string) {
    super(message)
    this.name = 'AssessmentConflict'
  }
}

/** The person may not do this to this practice (403). */
export class AssessmentForbidden extends Error {
  readonly statusCode = 403
  constructor(message = 'You cannot do this to this practice') {
    super(message)
    this.name = 'AssessmentForbidden'
  }
}

export const staleVersion = () =>
  new AssessmentConflict(
    'Someone else changed this practice after you opened the page, so your change was not saved. Nothing has been changed. Look at the practice as it is now and try again.',
  )
