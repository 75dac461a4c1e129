import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';
import { finnishEssiveNominative } from '../../src/read/finnish-story-words.js';

/**
 * Finnish user stories ("Potilaana haluan varata ajan, jotta …": the role in the essive, the wish
 * in the first person, the action an infinitive) on a dental clinic, another domain than the
 * saunavuoro trial: each story maps to an operation its actor's role may call, its id (KT-, a
 * käyttäjätarina) is a requirement id, and the purpose after "jotta" is no part of the action.
 */
const SQL = `\`\`\`sql
CREATE TYPE user_role AS ENUM ('patient', 'dentist', 'admin');
CREATE TYPE appointment_status AS ENUM ('requested', 'confirmed', 'cancelled');
CREATE TYPE invoice_status AS ENUM ('open', 'paid');
CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role user_role NOT NULL DEFAULT 'patient'
);
CREATE TABLE appointments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id UUID NOT NULL REFERENCES users(id),
  dentist_id UUID NOT NULL REFERENCES users(id),
  starts_at TIMESTAMPTZ NOT NULL,
  status appointment_status NOT NULL DEFAULT 'requested'
);
CREATE TABLE invoices (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id UUID NOT NULL REFERENCES users(id),
  amount NUMERIC(10,2) NOT NULL,
  status invoice_status NOT NULL DEFAULT 'open'
);
\`\`\``;

const ARCH = `# Arkkitehtuuri

Palvelu myöntää JWT-pääsytunnuksen.

## Tietomalli

${SQL}

## Rajapinta

| Metodi | Polku | Kuka | Kuvaus |
|---|---|---|---|
| GET | /api/v1/appointments | patient, dentist | Ajanvaraukset |
| POST | /api/v1/appointments | patient | Varaa aika |
| POST | /api/v1/appointments/{id}/cancel | patient (oma) | Peru ajanvaraus |
| POST | /api/v1/appointments/{id}/confirm | dentist | Vahvista ajanvaraus |
| POST | /api/v1/invoices/{id}/pay | patient (oma) | Maksa lasku |
`;

const PRD = `# Hammasklinikka — tuotevaatimukset

## Käyttäjät ja roolit

| Persona | Roolitunnus | Mitä tekee |
|---|---|---|
| Potilas | \`patient\` | Varaa aikoja ja maksaa laskunsa |
| Hammaslääkäri | \`dentist\` | Vahvistaa ajanvaraukset |
| Ylläpitäjä | \`admin\` | Hallinnoi käyttäjiä |

## Käyttäjätarinat

- **KT-01** Potilaana haluan tehdä ajanvarauksen tarkastukseen, jotta hampaani tarkastetaan ajoissa.
- **KT-02** Potilaana haluan peruuttaa ajanvaraukseni, jotta aika vapautuu muille.
- **KT-03** Hammaslääkärinä haluan vahvistaa ajanvarauksen.
- **KT-04** Potilaana haluan maksaa laskun verkkopankissa.
- **KT-05** Hammaslääkärinä haluan nähdä päivän ajanvaraukset.

## Toiminnalliset vaatimukset

| Tunnus | Vaatimus |
|---|---|
| TV-01 | Potilas voi varata vapaan ajan. |
`;

async function generate(): Promise<Spec> {
  const host = memoryHost({ '/w/docs/prd.md': PRD, '/w/docs/architecture.md': ARCH });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  return r.spec!;
}

describe('Finnish user stories', () => {
  it('map to operations their actors may call, under their KT- ids', async () => {
    const s = await generate();
    const expected: [id: string, fragment: string, op: string, role: string][] = [
      ['KT-01', 'tehdä ajanvarauksen tarkastukseen', 'createAppointment', 'patient'],
      ['KT-02', 'peruuttaa ajanvaraukseni', 'cancelAppointment', 'patient'],
      ['KT-03', 'vahvistaa ajanvarauksen', 'confirmAppointment', 'dentist'],
      ['KT-04', 'maksaa laskun', 'payInvoice', 'patient'],
      ['KT-05', 'nähdä päivän ajanvaraukset', 'listAppointments', 'dentist'],
    ];
    for (const [id, fragment, op, role] of expected) {
      const story = s.stories!.find((x) => x.id === id);
      expect(story, id).toBeDefined();
      expect(story!.action, id).toContain(fragment);
      // The purpose ("jotta …") is why, not what: it is cut from the action.
      expect(story!.action, id).not.toContain('jotta');
      expect(story!.role, id).toBe(role);
      expect(story!.operations, id).toContain(op);
      const row = s.permissions!.rows.find((r) => r.operationId === op)!;
      expect(row.access[role], `${op} for ${role}`).not.toBe('denied');
    }
  });

  it('reads the role written in the essive as its nominative', () => {
    expect(finnishEssiveNominative('Asukkaana')).toBe('Asukas');
    expect(finnishEssiveNominative('Huoltomiehenä')).toBe('Huoltomies');
    expect(finnishEssiveNominative('Hallituksen jäsenenä')).toBe('Hallituksen jäsen');
    expect(finnishEssiveNominative('Vuokralaisena')).toBe('Vuokralainen');
    expect(finnishEssiveNominative('Potilaana')).toBe('Potilas');
    expect(finnishEssiveNominative('Opettajana')).toBe('Opettaja');
    expect(finnishEssiveNominative('Hammaslääkärinä')).toBe('Hammaslääkäri');
  });
});
