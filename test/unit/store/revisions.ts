import type { Result } from '@shared/api/result';
import type { SaveReceipt } from '@shared/api/contract';
import type { Conference } from '@shared/model/conference';
import type { ConferenceStore } from '../../../electron/services/conference-store';

/**
 * One chair's window in store tests: it keeps the revision its copy was opened at and each save returns, and bases
 * the next save on it, as the renderer does.
 */
export function windowOn(store: ConferenceStore, revision: string) {
  let basedOn = revision;
  return {
    get revision() {
      return basedOn;
    },
    async save(conference: Conference): Promise<Result<SaveReceipt>> {
      const saved = await store.save(conference, basedOn);
      if (saved.ok) basedOn = saved.value.revision;
      return saved;
    },
  };
}
