import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Spec } from '../../src/model/spec/index.js';
import { renderPrisma } from '../../src/render/orm/prisma.js';
import { validatePrisma } from '../../src/verify/prisma.js';

/** schema.prisma for every golden PostgreSQL model passes Prisma's own validator (wasm engine). */
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(`${CASES}${e.name}/expected/backend-spec/schema.sql`))
  .map((e) => e.name)
  .sort();
const load = (name: string) =>
  JSON.parse(readFileSync(`${CASES}${name}/expected/backend-spec/spec.json`, 'utf8')) as Spec;

describe('schema.prisma', () => {
  it.each(cases)('%s validates with the Prisma schema engine', async (name) => {
    const schema = renderPrisma(load(name));
    expect(await validatePrisma(schema)).toEqual([]);
  });

  it.each(cases.filter((c) => existsSync(`${CASES}${c}/expected/backend-spec/prisma/schema.prisma`)))(
    '%s: the written prisma/schema.prisma validates',
    async (name) => {
      const text = readFileSync(`${CASES}${name}/expected/backend-spec/prisma/schema.prisma`, 'utf8');
      expect(await validatePrisma(text)).toEqual([]);
    },
  );

  it('the validator rejects a broken schema', async () => {
    expect((await validatePrisma('model A { id Int @id\n b Missing }')).length).toBeGreaterThan(0);
  });

  it('writes relations in both directions, never a back-relation column', () => {
    const schema = renderPrisma(load('clinic-booking'));
    const appointment = /model Appointment \{[\s\S]*?\n\}/.exec(schema)![0];
    expect(appointment).toMatch(
      /@relation\("Appointment_patientId", fields: \[patientId\], references: \[id\]/,
    );
    expect(schema).toMatch(
      /appointmentsByPatient Appointment\[\] @relation\("Appointment_patientId"\)|appointments Appointment\[\] @relation\("Appointment_patientId"\)/,
    );
  });
});
