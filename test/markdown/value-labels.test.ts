import { describe, expect, test } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { doc, run } from '../reconcile/helpers.js';

/**
 * Labels of values read from tables (issue 15): the reader sees the row's own words, never the
 * column header glued on ("Dashboard load (Target)", "Privacy (Requirement)").
 */
function labels(text: string): string[] {
  const { fragment } = run(quantitiesExtractor, doc('docs/prd.md', 'prd', text));
  return (fragment.parameters ?? []).map((q) => q.label);
}

const table = (header: string[], rows: string[][]) =>
  [
    '## Performance',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

describe('labels of table values', () => {
  test.each([
    ['en', ['Metric', 'Target'], ['Dashboard load', '< 2 seconds'], 'Dashboard load'],
    [
      'es',
      ['Métrica', 'Objetivo'],
      ['Tiempo de respuesta de la búsqueda', '< 1 segundo'],
      'Tiempo de respuesta de la búsqueda',
    ],
    ['pt', ['Métrica', 'Meta'], ['Tempo de resposta da busca', '< 1 segundo'], 'Tempo de resposta da busca'],
    [
      'fr',
      ['Mesure', 'Cible'],
      ['Latence de la recherche (p95)', '< 800 ms'],
      'Latence de la recherche (p95)',
    ],
    ['de', ['Metrik', 'Ziel'], ['Latenz der Suche (p95)', '< 800 ms'], 'Latenz der Suche (p95)'],
  ])('%s: a lone value column adds no header', (_lang, header, row, label) => {
    const found = labels(table(header, [row]));
    expect(found.length).toBeGreaterThan(0);
    for (const l of found) expect(l).toBe(label);
  });

  test('a requirement row whose value is a sentence is labelled by the sentence, not its category', () => {
    const found = labels(
      table(
        ['ID', 'Category', 'Requirement'],
        [['NFR-05', 'Privacy', 'Audit log entries are retained for 7 years, then purged']],
      ),
    );
    expect(found).toEqual(['Audit log entries are retained for 7 years, then purged']);
  });

  test('the header names a second value column of the row, not the first', () => {
    const found = labels(table(['Endpoint', 'p95 latency', 'max latency'], [['Search', '300 ms', '800 ms']]));
    expect(found).toEqual(['Search', 'Search (max latency)']);
  });
});
