import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { grantStateWords } from '../../src/read/grant-state-words.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * Issue 13 review, item 1: a state word in a role's line grants the state action it names
 * ("reschedules" → `POST …/reschedule`, "cancels" → `POST …/cancel`), never the record's general
 * update (PATCH) nor its other state actions; the verbs before a shared object ("Books, reschedules
 * and cancels their own appointments") all act on it. Fixtures in en, es, pt, fr, de and it.
 */
const arch = (table: string) => `# Architecture

Authentication: JWT bearer tokens.

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE ${table} (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL REFERENCES users(id),
  starts_at TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'completed', 'cancelled'))
);
\`\`\`

## API

| Method | Path | Purpose |
|---|---|---|
| GET | /api/${table} | List |
| GET | /api/${table}/{id} | Read one |
| PATCH | /api/${table}/{id} | Edit |
| POST | /api/${table}/{id}/reschedule | Reschedule |
| POST | /api/${table}/{id}/complete | Complete |
| POST | /api/${table}/{id}/cancel | Cancel |
`;

describe('a state word grants its own action only', () => {
  it.each([
    [
      'en',
      'Patient',
      'Reschedules and cancels their own appointments',
      'appointments',
      'Admin',
      'Full access to everything',
    ],
    ['es', 'Paciente', 'Reprograma y cancela sus citas', 'citas', 'Admin', 'Acceso completo'],
    ['pt', 'Paciente', 'Reagenda e cancela suas consultas', 'consultas', 'Admin', 'Acesso completo'],
    ['fr', 'Patient', 'Reprogramme et annule ses visites', 'visites', 'Admin', 'Accès complet'],
    ['de', 'Patient', 'Verschiebt und storniert seine Termine', 'termine', 'Admin', 'Vollzugriff'],
    ['it', 'Paziente', 'Riprogramma e annulla le sue visite', 'visite', 'Admin', 'Accesso completo'],
  ])('%s', async (_, role, does, table, admin, all) => {
    const prd = `# PRD\n\n## Roles\n\n| Role | What they do |\n|---|---|\n| ${role} | ${does} |\n| ${admin} | ${all} |\n`;
    const host = memoryHost({ '/c/docs/prd.md': prd, '/c/docs/architecture.md': arch(table) });
    const r = await compile({ root: '/c', lang: 'en', verify: { skip: true } }, host);
    const spec = r.spec!;
    const who = spec.permissions!.roles.find((x) => x.startsWith(role.toLowerCase().slice(0, 5)))!;
    expect(who).toBeDefined();
    const access = (method: string, suffix: string) => {
      const e = spec.endpoints.find((x) => x.method === method && x.path === `/api/${table}/{id}${suffix}`)!;
      return spec.permissions!.rows.find((row) => row.operationId === e.operationId)!.access[who];
    };
    expect(access('POST', '/reschedule')).not.toBe('denied');
    expect(access('POST', '/cancel')).not.toBe('denied');
    expect(access('PATCH', '')).toBe('denied');
    expect(access('POST', '/complete')).toBe('denied');
  });

  it('reads the state words of a line, in any of the six languages', () => {
    expect(grantStateWords('Result entry, sample collection/receiving.')).toEqual({
      collection: 'collect',
      receiving: 'receive',
    });
    expect(grantStateWords('Result authorisation, report signing, dashboard view.')).toEqual({
      authorisation: 'authorise',
      signing: 'sign',
    });
    expect(grantStateWords('edit previously entered results')).toBeNull();
    expect(grantStateWords('Bucht, verschiebt und storniert seine Termine')).toEqual({
      verschiebt: 'reschedule',
      storniert: 'cancel',
    });
    // A participle names the state a record is in, not an action done to it.
    expect(grantStateWords('share the authorised report with the patient')).toBeNull();
    expect(grantStateWords('consulta la cita confirmada')).toBeNull();
    expect(grantStateWords('voit le rendez-vous annulé')).toBeNull();
    expect(grantStateWords('vede la visita annullata')).toBeNull();
    // Booking, submitting and amending make or edit a record: no state action of a grant.
    expect(grantStateWords('submits and amends orders')).toBeNull();
  });

  it('clinic-booking: the patient books, reschedules and cancels, and edits no appointment', async () => {
    const spec = (await compiledProject('examples/clinic-booking')).spec!;
    const access = (op: string) =>
      spec.permissions!.rows.find((row) => row.operationId === op)!.access.patient;
    expect(access('createAppointment')).not.toBe('denied');
    expect(access('rescheduleAppointment')).not.toBe('denied');
    expect(access('cancelAppointment')).not.toBe('denied');
    expect(access('updateAppointment')).toBe('denied');
    expect(access('completeAppointment')).toBe('denied');
  });

  it('labcore: the technician collects and receives samples, edits results, and authorises none', async () => {
    const spec = (await compiledProject(corpusRoot('labcore'))).spec!;
    const access = (op: string) =>
      spec.permissions!.rows.find((row) => row.operationId === op)!.access.technician;
    expect(access('collectSample')).not.toBe('denied');
    expect(access('receiveSample')).not.toBe('denied');
    expect(access('updateSample')).toBe('denied');
    // "edit previously entered results" (US-4.4) is the PATCH; authorising is the pathologist's.
    expect(access('updateResult')).not.toBe('denied');
    expect(access('authoriseResult')).toBe('denied');
  });
});

// Portuguese, German and Italian capability sentences are not yet read as permission statements
// (extract/security/role-readers.ts `CAPABILITY`): their fixtures wait for that reading.
describe('a permission sentence grants the roles it names before its verb', () => {
  it.each([
    [
      'en',
      'A receptionist can cancel appointments for any patient.',
      'appointments',
      'Receptionist',
      'Patient',
    ],
    [
      'es',
      'Un recepcionista puede cancelar citas de cualquier paciente.',
      'citas',
      'Recepcionista',
      'Paciente',
    ],
    [
      'fr',
      'Un réceptionniste peut annuler les visites de tout patient.',
      'visites',
      'Réceptionniste',
      'Patient',
    ],
  ])('%s', async (_, sentence, table, actor, other) => {
    const prd = `# PRD\n\n## Roles\n\n| Role | Who |\n|---|---|\n| ${actor} | Front desk |\n| ${other} | A member of the public |\n| Admin | Full access to everything |\n\n## Rules\n\n- ${sentence}\n`;
    const host = memoryHost({ '/c/docs/prd.md': prd, '/c/docs/architecture.md': arch(table) });
    const spec = (await compile({ root: '/c', lang: 'en', verify: { skip: true } }, host)).spec!;
    const role = (label: string) =>
      spec.permissions!.roles.find((x) =>
        x.normalize('NFD').startsWith(label.toLowerCase().normalize('NFD').slice(0, 5)),
      )!;
    const cancel = spec.endpoints.find((x) => x.path === `/api/${table}/{id}/cancel`)!;
    const row = spec.permissions!.rows.find((r) => r.operationId === cancel.operationId)!;
    expect(row.access[role(actor)]).not.toBe('denied');
    expect(row.access[role(other)]).toBe('denied');
  });
});
