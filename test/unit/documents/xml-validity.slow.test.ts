import { Document, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocuments, wordRuns } from '@shared/documents';
import { sanitiseForWord } from '@shared/documents/sanitise';
import { hostileConference, hostileSettings } from './hostile';
import { XmlChecker } from './xml-checker';

/**
 * Random conferences full of hostile text (C0 and C1 controls, U+FFFE, U+FFFF, lone surrogates, emoji, right-to-left
 * names, 50,000-character notes, empty everything) must give documents whose every XML part a strict XML parser
 * accepts. The parser is Python's expat (see xml-checker.ts); the first tests prove it rejects what Word rejects.
 */

const checker = new XmlChecker();
afterAll(() => checker.close());

describe('the XML checker', () => {
  it('rejects characters XML 1.0 cannot hold, broken nesting and references to control characters', async () => {
    const text = (name: string, xml: string) => ({ name, data: new TextEncoder().encode(xml) });
    const verdict = await checker.checkParts([
      text('fffe.xml', '<a>\uFFFE</a>'),
      text('ffff.xml', '<a>\uFFFF</a>'),
      text('c0.xml', '<a>\u0001</a>'),
      text('ref.xml', '<a>&#1;</a>'),
      text('nesting.xml', '<a><b></a>'),
      // A lone surrogate as UTF-8 bytes (TextEncoder would have replaced it): invalid UTF-8.
      { name: 'surrogate.xml', data: Uint8Array.from([0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e]) },
      text('good.xml', '<a>Mia 😀 مريم &amp; \t\n</a>'),
    ]);
    expect(verdict.parts).toBe(7);
    expect(verdict.failures.map(([name]) => name).sort()).toEqual([
      'c0.xml',
      'fffe.xml',
      'ffff.xml',
      'nesting.xml',
      'ref.xml',
      'surrogate.xml',
    ]);
  });

  it('rejects a Word file built from raw text with U+FFFE, and accepts the same text through the sanitiser', async () => {
    const hostile = 'Mia\uFFFE\uFFFF\uD800 said\u0001 hello';
    const raw = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun(hostile)] })] }] });
    const clean = new Document({ sections: [{ children: [new Paragraph({ children: wordRuns(hostile) })] }] });
    const rawVerdict = await checker.checkDocx([{ name: 'raw', data: await Packer.toBuffer(raw) }]);
    expect(rawVerdict.failures.map(([name]) => name)).toContain('raw/word/document.xml');
    const cleanVerdict = await checker.checkDocx([{ name: 'clean', data: await Packer.toBuffer(clean) }]);
    expect(cleanVerdict.failures).toEqual([]);
    expect(sanitiseForWord(hostile)).toBe('Mia said hello');
  });
});

describe('documents from hostile conferences', () => {
  it('are well-formed XML in every part, for a few hundred random conferences', async () => {
    await fc.assert(
      fc.asyncProperty(hostileConference, hostileSettings, fc.boolean(), async (conference, settings, draft) => {
        const built = buildDocuments(conference, settings, { draft, today: '2026-12-01' });
        expect(built.length).toBeGreaterThanOrEqual(3);
        const files = [];
        for (const { view, document } of built)
          files.push({ name: view.fileName, data: await Packer.toBuffer(document) });
        const verdict = await checker.checkDocx(files);
        expect(verdict.failures).toEqual([]);
        expect(verdict.parts).toBeGreaterThan(files.length * 10);
      }),
      { numRuns: 300 },
    );
  }, 600_000);
});
