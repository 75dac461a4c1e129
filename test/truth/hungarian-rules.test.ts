import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { BusinessRule } from '../../src/model/spec/rules.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 point 5 (csavarhaz-hu): the Hungarian business rules (`ÜSZ-01` … under "Üzleti
// szabályok") were not read at all: the rules table was missing. Each is carried under its own id,
// read through Hungarian force words like its English counterpart.

const DATA = `\`\`\`sql
CREATE TABLE ugyfelek (id uuid PRIMARY KEY, email text NOT NULL);
CREATE TABLE idopontok (id uuid PRIMARY KEY, ugyfel_id uuid NOT NULL REFERENCES ugyfelek(id), kezdes timestamptz NOT NULL);
CREATE TABLE jarmuvek (id uuid PRIMARY KEY, ugyfel_id uuid NOT NULL REFERENCES ugyfelek(id), rendszam text NOT NULL);
\`\`\``;

const GARAGE = {
  en: {
    heading: 'Business rules',
    job: 'Appointment reminder | 0 * * * * | SMS to bookings that start within 24 hours',
    rules: [
      '- **BR-01** A customer can have at most 3 active bookings at a time.',
      '- **US-10** As a visitor I want to see the price list of the garages, so that I can compare prices before registering.',
      '- **BR-02** The system sends an SMS reminder 24 hours before the appointment.',
      '- **BR-03** Cancellation is free up to 24 hours before the appointment. A later cancellation costs a cancellation fee of 5 000 Ft.',
      '- **BR-04** The quote is valid for 7 days; an expired quote must not be accepted.',
      '- **BR-05** The registration number is unique; a vehicle belongs to only one customer at a time.',
    ],
  },
  hu: {
    heading: 'Üzleti szabályok',
    job: 'Időpont-emlékeztető | 0 * * * * | SMS a 24 órán belül kezdődő foglalásokhoz',
    rules: [
      '- **ÜSZ-01** Egy ügyfélnek egyszerre legfeljebb 3 aktív foglalása lehet.',
      '- **US-10** Mint látogató szeretném megnézni a szervizek árlistáját, hogy regisztráció előtt összehasonlíthassam az árakat.',
      '- **ÜSZ-02** A rendszer SMS-emlékeztetőt küld 24 órával az időpont előtt.',
      '- **ÜSZ-03** A foglalás díjmentesen lemondható legkésőbb 24 órával az időpont előtt. Későbbi lemondás esetén 5 000 Ft lemondási díjat számolunk fel.',
      '- **ÜSZ-04** Az árajánlat 7 napig érvényes; lejárt árajánlat nem fogadható el.',
      '- **ÜSZ-05** A rendszám egyedi; egy jármű egyszerre csak egy ügyfélhez tartozhat.',
    ],
  },
};

describe('the rules of a Hungarian garage are carried', { timeout: 120_000 }, () => {
  for (const [lang, docs] of Object.entries(GARAGE))
    it(lang, async () => {
      const spec = (
        await compile(
          { root: '/p', verify: { skip: true } },
          memoryHost({
            '/p/docs/prd.md': `# PRD\n\n## ${docs.heading}\n\n${docs.rules.join('\n')}\n`,
            '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n\n## Jobs\n\n| Job | Schedule | Purpose |\n|---|---|---|\n| ${docs.job} |\n`,
          }),
        )
      ).spec!;
      const rules = spec.rules ?? [];
      const prefix = lang === 'hu' ? 'ÜSZ' : 'BR';
      expect(rules.map((r) => r.id)).toEqual([1, 2, 3, 4, 5].map((n) => `${prefix}-0${n}`));
      const byId = (n: number): BusinessRule => rules.find((r) => r.id === `${prefix}-0${n}`)!;
      expect(byId(1)).toMatchObject({ kind: 'limit', enforcement: 'service-check' });
      // The system's reminder is its own work: a job, no request check.
      expect(byId(2)).toMatchObject({
        enforcement: 'job',
        errorCode: null,
        job: { name: docs.job.split(' |')[0] },
      });
      // A later cancellation is charged, not refused.
      expect(byId(3)).toMatchObject({ kind: 'charge', errorCode: null });
      expect(byId(5)).toMatchObject({ kind: 'unique', enforcement: 'db-constraint' });
      // A story that says "before" is no rule.
      expect(rules.some((r) => /(?:want to see|szeretném megnézni)/.test(r.text))).toBe(false);
    });
});
