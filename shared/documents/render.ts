import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  StringContainer,
  TabStopType,
  type FileChild,
  type IStylesOptions,
} from 'docx';
import { PlainParagraph, PlainTable, type PlainTableLook } from './plain-xml';
import { fieldRun, plainRuns, sanitiseLine, wordRuns, type RunStyle } from './sanitise';
import type { Audience, Block, DocumentView, TableColumn } from './types';

/**
 * The docx step: a document view model laid out as Word. Layout only; every word comes from the view model, and all
 * text goes through the sanitiser (plainRuns, wordRuns, fieldRun, sanitiseLine).
 *
 * Accessibility, as Word's checker and screen readers expect: real Heading 1–4 styles, tables with a header row that
 * repeats on every page, the title, author and language (English, UK) in the document properties, the language set on
 * the text too, body text at 12 pt or more (14 pt sans-serif for the family), header and footer at 12 pt, page numbers
 * in the footer, and no meaning carried by colour.
 */

const FONT = 'Arial';
const LANGUAGE = { value: 'en-GB' };
/** Header and footer lines, the protective marking among them, at the smallest size any text of ours is (issue 12). */
const MARGIN_TEXT = 12;

// A4 with 2 cm margins: the width tables share out.
const PAGE = { width: 11906, height: 16838, margin: 1134, top: 2041, header: 567 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

type Look = { body: number; h1: number; h2: number; h3: number };
const LOOKS: Record<Audience, Look> = {
  professional: { body: 12, h1: 18, h2: 15, h3: 13 },
  family: { body: 14, h1: 22, h2: 18, h3: 16 },
};

const halfPoints = (points: number) => points * 2;

/**
 * The line height, with its rule, on every paragraph and style that sets its own spacing: a spacing without a line
 * height of its own is left to each reader to work out, and LibreOffice has been seen to set a wrapped heading's
 * lines on top of each other (issue 11). 1.15 lines, the document's default.
 */
const LINE = { line: 276, lineRule: LineRuleType.AUTO } as const;

function styles(look: Look): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size: halfPoints(size), bold: true, color: '000000', language: LANGUAGE },
    paragraph: { spacing: { before, after: 120, ...LINE }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: halfPoints(look.body), language: LANGUAGE },
        // The rule is written out: LibreOffice reads a line height without one as exact, and a heading's second line
        // then overprints its first.
        paragraph: { spacing: { after: 120, ...LINE } },
      },
      title: heading(look.h1, 0),
      heading1: heading(look.h1, 0),
      heading2: heading(look.h2, 360),
      heading3: heading(look.h3, 240),
      // A part within a section of the minute ("Harm", "Dissent"): bold at the body's size, set apart by the space above.
      heading4: heading(look.body, 240),
      // Not used by the builders, but a reader who edits the document in Word gets black headings there too.
      heading5: heading(look.body, 240),
      heading6: heading(look.body, 240),
      caption: { run: { font: FONT, size: halfPoints(look.body), bold: true, color: '000000' } },
      listParagraph: { run: { font: FONT, size: halfPoints(look.body) } },
    },
    // Spacing that many paragraphs share lives in a style rather than in each paragraph: the document is smaller and
    // quicker to write, and a reader who edits it in Word can change them all at once.
    paragraphStyles: [
      { id: TABLE_TEXT, name: 'Table text', basedOn: 'Normal', paragraph: { spacing: { after: 0, ...LINE } } },
      { id: FACT, name: 'Fact', basedOn: 'Normal', paragraph: { spacing: { after: 60, ...LINE } } },
      { id: FACT_INDENTED, name: 'Fact indented', basedOn: FACT, paragraph: { indent: { left: 567 } } },
    ],
  };
}

const TABLE_TEXT = 'TableText';
const FACT = 'Fact';
const FACT_INDENTED = 'FactIndented';
/**
 * Space between a table and what follows it, in twips, given to the paragraph after it: an empty paragraph after
 * each table did this before, and was an empty line for a screen reader and, at a page's foot, a page of its own.
 */
