import { describe, expect, it } from 'vitest';
import { type Domain, emptyDomain, type Quantity, type StackChoice } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import type { Supersession } from '../../src/model/sources.js';
import { reconcile } from '../../src/reconcile/index.js';

const OLD = 'docs/architecture.md';
const NEW = 'docs/architecture-increment.md';
const amends: Supersession[] = [{ older: OLD, newer: NEW, mode: 'amends', why: 'test' }];

const domain = (patch: Partial<Domain>): Domain => ({ ...emptyDomain('p', 'en'), ...patch });
const q = (file: string, line: number, value: number, text: string): Quantity => ({
  key: 'auth.access-token-lifetime',
  label: 'access token lifetime',
  value,
  unit: 'min',
  text,
  origin: fromSource(file, line),
});
const s = (file: string, line: number, concern: StackChoice['concern'], value: string): StackChoice => ({
  concern,
  value,
  status: 'chosen',
  origin: fromSource(file, line),
});

describe('superseded-document detector', () => {
  it('a parameter the newer document changes: the older value is superseded, both lines in section 0', () => {
    const out = reconcile(
      domain({
        parameters: [
          q(OLD, 10, 60, 'Access tokens live 60 minutes.'),
          q(NEW, 4, 15, 'Access tokens live 15 minutes.'),
        ],
      }),
      { supersessions: amends },
    );
    expect(out.domain.parameters.map((p) => p.value)).toEqual([15]);
    const c = out.reconciliation.conflicts.find((x) => x.code === 'reconcile/superseded-document');
    expect(c?.sides.map((x) => `${x.at.file}:${x.at.line}`)).toEqual([`${NEW}:4`, `${OLD}:10`]);
    expect(c?.resolvedBy).toMatchObject({ kind: 'rule', rule: 'reconcile/newer-document-governs' });
    // The value-conflict detector no longer sees two values.
    expect(out.reconciliation.conflicts.filter((x) => x.code === 'reconcile/value-conflict')).toEqual([]);
  });

  it('without the supersession the same two values are an ordinary value conflict', () => {
    const out = reconcile(
      domain({
        parameters: [
          q(OLD, 10, 60, 'Access tokens live 60 minutes.'),
          q(NEW, 4, 15, 'Access tokens live 15 minutes.'),
        ],
      }),
    );
    expect(out.reconciliation.conflicts.map((x) => x.code)).toEqual(['reconcile/value-conflict']);
  });

  it('a technology the newer document replaces (polling → websockets) is marked superseded', () => {
    const out = reconcile(
      domain({
        stack: [
          s(OLD, 20, 'queue', 'RabbitMQ'),
          s(NEW, 8, 'queue', 'NATS'),
          s(OLD, 21, 'database', 'PostgreSQL'),
        ],
      }),
      { supersessions: amends },
    );
    expect(out.domain.stack.map((x) => `${x.value} ${x.status}`)).toEqual([
      'RabbitMQ superseded',
      'NATS chosen',
      'PostgreSQL chosen',
    ]);
    expect(
      out.reconciliation.conflicts.find((x) => x.subject === 'stack.queue')?.sides.map((x) => x.value),
    ).toEqual(['NATS', 'RabbitMQ']);
  });

  it('a choice the newer document still names is kept', () => {
    const out = reconcile(
      domain({
        stack: [
          s(OLD, 20, 'queue', 'RabbitMQ'),
          s(NEW, 8, 'queue', 'NATS'),
          { ...s(NEW, 9, 'queue', 'RabbitMQ'), status: 'mentioned' },
        ],
      }),
      { supersessions: amends },
    );
    expect(
      out.domain.stack.find(
        (x) => x.value === 'RabbitMQ' && x.origin.kind === 'source' && x.origin.file === OLD,
      )?.status,
    ).toBe('chosen');
  });

  // accountbox: "Storage: SQLite (default); supports PostgreSQL/MySQL" in an older plan, then a newer
  // feature plan naming SQLite only. The newer restates one of the older's databases; PostgreSQL is
  // not replaced by it.
  it('a newer document naming one of several older choices of a concern replaces none of them', () => {
    const out = reconcile(
      domain({
        stack: [
          s(OLD, 22, 'database', 'SQLite'),
          s(OLD, 22, 'database', 'PostgreSQL'),
          s(NEW, 20, 'database', 'SQLite'),
        ],
      }),
      { supersessions: amends },
    );
    expect(out.domain.stack.map((x) => `${x.value} ${x.status}`)).toEqual([
      'SQLite chosen',
      'PostgreSQL chosen',
      'SQLite chosen',
    ]);
    expect(out.reconciliation.conflicts).toEqual([]);
  });

  it('a document replaced outright is compared from history: reported, nothing to drop', () => {
    const history = domain({ parameters: [q(OLD, 10, 60, 'Access tokens live 60 minutes.')] });
    const out = reconcile(domain({ parameters: [q(NEW, 4, 15, 'Access tokens live 15 minutes.')] }), {
      supersessions: [{ older: OLD, newer: NEW, mode: 'replaces', why: 'test' }],
      history,
    });
    expect(out.domain.parameters.map((p) => p.value)).toEqual([15]);
    expect(out.reconciliation.conflicts.map((x) => x.code)).toEqual(['reconcile/superseded-document']);
  });
});
