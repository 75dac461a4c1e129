import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { BusinessRule } from '../../src/model/spec/rules.js';
import { compile } from '../../src/pipeline.js';
import { readRule, statesCharge, statesRule } from '../../src/read/rule-words.js';

// Issue 13 points 1 and 5 (podilato-el): every stated business rule is carried, as what it states.
// A job whose row cites the rule's id enforces it; a charge stated as a share of another amount is a
// charge, and so is a charge capped by no number ("up to the daily rate"); neither rejects a request.

const DATA = `\`\`\`sql
CREATE TABLE stations (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL, station_id uuid REFERENCES stations(id));
CREATE TABLE bookings (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id), station_id uuid NOT NULL REFERENCES stations(id), status text NOT NULL, total_cents integer NOT NULL);
\`\`\``;

const RENTAL = {
  en: {
    rules: [
      '- **BR-01**: The deposit is 30 % of the total amount of the booking.',
      '- **BR-02**: A late return is charged 10 € per hour, up to the daily rate.',
      '- **BR-03**: Bookings not paid within 15 minutes are cancelled automatically.',
      '- **BR-04**: Station staff see only the bookings of their own station.',
    ],
    job: '| ExpireUnpaidBookingsJob | */5 * * * * | Cancels bookings in «pending_payment» older than 15 minutes (BR-03) |',
    routes:
      '| POST | /api/v1/bookings | Create a booking | customer |\n| GET | /api/v1/bookings | List bookings | staff |',
  },
  el: {
    rules: [
      '- **ΚΕ-01**: Η προκαταβολή είναι 30 % του συνολικού ποσού της κράτησης.',
      '- **ΚΕ-02**: Η καθυστερημένη επιστροφή χρεώνεται 10 € ανά ώρα, έως το ημερήσιο μίσθωμα.',
      '- **ΚΕ-03**: Κρατήσεις που δεν πληρώθηκαν μέσα σε 15 λεπτά ακυρώνονται αυτόματα.',
      '- **ΚΕ-04**: Ο υπάλληλος σταθμού βλέπει μόνο τις κρατήσεις του δικού του σταθμού.',
    ],
    job: '| ExpireUnpaidBookingsJob | */5 * * * * | Ακυρώνει κρατήσεις σε «pending_payment» παλαιότερες από 15 λεπτά (ΚΕ-03) |',
    routes:
      '| POST | /api/v1/bookings | Νέα κράτηση | customer |\n| GET | /api/v1/bookings | Λίστα κρατήσεων | staff |',
  },
};

const compiled = async (files: Record<string, string>) =>
  (await compile({ root: '/p', verify: { skip: true } }, memoryHost(files))).spec!;

describe('every stated rule is carried as what it states', { timeout: 120_000 }, () => {
  for (const [lang, docs] of Object.entries(RENTAL))
    it(lang, async () => {
      const spec = await compiled({
        '/p/docs/prd.md': `# PRD\n\n## Business rules\n\n${docs.rules.join('\n')}\n`,
        '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${DATA}\n\n## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n${docs.routes}\n\n## Jobs\n\n| Job | Schedule | Purpose |\n|---|---|---|\n${docs.job}\n`,
      });
      const rules = spec.rules ?? [];
      const said = (words: RegExp): BusinessRule | undefined => rules.find((r) => words.test(r.text));
      // A share of another amount is a charge the service applies when it prices the booking.
      expect(said(/30 %/)).toMatchObject({ kind: 'charge', errorCode: null });
      // A charge capped by an amount no number states is priced, never rejected.
      expect(said(/10 €/)).toMatchObject({ kind: 'charge', errorCode: null });
      // The stated job whose row cites the rule is the one that enforces it.
      expect(said(/15/)).toMatchObject({ enforcement: 'job', job: { name: 'ExpireUnpaidBookingsJob' } });
      // What a role sees is scoped where the bookings are read: no create checks it, no request gets an error.
      const seen = said(/(?:see only|βλέπει μόνο)/);
      expect(seen).toMatchObject({ enforcement: 'visibility-scope', entity: 'Booking', errorCode: null });
      const reads = spec.endpoints.filter((e) => e.entity === 'Booking' && e.method === 'GET');
      expect(reads.length).toBeGreaterThan(0);
      expect(seen!.operations).toEqual(reads.map((e) => e.operationId));
    });
});

describe('a rule on what a role sees is a visibility scope', () => {
  it.each([
    ['en', 'A member sees only their own invoices.'],
    ['nl', 'Een lid ziet alleen zijn eigen facturen.'],
    ['el', 'Ο υπάλληλος σταθμού βλέπει μόνο τις κρατήσεις του δικού του σταθμού.'],
    ['nb', 'En lagleder ser bare sine egne lag.'],
    ['es', 'Un paciente solo ve sus citas.'],
  ])('%s', (_, text) => {
    expect(readRule(text)).toMatchObject({ enforcement: 'visibility-scope' });
  });
  it.each([
    ['en', 'Only the administrator can delete a station.'],
    ['nl', 'Alleen een beheerder mag facturen verwijderen.'],
    ['en', 'An auditor can only view reports, never change them.'],
  ])('%s: no scope', (_, text) => {
    expect(readRule(text).enforcement).not.toBe('visibility-scope');
  });
});

describe('a percentage of nothing is no charge', () => {
  it.each([
    [
      'en',
      'Invoice displays: patient name, ordered tests, individual prices, subtotal, GST (18%), grand total',
    ],
    ['de', 'Die Erwerbung sieht eine Liste der Lizenzen, deren Kontingent zu 90 % verbraucht ist.'],
  ])('%s', (_, text) => {
    expect(readRule(text).kind).not.toBe('charge');
    expect(statesCharge(text)).toBe(false);
  });
  it.each([
    ['en', 'The deposit is 30 % of the total amount of the booking.'],
    ['el', 'Η προκαταβολή είναι 30 % του συνολικού ποσού της κράτησης.'],
  ])('%s: a share of an amount', (_, text) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text).kind).toBe('charge');
  });
});