const BELOW_TABLE = 160;

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function heading(level: 1 | 2 | 3 | 4, text: string, newPage = false): FileChild {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
    4: HeadingLevel.HEADING_4,
  } as const;
  // A part that starts a page (the family plan's detail, after its first page) asks for the break itself.
  if (newPage) return new Paragraph({ heading: levels[level], pageBreakBefore: true, children: wordRuns(text) });
  // A heading is a paragraph in Word's heading style, which is all docx writes for `heading:` too.
  return new PlainParagraph(plainRuns(text), levels[level]);
}

function factParagraph(label: string, value: string, indent: boolean, before?: number): FileChild {
  return new PlainParagraph(
    [...plainRuns(`${label}: `, { bold: true }), ...plainRuns(value)],
    indent ? FACT_INDENTED : FACT,
    before ? { before } : {},
  );
}

const TABLE_LOOK: PlainTableLook = {
  width: CONTENT_WIDTH,
  border: thin,
  cellMargins: { top: 60, left: 100, bottom: 60, right: 100 },
  // The header row is bold and repeats on each page; the grey fill only helps the eye.
  headerFill: 'E8E8E8',
};

/** Column widths in twips, in proportion, adding up to the text width (the last column takes the rounding). */
export function columnTwips(columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const twips = columns.map((c) => Math.round((c.width / total) * CONTENT_WIDTH));
  const last = twips.length - 1;
  if (last >= 0) twips[last] = twips[last]! + CONTENT_WIDTH - twips.reduce((sum, t) => sum + t, 0);
  return twips;
}

/**
 * The pieces of a cell's text a line cannot break inside: words, split after a hyphen as Word and LibreOffice break
 * a line there too ("minutes-", "kieran-", "ashdown.docx").
 */
function unbreakable(text: string): string[] {
  return text.split(/\s+/).flatMap((word) => word.split(/(?<=[-‐])(?=.)/));
}

/**
 * The width in per cent of the text width that a piece of text needs on one line at a font size: Arial's letters
 * average about half the type size, capitals and bold more, so 0.6 of the size a character is taken as enough, plus
 * the cell's padding.
 */
function percentFor(characters: number, points: number): number {
  const twips = characters * 0.6 * points * 20 + TABLE_LOOK.cellMargins.left + TABLE_LOOK.cellMargins.right;
  return (twips / CONTENT_WIDTH) * 100;
}

/**
 * The builders set each column's share for its heading and usual content. A word longer than usual (a double-barrelled
 * name, an e-mail address) would be broken across lines in a narrow column ("professiona l"), so a column whose
 * longest word does not fit is widened to fit it, taking the room from the columns with the most to spare. Where the
 * words of every column cannot all fit, the columns share the width in proportion to what they need.
 */
function fittedColumns(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  points: number,
): TableColumn[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const share = columns.map((c) => (c.width / total) * 100);
  const need = columns.map((c, i) => {
    const longest = [c.title, ...rows.map((r) => r[i] ?? '')]
      .flatMap(unbreakable)
      .reduce((most, word) => Math.max(most, word.length), 0);
    return percentFor(longest, points);
  });
  const short = need.reduce((sum, n, i) => sum + Math.max(0, n - share[i]!), 0);
  if (short === 0) return [...columns];
  const needed = need.reduce((sum, n) => sum + n, 0);
  // Not all can fit: share in proportion to need, though no column drops below half its own share (a 50,000-letter
  // word must not leave its neighbours a sliver).
  if (needed >= 100)
    return columns.map((c, i) => ({ ...c, width: Math.max((need[i]! / needed) * 100, share[i]! / 2) }));
  const spare = share.map((s, i) => Math.max(0, s - need[i]!));
  const spareTotal = spare.reduce((sum, x) => sum + x, 0);
  return columns.map((c, i) => ({
    ...c,
    width: need[i]! > share[i]! ? need[i]! : share[i]! - (spare[i]! / spareTotal) * short,
  }));
}

