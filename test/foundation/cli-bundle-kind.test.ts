import { describe, expect, it } from 'vitest';
import { commandKind } from '../../src/cli/bundle-load.js';

// Issue 19: the code cache of the CLI bundle is written once per command kind, by the first run of
// that kind. A verifying run and a `--no-verify` run compile different functions: sharing one file,
// whichever ran first decided what the other found compiled (a benchmark's order moved the
// example's verify time). Each keeps its own.
describe('the code cache kind of a CLI run', () => {
  it('keeps verifying and --no-verify generate runs apart', () => {
    expect(commandKind(['generate', 'docs'])).toBe('generate-verify');
    expect(commandKind(['generate', 'docs', '--no-verify'])).toBe('generate');
    expect(commandKind(['docs', '--dry-run'])).toBe('generate-verify');
    expect(commandKind(['--no-verify', 'docs'])).toBe('generate');
  });

  it('keeps the other kinds as they were', () => {
    expect(commandKind(['check', 'spec.md'])).toBe('check');
    expect(commandKind(['codes'])).toBe('info');
    expect(commandKind(['generate', '--help'])).toBe('info');
  });
});
