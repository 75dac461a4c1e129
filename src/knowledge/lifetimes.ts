import { formatDuration } from './durations.js';

/** Token and session lifetimes as documents write them: whole days stay days (`7 days`, `30 days`). */
export function formatLifetime(seconds: number): string {
  const day = 86400;
  if (seconds % day === 0 && seconds < 365 * day) return `${seconds / day} day${seconds === day ? '' : 's'}`;
  return formatDuration(seconds);
}
