import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13, written five times (en, de, es, pt, fr): a booking record whose lifecycle enum is in the
 * documents' language, a customer and a staff role, and four requirements — a modal sentence naming
 * a state verb (cancel), a present-tense one naming another (confirm), a present-tense create and an
 * audit-log requirement. Each must yield its operation, the permission for its stated actor, the
 * lifecycle transition, and the audit rule in the business-rules table.
 */
interface Case {
  lang: string;
  entity: string;
  table: string;
  customer: string;
  staff: string;
  states: [string, string, string, string];
  prd: string;
}

const sql = (c: Case) => `\`\`\`sql
CREATE TYPE user_role AS ENUM ('${c.customer}', '${c.staff}', 'admin');
CREATE TYPE ${c.table}_status AS ENUM (${c.states.map((s) => `'${s}'`).join(', ')});
CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role user_role NOT NULL DEFAULT '${c.customer}',
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE ${c.table} (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  ${c.customer}_id UUID NOT NULL REFERENCES users(id),
  status ${c.table}_status NOT NULL DEFAULT '${c.states[0]}',
  starts_at TIMESTAMPTZ NOT NULL,
  notes TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\``;

const roles = (head: string, c: Case) =>
  `${head}\n\n| Role | |\n|---|---|\n| ${c.customer} | |\n| ${c.staff} | |\n| admin | |\n`;

const CASES: Case[] = [
  {
    lang: 'de',
    entity: 'Termin',
    table: 'termin',
    customer: 'kunde',
    staff: 'mitarbeiter',
    states: ['angefragt', 'bestätigt', 'storniert', 'abgeschlossen'],
    prd: '',
  },
  {
    lang: 'es',
    entity: 'Cita',
    table: 'citas',
    customer: 'paciente',
    staff: 'recepcionista',
    states: ['solicitada', 'confirmada', 'cancelada', 'completada'],
    prd: '',
  },
  {
    lang: 'pt',
    entity: 'Reserva',
    table: 'reservas',
    customer: 'cliente',
    staff: 'atendente',
    states: ['pendente', 'confirmada', 'cancelada', 'reembolsada'],
    prd: '',
  },
  {
    lang: 'fr',
    entity: 'Commande',
    table: 'commandes',
    customer: 'client',
    staff: 'vendeur',
    states: ['en_attente', 'confirmée', 'annulée', 'remboursée'],
    prd: '',
  },
  {
    lang: 'en',
    entity: 'Booking',
    table: 'bookings',
    customer: 'customer',
    staff: 'clerk',
    states: ['requested', 'confirmed', 'cancelled', 'completed'],
    prd: '',
  },
];
CASES[0]!.prd = `# PRD\n\n${roles('## Rollen', CASES[0]!)}\n## Anforderungen\n\n- FR-01: Der Kunde kann einen Termin stornieren.\n- FR-02: Der Mitarbeiter bestätigt einen Termin.\n- FR-03: Der Kunde legt einen Termin an.\n- FR-04: Alle Änderungen an einem Termin werden in einem Audit-Log protokolliert.\n\nWenn ein Termin storniert wird, wird eine E-Mail über Postmark versendet, ein Job in die Warteschlange eingereiht und ein Audit-Eintrag geschrieben.\n- FR-05: Die Mitarbeiter legen Termine an und exportieren Termine als CSV.\n`;
CASES[1]!.prd = `# PRD\n\n${roles('## Roles', CASES[1]!)}\n## Requisitos\n\n- FR-01: El paciente puede cancelar una cita.\n- FR-02: El recepcionista confirma una cita.\n- FR-03: El paciente crea una cita.\n- FR-04: Todo cambio de una cita queda registrado en un registro de auditoría.\n\nCuando se cancela una cita, se envía un correo por Postmark, se encola un job de reembolso y se escribe una entrada de auditoría.\n- FR-05: Los recepcionistas crean citas.\n`;
CASES[2]!.prd = `# PRD\n\n${roles('## Papéis', CASES[2]!)}\n## Requisitos\n\n- FR-01: O cliente pode cancelar uma reserva.\n- FR-02: O atendente confirma uma reserva.\n- FR-03: O cliente cria reservas.\n- FR-04: Toda alteração de uma reserva é registrada em um log de auditoria.\n\nQuando uma reserva é cancelada, um e-mail é enviado via Postmark, um job é enfileirado e uma entrada de auditoria é gravada.\n- FR-05: Os atendentes criam reservas.\n`;
CASES[3]!.prd = `# PRD\n\n${roles('## Rôles', CASES[3]!)}\n## Exigences\n\n- FR-01: Le client peut annuler une commande.\n- FR-02: Le vendeur confirme une commande.\n- FR-03: Le client crée une commande.\n- FR-04: Toute modification d'une commande est enregistrée dans un journal d'audit.\n\nLorsqu'une commande est annulée, un courriel est envoyé via Postmark, un job est mis en file d'attente et une entrée d'audit est enregistrée.\n- FR-05: Les vendeurs créent des commandes.\n`;
CASES[4]!.prd = `# PRD\n\n${roles('## Roles', CASES[4]!)}\n## Requirements\n\n- FR-01: The customer can cancel a booking.\n- FR-02: The clerk confirms a booking.\n- FR-03: The customer creates bookings.\n- FR-04: All changes to a booking are logged in an audit log.\n\nWhen a booking is cancelled, an email is sent via Postmark, a refund job is enqueued and an audit entry is written.\n- FR-05: Clerks create bookings.\n`;