/**
 * A table or list this short is kept on one page, with what introduces it, rather than leave a row or two on the next
 * (a page of its own at the end of a document, as the restricted annex's list of who receives it was).
 */
const SHORT = { rows: 12, characters: 1200 };
const isShort = (rows: readonly (readonly string[])[]) =>
  rows.length <= SHORT.rows && rows.reduce((sum, row) => sum + row.join('').length, 0) <= SHORT.characters;

/**
 * A table of text, its header row repeating on each page. `keepTogether` keeps its rows on one page (each row kept
 * with the next, as Word's "Keep with next" on a whole table does); `keepEnd` keeps its last two rows together, so a
 * long table never leaves its last row alone on a page.
 */
export function wordTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: { keepTogether?: boolean; keepEnd?: boolean } = {},
): PlainTable {
  const cell = (text: string, header: boolean, keepNext: boolean) =>
    new PlainParagraph(plainRuns(text, header ? { bold: true } : {}), TABLE_TEXT, keepNext ? { keepNext } : {});
  const keep = (index: number) =>
    (options.keepTogether === true && index < rows.length - 1) ||
    (options.keepEnd === true && index === rows.length - 2);
  return new PlainTable(
    columnTwips(columns),
    [
      {
        header: true,
        cantSplit: true,
        cells: columns.map((c) => cell(c.title, true, options.keepTogether === true && rows.length > 0)),
      },
      ...rows.map((row, index) => ({
        header: false,
        // A long row may break across pages rather than leave a page half empty.
        cantSplit: row.join('').length < 1500,
        cells: columns.map((_, i) => cell(row[i] ?? '', false, keep(index))),
      })),
    ],
    TABLE_LOOK,
  );
}

/**
 * A table as the document lays it out: its words fitted to its columns, kept on one page when short, and otherwise
 * not ending with a row alone on a page.
 */
function tableToWord(block: Extract<Block, { kind: 'table' }>, look: Look): PlainTable {
  const short = isShort(block.rows);
  return wordTable(fittedColumns(block.columns, block.rows, look.body), block.rows, {
    keepTogether: short,
    keepEnd: !short,
  });
}

/**
 * A block in Word. `afterTable` gives its first paragraph the space below the table it follows; a heading has space
 * above it of its own.
 */
function blockToWord(block: Block, look: Look, afterTable: boolean, realNumbers: boolean): FileChild[] {
  const before = afterTable ? BELOW_TABLE : 0;
  switch (block.kind) {
    case 'heading':
      return [heading(block.level, block.text, block.newPage)];
    case 'paragraph': {
      const style: RunStyle =
        block.emphasis === 'strong' ? { bold: true } : block.emphasis === 'quiet' ? { italics: true } : {};
      const children = [...(block.lead ? plainRuns(block.lead, { bold: true }) : []), ...plainRuns(block.text, style)];
      // A strong paragraph introduces what follows, so it is kept with it.
      return [
        new PlainParagraph(children, undefined, {
          ...(block.emphasis === 'strong' ? { keepNext: true } : {}),
          ...(before ? { before } : {}),
        }),
      ];
    }
    case 'banner':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          border: { top: thin, bottom: thin, left: thin, right: thin },
          spacing: { before: Math.max(120, before), after: 240, ...LINE },
          children: wordRuns(block.text, { bold: true }),
        }),
      ];
    case 'facts':
      return block.facts.map((f, i) => factParagraph(f.label, f.value, block.indent ?? false, i === 0 ? before : 0));
    case 'list': {
      // A short list is kept on one page, with its heading: its last item alone on a page of its own (the decision
      // letter's list of who is sent it) reads as if the document had ended before it.
      const keep = isShort(block.items.map((item) => [item]));
      return block.items.map(
        (item, i) =>
          new Paragraph({
            bullet: { level: 0 },
            keepNext: keep && i < block.items.length - 1,
            spacing: { ...(i === 0 && before ? { before } : {}), after: 80, ...LINE },
            children: wordRuns(item),
          }),
      );
    }
    case 'numbered':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: Math.max(160, before), after: 60, ...LINE },
          // A real list where the numbers run 1, 2, 3 through the document, so Word, a screen reader and a converter
          // all know it is one; the number typed into the text only where they do not.
          ...(realNumbers
            ? { numbering: { reference: NUMBERED_STEPS, level: 0 } }
            : { indent: { left: 567, hanging: 567 }, tabStops: [{ type: TabStopType.LEFT, position: 567 }] }),
          children: wordRuns(realNumbers ? block.text : `${block.number}.\t${block.text}`, { bold: true }),
        }),
        ...block.facts.map((f) => factParagraph(f.label, f.value, true)),
      ];
    case 'table':
      // Two tables in a row would be joined into one by Word: only then does a paragraph, with nothing in it, part them.
      return afterTable ? [new PlainParagraph([], TABLE_TEXT), tableToWord(block, look)] : [tableToWord(block, look)];
    case 'signature':
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            spacing: { before: i === 0 ? Math.max(120, before) : 360, ...LINE },
            keepNext: i < block.lines.length - 1,
            children: wordRuns(i === 0 ? line : `${line}: ______________________________`),
          }),
      );
  }
}

