/**
 * V8's bytecode flushing off (`--flush-bytecode`, on by default): V8 drops the bytecode of functions
 * not run for a while, and the code cache (src/heavy-require.ts), written at exit, then holds only
 * the functions still compiled. A long run (1,000 entities) wrote data with half the CLI (2.7
 * instead of 5.7 MB) and a later run of the example compiled the rest again (1.76 → 2.0-2.2 s of
 * CPU): which project ran first decided every later run's time (issue 19). Kept, the data hold
 * every function the run compiled, whatever its length (peak RSS at 1,000 entities not higher:
 * 1,536 MB against 1,605-1,640 MB, under load). Set by the CLI only, before anything is compiled.
 */
export const KEEP_BYTECODE_FLAG = '--no-flush-bytecode';
