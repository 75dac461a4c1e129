import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Romanian planning documents (test/romanian/projects/gustarica): the language, the roles table, the
// stories "Ca <rol>, vreau să …", the stack table's Romanian labels and the ADR verdicts.

const DATA = `## Modelul de date\n\n\`\`\`sql\nCREATE TABLE schools (id BIGSERIAL PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE);\nCREATE TABLE orders (id BIGSERIAL PRIMARY KEY, school_id BIGINT NOT NULL REFERENCES schools(id), status VARCHAR(20) NOT NULL);\n\`\`\`\n`;

const PRD = `# Cantina — PRD

## 1. Context

Părinții comandă prânzul copiilor la cantina școlii și plătesc cu cardul. Bucătăria primește în fiecare după-amiază numărul de porții, iar aplicația este folosită de părinți, de personalul școlilor și de primărie. Comenzile se plasează până la ora 14:00 în ziua anterioară și se pot anula până la ora 10:00. Fiecare părinte poate avea cel mult 4 copii în cont, iar datele sunt păstrate în Uniunea Europeană.

## 2. Persoane și roluri

| Rol | Cod | Descriere |
|---|---|---|
| Părinte | parinte | Comandă și plătește prânzul |
| Responsabil de cantină | responsabil_cantina | Publică meniul școlii sale |

## 3. Povești de utilizator

- **PU-01**: Ca părinte, vreau să anulez o comandă plătită.
`;

const ARCH = (cedilla: boolean) => {
  const s = cedilla ? 'ş' : 'ș';
  return `# Arhitectura

${DATA}

## API

| Metodă | Rută | Descriere |
|---|---|---|
| POST | /orders/{id}/cancel | Anularea comenzii |

## ADR-02: Procesator de plăţi
- **Decizie:** Netopia Payments.
- **Alternative respinse:**
  - Stripe — respins: comisioanele sunt mai mari ${s}i contractul există deja.
`;
};

const STACK =
  '# Stiva\n\n| Strat | Tehnologie | Observații |\n|---|---|---|\n| Bază de date | PostgreSQL 16 | |\n| Migrări | Flyway 10 | |\n| Plăți | Netopia Payments | card |\n| SMS | SMSLink | |\n| Joburi programate | Spring `@Scheduled` + ShedLock | |\n';

async function compiled(cedilla: boolean) {
  const host = memoryHost({
    '/p/docs/prd.md': PRD,
    '/p/docs/architecture.md': ARCH(cedilla),
    '/p/docs/tech-stack.md': STACK,
  });
  return compile({ root: '/p', verify: { skip: true } }, host);
}

describe('Romanian documents', { timeout: 60_000 }, () => {
  it.each([
    ['comma below', false],
    ['cedilla', true],
  ])(
    '(%s) are read as Romanian: an English spec, roles, stories, stack and verdicts',
    async (_form, cedilla) => {
      const r = await compiled(cedilla);
      const s = r.spec!;
      // Romanian has no catalog: the spec is English and a note says why (it was Spanish before).
      expect(s.project.language).toBe('en');
      expect(
        r.diagnostics.some((d) => d.code === 'config/language-detected' && /\bro\b/.test(d.message)),
      ).toBe(true);
      expect(s.roles.map((x) => x.name)).toEqual(['parinte', 'responsabil_cantina']);
      expect(s.integrations.filter((i) => i.status === 'chosen').map((i) => i.name)).toEqual(
        expect.arrayContaining(['Netopia Payments', 'SMSLink']),
      );
      expect(s.integrations.find((i) => i.name === 'Stripe')?.status).toBe('rejected');
      const ops = (s.stories ?? []).flatMap((x) => x.operations);
      expect(ops).toContain('cancelOrder');
    },
  );
});
