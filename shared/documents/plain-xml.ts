import { FileChild, TextRun, type IContext, type IXmlableObject } from 'docx';

/**
 * Plain runs and paragraphs, written exactly as docx writes a TextRun or a Paragraph with the same text and formatting
 * (test/unit/documents/plain-xml.test.ts holds them equal), but each as one object.
 *
 * Why: docx builds every run and paragraph from a component per property, attribute and text node, then walks them all
 * to write the XML. A long minute has thousands of notes, and that machinery was most of the time an export took
 * (`npm run bench`, docx_over_floor). Only the simple shapes the builders use most are made here; anything richer
 * (lists, borders round a paragraph, fields, images) is left to docx's own classes.
 */

type Xmlable = IXmlableObject;
const EMPTY: Xmlable = Object.freeze({});
const PRESERVE = Object.freeze({ _attr: { 'xml:space': 'preserve' } });

/** The run formatting the document builders use. */
export type RunStyle = { bold?: boolean; italics?: boolean; size?: number };

const onOff = (name: string, on: boolean): Xmlable => ({ [name]: on ? EMPTY : { _attr: { 'w:val': false } } });
const measure = (name: string, halfPoints: number): Xmlable => ({ [name]: { _attr: { 'w:val': halfPoints } } });

/** The `w:rPr` children for a style, in the order docx writes them; shared by every run of one piece of text. */
export function runProperties(style: RunStyle): readonly Xmlable[] {
  const properties: Xmlable[] = [];
  if (style.bold !== undefined) properties.push(onOff('w:b', style.bold), onOff('w:bCs', style.bold));
  if (style.italics !== undefined) properties.push(onOff('w:i', style.italics), onOff('w:iCs', style.italics));
  if (style.size !== undefined) properties.push(measure('w:sz', style.size), measure('w:szCs', style.size));
  return properties;
}

/**
 * A run of text already made safe for Word, as the XML object docx would make of it: an optional line break first, then
 * the parts with a tab between each. Plain data, not a docx component: a long minute has thousands of runs and
 * paragraphs, and made as docx's `TextRun` and `Paragraph` (each builds a properties component, used here by no one),
 * 15,000 of each took 40 ms to make; as plain runs in a `FileChild`, 2.5 ms.
 */
export type PlainRun = Readonly<Xmlable>;

export function plainRun(properties: readonly Xmlable[], lineBreak: boolean, parts: readonly string[]): PlainRun {
  const content: Xmlable[] = properties.length ? [{ 'w:rPr': properties }] : [];
  if (lineBreak) content.push({ 'w:br': EMPTY });
  parts.forEach((part, index) => {
    if (index > 0) content.push({ 'w:tab': EMPTY });
    if (part) content.push({ 'w:t': [PRESERVE, part] });
  });
  return { 'w:r': content.length ? content : EMPTY };
}

/** A plain run where docx wants a `TextRun`: in a paragraph docx makes itself (a list item, a heading on a new page). */
export class PlainTextRun extends TextRun {
  constructor(private readonly run: PlainRun) {
    super({});
  }

  override prepForXml(): Xmlable {
    return this.run;
  }
}

/**
 * What a plain paragraph may set beside its style: kept on the same page as the next paragraph, and space above it in
 * twips (the rest of its spacing is its style's).
 */
export type PlainParagraphOptions = { keepNext?: boolean; before?: number };

/**
 * A paragraph of plain runs, in a named paragraph style or none. A `FileChild`, not a docx `Paragraph` (see PlainRun).
 * The one thing docx does only with its own paragraphs is end a section in one; the documents have one section each,
 * and a section ending in a plain paragraph would be ended by an empty paragraph docx adds, which is still right.
 */
export class PlainParagraph extends FileChild {
  private readonly runs: readonly PlainRun[];
  private readonly styleProperties: Xmlable | undefined;

