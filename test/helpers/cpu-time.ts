import { expect } from 'vitest';

/**
 * CPU time of this process (user + system, every thread of it) spent in `fn`, in milliseconds.
 * The linear-time budgets of the suite are CPU time, not wall time: on a machine shared by many
 * processes a test waits for a core for seconds (the suite runs on 2 cores beside tsc, and CI
 * beside whatever else runs), which says nothing about the work the code did. A super-linear
 * pattern still shows: it costs 10–1000× the budget in CPU time, loaded or not.
 */
export function cpuMs<T>(fn: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

/** Runs `fn` and asserts it used less than `limitMs` of CPU time; returns what `fn` returned. */
export function withinCpu<T>(limitMs: number, fn: () => T, what?: string): T {
  const { value, ms } = cpuMs(fn);
  expect(ms, what ? `${what}: ${ms.toFixed(0)} ms of CPU` : undefined).toBeLessThan(limitMs);
  return value;
}
