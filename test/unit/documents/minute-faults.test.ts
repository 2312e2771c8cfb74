import { readFileSync, readdirSync } from 'node:fs';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentViews, renderDocument, type Block, type DistributedView } from '@shared/documents';
import { documentStrings } from '@shared/documents/guard';
import { formatDate, formatDateLong } from '@shared/format/dates';
import type { Conference, ConferenceInput } from '@shared/model/conference';
import { migrateConference } from '@shared/audience/migrate';
import { OrganisationSettings } from '@shared/model/settings';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { amend } from '../shared-screen/westbrook';
import { docxParts } from './read-back';
import { westbrookForDocuments } from './westbrook-documents';

/**
 * The minute's and the decision letter's faults of issue 12, "The minute and the decision letter", checked on every
 * conference file in test/fixtures, as the app opens them, in a draft and in the final set.
 */

const FIXTURES = new URL('../../fixtures/', import.meta.url);

function fixture(name: string): Conference {
  const opened = migrateConference(JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')));
  if (!opened.ok) throw new Error(`${name}: ${opened.message}`);
  return opened.conference;
}

/** Every conference file among the fixtures (a file of canaries about one of them is not a conference). */
const conferenceFiles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .filter((f) => 'schemaVersion' in (JSON.parse(readFileSync(new URL(f, FIXTURES), 'utf8')) as object));

const settings = OrganisationSettings.parse({
  authorityName: 'Glenmor Council',
  teamPhone: '01632 961000',
  outOfHoursPhone: '01632 961999',
  complaintsContact: 'Write to the conference team within 28 days.',
});

function views(conference: Conference, draft: boolean): DistributedView[] {
  const { date } = conference.details;
  return documentViews(conference, settings, conferenceDeadlines(conference), { today: date, issuedOn: date, draft });
}

type Set = { name: string; views: DistributedView[] };

/** Every fixture's documents, as a draft and as the final set. */
const sets: Set[] = conferenceFiles.flatMap((file) => {
  const conference = fixture(file);
  return [true, false].map((draft) => ({
    name: `${file} (${draft ? 'draft' : 'final'})`,
    views: views(conference, draft),
  }));
});

const minutesAndAnnexes = (set: Set) => set.views.filter((v) => v.kind === 'minute' || v.kind === 'restricted-annex');
const get = (list: readonly DistributedView[], fileName: string): DistributedView => {
  const found = list.find((v) => v.fileName === fileName);
  if (!found) throw new Error(`${fileName} was not written; the set is ${list.map((v) => v.fileName).join(', ')}`);
  return found;
};
const headings = (v: DistributedView) =>
  v.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
/** What a paragraph reads as, its lead and its text together. */
const said = (b: Block) => (b.kind === 'paragraph' ? `${b.lead ?? ''}${b.text}` : '');
const tables = (v: DistributedView) =>
  v.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
/** The blocks of a part: from its heading to the next heading at its level or above. */
function part(v: DistributedView, text: string): Block[] {
  const from = v.blocks.findIndex((b) => b.kind === 'heading' && b.text === text);
  if (from < 0) throw new Error(`${v.fileName} has no part “${text}”`);
  const level = (v.blocks[from] as Extract<Block, { kind: 'heading' }>).level;
  const rest = v.blocks.slice(from + 1);
  const to = rest.findIndex((b) => b.kind === 'heading' && b.level <= level);
  return to < 0 ? rest : rest.slice(0, to);
}
/** The paragraphs of a part, as read. */
const partText = (v: DistributedView, text: string) => part(v, text).map(said).filter(Boolean).join('\n');
/** Every word of a part, its tables too. */
const partWords = (v: DistributedView, text: string) =>
  documentStrings({ ...v, title: '', subject: '', header: [], footer: '', blocks: part(v, text) }).join('\n');

describe('the fixtures', () => {
  it('include the public conferences these checks are about', () => {
    expect(conferenceFiles).toEqual(expect.arrayContaining(['scotland-initial.json', 'westbrook-review.json']));
    expect(sets.length).toBe(conferenceFiles.length * 2);
  });
});

describe('headings in the minute and the restricted annex', () => {
  it('never skip a level, and no bold paragraph stands in for a heading', () => {
    let checked = 0;
    for (const set of sets)
      for (const v of minutesAndAnnexes(set)) {
        const levels = headings(v).map((h) => h.level);
        expect(levels[0], `${set.name} ${v.fileName}`).toBe(1);
        levels.forEach((level, i) => {
          if (i > 0) expect(level, `${set.name} ${v.fileName}: heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
        });
        // A bold paragraph that is a label rather than a sentence ("Harm", "Referrals") is a heading in disguise.
        const disguised = v.blocks.filter(
          (b) => b.kind === 'paragraph' && b.emphasis === 'strong' && !/[.!?]$/.test(b.text),
        );
        expect(disguised, `${set.name} ${v.fileName}`).toEqual([]);
        checked++;
      }
    expect(checked).toBeGreaterThan(10);
  });

  it('make the parts of a section real headings, at the level below the part they are in', () => {
    const minute = get(sets.find((s) => s.name === 'scotland-initial.json (final)')!.views, 'minute.docx');
    const levelOf = (text: string) =>
      headings(minute)
        .filter((h) => h.text === text)
        .map((h) => h.level);
    for (const text of ['Harm', 'Danger statements', 'Strengths', 'Safety goals']) expect(levelOf(text)).toEqual([4]);
    // One for each child, under the child's own heading (level 3).
    for (const text of ['Each agency’s view', 'The family’s views on the decision', 'Dissent'])
      expect(levelOf(text)).toEqual([4, 4]);
    // Directly under a section (level 2).
    for (const text of ['Back to conference early if', 'Referrals', 'Assessments commissioned'])
      expect(levelOf(text)).toEqual([3]);
    expect(minute.blocks.some((b) => b.kind === 'paragraph' && b.text === 'Harm')).toBe(false);
  });

  it('lay level 4 out in Word’s Heading 4 style, bold at the body’s size', async () => {
    const minute = get(sets.find((s) => s.name === 'westbrook-review.json (final)')!.views, 'minute.docx');
    const parts = await docxParts(await Packer.toBuffer(renderDocument(minute)));
    expect(parts.get('word/document.xml')).toMatch(
      /<w:pStyle w:val="Heading4"\/><\/w:pPr><w:r><w:t xml:space="preserve">Harm<\/w:t>/,
    );
    const style = /<w:style [^>]*w:styleId="Heading4"[^>]*>.*?<\/w:style>/s.exec(
      parts.get('word/styles.xml') ?? '',
    )?.[0];
    expect(style).toContain('<w:b/>');
    expect(style).toContain('<w:sz w:val="24"/>');
  });
});

describe('information from each invited agency', () => {
  const glenmor = fixture('scotland-initial.json');
  const agencyParts = (v: DistributedView) =>
    headings(v)
      .filter((h, i, all) => h.level === 3 && all.slice(0, i).some((x) => x.text === 'Information from agencies'))
      .filter(
        (h) => v.blocks.indexOf(h) < v.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'The family’s views'),
      )
      .map((h) => h.text);

  it('gives every agency invited a part of its own, with what it said, or that it said nothing', () => {
    const minute = get(views(glenmor, false), 'minute.docx');
    expect(agencyParts(minute)).toEqual([
      'Children’s social care – Fiona Baird',
      'Police – DC Euan Grant',
      'Health visiting – Kirsty Munro',
      'School – Raj Patel',
      'Domestic abuse service – Eilidh Fraser',
      // Sent apologies and a report: invited all the same.
      'Adult substance misuse service – Neil Cameron',
    ]);
    expect(partText(minute, 'School – Raj Patel')).toContain("Callum's attendance is 91%");
    expect(partText(minute, 'Police – DC Euan Grant')).toBe(
      'No information from Police was recorded. Their written report is listed under Reports.',
    );
    expect(partText(minute, 'Domestic abuse service – Eilidh Fraser')).toBe(
      'No information from Domestic abuse service was recorded.',
    );
  });

  it('asks for what an agency shared while the minute is a draft', () => {
    const minute = get(views(glenmor, true), 'minute.docx');
    expect(partText(minute, 'Health visiting – Kirsty Munro')).toBe(
      'Nothing recorded yet from Health visiting: add what they shared. Their written report is listed under Reports.',
    );
    // A family member's draft copy is told there is nothing yet, without the minute-taker's prompt.
    const shona = get(views(glenmor, true), 'minutes-shona-kerr.docx');
    expect(partText(shona, 'Health visiting – Kirsty Munro')).toBe(
      'Nothing recorded yet from Health visiting. Their written report is listed under Reports.',
    );
  });

  it('leaves out of a family member’s copy what an agency said that is not for them, and says so', () => {
    const SCHOOL = "Callum's attendance is 91%";
    const kept = amend(glenmor, (c: ConferenceInput) => {
      c.captures = { ...c.captures, 'note:note-school': { audience: { level: 'professionals', withheldFrom: [] } } };
    });
    const set = views(kept, false);
    expect(partText(get(set, 'minute.docx'), 'School – Raj Patel')).toContain(SCHOOL);
    for (const name of ['minutes-shona-kerr.docx', 'minutes-gary-kerr.docx']) {
      const copy = get(set, name);
      expect(partText(copy, 'School – Raj Patel'), name).toBe('None in your copy.');
      expect(documentStrings(copy).join('\n'), name).not.toContain(SCHOOL);
    }
    // Without the audience, Gary (in the room at 10:35) has it.
    expect(partText(get(views(glenmor, false), 'minutes-gary-kerr.docx'), 'School – Raj Patel')).toContain(SCHOOL);
  });

  it('gives each of two people from the same kind of agency a part, in the review too', () => {
    const minute = get(views(fixture('westbrook-review.json'), false), 'minute.docx');
    expect(agencyParts(minute)).toEqual(
      expect.arrayContaining(['School – Tom Haddad', 'School – Nadia Kowalski', 'Police – PC Laura Finch']),
    );
    expect(partText(minute, 'School – Nadia Kowalski')).toContain("Mia's attendance is 88%");
  });
});

const SHORT_DATE =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/;

describe('dates', () => {
  it('are written in full throughout the minute, the annex and the decision letter', () => {
    let checked = 0;
    for (const set of sets)
      for (const v of set.views.filter((x) => ['minute', 'restricted-annex', 'decision-letter'].includes(x.kind))) {
        const found = documentStrings(v).find((s) => SHORT_DATE.test(s));
        expect(found, `${set.name} ${v.fileName}`).toBeUndefined();
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
    // The short form is what the check looks for, and the long one what the minute has.
    const glenmor = fixture('scotland-initial.json');
    expect(SHORT_DATE.test(formatDate(glenmor.details.date))).toBe(true);
    const minute = documentStrings(get(views(glenmor, false), 'minute.docx')).join('\n');
    expect(minute).toContain(formatDateLong(glenmor.details.date));
    // Tables and deadlines too, the notes the app writes about them among them.
    expect(minute).toContain('By Friday 30 July 2027');
    expect(minute).toContain('Monday 2 August 2027 is a bank holiday');
  });
});

describe('what the minute says once', () => {
  it('never prints a speaker’s name twice, nor “::”', () => {
    const names = (v: DistributedView) => v.recipients.map((p) => p.name);
    for (const set of sets)
      for (const v of minutesAndAnnexes(set)) {
        const everyone = [...new Set([...names(v), ...set.views.flatMap(names)])].filter(Boolean);
        for (const b of v.blocks) {
          const line = said(b);
          expect(line, `${set.name} ${v.fileName}`).not.toContain('::');
          for (const name of everyone)
            expect(line, `${set.name} ${v.fileName}`).not.toMatch(new RegExp(`${name}[^:]*: ${name}\\b`));
        }
      }
  });

  it('drops a name typed at the start of a note, and keeps one that starts a sentence as its subject', () => {
    const glenmor = fixture('scotland-initial.json');
    const minute = get(views(glenmor, false), 'minute.docx');
    const school = part(minute, 'School – Raj Patel').map(said);
    expect(school).toEqual([
      "10:35: Callum's attendance is 91%. He has been quieter in class since January and told his teacher he worries about his mum.",
    ]);
    const review = documentStrings(get(views(fixture('westbrook-review.json'), false), 'minute.docx')).join('\n');
    expect(review).toContain(
      "Grace Okafor (Independent advocate for Jayden, Westbrook Children's Advocacy Service) read Jayden's views;",
    );
    // Typed with the name, a colon too many, and said by the chair by name.
    const typed = amend(glenmor, (c: ConferenceInput) => {
      c.notes!.find((n) => n.id === 'note-school')!.text = 'Raj Patel:: Callum is settled.';
      c.notes!.push({
        id: 'note-chair',
        itemKey: 'agency-information',
        text: 'Alasdair Reid: thanked everyone for their reports.',
        speaker: 'chair',
        createdAt: '2027-02-02T10:36:00.000Z',
      });
    });
    const again = get(views(typed, false), 'minute.docx');
    expect(part(again, 'School – Raj Patel').map(said)).toEqual(['10:35: Callum is settled.']);
    const lines = again.blocks.map(said);
    expect(lines).toContain('10:36 Alasdair Reid (Chair): thanked everyone for their reports.');
    expect(lines.join('\n')).not.toContain('::');
  });

  it('prints each action of a review once, with its progress', () => {
    for (const conference of [fixture('westbrook-review.json'), westbrookForDocuments()])
      for (const draft of [true, false]) {
        const minute = get(views(conference, draft), 'minute.docx');
        const cells = tables(minute).flatMap((t) => t.rows.flat());
        for (const action of conference.plan.actions) {
          const holding = cells.filter((c) => c.includes(action.what));
          expect(holding, action.what).toHaveLength(1);
        }
        // Every action of the last plan is in a table with a Progress column, once.
        const withProgress = tables(minute).filter((t) => t.columns.some((c) => c.title === 'Progress'));
        const reported = conference.plan.actions.filter((a) => a.progress);
        for (const action of reported)
          expect(withProgress.flatMap((t) => t.rows).filter((r) => r.some((c) => c.includes(action.what))).length).toBe(
            1,
          );
      }
    // The finished action is reported under the progress on the plan; those that carry on are pointed to the plan.
    const minute = get(views(westbrookForDocuments(), false), 'minute.docx');
    expect(partWords(minute, 'Progress on the plan')).toContain(
      'Go to all 8 sessions of the Westbrook parenting course.',
    );
    expect(partText(minute, 'Progress on the plan')).toContain(
      '5 actions from the last plan carry on into the new plan: see The plan, where each is listed with how it has gone.',
    );
  });

  it('puts what is not recorded about one record on one line', () => {
    const harlow = fixture('harlow-initial.json');
    for (const draft of [true, false]) {
      const minute = get(views(harlow, draft), 'minute.docx');
      for (const b of minute.blocks)
        if (b.kind === 'facts')
          expect(b.facts.filter((f) => f.value === 'Not recorded').length, JSON.stringify(b.facts)).toBeLessThan(2);
      const lines = documentStrings(minute).join('\n');
      expect(lines).toContain(draft ? 'Not recorded yet' : 'Not recorded');
      // The children's missing details, by name, in the order they would have been printed.
      const grouped = minute.blocks.flatMap((b) => (b.kind === 'facts' ? b.facts : []));
      expect(grouped).toContainEqual({
        label: draft ? 'Not recorded yet' : 'Not recorded',
        value: expect.stringMatching(/^gender, ethnicity, /),
      });
    }
  });
});

/**
 * The longest word of each column must fit its width. Arial's letters average about half the type size; 0.6 of the
 * size a character is taken as enough for capitals and bold, plus the cell's padding (100 twips each side) on a text
 * width of 9638 twips (A4 less 2 cm margins). A line can break after a hyphen, so a hyphen ends a word.
 */
const TEXT_WIDTH = 9638;
const CELL_PADDING = 200;
const needs = (word: string, points: number) => word.length * 0.6 * points * 20 + CELL_PADDING;
const words = (text: string) => text.split(/\s+/).flatMap((w) => w.split(/(?<=-)(?=.)/));

describe('table columns', () => {
  it('are wide enough for the longest word of their heading and content, in every minute and annex', () => {
    let columns = 0;
    for (const set of sets)
      for (const v of minutesAndAnnexes(set)) {
        const points = v.audience === 'family' ? 14 : 12;
        for (const t of tables(v)) {
          const total = t.columns.reduce((sum, c) => sum + c.width, 0);
          t.columns.forEach((c, i) => {
            const longest = [c.title, ...t.rows.map((r) => r[i] ?? '')]
              .flatMap(words)
              .reduce((a, w) => (w.length > a.length ? w : a), '');
            const width = (c.width / total) * TEXT_WIDTH;
            expect(needs(longest, points), `${set.name} ${v.fileName} “${c.title}”: “${longest}”`).toBeLessThanOrEqual(
              width,
            );
            columns++;
          });
        }
      }
    expect(columns).toBeGreaterThan(100);
  });

  it('widen, in the written document, a column whose word is longer than usual', async () => {
    const [view] = views(fixture('scotland-initial.json'), false);
    const long = 'Featherstonehaugh-Cholmondeley-Marjoribanks';
    const table: Block = {
      kind: 'table',
      columns: [
        { title: 'Name', width: 10 },
        { title: 'Notes', width: 90 },
      ],
      rows: [['Featherstonehaughs', `Known to ${long}`]],
    };
    const xml = (await docxParts(await Packer.toBuffer(renderDocument({ ...view!, blocks: [table] })))).get(
      'word/document.xml',
    )!;
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(grid[0]).toBeGreaterThanOrEqual(needs('Featherstonehaughs', 12));
    // The other column gave up the room and still holds its own longest word.
    expect(grid[1]).toBeGreaterThanOrEqual(needs('Featherstonehaugh-', 12));
    expect(grid[0]).toBeGreaterThan(0.1 * TEXT_WIDTH);
  });
});

describe('the decision letter', () => {
  const RULE =
    /\((?:England|Wales|Scotland|Northern Ireland), (?:statutory|local)\)|working days? after the conference/;

  it('gives families the date a thing is due, not the rule behind it, which the professional minute keeps', () => {
    let letters = 0;
    for (const set of sets) {
      for (const v of set.views.filter((x) => x.kind === 'decision-letter')) {
        expect(
          documentStrings(v).find((s) => RULE.test(s)),
          `${set.name} ${v.fileName}`,
        ).toBeUndefined();
        letters++;
      }
      expect(
        documentStrings(get(set.views, 'minute.docx')).some((s) => RULE.test(s)),
        set.name,
      ).toBe(true);
    }
    expect(letters).toBeGreaterThanOrEqual(sets.length);
    const letter = documentStrings(get(views(fixture('scotland-initial.json'), false), 'decision-letter.docx'));
    expect(letter).toContain('Thursday 4 February 2027');
  });
});

describe('the written Word files', () => {
  const written = Promise.all(
    ['scotland-initial.json', 'westbrook-review.json'].flatMap((file) =>
      views(fixture(file), false).map(async (v) => ({
        name: `${file} ${v.fileName}`,
        view: v,
        parts: await docxParts(await Packer.toBuffer(renderDocument(v))),
      })),
    ),
  );

  it('set header and footer text, the protective marking among it, at 12 pt in every document', async () => {
    const all = await written;
    expect([...new Set(all.map((d) => d.view.kind))]).toEqual(
      expect.arrayContaining(['minute', 'restricted-annex', 'decision-letter', 'family-plan']),
    );
    for (const { name, view, parts } of all) {
      expect(parts.get('word/header1.xml'), name).toContain(view.header[0]);
      for (const part of ['word/header1.xml', 'word/footer1.xml']) {
        const xml = parts.get(part) ?? '';
        const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]);
        expect(sizes.length, `${name} ${part}`).toBeGreaterThan(0);
        expect(new Set(sizes), `${name} ${part}`).toEqual(new Set(['24']));
      }
    }
  });

  it('give the language, English (UK), in the document properties', async () => {
    for (const { name, parts } of await written)
      expect(parts.get('docProps/core.xml'), name).toContain('<dc:language>en-GB</dc:language>');
  });

  it('have no empty paragraph after a table, and space before what follows one', async () => {
    let tablesSeen = 0;
    for (const { name, parts } of await written) {
      const xml = parts.get('word/document.xml') ?? '';
      const after = [...xml.matchAll(/<\/w:tbl>(<w:p\/>|<w:p>.*?<\/w:p>|<w:sectPr)/g)].map((m) => m[1]!);
      tablesSeen += after.length;
      for (const next of after) {
        expect(next, name).not.toBe('<w:p/>');
        // A paragraph with no run has no text.
        if (next.startsWith('<w:p>')) {
          expect(next, name).toContain('<w:r>');
          expect(next, name).toMatch(/w:pStyle w:val="Heading\d"|<w:spacing w:before="160"/);
        }
      }
    }
    expect(tablesSeen).toBeGreaterThan(30);
  });

  it('keep the restricted annex’s list of who receives it whole on its last page, with no closing line after it', async () => {
    const annexes = (await written).filter((d) => d.view.kind === 'restricted-annex');
    expect(annexes.length).toBeGreaterThanOrEqual(2);
    for (const { name, view, parts } of annexes) {
      expect(view.blocks.at(-1)?.kind, name).toBe('table');
      const xml = parts.get('word/document.xml') ?? '';
      const last = xml.slice(xml.lastIndexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>'));
      const rows = last.split('<w:tr>').slice(1);
      expect(rows.length, name).toBeGreaterThanOrEqual(3);
      // Every row but the last is kept with the next, so no row is left alone on a page of its own.
      rows.forEach((row, i) => expect(row.includes('<w:keepNext/>'), `${name} row ${i}`).toBe(i < rows.length - 1));
      // Nothing follows it but the section's properties.
      expect(xml.slice(xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length)).toMatch(/^<w:sectPr/);
    }
  });
});
