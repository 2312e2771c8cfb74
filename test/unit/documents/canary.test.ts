import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDocuments } from '../../../electron/services/export';
import type { Conference } from '@shared/model/conference';
import { amend } from '../shared-screen/westbrook';
import { readBack } from './read-back';
import { RESTRICTED_CANARIES, westbrookForDocuments, westbrookSettings } from './westbrook-documents';

/**
 * The restricted strings of the worked example ("Delia Pell", "22 Orchard Rise": the referrer and her address) may
 * appear in the restricted annex and nowhere else: not in the minute, the decision letter or any copy of the family
 * plan, in the text or in any part of the file (headers, footers, properties). Checked for the fixture as it stands
 * and with the canaries planted in every other restricted place the model has.
 */

const variants: Record<string, () => Conference> = {
  'the Westbrook review as recorded': westbrookForDocuments,
  'with a closed session that excluded Kieran, and the canaries in every restricted place': () =>
    amend(westbrookForDocuments(), (c) => {
      c.closedSessions = [
        {
          id: 'closed-police',
          startedAt: '2026-12-01T14:26:00.000Z',
          endedAt: '2026-12-01T14:34:00.000Z',
          reason: 'Police information about Delia Pell of 22 Orchard Rise.',
          excludedParticipantIds: ['p-kieran'],
        },
      ];
      c.participants!.find((p) => p.id === 'p-kieran')!.attendance = {
        status: 'excluded-part',
        arrivedAt: '13:50',
        reason: 'Out of the room while confidential police information was shared.',
        exclusionCriterion: 'confidential-police-or-legal-information',
        decidedBy: 'Priya Nandakumar',
      };
      c.notes!.push({
        id: 'note-closed',
        itemKey: 'analysis',
        kind: 'note',
        text: 'Delia Pell at 22 Orchard Rise has seen shouting in the garden.',
        closedSessionId: 'closed-police',
        createdAt: '2026-12-01T14:30:00.000Z',
      });
      c.analysis!.worries!.push({
        id: 'worry-restricted',
        kind: 'harm',
        text: 'Reported by Delia Pell (22 Orchard Rise).',
        childIds: ['child-mia'],
      });
      c.analysis!.strengths!.push({
        id: 'strength-restricted',
        kind: 'existing-safety',
        text: 'Delia Pell keeps an eye out.',
        childIds: [],
      });
      c.analysis!.safetyGoals!.push({
        id: 'goal-restricted',
        text: 'Away from 22 Orchard Rise.',
        childIds: [],
      });
      c.childVoices!.push({
        id: 'voice-restricted',
        childId: 'child-mia',
        method: 'direct-work',
        summary: 'Mia talked about the lady at 22 Orchard Rise.',
      });
      c.otherChildren = [
        {
          id: 'other-1',
          name: 'Child of Delia Pell',
          whereTheyLive: '22 Orchard Rise',
          connection: 'Neighbour',
          conclusion: 'No concerns',
        },
      ];
      // The chair marked these restricted; the note taken in the closed session is restricted by default.
      const restricted = { audience: { level: 'restricted' as const, withheldFrom: [] } };
      c.captures = {
        ...c.captures,
        'worry:worry-restricted': restricted,
        'strength:strength-restricted': restricted,
        'safetyGoal:goal-restricted': restricted,
        'childVoice:voice-restricted': restricted,
        'otherChild:other-1': restricted,
        'action:action-restricted': restricted,
        'contingency:contingency-restricted': restricted,
        'decision:child-mia:chairReasons': restricted,
      };
      c.plan!.actions!.push({
        id: 'action-restricted',
        childIds: ['child-mia'],
        what: 'Keep Mia away from 22 Orchard Rise.',
        ownerParticipantId: 'p-rhys',
      });
      c.plan!.contingency!.push({
        id: 'contingency-restricted',
        if: 'Delia Pell calls again',
        then: 'Rhys visits the same day.',
      });
      c.decisions![1]!.chairReasons = 'What Delia Pell told the police about Mia.';
      c.adults!.push({
        id: 'adult-delia',
        givenName: 'Grandmother',
        familyName: 'Ashdown',
        relationship: 'Maternal grandmother, in a refuge',
        address: 'Refuge near 22 Orchard Rise',
        addressRestricted: true,
      });
    }),
};

describe('restricted canaries', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  for (const [label, conference] of Object.entries(variants)) {
    it(`appear only in the restricted annex: ${label}`, async () => {
      const folder = await mkdtemp(join(tmpdir(), 'cp-canary-'));
      made.push(folder);
      await exportDocuments(conference(), westbrookSettings, folder, { issuedOn: '2026-12-01' });
      const names = (await readdir(folder)).sort();
      expect(names).toContain('restricted-annex.docx');
      expect(names.length).toBeGreaterThanOrEqual(4);
      for (const name of names) {
        const { everything } = await readBack(folder, name);
        for (const canary of RESTRICTED_CANARIES) {
          if (name === 'restricted-annex.docx')
            expect(everything, `${canary} missing from the annex`).toContain(canary);
          else expect(everything, `${canary} leaked into ${name}`).not.toContain(canary);
        }
      }
    });
  }

  it('would be found if one leaked: a canary typed into an unrestricted note shows up in the minute', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cp-canary-'));
    made.push(folder);
    const leaky = amend(westbrookForDocuments(), (c) => {
      c.notes!.find((n) => n.id === 'note-quorum')!.text = 'Typed in the open by mistake: Delia Pell.';
      c.details!.reference = '22 Orchard Rise';
    });
    await exportDocuments(leaky, westbrookSettings, folder, { issuedOn: '2026-12-01' });
    const minute = await readBack(folder, 'minute.docx');
    expect(minute.everything).toContain('Delia Pell');
    // The reference is printed in the header, which mammoth does not read: the hunt covers every part.
    expect(minute.parts.get('word/header1.xml')).toContain('22 Orchard Rise');
  });

  it('are checked in every per-recipient copy too: each family member’s minutes, the plan and the letter', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cp-canary-'));
    made.push(folder);
    const conference =
      variants['with a closed session that excluded Kieran, and the canaries in every restricted place']!();
    await exportDocuments(conference, westbrookSettings, folder, { issuedOn: '2026-12-01' });
    const names = (await readdir(folder)).sort();
    // Each family-side person who receives the minutes has their own copy. The plan is an outcome, but what each child
    // told the meeting is a record (issue 12): the children's words heard in the closed session are not in Kieran's
    // plan, so each parent has their own.
    expect(names).toEqual([
      'decision-letter.docx',
      'family-plan-jade-ashdown.docx',
      'family-plan-kieran-ashdown.docx',
      'letter-for-jayden.docx',
      'letter-for-mia.docx',
      'minute.docx',
      'minutes-grace-okafor.docx',
      'minutes-jade-ashdown.docx',
      'minutes-kieran-ashdown.docx',
      'restricted-annex.docx',
    ]);
    const minute = await readBack(folder, 'minute.docx');
    expect(minute.text).toContain('Address withheld (see restricted annex)');
    expect(minute.text).toContain('One further child is recorded in the restricted annex.');
    expect(minute.text).toContain('Chair’s reasons: Held in the restricted annex');
    const kieran = await readBack(folder, 'minutes-kieran-ashdown.docx');
    expect(kieran.text).toContain('Part of the meeting (14:26 to 14:34) went on without you.');
    // A family member's copy never says where restricted information is kept.
    for (const name of names.filter((n) => n.startsWith('minutes-')))
      expect((await readBack(folder, name)).text.toLowerCase(), name).not.toContain('annex');
  });
});
