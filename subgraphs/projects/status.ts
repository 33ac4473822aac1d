export type ProjectStatus = 'NOT_STARTED' | 'ON_TRACK' | 'DELAYED' | 'COMPLETED';

/**
 * COMPLETED at 100%; DELAYED when the deadline has passed below 100%; NOT_STARTED at 0%
 * before the deadline; ON_TRACK otherwise. `today` is an ISO date.
 */
export function projectStatus(progress: number, deadline: string, today: string): ProjectStatus {
  if (progress >= 100) return 'COMPLETED';
  if (today > deadline) return 'DELAYED';
  return progress <= 0 ? 'NOT_STARTED' : 'ON_TRACK';
}

/** Today's date, ISO, the `today` of projectStatus. */
export const today = (): string => new Date().toISOString().slice(0, 10);
