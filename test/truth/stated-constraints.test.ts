import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { ConstraintKind } from '../../src/model/domain.js';
import { compile } from '../../src/pipeline.js';
import { isAuthSubject, readConstraints, statesCursorPagination } from '../../src/read/constraint-words.js';
import { readOperations } from '../../src/read/operation-words.js';

// Issue 11 item 6 (stated constraints beat derivation rules) and "prose is interpreted in one place":
// the sentences are read once by read/constraint-words.ts; derive only reads domain.constraints.
const kinds = (text: string): ConstraintKind[] => readConstraints(text).map((c) => c.kind);

const READ: [ConstraintKind, string, string][] = [
  ['read-only', 'en', 'Usage reports are read-only for every role.'],
  ['read-only', 'es', 'Los informes de uso son de solo lectura.'],
  ['read-only', 'pt', 'Os registros são somente leitura.'],
  ['read-only', 'fr', 'Les rapports sont en lecture seule.'],
  ['read-only', 'de', 'Berichte sind schreibgeschützt.'],
  ['never-delete', 'en', 'Tools are never deleted.'],
  ['never-delete', 'es', 'Las herramientas nunca se eliminan.'],
  ['never-delete', 'pt', 'As ferramentas nunca são excluídas.'],
  ['never-delete', 'fr', 'Les outils ne sont pas supprimés.'],
  ['never-delete', 'de', 'Werkzeuge werden nie gelöscht.'],
  ['deactivate', 'en', 'A manager can deactivate a tool.'],
  ['deactivate', 'es', 'El gerente puede desactivar una herramienta.'],
  ['deactivate', 'pt', 'O gerente pode desativar uma ferramenta.'],
  ['deactivate', 'fr', 'Le responsable peut désactiver un outil.'],
  ['deactivate', 'de', 'Der Leiter kann ein Werkzeug deaktivieren.'],
  ['system-written', 'en', 'An invoice is generated automatically at checkout.'],
  ['system-written', 'es', 'La factura es generada automáticamente.'],
  ['system-written', 'pt', 'A fatura é gerada automaticamente.'],
  ['system-written', 'fr', 'La facture est générée automatiquement.'],
  ['system-written', 'de', 'Die Rechnung wird automatisch erzeugt.'],
  ['no-auth', 'en', 'The kiosk works without authentication.'],
  ['no-auth', 'es', 'El quiosco funciona sin autenticación.'],
  ['no-auth', 'pt', 'O quiosque funciona sem autenticação.'],
  ['no-auth', 'fr', 'Le kiosque fonctionne sans authentification.'],
  ['no-auth', 'de', 'Der Kiosk funktioniert ohne Anmeldung.'],
  ['delete-wanted', 'en', 'Members can remove a tag.'],
  ['delete-wanted', 'es', 'Los socios pueden eliminar una etiqueta.'],
  ['delete-wanted', 'pt', 'Os sócios podem excluir uma etiqueta.'],
  ['delete-wanted', 'fr', 'Les membres peuvent supprimer une étiquette.'],
  ['delete-wanted', 'de', 'Mitglieder können ein Etikett löschen.'],
  ['manage-wanted', 'en', 'Managers manage the tools.'],
  ['manage-wanted', 'es', 'El gerente gestiona… gestionar las herramientas.'],
  ['manage-wanted', 'pt', 'O gerente pode gerenciar as ferramentas.'],
  ['manage-wanted', 'fr', 'Le responsable peut gérer les outils.'],
  ['manage-wanted', 'de', 'Der Leiter kann Werkzeuge verwalten.'],
];

/** Sentences that look close and state nothing of the kind. */
const NOT_READ: [ConstraintKind, string, string][] = [
  ['never-delete', 'en', 'Admins can delete a tool.'],
  ['never-delete', 'es', 'El administrador puede eliminar una herramienta.'],
  ['read-only', 'fr', 'Les rapports sont modifiables par le responsable.'],
  // "no login" is "at the login" in Portuguese: no statement about authentication.
  ['no-auth', 'pt', 'O usuário digita a senha no login do sistema para acessar a conta.'],
  // A sentence about staff accounts says nothing about the product's users.
  ['no-auth', 'en', 'Internal staff tools run without authentication behind the VPN.'],
  ['system-written', 'de', 'Der Leiter erstellt die Rechnung von Hand.'],
  ['deactivate', 'en', 'A manager can activate a tool.'],
];

