import type { Kind, LegislativeStage, Status } from '@civic/shared';

// The web app lists these by type, not by importing the zod schemas: that keeps zod out of the browser bundle.

/** Okabe–Ito palette: told apart with every common colour-vision deficiency; status is always also written. */
export const statusColors: Record<Status, string> = {
  proposed: '#56B4E9',
  in_progress: '#0072B2',
  under_review: '#E69F00',
  adopted: '#CC79A7',
  completed: '#009E73',
  stalled: '#D55E00',
  withdrawn: '#7f7f7f',
};
export const statusList = Object.keys(statusColors) as Status[];

const kindSet: Record<Kind, true> = {
  institution: true,
  recommendation: true,
  legislation: true,
  practice: true,
  call_to_action: true,
};
export const kindList = Object.keys(kindSet) as Kind[];

const stageSet: Record<LegislativeStage, true> = {
  drafting: true,
  public_discussion: true,
  mazhilis: true,
  senate: true,
  signed: true,
  in_force: true,
};
export const stageList = Object.keys(stageSet) as LegislativeStage[];

/** The one source document the seed draws from. */
export const mainSourceId = 'senate-aktobe-maslikhat';
