import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { negatesPermission, permissionDenial, statesPermission } from '../../src/read/permission-words.js';

// Issue 13 point 1: "O recepcionista pode cancelar marcações", "Der Disponent kann Schichten
// stornieren", "Il portiere può annullare le prenotazioni" were no permission sentences ("pode" was
// not read, "può" ends in an accent `\b` does not see), and "El voluntario no puede …", "Der Helfer
// kann keine …" granted what they refuse. A permission sentence grants its subject the operation it
// names in every language; a negated one grants nothing and refuses that operation.
describe('the words of a permission sentence', () => {
  it.each([
    ['en', 'A coordinator can cancel shifts.', false],
    ['pt', 'O recepcionista pode cancelar marcações.', false],
    ['es', 'El coordinador puede cancelar turnos.', false],
    ['fr', 'Le gestionnaire peut annuler les réservations.', false],
    ['de', 'Der Disponent kann Schichten stornieren.', false],
    ['it', 'Il portiere può annullare le prenotazioni.', false],
    ['en', 'A volunteer cannot cancel shifts.', true],
    ['pt', 'O paciente não pode cancelar marcações.', true],
    ['es', 'El voluntario no puede cancelar turnos.', true],
    ['fr', 'Le bénévole ne peut pas annuler les réservations.', true],
    ['de', 'Der Helfer kann keine Schichten stornieren.', true],
    ['de', 'Der Helfer kann Schichten nicht stornieren.', true],
    ['it', 'Il volontario non può annullare le prenotazioni.', true],
  ])('%s: %s', (_lang, text, refused) => {
    expect(statesPermission(text)).toBe(true);
    expect(permissionDenial(text)?.refuses ?? false).toBe(refused);
  });
  it('near-misses: a negation that qualifies the records, or one with no operation, refuses nothing', () => {
    // Someone else's records: the role may still make the operation on its own.
    expect(permissionDenial("A volunteer cannot see other volunteers' hours.")?.refuses).toBe(false);
    expect(permissionDenial('Un voluntario no puede ver los turnos de otros voluntarios.')?.refuses).toBe(
      false,
    );
    // "never" grants nothing but names no negated modal the operation hangs on.
    expect(permissionDenial('Patients never see internal notes.')).toBeNull();
    expect(negatesPermission('Patients never see internal notes.')).toBe(true);
    // A negation inside the object is no refusal.
    expect(permissionDenial('A coordinator can view shifts that are not yet published.')).toBeNull();
    expect(negatesPermission('A coordinator can view shifts that are not yet published.')).toBe(false);
    expect(statesPermission('Shifts are listed by start time.')).toBe(false);
  });
  it('what comes before the negated modal still grants; what follows is refused', () => {
    const text = 'Readonly users can view conversations but cannot perform write actions.';
    const d = permissionDenial(text)!;
    expect(text.slice(0, d.at)).toBe('Readonly users can view conversations but ');
    expect(d.refuses).toBe(true);
    const it = 'Il volontario vede i turni ma non può annullarli.';
    expect(it.slice(permissionDenial(it)!.at)).toBe('non può annullarli.');
  });
});

// One fixture per language: a role that may cancel the records, and an administrator (whom the
// named default gives everything) that the documents say may not.
const PROJECTS: [string, string, string, string, string][] = [
  [
    'en',
    '| Role | Description |\n|---|---|\n| Dispatcher | plans the week |\n| Admin | runs the platform |',
    'A dispatcher can cancel shifts.',
    'An admin cannot cancel shifts.',
    'shifts',
  ],
  [
    'pt',
    '| Perfil | Descrição |\n|---|---|\n| Recepcionista | atende o balcão |\n| Admin | gere a plataforma |',
    'O recepcionista pode cancelar marcações.',
    'O admin não pode cancelar marcações.',
    'marcacoes',
  ],
  [
    'es',
    '| Rol | Descripción |\n|---|---|\n| Coordinador | organiza la semana |\n| Administrador | gestiona la plataforma |',
    'El coordinador puede cancelar turnos.',
    'El administrador no puede cancelar turnos.',
    'turnos',
  ],
  [
    'fr',
    '| Rôle | Description |\n|---|---|\n| Gestionnaire | tient le planning |\n| Administrateur | gère la plateforme |',
    'Le gestionnaire peut annuler les réservations.',
    "L'administrateur ne peut pas annuler les réservations.",
    'reservations',
  ],
  [
    'de',
    '| Rolle | Beschreibung |\n|---|---|\n| Disponent | plant die Woche |\n| Administrator | betreibt die Plattform |',
    'Der Disponent kann Schichten stornieren.',
    'Der Administrator kann keine Schichten stornieren.',
    'schichten',
  ],
  [
    'it',
    '| Ruolo | Descrizione |\n|---|---|\n| Portiere | sta alla reception |\n| Admin | gestisce la piattaforma |',
    'Il portiere può annullare le prenotazioni.',
    "L'admin non può annullare le prenotazioni.",
    'prenotazioni',
  ],
];

describe('a permission sentence grants, a negated one refuses', { timeout: 60_000 }, () => {
  it.each(PROJECTS)('%s', async (_lang, roles, grant, refuse, table) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Roles\n\n${roles}\n\n## Functional Requirements\n\n- FR1: ${grant}\n- FR2: ${refuse}\n`,
        '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n\`\`\`sql\nCREATE TYPE record_status AS ENUM ('open', 'cancelled');\nCREATE TABLE ${table} (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, status record_status NOT NULL DEFAULT 'open');\n\`\`\`\n`,
      }),
    );
    const spec = r.spec!;
    const [actor, admin] = spec.roles!.map((x) => x.name);
    const cancel = spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith('/{id}/cancel'))!;
    const row = spec.permissions!.rows.find((x) => x.operationId === cancel.operationId)!;
    expect(row.access[actor!]).toBe('allowed');
    expect(row.reasons?.[actor!]).toMatchObject({ kind: 'source', line: 12 });
    // The stated refusal wins over the admin default, and cites its line.
    expect(row.access[admin!]).toBe('denied');
    expect(row.reasons?.[admin!]).toMatchObject({ kind: 'source', line: 13 });
    // Refusing the cancellation refuses nothing else: the admin still reads the records.
    const get = spec.endpoints.find((e) => e.method === 'GET' && e.path.endsWith('/{id}'))!;
    expect(spec.permissions!.rows.find((x) => x.operationId === get.operationId)!.access[admin!]).toBe(
      'allowed',
    );
    // Only the sentence that grants makes a story: the refused one asks for no operation.
    expect(spec.stories?.map((s) => s.id)).toEqual(['FR1']);
  });
});
