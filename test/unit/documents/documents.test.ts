import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocuments } from '../../../electron/services/export';
import { CapturedIndex } from '@shared/audience/captured';
import { recipientsOf } from '@shared/audience/distribution';
import { formatDateLong } from '@shared/format/dates';
import { quorum } from '@shared/meeting/attendance';
import { attendanceLabel } from '@shared/wording/labels';
import { conferenceTypeLabel } from '@shared/wording/labels';
import { familyTextHints, plainLanguageProblems } from '@shared/plan/plain-language';
import { childName, rightToChallengeWords } from '@shared/wording/sentences';
import { alternativeSupportWords, categoryWords, outcomeWords } from '@shared/plan/decision-words';
import { conferenceDeadlines, isReportLate } from '@shared/procedure/deadlines';
import { addCalendarDays, addWorkingDays } from '@shared/procedure/working-days';
import { readBack, type ReadBack } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * Every document of the Westbrook review, written to disk as the app writes it, read back from the
 * .docx and checked against the conference: what must be there is taken from the conference record, not from the
 * documents' own view models.
 */

const conference = westbrookForDocuments();
const settings = westbrookSettings;
const { nation, type } = conference.details;
const index = new CapturedIndex(conference);
const isRestricted = (ref: string) => index.get(ref)?.audience.level === 'restricted';
const restrictedTexts = index.all.filter((t) => t.audience.level === 'restricted').flatMap((t) => t.texts);
const unrestrictedNotes = conference.notes.filter((n) => !isRestricted(`note:${n.id}`));
/** A note's words as the minute prints them, without the speaker's name typed at their start ("Tom Haddad: …"). */
const printed = (note: (typeof conference.notes)[number]) => {
  const name = conference.participants.find((p) => p.id === note.participantId)?.name;
  return name && note.text.startsWith(name) ? note.text.slice(name.length).replace(/^:?\s*/, '') : note.text;
};

let folder: string;
const docs = new Map<string, ReadBack>();
const doc = (name: string): ReadBack => {
  const found = docs.get(name);
  if (!found) throw new Error(`${name} was not written`);
  return found;
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cp-docs-'));
  await exportDocuments(conference, settings, folder, { issuedOn: '2026-12-01' });
  for (const name of await readdir(folder)) docs.set(name, await readBack(folder, name));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the export of the Westbrook review', () => {
  it('writes the minute, a copy of the minutes for each family member who receives them, the restricted annex, one family plan, one decision letter and a letter for each child, and nothing else', async () => {
    expect(restrictedTexts.length).toBeGreaterThanOrEqual(2); // the referrer note and record
    expect((await readdir(folder)).sort()).toEqual([
      'decision-letter.docx',
      'family-plan.docx',
      'letter-for-jayden.docx',
      'letter-for-mia.docx',
      'minute.docx',
      'minutes-grace-okafor.docx',
      'minutes-jade-ashdown.docx',
      'minutes-kieran-ashdown.docx',
      'restricted-annex.docx',
    ]);
  });
});

