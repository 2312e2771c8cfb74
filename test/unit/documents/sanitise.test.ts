import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { sanitiseForWord, sanitiseLine, wordRuns } from '@shared/documents';
import { docxParts } from './read-back';

async function bodyXml(text: string): Promise<string> {
  const document = new Document({ sections: [{ children: [new Paragraph({ children: wordRuns(text) })] }] });
  const parts = await docxParts(await Packer.toBuffer(document));
  const body = parts.get('word/document.xml') ?? '';
  return body.slice(body.indexOf('<w:body>'), body.indexOf('<w:sectPr'));
}

describe('sanitiseForWord', () => {
  it('removes what XML 1.0 cannot hold: C0 controls but tab and newline, U+FFFE, U+FFFF, lone surrogates', () => {
    expect(sanitiseForWord('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg');
    expect(sanitiseForWord('x\uFFFEy\uFFFFz\uFDD0')).toBe('xyz');
    expect(sanitiseForWord('lone \uD800high and \uDC00low')).toBe('lone high and low');
    expect(sanitiseForWord('C1\u0085\u009F controls')).toBe('C1 controls');
  });

  it('keeps real text: emoji (surrogate pairs), right-to-left names, tabs, newlines and XML’s own specials', () => {
    const real = 'Mia 😀 👩‍👧‍👦 مريم אבי\ttab\nline <&>"\' ]]>';
    expect(sanitiseForWord(real)).toBe(real);
  });

  it('turns every line ending into a newline, and a line for headers into one trimmed line', () => {
    expect(sanitiseForWord('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(sanitiseLine('  a\n\tb\uFFFE  ')).toBe('a b');
  });
});

describe('wordRuns', () => {
  it('writes a newline as a real line break and a tab as a real tab', async () => {
    const xml = await bodyXml('first\nsecond\tafter tab');
    expect(xml).toContain('<w:t xml:space="preserve">first</w:t>');
    expect(xml).toMatch(/<w:br\/>.*second.*<w:tab\/>.*after tab/);
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*[\n\t][^<]*<\/w:t>/);
  });

  it('escapes XML’s special characters and drops forbidden ones', async () => {
    const xml = await bodyXml('<w:t>&amp; \uFFFF ]]>');
    expect(xml).toContain('&lt;w:t&gt;&amp;amp;  ]]&gt;');
  });
});

describe('one sanitiser', () => {
  it('is the only place the document builders make a run of text', async () => {
    const folder = join(import.meta.dirname, '../../../shared/documents');
    const offenders: string[] = [];
    for (const name of await readdir(folder)) {
      if (!name.endsWith('.ts') || name === 'sanitise.ts') continue;
      const code = await readFile(join(folder, name), 'utf8');
      // A TextRun or plain run made elsewhere, or a paragraph given raw text, would skip the sanitiser.
      if (
        /new (Plain)?TextRun\(|\bText(Run)?\b\s*\(\s*['"`]|new Paragraph\(\s*['"`]|new Paragraph\(\{[^}]*\btext:/.test(
          code,
        )
      )
        offenders.push(name);
    }
    expect(offenders).toEqual([]);
    const exporter = await readFile(join(import.meta.dirname, '../../../electron/services/export.ts'), 'utf8');
    expect(exporter).not.toMatch(/TextRun|new Paragraph/);
  });
});
