import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';

/**
 * A small workshop-booking product written five times, once per language: the same roles, data
 * model and stories. Each story must map to an operation its actor may call; deactivation wording
 * must remove the DELETE; server-owned fields must stay out of the bodies.
 */
const SQL = `\`\`\`sql
CREATE TYPE user_role AS ENUM ('mechanic', 'customer', 'admin');
CREATE TYPE booking_status AS ENUM ('requested', 'confirmed', 'cancelled', 'completed');
CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role user_role NOT NULL DEFAULT 'customer',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE vehicles (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id UUID NOT NULL REFERENCES users(id),
  plate VARCHAR(12) NOT NULL UNIQUE,
  is_active BOOLEAN NOT NULL DEFAULT true,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE bookings (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id UUID NOT NULL REFERENCES users(id),
  vehicle_id UUID NOT NULL REFERENCES vehicles(id),
  status booking_status NOT NULL DEFAULT 'requested',
  starts_at TIMESTAMPTZ NOT NULL,
  confirmed_at TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\``;

const ARCH = `# Architecture\n\nJWT bearer tokens.\n\n## Data model\n\n${SQL}\n`;

/** [language, PRD, expected: story fragment → operationId that must implement it, allowed to role] */
const CASES: [string, string, [string, string, string][]][] = [
  [
    'es',
    `# PRD\n\n## Roles\n\n| Rol | Descripción |\n|---|---|\n| customer | Cliente del taller |\n| mechanic | Mecánico |\n| admin | Administrador |\n\n## Historias de usuario\n\n- Como customer, quiero crear una booking para mi vehículo.\n- Como customer, quiero cancelar una booking.\n- Como mechanic, quiero confirmar una booking.\n- Como admin, quiero desactivar vehicles (no se eliminan, se desactivan).\n`,
    [
      ['crear una booking', 'createBooking', 'customer'],
      ['cancelar una booking', 'cancelBooking', 'customer'],
      ['confirmar una booking', 'confirmBooking', 'mechanic'],
      ['desactivar vehicles', 'deactivateVehicle', 'admin'],
    ],
  ],
  [
    'fr',
    `# PRD\n\n## Rôles\n\n| Rôle | Description |\n|---|---|\n| customer | Client |\n| mechanic | Mécanicien |\n| admin | Administrateur |\n\n## Récits utilisateur\n\n- En tant que customer, je veux créer une booking pour mon véhicule.\n- En tant que customer, je veux annuler une booking.\n- En tant que mechanic, je veux confirmer une booking.\n- En tant que admin, je veux désactiver des vehicles (jamais supprimés).\n`,
    [
      ['créer une booking', 'createBooking', 'customer'],
      ['annuler une booking', 'cancelBooking', 'customer'],
      ['confirmer une booking', 'confirmBooking', 'mechanic'],
      ['désactiver des vehicles', 'deactivateVehicle', 'admin'],
    ],
  ],
  [
    'de',
    `# PRD\n\n## Rollen\n\n| Rolle | Beschreibung |\n|---|---|\n| customer | Kunde |\n| mechanic | Mechaniker |\n| admin | Administrator |\n\n## User Stories\n\n- Als customer möchte ich eine booking für mein Fahrzeug anlegen.\n- Als customer möchte ich eine booking stornieren.\n- Als mechanic möchte ich eine booking bestätigen.\n- Als admin möchte ich vehicles deaktivieren (sie werden nie gelöscht).\n`,
    [
      ['booking für mein', 'createBooking', 'customer'],
      ['booking stornieren', 'cancelBooking', 'customer'],
      ['booking bestätigen', 'confirmBooking', 'mechanic'],
      ['vehicles deaktivieren', 'deactivateVehicle', 'admin'],
    ],
  ],
  [
    'pt',
    `# PRD\n\n## Papéis\n\n| Papel | Descrição |\n|---|---|\n| customer | Cliente |\n| mechanic | Mecânico |\n| admin | Administrador |\n\n## Histórias de usuário\n\n- Como customer, eu quero criar uma booking para o meu veículo.\n- Como customer, eu quero cancelar uma booking.\n- Como mechanic, eu quero confirmar uma booking.\n- Como admin, eu quero desativar vehicles (nunca são excluídos).\n`,
    [
      ['criar uma booking', 'createBooking', 'customer'],
      ['cancelar uma booking', 'cancelBooking', 'customer'],
      ['confirmar uma booking', 'confirmBooking', 'mechanic'],
      ['desativar vehicles', 'deactivateVehicle', 'admin'],
    ],
  ],
  [
    'en',
    `# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| customer | Customer of the workshop |\n| mechanic | Mechanic |\n| admin | Administrator |\n\n## User stories\n\n- As a customer, I want to create a booking for my vehicle.\n- As a customer, I want to cancel a booking.\n- As a mechanic, I want to confirm a booking.\n- As an admin, I want to deactivate vehicles (they are never deleted).\n`,
    [
      ['create a booking', 'createBooking', 'customer'],
      ['cancel a booking', 'cancelBooking', 'customer'],
      ['confirm a booking', 'confirmBooking', 'mechanic'],
      ['deactivate vehicles', 'deactivateVehicle', 'admin'],
    ],
  ],
];

