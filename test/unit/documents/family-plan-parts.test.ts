import { describe, expect, it } from 'vitest';
import { documentViews } from '@shared/documents';
import type { Block, DistributedView } from '@shared/documents/types';
import { formatDateLong } from '@shared/format/dates';
import type { Conference } from '@shared/model/conference';
import type { OrganisationSettings } from '@shared/model/settings';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { addCalendarDays, addWorkingDays, workingDayOnOrAfter } from '@shared/procedure/working-days';
import { loadFixture } from '../../helpers/seed';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * Issue 12: the family plan a parent can act on alone. Every part the issue lists is read back from the exported
 * copies of the two public fixtures (Westbrook, England; the Scottish initial meeting) and the Northern Irish one
 * (Ballymena), as the parents receive them.
 */

/** The papers go out the day after the meeting, in the meeting's nation. */
const issuedFor = (c: Conference) => addWorkingDays(c.details.nation, c.details.date, 1);

const settings = (overrides: Partial<OrganisationSettings> = {}): OrganisationSettings => ({
  ...westbrookSettings,
  complaintsContact: 'Write to the Conference Service, or email conference.complaints@example.org.',
  complaintsTimeLimitDays: 28,
  ...overrides,
});

function plans(conference: Conference, s: OrganisationSettings = settings()): DistributedView[] {
  const views = documentViews(conference, s, conferenceDeadlines(conference, s.procedure.timescales), {
    today: issuedFor(conference),
    issuedOn: issuedFor(conference),
  });
  const found = views.filter((v) => v.kind === 'family-plan');
  expect(found.length).toBeGreaterThan(0);
  return found;
}

/** The blocks under one level-2 heading, up to the next. */
function part(view: DistributedView, title: string): Block[] {
  const start = view.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.text === title);
  expect(start, `"${title}" in ${view.fileName}`).toBeGreaterThanOrEqual(0);
  const rest = view.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

function text(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'paragraph':
          return `${b.lead ?? ''}${b.text}`;
        case 'list':
          return b.items.join('\n');
        case 'facts':
          return b.facts.map((f) => `${f.label}: ${f.value}`).join('\n');
        case 'numbered':
          return [b.text, ...b.facts.map((f) => `${f.label}: ${f.value}`)].join('\n');
        case 'heading':
        case 'banner':
          return b.text;
        case 'table':
          return b.rows.map((r) => r.join(' | ')).join('\n');
        case 'signature':
          return b.lines.join('\n');
      }
    })
    .join('\n');
}

/** The agencies whose workers support one adult: the family plan gives their names, not how to reach them. */
const ADULTS_OWN_SUPPORT = ['domestic-abuse-service', 'adult-substance-misuse', 'adult-mental-health', 'probation'];

const level2 = (view: DistributedView) =>
  view.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b as { text: string }).text);

const westbrook = () => westbrookForDocuments();
const scotland = () => loadFixture('scotland-initial.json');
const ballymena = () => loadFixture('ballymena-initial.json');

describe.each([
  ['Westbrook (England)', westbrook],
  ['Scotland', scotland],
  ['Ballymena (Northern Ireland)', ballymena],
])('the family plan of %s', (_name, load) => {
  it('opens with one summary page: what to do next and the next meetings, before the detail', () => {
    for (const view of plans(load())) {
      const parts = level2(view);
      expect(parts.slice(0, 3)).toEqual(['What you need to do next', 'Your next meetings', 'What the meeting decided']);
      for (const title of [
        'Other things the meeting decided',
        'What happens if things do not change',
        'Who to contact',
        'If you disagree, or something is wrong',
        'Words we use',
      ])
        expect(parts, view.fileName).toContain(title);
    }
  });

  it('names the chair, the complaint route and its last day, that the decision stands, and the corrections date', () => {
    const conference = load();
    const chair = conference.details.chair;
    expect(chair).not.toBe('');
    for (const view of plans(conference)) {
      const words = text(part(view, 'If you disagree, or something is wrong'));
      expect(words).toContain(`${chair} chaired the meeting.`);
      expect(words).toContain('conference.complaints@example.org');
      const last = workingDayOnOrAfter(conference.details.nation, addCalendarDays(conference.details.date, 28));
      expect(words).toContain(`Complain by: ${formatDateLong(last)}. You have 28 days from the meeting.`);
      expect(words).toContain('The decision stays in place while your complaint is looked at.');
      const corrections = addWorkingDays(conference.details.nation, issuedFor(conference), 10);
      expect(words).toContain(
        `If something in this plan is wrong, tell the chair, ${chair}, by ${formatDateLong(corrections)}`,
      );
      expect(words).not.toMatch(/ask the chair .*how/i);
    }
  });

  it('gives the team, out-of-hours and each worker in the core group with a way to reach them', () => {
    const conference = load();
    const workers = conference.participants.filter(
      (p) =>
        p.kind === 'professional' &&
        conference.coreGroup.memberParticipantIds.includes(p.id) &&
        p.phone.trim() !== '' &&
        p.attendance.status !== 'not-invited' &&
        !ADULTS_OWN_SUPPORT.includes(p.agency ?? ''),
    );
    expect(workers.length).toBeGreaterThan(0);
    for (const view of plans(conference)) {
      const words = text(part(view, 'Who to contact'));
      expect(words).toContain(`phone ${westbrookSettings.teamPhone}`);
      expect(words).toContain(`phone ${westbrookSettings.outOfHoursPhone}`);
      for (const w of workers) expect(words, w.name).toContain(`phone ${w.phone.trim()}`);
      // One family member's number is never given to another, nor the way to reach a worker who supports one adult.
      for (const f of conference.participants.filter(
        (p) => (p.kind === 'family' || ADULTS_OWN_SUPPORT.includes(p.agency ?? '')) && p.phone.trim(),
      ))
        expect(words).not.toContain(f.phone.trim());
    }
  });
});

