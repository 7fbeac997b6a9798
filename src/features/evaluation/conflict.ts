/** Something that cannot be done to the request or evaluation as it is now (409, with the reason). */
export class EvaluationConflict extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EvaluationConflict'
  }
}

export const changedMeanwhile = () =>
  new EvaluationConflict(
    'Someone else changed this after you opened the page, so your change was not saved. Nothing has been changed. Look at it as it is now and try again.',
  )
