import { describe, expect, it } from 'vitest';
import { CapturedIndex } from '@shared/audience/captured';
import { findLeaks, secretsFor } from '@shared/audience/leak-guard';
import { ReaderView } from '@shared/audience/visibility';
import { CHLOE_BORN, RYAN_BORN, VENUE, asRunConference } from '../documents/as-run';

/**
 * Issue 11's new texts in the audience model: their references and default audiences, who may read an adult's date of
 * birth, and the leak guard finding one typed where it must not be.
 */

const conference = () =>
  asRunConference((c) => {
    c.plan!.actions![0]!.supportedBy = [{ participantId: 'p-rw' }, { name: 'Bernadette Quill' }];
  });
const readerOf = (c: ReturnType<typeof conference>, id: string) =>
  new ReaderView(c, { kind: 'family', participant: c.participants.find((p) => p.id === id)! });

describe('references for the new texts', () => {
  it('lists the core group’s venue, for everyone unless the chair chooses', () => {
    const text = new CapturedIndex(conference()).get('coreGroup.venue');
    expect(text).toMatchObject({
      texts: [VENUE],
      nature: 'outcome',
      audience: { level: 'everyone', withheldFrom: [] },
    });
  });

  it('puts the names typed for people sharing or helping with an action under the action itself', () => {
    const text = new CapturedIndex(conference()).get('action:action-shared');
    expect(text?.texts).toEqual(expect.arrayContaining(['Maureen Harlow', 'Bernadette Quill']));
  });

  it('makes an adult’s date of birth an identity fact: professionals only, except for the adult themself', () => {
    const c = conference();
    expect(new CapturedIndex(c).get('adult:adult-chloe:dateOfBirth')).toMatchObject({
      texts: [CHLOE_BORN],
      audience: { level: 'professionals', withheldFrom: [] },
    });
    const chloe = readerOf(c, 'p-chloe');
    const ryan = readerOf(c, 'p-ryan');
    expect(chloe.shows('adult:adult-chloe:dateOfBirth')).toBe(true);
    expect(chloe.shows('adult:adult-ryan:dateOfBirth')).toBe(false);
    expect(ryan.shows('adult:adult-ryan:dateOfBirth')).toBe(true);
    expect(ryan.shows('adult:adult-chloe:dateOfBirth')).toBe(false);
    expect(new ReaderView(c, { kind: 'shared-screen' }).shows('adult:adult-chloe:dateOfBirth')).toBe(false);
    expect(new ReaderView(c, { kind: 'professional' }).shows('adult:adult-chloe:dateOfBirth')).toBe(true);
  });
});

describe('the leak guard and dates of birth', () => {
  it('finds another adult’s date of birth typed into something the reader receives, as the documents print it', () => {
    const c = asRunConference((input) => {
      input.plan!.actions![0]!.howWeWillKnow = 'Chloe (born Wednesday 17 April 1996) brings her certificate.';
    });
    const ryan = readerOf(c, 'p-ryan');
    const leaks = findLeaks(ryan, ['Chloe Harlow Date of birth: Wed 17 Apr 1996']);
    expect(leaks.map((l) => l.secret.ref)).toEqual(['adult:adult-chloe:dateOfBirth']);
    const carried = findLeaks(ryan, [c.plan.actions[0]!.howWeWillKnow]);
    expect(carried).toHaveLength(1);
    expect(carried[0]?.secret.field).toBe('Date of birth of Chloe');
  });

  it('does not take the reader’s own date of birth, or a different date, for a leak', () => {
    const c = conference();
    const chloe = readerOf(c, 'p-chloe');
    expect(findLeaks(chloe, ['Chloe Harlow Date of birth: Wed 17 Apr 1996'])).toEqual([]);
    expect(secretsFor(chloe).some((s) => s.ref === 'adult:adult-chloe:dateOfBirth')).toBe(false);
    expect(secretsFor(chloe).some((s) => s.ref === 'adult:adult-ryan:dateOfBirth')).toBe(true);
    // "Thu 30 Sep 1993" is Ryan's; the 3rd of that month is not.
    expect(findLeaks(chloe, ['Fri 3 Sep 1993'])).toEqual([]);
    expect(findLeaks(chloe, [`born ${RYAN_BORN.slice(0, 4)}`])).toEqual([]);
  });
});
