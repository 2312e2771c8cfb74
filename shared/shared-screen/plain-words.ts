/**
 * What only the shared screen says. Everything else the screen words comes from the wording module
 * (shared/wording/) and the decision words (shared/plan/decision-words.ts), which the documents use too.
 */

export const CHECK_QUESTION = 'Is this what you heard? Please tell us if anything is unclear or wrong.';
export const WELCOME_MESSAGE = 'The meeting will start shortly';
export const HOLDING_MESSAGE = 'The meeting will continue shortly';
