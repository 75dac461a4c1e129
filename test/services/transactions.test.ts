import { describe, expect, it } from 'vitest';
import { transactionOf } from '../../src/derive/services/transactions.js';
import { memoryHost } from '../../src/host.js';
import { fromSource } from '../../src/model/origin.js';
import type { SecurityFact } from '../../src/model/security-facts.js';
import type { Endpoint } from '../../src/model/spec/api.js';
import { compile } from '../../src/pipeline.js';
import { readTransaction } from '../../src/read/transaction-words.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * A service method carries a transaction boundary only where a stated mechanism names its records
 * (the sentence is its source) or a named rule derives one; a stated "no transaction" or eventual
 * consistency is carried as stated. Sentences in en, es, pt, fr and de.
 */
describe('readTransaction', () => {
  it.each([
    ['en', 'Confirming an appointment locks the row with SELECT ... FOR UPDATE.', 'row-lock'],
    ['en', 'The booking and its payment row are written atomically.', 'atomic'],
    ['en', 'Each write to the ledger uses optimistic locking with a version column.', 'optimistic-version'],
    ['en', 'Payouts take a PostgreSQL advisory lock per merchant.', 'advisory-lock'],
    ['en', 'Order events are stored in a transactional outbox and published after commit.', 'outbox'],
    ['en', 'There are no transactions across loans and members.', 'none'],
    ['en', 'The search index is eventually consistent with the database.', 'eventual'],
    ['es', 'La reserva y el pago se guardan en una sola transacción.', 'atomic'],
    ['es', 'Las reservas usan bloqueo pesimista de la fila.', 'row-lock'],
    ['es', 'No hay transacciones entre préstamos; consistencia eventual.', 'eventual'],
    ['pt', 'A reserva e o pagamento são gravados numa transação.', 'atomic'],
    [
      'pt',
      'As reservas usam controle de concorrência otimista com uma coluna de versão.',
      'optimistic-version',
    ],
    ['pt', 'Sem transações entre empréstimos.', 'none'],
    ['fr', 'La réservation et le paiement sont enregistrés dans une même transaction.', 'atomic'],
    ['fr', 'Les réservations utilisent un verrouillage optimiste.', 'optimistic-version'],
    ['fr', 'Pas de transaction entre les prêts : cohérence à terme.', 'eventual'],
    ['de', 'Buchung und Zahlung werden in einer Transaktion gespeichert.', 'atomic'],
    ['de', 'Buchungen verwenden eine pessimistische Sperre der Zeile.', 'row-lock'],
    ['de', 'Keine Transaktionen über Ausleihen hinweg.', 'none'],
  ])('%s: "%s" → %s', (_lang, text, mechanism) => {
    expect(readTransaction(text)?.mechanism).toBe(mechanism);
  });

  it.each([
    ['a design system', 'Components follow Atomic Design (atoms, molecules, organisms).'],
    ['an optimistic UI', 'Optimistic UI updates make task creation feel instant.'],
    ['the UI', 'Toggling a task updates both the list and the count atomically via the optimistic UI.'],
    ['version control', 'Per-task commits create atomic, traceable changes.'],
    ['payment fees', 'No transaction fees are charged to members.'],
    ['a negated mechanism', 'We do not use advisory locks.'],
    ['a schema version', 'Validate the document structure (schema version check).'],
    ['es: fees', 'No se cobran comisiones por transacción.'],
    ['de: fees', 'Keine Transaktionsgebühren für Mitglieder.'],
    ['fr: design', 'Les composants suivent l’Atomic Design.'],
  ])('states nothing: %s', (_what, text) => {
    expect(readTransaction(text)).toBeNull();
  });

  it('reads a policy for every write of several tables', () => {
    const r = readTransaction(
      'Database operations involving multiple statements will be enclosed within transactions.',
    );
    expect(r).toMatchObject({ mechanism: 'atomic', policy: true });
    expect(
      readTransaction('Operaciones que escriben varias tablas se ejecutan en una transacción.')?.policy,
    ).toBe(true);
  });
});

