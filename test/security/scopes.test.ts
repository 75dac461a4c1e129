import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readScopes } from '../../src/read/scope-words.js';

/**
 * Issue 13 item 3 (ownership and tenant scope follow real FK paths) and the stated "X sees only …":
 * fixtures written for these tests, in Spanish, French and German, with user tables named in their
 * language and FK columns named for the roles.
 */
describe('scope sentences, read in six languages', () => {
  const cases: [string, string, string[]][] = [
    ['A patient can only see their own appointments.', 'patient', ['appointments']],
    ['Clinicians only see appointments assigned to them.', 'Clinicians', ['appointments']],
    ['Un paciente solo ve sus propias citas.', 'paciente', ['citas']],
    ['Coristas solo ven sus propias cuotas.', 'Coristas', ['cuotas']],
    ['Os pacientes só podem ver as suas consultas.', 'pacientes', ['consultas']],
    ['Les patients ne voient que leurs rendez-vous.', 'patients', ['rendez-vous']],
    ['Um paciente só pode ver as suas consultas.', 'paciente', ['consultas']],
    ['Un patient ne voit que ses propres rendez-vous.', 'patient', ['rendez-vous']],
    ['Ein Patient kann nur seine eigenen Termine sehen.', 'Patient', ['termine']],
    ['Ein Patient sieht nur seine eigenen Termine.', 'Patient', ['termine']],
    [
      "Un condòmino vede solo i dati del condominio in cui ha un'unità.",
      'condòmino',
      ['dati', 'condominio', 'unità'],
    ],
  ];
  for (const [text, actor, nouns] of cases)
    it(text, () => {
      expect(readScopes(text)).toEqual([{ actor, nouns, everything: false }]);
    });

  it('reads the second half of a pair whose verb is left out', () => {
    const r = readScopes(
      "Un condòmino vede solo i dati del condominio in cui ha un'unità; un fornitore solo le segnalazioni assegnate a lui.",
    );
    expect(r.map((x) => [x.actor, x.nouns[0]])).toEqual([
      ['condòmino', 'dati'],
      ['fornitore', 'segnalazioni'],
    ]);
  });

  it('reads a roles table cell that opens with its verb, and "everything on their own …"', () => {
    expect(readScopes('Vede solo le segnalazioni assegnate a lui e ne aggiorna lo stato', true)).toEqual([
      { actor: null, nouns: ['segnalazioni'], everything: false },
    ]);
    expect(readScopes('Tutto sui propri condomìni: rate, assemblee', true)).toEqual([
      { actor: null, nouns: ['condomìni'], everything: true },
    ]);
  });

  it('takes no scope from sentences that only restrict who acts', () => {
    for (const t of [
      'Only admins can delete users.',
      'The API only returns JSON.',
      'Ein Admin kann nur Benutzer löschen.',
      'Solo el administrador puede cerrar una incidencia.',
    ])
      expect(readScopes(t)).toEqual([]);
  });
});

interface Fixture {
  lang: string;
  prd: string;
  sql: string;
  /** Role keys: resident, technician, admin. */
  roles: [string, string, string];
  /** Entities: building, unit, ticket, user. */
  entities: [string, string, string, string];
}

