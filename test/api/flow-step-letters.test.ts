import { describe, expect, it } from 'vitest';
import { compiledProject } from '../helpers/compiled.js';

// Found on alet-tr: the UX step "Gönüllü ödünç kaydını açar." became the story "ödün ç kaydını açar":
// the step's verb ended at `\b`, an ASCII word boundary, inside a word ending in a letter outside
// ASCII (ç, ê, é, ı…).

describe('a flow step whose word ends in a letter outside ASCII', { timeout: 180_000 }, () => {
  it('tr: "ödünç" stays one word', async () => {
    const r = await compiledProject('test/turkish/projects/alet');
    const step = (r.spec!.stories ?? []).find((s) => s.id === 'story@akislar.md:15');
    expect(step?.action).toBe('ödünç kaydını açar');
  });
});
