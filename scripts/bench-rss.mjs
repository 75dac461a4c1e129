// Loaded with `node --import` by bench.mjs: on exit, writes this process's peak RSS (KB) and CPU
// time (user + system, µs) to the file named by BENCH_RSS_FILE, so each case is measured in its own
// process. CPU time stays meaningful on a busy machine where wall time does not.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const usage = process.resourceUsage();
  writeFileSync(
    process.env.BENCH_RSS_FILE,
    JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }),
  );
});