async function generate(prd: string): Promise<Spec> {
  const host = memoryHost({ '/w/docs/prd.md': prd, '/w/docs/architecture.md': ARCH });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  return r.spec!;
}

describe.each(CASES)('stories in %s', (_lang, prd, expected) => {
  it('map to operations their actors may call; deactivation replaces DELETE; bodies hold no server field', async () => {
    const s = await generate(prd);
    for (const [fragment, op, role] of expected) {
      const story = s.stories!.find((x) => x.action.includes(fragment));
      expect(story, fragment).toBeDefined();
      expect(story!.operations, fragment).toContain(op);
      const row = s.permissions!.rows.find((r) => r.operationId === op)!;
      expect(row.access[role], `${op} for ${role}`).not.toBe('denied');
    }
    expect(s.endpoints.some((e) => e.method === 'DELETE' && e.entity === 'Vehicle')).toBe(false);
    expect(s.suppressed!.find((x) => x.method === 'DELETE' && x.entity === 'Vehicle')?.rule).toBe(
      'derive/deactivate-not-delete',
    );
    // A customer confirms nothing: the state action is the mechanic's (and the administrator's).
    const confirm = s.permissions!.rows.find((r) => r.operationId === 'confirmBooking')!;
    expect(confirm.access.customer).toBe('denied');
  });
});

describe('server-owned fields', () => {
  it('never appear in create/update bodies; hashes never in responses', async () => {
    const s = await generate(CASES[4]![1]);
    const { entitySchemas } = await import('../../src/derive/api/schemas.js');
    const schemas = entitySchemas(s, 'offset');
    const props = (name: string) => Object.keys((schemas[name]?.properties ?? {}) as object);
    expect(props('BookingCreate')).not.toContain('status');
    expect(props('BookingCreate')).not.toContain('confirmedAt');
    expect(props('BookingCreate')).not.toContain('createdAt');
    expect(props('BookingCreate')).toContain('startsAt');
    expect(props('BookingUpdate')).not.toContain('status');
    expect(props('User')).not.toContain('passwordHash');
  });

  it('no authentication stated → no login routes and every operation public', async () => {
    const prd = `${CASES[4]![1]}\n## Constraints\n\n- FR-20: The kiosk works without authentication: no login, anyone at the counter can use it.\n`;
    const s = await generate(prd);
    expect(s.endpoints.some((e) => e.action === 'auth')).toBe(false);
    expect(s.endpoints.every((e) => !e.authenticated)).toBe(true);
    expect(s.endpoints.every((e) => !e.responses.some((r) => r.status === 401))).toBe(true);
  });
});