async function generate(c: Case): Promise<Spec> {
  const arch = `# Architecture\n\nJWT bearer tokens.\n\n## Data model\n\n${sql(c)}\n`;
  const host = memoryHost({ '/w/docs/prd.md': c.prd, '/w/docs/architecture.md': arch });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  return r.spec!;
}

const op = (s: Spec, id: string) => s.endpoints.find((e) => e.operationId === id);
const access = (s: Spec, id: string, role: string) =>
  s.permissions!.rows.find((r) => r.operationId === id)?.access[role];

describe.each(CASES)('lifecycle and requirements in $lang', (c) => {
  it('state actions come from the status values and the requirement naming the verb', async () => {
    const s = await generate(c);
    const cancel = op(s, `cancel${c.entity}`);
    const confirm = op(s, `confirm${c.entity}`);
    expect(cancel?.path, 'cancel').toMatch(/\/\{id\}\/cancel$/);
    expect(confirm?.path, 'confirm').toMatch(/\/\{id\}\/confirm$/);
    expect(cancel!.requirements).toContain('FR-01');
    expect(confirm!.requirements).toContain('FR-02');
    // Each state action is the stated actor's, never the other role's.
    expect(access(s, `cancel${c.entity}`, c.customer)).not.toBe('denied');
    expect(access(s, `cancel${c.entity}`, c.staff)).toBe('denied');
    expect(access(s, `confirm${c.entity}`, c.staff)).not.toBe('denied');
    expect(access(s, `confirm${c.entity}`, c.customer)).toBe('denied');
    // The lifecycle draws both transitions to the status values as written.
    const life = s.lifecycles!.find((l) => l.entity === c.entity)!;
    const to = (trigger: string) => life.transitions.find((t) => t.trigger === trigger)?.to;
    expect(to(`cancel${c.entity}`)).toBe(c.states[2]);
    expect(to(`confirm${c.entity}`)).toBe(c.states[1]);
    // No action for a status no requirement names (the fourth value), none for the initial one.
    expect(life.transitions.some((t) => t.to === c.states[3])).toBe(false);
  });

  it('a present-tense requirement of a role creates the record, for that role (singular and plural)', async () => {
    const s = await generate(c);
    const create = `create${c.entity}`;
    expect(op(s, create)?.requirements).toEqual(expect.arrayContaining(['FR-03', 'FR-05']));
    expect(access(s, create, c.customer)).not.toBe('denied');
    expect(access(s, create, c.staff)).not.toBe('denied');
    for (const id of ['FR-03', 'FR-05']) {
      const story = s.stories!.find((x) => x.requirements.includes(id));
      expect(story?.operations, id).toContain(create);
    }
  });

  it('the audit-log requirement is a business rule on the writes of the record', async () => {
    const s = await generate(c);
    const rule = s.rules!.find((r) => r.requirements.includes('FR-04'))!;
    expect(rule).toBeDefined();
    expect(rule.enforcement).toBe('audit-trail');
    expect(rule.entity).toBe(c.entity);
    expect(rule.operations).toEqual(
      expect.arrayContaining([`create${c.entity}`, `cancel${c.entity}`, `confirm${c.entity}`]),
    );
    expect(rule.operations.some((o) => o.startsWith('get') || o.startsWith('list'))).toBe(false);
    expect(rule.errorCode).toBeNull();
    expect(rule.origin).toMatchObject({ kind: 'source', file: 'docs/prd.md' });
  });

  it('every write the every-change rule constrains commits its audit entry in one transaction', async () => {
    const s = await generate(c);
    const rule = s.rules!.find((r) => r.requirements.includes('FR-04'))!;
    const methods = s.services.flatMap((x) => x.methods);
    for (const op of rule.operations) {
      const m = methods.find((x) => x.endpoints.includes(op))!;
      expect(m.transaction, op).toMatchObject({ scope: 'one', mechanism: 'audit', rule: rule.id });
      expect(m.transaction!.origin).toMatchObject({
        kind: 'rule',
        rule: 'derive/transaction-with-audit-entry',
        from: [{ file: 'docs/prd.md' }],
      });
    }
  });

  it('a method carries every side effect stated for it, each with its source', async () => {
    const s = await generate(c);
    const method = s.services
      .flatMap((x) => x.methods)
      .find((m) => m.endpoints.includes(`cancel${c.entity}`))!;
    const kinds = (method.sideEffects ?? []).map((fx) => fx.kind);
    expect(kinds).toEqual(expect.arrayContaining(['email', 'job', 'audit']));
    expect(method.sideEffects!.find((fx) => fx.kind === 'email')?.via).toBe('Postmark');
    // The audit entry is stated twice: by the effect sentence and by the FR-04 rule.
    const audits = method.sideEffects!.filter((fx) => fx.kind === 'audit');
    expect(audits.length).toBe(2);
    for (const fx of method.sideEffects!) expect(fx.origin.kind).toBe('source');
    // The create is audited by the rule only; no mail is stated for it.
    const create = s.services
      .flatMap((x) => x.methods)
      .find((m) => m.endpoints.includes(`create${c.entity}`))!;
    expect((create.sideEffects ?? []).map((fx) => fx.kind)).toEqual(['audit']);
  });
});

