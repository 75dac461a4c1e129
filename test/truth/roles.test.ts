import { describe, expect, it } from 'vitest';
import { rolesExtractor } from '../../src/extract/roles.js';
import { doc, run } from '../reconcile/helpers.js';

const roles = (text: string) =>
  (run(rolesExtractor, doc('docs/architecture.md', 'architecture', text)).fragment.roles ?? []).map(
    (r) => r.name,
  );

// Issue 11: roles named from stray words ("additive", "admin만_허용", "loaded_at_login", "text").
describe('roles come from role lists, not from notes that mention the word "role"', () => {
  it('a migration note with a parenthesis after "role" names no roles (ko, en)', () => {
    expect(roles('- 0013 role CHECK 완화 → **0014 view_count + RPC**(additive, 상호 무충돌)\n')).toEqual([]);
    expect(roles('- Roles stored in PostgreSQL Users table (loaded at login, embedded in JWT)\n')).toEqual(
      [],
    );
    expect(roles('- `role` CHECK 완화(buyer/seller 값 무의미화, admin 존치)\n')).toEqual([]);
  });
  it("a field table's role column is a column, not the roles", () => {
    const md =
      '| 컬럼 | 자료형 | 제약 |\n|---|---|---|\n| `role` | `text` | `buyer`/`seller`/`admin`만 허용 |\n';
    expect(roles(md)).toEqual([]);
  });
  it('near-misses: real role lists still read (en, es, fr)', () => {
    expect(roles('- Roles: admin, editor, viewer\n')).toEqual(['admin', 'editor', 'viewer']);
    expect(roles('- Perfiles (administrador, recepcionista)\n')).toEqual(['administrador', 'recepcionista']);
    expect(roles('- Rôles : admin, lecteur\n')).toEqual(['admin', 'lecteur']);
    expect(roles('| Concern | Value |\n|---|---|\n| Roles | admin, editor |\n')).toEqual(['admin', 'editor']);
  });
});

describe('a story actor names a role only by its head noun (issue 11: no roles from whole phrases)', () => {
  it('qualified plain users are users; a clause after the noun is not part of the role', async () => {
    const { compile } = await import('../../src/pipeline.js');
    const { memoryHost } = await import('../../src/host.js');
    const prd = [
      '# PRD',
      '',
      '## User stories',
      '',
      '- As a user loading a shared query builder URL, I want the query restored so that I can rerun it.',
      '- As a keyboard-only user, I want to reach every control so that I can work without a mouse.',
      '- Como usuario con baja visión, quiero un alto contraste para leer los datos.',
      '- As a data analyst, I want to export results so that I can share them.',
    ].join('\n');
    const host = memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': '# Architecture\n\nREST API.\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const names = r.spec!.roles.map((x) => x.name).sort();
    expect(names).toEqual(['data_analyst', 'user', 'usuario']);
  });
});

// armentum: roles "demografía" and "frecuencia" came from one persona's attribute list under
// `#### 👤 Administrador (Roles Variables)`, while the stated ✓/✗ matrix was skipped because one
// column is abbreviated (`Admin Comun.`).
describe('persona attributes are not roles; an abbreviated matrix column is still a role', () => {
  it('es: a persona heading qualified by "(Roles Variables)" lists attributes, not roles', () => {
    const md =
      '#### 👤 Administrador (Roles Variables)\n- **Demografía**: 2-3 personas\n- **Frecuencia**: Diaria\n';
    expect(roles(md)).toEqual([]);
  });
  it('near-miss (en, fr): a real roles section still lists its roles', () => {
    expect(roles('## User roles\n- **Admin**: runs the shop\n- **Clerk**: sells\n')).toEqual([
      'admin',
      'clerk',
    ]);
    expect(roles('## Rôles\n- **Gestionnaire** : planifie\n- **Lecteur** : consulte\n')).toEqual([
      'gestionnaire',
      'lecteur',
    ]);
  });
  it('es: a ✓/✗ matrix with an abbreviated column reads every column as a role', () => {
    const md = [
      '| Funcionalidad | Admin General | Admin Comun. |',
      '|---|---|---|',
      '| Ver comunicados | ✓ | ✓ |',
      '| Crear comunicados | ✓ | ✗ |',
    ].join('\n');
    expect(roles(md)).toEqual(['admin_general', 'admin_comun']);
  });
});