describe('professional minute', () => {
  it('has the header, every child and every adult as recorded', () => {
    const { text } = doc('minute.docx');
    const d = conference.details;
    expect(text.toLowerCase()).toContain(`minutes of the ${conferenceTypeLabel(type, nation).toLowerCase()}`);
    for (const value of [
      d.chair,
      d.minuteTaker,
      d.reference,
      d.venue,
      formatDateLong(d.date),
      d.startTime!,
      d.endTime!,
    ])
      expect(text).toContain(value);
    for (const c of conference.children) {
      for (const value of [
        `${c.givenName} ${c.familyName}`,
        formatDateLong(c.dateOfBirth),
        c.ethnicity,
        c.school,
        c.gp,
      ])
        expect(text).toContain(value);
      expect(text).toContain(c.nhsNumber);
      expect(text).toContain(c.legalStatus);
    }
    for (const a of conference.adults) {
      expect(text).toContain(a.relationship);
      if (!a.addressRestricted) expect(text).toContain(a.address);
    }
  });

  it('has the attendance of every participant, each report with its sharing date per family member and late ones flagged in words', () => {
    const { text } = doc('minute.docx');
    for (const p of conference.participants) {
      expect(text).toContain(p.name);
      expect(text).toContain(attendanceLabel[p.attendance.status]);
      if (p.attendance.arrivedAt) expect(text).toContain(p.attendance.arrivedAt);
    }
    const pairs = conference.reports.flatMap((r) => r.sharing.map((s) => ({ r, s })));
    expect(pairs.length).toBeGreaterThan(conference.reports.length); // each report reached Jade and Kieran
    for (const r of conference.reports) expect(text).toContain(r.author);
    for (const { s } of pairs) expect(text).toContain(formatDateLong(s.sharedOn));
    // Lateness is judged per (report, family member): one late line for each parent the police report reached late.
    const late = pairs.filter(({ s }) => isReportLate(nation, type, conference.details.date, s));
    expect(late.length).toBeGreaterThan(0); // the police report reached Jade and Kieran two days late
    expect(text.match(/Late: reached /g)?.length).toBe(late.length);
    for (const { s } of late) {
      const name = conference.participants.find((p) => p.id === s.participantId)!.name;
      expect(text).toContain(`Late: reached ${name} `);
    }
    expect(text).toContain(quorum(conference.participants).summary);
  });

  it('has every unrestricted note, attributed, and no restricted note or record', () => {
    const { text } = doc('minute.docx');
    expect(unrestrictedNotes.length).toBeGreaterThan(3);
    for (const note of unrestrictedNotes) expect(text).toContain(printed(note));
    expect(text).toContain('Tom Haddad (Designated safeguarding lead, Westbrook Academy)');
    for (const restricted of restrictedTexts) expect(text).not.toContain(restricted);
    expect(text).toContain('restricted annex');
  });

  it('has the analysis with who gave which score, and the children’s views', () => {
    const { text } = doc('minute.docx');
    const { worries, strengths, safetyGoals, scaling } = conference.analysis;
    for (const entry of [...worries, ...strengths, ...safetyGoals]) expect(text).toContain(entry.text);
    const scores = scaling.map((s) => s.score);
    expect(text).toContain(
      `${scaling.length} scores were given, from ${Math.min(...scores)} to ${Math.max(...scores)}`,
    );
    for (const s of scaling.filter((x) => x.comment)) expect(text).toContain(s.comment);
    for (const v of conference.childVoices) expect(text).toContain(v.summary);
  });

  it('has each child’s decision with every agency’s view, the family’s views, and the category', () => {
    const { text } = doc('minute.docx');
    for (const d of conference.decisions) {
      const child = conference.children.find((c) => c.id === d.childId)!;
      expect(text).toContain(outcomeWords(d.outcome, nation, childName(child)));
      for (const key of d.categories) expect(text).toContain(categoryWords(key, nation).label);
      expect(text).toContain(d.chairReasons);
      for (const view of d.agencyViews) {
        const who = conference.participants.find((p) => p.id === view.participantId)!;
        expect(text).toMatch(new RegExp(`${who.name} \\([^)]*\\)[^]*?${view.reason.replace(/[.]/g, '\\.')}`));
      }
      for (const view of d.familyViews) expect(text).toContain(view.text);
    }
    expect(text).toContain('In writing'); // PC Finch's written view
  });

  it('has the plan (outcomes, actions with progress in words), contingency, core group, next review and other decisions', () => {
    const { text } = doc('minute.docx');
    const { plan, coreGroup, review } = conference;
    for (const o of plan.outcomes) expect(text).toContain(o.text);
    for (const a of plan.actions) expect(text).toContain(a.what);
    for (const a of plan.actions.filter((x) => x.progress)) {
      expect(text).toContain(a.progress!.note);
      expect(text).toMatch(new RegExp(`${a.progress!.rag}:`, 'i'));
    }
    for (const s of plan.support) expect(text).toContain(s.text);
    for (const c of plan.contingency) {
      expect(text).toContain(c.if);
      expect(text).toContain(c.then);
    }
    expect(text).toContain(plan.contactArrangements);
    expect(text).toContain(plan.teamManager);
    expect(text).toContain(plan.visitingFrequency);
    expect(text).toContain(`${formatDateLong(coreGroup.firstMeetingOn)} at ${coreGroup.firstMeetingTime}`);
    for (const when of coreGroup.returnToConferenceWhen) expect(text).toContain(when);
    expect(text).toContain(`Next review: ${formatDateLong(review.nextReviewOn)}`);
    expect(text).toContain('Legal planning: None');
  });

  it('has every date with the rule behind it, from the deadline engine', () => {
    const { text } = doc('minute.docx');
    for (const d of conferenceDeadlines(conference, settings.procedure.timescales)) {
      expect(text).toContain(d.label);
      expect(text).toContain(d.rule);
      if (d.dueOn) expect(text).toContain(formatDateLong(d.dueOn));
    }
  });

  it('ends with the right to challenge, approval and a distribution list of everyone invited', () => {
    const { text } = doc('minute.docx');
    expect(text).toContain(rightToChallengeWords(nation));
    expect(text).toContain(settings.complaintsContact);
    expect(text).toMatch(/Approved by Priya Nandakumar, chair/);
    const distribution = text.slice(text.lastIndexOf('Distribution'));
    for (const p of conference.participants) expect(distribution).toContain(p.name);
    // Each person with the exact files they are sent, and why.
    expect(distribution).toContain(
      'Jade Ashdown (Mother) Decision letter (decision-letter.docx); Family plan (family-plan.docx); Minutes (minutes-jade-ashdown.docx) Parent or carer',
    );
    expect(distribution).toContain('Stacey Ashdown (Paternal aunt (supporter)) Nothing No parental responsibility');
    expect(distribution).toContain('Restricted annex (restricted-annex.docx)');
  });

  it('says a closed session took place, when, in neutral words, and leaves what was said to the annex', async () => {
    const folder2 = await mkdtemp(join(tmpdir(), 'cp-docs-'));
    try {
      const withSession = structuredClone(conference);
      withSession.closedSessions.push({
        id: 'closed-1',
        startedAt: '2026-12-01T14:26:00.000Z',
        endedAt: '2026-12-01T14:34:00.000Z',
        reason: 'PC Finch shared police intelligence about a visitor to the home.',
        excludedParticipantIds: ['p-kieran'],
      });
      withSession.notes.push({
        id: 'note-closed',
        itemKey: 'agency-information',
        kind: 'note',
        text: 'Intelligence about a named visitor was shared.',
        closedSessionId: 'closed-1',
        createdAt: '2026-12-01T14:30:00.000Z',
      });
      await exportDocuments(withSession, settings, folder2, { issuedOn: '2026-12-01' });
      const minute = await readBack(folder2, 'minute.docx');
      expect(minute.text).toContain('A closed session was held 14:26 to 14:34');
      expect(minute.text).toContain('Not present: Kieran Ashdown');
      expect(minute.text).not.toContain('police intelligence');
      expect(minute.text).not.toContain('Intelligence about a named visitor');
      const annex = await readBack(folder2, 'restricted-annex.docx');
      expect(annex.text).toContain('PC Finch shared police intelligence about a visitor to the home.');
      expect(annex.text).toContain('Intelligence about a named visitor was shared.');
    } finally {
      await rm(folder2, { recursive: true, force: true });
    }
  });
});

