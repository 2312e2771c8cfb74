import { describe, expect, it } from 'vitest';
import { capturedTexts } from '@shared/audience/captured';
import { keptFromSeparateSession } from '@shared/audience/separate-session';
import type { Conference } from '@shared/model/conference';
import { readBackSet } from '../documents/read-back';
import { westbrookForDocuments, westbrookSettings } from '../documents/westbrook-documents';
import { amend } from '../shared-screen/westbrook';

/**
 * A separate session (issue 11): Kieran is heard apart from Jade, 15:00 to 15:20, while Jade stays for the whole
 * meeting (14:02 to 15:45, Tue 1 Dec 2026, when UK time is UTC). What he says there is kept from Jade and the
 * other family members by default, so a note taken under the separate-session item must not reach Jade's copy of
 * the minutes even though she was "in the room" by the clock; Kieran's own copy has it. Read back from the .docx.
 */
const HEARD_APART = 'Kieran said he has moved to his brother’s flat and will not go back to the family home.';
const MAIN_MEETING = 'Kieran and Jade both agreed to the dental appointment plan.';

function westbrookWithSeparateSession(change?: (c: Conference['captures']) => Conference['captures']): Conference {
  return amend(westbrookForDocuments(), (c) => {
    const kieran = c.participants!.find((p) => p.id === 'p-kieran')!;
    kieran.attendance = {
      status: 'attended-separately',
      arrivedAt: '15:00',
      leftAt: '15:20',
      joinedBy: 'phone',
      reason: 'Bail conditions: no contact with Jade.',
    };
    c.notes!.push(
      {
        id: 'note-separate',
        itemKey: 'separate-session',
        kind: 'note',
        text: HEARD_APART,
        participantId: 'p-kieran',
        createdAt: '2026-12-01T15:05:00.000Z',
      },
      {
        id: 'note-main',
        itemKey: 'outline-plan',
        kind: 'note',
        text: MAIN_MEETING,
        createdAt: '2026-12-01T15:10:00.000Z',
      },
    );
    if (change) c.captures = change(c.captures as Conference['captures']);
  });
}

const read = (c: Conference) => readBackSet(c, westbrookSettings, { today: '2026-12-01', issuedOn: '2026-12-01' });

async function copies(c: Conference) {
  const docs = await read(c);
  const text = (name: string) => {
    const found = docs.get(name);
    if (!found) throw new Error(`${name} was not written; the set is ${[...docs.keys()].join(', ')}`);
    return found.text;
  };
  return {
    jade: text('minutes-jade-ashdown.docx'),
    kieran: text('minutes-kieran-ashdown.docx'),
    advocate: text('minutes-grace-okafor.docx'),
    minute: text('minute.docx'),
  };
}

describe('notes taken in a separate session', () => {
  it('are withheld by default from every family-side participant not heard separately', () => {
    const c = westbrookWithSeparateSession();
    expect(keptFromSeparateSession(c)).toEqual(['p-jade', 'p-stacey', 'p-advocate']);
    const note = capturedTexts(c).find((t) => t.ref === 'note:note-separate');
    expect(note?.defaultAudience).toEqual({ level: 'everyone', withheldFrom: ['p-jade', 'p-stacey', 'p-advocate'] });
    expect(note?.audience).toEqual(note?.defaultAudience);
    // A note under any other item keeps the usual default.
    expect(capturedTexts(c).find((t) => t.ref === 'note:note-main')?.defaultAudience).toEqual({
      level: 'everyone',
      withheldFrom: [],
    });
  });

  it('are left out of the other parent’s minutes and kept in the separate parent’s and the professionals’', async () => {
    const { jade, kieran, advocate, minute } = await copies(westbrookWithSeparateSession());
    expect(jade).not.toContain(HEARD_APART);
    expect(advocate).not.toContain(HEARD_APART);
    expect(kieran).toContain(HEARD_APART);
    expect(minute).toContain(HEARD_APART);
    // Only the separate session's notes are kept from her: a note under another item at 15:10 is in her copy.
    expect(jade).toContain(MAIN_MEETING);
  });

  it('reach the other parent only when the chair opens the note to them', async () => {
    const opened = westbrookWithSeparateSession((captures) => ({
      ...captures,
      'note:note-separate': { audience: { level: 'everyone', withheldFrom: [] } },
    }));
    const { jade } = await copies(opened);
    expect(jade).toContain(HEARD_APART);
  });

  it('keep everything the separately heard parent says from the other parent, wherever it is typed, and give it to him', async () => {
    // His view on Mia's decision, his disagreement about Jayden's, his scaling comment (none has a time), and a note
    // of what he said typed under the family's views at 14:30: none may reach Jade.
    const VIEW = 'Kieran wants Mia to stay on the plan until he has finished the course.';
    const DISSENT = 'Kieran disagrees that Jayden no longer needs a plan.';
    const SCORE = 'Kieran scored 3 because he worries about the mornings.';
    const NOTE = 'Kieran said he keeps to his bail conditions.';
    const c = amend(westbrookWithSeparateSession(), (x) => {
      x.decisions![1]!.familyViews = [{ participantId: 'p-kieran', text: VIEW }];
      x.decisions![0]!.dissent = [{ participantId: 'p-kieran', text: DISSENT, escalationRoute: '' }];
      x.analysis!.scaling = x.analysis!.scaling!.map((s) =>
        s.participantId === 'p-kieran' ? { ...s, comment: SCORE } : s,
      );
      x.notes!.push({
        id: 'note-his-view',
        itemKey: 'family-views',
        kind: 'note',
        text: NOTE,
        participantId: 'p-kieran',
        createdAt: '2026-12-01T14:30:00.000Z',
      });
    });
    const { jade, kieran, advocate, minute } = await copies(c);
    for (const words of [VIEW, DISSENT, SCORE, NOTE]) {
      expect(jade, words).not.toContain(words);
      expect(advocate, words).not.toContain(words);
      expect(minute, words).toContain(words);
    }
    // His own position is his, whenever it was typed; a note records the room at 14:30, before his session.
    for (const words of [VIEW, DISSENT, SCORE]) expect(kieran, words).toContain(words);
    expect(kieran).not.toContain(NOTE);
    // Jade's own words stay hers and the meeting's: only the separately heard person's are kept apart.
    expect(capturedTexts(c).find((t) => t.ref === 'note:note-main')?.audience.withheldFrom).toEqual([]);
  });
});
