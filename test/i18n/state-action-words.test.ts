import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { intentsOf } from '../../src/read/story-words.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { renderDocument } from '../../src/render/markdown/document.js';

/**
 * Issue 11: a state action was named by its English verb inside otherwise Dutch or Italian tables
 * (`pay`, `close` in 5.6, "Pay factuur" as an operation's title). The documents' own verb names it
 * where a story writes one; the catalog's translation of the verb where none does; the path and the
 * operationId keep the English verb they were named with.
 */
describe('the verb a story writes for a state action', () => {
  it.each([
    ['een openstaande factuur betalen', 'pay', 'betalen'],
    ['mijn reservering annuleren', 'cancel', 'annuleren'],
    ['chiudere una segnalazione risolta', 'close', 'chiudere'],
    ['pagare una rata con carta', 'pay', 'pagare'],
    ['die offene Rechnung bezahlen', 'pay', 'bezahlen'],
    ['clôturer le dossier du client', 'close', 'clôturer'],
    ['aprovar o pedido do cliente', 'approve', 'aprovar'],
  ])('"%s": %s, written "%s"', (action, verb, word) => {
    expect(intentsOf(action)).toContainEqual({ kind: 'state', verb, word });
  });

  it.each([
    ['pay an open invoice', 'pay'],
    ['resend the invitation', 'send'],
    ['cancelar una cita', 'cancel'],
  ])('"%s": %s has no word of its own (English, or the verb itself)', (action, verb) => {
    const state = intentsOf(action).find((i) => i.kind === 'state');
    expect(state).toEqual({ kind: 'state', verb });
  });
});

const architecture = [
  '# Architecture',
  '',
  '```sql',
  'CREATE TABLE members (id uuid PRIMARY KEY, name text NOT NULL);',
  "CREATE TABLE bookings (id uuid PRIMARY KEY, member_id uuid NOT NULL REFERENCES members(id), starts_at timestamptz NOT NULL, status text NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled')));",
  "CREATE TABLE invoices (id uuid PRIMARY KEY, member_id uuid NOT NULL REFERENCES members(id), amount numeric(8,2) NOT NULL, status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')));",
  '```',
  '',
].join('\n');

async function spec(prd: string, lang: string) {
  const r = await compile(
    { root: '/p', lang, verify: { skip: true } },
    memoryHost({ '/p/docs/product/PRD.md': prd, '/p/docs/technical/architecture.md': architecture }),
  );
  expect(r.ok).toBe(true);
  return r;
}

const row = (md: string, needle: string) => md.split('\n').find((l) => l.includes(needle)) ?? '';

describe('a state action in the tables of the spec', { timeout: 120_000 }, () => {
  it('is named with the Dutch verb the story writes; the route keeps the English one', async () => {
    // "opzeggen", not the catalog's "annuleren": the documents' own word for the cancel action.
    const r = await spec(
      '# PRD\n\n## Rollen\n\n| Rol | Beschrijving |\n|---|---|\n| member | Lid van de club; annuleert eigen bookings |\n| treasurer | Penningmeester |\n\n## Eisen\n\n- FR1: Als member wil ik mijn booking opzeggen, zodat de baan vrijkomt.\n- FR2: Als treasurer wil ik een invoice aanmaken voor een member.\n',
      'nl',
    );
    const cancel = r.spec!.endpoints.find((e) => e.path.endsWith('/cancel'));
    expect(cancel?.operationId).toBe('cancelBooking');
    expect(cancel?.actionWord).toBe('opzeggen');
    const md = r.artifacts[0]!.text;
    expect(row(md, '`cancelBooking` —')).toContain('`cancelBooking` — Booking opzeggen');
    expect(row(md, '| `member` | Booking |')).toContain('opzeggen');
    expect(row(md, '| `member` | Booking |')).not.toContain('`cancel`');
    // The same spec in English names the action by its English verb.
    const en = renderDocument({
      spec: r.spec!,
      t: catalogFor('en').messages,
      checklist: [],
      verifications: [],
    });
    expect(row(en.text, '`cancelBooking` —')).toContain('`cancelBooking` — Cancel booking');
    expect(row(en.text, '| `member` | Booking |')).toContain('`cancel`');
  });

  it('takes the catalog’s word where the documents write the English verb', async () => {
    const r = await spec(
      '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| member | A club member |\n\n## Requirements\n\n- FR1: As a member, I want to pay an open invoice so that my fee is settled.\n',
      'en',
    );
    expect(r.spec!.endpoints.find((e) => e.path.endsWith('/pay'))?.actionWord).toBeUndefined();
    for (const [lang, title] of [
      ['nl', 'Een invoice betalen (status → paid)'],
      ['it', 'Pagare invoice (status → paid)'],
      ['de', 'invoice bezahlen (status → paid)'],
    ] as const) {
      const md = renderDocument({
        spec: r.spec!,
        t: catalogFor(lang).messages,
        checklist: [],
        verifications: [],
      }).text;
      expect(row(md, '`payInvoice` —'), lang).toContain(`\`payInvoice\` — ${title}`);
    }
  });
});
