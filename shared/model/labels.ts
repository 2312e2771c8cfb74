import type { AudienceLevel, DistributedDocument } from './audience';
import type { ChildVoiceMethod, ConferenceType, Nation } from './conference';

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

/** Who may see a piece of text, in the words of the audience control, the redaction preview and the documents. */
export const audienceLevelLabel: Record<AudienceLevel, string> = {
  everyone: 'Everyone',
  professionals: 'Professionals only',
  restricted: 'Restricted (annex only)',
};

/** What each audience means, said once where the chair chooses it. */
export const audienceLevelHint: Record<AudienceLevel, string> = {
  everyone: 'Everyone at the conference, the family included, and the shared screen.',
  professionals: 'The professional minute only: never in a family document or on the shared screen.',
  restricted: 'The restricted annex only, which goes to the professionals you choose.',
};

/** "Everyone · Not for: Gary Wren, Maureen Wren": the audience of one text in a line. */
export function audienceWords(level: AudienceLevel, withheldFromNames: readonly string[]): string {
  const words = audienceLevelLabel[level];
  return withheldFromNames.length ? `${words} · Not for: ${withheldFromNames.join(', ')}` : words;
}

/**
 * How a child's views reached the meeting, in the chair's words: one list for the setup form and the meeting's
 * capture, so the chair never meets two vocabularies for one choice. (Family documents say it in their own words,
 * plain-words.ts `childVoiceMethodWords`.)
 */
export const childVoiceMethodLabel: Record<ChildVoiceMethod, string> = {
  attended: 'Came to the meeting',
  advocate: 'Through an advocate',
  'direct-work': 'Direct work (e.g. Three Houses)',
  observation: 'Observation (very young child)',
  letter: 'Letter or message',
  other: 'Other',
};

export const distributedDocumentLabel: Record<DistributedDocument, string> = {
  'decision-letter': 'Decision letter',
  'family-plan': 'Family plan',
  minutes: 'Minutes',
  'restricted-annex': 'Restricted annex',
  'child-letter': 'Letter for the child',
};