describe('what each child told us', () => {
  it('is in their own part, with what the plan does about it', () => {
    const conference = ballymena();
    const withAnswer = conference.childVoices.filter((v) => v.response.trim());
    expect(withAnswer.length).toBeGreaterThanOrEqual(2);
    for (const view of plans(conference)) {
      for (const child of conference.children) {
        const own = text(part(view, child.knownAs || child.givenName));
        for (const v of conference.childVoices) {
          const said = v.summary.trim().slice(0, 30);
          if (v.childId === child.id) expect(own).toContain(said);
          else expect(own).not.toContain(said);
        }
        for (const v of withAnswer.filter((x) => x.childId === child.id))
          expect(own).toContain(`So ${v.response.trim().slice(0, 25)}`);
      }
    }
  });
});

describe('what happens if', () => {
  it('says “If” once when the worker typed it too', () => {
    const conference = westbrook();
    conference.plan.contingency[0]!.if = 'If Jayden is hurt again';
    for (const view of plans(conference)) {
      expect(text(view.blocks)).toContain('If Jayden is hurt again: ');
      expect(text(view.blocks)).not.toMatch(/\bif if\b/i);
    }
  });
});

describe('the plan’s answer to a child', () => {
  it('is said once with “So”, even when the worker typed “So” too', () => {
    const conference = ballymena();
    conference.childVoices[0]!.response = 'So school will hold one meeting a term.';
    for (const view of plans(conference)) {
      const words = text(view.blocks);
      expect(words).toContain('So school will hold one meeting a term.');
      expect(words).not.toMatch(/\bso so\b/i);
    }
  });
});

