import { describe, expect, it } from 'vitest';
import { CapturedIndex } from '@shared/audience/captured';
import { documentViews, type Block, type DistributedView } from '@shared/documents';
import { documentStrings, guardDocuments } from '@shared/documents/guard';
import type { Audience, DistributedDocument } from '@shared/model/audience';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import { amend } from '../shared-screen/westbrook';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * Each copy is read by the readers it was computed for (issue #10, items 4 and 6):
 * - the restricted annex follows "Not for" ticks: a professional something restricted is withheld from gets a copy
 *   of their own without it, named for them in the minute's distribution list, and the leak guard checks that copy
 *   for them;
 * - the family plan and the decision letter are family documents: a professional who receives one gets the family's
 *   general copy, and the plain names `family-plan.docx` and `decision-letter.docx` never hold professionals-only or
 *   restricted text.
 */

const views = (c: Conference) => documentViews(c, westbrookSettings, [], { today: '2026-12-01' });
const text = (view: DistributedView) => documentStrings(view).join('\n');

function get(list: readonly DistributedView[], fileName: string): DistributedView {
  const found = list.find((v) => v.fileName === fileName);
  if (!found) throw new Error(`${fileName} was not written; the set is ${list.map((v) => v.fileName).join(', ')}`);
  return found;
}

const ids = (view: DistributedView) => view.recipients.map((p) => p.id);

/** The files the minute's distribution list names for a person: "Restricted annex (restricted-annex.docx)". */
function listedFor(minute: DistributedView, name: string): string[] {
  const at = minute.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Distribution');
  const table = minute.blocks.slice(at).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  const row = table?.rows.find((r) => r[0]!.startsWith(name));
  if (!row) throw new Error(`${name} is not in the distribution list of ${minute.fileName}`);
  return [...row[1]!.matchAll(/\(([^)]+\.docx)\)/g)].map((m) => m[1]!);
}

const receives = (...documents: DistributedDocument[]) => ({ receives: documents, why: 'Chosen by the chair.' });
const audience = (level: Audience['level'], ...withheldFrom: string[]): { audience: Audience } => ({
  audience: { level, withheldFrom },
});

