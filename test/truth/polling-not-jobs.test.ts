import { describe, expect, test } from 'vitest';
import { quantitiesExtractor } from '../../src/extract/quantities.js';
import { doc, run } from '../reconcile/helpers.js';

function keys(text: string) {
  const { fragment } = run(quantitiesExtractor, doc('docs/a.md', 'architecture', text));
  return (fragment.parameters ?? []).map((q) => q.key.split('.')[0]);
}

// Issue 11: client polling intervals were read as backend jobs ("badges-estados-en-listas").
describe('intervals under a polling statement are client sync intervals, not recurring jobs', () => {
  test.each([
    [
      'es',
      '- NFR3: Actualización de estados vía polling (sin WebSockets):\n  - Badges en listas: cada ~15s\n  - Métricas dashboard: cada ~60s\n',
    ],
    [
      'en',
      '- Status updates by polling (no WebSockets):\n  - List badges: every 15 seconds\n  - Dashboard metrics: every 60 seconds\n',
    ],
    ['fr', '### Rafraîchissement automatique\n\n- Badges des listes : toutes les 15 s, every 15s\n'],
    ['pt', '- Atualização automática da interface:\n  - Painel: cada 30s\n'],
    ['de', '- Automatische Aktualisierung (Polling):\n  - Dashboard: alle 60 Sekunden\n'],
  ])('%s', (_lang, text) => {
    const k = keys(text);
    expect(k.length).toBeGreaterThan(0);
    expect(k).not.toContain('schedule');
    expect(k).toContain('sync');
  });
  test('near-miss: a nightly job beside an unrelated list stays a schedule', () => {
    expect(keys('## Background jobs\n\n- Report export: every 24 hours\n- Cleanup: every 1 hour\n')).toEqual([
      'schedule',
      'schedule',
    ]);
  });
});

describe('a heartbeat is a client signal, not a backend job', () => {
  test.each([
    ['es', '- Heartbeat: cada **10s** renueva lock si la pestaña está activa.\n'],
    ['en', '- The editor sends a heartbeat every 10 seconds to keep its lock.\n'],
  ])('%s', (_lang, text) => {
    expect(keys(text)).toEqual(['sync']);
  });
});
