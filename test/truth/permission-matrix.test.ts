import { describe, expect, it } from 'vitest';
import { rolesExtractor } from '../../src/extract/roles.js';
import { memoryHost } from '../../src/host.js';
import { readPermissionCell } from '../../src/knowledge/permission-cells.js';
import { compile } from '../../src/pipeline.js';
import { doc, run } from '../reconcile/helpers.js';

// Issue 11: a stated role × resource permission matrix was ignored; the admin role then received
// "manage everything" by the default rule although the matrix says "Admin | Voir" on missions.

const cells = (text: string) =>
  (run(rolesExtractor, doc('docs/prd.md', 'prd', text)).fragment.securityFacts ?? []).filter(
    (f) => f.kind === 'permission-cell',
  );

describe('matrix cells read as the documents wrote them', () => {
  it('marks, CRUD letters and verbs in five languages', () => {
    expect(readPermissionCell('CRUD')!.grants.map((g) => g.action)).toEqual([
      'create',
      'read',
      'update',
      'delete',
    ]);
    expect(readPermissionCell('Voir/Accepter')!.grants).toEqual([
      { action: 'read' },
      { action: 'update', verb: 'accept' },
    ]);
    expect(readPermissionCell('Ver, aprobar')!.grants).toEqual([
      { action: 'read' },
      { action: 'update', verb: 'validate' },
    ]);
    expect(readPermissionCell('Lesen und Ändern')!.grants.map((g) => g.action)).toEqual(['read', 'update']);
    expect(readPermissionCell('Tout')!.grants).toEqual([{ action: 'manage' }]);
    expect(readPermissionCell('✅')!.grants).toEqual([{ action: 'manage' }]);
    expect(readPermissionCell('❌')!.denied).toBe(true);
    expect(readPermissionCell('—')!.denied).toBe(true);
    expect(readPermissionCell('Voir/Favoris')!.unread).toEqual(['Favoris']);
  });
  it('a sentence, a colour or a number is not matrix wording', () => {
    expect(readPermissionCell('Can see every mission of the garage they belong to')).toBeNull();
    expect(readPermissionCell('#1E40AF')).toBeNull();
    expect(readPermissionCell('42')).toBeNull();
  });
});

describe('role × resource matrices, and tables that only look like one', () => {
  it('reads a French matrix (vitrolib wording) into one fact per filled cell', () => {
    const md = [
      '## Permission Matrix (RBAC)',
      '',
      '| Rôle | Missions | Paiements | Admin |',
      '|------|----------|-----------|-------|',
      '| Garage | CRUD | Gérer | ❌ |',
      '| Technicien | Voir/Accepter | Recevoir | ❌ |',
      '| Admin | Voir | Arbitrer | ✅ |',
    ].join('\n');
    const got = cells(md).map((f) =>
      f.kind === 'permission-cell'
        ? `${f.role}:${f.resource}:${f.grants.map((g) => g.verb ?? g.action)}`
        : '',
    );
    expect(got).toEqual([
      'Garage:Missions:create,read,update,delete',
      'Garage:Paiements:manage',
      'Garage:Admin:',
      'Technicien:Missions:read,accept',
      'Technicien:Paiements:read',
      'Technicien:Admin:',
      'Admin:Missions:read',
      'Admin:Paiements:resolve',
      'Admin:Admin:manage',
    ]);
  });
  it('near-misses: design tokens, persona feelings and role descriptions are no matrix', () => {
    expect(
      cells('| Rôle | Couleur | Hex | Usage |\n|---|---|---|---|\n| Garage | Bleu | #1E40AF | CTA |\n'),
    ).toEqual([]);
    expect(
      cells(
        '| Роль | Должен чувствовать | Не должен чувствовать |\n|---|---|---|\n| Админ | Контроль над процессом | Хаос в таблицах |\n',
      ),
    ).toEqual([]);
    expect(
      cells('| Role | Description | Level |\n|---|---|---|\n| Admin | Manages the whole clinic | 3 |\n'),
    ).toEqual([]);
  });
});

const project = (matrix: string, stories: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Roles and permissions\n\n${matrix}\n\n## User stories\n\n${stories}\n`,
    '/p/docs/architecture.md': [
      '# Architecture',
      '',
      '## Data model',
      '',
      '```sql',
      "CREATE TABLE missions (id UUID PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open');",
      '```',
    ].join('\n'),
  });

