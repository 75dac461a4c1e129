/**
 * Opt-in phase timings (`BACKEND_SPEC_TIMINGS=1`), summed per label and printed to stderr by the
 * pipeline. For finding where time goes; the benchmark script (`npm run bench`) is the measure.
 */
const enabled = typeof process !== 'undefined' && !!process.env.BACKEND_SPEC_TIMINGS;
const totals = new Map<string, number>();

export function timed<T>(label: string, run: () => T): T {
  if (!enabled) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    totals.set(label, (totals.get(label) ?? 0) + performance.now() - start);
  }
}

export async function timedAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
  if (!enabled) return run();
  const start = performance.now();
  try {
    return await run();
  } finally {
    totals.set(label, (totals.get(label) ?? 0) + performance.now() - start);
  }
}

export function flushTimings(): void {
  if (!enabled || totals.size === 0) return;
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  process.stderr.write(
    `timings (ms):\n${rows.map(([k, v]) => `  ${v.toFixed(1).padStart(8)}  ${k}`).join('\n')}\n`,
  );
  totals.clear();
}
