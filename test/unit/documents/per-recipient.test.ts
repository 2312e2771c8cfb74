import { describe, expect, it } from 'vitest';
import { distributionList, namedRecipients } from '@shared/audience/distribution';
import { documentViews, fileSlug } from '@shared/documents';
import type { Block, DocumentView } from '@shared/documents';
import { ukClock, ukInstant } from '@shared/format/uk-time';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import { amend } from '../shared-screen/westbrook';
import { readBackSet } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * Per-recipient copies (issue #10, items 3 and 4): the record follows time, everything follows audience. A family
 * member's copy of the minutes leaves out what was said while they were out of the room and says so; the family plan
 * is an outcome and leaves out only what its audience withholds; copies that come out the same share one file, and
 * copies that differ never do. Every document is read back from the .docx.
 */

type Attendance = NonNullable<ConferenceInput['participants']>[number]['attendance'];

/**
 * A note's words as the minutes print them: a speaker's name typed at the start ("Tom Haddad: …", "Grace Okafor read
 * …") is not repeated after the note's lead, which names them (issue 12), so the words after it are looked for.
 */
function printed(c: Conference, note: Conference['notes'][number]): string {
  const name = c.participants.find((p) => p.id === note.participantId)?.name;
  return name && note.text.startsWith(name) ? note.text.slice(name.length).replace(/^:?\s*/, '') : note.text;
}
const noteText = (c: Conference, id: string) =>
  printed(
    c,
    c.notes.find((n) => n.id === id)!,
  );

function withAttendance(id: string, attendance: Attendance, change?: (c: ConferenceInput) => void): Conference {
  return amend(westbrookForDocuments(), (c) => {
    c.participants!.find((p) => p.id === id)!.attendance = attendance;
    change?.(c);
  });
}

const read = (c: Conference) => readBackSet(c, westbrookSettings, { today: '2026-12-01', issuedOn: '2026-12-01' });

function get<T>(map: Map<string, T>, name: string): T {
  const found = map.get(name);
  if (!found) throw new Error(`${name} was not written; the set is ${[...map.keys()].join(', ')}`);
  return found;
}

describe('the record follows time: a family member’s copy of the minutes', () => {
  it('leaves out what was said before a late arrival, says how much at the top, and keeps what was said after', async () => {
    // Jade arrived at 14:40: the notes of 14:08 (quorum), 14:20 and 14:24 (agencies) and 14:35 (progress) were
    // taken while she was out; the family's views (14:44) and Mia's voice (14:50) while she was in.
    const c = withAttendance(
      'p-jade',
      { status: 'excluded-part', arrivedAt: '14:40', reason: 'Arrived late.' },
      (d) => {
        d.agenda!.items!['agency-information'] = {
          status: 'done',
          elapsedSeconds: 720,
          visits: [{ from: '2026-12-01T14:18:00.000Z', to: '2026-12-01T14:30:00.000Z' }],
        };
      },
    );
    const docs = await read(c);
    const before = ['note-quorum', 'note-secondary', 'note-primary', 'note-progress'].map((id) => noteText(c, id));
    const after = ['note-family', 'note-voice'].map((id) => noteText(c, id));

    const jade = get(docs, 'minutes-jade-ashdown.docx').text;
    for (const text of before) expect(jade).not.toContain(text);
    for (const text of after) expect(jade).toContain(text);
    expect(jade).toContain('This is your own copy of the minutes, Jade.');
    expect(jade).toContain('Not in your copy: 4 things said while you were out of the room.');
    // The agenda item she was out for says so where it would have been.
    expect(jade).toContain(
      'Information from agencies You were not in the room for this part of the meeting, so the record of it is not in your copy.',
    );
    // The decisions are outcomes: in full although she was not there for all of the meeting.
    for (const d of c.decisions) expect(jade).toContain(d.chairReasons);

    for (const name of ['minute.docx', 'minutes-kieran-ashdown.docx']) {
      const text = get(docs, name).text;
      for (const said of [...before, ...after]) expect(text, name).toContain(said);
      expect(text, name).not.toContain('said while you were out of the room');
    }
  });

  it('leaves the record out, and says so, where the app cannot tell whether the person was in the room', async () => {
    const c = withAttendance('p-kieran', { status: 'excluded-part', reason: 'Asked to leave for part.' });
    const docs = await read(c);
    const kieran = get(docs, 'minutes-kieran-ashdown.docx').text;
    const recorded = c.notes.filter((n) => n.id !== 'note-referrer').map((n) => printed(c, n));
    expect(recorded.length).toBeGreaterThan(4);
    for (const text of recorded) expect(kieran).not.toContain(text);
    for (const v of c.childVoices) expect(kieran).not.toContain(v.summary);
    expect(kieran).toMatch(
      /Not in your copy: \d+ things said when the app cannot tell whether you were in the room, because no time was recorded for them\. They are left out rather than guessed\./,
    );
    expect(kieran).toContain(
      'Some of what was said in this part is not in your copy: no time was recorded for it, so the app cannot tell whether you were in the room.',
    );
    // Jade was there throughout: her copy has all of it, and says nothing of the kind.
    const jade = get(docs, 'minutes-jade-ashdown.docx').text;
    for (const text of recorded) expect(jade).toContain(text);
    expect(jade).not.toContain('cannot tell');
  });

  it('never holds what was said in a closed session the reader was out of, even text the chair opened to everyone', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      d.closedSessions = [
        {
          id: 'closed-1',
          startedAt: '2026-12-01T15:00:00.000Z',
          endedAt: '2026-12-01T15:10:00.000Z',
          reason: 'Information about another adult.',
          excludedParticipantIds: ['p-kieran'],
        },
      ];
      d.notes!.push({
        id: 'closed-note',
        itemKey: 'analysis',
        text: 'Said in the closed session and opened to everyone there.',
        closedSessionId: 'closed-1',
        createdAt: '2026-12-01T15:05:00.000Z',
      });
      d.captures = { ...d.captures, 'note:closed-note': { audience: { level: 'everyone', withheldFrom: [] } } };
    });
    const docs = await read(c);
    const said = 'Said in the closed session and opened to everyone there.';
    const kieran = get(docs, 'minutes-kieran-ashdown.docx').text;
    expect(kieran).not.toContain(said);
    expect(kieran).not.toContain('Information about another adult');
    expect(kieran).toContain('Part of the meeting (15:00 to 15:10) went on without you.');
    expect(kieran).toContain('1 thing said in a closed session you were not in.');
    for (const name of ['minute.docx', 'minutes-jade-ashdown.docx']) expect(get(docs, name).text, name).toContain(said);
    expect(get(docs, 'minutes-jade-ashdown.docx').text).not.toContain('Information about another adult');
    expect(docs.has('restricted-annex.docx')).toBe(true);
  });

  it('reads attendance times in British Summer Time in summer, whatever the machine’s zone', () => {
    expect(ukInstant('2026-07-14', '14:20')).toBe(Date.parse('2026-07-14T13:20:00Z'));
    expect(ukInstant('2026-12-01', '14:20')).toBe(Date.parse('2026-12-01T14:20:00Z'));
    expect(ukClock('2026-07-14T13:30:00Z')).toBe('14:30');
    expect(ukClock('2026-03-29T00:59:00Z')).toBe('00:59');
    expect(ukClock('2026-03-29T01:00:00Z')).toBe('02:00');
    expect(ukClock('2026-10-25T00:59:00Z')).toBe('01:59');
    expect(ukClock('2026-10-25T01:00:00Z')).toBe('01:00');
  });
});

