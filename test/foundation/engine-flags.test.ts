import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KEEP_BYTECODE_FLAG } from '../../src/cli/engine-flags.js';

// Issue 19: the code cache is written at exit; with V8's bytecode flushing a long run's data lost the
// functions not run lately, and the next run compiled them again. The CLI's flag keeps them: here
// V8 flushes as hard as it can (`--stress-flush-code`) and the script's cached data still hold the
// function it ran.
const script = `
const v8 = require('node:v8');
if (process.argv[1]) v8.setFlagsFromString(process.argv[1]);
const vm = require('node:vm');
const s = new vm.Script('globalThis.f = function f() { return [1, 2, 3].map((x) => x * 2).join(",") + "abcdefghij".split("").reverse().join(""); }; f();');
s.runInThisContext();
for (let i = 0; i < 30; i++) gc();
process.stdout.write(String(s.createCachedData().length));`;

const cachedBytes = (flag: string) =>
  Number(
    spawnSync(process.execPath, ['--expose-gc', '--stress-flush-code', '-e', script, flag], {
      encoding: 'utf8',
    }).stdout,
  );

describe('the CLI keeps compiled functions for its code cache', () => {
  it('sets the flag that keeps bytecode V8 would flush', () => {
    expect(KEEP_BYTECODE_FLAG).toBe('--no-flush-bytecode');
    const flushed = cachedBytes('');
    const kept = cachedBytes(KEEP_BYTECODE_FLAG);
    expect(flushed).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(flushed);
  });
});