const SQL = `\`\`\`sql
CREATE TYPE appointment_status AS ENUM ('requested', 'confirmed', 'cancelled');
CREATE TABLE users (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), email VARCHAR(255) NOT NULL UNIQUE);
CREATE TABLE appointments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id UUID NOT NULL REFERENCES users(id),
  status appointment_status NOT NULL DEFAULT 'requested',
  starts_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\``;
const PRD =
  '# PRD\n\n## Functional requirements\n\n- FR-1: Patients create appointments.\n- FR-2: Staff confirm or cancel appointments.\n';

async function generate(text: string, prd = PRD) {
  const arch = `# Architecture\n\nJWT bearer tokens.\n\n## Data model\n\n${SQL}\n\n## Consistency\n\n${text}\n`;
  const host = memoryHost({ '/w/docs/prd.md': prd, '/w/docs/architecture.md': arch });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
  const methods = new Map(r.spec!.services.flatMap((s) => s.methods).map((m) => [m.name, m]));
  const line = arch.split('\n').findIndex((l) => l === text) + 1;
  return { methods, md, line };
}

/** [language, sentence, method, scope, mechanism, a method the sentence does not reach] */
const STATED: [string, string, string, 'one' | 'none', string, string | null][] = [
  [
    'en',
    'Confirming an appointment locks its row with SELECT … FOR UPDATE.',
    'confirmAppointment',
    'one',
    'row-lock',
    'cancelAppointment',
  ],
  [
    'es',
    'Al cancelar una appointment, el estado y la auditoría se guardan en una sola transacción.',
    'cancelAppointment',
    'one',
    'atomic',
    'confirmAppointment',
  ],
  [
    'pt',
    'As appointments usam controle de concorrência otimista com uma coluna de versão.',
    'confirmAppointment',
    'one',
    'optimistic-version',
    'createAppointment',
  ],
  [
    'fr',
    'Les appointments ne partagent aucune transaction avec les users : cohérence à terme.',
    'cancelAppointment',
    'none',
    'eventual',
    null,
  ],
  [
    'de',
    'Jede Änderung einer Appointment nimmt ein pg_advisory_xact_lock auf den Patienten.',
    'cancelAppointment',
    'one',
    'advisory-lock',
    null,
  ],
  [
    'en (none)',
    'There are no transactions across appointments and users.',
    'confirmAppointment',
    'none',
    'none',
    null,
  ],
];

describe('stated transaction boundaries on service methods', () => {
  it.each(STATED)(
    '%s: %s',
    async (_lang, sentence, method, scope, mechanism, untouched) => {
      const { methods, md, line } = await generate(sentence);
      const m = methods.get(method)!;
      expect(m.transaction).toEqual({
        scope,
        mechanism,
        origin: fromSource('docs/architecture.md', line, sentence.slice(0, 160)),
      });
      expect(m.transactional).toBe(scope === 'one');
      if (untouched) expect(methods.get(untouched)!.transaction).toBeUndefined();
      // Section 4 cites the sentence beside the method.
      expect(md).toMatch(new RegExp(`\`${method}\` — [^|]*\\(docs/architecture\\.md:${line}\\)`));
      // A read never gets one.
      expect(methods.get('listAppointments')?.transaction).toBeUndefined();
    },
    30_000,
  );

  it('states nothing without a mechanism: no boundary on any method', async () => {
    const { methods, md } = await generate('Appointments are confirmed by staff during opening hours.');
    expect([...methods.values()].filter((m) => m.transaction)).toEqual([]);
    expect(md).not.toMatch(/SELECT … FOR UPDATE|advisory/);
  }, 30_000);

  it('a no-overlap rule enforced by a constraint puts the create in one transaction, citing the rule', async () => {
    const prd =
      '# PRD\n\n## Functional requirements\n\n- FR-1: Patients create appointments; two appointments must never overlap.\n- FR-2: Staff confirm or cancel appointments.\n';
    const { methods, md } = await generate('Staff work in shifts.', prd);
    const create = methods.get('createAppointment')!;
    expect(create.transaction).toMatchObject({ scope: 'one', mechanism: 'constraint' });
    expect(create.transaction!.origin).toMatchObject({
      kind: 'rule',
      rule: 'derive/transaction-no-overlap-constraint',
    });
    const rule = create.transaction!.rule!;
    expect(create.throws.map((t) => t.error)).toContain('APPOINTMENT_OVERLAP');
    expect(md).toContain(`the constraint of ${rule} aborts for a concurrent writer`);
  }, 30_000);
});