describe('the plan follows audience only', () => {
  it('gives a parent who was out while the analysis was discussed the same plan as everyone else, less what the children told the meeting', async () => {
    const c = withAttendance('p-kieran', { status: 'excluded-part', arrivedAt: '15:20', reason: 'Arrived late.' });
    const docs = await read(c);
    // What the children said is a record, heard before he came in (issue 12): it is the one difference, so each
    // parent has their own file.
    expect([...docs.keys()].filter((n) => n.startsWith('family-plan')).sort()).toEqual([
      'family-plan-jade-ashdown.docx',
      'family-plan-kieran-ashdown.docx',
    ]);
    const jade = get(docs, 'family-plan-jade-ashdown.docx');
    const plan = get(docs, 'family-plan-kieran-ashdown.docx');
    expect(plan.view.recipients.map((p) => p.id)).toEqual(['p-kieran']);
    for (const id of ['worry-danger-mia'])
      expect(plan.text).toContain(c.analysis.worries.find((w) => w.id === id)!.text);
    expect(plan.text).toContain(c.analysis.safetyGoals.find((g) => g.id === 'goal-mia')!.text);
    expect(plan.text).toContain('Jade will book Mia’s dental appointment');
    const mia = c.childVoices.find((v) => v.childId === 'child-mia')!.summary;
    expect(jade.text).toContain(mia);
    expect(plan.text).not.toContain(mia);
    // Everything else is the same: every step of the plan, word for word.
    const steps = (view: typeof plan.view) =>
      view.blocks.filter((b) => b.kind === 'numbered').map((b) => JSON.stringify(b));
    expect(steps(plan.view).length).toBeGreaterThan(0);
    expect(steps(plan.view)).toEqual(steps(jade.view));
    // His minutes are the record, and that does follow time.
    expect(get(docs, 'minutes-kieran-ashdown.docx').text).not.toContain(noteText(c, 'note-family'));
  });

  it('splits the plan where an action is withheld from one parent: the largest group keeps family-plan.docx', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      d.captures = {
        ...d.captures,
        'action:action-dental-booking': { audience: { level: 'everyone', withheldFrom: ['p-kieran'] } },
      };
      // Jade agreed that her sister-in-law may have the plan: she and Jade read the same plan.
      d.distribution = {
        ...d.distribution,
        byParticipant: { 'p-stacey': { receives: ['family-plan'], why: 'Jade agreed.' } },
      };
    });
    const docs = await read(c);
    const plans = [...docs.values()].filter((d) => d.view.kind === 'family-plan');
    expect(plans.map((p) => [p.name, p.view.recipients.map((r) => r.id)])).toEqual([
      ['family-plan.docx', ['p-jade', 'p-stacey']],
      ['family-plan-kieran-ashdown.docx', ['p-kieran']],
    ]);
    const dental = 'Jade will book Mia’s dental appointment';
    expect(get(docs, 'family-plan.docx').text).toContain(dental);
    expect(get(docs, 'family-plan.docx').text).toContain('This copy is for Jade and Stacey.');
    const kieran = get(docs, 'family-plan-kieran-ashdown.docx');
    expect(kieran.text).not.toContain(dental);
    expect(kieran.text).toContain('This copy is for Kieran.');
    expect(kieran.view.intendedFor).toBe(
      'Kieran only: their own copy of the plan in plain words, without what is not for them.',
    );
    // Nothing else differs, so nothing else is named for him.
    expect(kieran.text).toContain('Ellen Bright (school nurse) will review Mia’s health');
  });
});