const FIXTURES: Fixture[] = [
  {
    lang: 'es',
    roles: ['inquilino', 'técnico', 'administrador'],
    entities: ['Edificio', 'Unidad', 'Incidencia', 'Usuario'],
    prd: `# Reparaciones — PRD

## Roles

| Rol | Descripción |
|---|---|
| Inquilino | Abre incidencias de su edificio |
| Técnico | Actualiza el estado de las incidencias |
| Administrador | Gestiona edificios |

## Seguridad

- Un inquilino solo ve los datos del edificio en el que tiene una unidad; un técnico solo ve las incidencias asignadas a él.

## API

| Método | Ruta | Quién | Descripción |
|---|---|---|---|
| GET | /edificios/{id}/incidencias | Inquilino, Administrador | Lista de incidencias |
| POST | /edificios/{id}/incidencias | Inquilino | Abre una incidencia |
| GET | /edificios | Inquilino, Técnico, Administrador | Lista de edificios |
`,
    sql: `CREATE TABLE usuarios (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, nombre TEXT NOT NULL);
CREATE TABLE edificios (id UUID PRIMARY KEY, nombre TEXT NOT NULL, administrador_id UUID NOT NULL REFERENCES usuarios(id));
CREATE TABLE unidades (id UUID PRIMARY KEY, edificio_id UUID NOT NULL REFERENCES edificios(id), inquilino_id UUID REFERENCES usuarios(id));
CREATE TABLE incidencias (id UUID PRIMARY KEY, edificio_id UUID NOT NULL REFERENCES edificios(id), abierta_por UUID NOT NULL REFERENCES usuarios(id), tecnico_id UUID REFERENCES usuarios(id), titulo TEXT NOT NULL);`,
  },
  {
    lang: 'fr',
    roles: ['locataire', 'technicien', 'gestionnaire'],
    entities: ['Immeuble', 'Lot', 'Demande', 'Utilisateur'],
    prd: `# Réparations — PRD

## Rôles

| Rôle | Description |
|---|---|
| Locataire | Ouvre des demandes dans son immeuble |
| Technicien | Met à jour le statut des demandes |
| Gestionnaire | Gère les immeubles |

## Sécurité

- Un locataire ne voit que les données de l'immeuble où il a un lot ; un technicien ne voit que les demandes qui lui sont assignées.

## API

| Méthode | Chemin | Qui | Description |
|---|---|---|---|
| GET | /immeubles/{id}/demandes | Locataire, Gestionnaire | Liste des demandes |
| POST | /immeubles/{id}/demandes | Locataire | Ouvre une demande |
| GET | /immeubles | Locataire, Technicien, Gestionnaire | Liste des immeubles |
`,
    sql: `CREATE TABLE utilisateurs (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, nom TEXT NOT NULL);
CREATE TABLE immeubles (id UUID PRIMARY KEY, nom TEXT NOT NULL, gestionnaire_id UUID NOT NULL REFERENCES utilisateurs(id));
CREATE TABLE lots (id UUID PRIMARY KEY, immeuble_id UUID NOT NULL REFERENCES immeubles(id), locataire_id UUID REFERENCES utilisateurs(id));
CREATE TABLE demandes (id UUID PRIMARY KEY, immeuble_id UUID NOT NULL REFERENCES immeubles(id), ouverte_par UUID NOT NULL REFERENCES utilisateurs(id), technicien_id UUID REFERENCES utilisateurs(id), titre TEXT NOT NULL);`,
  },
  {
    lang: 'de',
    roles: ['mieter', 'techniker', 'verwalter'],
    entities: ['Gebaeude', 'Wohnung', 'Meldung', 'Benutzer'],
    prd: `# Reparaturen — PRD

## Rollen

| Rolle | Beschreibung |
|---|---|
| Mieter | Eröffnet Meldungen in seinem Gebäude |
| Techniker | Aktualisiert den Status der Meldungen |
| Verwalter | Verwaltet Gebäude |

## Sicherheit

- Ein Mieter sieht nur die Daten des Gebaeudes, in dem er eine Wohnung hat; ein Techniker sieht nur die ihm zugewiesenen Meldungen.

## API

| Methode | Pfad | Wer | Beschreibung |
|---|---|---|---|
| GET | /gebaeude/{id}/meldungen | Mieter, Verwalter | Liste der Meldungen |
| POST | /gebaeude/{id}/meldungen | Mieter | Eröffnet eine Meldung |
| GET | /gebaeude | Mieter, Techniker, Verwalter | Liste der Gebäude |
`,
    sql: `CREATE TABLE benutzer (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE gebaeude (id UUID PRIMARY KEY, name TEXT NOT NULL, verwalter_id UUID NOT NULL REFERENCES benutzer(id));
CREATE TABLE wohnungen (id UUID PRIMARY KEY, gebaeude_id UUID NOT NULL REFERENCES gebaeude(id), mieter_id UUID REFERENCES benutzer(id));
CREATE TABLE meldungen (id UUID PRIMARY KEY, gebaeude_id UUID NOT NULL REFERENCES gebaeude(id), erstellt_von UUID NOT NULL REFERENCES benutzer(id), techniker_id UUID REFERENCES benutzer(id), titel TEXT NOT NULL);`,
  },
];

