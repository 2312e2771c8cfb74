import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './app-slice';
import { createAudienceSlice, type AudienceSlice } from './audience-slice';
import { createConferenceSlice, type ConferenceSlice } from './conference-slice';
import { createHomeSlice, type HomeSlice } from './home-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';

export type RootState = AppSlice & HomeSlice & ConferenceSlice & MeetingSlice & AudienceSlice;

/** One store built from slices; components read it through small selectors. */
export const useAppStore = create<RootState>()((...a) => ({
  ...createAppSlice(...a),
  ...createHomeSlice(...a),
  ...createConferenceSlice(...a),
  ...createMeetingSlice(...a),
  ...createAudienceSlice(...a),
}));
