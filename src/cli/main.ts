#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { enableCompileCache } from '../verify/compile-cache.js';
import { loadCliBundle } from './bundle-load.js';
import { KEEP_BYTECODE_FLAG } from './engine-flags.js';

// WebAssembly here (PostgreSQL as PGlite, libpg-query) runs once per process, briefly: V8's baseline
// compiler alone (Liftoff) costs less CPU than tiering hot functions up to TurboFan in the
// background, which never pays back in a run this short (measured: applying 1,000 tables 3.1 →
// 1.4 s of CPU for the first quarter, parsing 2,000 statements 0.65 → 0.19 s). Set before any wasm is
// compiled; the flag is read at compile time. Only the CLI sets it: a library must not change
// its host process's engine.
setFlagsFromString('--liftoff-only');
// The readers' patterns (accent-aware, case-insensitive Unicode classes) are each run a few times in a
// run: V8 first compiles a pattern to bytecode and later again to machine code, and each compile
// rebuilds the pattern's Unicode classes; compiling once, to machine code, is 3.05 → 2.59 s of CPU for
// the example (medians of 7, issue 19). Matching is the same either way.
setFlagsFromString('--no-regexp-tier-up');
// A run is a few hundred readers, extractors and derive steps, most of them called briefly: with
// V8's default interrupt budget (67,584 bytecode units on Node 20) TurboFan optimises hundreds of
// them on a background thread, CPU that a short run never earns back. Eight times the budget leaves
// TurboFan to the loops that really are hot (medians of 3-5 under load, user+sys, all threads, issue 19):
// the example --no-verify 1.16 -> 0.99 s, synthetic-1000 9.79 -> 6.89 s, the 1 MB document of many
// entities 11.7 -> 8.8 s, the 1 MB document of small blocks 3.85 -> 3.02 s. Measured on V8 11.3
// (Node 20) only, so set only there; the output is the same (a JIT tier never changes a result).
if (process.versions.v8.startsWith('11.')) setFlagsFromString('--interrupt-budget=540672');
// Every function the run compiled goes into the code cache, however long the run (./engine-flags.ts).
setFlagsFromString(KEEP_BYTECODE_FLAG);
// Not set here: a larger young generation (`--max-semi-space-size=64`). V8 sizes the heap when the
// isolate is created, so the flag set at this point changes nothing (new space stays 32 MB); given
// on node's command line it did not lower CPU measurably either (1 MB entities 8.28 → 8.22 s,
// synthetic-1000 8.85 → 9.61 s, medians of 3 under load) and raised peak RSS 7–12 % (issue 19).

// Before the compiler is imported (below, not statically): its modules are then compiled from cache.
// On Node 20 the whole CLI comes from one code-cached script when it can (./bundle-load.ts).
enableCompileCache();
const run = loadCliBundle(process.argv.slice(2)) ?? (await import('./run.js')).run;

// `backend-spec ... | head` closes the pipe early: that is not an error of ours (POSIX SIGPIPE semantics).
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `backend-spec: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
