import { describe, expect, it } from 'vitest';
import { audienceProblems, capturedTexts, meetingSpan, ReaderView, readerFor } from '@shared/audience';
import { buildDocuments } from '@shared/documents';
import { guardDocuments } from '@shared/documents/guard';
import { setupProblems } from '@shared/meeting/setup-checks';
import { migrateConference } from '@shared/audience/migrate';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { allDecisionAndPlanProblems } from '@shared/plan/plan-checks';
import { conferenceDeadlines, reportSharingByRecipient } from '@shared/procedure/deadlines';
import {
  FAMILY_DOCUMENTS,
  canaryViolations,
  familyRule,
  loadFenwick,
  loadFenwickCanaries,
  loadFenwickRaw,
  withScreensRecorded,
} from './fenwick';
import { packedText, sharedScreenViews, writtenFromView } from './written';

const fenwick = loadFenwick();
const canaries = loadFenwickCanaries();
const recorded = withScreensRecorded(fenwick, canaries);
const person = (id: string) => {
  const found = fenwick.participants.find((p) => p.id === id);
  if (!found) throw new Error(`No participant ${id}`);
  return found;
};
// 9 March 2027 is in Greenwich Mean Time: the UK clock and UTC agree, so clock times read straight off instants.
const at = (clock: string) => Date.parse(`2027-03-09T${clock}:00.000Z`);