describe('stated scopes and ownership through real foreign keys (es, fr, de fixtures)', () => {
  for (const f of FIXTURES)
    it(`${f.lang}: the resident sees its building's records, the technician only its assigned tickets`, async () => {
      const arch = `# Architecture\n\nAuthentication: JWT.\n\n## Data model\n\n\`\`\`sql\n${f.sql}\n\`\`\`\n`;
      const host = memoryHost({ '/p/docs/prd.md': f.prd, '/p/docs/architecture.md': arch });
      const r = await compile({ root: '/p', lang: 'en', verify: { skip: true } }, host);
      const s = r.spec!;
      const [resident, technician] = f.roles;
      const [building, unit, ticket, user] = f.entities;
      expect(s.roles.map((x) => x.name)).toEqual(expect.arrayContaining(f.roles));
      const own = s.permissions!.ownership;
      // The user table is named in the documents' language; every FK to it is a path.
      expect(own.find((o) => o.kind === 'self')?.entity).toBe(user);
      expect(own.find((o) => o.entity === unit && o.kind === 'role-column')?.role).toBe(resident);
      expect(own.find((o) => o.entity === ticket && o.kind === 'role-column')?.role).toBe(technician);
      expect(own.some((o) => o.entity === ticket && o.kind === 'reference')).toBe(true);
      const scopes = s.permissions!.scopes ?? [];
      expect(scopes.find((x) => x.role === resident)).toMatchObject({ entity: building, access: 'tenant' });
      expect(scopes.find((x) => x.role === technician)).toMatchObject({ entity: ticket, access: 'own' });
      const access = (method: string, path: string) => {
        const e = s.endpoints.find((x) => x.method === method && x.path.endsWith(path));
        return s.permissions!.rows.find((x) => x.operationId === e?.operationId)?.access;
      };
      const list = f.prd.match(/\| GET \| (\/[^/|\s]+) \|/)![1]!;
      // The route table lets all three list buildings; the sentences scope two of them.
      expect(access('GET', list)?.[resident]).toBe('tenant');
      expect(access('GET', list)?.[technician]).toBe('allowed');
      const tickets = f.prd.match(/\| GET \| (\/[^|\s]+\/\{id\}\/[^|\s]+) \|/)![1]!;
      expect(access('GET', tickets)?.[resident]).toBe('tenant');
      // The creator and the parent in the path are set by the server, never sent.
      const set = (s.serverSetFields ?? []).filter((x) => x.entity === ticket).map((x) => x.rule);
      expect(set).toEqual(expect.arrayContaining(['derive/creator-from-caller', 'derive/parent-from-path']));
    });
});

describe('a persona line grants what its verbs say', () => {
  it('it: "Apre segnalazioni, paga le rate, vota in assemblea" creates, pays and votes, nothing more', async () => {
    const prd = `# Condominio — PRD

## Ruoli

| Ruolo | Cosa può fare |
|---|---|
| Condòmino | Apre segnalazioni, paga le rate, vota in assemblea, scarica i verbali del proprio condominio |
| Amministratore | Gestisce i condomìni |
`;
    const arch = `# Architettura

Autenticazione: JWT.

\`\`\`sql
CREATE TABLE utenti (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE condomini (id UUID PRIMARY KEY, nome TEXT NOT NULL);
CREATE TABLE segnalazioni (id UUID PRIMARY KEY, condominio_id UUID NOT NULL REFERENCES condomini(id), titolo TEXT NOT NULL);
CREATE TABLE rate (id UUID PRIMARY KEY, condominio_id UUID NOT NULL REFERENCES condomini(id), importo NUMERIC(10,2) NOT NULL);
CREATE TABLE assemblee (id UUID PRIMARY KEY, condominio_id UUID NOT NULL REFERENCES condomini(id), data DATE NOT NULL);
CREATE TABLE voti (id UUID PRIMARY KEY, assemblea_id UUID NOT NULL REFERENCES assemblee(id), voto TEXT NOT NULL);
\`\`\`
`;
    const host = memoryHost({ '/c/docs/prd.md': prd, '/c/docs/architecture.md': arch });
    const r = await compile({ root: '/c', lang: 'en', verify: { skip: true } }, host);
    const stated = (r.spec!.permissions!.grants ?? []).filter(
      (g) => g.role === 'condòmino' && g.origin.kind === 'source',
    );
    const on = (entity: string) =>
      stated
        .filter((g) => g.resource === entity)
        .map((g) => g.action)
        .sort();
    expect(on('Segnalazione')).toEqual(['create']);
    // `rate` is the table; the model names it `Rate`.
    expect(on('Rate')).toEqual(['update']);
    expect(on('Voto')).toEqual(['create']);
    // Named, not acted on: no grant from the persona line.
    expect(on('Assemblea')).toEqual([]);
    expect(on('Condominio')).toEqual([]);
  });
});