/** FR-01 stated as a noun: the action's intent comes from the noun, the actor after "by". */
const NOMINAL: Record<string, [string, string]> = {
  de: ['FR-01: Der Kunde kann einen Termin stornieren.', 'FR-01: Stornierung eines Termins durch den Kunde.'],
  es: ['FR-01: El paciente puede cancelar una cita.', 'FR-01: Cancelación de una cita por el paciente.'],
  pt: ['FR-01: O cliente pode cancelar uma reserva.', 'FR-01: Cancelamento de uma reserva pelo cliente.'],
  fr: ['FR-01: Le client peut annuler une commande.', "FR-01: Annulation d'une commande par le client."],
  en: ['FR-01: The customer can cancel a booking.', 'FR-01: Cancellation of a booking by the customer.'],
};

describe.each(CASES)('a state action stated as a noun in $lang', (c) => {
  it('is the actor’s operation', async () => {
    const [from, to] = NOMINAL[c.lang]!;
    expect(c.prd).toContain(from);
    const s = await generate({ ...c, prd: c.prd.replace(from, to) });
    const story = s.stories!.find((x) => x.requirements.includes('FR-01'));
    expect(story?.operations).toContain(`cancel${c.entity}`);
    expect(access(s, `cancel${c.entity}`, c.customer)).not.toBe('denied');
    expect(access(s, `cancel${c.entity}`, c.staff)).toBe('denied');
  });
});
