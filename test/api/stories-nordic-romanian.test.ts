import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { ACCESS_HEADER, readAccessCell } from '../../src/read/access-words.js';
import { routeGlossary } from '../../src/read/alias-words.js';
import { describedVerb } from '../../src/read/state-verb-words.js';
import { intentsOf } from '../../src/read/story-words.js';

// Found by the Danish, Romanian and Ukrainian trials (hallbooking, gustarica, skladka): "søge om"
// (apply for) read as a search, "låse" (lock) not read, the Danish article "en" split as the Dutch
// "and", a story that repeats a stated decision route ("Godkend, ændr eller afvis en ansøgning") given
// an invented approve and reject of another record, route tables headed "Roluri" and "Descriere", and
// the access words "публічний", "parinte (doar a sa)".

describe('story words', () => {
  it('applying for something is a create, in da, nb, sv and en', () => {
    expect(intentsOf('søge om faste ugentlige tider for den kommende sæson')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('søke om permisjon fra vakten')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('ansöka om en kolonilott')).toEqual([{ kind: 'create' }]);
    expect(intentsOf('apply for a grant')).toEqual([{ kind: 'create' }]);
    // Searching is as before.
    expect(intentsOf('søge efter ledige tider')).toEqual([{ kind: 'search' }]);
  });

  it('reads the Nordic lock verb, and the article "en" before the object', () => {
    expect(intentsOf('låse en hal i en periode')).toEqual([{ kind: 'state', verb: 'lock', word: 'låse' }]);
    expect(intentsOf('låsa ett rum under en helg')[0]).toMatchObject({ kind: 'state', verb: 'lock' });
    expect(intentsOf('se en hals kalender, så jeg kan se, hvornår den er ledig')).toEqual([{ kind: 'view' }]);
    // Dutch "en" still joins two verbs.
    expect(intentsOf('facturen bekijken en downloaden').map((i) => i.kind)).toEqual(['export', 'view']);
    expect(describedVerb('Lås en facilitet i en periode')).toBe('lock');
  });
});

describe('route table words', () => {
  it('reads Romanian and Ukrainian access columns and cells', () => {
    expect(ACCESS_HEADER.test('Roluri')).toBe(true);
    expect(ACCESS_HEADER.test('Ролі')).toBe(true);
    expect(readAccessCell('публічний')).toMatchObject({ public: true });
    expect(readAccessCell('parinte (doar a sa)')).toMatchObject({ roles: ['parinte'], own: ['parinte'] });
    expect(readAccessCell('представник громади (лише власні)')).toMatchObject({
      own: ['представник громади'],
    });
  });

  it('names a resource by the word every one of its routes says', () => {
    const read = routeGlossary([
      { path: '/schools/{id}/menus', description: 'Meniurile publicate pentru intervalul from/to' },
      { path: '/menus', description: 'Publicarea unui meniu' },
      { path: '/menus/{id}', description: 'Modificarea unui meniu nepublicat' },
      { path: '/orders', description: 'Comandă nouă' },
    ]);
    expect(read.map(({ alias, text }) => [alias, text])).toEqual([['meniu', 'menus']]);
  });
});

const project = (
  prd: string,
  routes: string,
  sql: string,
  header = '| Method | Path | Description | Role |',
) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## User stories\n\n${prd}\n`,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n${header}\n|---|---|---|---|\n${routes}\n`,
  });

const compiled = async (host: ReturnType<typeof memoryHost>) => {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!;
};

describe('stories map to the stated routes that perform them', { timeout: 120_000 }, () => {
  it('nb: a decision route the story repeats serves approve and reject; a lock route in Norwegian', async () => {
    const spec = await compiled(
      project(
        `- **US-1:** Som saksbehandler vil jeg godkjenne eller avvise en klubbs søknad om treningstid.
- **US-2:** Som vaktmester vil jeg låse et rom i en periode.
- **US-3:** Som klubbleder vil jeg søke om faste treningstider.`,
        `| POST | /api/v1/clubs/{id}/godkjenn | Godkjenn eller avvis en klubb | caseworker |
| POST | /api/v1/applications | Søk om faste tider | club_lead |
| GET | /api/v1/applications | Søknader for en sesong | caseworker |
| POST | /api/v1/applications/{id}/vedtak | Godkjenn, endre eller avvis en søknad | caseworker |
| POST | /api/v1/rooms/{id}/laas | Lås et rom for en periode | janitor |`,
        `CREATE TABLE clubs (id bigserial PRIMARY KEY, name text NOT NULL, approved boolean NOT NULL DEFAULT false);
CREATE TABLE rooms (id bigserial PRIMARY KEY, name text NOT NULL, locked boolean NOT NULL DEFAULT false);
CREATE TABLE applications (id bigserial PRIMARY KEY, club_id bigint NOT NULL REFERENCES clubs(id), status text NOT NULL CHECK (status IN ('submitted','approved','rejected')));`,
      ),
    );
    const ops = new Map((spec.stories ?? []).map((s) => [s.id, s.operations]));
    expect(ops.get('US-1')).toEqual(['vedtakApplication']);
    expect(ops.get('US-2')).toEqual(['laasRoom']);
    expect(ops.get('US-3')).toEqual(['createApplication']);
    // Nothing is designed beside the stated decision.
    expect(spec.endpoints.map((e) => e.path)).not.toContain('/api/v1/clubs/{id}/approve');
    expect(spec.endpoints.map((e) => e.path)).not.toContain('/api/v1/clubs/{id}/reject');
  });

  it('ro: a route table headed "Roluri" and "Descriere" gives its callers and its glossary', async () => {
    const spec = await compiled(
      project(
        `- **US-1:** Ca bucătar, vreau să public meniul zilei.
- **US-2:** Ca elev, vreau să văd meniul zilei.`,
        `| POST | /api/v1/menus | Publicarea unui meniu | bucatar |
| PUT | /api/v1/menus/{id} | Modificarea unui meniu nepublicat | bucatar |
| GET | /api/v1/menus | Meniurile publicate | public |`,
        `CREATE TABLE menus (id bigserial PRIMARY KEY, title text NOT NULL, published boolean NOT NULL DEFAULT false);`,
        '| Metodă | Rută | Descriere | Roluri |',
      ),
    );
    const ops = new Map((spec.stories ?? []).map((s) => [s.id, s.operations]));
    expect(ops.get('US-1')).toEqual(['createMenu']);
    expect(ops.get('US-2')).toEqual(['listMenus']);
    // The role column is read: the cook's route is the cook's only (no column read leaves it to admin).
    const cook = spec.stories!.find((s) => s.id === 'US-1')!.role;
    expect(cook).toBeTruthy();
    expect(spec.endpoints.find((e) => e.operationId === 'createMenu')?.roles).toEqual([cook]);
    expect(spec.endpoints.map((e) => e.path)).not.toContain('/api/v1/menus/{id}/publish');
  });
});
