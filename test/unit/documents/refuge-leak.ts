import type { Conference, ConferenceInput } from '@shared/model/conference';
import { amend } from '../shared-screen/westbrook';
import { westbrookForDocuments } from './westbrook-documents';

/**
 * The leak the guard exists for (issue #10, item 6): the Westbrook review at its end, with Jade's refuge address
 * marked not to be shared, and the same address typed by mistake into a plan action that everyone receives.
 */
export const REFUGE = 'Flat 3, 22 Harbour Row, Westbrook WB1 7PD';

export function refugeTypedIntoAction(change: (c: ConferenceInput) => void = () => undefined): Conference {
  return amend(westbrookForDocuments(), (c) => {
    const jade = c.adults!.find((a) => a.id === 'adult-jade')!;
    jade.address = REFUGE;
    jade.addressRestricted = true;
    c.plan!.actions!.find((a) => a.id === 'action-dental-booking')!.what =
      `If Kieran comes to the house, Jade and Mia go to ${REFUGE}.`;
    change(c);
  });
}
