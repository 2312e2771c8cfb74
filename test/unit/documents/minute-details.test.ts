import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../../shared/documents';
import { Conference } from '../../../shared/model/conference';
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
