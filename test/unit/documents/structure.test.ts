import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { agendaItemKeys } from '@shared/agenda/types';
import { MINUTE_SECTION_ITEMS, buildDocuments, documentViews } from '@shared/documents';
import { formatDateLong } from '@shared/format/dates';
import { createConference } from '@shared/model/factory';
import { DEFAULT_SETTINGS, OrganisationSettings } from '@shared/model/settings';
import { conferenceDeadlines } from '@shared/procedure/deadlines';
import { amend } from '../shared-screen/westbrook';
import { docxParts, docxText, folded } from './read-back';
import { westbrookForDocuments, westbrookSettings } from './westbrook-documents';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function texts(conference = westbrookForDocuments(), settings = westbrookSettings, draft?: boolean) {
  const built = buildDocuments(conference, settings, {
    today: '2026-12-01',
    ...(draft === undefined ? {} : { draft }),
  });
  const out = new Map<string, { text: string; parts: Map<string, string> }>();
  for (const { view, document } of built) {
    const data = await Packer.toBuffer(document);
    out.set(view.fileName, { text: folded(await docxText(data)), parts: await docxParts(data) });
  }
  return out;
}

describe('the minute’s sections', () => {
  it('give every agenda item’s notes a home, exactly once', () => {
    const owned = Object.values(MINUTE_SECTION_ITEMS).flat();
    expect([...owned].sort()).toEqual([...agendaItemKeys].sort());
    expect(new Set(owned).size).toBe(owned.length);
  });

  it('keep a note on an item this build does not know, under Other notes', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      d.notes!.push({
        id: 'n-x',
        itemKey: 'item-from-a-newer-app',
        text: 'Kept even so.',
        createdAt: '2026-12-01T15:00:00.000Z',
      });
    });
    const minute = (await texts(c)).get('minute.docx')!.text;
    expect(minute).toContain('Other notes');
    expect(minute).toContain('Kept even so.');
  });
});

describe('drafts and empty conferences', () => {
  it('marks every document as a draft while the meeting is running', async () => {
    const running = amend(westbrookForDocuments(), (c) => {
      delete c.agenda!.meetingEndedAt;
    });
    for (const [name, doc] of await texts(running)) {
      expect(doc.parts.get('docProps/core.xml'), name).toContain('<dc:title>DRAFT ');
      expect(doc.parts.get('word/header1.xml'), name).toContain('DRAFT');
    }
    for (const [name, doc] of await texts(westbrookForDocuments()))
      expect(doc.parts.get('word/header1.xml'), name).not.toContain('DRAFT');
  });

  it('says “None recorded” under a heading with nothing to show, rather than leaving it blank', async () => {
    const blank = createConference(
      { type: 'initial', nation: 'england', date: '2026-12-01' },
      new Date('2026-11-20T10:00:00Z'),
    );
    const docs = await texts(blank, DEFAULT_SETTINGS, false);
    expect([...docs.keys()].sort()).toEqual(['decision-letter.docx', 'family-plan.docx', 'minute.docx']);
    const minute = docs.get('minute.docx')!.text;
    expect(minute).toMatch(/Children None recorded\. Adults None recorded\./);
    expect(minute).toContain('No closed session was held.');
    expect(minute).toContain('Restricted annex: None: nothing restricted was recorded');
    const plan = docs.get('family-plan.docx')!.text;
    expect(plan).toContain('How to complain: Ask your social worker for the complaints team’s address.');
    expect(plan).toContain('Ask your social worker for the out-of-hours number');
  });
});

describe('the nations’ own words', () => {
  it('Scotland: a child protection planning meeting, areas of concern, and a summary of key decisions', async () => {
    const scottish = amend(westbrookForDocuments(), (c) => {
      c.details!.nation = 'scotland';
      c.decisions![1]!.categories = ['neglect', 'parental-mental-health'];
    });
    const docs = await texts(scottish);
    expect(docs.get('minute.docx')!.text).toContain('Minutes of the review child protection planning meeting');
    expect(docs.get('minute.docx')!.text).toContain('Areas of concern: Neglect, Parental mental health');
    expect(docs.get('minute.docx')!.text).toContain('Referral to the Children’s Reporter: Not yet considered');
    expect(docs.get('decision-letter.docx')!.text).toContain('Summary of key decisions');
    expect(docs.get('family-plan.docx')!.text).toContain(
      'The plan’s areas of concern for Mia: Neglect and Parental mental health.',
    );
  });

  it('Wales: the summary and outline plan, due in 5 working days or by the first core group', async () => {
    const welsh = amend(westbrookForDocuments(), (c) => {
      c.details!.nation = 'wales';
    });
    const letter = (await texts(welsh)).get('decision-letter.docx')!.text;
    expect(letter).toContain('Summary of decisions and outline plan');
    // The family reads when it is due, not the rule behind it, which is in the professional minute (issue 12).
    const due = conferenceDeadlines(welsh).find((d) => d.key === 'decision-letter')!;
    expect(letter).toContain(`To be sent by: ${formatDateLong(due.dueOn)}`);
    expect(letter).not.toContain(due.rule);
    expect((await texts(welsh)).get('minute.docx')!.text).toContain(due.rule);
  });
});

