import { describe, expect, it } from 'vitest';
import { documentViews, type Block, type DistributedView, type DocumentView } from '@shared/documents';
import { documentStrings, guardDocuments } from '@shared/documents/guard';
import type { Conference } from '@shared/model/conference';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { conferenceWith } from '../procedure/fixtures';
import { westbrookSettings } from './westbrook-documents';

/**
 * The minute's reports table has a row per report and family member: a report reaches each parent
 * separately, whole or as a summary or not at all, and lateness is judged for each of them.
 */

// Initial conference on Tue 1 Dec 2026: reports due by Thu 26 Nov (3 working days before).
const conference = conferenceWith({
  details: { type: 'initial', nation: 'england', date: '2026-12-01' },
  adults: [
    { id: 'adult-shona', givenName: 'Shona', familyName: 'Kerr', parentalResponsibility: true },
    { id: 'adult-gary', givenName: 'Gary', familyName: 'Kerr', parentalResponsibility: true },
    { id: 'adult-lorna', givenName: 'Lorna', familyName: 'Kerr' },
  ],
  participants: [
    { id: 'p-fiona', name: 'Fiona Baird', kind: 'professional', agency: 'childrens-social-care' },
    { id: 'p-shona', name: 'Shona Kerr', kind: 'family', adultId: 'adult-shona' },
    { id: 'p-gary', name: 'Gary Kerr', kind: 'family', adultId: 'adult-gary' },
    { id: 'p-lorna', name: 'Lorna Kerr', kind: 'family', adultId: 'adult-lorna' },
  ],
  reports: [
    {
      id: 'r-police',
      agency: 'police',
      author: 'PC Laura Finch',
      receivedOn: '2026-11-20',
      sharing: [
        { participantId: 'p-shona', sharedOn: '2026-11-24' },
        { participantId: 'p-gary', sharedOn: '2026-11-30' },
      ],
    },
    {
      id: 'r-health',
      agency: 'adult-mental-health',
      author: 'Dr Ana Silva',
      sharing: [
        { participantId: 'p-shona', sharedOn: '2026-11-11' },
        { participantId: 'p-gary', version: 'not-shared', reason: 'her health information' },
      ],
    },
    {
      id: 'r-school',
      agency: 'school',
      sharing: [{ participantId: 'p-gary', sharedOn: '2026-11-25', version: 'summary', reason: 'Shona’s new address' }],
    },
  ],
});

const views = (c: Conference): DistributedView[] =>
  documentViews(c, westbrookSettings, conferenceDeadlines(c), { issuedOn: '2026-12-01' });

function view(list: readonly DocumentView[], fileName: string): DocumentView {
  const found = list.find((v) => v.fileName === fileName);
  if (!found) throw new Error(`${fileName} was not written; the set is ${list.map((v) => v.fileName).join(', ')}`);
  return found;
}

function reportsTable(minute = view(views(conference), 'minute.docx')): readonly (readonly string[])[] {
  const heading = minute.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Reports');
  const table = minute.blocks.slice(heading).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  // When a report was received is in the report's own cell (issue 12: five columns, so no word is broken).
  expect(table?.columns.map((c) => c.title)).toEqual(['Report', 'Family member', 'Version', 'Shared', 'Note']);
  return table!.rows;
}

describe('the minute’s reports table', () => {
  it('gives each parent their own row, and flags only the father’s copy as late', () => {
    const police = reportsTable().filter((row) => row[0]!.startsWith('Police'));
    for (const row of police) expect(row[0]).toContain('Received: Friday 20 November 2026');
    expect(police.map((row) => row.slice(1))).toEqual([
      [
        'Shona Kerr',
        'Full report',
        'Tuesday 24 November 2026',
        'Reached Shona Kerr 5 working days before the conference; the rule is 3 working days.',
      ],
      [
        'Gary Kerr',
        'Full report',
        'Monday 30 November 2026',
        'Late: reached Gary Kerr 1 working day before the conference; the rule is 3 working days.',
      ],
    ]);
  });

  it('says why a report was kept from a parent, and what a summary leaves out', () => {
    const rows = reportsTable();
    expect(rows.find((row) => row[0]!.startsWith('Adult mental health') && row[1] === 'Gary Kerr')!.slice(2)).toEqual([
      'Not shared',
      'Not shared',
      'Not shared with Gary Kerr: her health information.',
    ]);
    const school = rows.filter((row) => row[0]!.startsWith('School'));
    expect(school.map((row) => row.slice(1))).toEqual([
      ['Shona Kerr', 'Not recorded', 'Not recorded', 'Not yet recorded as shared with Shona Kerr.'],
      [
        'Gary Kerr',
        'Summary',
        'Wednesday 25 November 2026',
        'A summary reached Gary Kerr 4 working days before the conference; the rule is 3 working days. ' +
          'The summary leaves out: Shona’s new address.',
      ],
    ]);
  });

  it('leaves out a relative without parental responsibility for whom nothing was recorded', () => {
    expect(reportsTable().some((row) => row[1] === 'Lorna Kerr')).toBe(false);
  });
});

describe('why a report was not shared, for each reader', () => {
  // Gary's mental-health reason is restricted; what his summary of the school report leaves out (Shona's new address)
  // is withheld from Fiona, the social worker, who therefore has a copy of her own.
  const HEALTH = 'her health information';
  const ADDRESS = 'Shona’s new address';
  const chosen: Conference = {
    ...conference,
    captures: {
      'report:r-health:sharing:p-gary': { audience: { level: 'restricted', withheldFrom: [] } },
      'report:r-school:sharing:p-gary': { audience: { level: 'professionals', withheldFrom: ['p-fiona'] } },
    },
  };
  const set = views(chosen);
  const row = (minute: DocumentView, report: string) =>
    reportsTable(minute)
      .find((r) => r[0]!.startsWith(report) && r[1] === 'Gary Kerr')!
      .slice(2);

  it('keeps a restricted reason out of the professional minute, which says the annex holds it', () => {
    const minute = view(set, 'minute.docx');
    expect(row(minute, 'Adult mental health')).toEqual([
      'Not shared',
      'Not shared',
      'Not shared with Gary Kerr: the reason is held in the restricted annex.',
    ]);
    expect(documentStrings(minute).join('\n')).not.toContain(HEALTH);
    // The reason Fiona may not see is still in the professional minute for everyone else.
    expect(row(minute, 'School')[2]).toContain(`The summary leaves out: ${ADDRESS}.`);
  });

  it('holds the restricted reason in the annex, with the report and the family member it is about', () => {
    const annex = view(set, 'restricted-annex.docx');
    const at = annex.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Reports not shared in full');
    const table = annex.blocks[at + 1];
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['Adult mental health service report by Dr Ana Silva', 'Gary Kerr', 'Not shared', HEALTH],
    ]);
  });

  it('gives a professional the reason is withheld from the row without it', () => {
    const fiona = view(set, 'minutes-fiona-baird.docx');
    expect(fiona.recipients.map((p) => p.id)).toEqual(['p-fiona']);
    expect(row(fiona, 'School')).toEqual([
      'Summary',
      'Wednesday 25 November 2026',
      'A summary reached Gary Kerr 4 working days before the conference; the rule is 3 working days.',
    ]);
    expect(row(fiona, 'Adult mental health')[2]).toBe(
      'Not shared with Gary Kerr: the reason is held in the restricted annex.',
    );
    const text = documentStrings(fiona).join('\n');
    expect(text).not.toContain(ADDRESS);
    expect(text).not.toContain(HEALTH);
    expect(guardDocuments(chosen, set)).toEqual([]);
  });
});