describe('the Fenwick fixture: an English initial conference with a father attending separately', () => {
  it('opens as a current conference file, unchanged by migration', () => {
    const opened = migrateConference(loadFenwickRaw());
    expect(opened.ok && opened.migratedFrom).toBe(undefined);
    expect(opened.ok && opened.conference).toEqual(fenwick);
    expect(fenwick.schemaVersion).toBe(2);
  });

  it('holds the situation the issue describes', () => {
    expect(fenwick.details).toMatchObject({ type: 'initial', nation: 'england', date: '2027-03-09' });
    expect(person('p-dean').attendance).toMatchObject({
      status: 'attended-separately',
      arrivedAt: '09:30',
      leftAt: '10:00',
      reason: expect.stringMatching(/bail conditions/),
    });
    const unborn = fenwick.children.filter((c) => c.unborn);
    expect(unborn.map((c) => c.expectedDeliveryDate)).toEqual(['2027-06-21']);
    const pauline = person('p-pauline');
    expect(pauline.kind).toBe('supporter');
    expect(fenwick.adults.find((a) => a.id === pauline.adultId)?.parentalResponsibility).toBe(false);
    expect(fenwick.adults.find((a) => a.id === 'adult-leanne')?.addressRestricted).toBe(true);

    const [session] = fenwick.closedSessions;
    expect(session?.excludedParticipantIds.sort()).toEqual(['p-dean', 'p-leanne', 'p-pauline']);
    expect(fenwick.notes.filter((n) => n.closedSessionId === session?.id).map((n) => n.id)).toEqual([
      'note-police-closed',
    ]);
    expect(fenwick.restrictedRecords.map((r) => r.kind)).toEqual(['police-intelligence']);

    const texts = new Map(capturedTexts(recorded).map((t) => [t.ref, t]));
    expect(texts.get('details.reason')?.audience.level).toBe('professionals');
    for (const ref of [
      'note:note-recovery',
      'agencyView:child-baby:p-sarah',
      'outcome:outcome-recovery',
      'action:action-treatment',
      'action:action-antenatal',
      'support:support-idva',
      'contingency:contingency-relapse',
      'action:action-safety',
    ]) {
      expect(texts.get(ref)?.audience, ref).toEqual({ level: 'everyone', withheldFrom: ['p-dean'] });
    }
  });

  it('has no setup, decision, plan or audience problems, and meets every timescale', () => {
    expect(setupProblems(fenwick, fenwick.details.date)).toEqual([]);
    expect(allDecisionAndPlanProblems(fenwick)).toEqual([]);
    expect(audienceProblems(fenwick)).toEqual([]);
    expect(conferenceDeadlines(fenwick).filter((d) => d.status === 'late' || d.status === 'needs-information')).toEqual(
      [],
    );
    const sharing = reportSharingByRecipient(fenwick).flatMap((r) => r.recipients);
    expect(sharing.filter((s) => s.late)).toEqual([]);
    // Each parent is recorded for every report; the midwife's and the recovery worker's reports are Leanne's own.
    for (const id of ['p-leanne', 'p-dean']) {
      expect(sharing.filter((s) => s.participantId === id && s.status === 'not-recorded')).toEqual([]);
    }
    expect(sharing.filter((s) => s.participantId === 'p-dean' && s.status === 'not-shared')).toHaveLength(2);
  });

  it('records agenda visits and capture times that fit the meeting and each other', () => {
    const span = meetingSpan(fenwick);
    expect([span.start, span.end]).toEqual([at('09:30'), at('12:25')]);
    const visits = Object.entries(fenwick.agenda.items).flatMap(([key, item]) =>
      item.visits.map((v) => ({ key, from: Date.parse(v.from), to: Date.parse(v.to ?? '') })),
    );
    // One item on screen at a time, all inside the meeting, and the item timers add up to the visits.
    const sorted = [...visits].sort((a, b) => a.from - b.from);
    for (const v of sorted) {
      expect(v.to, v.key).toBeGreaterThan(v.from);
      expect(v.from).toBeGreaterThanOrEqual(span.start);
      expect(v.to).toBeLessThanOrEqual(span.end);
    }
    sorted.slice(1).forEach((next, i) => {
      const v = sorted[i]!;
      expect(next.from, `${v.key} overlaps ${next.key}`).toBeGreaterThanOrEqual(v.to);
    });
    for (const [key, item] of Object.entries(fenwick.agenda.items)) {
      const seconds = item.visits.reduce((sum, v) => sum + (Date.parse(v.to ?? '') - Date.parse(v.from)) / 1000, 0);
      expect(item.elapsedSeconds, key).toBe(seconds);
    }

    // Every text with a time was typed while its agenda item was on screen, in a closed session exactly when one ran.
    const session = fenwick.closedSessions[0]!;
    const inSession = (t: number) => t >= Date.parse(session.startedAt) && t < Date.parse(session.endedAt ?? '');
    const timed = capturedTexts(fenwick).filter((t) => t.at !== undefined && !t.ref.startsWith('closedSession:'));
    expect(timed.length).toBeGreaterThan(40);
    for (const text of timed) {
      const t = Date.parse(text.at ?? '');
      const itsVisits = visits.filter((v) => v.key === text.itemKey);
      expect(
        itsVisits.some((v) => t >= v.from && t < v.to),
        `${text.ref} at ${text.at} is outside every visit of ${text.itemKey}`,
      ).toBe(true);
      expect(text.closedSessionId === session.id, `${text.ref}: closed session`).toBe(inSession(t));
    }
    // Texts typed before the meeting (in setup) carry no time, so nothing claims they were said in the room.
    const untimed = capturedTexts(fenwick).filter((t) => t.at === undefined);
    expect(untimed.map((t) => t.ref)).toContain('details.reason');
    expect(untimed.every((t) => !t.ref.startsWith('note:'))).toBe(true);

    // Dean's part ran before Leanne and Pauline came in, and the family were all out for the closed session.
    expect(at(person('p-dean').attendance.leftAt ?? '')).toBeLessThan(
      at(person('p-leanne').attendance.arrivedAt ?? ''),
    );
    expect(inSession(at('10:45'))).toBe(true);
    expect(Date.parse(session.startedAt)).toBeGreaterThan(at('10:05'));
  });

  it('plants each canary once, in the text its rule names, and no canary goes unlisted', () => {
    const raw = JSON.stringify(loadFenwickRaw());
    const texts = new Map(capturedTexts(fenwick).map((t) => [t.ref, t.texts.join('\n')]));
    for (const { canary, ref } of canaries.canaries) {
      expect(texts.get(ref), `${canary} should be in ${ref}`).toContain(canary);
      expect(raw.split(canary).length - 1, `${canary} appears once in the file`).toBe(1);
    }
    const listed = new Set(canaries.canaries.map((c) => c.canary));
    expect([...raw.matchAll(/CANARY-[A-Z]+-[0-9][A-Z]/g)].map((m) => m[0]).filter((c) => !listed.has(c))).toEqual([]);
    const family = fenwick.participants.filter((p) => p.kind !== 'professional').map((p) => p.id);
    for (const entry of canaries.canaries) expect(Object.keys(entry.family).sort()).toEqual([...family].sort());
  });

  it('agrees with the audience model, once the audience left for the screens is recorded', () => {
    const professional = new ReaderView(recorded, { kind: 'professional' });
    const sharedScreen = new ReaderView(recorded, { kind: 'shared-screen' });
    const index = new Map(capturedTexts(recorded).map((t) => [t.ref, t]));
    for (const entry of canaries.canaries) {
      const what = `${entry.canary} (${entry.ref})`;
      const level = index.get(entry.ref)?.audience.level;
      if (entry.professionalMinute !== 'may') {
        expect(professional.shows(entry.ref), what).toBe(entry.professionalMinute === 'must');
      }
      if (entry.restrictedAnnex !== 'may') expect(level === 'restricted', what).toBe(entry.restrictedAnnex === 'must');
      if (entry.sharedScreen === 'never') expect(sharedScreen.shows(entry.ref), what).toBe(false);
      for (const id of Object.keys(entry.family)) {
        const view = new ReaderView(recorded, readerFor(person(id)));
        const rules = FAMILY_DOCUMENTS.map((d) => familyRule(entry, id, d));
        if (rules.every((r) => r === 'never')) expect(view.shows(entry.ref), `${what} for ${id}`).toBe(false);
        if (rules.includes('must')) expect(view.shows(entry.ref), `${what} for ${id}`).toBe(true);
      }
    }
    // Before the chair records it, the safety-planning action would reach Dean: the end-to-end test must change it.
    expect(new ReaderView(fenwick, readerFor(person('p-dean'))).shows('action:action-safety')).toBe(true);
  });
});