describe('the restricted annex, per reader', () => {
  // Police intelligence about a neighbour, kept from the police officer's copy because it came from another force
  // that has not agreed to share it with her; Rhys, the social worker, keeps the whole annex.
  const INTELLIGENCE = 'The neighbour has a caution for harassment recorded by the Eastshire force in 2019.';
  const REFERRER = 'Mrs Delia Pell of 22 Orchard Rise';

  const withIntelligence = (change?: (c: ConferenceInput) => void) =>
    amend(westbrookForDocuments(), (c) => {
      c.notes!.push({
        id: 'note-intelligence',
        itemKey: 'why-the-plan-started',
        kind: 'note',
        text: INTELLIGENCE,
        createdAt: '2026-12-01T14:16:00.000Z',
      });
      c.captures = { ...c.captures, 'note:note-intelligence': audience('restricted', 'p-laura') };
      change?.(c);
    });

  it('gives a professional a restricted text is withheld from an annex of their own without it, and names it in the minute', () => {
    const c = withIntelligence();
    const set = views(c);
    expect(set.filter((v) => v.kind === 'restricted-annex').map((v) => [v.fileName, ids(v)])).toEqual([
      ['restricted-annex.docx', ['p-rhys']],
      ['restricted-annex-pc-laura-finch.docx', ['p-laura']],
    ]);
    const whole = get(set, 'restricted-annex.docx');
    const laura = get(set, 'restricted-annex-pc-laura-finch.docx');
    expect(text(whole)).toContain(INTELLIGENCE);
    expect(text(laura)).not.toContain(INTELLIGENCE);
    // Everything else restricted is in her copy, and her copy says what it is.
    expect(text(laura)).toContain(REFERRER);
    expect(text(whole)).toContain(REFERRER);
    expect(text(laura)).toContain(
      'This copy of the annex is for PC Laura Finch. One restricted item kept from them is not in it.',
    );
    expect(text(whole)).not.toContain('This copy of the annex is for');
    expect(laura.header).toContain('Copy for PC Laura Finch');
    // Both copies list everyone sent one.
    for (const copy of [whole, laura]) {
      const list = text(copy).slice(text(copy).indexOf('Distribution: professionals only'));
      for (const name of ['Rhys Morgan', 'PC Laura Finch', 'The children’s social care record']) {
        expect(list, `${name} in ${copy.fileName}`).toContain(name);
      }
    }

    const minute = get(set, 'minute.docx');
    expect(listedFor(minute, 'PC Laura Finch')).toContain('restricted-annex-pc-laura-finch.docx');
    expect(listedFor(minute, 'PC Laura Finch')).not.toContain('restricted-annex.docx');
    expect(listedFor(minute, 'Rhys Morgan')).toContain('restricted-annex.docx');
    expect(guardDocuments(c, set)).toEqual([]);
  });

  it('shares the whole annex when nothing restricted is withheld, and writes it whole for the record when every recipient has their own', () => {
    const open = views(amend(westbrookForDocuments(), () => undefined));
    expect(open.filter((v) => v.kind === 'restricted-annex').map((v) => [v.fileName, ids(v)])).toEqual([
      ['restricted-annex.docx', ['p-rhys', 'p-laura']],
    ]);

    const kept = views(
      withIntelligence((c) => {
        c.distribution = { ...c.distribution, byParticipant: { 'p-rhys': receives('decision-letter', 'minutes') } };
      }),
    );
    const annexes = kept.filter((v) => v.kind === 'restricted-annex');
    expect(annexes.map((v) => [v.fileName, ids(v)])).toEqual([
      ['restricted-annex.docx', []],
      ['restricted-annex-pc-laura-finch.docx', ['p-laura']],
    ]);
    expect(text(get(kept, 'restricted-annex.docx'))).toContain(INTELLIGENCE);
  });

  it('stops the intelligence from reaching the police officer’s annex when it is typed again into a text she may see', () => {
    const c = withIntelligence((d) => {
      d.notes!.find((n) => n.id === 'note-referrer')!.text += ` ${INTELLIGENCE}`;
    });
    const set = views(c);
    expect(text(get(set, 'restricted-annex-pc-laura-finch.docx'))).toContain(INTELLIGENCE);
    const leaks = guardDocuments(c, set);
    expect(leaks).toEqual([
      expect.objectContaining({
        fileName: 'restricted-annex-pc-laura-finch.docx',
        recipientId: 'p-laura',
        secretRef: 'note:note-intelligence',
        carrierRef: 'note:note-referrer',
      }),
    ]);
    expect(leaks[0]!.message).toContain('withheld from PC Laura Finch');
    // The whole annex, which holds both, is read by Rhys: nothing there to stop.
    expect(text(get(set, 'restricted-annex.docx'))).toContain(INTELLIGENCE);
  });

  it('leaves a closed session’s record out of the annex of a professional the session excluded', () => {
    const said = 'Said while the school nurse was out: the other adult’s test results.';
    const c = amend(westbrookForDocuments(), (d) => {
      d.closedSessions = [
        {
          id: 'closed-1',
          startedAt: '2026-12-01T15:00:00.000Z',
          endedAt: '2026-12-01T15:10:00.000Z',
          reason: 'Health information about another adult.',
          excludedParticipantIds: ['p-ellen'],
        },
      ];
      d.notes!.push({
        id: 'closed-note',
        itemKey: 'analysis',
        kind: 'note',
        text: said,
        closedSessionId: 'closed-1',
        createdAt: '2026-12-01T15:05:00.000Z',
      });
      d.distribution = {
        ...d.distribution,
        byParticipant: { 'p-ellen': receives('decision-letter', 'minutes', 'restricted-annex') },
      };
    });
    const set = views(c);
    const ellen = get(set, 'restricted-annex-ellen-bright.docx');
    expect(ids(ellen)).toEqual(['p-ellen']);
    expect(text(ellen)).not.toContain(said);
    expect(text(ellen)).not.toContain('Health information about another adult.');
    expect(text(ellen)).toContain('What was recorded in this session is not in this copy.');
    expect(text(ellen)).toContain(REFERRER);
    const whole = get(set, 'restricted-annex.docx');
    expect(ids(whole)).toEqual(['p-rhys', 'p-laura']);
    expect(text(whole)).toContain(said);
    expect(text(whole)).toContain('Health information about another adult.');
    expect(guardDocuments(c, set)).toEqual([]);
  });
});

