import type { Conference, Note, Participant } from '@shared/model/conference';
import { agencyLabel, attendanceLabel } from '@shared/wording/labels';
import { couldHaveSpoken, saidByOf, speakerLabel, type SaidBy } from '@shared/meeting/speakers';

/** "Ellen Bright (school nurse)": how the minute-taker picks who said something. */
export function participantLabel(p: Participant): string {
  const role = p.role || (p.agency ? agencyLabel[p.agency] : p.kind === 'family' ? 'family' : p.kind);
  return p.name ? `${p.name} (${role})` : `(${role}, name not recorded)`;
}

/** Finds the participant a typed attribution means: the full label, or the name alone, ignoring case. */
export function findParticipant(participants: Participant[], typed: string): Participant | undefined {
  const t = typed.trim().toLowerCase();
  if (!t) return undefined;
  return (
    participants.find((p) => participantLabel(p).toLowerCase() === t) ??
    participants.find((p) => p.name.trim().toLowerCase() === t)
  );
}

type Speaker = NonNullable<Note['speaker']>;

/** Who said a note, in the words of the "Said by" field; '' when nobody is named. */
export function saidByLabel(conference: Pick<Conference, 'details' | 'participants'>, saidBy: SaidBy | null): string {
  if (!saidBy) return '';
  if ('speaker' in saidBy) return speakerLabel(conference.details, saidBy.speaker);
  const person = conference.participants.find((p) => p.id === saidBy.participantId);
  return person ? participantLabel(person) : '';
}

export function noteSaidByLabel(
  conference: Pick<Conference, 'details' | 'participants'>,
  note: Pick<Note, 'participantId' | 'speaker'>,
): string {
  return saidByLabel(conference, saidByOf(note));
}

/**
 * Who the "Said by" list offers, in order: the people `first` picks (professionals for agency information), then
 * everyone else who could have spoken, then the chair and the minute-taker. Nobody who sent apologies, was not
 * invited, was excluded throughout, or is a child whose views came another way.
 */
export function speakerOptions(
  conference: Pick<Conference, 'details' | 'participants'>,
  first?: (p: Participant) => boolean,
): string[] {
  const spoke = conference.participants.filter(couldHaveSpoken);
  const ordered = first ? [...spoke.filter(first), ...spoke.filter((p) => !first(p))] : spoke;
  return [
    ...ordered.map(participantLabel),
    speakerLabel(conference.details, 'chair'),
    speakerLabel(conference.details, 'minute-taker'),
  ];
}

export type TypedSpeaker = { saidBy: SaidBy | null } | { problem: string };

const SPOKEN_NAMES: Record<Speaker, string[]> = {
  chair: ['chair', 'the chair'],
  'minute-taker': ['minute-taker', 'the minute-taker', 'minute taker', 'the minute taker'],
};

/**
 * What a typed "Said by" means: nobody (empty), a participant who could have spoken, or the chair or minute-taker
 * (by their label, their name or their role). Anything else is a problem naming the fix.
 */
export function readSpeaker(conference: Pick<Conference, 'details' | 'participants'>, typed: string): TypedSpeaker {
  const t = typed.trim().toLowerCase();
  if (!t) return { saidBy: null };
  const byLabel = conference.participants.find((p) => participantLabel(p).toLowerCase() === t);
  for (const speaker of ['chair', 'minute-taker'] as const) {
    const name = (speaker === 'chair' ? conference.details.chair : conference.details.minuteTaker).trim().toLowerCase();
    const matches =
      speakerLabel(conference.details, speaker).toLowerCase() === t ||
      SPOKEN_NAMES[speaker].includes(t) ||
      (!byLabel && name !== '' && name === t);
    if (matches) return { saidBy: { speaker } };
  }
  const person = byLabel ?? findParticipant(conference.participants, typed);
  if (!person) {
    return {
      problem: `“${typed.trim()}” is not a participant. Pick a name from the list, or add them under Setup → Participants.`,
    };
  }
  if (!couldHaveSpoken(person)) {
    return {
      problem: `${person.name.trim() || 'This person'} is recorded as “${attendanceLabel[person.attendance.status]}”, so cannot have said this. Pick someone who took part, or correct their attendance under Setup → Participants.`,
    };
  }
  return { saidBy: { participantId: person.id } };
}
