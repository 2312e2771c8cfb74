import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageNumber,
  Paragraph,
  TabStopType,
  type FileChild,
  type IStylesOptions,
} from 'docx';
import { PlainParagraph, PlainTable, type PlainTableLook } from './plain-xml';
import { fieldRun, sanitiseLine, wordRuns, type RunStyle } from './sanitise';
import type { Audience, Block, DocumentView, TableColumn } from './types';

/**
 * The docx step: a document view model laid out as Word. Layout only; every word comes from the view model, and all
 * text goes through the sanitiser (wordRuns, fieldRun, sanitiseLine).
 *
 * Accessibility, as Word's checker and screen readers expect: real Heading 1–3 styles, tables with a header row that
 * repeats on every page, the title and author in the document properties, the language set to English (UK), body text
 * at 12 pt or more (14 pt sans-serif for the family), page numbers in the footer, and no meaning carried by colour.
 */

const FONT = 'Arial';
const LANGUAGE = { value: 'en-GB' };

// A4 with 2 cm margins: the width tables share out.
const PAGE = { width: 11906, height: 16838, margin: 1134, top: 1814, header: 567 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

type Look = { body: number; h1: number; h2: number; h3: number; small: number };
const LOOKS: Record<Audience, Look> = {
  professional: { body: 12, h1: 18, h2: 15, h3: 13, small: 10 },
  family: { body: 14, h1: 22, h2: 18, h3: 16, small: 12 },
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
      // Not used by the builders, but a reader who edits the document in Word gets black headings there too.
      heading4: heading(look.body, 240),
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

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
    4: HeadingLevel.HEADING_4,
  } as const;
  // A heading is a paragraph in Word's heading style, which is all docx writes for `heading:` too.
  return new PlainParagraph(wordRuns(text), levels[level]);
}

function factParagraph(label: string, value: string, indent: boolean): Paragraph {
  return new PlainParagraph(
    [...wordRuns(`${label}: `, { bold: true }), ...wordRuns(value)],
    indent ? FACT_INDENTED : FACT,
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

/** A table of text, its header row repeating on each page. */
export function wordTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): PlainTable {
  const cell = (text: string, header: boolean) =>
    new PlainParagraph(wordRuns(text, header ? { bold: true } : {}), TABLE_TEXT);
  return new PlainTable(
    columnTwips(columns),
    [
      { header: true, cantSplit: true, cells: columns.map((c) => cell(c.title, true)) },
      ...rows.map((row) => ({
        header: false,
        // A long row may break across pages rather than leave a page half empty.
        cantSplit: row.join('').length < 1500,
        cells: columns.map((_, i) => cell(row[i] ?? '', false)),
      })),
    ],
    TABLE_LOOK,
  );
}

function blockToWord(block: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block.level, block.text)];
    case 'paragraph': {
      const style: RunStyle =
        block.emphasis === 'strong' ? { bold: true } : block.emphasis === 'quiet' ? { italics: true } : {};
      const children = [...(block.lead ? wordRuns(block.lead, { bold: true }) : []), ...wordRuns(block.text, style)];
      // A strong paragraph introduces what follows, so it is kept with it.
      return [block.emphasis === 'strong' ? new Paragraph({ keepNext: true, children }) : new PlainParagraph(children)];
    }
    case 'banner':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          border: { top: thin, bottom: thin, left: thin, right: thin },
          spacing: { before: 120, after: 240, ...LINE },
          children: wordRuns(block.text, { bold: true }),
        }),
      ];
    case 'facts':
      return block.facts.map((f) => factParagraph(f.label, f.value, block.indent ?? false));
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 80, ...LINE }, children: wordRuns(item) }),
      );
    case 'numbered':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 160, after: 60, ...LINE },
          indent: { left: 567, hanging: 567 },
          tabStops: [{ type: TabStopType.LEFT, position: 567 }],
          children: wordRuns(`${block.number}.\t${block.text}`, { bold: true }),
        }),
        ...block.facts.map((f) => factParagraph(f.label, f.value, true)),
      ];
    case 'table':
      // An empty paragraph after a table keeps the next heading from sticking to it in Word.
      return [wordTable(block.columns, block.rows), new PlainParagraph([], TABLE_TEXT)];
    case 'signature':
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            spacing: { before: i === 0 ? 120 : 360, ...LINE },
            keepNext: i < block.lines.length - 1,
            children: wordRuns(i === 0 ? line : `${line}: ______________________________`),
          }),
      );
  }
}

function header(view: DocumentView, look: Look): Header {
  const lines = view.header.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 0, ...LINE },
        children: wordRuns(sanitiseLine(line), { bold: i === 0, size: halfPoints(look.small) }),
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

function footer(view: DocumentView, look: Look): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          fieldRun([`${view.footer} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], {
            size: halfPoints(look.small),
          }),
        ],
      }),
    ],
  });
}

/** The Word document for a view model. */
export function renderDocument(view: DocumentView): Document {
  const look = LOOKS[view.audience];
  return new Document({
    title: sanitiseLine(view.title),
    subject: sanitiseLine(view.subject),
    creator: sanitiseLine(view.author) || 'Conference Chair',
    lastModifiedBy: sanitiseLine(view.author) || 'Conference Chair',
    description: sanitiseLine(view.subject),
    styles: styles(look),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              // Room for up to three header lines (marking, organisation, draft) above the text.
              top: PAGE.top,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.header,
              footer: 567,
            },
          },
        },
        headers: { default: header(view, look) },
        footers: { default: footer(view, look) },
        children: view.blocks.flatMap(blockToWord),
      },
    ],
  });
}