describe('transactionOf', () => {
  const endpoint = (operationId: string, method: Endpoint['method'], action: Endpoint['action']) =>
    ({ operationId, method, action, entity: 'Loan' }) as Endpoint;
  const checkOut = endpoint('checkOutLoan', 'POST', 'action');
  const siblings = [checkOut, endpoint('createLoan', 'POST', 'create'), endpoint('listLoans', 'GET', 'list')];
  const fact = (text: string, mechanism: 'atomic' | 'none', policy = false): SecurityFact => ({
    kind: 'transaction',
    mechanism,
    policy,
    words: text.toLowerCase().split(/[^\p{L}\p{N}-]+/u),
    text,
    origin: fromSource('docs/arch.md', 7),
  });

  it('cites a stated policy beside the rule that finds several writes', () => {
    const policy = fact('Operations that write more than one table run in one transaction.', 'atomic', true);
    expect(
      transactionOf(checkOut, siblings, [policy], 'derive/transaction-state-change-with-history'),
    ).toEqual({
      scope: 'one',
      mechanism: 'atomic',
      origin: {
        kind: 'rule',
        rule: 'derive/transaction-state-change-with-history',
        from: [{ file: 'docs/arch.md', line: 7 }],
      },
    });
    // A policy alone makes no method transactional: only the rule finds the several writes.
    expect(transactionOf(checkOut, siblings, [policy], null)).toBeUndefined();
  });

  it('a stated "no transaction" beats the derivation rule', () => {
    const none = fact('There are no transactions across loans.', 'none');
    expect(
      transactionOf(checkOut, siblings, [none], 'derive/transaction-state-change-with-history'),
    ).toMatchObject({
      scope: 'none',
      origin: { kind: 'source', line: 7 },
    });
  });

  it('a sentence naming another record does not reach this one', () => {
    const other = fact('Payments and invoices are written atomically in one transaction.', 'atomic');
    expect(transactionOf(checkOut, siblings, [other], null)).toBeUndefined();
  });
});

describe('transaction boundaries in real documents', () => {
  it('clinic-booking: creating an appointment runs in one transaction the no-overlap constraint aborts, and raises its error', async () => {
    const r = await compiledProject(new URL('../../examples/clinic-booking', import.meta.url).pathname);
    const rules = r.spec!.rules ?? [];
    const overlap = rules.find((x) => x.errorCode === 'APPOINTMENT_OVERLAP')!;
    expect(overlap.text).toMatch(/never overlap/);
    const create = r.spec!.services.flatMap((s) => s.methods).find((m) => m.name === 'createAppointment')!;
    expect(create.transaction).toMatchObject({ scope: 'one', mechanism: 'constraint', rule: overlap.id });
    const error = create.throws.find((t) => t.error === 'APPOINTMENT_OVERLAP')!;
    expect(error.origin).toMatchObject({ kind: 'rule', rule: 'derive/constraint-error-on-entity-writes' });
    // A read is never in a transaction the rule opens.
    const reads = r.spec!.services.flatMap((s) => s.methods).filter((m) => m.name.startsWith('list'));
    expect(reads.filter((m) => m.transaction)).toEqual([]);
  }, 120_000);

  it('bmadserver: workflow writes cite the stated optimistic concurrency and the atomic dual write; nothing else is reached', async () => {
    const r = await compiledProject(corpusRoot('bmadserver'));
    const methods = r.spec!.services.flatMap((s) => s.methods.map((m) => ({ service: s.name, m })));
    const bounded = methods.filter(({ m }) => m.transaction);
    expect(bounded.every(({ service }) => service === 'WorkflowService')).toBe(true);
    const create = bounded.find(({ m }) => m.name === 'createWorkflow')!.m.transaction!;
    expect(create).toMatchObject({ scope: 'one', mechanism: 'atomic', origin: { kind: 'source' } });
    const update = bounded.find(({ m }) => m.name === 'updateWorkflow')!.m.transaction!;
    expect(update).toMatchObject({
      scope: 'one',
      mechanism: 'optimistic-version',
      origin: { kind: 'source' },
    });
  }, 120_000);
});
