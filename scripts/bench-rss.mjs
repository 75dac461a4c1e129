// Loaded with `node --import` by bench.mjs: on exit, writes this process's peak RSS (KB) to the
// file named by BENCH_RSS_FILE, so each benchmark case is measured in its own process.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
