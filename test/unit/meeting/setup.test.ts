import { describe, expect, it } from 'vitest';
import { quorum } from '@shared/meeting/attendance';
import { formatHealthNumber, healthNumberProblem } from '@shared/meeting/health-number';
import { setupProblems } from '@shared/meeting/setup-checks';
import { Conference, Participant, type ConferenceInput } from '@shared/model/conference';
import { createConference } from '@shared/model/factory';

describe('NHS number (England and Wales)', () => {
  // The rules for every nation, with numbers valid in one and not another, are in health-number.test.ts.
  it('accepts valid numbers, with or without spaces', () => {
    // 999 234 567?: 9×10+9×9+9×8+2×7+3×6+4×5+5×4+6×3+7×2 = 347; 347 mod 11 = 6; 11−6 = 5 ✓
    expect(healthNumberProblem('england', '9992345675')).toBeNull();
    expect(healthNumberProblem('wales', '999 234 5675')).toBeNull();
    expect(healthNumberProblem('england', '')).toBeNull();
    expect(formatHealthNumber('england', '9992345675')).toBe('999 234 5675');
  });
  it('rejects a wrong check digit, a check digit of 10, and the wrong length', () => {
    expect(healthNumberProblem('england', '9992345674')).toMatch(/check digit/);
    // 123456789?: 1×10+2×9+3×8+4×7+5×6+6×5+7×4+8×3+9×2 = 210; 210 mod 11 = 1; 11−1 = 10 → no valid number
    expect(healthNumberProblem('england', '1234567890')).toMatch(/not valid/);
    expect(healthNumberProblem('england', '12345')).toMatch(/10 digits/);
  });
});

const person = (id: string, agency: Participant['agency'], status: Participant['attendance']['status']) =>
  Participant.parse({ id, name: id, kind: 'professional', agency, attendance: { status } });

describe('quorum', () => {
  it('needs social care plus two other agencies taking part', () => {
    const q = quorum([
      person('sw', 'childrens-social-care', 'present'),
      person('school', 'school', 'present'),
      person('hv', 'health-visiting', 'remote'),
    ]);
    expect(q.quorate).toBe(true);
    expect(q.summary).toBe('Quorate: children’s social care and 2 other agencies.');
  });
  it('does not count written reports or apologies', () => {
    const q = quorum([
      person('sw', 'childrens-social-care', 'present'),
      person('school', 'school', 'present'),
      person('police', 'police', 'apologies-with-report'),
    ]);
    expect(q.quorate).toBe(false);
    expect(q.summary).toMatch(/1 other agency; at least two are needed/);
  });
  it('is not quorate without social care, however many others come', () => {
    const q = quorum([
      person('a', 'school', 'present'),
      person('b', 'police', 'present'),
      person('c', 'gp', 'present'),
    ]);
    expect(q.quorate).toBe(false);
    expect(q.summary).toMatch(/no one from children’s social care/);
  });
  it('counts two people from one agency once', () => {
    const q = quorum([
      person('sw', 'childrens-social-care', 'present'),
      person('s1', 'school', 'present'),
      person('s2', 'school', 'present'),
    ]);
    expect(q.quorate).toBe(false);
  });
});

describe('setup checks', () => {
  const today = '2026-11-22';
  const base = createConference({ type: 'initial', nation: 'england', date: '2026-12-01' });
  const withSetup = (patch: Partial<ConferenceInput>) => Conference.parse({ ...base, ...patch });

  it('a date of birth in the future, an EDD in the past, a duplicate child: each named with the fix', () => {
    const c = withSetup({
      children: [
        { id: 'a', givenName: 'Mia', familyName: 'Ashdown', dateOfBirth: '2027-01-01' },
        { id: 'b', givenName: '', unborn: true, expectedDeliveryDate: '2026-10-01' },
        { id: 'c', givenName: 'Mia', familyName: 'Ashdown', dateOfBirth: '2027-01-01' },
      ],
    });
    const problems = setupProblems(c, today);
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'children[0].dateOfBirth', message: expect.stringMatching(/in the future/) },
        { field: 'children[1].expectedDeliveryDate', message: expect.stringMatching(/in the past/) },
        { field: 'children[2].givenName', message: 'This child is already listed as child 1. Remove one of them.' },
      ]),
    );
  });

  it('an end time before the start time, a participant without a name, an exclusion without reason', () => {
    const c = withSetup({
      details: { ...base.details, startTime: '14:00', endTime: '13:30' },
      participants: [
        { ...person('x', 'school', 'present'), name: ' ' },
        { ...person('y', 'police', 'excluded-whole'), name: 'Kieran' },
      ],
    });
    const fields = setupProblems(c, today).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'details.endTime',
        'participants[0].name',
        'participants[1].attendance.reason',
        'participants[1].attendance.decidedBy',
      ]),
    );
  });

  it('checks each child’s health number by the conference’s nation, with the child’s date of birth', () => {
    const children = [
      { id: 'a', givenName: 'Ailsa', familyName: 'Kerr', dateOfBirth: '2016-03-16', nhsNumber: '150316 2346' },
      { id: 'b', givenName: 'Callum', familyName: 'Kerr', dateOfBirth: '2016-03-15', nhsNumber: '150316 2346' },
    ];
    const inNation = (nation: ConferenceInput['details']['nation']) =>
      setupProblems(withSetup({ details: { ...base.details, nation }, children }), today);
    // The same number: sound in England, but noted there as Scotland’s; a CHI number for someone born a day before
    // Ailsa in Scotland; outside the Health and Care numbers in Northern Ireland.
    expect(inNation('england').map((p) => p.message)).toEqual([
      expect.stringMatching(/^This looks like a Scottish CHI number/),
      expect.stringMatching(/^This looks like a Scottish CHI number/),
    ]);
    expect(inNation('scotland')).toEqual([
      { field: 'children[0].nhsNumber', message: expect.stringMatching(/date of birth recorded is .* \(160316\)/) },
    ]);
    expect(inNation('northern-ireland')).toEqual([
      { field: 'children[0].nhsNumber', message: expect.stringMatching(/between 320 000 0010/) },
      { field: 'children[1].nhsNumber', message: expect.stringMatching(/between 320 000 0010/) },
    ]);
  });

  it('finds nothing wrong with a sound setup', () => {
    const c = withSetup({
      details: { ...base.details, startTime: '14:00', endTime: '15:45', strategyDiscussionOn: '2026-11-12' },
      children: [
        { id: 'a', givenName: 'Mia', familyName: 'Ashdown', dateOfBirth: '2021-05-03', nhsNumber: '999 234 5675' },
      ],
      participants: [person('sw', 'childrens-social-care', 'present')],
    });
    expect(setupProblems(c, today)).toEqual([]);
  });
});

describe('the fixtures', () => {
  it('pass the setup checks, so the demos show no false alarms', async () => {
    const { loadFixture } = await import('../../helpers/seed');
    for (const name of ['westbrook-review.json', 'scotland-initial.json', 'ballymena-initial.json']) {
      expect(setupProblems(loadFixture(name), '2026-11-22'), name).toEqual([]);
    }
  });
});
