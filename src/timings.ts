/**
 * Opt-in phase timings (`BACKEND_SPEC_TIMINGS=1`), summed per label and printed to stderr by the
 * pipeline. For finding where time goes; the benchmark script (`npm run bench`) is the measure.
 * `BACKEND_SPEC_TIMINGS=cpu` sums the process's CPU time (user+sys) instead of wall time: on a shared,
 * loaded machine the wall clock mostly measures the other processes.
 */
const mode = typeof process !== 'undefined' ? process.env.BACKEND_SPEC_TIMINGS : undefined;
const enabled = !!mode;
const totals = new Map<string, number>();
const now: () => number =
  mode === 'cpu'
    ? () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      }
    : () => performance.now();

export function timed<T>(label: string, run: () => T): T {
  if (!enabled) return run();
  const start = now();
  try {
    return run();
  } finally {
    totals.set(label, (totals.get(label) ?? 0) + now() - start);
  }
}

export async function timedAsync<T>(label: string, run: () => Promise<T>): Promise<T> {
  if (!enabled) return run();
  const start = now();
  try {
    return await run();
  } finally {
    totals.set(label, (totals.get(label) ?? 0) + now() - start);
  }
}

export function flushTimings(): void {
  if (!enabled || totals.size === 0) return;
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  process.stderr.write(
    `timings (${mode === 'cpu' ? 'CPU ' : ''}ms):\n${rows.map(([k, v]) => `  ${v.toFixed(1).padStart(8)}  ${k}`).join('\n')}\n`,
  );
  totals.clear();
}
