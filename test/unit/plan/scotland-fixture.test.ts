import { describe, expect, it } from 'vitest';
import { setupProblems } from '@shared/meeting/setup-checks';
import { allDecisionAndPlanProblems } from '@shared/plan/plan-checks';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { loadGlenmor } from './fixtures';

describe('the Glenmor fixture: an initial child protection planning meeting in Scotland', () => {
  const glenmor = loadGlenmor();

  it('parses as a conference file with the facts the fixture promises', () => {
    expect(glenmor.details).toMatchObject({
      type: 'initial',
      nation: 'scotland',
      date: '2027-02-02',
      strategyDiscussionOn: '2027-01-11',
      localAuthority: 'Glenmor Council',
    });
    expect(glenmor.children.map((c) => [c.givenName, c.dateOfBirth])).toEqual([
      ['Ailsa', '2023-05-19'], // 3 on the day: her 4th birthday is 19 May 2027
      ['Callum', '2017-09-03'], // 9 on the day: he turned 9 on 3 Sep 2026
    ]);
    expect(glenmor.decisions.map((d) => [d.outcome, d.categories])).toEqual([
      ['plan-needed', ['domestic-abuse', 'parental-alcohol-use']],
      ['plan-needed', ['domestic-abuse', 'parental-alcohol-use']],
    ]);
    expect(glenmor.otherDecisions.reporterReferral).toBe('referral-made');
    expect(glenmor.participants.find((p) => p.id === 'p-gary')?.attendance).toMatchObject({
      status: 'excluded-part',
      exclusionCriterion: 'family-conflict',
    });
  });

  it('has no decision or plan problems, and no setup problems on the day', () => {
    expect(allDecisionAndPlanProblems(glenmor)).toEqual([]);
    expect(setupProblems(glenmor, '2027-02-02')).toEqual([]);
  });

  it('meets every Scottish timescale it books', () => {
    const deadlines = conferenceDeadlines(glenmor);
    expect(deadlines.filter((d) => d.status === 'late')).toEqual([]);
    const byKey = (key: string) => deadlines.find((d) => d.key === key);
    // IRD Mon 11 Jan 2027 + 28 calendar days = Mon 8 Feb 2027.
    expect(byKey('initial-conference')).toMatchObject({ dueOn: '2027-02-08', bookedOn: '2027-02-02', status: 'ok' });
    // 3 working days before Tue 2 Feb 2027: Mon 1, Fri 29, Thu 28 Jan. The police report was shared on the 28th.
    expect(byKey('reports-to-family')).toMatchObject({ dueOn: '2027-01-28', status: 'ok' });
    // 15 working days after Tue 2 Feb 2027: 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23 Feb.
    expect(byKey('first-core-group')).toMatchObject({ dueOn: '2027-02-23', bookedOn: '2027-02-16', status: 'ok' });
    // 6 months on is Mon 2 Aug 2027, the Scottish summer bank holiday: the limit is Fri 30 Jul 2027.
    expect(byKey('next-review')).toMatchObject({ dueOn: '2027-07-30', bookedOn: '2027-07-27', status: 'ok' });
  });

  it('keeps its canaries in restricted places only', () => {
    const note = glenmor.notes.find((n) => n.text.includes('Morag Canary'));
    const level = (id: string) => glenmor.captures[`note:${id}`]?.audience?.level;
    expect(level(note!.id)).toBe('restricted');
    expect(glenmor.restrictedRecords.map((r) => r.text).join(' ')).toContain('7 Hidden Lane');
    const open = {
      ...glenmor,
      notes: glenmor.notes.filter((n) => level(n.id) !== 'restricted'),
      restrictedRecords: [],
    };
    expect(JSON.stringify(open)).not.toMatch(/Morag Canary|7 Hidden Lane/);
  });
});
