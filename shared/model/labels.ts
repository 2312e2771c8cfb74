import type { ConferenceType, Nation } from './conference';

export const nationLabel: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** What the meeting is called, in each nation's own words (Scotland: Child Protection Planning Meeting). */
export function conferenceTypeLabel(type: ConferenceType, nation: Nation): string {
  if (nation === 'scotland') {
    return {
      initial: 'Initial child protection planning meeting',
      review: 'Review child protection planning meeting',
      'pre-birth': 'Pre-birth child protection planning meeting',
      'transfer-in': 'Transfer child protection planning meeting',
    }[type];
  }
  if (nation === 'northern-ireland') {
    return {
      initial: 'Initial child protection case conference',
      review: 'Review child protection case conference',
      'pre-birth': 'Pre-birth child protection case conference',
      'transfer-in': 'Transfer-in child protection case conference',
    }[type];
  }
  return {
    initial: 'Initial child protection conference',
    review: 'Review child protection conference',
    'pre-birth': 'Pre-birth child protection conference',
    'transfer-in': 'Transfer-in child protection conference',
  }[type];
}
