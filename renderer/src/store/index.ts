import { create } from 'zustand';
import { bridge } from '../bridge';
import { createAppSlice, type AppSlice } from './app-slice';
import { createAudienceSlice, type AudienceSlice } from './audience-slice';
import { createConferenceSlice, type ConferenceSlice } from './conference-slice';
import { createHomeSlice, type HomeSlice } from './home-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';
import { createPresenterPublisher } from './presenter-publisher';

export type RootState = AppSlice & HomeSlice & ConferenceSlice & MeetingSlice & AudienceSlice;

/** One store built from slices; components read it through small selectors. */
export const useAppStore = create<RootState>()((...a) => ({
  ...createAppSlice(...a),
  ...createHomeSlice(...a),
  ...createConferenceSlice(...a),
  ...createMeetingSlice(...a),
  ...createAudienceSlice(...a),
}));

/** Made with the store, so that it hears each change before any component does (see presenter-publisher.ts). */
export const presenterPublisher = createPresenterPublisher(
  useAppStore,
  (view) => void bridge.publishPresenterView(view),
);