describe('the other things the meeting decided', () => {
  it('tells a Scottish family about the referral to the Children’s Reporter, but not the MARAC referral', () => {
    for (const view of plans(scotland())) {
      const words = text(part(view, 'Other things the meeting decided'));
      expect(words).toContain('Children’s Reporter');
      expect(words).toContain('Children’s Hearing');
      expect(words).not.toMatch(/MARAC|Women's Aid/);
    }
  });

  it('tells a family about a Family Group Conference; legal planning only once the chair opens it to them', () => {
    for (const view of plans(ballymena())) {
      const words = text(part(view, 'Other things the meeting decided'));
      expect(words).toContain('Family Group Conference');
      // Legal planning is privileged until the family is told by letter: by default, as in their minutes, not at all.
      expect(words).not.toContain('lawyers');
      expect(words).not.toContain('within 4 weeks, to consider what the Trust would do');
    }
    const opened = ballymena();
    opened.captures['otherDecisions.legalPlanningDetail'] = { audience: { level: 'everyone', withheldFrom: [] } };
    for (const view of plans(opened))
      expect(text(part(view, 'Other things the meeting decided'))).toContain('talk to their lawyers');
  });

  it('says family time in its own words', () => {
    for (const view of plans(westbrook()))
      expect(text(part(view, 'Other things the meeting decided'))).toContain(
        'Family time: Stacey will keep taking Mia to school twice a week.',
      );
  });
});

describe('what happens if things do not change, in each nation', () => {
  it.each([
    ['England', westbrook, 'pre-proceedings', 'Only a court can decide'],
    ['Scotland', scotland, 'Children’s Hearing', 'Only a court or a Children’s Hearing can decide'],
    ['Northern Ireland', ballymena, 'ask a court', 'Only a court can decide'],
  ])('%s: what follows, the reassurance and free advice', (_n, load, next, reassurance) => {
    for (const view of plans(load())) {
      const words = text(part(view, 'What happens if things do not change'));
      expect(words).toContain(next);
      expect(words).toContain(reassurance);
      expect(words).toContain('Free, independent advice: ');
    }
  });
});

describe('things shared by the children are written once', () => {
  it('a category and a safety goal for all three children appear once, under “For all three children”', () => {
    const conference = ballymena();
    const sharedGoal = conference.analysis.safetyGoals.find((g) => g.childIds.length === 0);
    expect(sharedGoal).toBeDefined();
    for (const view of plans(conference)) {
      const all = text(view.blocks);
      expect(all.split(sharedGoal!.text.trim().slice(0, 40)).length - 1).toBe(1);
      expect(text(part(view, 'For all three children'))).toContain(sharedGoal!.text.trim().slice(0, 40));
      // Neglect is the category of two of the three children: its meaning is still written once.
      expect(all.split('basic needs are not being met').length - 1).toBe(1);
    }
  });

  it('the Scottish children’s shared areas of concern are given once for both', () => {
    for (const view of plans(scotland())) {
      const decided = text(part(view, 'What the meeting decided'));
      expect(decided).toContain(
        'The plan’s areas of concern for both children: Domestic abuse and Parental alcohol use.',
      );
      expect(decided.split('Abuse between adults at home').length - 1).toBe(1);
    }
  });
});

describe('lines that misled', () => {
  it('a rule with no date is “From now on, all the time”; an action going well is not “as soon as possible”', () => {
    // Jade's GP appointment, due before the meeting and now reported going well: "It was due by", not "as soon as
    // possible"; the dental booking, due before and not done, is.
    const conference = westbrook();
    const gp = conference.plan.actions.find((a) => /GP about low mood/.test(a.what))!;
    gp.progress = { rag: 'green', note: '' };
    for (const view of plans(conference)) {
      const steps = view.blocks.filter((b) => b.kind === 'numbered');
      const when = (pattern: RegExp) =>
        steps.find((b) => pattern.test(b.text))?.facts.find((f) => f.label === 'When')?.value;
      expect(when(/no physical punishment/i)).toBe('From now on, all the time');
      expect(when(/GP about low mood/i)).toBe(`It was due by ${formatDateLong('2026-10-09')}`);
      expect(when(/dental treatment/i)).toBe(`As soon as possible (it was due by ${formatDateLong('2026-10-30')})`);
      // Weekly visits that began in September go on: how often, not a first date long past.
      expect(when(/visit the family every week/i)).toBe('Every week');
      expect(text(view.blocks)).not.toContain('No date set yet');
    }
  });

  it('progress is rated without claiming more than its note, and the note itself stays in the minutes', () => {
    const conference = westbrook();
    for (const view of plans(conference)) {
      const words = text(view.blocks);
      expect(words).toContain('Going well');
      expect(words).not.toMatch(/\bdone or going well\b/i);
      for (const a of conference.plan.actions) if (a.progress?.note) expect(words).not.toContain(a.progress.note);
    }
  });
});

describe('what you need to do next', () => {
  it('lists each parent’s own next steps in date order, at most three, with where to find them', () => {
    for (const view of plans(ballymena())) {
      const summary = part(view, 'What you need to do next');
      const lists = summary.filter((b) => b.kind === 'list');
      expect(lists.length).toBe(2); // Niamh and Declan
      for (const list of lists) {
        expect(list.items.length).toBeLessThanOrEqual(3);
        for (const item of list.items) expect(item).toMatch(/\(number \d+ in this plan\)\.$/);
      }
    }
  });

  it('finds a parent named by typing on a step, and puts the steps in date order', () => {
    // Westbrook's rule and school-attendance step are owned by "Jade and Kieran Ashdown", typed, not chosen.
    for (const view of plans(westbrook())) {
      const summary = part(view, 'What you need to do next');
      const names = summary.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
      expect(names).toEqual(['Jade', 'Kieran']);
      const kieran = summary[summary.findIndex((b) => b.kind === 'heading' && b.text === 'Kieran') + 1];
      expect(kieran?.kind).toBe('list');
      const items = (kieran as { items: readonly string[] }).items;
      expect(items.some((i) => /attendance reaches 95%/.test(i))).toBe(true);
      const dates = items.map((i) => /(\d{1,2} [A-Z][a-z]+ \d{4})/.exec(i)?.[1]).filter(Boolean);
      const order = dates.map((d) => Date.parse(d!));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});
