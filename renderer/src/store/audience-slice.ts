import type { StateCreator } from 'zustand';
import type { Audience, DistributedDocument } from '@shared/model/audience';
import {
  clearCaptureAudience,
  releaseFromClosedSession,
  resetDistribution,
  setAddressRestricted,
  setCaptureAudience,
  setCaptureClock,
  setDistributionChoice,
  withholdCaptureFrom,
} from './captures';
import type { RootState } from './index';

/**
 * Who may see each piece of text, when it was captured, and who receives which document. Each action is one edit of
 * the conference through `editConference`, so it is stamped and autosaved like any other.
 */
export type AudienceSlice = {
  setAudience(ref: string, audience: Audience): void;
  clearAudience(ref: string): void;
  /** No longer keeps a text from the people a closed session excluded (it was typed or changed in that session). */
  releaseFromClosedSession(ref: string): void;
  /** Keeps the level and withholds the text from one more person. */
  withholdFrom(ref: string, participantId: string): void;
  /** A UK clock time on the conference day ("14:30"); '' clears it where that is allowed. */
  setCaptureTime(ref: string, clock: string): void;
  setAddressRestricted(adultId: string, restricted: boolean): void;
  setDistribution(participantId: string, patch: { receives?: DistributedDocument[]; why?: string }): void;
  resetDistribution(participantId?: string): void;
};

export const createAudienceSlice: StateCreator<RootState, [], [], AudienceSlice> = (_set, get) => ({
  setAudience(ref, audience) {
    const now = new Date().toISOString();
    get().editConference((c) => setCaptureAudience(c, ref, audience, now));
  },
  withholdFrom(ref, participantId) {
    const now = new Date().toISOString();
    get().editConference((c) => withholdCaptureFrom(c, ref, participantId, now));
  },
  clearAudience(ref) {
    get().editConference((c) => clearCaptureAudience(c, ref));
  },
  releaseFromClosedSession(ref) {
    get().editConference((c) => releaseFromClosedSession(c, ref));
  },
  setCaptureTime(ref, clock) {
    get().editConference((c) => setCaptureClock(c, ref, clock));
  },
  setAddressRestricted(adultId, restricted) {
    get().editConference((c) => setAddressRestricted(c, adultId, restricted));
  },
  setDistribution(participantId, patch) {
    get().editConference((c) => setDistributionChoice(c, participantId, patch));
  },
  resetDistribution(participantId) {
    get().editConference((c) => resetDistribution(c, participantId));
  },
});
