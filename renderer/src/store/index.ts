import { create } from 'zustand';
import { bridge } from '../bridge';
import { createAppSlice, type AppSlice } from './app-slice';
import { createAudienceSlice, type AudienceSlice } from './audience-slice';
import { createConferenceSlice, type ConferenceSlice } from './conference-slice';
import { createHomeSlice, type HomeSlice } from './home-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';
import { createSharedScreenPublisher } from './shared-screen-publisher';

export type RootState = AppSlice & HomeSlice & ConferenceSlice & MeetingSlice & AudienceSlice;

/** One store built from slices; components read it through small selectors. */
export const useAppStore = create<RootState>()((...a) => ({
  ...createAppSlice(...a),
  ...createHomeSlice(...a),
  ...createConferenceSlice(...a),
  ...createMeetingSlice(...a),
  ...createAudienceSlice(...a),
}));

/** Made with the store, so that it hears each change before any component does (see shared-screen-publisher.ts). */
export const sharedScreenPublisher = createSharedScreenPublisher(
  useAppStore,
  (view) => void bridge.publishSharedScreenView(view),
);
