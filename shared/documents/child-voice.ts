import type { ChildVoice } from '../model/conference';
import { capitalise, childVoiceMethodWords } from '../wording/sentences';
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

/**
 * What the plan does about what a child said, ready to follow "So": the response as typed, without a "So" the user
 * typed at its start (the documents write their own), and ending with a full stop. Empty where there is none.
 */
export function planAnswer(response: string): string {
  const answer = response.trim().replace(/^so\b[,:;]?\s*/i, '');
  return /\p{L}/u.test(answer) ? sentence(answer) : '';
}