describe('the Fenwick distribution set', () => {
  const built = buildDocuments(recorded, DEFAULT_SETTINGS, { issuedOn: '2027-03-10', today: '2027-03-10' });

  it('puts every canary exactly where its rule allows, in the documents and on the shared screen', () => {
    const written = built.map(({ view }) => writtenFromView(view));
    expect(canaryViolations(canaries, written, sharedScreenViews(recorded))).toEqual([]);
  });

  it('passes the leak guard, so that the final export the end-to-end test makes is not stopped', () => {
    expect(
      guardDocuments(
        recorded,
        built.map(({ view }) => view),
      ),
    ).toEqual([]);
  });

  it('keeps to the same rules once each document is packed as a .docx file', async () => {
    const written = await Promise.all(built.map(async ({ view }) => writtenFromView(view, await packedText(view))));
    expect(canaryViolations(canaries, written)).toEqual([]);
  });

  it('would catch the leak the chair avoids by recording the audience: the safety action in Dean’s plan', () => {
    const unrecorded = buildDocuments(fenwick, DEFAULT_SETTINGS, { issuedOn: '2027-03-10', today: '2027-03-10' });
    const problems = canaryViolations(
      canaries,
      unrecorded.map(({ view }) => writtenFromView(view)),
    );
    expect(problems.join('\n')).toMatch(/CANARY-SAFETY-1V \(action:action-safety\) leaked into .* \(copy for p-dean\)/);
  });
});