/** The family plan's steps: one decimal list, "1." in bold, hanging so the words line up after the number. */
const NUMBERED_STEPS = 'numbered-steps';
function numberedSteps() {
  return {
    reference: NUMBERED_STEPS,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        alignment: AlignmentType.LEFT,
        style: { run: { bold: true }, paragraph: { indent: { left: 567, hanging: 567 } } },
      },
    ],
  };
}

function header(view: DocumentView): Header {
  const lines = view.header.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0, ...LINE },
        children: wordRuns(sanitiseLine(line), { bold: i === 0, size: halfPoints(MARGIN_TEXT) }),
      }),
  );
  const logo = view.logo
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: { after: 0 },
          children: [
            new ImageRun({
              type: view.logo.type,
              data: view.logo.data,
              transformation: { width: view.logo.widthPx, height: view.logo.heightPx },
              altText: {
                name: sanitiseLine(view.logo.altText),
                description: sanitiseLine(view.logo.altText),
                title: sanitiseLine(view.logo.altText),
              },
            }),
          ],
        }),
      ]
    : [];
  return new Header({ children: [...logo, ...lines] });
}

function footer(view: DocumentView): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          fieldRun([`${view.footer} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], {
            size: halfPoints(MARGIN_TEXT),
          }),
        ],
      }),
    ],
  });
}

/** The Word document for a view model. */
export function renderDocument(view: DocumentView): Document {
  const look = LOOKS[view.audience];
  const steps = view.blocks.filter((b) => b.kind === 'numbered');
  const realNumbers = steps.length > 0 && steps.every((b, i) => b.number === i + 1);
  const document = new Document({
    title: sanitiseLine(view.title),
    subject: sanitiseLine(view.subject),
    creator: sanitiseLine(view.author) || 'Conference Chair',
    lastModifiedBy: sanitiseLine(view.author) || 'Conference Chair',
    description: sanitiseLine(view.subject),
    styles: styles(look),
    ...(realNumbers ? { numbering: { config: [numberedSteps()] } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              // Room for up to four header lines at 12 pt (marking, organisation, whose copy, draft) above the text.
              top: PAGE.top,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.header,
              footer: 567,
            },
          },
        },
        headers: { default: header(view) },
        footers: { default: footer(view) },
        children: view.blocks.flatMap((block, i) =>
          blockToWord(block, look, view.blocks[i - 1]?.kind === 'table', realNumbers),
        ),
      },
    ],
  });
  // The document's language in its properties (dc:language), where Word's accessibility checker and a screen reader
  // look for it; docx has no option for it, so it is added to the core properties docx writes.
  document.CoreProperties.addChildElement(new StringContainer('dc:language', LANGUAGE.value));
  return document;
}