  constructor(runs: readonly PlainRun[], style?: string, options: PlainParagraphOptions = {}) {
    super('w:p');
    this.runs = runs;
    // In the order docx (and the schema) puts them: style, keep with next, spacing.
    const properties: Xmlable[] = [];
    if (style) properties.push({ 'w:pStyle': { _attr: { 'w:val': style } } });
    if (options.keepNext) properties.push({ 'w:keepNext': EMPTY });
    if (options.before) properties.push({ 'w:spacing': { _attr: { 'w:before': options.before } } });
    this.styleProperties = properties.length ? { 'w:pPr': properties } : undefined;
  }

  override prepForXml(_context: IContext): Xmlable {
    const children: Xmlable[] = this.styleProperties ? [this.styleProperties, ...this.runs] : [...this.runs];
    return { 'w:p': children.length ? children : EMPTY };
  }
}

/** A table's look: its width and cell padding in twips, one border for every edge, and the header row's fill. */
export type PlainTableLook = {
  width: number;
  border: { style: string; size: number; color: string };
  cellMargins: { top: number; left: number; bottom: number; right: number };
  headerFill: string;
};

/** A row of a plain table: a header row repeats on each page; a row that may not split is kept whole on one page. */
export type PlainTableRow = { header: boolean; cantSplit: boolean; cells: readonly PlainParagraph[] };

const twips = (value: number): Xmlable => ({ _attr: { 'w:type': 'dxa', 'w:w': value } });

/** A table of one paragraph per cell, on a grid of fixed column widths that add up to the table's width. */
export class PlainTable extends FileChild {
  private readonly properties: Xmlable;
  private readonly grid: Xmlable;
  private readonly cellProperties: { body: Xmlable; header: Xmlable }[];

  constructor(
    columnWidths: readonly number[],
    private readonly rows: readonly PlainTableRow[],
    look: PlainTableLook,
  ) {
    super('w:tbl');
    const edge = { _attr: { 'w:val': look.border.style, 'w:color': look.border.color, 'w:sz': look.border.size } };
    const margins = look.cellMargins;
    this.properties = {
      'w:tblPr': [
        { 'w:tblW': twips(look.width) },
        {
          'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((e) => ({
            [e]: edge,
          })),
        },
        {
          'w:tblCellMar': [
            { 'w:top': twips(margins.top) },
            { 'w:left': twips(margins.left) },
            { 'w:bottom': twips(margins.bottom) },
            { 'w:right': twips(margins.right) },
          ],
        },
      ],
    };
    this.grid = { 'w:tblGrid': columnWidths.map((width) => ({ 'w:gridCol': { _attr: { 'w:w': width } } })) };
    const fill = { 'w:shd': { _attr: { 'w:fill': look.headerFill, 'w:color': 'auto', 'w:val': 'clear' } } };
    this.cellProperties = columnWidths.map((width) => ({
      body: { 'w:tcPr': [{ 'w:tcW': twips(width) }] },
      header: { 'w:tcPr': [{ 'w:tcW': twips(width) }, fill] },
    }));
  }

  override prepForXml(context: IContext): Xmlable {
    const rows = this.rows.map((row) => {
      // docx writes a row that may split as "off", where it writes false for a run's properties.
      const rowProperties: Xmlable[] = [{ 'w:cantSplit': row.cantSplit ? EMPTY : { _attr: { 'w:val': 'off' } } }];
      if (row.header) rowProperties.push({ 'w:tblHeader': EMPTY });
      const cells = row.cells.map((paragraph, column) => {
        const properties = this.cellProperties[column];
        const cellProperties = properties ? [row.header ? properties.header : properties.body] : [];
        return { 'w:tc': [...cellProperties, paragraph.prepForXml(context)] };
      });
      return { 'w:tr': [{ 'w:trPr': rowProperties }, ...cells] };
    });
    return { 'w:tbl': [this.properties, this.grid, ...rows] };
  }
}