describe('restricted annex', () => {
  it('holds every restricted note and record, and nothing that is not restricted', () => {
    const { text } = doc('restricted-annex.docx');
    for (const restricted of restrictedTexts) expect(text).toContain(restricted);
    for (const r of conference.restrictedRecords) expect(text).toContain(r.source);
    for (const note of unrestrictedNotes) expect(text).not.toContain(note.text);
    for (const entry of conference.analysis.worries) expect(text).not.toContain(entry.text);
  });

  it('is marked on every page and goes to professionals only', () => {
    const annex = doc('restricted-annex.docx');
    const header = annex.parts.get('word/header1.xml') ?? '';
    const footer = annex.parts.get('word/footer1.xml') ?? '';
    for (const part of [header, footer]) {
      expect(part).toContain('RESTRICTED – NOT FOR FAMILY MEMBERS');
      expect(part).toContain(settings.protectiveMarking);
    }
    const distribution = annex.text.slice(annex.text.indexOf('Distribution: professionals only'));
    // Children's social care and the police by default: Rhys Morgan and PC Finch, not the school or the family.
    const chosen = recipientsOf(conference, 'restricted-annex').map((p) => p.id);
    expect(chosen.sort()).toEqual(['p-laura', 'p-rhys']);
    for (const p of conference.participants) {
      if (chosen.includes(p.id)) expect(distribution).toContain(p.name);
      else expect(distribution).not.toContain(p.name);
    }
    expect(distribution).toContain(`${conference.distribution.annexKeptWith} Kept on file`);
  });
});