describe('the constraint words (read/constraint-words.ts)', () => {
  it.each(READ)('reads %s in %s: %s', (kind, _lang, text) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each(NOT_READ)('does not read %s in %s: %s', (kind, _lang, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it('places the deactivation words and the copula before a system phrase', () => {
    const text = 'Tests are archived and then deactivated by the admin.';
    const spans = readConstraints(text).find((c) => c.kind === 'deactivate')!.spans;
    expect(spans.map((s) => text.slice(s.index, s.index + s.length))).toEqual(['archived', 'deactivated']);
    const sys = 'The invoice is generated automatically.';
    const at = readConstraints(sys).find((c) => c.kind === 'system-written')!.spans[0]!;
    expect(sys.slice(at.lead, at.index)).toBe('is ');
  });

  it.each([
    ['en', 'Lists use cursor-based pagination.', true],
    ['en', 'Keyset pagination on created_at.', true],
    ['es', 'Las listas usan paginación por cursor.', true],
    ['pt', 'As listas usam paginação por cursor.', true],
    ['fr', 'Les listes utilisent une pagination par curseur.', true],
    ['de', 'Listen verwenden Cursor-Paginierung.', true],
    ['en', 'Lists use page and limit parameters.', false],
    // A German trial: DRF's paginator class named as the style was read as limit/offset.
    ['de', 'Listen verwenden die `CursorPagination` von DRF mit 25 Einträgen pro Seite.', true],
    ['en', 'Lists use DRF `CursorPagination`.', true],
    ['es', 'Las listas usan `CursorPagination` de DRF.', true],
    ['fr', 'Les listes utilisent `CursorPagination` de DRF.', true],
    ['pt', 'As listas usam `CursorPagination` do DRF.', true],
    ['en', 'Lists use DRF `LimitOffsetPagination`.', false],
  ])('cursor pagination in %s: %s', (_lang, text, cursor) => {
    expect(statesCursorPagination(text)).toBe(cursor);
  });

  it.each([
    ['en', 'User authentication', true],
    ['es', 'Autenticación de usuarios', true],
    ['pt', 'Autenticação', true],
    ['fr', 'Authentification', true],
    ['de', 'Anmeldung', true],
    ['en', 'Payment processing', false],
  ])('an out-of-scope subject that is authentication in %s: %s', (_lang, subject, auth) => {
    expect(isAuthSubject(subject)).toBe(auth);
  });
});

describe('the operation words (read/operation-words.ts)', () => {
  const ops = (text: string) => readOperations(text).verbs.map((v) => v.operation);
  it('reads "detail" as a verb, never the noun "details"', () => {
    // labcore US-10.3: "set up my lab's details for billing and reports" asks for no report.
    expect(ops("As a lab admin, I want to set up my lab's details for billing and reports.")).not.toContain(
      'get',
    );
    expect(ops('The pathologist can detail a report finding.')).toContain('get');
  });
  it('blanks the generic subject, so the actor is never the object', () => {
    const r = readOperations('Users can view their orders.');
    expect(r.text).not.toMatch(/users can/i);
    expect(r.verbs.find((v) => v.operation === 'list')).toBeDefined();
  });
});

/** One small project per language: a tool library whose documents state every constraint. */
const PROJECTS: Record<string, { prd: string; sql: string; tool: RegExp; report: RegExp }> = {
  en: {
    prd: `# PRD

## Functional Requirements

- FR1: Managers can manage tools; tools are deactivated, never deleted.
- FR2: Managers can view the usage reports; usage reports are read-only.
- FR3: Lists use cursor-based pagination.
- FR4: The kiosk works without authentication.
`,
    sql: 'CREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);\nCREATE TABLE usage_reports (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id), total integer NOT NULL);',
    tool: /^Tool$/,
    report: /^UsageReport$/,
  },
  es: {
    prd: `# PRD

## Requisitos funcionales

- FR1: El gerente puede gestionar herramientas; las herramientas nunca se eliminan.
- FR2: El gerente puede consultar los informes; los informes son de solo lectura.
- FR3: Las listas usan paginación por cursor.
- FR4: El quiosco funciona sin autenticación.
`,
    sql: 'CREATE TABLE herramientas (id uuid PRIMARY KEY, nombre text NOT NULL);\nCREATE TABLE informes (id uuid PRIMARY KEY, herramienta_id uuid NOT NULL REFERENCES herramientas(id), total integer NOT NULL);',
    tool: /^Herramienta$/,
    report: /^Informe$/,
  },
  pt: {
    prd: `# PRD

## Requisitos funcionais

- FR1: O gerente pode gerenciar ferramentas; as ferramentas nunca são excluídas.
- FR2: O gerente pode consultar os registros; os registros são somente leitura.
- FR3: As listas usam paginação por cursor.
- FR4: O quiosque funciona sem autenticação.
`,
    sql: 'CREATE TABLE ferramentas (id uuid PRIMARY KEY, nome text NOT NULL);\nCREATE TABLE registros (id uuid PRIMARY KEY, ferramenta_id uuid NOT NULL REFERENCES ferramentas(id), total integer NOT NULL);',
    tool: /^Ferramenta$/,
    report: /^Registro$/,
  },
  fr: {
    prd: `# PRD

## Exigences fonctionnelles

- FR1: Le responsable peut gérer les outils ; les outils ne sont pas supprimés.
- FR2: Le responsable peut consulter les rapports ; les rapports sont en lecture seule.
- FR3: Les listes utilisent une pagination par curseur.
- FR4: Le kiosque fonctionne sans authentification.
`,
    sql: 'CREATE TABLE outils (id uuid PRIMARY KEY, nom text NOT NULL);\nCREATE TABLE rapports (id uuid PRIMARY KEY, outil_id uuid NOT NULL REFERENCES outils(id), total integer NOT NULL);',
    tool: /^Outil$/,
    report: /^Rapport$/,
  },
  de: {
    prd: `# PRD

## Funktionale Anforderungen

- FR1: Der Leiter kann Werkzeuge verwalten; Werkzeuge werden nie gelöscht.
- FR2: Der Leiter kann die Berichte ansehen; Berichte sind schreibgeschützt.
- FR3: Listen verwenden Cursor-Paginierung.
- FR4: Der Kiosk funktioniert ohne Anmeldung.
`,
    sql: 'CREATE TABLE werkzeuge (id uuid PRIMARY KEY, name text NOT NULL);\nCREATE TABLE berichte (id uuid PRIMARY KEY, werkzeug_id uuid NOT NULL REFERENCES werkzeuge(id), total integer NOT NULL);',
    tool: /^Werkzeuge?$/,
    report: /^Berichte?$/,
  },
};

describe('derive designs from the stated constraints, in every language', { timeout: 60_000 }, () => {
  it.each(Object.keys(PROJECTS))(
    '%s: no DELETE, no writes on read-only data, cursor lists, no sign-in',
    async (lang) => {
      const p = PROJECTS[lang]!;
      const host = memoryHost({
        '/p/docs/prd.md': p.prd,
        '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n\`\`\`sql\n${p.sql}\n\`\`\`\n`,
      });
      const r = await compile({ root: '/p', verify: { skip: true } }, host);
      const spec = r.spec!;
      const suppressed = spec.suppressed ?? [];
      const rule = (entity: RegExp, rule: string) =>
        suppressed.filter((s) => s.entity !== null && entity.test(s.entity) && s.rule === rule);
      // "never deleted" beats the manage verb that would otherwise ask for a DELETE.
      expect(rule(p.tool, 'derive/deactivate-not-delete').map((s) => s.method)).toEqual(['DELETE']);
      expect(rule(p.report, 'derive/no-writes-on-read-only-data').length).toBeGreaterThan(0);
      const endpoints = spec.endpoints ?? [];
      expect(endpoints.some((e) => e.entity !== null && p.report.test(e.entity) && e.method !== 'GET')).toBe(
        false,
      );
      const lists = endpoints.filter((e) => e.pagination !== null);
      expect(lists.length).toBeGreaterThan(0);
      expect(lists.every((e) => e.pagination!.style === 'cursor')).toBe(true);
      expect(r.diagnostics.some((d) => d.code === 'api/no-auth-stated')).toBe(true);
      expect(endpoints.some((e) => e.action === 'auth')).toBe(false);
    },
  );
});
