import { describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { todoDomain } from '../data/fixtures.js';
import { deriveData } from '../data/helpers.js';

/**
 * The CLI's verification worker (PGlite and Redocly) is let go as soon as the verifiers have ended,
 * before the report is rendered and written: its memory would otherwise add to that peak (issue 19).
 */
describe('releasing the verification tools', () => {
  it('is told once, after every verifier has ended', async () => {
    const { spec } = deriveData(todoDomain());
    let released = 0;
    const out = await verify([], spec, { release: () => void released++ });
    expect(out.verifications).toEqual([]);
    expect(released).toBe(1);
  });

  it('is not told when verification is off (the command ends the worker itself)', async () => {
    const { spec } = deriveData(todoDomain());
    let released = 0;
    await verify([], spec, { skip: true, release: () => void released++ });
    expect(released).toBe(0);
  });
});
