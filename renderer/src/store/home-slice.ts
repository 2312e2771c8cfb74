import type { StateCreator } from 'zustand';
import type { BinEntry, UnreadableFile } from '@shared/api/contract';
import type { Failure } from '@shared/api/result';
import type { ConferenceSummary, NewConferenceRequest } from '@shared/model/factory';
import { bridge } from '../bridge';
import type { RootState } from './index';

export type HomeSlice = {
  home: {
    conferences: ConferenceSummary[];
    unreadable: UnreadableFile[];
    bin: BinEntry[];
    loaded: boolean;
    failure: Failure | null;
  };
  refreshHome(): Promise<void>;
  createConference(request: NewConferenceRequest): Promise<Failure | null>;
  deleteConference(id: string): Promise<Failure | null>;
  restoreFromBin(entry: string): Promise<Failure | null>;
  /** A review conference carrying the household, participants, categories and plan forward from this one. */
  startReview(previousId: string, date: string): Promise<Failure | null>;
};

export const createHomeSlice: StateCreator<RootState, [], [], HomeSlice> = (set, get) => ({
  home: { conferences: [], unreadable: [], bin: [], loaded: false, failure: null },
  async refreshHome() {
    const [list, bin] = await Promise.all([bridge.listConferences(), bridge.listBin()]);
    set((s) => ({
      home: {
        ...s.home,
        loaded: true,
        conferences: list.ok ? list.value.conferences : s.home.conferences,
        unreadable: list.ok ? list.value.unreadable : s.home.unreadable,
        bin: bin.ok ? bin.value : s.home.bin,
        failure: !list.ok ? list : !bin.ok ? bin : null,
      },
    }));
  },
  async createConference(request) {
    const result = await bridge.createConference(request);
    if (!result.ok) {
      void get().noteReadOnly(result);
      return result;
    }
    // The conference screen opens it (which also holds the shared screen for it), and keeps the revision then.
    get().navigate({ name: 'conference', id: result.value.conference.id });
    return null;
  },
  async deleteConference(id) {
    const result = await bridge.deleteConference({ id });
    await get().refreshHome();
    return result.ok ? null : result;
  },
  async startReview(previousId, date) {
    // One call: main reads the earlier conference, builds the review and writes its new file, so the earlier
    // conference never comes into this window to be sent back.
    const started = await bridge.startReview({ previousId, date });
    if (!started.ok) {
      void get().noteReadOnly(started);
      return started;
    }
    get().navigate({ name: 'conference', id: started.value.id });
    return null;
  },
  async restoreFromBin(entry) {
    const result = await bridge.restoreFromBin({ entry });
    await get().refreshHome();
    return result.ok ? null : result;
  },
});