describe('organisation settings in the documents', () => {
  it('puts the logo in the header with alternative text, and the organisation in the properties', async () => {
    const settings = OrganisationSettings.parse({
      ...westbrookSettings,
      logoDataUrl: PNG,
      protectiveMarking: 'OFFICIAL',
    });
    const docs = await texts(westbrookForDocuments(), settings);
    const minute = docs.get('minute.docx')!;
    expect(minute.parts.get('word/header1.xml')).toContain('descr="Westbrook City Council logo"');
    expect([...minute.parts.keys()].some((k) => k.startsWith('word/media/'))).toBe(false); // binary parts are not text
    expect(minute.parts.get('word/header1.xml')).toContain('OFFICIAL');
    expect(minute.parts.get('docProps/core.xml')).toContain('<dc:creator>Westbrook City Council</dc:creator>');
  });

  it('ignores a logo it cannot read rather than failing the export', () => {
    const settings = OrganisationSettings.parse({ ...westbrookSettings, logoDataUrl: 'data:image/png;base64,AAAA' });
    const views = documentViews(westbrookForDocuments(), settings, [], { today: '2026-12-01' });
    expect(views.every((v) => v.logo === undefined)).toBe(true);
  });
});

describe('a pre-birth conference', () => {
  it('gives the unborn baby’s expected date of delivery and calls the baby “the baby” until named', async () => {
    const preBirth = amend(westbrookForDocuments(), (c) => {
      c.details!.type = 'pre-birth';
      c.children = [{ id: 'baby', givenName: '', unborn: true, expectedDeliveryDate: '2027-03-01' }];
      c.decisions = [{ childId: 'baby', outcome: 'plan-needed', categories: ['neglect'] }];
    });
    const docs = await texts(preBirth);
    expect(docs.get('minute.docx')!.text).toContain('Expected date of delivery: Monday 1 March 2027');
    expect(docs.get('family-plan.docx')!.text).toContain('The baby needs a child protection plan.');
  });
});

describe('the family plan’s actions', () => {
  const planFor = async (c: ReturnType<typeof westbrookForDocuments>) => (await texts(c)).get('family-plan.docx')!.text;

  it('writes the actions for both children once, for both, when every action is for both', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      for (const decision of d.decisions!) decision.outcome = 'plan-continues';
      for (const action of d.plan!.actions!) action.childIds = [];
    });
    const text = await planFor(c);
    // Written once, for both (issue 12): no child's own part repeats them or says "nothing is written down".
    expect(text).toContain('For both children');
    expect(text).toContain('What everyone will do for both children');
    expect(text).not.toContain('What everyone will do for Jayden');
    expect(text).not.toContain('What everyone will do for Mia');
    expect(text).not.toContain('Nothing is written down yet');
    expect(text).not.toContain('None recorded');
  });

  it('gives two children of three their own shared part, and the third says nothing is written down yet', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      for (const decision of d.decisions!) decision.outcome = 'plan-continues';
      d.children!.push({ ...d.children![1]!, id: 'child-lily', givenName: 'Lily', nhsNumber: '' });
      d.decisions!.push({ ...d.decisions![1]!, childId: 'child-lily' });
      for (const action of d.plan!.actions!) action.childIds = ['child-jayden', 'child-mia'];
    });
    const text = await planFor(c);
    // Jayden and Mia's actions are theirs, not all three children's: a part of their own.
    expect(text).toContain('What everyone will do for Jayden and Mia');
    expect(text).not.toContain('What everyone will do for all three children');
    expect(text).toContain('What everyone will do for Lily Nothing is written down yet.');
  });

  it('says nothing is written down yet, and who will go through it, when there are no actions', async () => {
    const c = amend(westbrookForDocuments(), (d) => {
      d.plan!.actions = [];
    });
    expect(await planFor(c)).toContain('What everyone will do for Mia Nothing is written down yet. Rhys Morgan');
  });
});