async function access(host: ReturnType<typeof memoryHost>) {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  const spec = r.spec!;
  const out: Record<string, Record<string, string>> = {};
  for (const row of spec.permissions!.rows) {
    const e = spec.endpoints.find((x) => x.operationId === row.operationId)!;
    out[`${e.method} ${e.path.replace(/^\/api(\/v1)?/, '')}`] = row.access;
  }
  return out;
}

describe('the stated matrix decides the endpoints of the resources it names', () => {
  it('English: the admin reads missions only; the driver accepts; the default admin rule does not widen it', async () => {
    const a = await access(
      project(
        [
          '| Role | Missions |',
          '|---|---|',
          '| Dispatcher | CRUD |',
          '| Driver | View/Accept |',
          '| Admin | View |',
        ].join('\n'),
        [
          '- As a dispatcher, I want to create a mission so that a driver can take it.',
          '- As a driver, I want to accept a mission so that I can drive it.',
          '- As an admin, I want to see all missions.',
        ].join('\n'),
      ),
    );
    expect(a['POST /missions']).toMatchObject({ dispatcher: 'allowed', driver: 'denied', admin: 'denied' });
    expect(a['GET /missions']).toMatchObject({ dispatcher: 'allowed', driver: 'allowed', admin: 'allowed' });
    const accept = Object.entries(a).find(([k]) => k.endsWith('/accept'));
    expect(accept?.[1]).toMatchObject({ driver: 'allowed', dispatcher: 'denied', admin: 'denied' });
  });
  it('Spanish: a row of "Todo" in every column is everything; without a matrix the admin default still holds', async () => {
    const a = await access(
      project(
        ['| Rol | Misiones |', '|---|---|', '| Operador | Ver |', '| Superadmin | Todo |'].join('\n'),
        '- Como operador, quiero ver las misiones para planificar el día.',
      ),
    );
    const rows = Object.values(a).filter((row) => row.superadmin);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.superadmin).toBe('allowed');
    expect(a['POST /missions']?.operador ?? 'denied').toBe('denied');
    const b = await access(
      project(
        '- **Admin**: runs the platform\n- **Dispatcher**: plans missions',
        '- As a dispatcher, I want to create a mission.',
      ),
    );
    expect(b['POST /missions']).toMatchObject({ admin: 'allowed', dispatcher: 'allowed' });
  });
});

describe('a story the stated matrix does not grant is followed and reported', () => {
  it('en: the driver completes a mission by story while the matrix gives View/Accept only', async () => {
    const r = await compile(
      { root: '/p', lang: 'en', verify: { skip: true } },
      project(
        ['| Role | Missions |', '|---|---|', '| Dispatcher | CRUD |', '| Driver | View/Accept |'].join('\n'),
        [
          '- As a driver, I want to accept a mission so that I can drive it.',
          '- As a driver, I want to edit a mission so that the dispatcher sees my notes.',
        ].join('\n'),
      ),
    );
    const found = r.diagnostics.filter((d) => d.code === 'security/story-beyond-matrix');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toMatch(/lets driver call \w+Mission/);
    expect(found[0]!.at).toMatchObject({ file: 'docs/prd.md' });
  });
  it('near-miss: a story the matrix grants is not reported', async () => {
    const r = await compile(
      { root: '/p', lang: 'en', verify: { skip: true } },
      project(
        ['| Role | Missions |', '|---|---|', '| Driver | View/Accept |'].join('\n'),
        '- As a driver, I want to accept a mission so that I can drive it.',
      ),
    );
    expect(r.diagnostics.filter((d) => d.code === 'security/story-beyond-matrix')).toEqual([]);
    // A cell with a word no vocabulary reads (`Favoris`) may grant more: no claim that it says no.
    const unread = await compile(
      { root: '/p', lang: 'en', verify: { skip: true } },
      project(
        ['| Role | Missions |', '|---|---|', '| Driver | View/Favoris |'].join('\n'),
        '- As a driver, I want to edit a mission so that the dispatcher sees my notes.',
      ),
    );
    expect(unread.diagnostics.filter((d) => d.code === 'security/story-beyond-matrix')).toEqual([]);
  });
});
