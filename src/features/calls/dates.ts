import { londonToday } from '../submissions/forms/fields.js'

export type CallState = 'open' | 'closed' | 'upcoming'

/** Open from the first day to the last, inclusive, by the date in London. */
export function callState(call: { opensOn: string; closesOn: string }, today = londonToday()): CallState {
  if (today < call.opensOn) return 'upcoming'
  if (today > call.closesOn) return 'closed'
  return 'open'
}

export const callIsOpen = (call: { opensOn: string; closesOn: string }) => callState(call) === 'open'
