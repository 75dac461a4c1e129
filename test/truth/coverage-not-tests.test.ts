import { describe, expect, test } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { doc, run } from '../reconcile/helpers.js';

function keys(text: string) {
  const { fragment } = run(quantitiesExtractor, doc('docs/a.md', 'architecture', text));
  return (fragment.parameters ?? []).map((q) => q.key);
}

// Issue 11: an English trial's "coverage digest listing shifts below 50 % capacity" became a 50 %
// test-coverage target. A percentage of places filled is not test coverage.
describe('test coverage is read only where the percentage measures tests', () => {
  test.each([
    ['en', '- FR15: Coordinators receive a coverage digest e-mail listing shifts below 50 % capacity.\n'],
    [
      'en table',
      '| coverage_digest | Monday 06:00 | e-mail coordinators shifts < 50 % full |\n|---|---|---|\n| x | y | z |\n',
    ],
    ['es', '- Resumen de cobertura: turnos con menos del 50 % de ocupación.\n'],
    ['de', '- Wochenbericht zur Abdeckung: Schichten unter 50 % Auslastung (coverage).\n'],
  ])('%s: no test-coverage target', (_lang, text) => {
    expect(keys(text)).not.toContain('nfr.test-coverage');
  });
  test.each([
    ['en', '- Minimum **70% meaningful code coverage** across the test suite\n'],
    ['en label', '**Coverage Target**: 90%\n'],
    ['fr', '- **NFR24:** Coverage cible : 80% minimum sur Domain\n'],
    ['es', '- Tests unitarios escritos (>80% coverage)\n'],
  ])('%s: a test-coverage target', (_lang, text) => {
    expect(keys(text)).toContain('nfr.test-coverage');
  });
});
