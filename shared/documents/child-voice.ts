import type { ChildVoice } from '../model/conference';
import { capitalise, childVoiceMethodWords } from '../presenter/plain-words';
import { sentence } from './context';
import type { People } from './people';
import type { Block } from './types';

/**
 * What a child told the meeting, as the record keeps it (the minute, and the restricted annex when it is restricted):
 * who, how we heard, what they said, and what the plan does about it where the chair wrote that down.
 */
export function childVoiceRecord(people: People, voice: ChildVoice): Block[] {
  return [
    {
      kind: 'paragraph',
      lead: `${capitalise(people.childFirstName(voice.childId))} (${childVoiceMethodWords(voice.method).toLowerCase()}): `,
      text: voice.summary || 'Not recorded',
    },
    ...(voice.response.trim()
      ? [{ kind: 'paragraph', lead: 'What the plan does about it: ', text: sentence(voice.response) } as const]
      : []),
  ];
}
