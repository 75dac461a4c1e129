import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A German project nobody here had written, tried as a new user would: the stated matrix
// (`| Rolle | Aufträge | Fahrzeuge |`) named no entity because of the plural and its umlaut, so every
// read was denied; "Fahrzeuge anlegen und stilllegen (nicht löschen)" got a DELETE and no create;
// "seine Aufträge des Tages sehen" read no verb.
const PRD = [
  '# PRD',
  '',
  '## Rollen und Berechtigungen',
  '',
  '| Rolle | Aufträge | Fahrzeuge |',
  '|---|---|---|',
  '| Disponent | CRUD | Lesen |',
  '| Fahrer | Lesen/Abschließen | — |',
  '| Leitung | Lesen | CRUD |',
  '',
  '## Funktionale Anforderungen',
  '',
  '- FR1: Ein Disponent kann einen Auftrag anlegen.',
  '- FR2: Ein Fahrer kann seine Aufträge des Tages sehen.',
  '- FR3: Ein Fahrer kann einen Auftrag als erledigt abschließen.',
  '- FR4: Die Leitung kann Fahrzeuge anlegen und stilllegen (nicht löschen).',
].join('\n');
const ARCH = [
  '# Architektur',
  '',
  '| Bereich | Technologie |',
  '|---|---|',
  '| Datenbank | PostgreSQL 16 |',
  '',
  '```sql',
  "CREATE TABLE auftraege (id UUID PRIMARY KEY, kunde TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'offen');",
  'CREATE TABLE fahrzeuge (id UUID PRIMARY KEY, kennzeichen VARCHAR(12) NOT NULL UNIQUE, aktiv BOOLEAN NOT NULL DEFAULT true);',
  '```',
].join('\n');

describe('a German project: matrix, plurals with umlauts, verb-last stories, "nicht löschen"', () => {
  it('reads the stated matrix and the stories as stated', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH }),
    );
    const spec = r.spec!;
    const row = (method: string, tail: RegExp) => {
      const e = spec.endpoints.find((x) => x.method === method && tail.test(x.path));
      expect(e, `${method} ${tail}`).toBeDefined();
      return spec.permissions!.rows.find((x) => x.operationId === e!.operationId)!.access;
    };
    expect(row('GET', /auftr\w*$/)).toMatchObject({
      disponent: 'allowed',
      fahrer: 'allowed',
      leitung: 'allowed',
    });
    expect(row('POST', /auftr\w*$/)).toMatchObject({
      disponent: 'allowed',
      fahrer: 'denied',
      leitung: 'denied',
    });
    expect(row('POST', /\/complete$/)).toMatchObject({ fahrer: 'allowed', disponent: 'denied' });
    expect(row('POST', /fahrzeug\w*$/)).toMatchObject({ leitung: 'allowed', disponent: 'denied' });
    expect(row('POST', /fahrzeug\w*\/\{id\}\/deactivate$/)).toMatchObject({ leitung: 'allowed' });
    expect(spec.endpoints.some((e) => e.method === 'DELETE' && /fahrzeug/.test(e.path))).toBe(false);
    const fr2 = spec.stories!.find((s) => s.id === 'FR2')!;
    expect(fr2.unmapped).toBeNull();
  });
});