describe('copies of the minutes and the decision letter', () => {
  it('gives a professional from whom the chair withheld a note a copy of their own, and nobody else', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      d.captures = { ...d.captures, 'note:note-family': { audience: { level: 'everyone', withheldFrom: ['p-sam'] } } };
    });
    const docs = await read(c);
    const note = noteText(c, 'note-family');
    const full = get(docs, 'minute.docx');
    const sam = get(docs, 'minutes-sam-whitlock.docx');
    expect(full.text).toContain(note);
    expect(full.view.recipients.map((p) => p.id)).not.toContain('p-sam');
    expect(full.view.recipients.length).toBe(5);
    expect(sam.view.recipients.map((p) => p.id)).toEqual(['p-sam']);
    expect(sam.text).not.toContain(note);
    expect(sam.text).toContain('This copy of the minutes is for Sam Whitlock.');
    expect(sam.text).toContain('One item of this part is not in this copy.');
    expect(full.text).toContain(
      'Sam Whitlock (Family support worker, Westbrook Family Support Service) Decision letter (decision-letter.docx); Minutes (minutes-sam-whitlock.docx)',
    );
  });

  it('gives a parent attending separately a letter of their own, addressed to them, naming nobody else in the family', async () => {
    const c = withAttendance('p-kieran', {
      status: 'attended-separately',
      arrivedAt: '15:00',
      leftAt: '15:30',
      reason: 'Bail conditions: not to be in the same room as Jade.',
    });
    const docs = await read(c);
    const letters = [...docs.values()].filter((d) => d.view.kind === 'decision-letter');
    expect(letters.map((l) => l.name)).toEqual(['decision-letter.docx', 'decision-letter-kieran-ashdown.docx']);
    const shared = get(docs, 'decision-letter.docx');
    expect(shared.view.recipients.map((p) => p.id)).not.toContain('p-kieran');
    expect(shared.view.recipients.map((p) => p.id)).toContain('p-jade');
    const kieran = get(docs, 'decision-letter-kieran-ashdown.docx');
    expect(kieran.view.recipients.map((p) => p.id)).toEqual(['p-kieran']);
    expect(kieran.text).toContain('To Kieran Ashdown, about the review child protection conference for');
    expect(kieran.text).toContain('This letter is for you.');
    // Not Jade, her aunt or the family support worker who works with her; the decisions are the same.
    for (const name of ['Jade', 'Stacey', 'Sam Whitlock']) expect(kieran.text, name).not.toContain(name);
    for (const outcome of ['Mia’s child protection plan carries on']) {
      expect(kieran.text).toContain(outcome);
      expect(shared.text).toContain(outcome);
    }
    expect(shared.text).toContain('Jade Ashdown (Mother)');
  });

  it('lists in the minute exactly the files each person is sent, as the export writes them', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      d.captures = {
        ...d.captures,
        'note:note-family': { audience: { level: 'everyone', withheldFrom: ['p-sam'] } },
        'action:action-dental-booking': { audience: { level: 'everyone', withheldFrom: ['p-kieran'] } },
      };
      d.participants!.find((p) => p.id === 'p-kieran')!.attendance = {
        status: 'attended-separately',
        arrivedAt: '15:00',
        leftAt: '15:30',
        reason: '',
      };
    });
    const views = documentViews(c, westbrookSettings, [], { today: '2026-12-01' });
    const table = distributionTable(get(new Map(views.map((v) => [v.fileName, v])), 'minute.docx'));
    // Every participant, and the chair, the minute-taker and the team manager, who are not participants here.
    expect(table.length).toBe(c.participants.length + namedRecipients(c).length);
    expect(namedRecipients(c).map((r) => r.role)).toEqual(['Chair', 'Minute-taker', 'Team manager']);
    for (const named of namedRecipients(c)) {
      const row = table.find((r) => r[0] === `${named.name} (${named.role})`);
      expect(row?.[1], named.role).toBe('Decision letter (decision-letter.docx); Minutes (minute.docx)');
    }
    for (const line of distributionList(c)) {
      const row = table.find((r) => r[0]!.startsWith(line.participant.name));
      const listed = [...(row?.[1] ?? '').matchAll(/\(([^)]+\.docx)\)/g)].map((m) => m[1]).sort();
      const sent = views.filter((v) => v.recipients.some((p) => p.id === line.participant.id)).map((v) => v.fileName);
      expect(listed, line.participant.name).toEqual(sent.sort());
      expect(row?.[2], line.participant.name).toBe(line.why);
    }
    // Jade's and Kieran's plans differ and neither is shared by more people: each is named for its reader.
    expect(views.map((v) => v.fileName).sort()).toEqual([
      'decision-letter-kieran-ashdown.docx',
      'decision-letter.docx',
      'family-plan-jade-ashdown.docx',
      'family-plan-kieran-ashdown.docx',
      'letter-for-jayden.docx',
      'letter-for-mia.docx',
      'minute.docx',
      'minutes-grace-okafor.docx',
      'minutes-jade-ashdown.docx',
      'minutes-kieran-ashdown.docx',
      'minutes-sam-whitlock.docx',
      'restricted-annex.docx',
    ]);
    // A family member's copy lists who is sent what, without file names, reasons or the annex.
    const family = distributionTable(get(new Map(views.map((v) => [v.fileName, v])), 'minutes-jade-ashdown.docx'));
    expect(family.find((r) => r[0] === 'Jade Ashdown (Mother) (you)')?.[1]).toBe(
      'Decision letter, family plan, minutes',
    );
    expect(family.find((r) => r[0]!.startsWith('Rhys Morgan'))?.[1]).toBe(
      'Decision letter, minutes, letter for the child',
    );
    for (const row of family) expect(row.join(' ')).not.toMatch(/docx|annex|parental responsibility/i);
  });
});

describe('file names', () => {
  it('are made from names, falling back to the id for a name with no Latin letters', async () => {
    expect(fileSlug('Zoë O’Brien-Smith')).toBe('zoe-o-brien-smith');
    expect(fileSlug('مريم')).toBe('');
    const c = amend(westbrookForDocuments(), (d) => {
      d.participants!.find((p) => p.id === 'p-kieran')!.name = 'كيران';
      d.captures = {
        ...d.captures,
        'action:action-dental-booking': { audience: { level: 'everyone', withheldFrom: ['p-kieran'] } },
      };
    });
    const names = documentViews(c, westbrookSettings, [], { today: '2026-12-01' }).map((v) => v.fileName);
    expect(names).toContain('family-plan-p-kieran.docx');
    expect(names).toContain('minutes-p-kieran.docx');
  });
});

/** The rows of the table under the "Distribution" heading of a minute's view model. */
function distributionTable(view: DocumentView): string[][] {
  const at = view.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Distribution');
  const table = view.blocks.slice(at).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  if (!table) throw new Error(`no distribution table in ${view.fileName}`);
  return table.rows.map((r) => [...r]);
}
