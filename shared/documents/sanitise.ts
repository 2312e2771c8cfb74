import { TextRun, type IRunOptions } from 'docx';
import { plainRun, PlainTextRun, runProperties, type PlainRun, type RunStyle } from './plain-xml';

/**
 * The one way text reaches a Word document. Every string written by the document builders (body text, table cells,
 * headers, footers and the document's own properties) passes through `sanitiseForWord`, and every run of body text is
 * made by `plainRuns` (or `wordRuns`, the same runs for docx's own paragraphs), so a note typed in the meeting cannot
 * make a document that Word refuses to open.
 *
 * Why it is needed: docx removes most C0 control characters itself but passes U+FFFE and U+FFFF through, and XML 1.0
 * cannot hold them, so the file is corrupt. A lone surrogate (half an emoji, from a paste cut short) would be written
 * as U+FFFD or, worse, as invalid UTF-8. A "\n" or "\t" in a <w:t> element is shown by Word as a space, not a line
 * break or a tab: a line break is a <w:br/> and a tab a <w:tab/>, so text is split into runs around them.
 */

// Controls XML 1.0 forbids (all C0 except tab, line feed and carriage return) and C1 controls, which XML allows but
// Word and LibreOffice treat as damage. U+FDD0–U+FDEF, U+FFFE and U+FFFF are non-characters: never real text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this expression
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: code units).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Anything the replacements below could change: a carriage return, a forbidden character or any surrogate at all.
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_WORK = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Text Word can hold: forbidden characters removed, every line ending turned into "\n". */
export function sanitiseForWord(text: string): string {
  // Most text is clean: one scan to find out is cheaper than three replacements.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '').replace(LONE_SURROGATE, '');
}

/** Sanitised text on one line: for headers, footers, titles and other places a line break has no meaning. */
export function sanitiseLine(text: string): string {
  return sanitiseForWord(text)
    .replace(/[\n\t]+/g, ' ')
    .trim();
}

/**
 * Runs for a piece of text, for a plain paragraph: one run per line, each after the first starting with a real line
 * break, and a real tab wherever the text had one.
 */
export function plainRuns(text: string, style: RunStyle = {}): PlainRun[] {
  const properties = runProperties(style);
  return sanitiseForWord(text)
    .split('\n')
    .map((line, index) => plainRun(properties, index > 0, line.split('\t')));
}

/** The same runs for a paragraph docx makes itself (`new Paragraph({ children })`). */
export function wordRuns(text: string, style: RunStyle = {}): PlainTextRun[] {
  return plainRuns(text, style).map((run) => new PlainTextRun(run));
}

/** A run holding fields or other non-text children (page numbers), with any text in it sanitised. */
export function fieldRun(children: IRunOptions['children'], style: RunStyle = {}): TextRun {
  // Not trimmed: the spaces around a page number are part of the text.
  const safe = (children ?? []).map((child) =>
    typeof child === 'string' ? sanitiseForWord(child).replace(/[\n\t]+/g, ' ') : child,
  );
  return new TextRun({ ...style, children: safe });
}

export type { RunStyle } from './plain-xml';
