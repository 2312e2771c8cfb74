import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocuments, documentViews, type DocumentView } from '@shared/documents';
import { documentStrings } from '@shared/documents/guard';
import { Conference } from '@shared/model/conference';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { conferenceWith } from '../procedure/fixtures';
import { docxText, folded } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

async function documentText(conference: Conference, fileName: string): Promise<string> {
  const built = buildDocuments(conference, westbrookSettings, { today: '2026-12-02' });
  const doc = built.find((b) => b.view.fileName === fileName);
  if (!doc) throw new Error(`${fileName} was not built`);
  return folded(await docxText(await Packer.toBuffer(doc.document)));
}

describe('details in the minute', () => {
  it('lists agenda items the chair skipped, with the reason given', async () => {
    const base = westbrookForDocuments();
    const conference = Conference.parse({
      ...base,
      agenda: {
        ...base.agenda,
        items: {
          ...base.agenda.items,
          'new-incidents': { status: 'skipped', skippedReason: 'No new incidents since September.', elapsedSeconds: 0 },
        },
      },
    });
    const minute = await documentText(conference, 'minute.docx');
    expect(minute).toContain('Agenda items not taken');
    expect(minute).toContain('No new incidents since September.');
  });

  it('names an unborn baby without a first name as an unborn baby, not by the family name alone', async () => {
    const base = westbrookForDocuments();
    const conference = Conference.parse({
      ...base,
      children: [
        ...base.children,
        { id: 'child-baby', givenName: '', familyName: 'Ashdown', unborn: true, expectedDeliveryDate: '2027-04-01' },
      ],
    });
    const minute = await documentText(conference, 'minute.docx');
    expect(minute).toContain('Unborn baby Ashdown');
  });

  it('does not repeat a role that is also the agency, nor double a reason’s full stop', async () => {
    const base = westbrookForDocuments();
    const conference = Conference.parse({
      ...base,
      participants: [
        ...base.participants,
        {
          id: 'p-gp',
          name: 'Dr Anil Mehta',
          kind: 'professional',
          agency: 'gp',
          role: 'GP',
          attendance: { status: 'report-only' },
        },
        {
          id: 'p-da',
          name: 'Gemma Lowry',
          kind: 'professional',
          agency: 'domestic-abuse-service',
          role: 'IDVA',
          attendance: { status: 'left-early', reason: 'Called to a crisis.', viewGivenBeforeLeaving: true },
        },
      ],
    });
    const minute = await documentText(conference, 'minute.docx');
    expect(minute).not.toContain('GP, GP');
    expect(minute).toContain('Called to a crisis. Gave their view before leaving');
    expect(minute).not.toContain('crisis..');
  });
});

describe('notes under “Progress on the plan”', () => {
  const NOTE = 'The family support worker has visited weekly since the strategy discussion.';
  const initial = (withNote: boolean) =>
    conferenceWith({
      details: { type: 'initial', nation: 'england', date: '2027-01-12', startTime: '10:00', endTime: '12:00' },
      agenda: { meetingStartedAt: '2027-01-12T10:00:00.000Z', meetingEndedAt: '2027-01-12T12:00:00.000Z' },
      children: [{ id: 'child-ava', givenName: 'Ava', familyName: 'Lane' }],
      adults: [{ id: 'adult-sam', givenName: 'Sam', familyName: 'Lane', parentalResponsibility: true }],
      participants: [
        { id: 'p-sw', name: 'Omar Reid', kind: 'professional', agency: 'childrens-social-care' },
        { id: 'p-sam', name: 'Sam Lane', kind: 'family', adultId: 'adult-sam', attendance: { status: 'present' } },
      ],
      notes: withNote
        ? [{ id: 'note-progress', itemKey: 'plan-progress', text: NOTE, createdAt: '2027-01-12T10:20:00.000Z' }]
        : [],
    });
  const minutes = (c: Conference) =>
    documentViews(c, westbrookSettings, conferenceDeadlines(c), { issuedOn: '2027-01-12' }).filter(
      (v) => v.kind === 'minute',
    );
  /** The words between a section's heading and the next section's. */
  const sectionText = (v: DocumentView, title: string): string => {
    const from = v.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.text === title);
    if (from < 0) return '';
    const rest = v.blocks.slice(from + 1);
    const to = rest.findIndex((b) => b.kind === 'heading' && b.level === 2);
    return documentStrings({ ...v, title: '', subject: '', header: [], footer: '', blocks: rest.slice(0, to) }).join(
      '\n',
    );
  };

  it('keeps a note taken under the item at an initial conference with no progress recorded, in every copy', () => {
    const copies = minutes(initial(true));
    expect(copies.map((v) => v.fileName)).toEqual(['minute.docx', 'minutes-sam-lane.docx']);
    for (const v of copies) {
      const progress = sectionText(v, 'Progress on the plan');
      expect(progress, v.fileName).toContain(NOTE);
      expect(progress, v.fileName).toContain('No progress on earlier actions was recorded.');
    }
  });

  it('leaves the section out of an initial conference’s minutes when there is nothing to put in it', () => {
    for (const v of minutes(initial(false))) expect(sectionText(v, 'Progress on the plan'), v.fileName).toBe('');
  });
});