describe('family plan', () => {
  const forMia = () => doc('family-plan.docx').text;

  it('has a section per child: a short one for Jayden, whose plan ends, and Mia’s plan with its category explained', () => {
    const text = forMia();
    for (const d of conference.decisions) {
      const child = conference.children.find((c) => c.id === d.childId)!;
      expect(text).toContain(outcomeWords(d.outcome, nation, childName(child)));
      const support = alternativeSupportWords(d, nation, childName(child));
      if (support) expect(text).toContain(support);
      for (const key of d.categories) {
        expect(text).toContain(categoryWords(key, nation).label);
        expect(text).toContain(categoryWords(key, nation).meaning);
      }
    }
  });

  it('says why there is a plan, what is going well and what needs to change, for the child on a plan only', () => {
    const text = forMia();
    const about = (ids: string[]) => ids.length === 0 || ids.includes('child-mia');
    const { worries, strengths, safetyGoals } = conference.analysis;
    for (const w of worries.filter((x) => x.kind === 'danger-statement')) {
      if (about(w.childIds)) expect(text).toContain(w.text);
      else expect(text).not.toContain(w.text); // Jayden's plan has ended
    }
    for (const s of strengths.filter((x) => about(x.childIds))) expect(text).toContain(s.text);
    for (const g of safetyGoals.filter((x) => about(x.childIds))) expect(text).toContain(g.text);
  });

  it('numbers the actions written to each person, with the date and how we will know', () => {
    const text = forMia();
    const jadeDental = conference.plan.actions.find((a) => a.id === 'action-dental-booking')!;
    expect(text).toContain(`Jade will ${jadeDental.what.charAt(0).toLowerCase()}${jadeDental.what.slice(1)}`);
    expect(text).toContain(`By ${formatDateLong('2026-12-18')}`);
    expect(text).toContain(jadeDental.howWeWillKnow);
    expect(text).toMatch(/Nadia Kowalski \(designated safeguarding lead\) will hold a meeting at school/);
    expect(text).toMatch(/Ellen Bright \(school nurse\) will review Mia’s health/);
    expect(text).toContain(`By ${formatDateLong('2027-01-15')}`);
    expect(text).toMatch(/Jade and Kieran Ashdown agreed: no physical punishment/);
    // A real numbered list (issue 12), not "1.<tab>" typed into the text: each step is a paragraph of one decimal
    // list, in Word's numbering, whose numbers are the ones the first page refers to ("number 4 in this plan").
    const body = doc('family-plan.docx').parts.get('word/document.xml') ?? '';
    const numbering = doc('family-plan.docx').parts.get('word/numbering.xml') ?? '';
    const decimal =
      /<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>(?:(?!<\/w:abstractNum>).)*<w:numFmt w:val="decimal"\/>(?:(?!<\/w:abstractNum>).)*<w:lvlText w:val="%1\."\/>/s.exec(
        numbering,
      )?.[1];
    expect(decimal).toBeDefined();
    const list = new RegExp(`<w:num w:numId="(\\d+)"[^>]*><w:abstractNumId w:val="${decimal}"/>`).exec(numbering)?.[1];
    expect(list).toBeDefined();
    const steps = body.match(new RegExp(`<w:numId w:val="${list}"/>`, 'g')) ?? [];
    expect(steps.length).toBe(conference.plan.actions.filter((a) => !a.retired).length);
    expect(text).not.toMatch(/(?:^|\s)\d{1,2}\.\t/);
    expect(text).toMatch(/\(number \d+ in this plan\)/);
  });

  it('keeps its first page for the summary: the detail starts a new page', () => {
    const body = doc('family-plan.docx').parts.get('word/document.xml') ?? '';
    const breaks = [...body.matchAll(/<w:pageBreakBefore\/>/g)];
    expect(breaks).toHaveLength(1);
    const after = body.slice(breaks[0]!.index, breaks[0]!.index + 600);
    expect(after).toContain('What the meeting decided');
    const before = body.slice(0, breaks[0]!.index);
    expect(before).toContain('What you need to do next');
    expect(before).toContain('Your next meetings');
  });

  it('has support, contact arrangements, contingency, core group and review dates, who to call and how to complain', () => {
    const text = forMia();
    const { plan, coreGroup, review } = conference;
    for (const s of plan.support) expect(text).toContain(s.text);
    expect(text).toContain(plan.contactArrangements);
    for (const c of plan.contingency) expect(text).toContain(c.then);
    expect(text).toContain('If Jayden is hurt again');
    expect(text).toContain(`${formatDateLong(coreGroup.firstMeetingOn)} at 10am`);
    expect(text).toContain(`${formatDateLong(review.nextReviewOn)} at 2pm`);
    const lead = conference.participants.find((p) => p.id === plan.leadSocialWorkerParticipantId)!;
    expect(text).toContain(`Your lead social worker: ${lead.name}, phone ${lead.phone}, ${lead.email}`);
    for (const value of [
      settings.teamPhone,
      settings.outOfHoursPhone,
      settings.complaintsContact,
      settings.advocacyContact,
    ])
      expect(text).toContain(value);
    expect(text).toContain('The decision stays in place while your complaint is looked at.');
    expect(text).toContain(`${conference.details.chair} chaired the meeting.`);
    expect(text).toContain('This plan may be used in court');
  });

  it('carries nothing restricted, no address, no professional-only text and no jargon', () => {
    const { text, everything } = doc('family-plan.docx');
    for (const restricted of restrictedTexts) expect(everything).not.toContain(restricted);
    for (const a of conference.adults) expect(everything).not.toContain(a.address);
    expect(everything).not.toContain(conference.details.reason);
    for (const a of conference.plan.actions) if (a.progress?.note) expect(text).not.toContain(a.progress.note);
    for (const d of conference.decisions) {
      if (d.chairReasons) expect(text).not.toContain(d.chairReasons);
      for (const v of d.agencyViews) expect(text).not.toContain(v.reason);
    }
    for (const s of conference.analysis.scaling) if (s.comment) expect(text).not.toContain(s.comment);
    for (const c of conference.children) expect(text).not.toContain(c.nhsNumber);
  });

  it('adds no jargon of its own: the only hard words are ones typed into the plan, which the plan editor flags', () => {
    // "Pre-proceedings" is the word a parent will hear if things do not change: the plan uses it, and explains it
    // under "Words we use" (issue 12), rather than avoiding it.
    expect(forMia()).toContain('Pre-proceedings: A meeting about going to court.');
    const typed = new Set([...familyTextHints(conference).map((h) => h.term), 'public-law-outline']);
    const found = plainLanguageProblems(forMia()).map((h) => h.term);
    expect(found.filter((term) => !typed.has(term))).toEqual([]);
    expect(forMia()).not.toMatch(/\b(s\.?\s?47|PLO|DSL|CIN|LAC)\b/);
  });

  it('is set in 14 pt Arial', () => {
    const styles = doc('family-plan.docx').parts.get('word/styles.xml') ?? '';
    const defaults = styles.slice(0, styles.indexOf('</w:docDefaults>'));
    expect(defaults).toContain('w:ascii="Arial"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });
});

describe('chair’s decision letter', () => {
  it('has each decision, the category, core group and review dates, the sent-by date and the right to challenge', () => {
    const { text } = doc('decision-letter.docx');
    for (const d of conference.decisions) {
      const child = conference.children.find((c) => c.id === d.childId)!;
      expect(text).toContain(`${child.givenName} ${child.familyName}`);
      expect(text).toContain(outcomeWords(d.outcome, nation, childName(child)));
      for (const key of d.categories) expect(text).toContain(categoryWords(key, nation).label);
    }
    expect(text).toContain(formatDateLong(conference.coreGroup.firstMeetingOn));
    expect(text).toContain(formatDateLong(conference.review.nextReviewOn));
    // England: the letter is due one working day after the conference.
    expect(text).toContain(`To be sent by: ${formatDateLong(addWorkingDays(nation, conference.details.date, 1))}`);
    // Who chaired, where to write and by when, that the decision stands, and the date to put the papers right: the
    // family plan's words (challenge.ts), never "ask the chair how".
    expect(text).toContain(`${conference.details.chair} chaired the meeting.`);
    expect(text).toContain('The decision stays in place while your complaint is looked at');
    expect(text).toContain(settings.complaintsContact);
    expect(text).toContain(`Complain by: ${formatDateLong(addCalendarDays(conference.details.date, 28))}.`);
    expect(text).toMatch(/If something in this letter is wrong, tell the chair, Priya Nandakumar, by /);
    expect(text).not.toMatch(/ask the chair .*how/i);
  });

  it('carries nothing restricted, no address and no jargon', () => {
    const { text, everything } = doc('decision-letter.docx');
    for (const restricted of restrictedTexts) expect(everything).not.toContain(restricted);
    for (const a of conference.adults) expect(everything).not.toContain(a.address);
    expect(plainLanguageProblems(text)).toEqual([]);
  });
});

describe('accessible Word', () => {
  const all = () => [...docs.values()];

  it('uses real heading styles, and every table has a header row that repeats on each page', () => {
    for (const d of all()) {
      const body = d.parts.get('word/document.xml') ?? '';
      expect(body, d.name).toContain('<w:pStyle w:val="Heading1"/>');
      expect(body, d.name).toContain('<w:pStyle w:val="Heading2"/>');
      const tables = body.split('<w:tbl>').slice(1);
      for (const t of tables) {
        const firstRow = t.slice(t.indexOf('<w:tr>'), t.indexOf('</w:tr>'));
        expect(firstRow, d.name).toContain('<w:tblHeader/>');
      }
    }
    expect(doc('minute.docx').parts.get('word/document.xml')).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('has a title and the en-GB language in its properties, page numbers in the footer, and body text of 12 pt or more', () => {
    for (const d of all()) {
      expect(d.parts.get('docProps/core.xml'), d.name).toMatch(/<dc:title>[^<]+<\/dc:title>/);
      const styles = d.parts.get('word/styles.xml') ?? '';
      expect(styles, d.name).toContain('<w:lang w:val="en-GB"/>');
      const size = Number(/<w:docDefaults>.*?<w:sz w:val="(\d+)"\/>/.exec(styles)?.[1]);
      expect(size, d.name).toBeGreaterThanOrEqual(24);
      const body = d.parts.get('word/document.xml') ?? '';
      for (const m of body.matchAll(/<w:sz w:val="(\d+)"\/>/g)) expect(Number(m[1]), d.name).toBeGreaterThanOrEqual(24);
      const footer = d.parts.get('word/footer1.xml') ?? '';
      expect(footer, d.name).toMatch(/PAGE/);
      expect(footer, d.name).toMatch(/NUMPAGES/);
    }
  });

  it('carries no meaning in colour: text is black or automatic', () => {
    for (const d of all()) {
      for (const [name, part] of d.parts) {
        if (!/word\/(document|header\d*|footer\d*|styles)\.xml$/.test(name)) continue;
        // Word's hyperlink style is blue and underlined: the underline carries the meaning. No link is written.
        const xml = part.replace(/<w:style [^>]*w:styleId="Hyperlink".*?<\/w:style>/, '');
        for (const m of xml.matchAll(/<w:color w:val="([^"]+)"/g))
          expect(['000000', 'auto'], `${d.name} ${name}`).toContain(m[1]);
      }
    }
  });

  it('puts the protective marking in the header and footer of the professional documents', () => {
    for (const name of ['minute.docx', 'restricted-annex.docx', 'decision-letter.docx']) {
      const d = doc(name);
      expect(d.parts.get('word/header1.xml'), name).toContain(settings.protectiveMarking);
      expect(d.parts.get('word/footer1.xml'), name).toContain(settings.protectiveMarking);
    }
  });
});
