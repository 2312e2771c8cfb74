import { describe, expect, it } from 'vitest';
import { sharedScreenView } from '@shared/shared-screen';
import { loadFixture } from '../../helpers/seed';

describe('actions retired at a review', () => {
  it('are reported under progress but not read back as part of the new plan', () => {
    const fixture = loadFixture('westbrook-review.json');
    const gp = fixture.plan.actions.find((a) => a.what.includes('GP'))!;
    const conference = {
      ...fixture,
      decisions: fixture.decisions.map((d) =>
        d.childId === 'child-mia' ? { ...d, outcome: 'plan-continues' as const, categories: ['neglect'] } : d,
      ),
      plan: {
        ...fixture.plan,
        actions: fixture.plan.actions.map((a) => (a.id === gp.id ? { ...a, retired: true } : a)),
      },
    };
    const readBack = sharedScreenView(conference, { mode: 'read-back', readBackChildId: 'child-mia' });
    if (readBack.mode !== 'read-back') throw new Error(`expected read-back, got ${readBack.mode}`);
    expect(readBack.plan?.actions.map((a) => a.what)).not.toContain('See the GP about low mood.');
    expect(readBack.plan?.actions.map((a) => a.what)).toContain(
      'Visit the family every week to help with morning routines.',
    );
    const progress = sharedScreenView(conference, { mode: 'agenda', itemKey: 'plan-progress' });
    if (progress.mode !== 'agenda') throw new Error(`expected agenda, got ${progress.mode}`);
    expect(progress.panels.planProgress?.map((p) => p.what)).toContain('See the GP about low mood.');
  });
});
