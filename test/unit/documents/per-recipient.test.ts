import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDocuments } from '../../../electron/services/export';
import { discussedWhileOut, familyPlanCopies } from '../../../shared/documents';
import { fileSlug, partsToLeaveOut } from '../../../shared/documents/exclusion';
import { ukClock, ukInstant } from '../../../shared/documents/uk-time';
import type { Conference, ConferenceInput } from '../../../shared/model/conference';
import { amend } from '../presenter/westbrook';
import { readBack } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * Per-recipient family plans: a family member who was out of part of the meeting gets their own copy without the
 * parts discussed while they were out (the rule is written out in shared/documents/exclusion.ts).
 */

const person = (c: Conference, id: string) => c.participants.find((p) => p.id === id)!;

function withClosedSession(notesIn: { itemKey: string; at: string }[]): Conference {
  return amend(westbrookForDocuments(), (c) => {
    c.closedSessions = [
      {
        id: 'closed-1',
        startedAt: '2026-12-01T15:00:00.000Z',
        endedAt: '2026-12-01T15:10:00.000Z',
        reason: 'Information about another adult.',
        excludedParticipantIds: ['p-kieran'],
      },
    ];
    notesIn.forEach((n, i) =>
      c.notes!.push({
        id: `closed-note-${i}`,
        itemKey: n.itemKey,
        text: `Closed-session note ${i}.`,
        restricted: true,
        closedSessionId: 'closed-1',
        createdAt: n.at,
      }),
    );
  });
}

function withAttendance(id: string, attendance: NonNullable<ConferenceInput['participants']>[number]['attendance']) {
  return amend(westbrookForDocuments(), (c) => {
    c.participants!.find((p) => p.id === id)!.attendance = attendance;
  });
}

describe('the per-recipient rule', () => {
  it('finds the agenda items discussed in a closed session that excluded the person', () => {
    const c = withClosedSession([{ itemKey: 'analysis', at: '2026-12-01T15:05:00.000Z' }]);
    const out = discussedWhileOut(c, person(c, 'p-kieran'));
    expect(out).toEqual({ items: new Set(['analysis']), unknown: false });
    expect([...partsToLeaveOut(out)].sort()).toEqual(['going-well', 'needs-to-change', 'worries']);
    expect(discussedWhileOut(c, person(c, 'p-jade')).items.size).toBe(0);
  });

  it('counts notes taken before a late arrival, on the UK clock', () => {
    // Jade arrived at 14:40: the notes of 14:08 (quorum), 14:15 (why the plan started), 14:20 and 14:24 (agencies)
    // and 14:35 (progress) were taken while she was out.
    const c = withAttendance('p-jade', {
      status: 'excluded-part',
      arrivedAt: '14:40',
      reason: 'Joined after the agency information.',
    });
    const out = discussedWhileOut(c, person(c, 'p-jade'));
    expect([...out.items].sort()).toEqual([
      'agency-information',
      'apologies-and-quorum',
      'plan-progress',
      'why-the-plan-started',
    ]);
    expect([...partsToLeaveOut(out)].sort()).toEqual(['actions', 'going-well', 'worries']);
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

  it('leaves out every discussion part when the time out cannot be placed', () => {
    const noTimes = withAttendance('p-kieran', { status: 'excluded-part', reason: 'Asked to leave for part.' });
    expect(partsToLeaveOut(discussedWhileOut(noTimes, person(noTimes, 'p-kieran'))).size).toBe(6);
    const whole = withAttendance('p-kieran', { status: 'excluded-whole', reason: 'Risk of violence.' });
    expect(partsToLeaveOut(discussedWhileOut(whole, person(whole, 'p-kieran'))).size).toBe(6);
    const silent = withClosedSession([]);
    expect(discussedWhileOut(silent, person(silent, 'p-kieran')).unknown).toBe(true);
  });

  it('gives each excluded family member their own file, and the full plan to everyone else', () => {
    const c = amend(withClosedSession([{ itemKey: 'analysis', at: '2026-12-01T15:05:00.000Z' }]), (d) => {
      d.participants!.push({
        id: 'p-uncle',
        name: 'Lee Ashdown',
        kind: 'family',
        attendance: { status: 'not-invited', reason: 'Not known to the children.' },
      });
    });
    const copies = familyPlanCopies(c);
    expect(copies.map((x) => x.fileName)).toEqual(['family-plan.docx', 'family-plan-kieran-ashdown.docx']);
    expect(copies[0]!.recipients.map((p) => p.id)).toEqual(['p-jade', 'p-stacey']);
    expect(copies[0]!.leftOut.size).toBe(0);
    expect(copies[1]!.recipients.map((p) => p.id)).toEqual(['p-kieran']);
  });

  it('makes file names from names, falling back to the id for a name with no Latin letters', () => {
    expect(fileSlug('Zoë O’Brien-Smith')).toBe('zoe-o-brien-smith');
    expect(fileSlug('مريم')).toBe('');
    const c = amend(westbrookForDocuments(), (d) => {
      const kieran = d.participants!.find((p) => p.id === 'p-kieran')!;
      kieran.name = 'كيران';
      kieran.attendance = { status: 'excluded-whole', reason: 'Risk of violence.' };
    });
    expect(familyPlanCopies(c).map((x) => x.fileName)).toContain('family-plan-p-kieran.docx');
  });
});

describe('the per-recipient family plans, read back', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('leave the analysis out of the copy for Kieran, who was out while it was discussed, and keep it for the others', async () => {
    const c = withClosedSession([{ itemKey: 'analysis', at: '2026-12-01T15:05:00.000Z' }]);
    const folder = await mkdtemp(join(tmpdir(), 'cp-recipient-'));
    made.push(folder);
    const receipt = await exportDocuments(c, westbrookSettings, folder, { issuedOn: '2026-12-01' });
    // The person exporting is told whose each copy is, not just "the family" twice.
    expect(Object.fromEntries(receipt.files.map((f) => [f.fileName, f.intendedFor]))).toMatchObject({
      'family-plan.docx': 'The family: Jade and Stacey. The plan in plain words.',
      'family-plan-kieran-ashdown.docx': 'Kieran only: their own copy, without what was discussed while they were out.',
    });
    expect((await readdir(folder)).filter((n) => n.startsWith('family-plan')).sort()).toEqual([
      'family-plan-kieran-ashdown.docx',
      'family-plan.docx',
    ]);
    const danger = c.analysis.worries.find((w) => w.id === 'worry-danger-mia')!.text;
    const goal = c.analysis.safetyGoals.find((g) => g.id === 'goal-mia')!.text;
    const strength = c.analysis.strengths.find((s) => s.id === 'strength-stacey')!.text;

    const kieran = (await readBack(folder, 'family-plan-kieran-ashdown.docx')).text;
    expect(kieran).toContain('This copy is for Kieran.');
    expect(kieran).toContain('You were not in the meeting for part of the time');
    for (const text of [danger, goal, strength]) expect(kieran).not.toContain(text);
    expect(kieran).toContain('Mia’s child protection plan carries on.');
    expect(kieran).toContain('Jade will book Mia’s dental appointment');
    expect(kieran).toContain('Tuesday 15 December 2026');

    const others = (await readBack(folder, 'family-plan.docx')).text;
    expect(others).toContain('This copy is for Jade and Stacey.');
    expect(others).not.toContain('You were not in the meeting');
    for (const text of [danger, goal, strength]) expect(others).toContain(text);
  });
});
