export { agendaFor, agendaForConference, agendaItem } from './definitions';
export {
  addElapsed,
  currentItem,
  doneAndNext,
  endMeeting,
  itemProgress,
  markDone,
  markSkipped,
  moveTo,
  nextItemKey,
  previousItemKey,
  reopen,
  startMeeting,
  timeBudget,
} from './progress';
export type { AgendaChange, ItemTime, TimeBudget } from './progress';
export { agendaItemKeys } from './types';
export type { AgendaItemDefinition, AgendaItemKey, AgendaItemOrigin, CaptureKind, SharedScreenPanel } from './types';
