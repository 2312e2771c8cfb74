import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlainParagraph, type RunStyle } from '@shared/documents/plain-xml';
import { columnTwips, wordTable } from '@shared/documents/render';
import { plainRuns, sanitiseForWord, wordRuns } from '@shared/documents/sanitise';
import type { TableColumn } from '@shared/documents/types';
import { docxParts } from './read-back';

// The reference: what the builders wrote before they made plain runs themselves, docx's TextRun, one per line.
function docxRuns(text: string, style: RunStyle): TextRun[] {
  return sanitiseForWord(text)
    .split('\n')
    .map((line, index) => {
      const children: (string | Tab)[] = [];
      line.split('\t').forEach((part, partIndex) => {
        if (partIndex > 0) children.push(new Tab());
        if (part) children.push(part);
      });
      return new TextRun({ ...style, ...(index > 0 ? { break: 1 } : {}), children });
    });
}

async function bodyOf(paragraphs: FileChild[]): Promise<string> {
  const parts = await docxParts(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
  const body = parts.get('word/document.xml') ?? '';
  return body.slice(body.indexOf('<w:body>'), body.indexOf('<w:sectPr'));
}

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('\n', '\t', '\r\n', '', ' ', '<&>"\'', '\uFFFF', '\uD800', '😀', 'مريم'),
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const style = fc.record(
  { bold: fc.boolean(), italics: fc.boolean(), size: fc.integer({ min: 16, max: 48 }) },
  { requiredKeys: [] },
);
const paragraphStyle = fc.option(fc.constantFrom('TableText', 'Fact', 'FactIndented'), { nil: undefined });
// Each case is a paragraph of up to three pieces of text, each with its own formatting.
const cases = fc.sample(fc.tuple(fc.array(fc.tuple(text, style), { maxLength: 3 }), paragraphStyle), {
  numRuns: 300,
  seed: 5,
});
cases.push([[], undefined], [[], 'TableText'], [[['', {}]], undefined], [[['\n', { bold: true }]], 'Fact']);
cases.push([[['a\n\nb\tc', { bold: false, size: 20 }]], undefined], [[['\t', { italics: true }]], 'FactIndented']);

describe('plain runs and paragraphs', () => {
  it('write exactly the XML docx writes, for any text and every formatting the builders use', async () => {
    const ours = await bodyOf(
      cases.map(
        ([pieces, name]) =>
          new PlainParagraph(
            pieces.flatMap(([t, s]) => plainRuns(t, s)),
            name,
          ),
      ),
    );
    const theirs = await bodyOf(
      cases.map(
        ([pieces, name]) =>
          new Paragraph({ ...(name ? { style: name } : {}), children: pieces.flatMap(([t, s]) => docxRuns(t, s)) }),
      ),
    );
    expect(ours).toBe(theirs);
    // The sample reaches every shape: bold and not, italics, sizes, breaks, tabs, empty paragraphs and styles.
    for (const shape of ['<w:b/><w:bCs/>', '<w:i w:val="false"/>', '<w:br/>', '<w:tab/>', '<w:p/>', 'w:val="Fact"'])
      expect(ours).toContain(shape);
    expect(ours).toMatch(/<w:sz w:val="\d+"\/><w:szCs w:val="\d+"\/>/);
  });

  it('write in a paragraph docx makes exactly the runs docx writes, as the builders use them (lists, steps)', async () => {
    const ours = await bodyOf(
      cases.map(([pieces]) => new Paragraph({ keepNext: true, children: pieces.flatMap(([t, s]) => wordRuns(t, s)) })),
    );
    const theirs = await bodyOf(
      cases.map(([pieces]) => new Paragraph({ keepNext: true, children: pieces.flatMap(([t, s]) => docxRuns(t, s)) })),
    );
    expect(ours).toBe(theirs);
    expect(ours).toContain('<w:keepNext/></w:pPr><w:r>');
  });

  it('write a heading as docx writes one made with `heading:`', async () => {
    for (const level of [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3]) {
      const ours = await bodyOf([new PlainParagraph(plainRuns('Mia'), level)]);
      const theirs = await bodyOf([new Paragraph({ heading: level, children: docxRuns('Mia', {}) })]);
      expect(ours).toBe(theirs);
      expect(ours).toContain(`<w:pStyle w:val="${level}"/>`);
    }
  });
});

describe('plain paragraphs kept with the next, or with space above', () => {
  it('write what docx writes for the same style, keep with next and space before', async () => {
    const shapes = [
      { style: undefined, keepNext: true, before: undefined },
      { style: 'TableText', keepNext: true, before: undefined },
      { style: 'Fact', keepNext: false, before: 160 },
      { style: undefined, keepNext: true, before: 160 },
    ];
    const ours = await bodyOf(
      shapes.map(
        (s) =>
          new PlainParagraph(plainRuns('Mia'), s.style, {
            ...(s.keepNext ? { keepNext: true } : {}),
            ...(s.before ? { before: s.before } : {}),
          }),
      ),
    );
    const theirs = await bodyOf(
      shapes.map(
        (s) =>
          new Paragraph({
            ...(s.style ? { style: s.style } : {}),
            ...(s.keepNext ? { keepNext: true } : {}),
            ...(s.before ? { spacing: { before: s.before } } : {}),
            children: docxRuns('Mia', {}),
          }),
      ),
    );
    expect(ours).toBe(theirs);
    expect(ours).toContain('<w:pStyle w:val="TableText"/><w:keepNext/>');
    expect(ours).toContain('<w:spacing w:before="160"/>');
  });
});

describe('plain tables', () => {
  // The reference: the table the builders made with docx's own classes, with the same look.
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  function docxTable(columns: TableColumn[], rows: string[][]): Table {
    const twips = columnTwips(columns);
    const cell = (text: string, header: boolean) =>
      new TableCell({
        ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } } : {}),
        children: [new Paragraph({ style: 'TableText', children: docxRuns(text, header ? { bold: true } : {}) })],
      });
    return new Table({
      width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: twips,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.title, true)) }),
        ...rows.map(
          (row) =>
            new TableRow({
              cantSplit: row.join('').length < 1500,
              children: columns.map((_, i) => cell(row[i] ?? '', false)),
            }),
        ),
      ],
    });
  }

  it('write exactly the XML docx writes for the same table, header row, widths and long rows', async () => {
    const column = fc.record({ title: text, width: fc.integer({ min: 1, max: 7 }) });
    const cellText = fc.oneof(text, fc.constant('x'.repeat(1600)));
    const tables = fc.sample(
      fc
        .array(column, { minLength: 1, maxLength: 6 })
        .chain((columns) =>
          fc.tuple(
            fc.constant(columns),
            fc.array(fc.array(cellText, { minLength: columns.length, maxLength: columns.length }), { maxLength: 4 }),
          ),
        ),
      { numRuns: 60, seed: 9 },
    );
    // A paragraph between tables, or Word would join them into one.
    const separate = (table: FileChild) => [table, new Paragraph({})];
    const ours = await bodyOf(tables.flatMap(([columns, rows]) => separate(wordTable(columns, rows))));
    const theirs = await bodyOf(tables.flatMap(([columns, rows]) => separate(docxTable(columns, rows))));
    // Table by table, so that a difference is shown where it is.
    expect(ours.split('</w:tbl>')).toEqual(theirs.split('</w:tbl>'));
    for (const shape of ['<w:tblHeader/>', '<w:cantSplit/>', '<w:cantSplit w:val="off"/>', 'w:fill="E8E8E8"'])
      expect(ours).toContain(shape);
  });

  it('share the text width out in proportion, to the twip', () => {
    const twips = columnTwips([
      { title: 'a', width: 1 },
      { title: 'b', width: 1 },
      { title: 'c', width: 1 },
    ]);
    expect(twips.reduce((a, b) => a + b, 0)).toBe(9638);
    expect(twips).toEqual([3213, 3213, 3212]);
  });
});