describe('the family plan and the decision letter are family documents', () => {
  const ATTENDANCE_MEETING = 'Hold a meeting at school with Jade and Kieran';
  const MIA_OUTCOME = "Mia's health and schooling needs are met";

  /** Rhys, Nadia and Sam receive the plan; the school meeting and Mia's outcome are for professionals only. */
  const professionalsReceiveThePlan = () =>
    amend(westbrookForDocuments(), (c) => {
      c.distribution = {
        ...c.distribution,
        byParticipant: {
          'p-rhys': receives('decision-letter', 'family-plan', 'minutes', 'restricted-annex'),
          'p-nadia': receives('decision-letter', 'family-plan', 'minutes'),
          'p-sam': receives('decision-letter', 'family-plan', 'minutes'),
        },
      };
      c.captures = {
        ...c.captures,
        'action:action-attendance-meeting': audience('professionals'),
        'outcome:outcome-mia-needs': audience('professionals'),
      };
    });

  it('gives a professional who receives the plan the family’s general copy, under the plain name, without professionals-only text', () => {
    const c = professionalsReceiveThePlan();
    const set = views(c);
    const plans = set.filter((v) => v.kind === 'family-plan');
    // Jade's and Kieran's plans come out as the general copy, so everyone shares the one file.
    expect(plans.map((v) => [v.fileName, ids(v)])).toEqual([
      ['family-plan.docx', ['p-rhys', 'p-nadia', 'p-sam', 'p-jade', 'p-kieran']],
    ]);
    const plan = get(set, 'family-plan.docx');
    expect(plan.reading).toBe('family');
    expect(plan.readers[0]).toEqual({ kind: 'shared-screen' });
    expect(text(plan)).not.toContain(ATTENDANCE_MEETING);
    expect(text(plan)).toContain('Jade will book Mia’s dental appointment');
    // Only the family is named: the professionals read the family's copy.
    expect(text(plan)).toContain('This copy is for Jade and Kieran.');
    // The professionals have it in their minute.
    expect(text(get(set, 'minute.docx'))).toContain(ATTENDANCE_MEETING);
    expect(guardDocuments(c, set)).toEqual([]);
  });

  it('keeps a family member’s different plan apart, named for them, and the general copy under the plain name', () => {
    const c = amend(professionalsReceiveThePlan(), (d) => {
      // The dental action is private to Jade: the general copy, which anyone may be given, leaves it out.
      d.captures = { ...d.captures, 'action:action-dental-booking': audience('everyone', 'p-kieran') };
    });
    const set = views(c);
    expect(set.filter((v) => v.kind === 'family-plan').map((v) => [v.fileName, ids(v)])).toEqual([
      ['family-plan.docx', ['p-rhys', 'p-nadia', 'p-sam', 'p-kieran']],
      ['family-plan-jade-ashdown.docx', ['p-jade']],
    ]);
    expect(text(get(set, 'family-plan.docx'))).not.toContain('Jade will book Mia’s dental appointment');
    expect(text(get(set, 'family-plan-jade-ashdown.docx'))).toContain('Jade will book Mia’s dental appointment');
    expect(text(get(set, 'family-plan.docx'))).toContain('This copy is for Kieran.');
    expect(guardDocuments(c, set)).toEqual([]);
  });

  it('gives the professionals the family’s general letter under the plain name, without professionals-only text', () => {
    const c = professionalsReceiveThePlan();
    const set = views(c);
    const letter = get(set, 'decision-letter.docx');
    expect(ids(letter)).toEqual(expect.arrayContaining(['p-rhys', 'p-ellen', 'p-tom', 'p-nadia', 'p-laura', 'p-sam']));
    expect(letter.reading).toBe('family');
    expect(letter.readers[0]).toEqual({ kind: 'shared-screen' });
    expect(text(letter)).not.toContain(MIA_OUTCOME);
    expect(text(letter)).toContain('Mia’s child protection plan carries on');
    expect(text(get(set, 'minute.docx'))).toContain(MIA_OUTCOME);
    // No professional has a letter of their own.
    for (const view of set.filter((v) => v.kind === 'decision-letter' && v !== letter)) {
      expect(
        view.recipients.every((p) => p.kind !== 'professional'),
        view.fileName,
      ).toBe(true);
    }
  });

  it('checks the general copy as anyone in the family may read it: text withheld from one person stops it too', () => {
    // Nobody receives the plan yet; Jade's view, withheld from Kieran, is typed again into a plan action.
    const view = 'Jade says things are calmer at home; mornings with Mia are still the hardest part of the day.';
    const c = amend(westbrookForDocuments(), (d) => {
      d.captures = { ...d.captures, 'note:note-family': audience('everyone', 'p-kieran') };
      d.plan!.actions!.find((a) => a.id === 'action-dental-booking')!.what = view;
      d.distribution = {
        ...d.distribution,
        byParticipant: Object.fromEntries(
          ['p-jade', 'p-kieran', 'p-advocate'].map((id) => [id, receives('decision-letter')]),
        ),
      };
    });
    const set = views(c);
    const plan = get(set, 'family-plan.docx');
    expect(plan.recipients).toEqual([]);
    expect(plan.readers).toEqual([{ kind: 'shared-screen' }]);
    const leaks = guardDocuments(c, set);
    expect(leaks).toEqual([
      expect.objectContaining({
        fileName: 'family-plan.docx',
        recipientName: 'the family in general',
        secretRef: 'note:note-family',
        carrierRef: 'action:action-dental-booking',
      }),
      // Mia's letter leaves the action out: its words name Jade, so it is about her (child-letter.ts, actionsFor).
    ]);
    expect(JSON.stringify(get(set, 'letter-for-mia.docx').blocks)).not.toContain('calmer at home');
    expect(leaks[0]!.message).toContain('which is withheld from someone at the meeting.');
    expect(leaks[0]!.message).not.toContain('withheld from the family in general');
  });

  it('never holds professionals-only or restricted text under the plain names, whoever receives them', () => {
    const c = professionalsReceiveThePlan();
    const set = views(c);
    const plain = [get(set, 'family-plan.docx'), get(set, 'decision-letter.docx')];
    const notForEveryone = new CapturedIndex(c).all.filter(
      (t) => t.audience.level !== 'everyone' && t.texts.some((x) => x.trim().length >= 12),
    );
    expect(notForEveryone.map((t) => t.ref)).toEqual(
      expect.arrayContaining(['action:action-attendance-meeting', 'outcome:outcome-mia-needs', 'details.reason']),
    );
    for (const view of plain) {
      for (const t of notForEveryone) {
        for (const words of t.texts.filter((x) => x.trim().length >= 12)) {
          expect(text(view), `${t.ref} in ${view.fileName}`).not.toContain(words);
        }
      }
    }
  });
});
