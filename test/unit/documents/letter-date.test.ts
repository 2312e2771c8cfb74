import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '@shared/documents';
import { docxText, folded } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

async function letterDate(today: string): Promise<string> {
  const built = buildDocuments(westbrookForDocuments(), westbrookSettings, { today });
  const letter = built.find((b) => b.view.fileName === 'decision-letter.docx')!;
  const text = folded(await docxText(await Packer.toBuffer(letter.document)));
  return /Date of this letter:\s*([A-Za-z]+ \d+ [A-Za-z]+ \d{4})/.exec(text)?.[1] ?? '';
}

describe('the date on the decision letter', () => {
  it('is the day it is printed, once the meeting has happened', async () => {
    expect(await letterDate('2026-12-02')).toBe('Wednesday 2 December 2026');
  });
  it('is never before the meeting: a draft printed beforehand carries the meeting’s date', async () => {
    expect(await letterDate('2026-11-22')).toBe('Tuesday 1 December 2026');
  });
});
