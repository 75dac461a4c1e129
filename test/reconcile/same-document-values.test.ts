import { describe, expect, test } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { doc, domainOf } from './helpers.js';

/** Two values for one quantity inside one document: found, the first assumed, the question asked. */
function run(text: string, decisions?: string) {
  const d = doc('docs/technical/architecture.md', 'architecture', text);
  return reconcile(domainOf(d), {
    documents: [{ path: d.path, kind: d.kind }],
    ...(decisions ? { decisions: { file: 'backend-spec.decisions.yaml', text: decisions } } : {}),
  });
}

const sameDoc = (out: ReturnType<typeof run>) =>
  out.reconciliation.conflicts.filter(
    (c) => c.code === 'reconcile/value-conflict' && c.sides.every((s) => s.at.file === c.sides[0]!.at.file),
  );

const EN = `# Architecture

## Security

- Access token lifetime: 15 minutes.
- Passwords are hashed with bcrypt.

## API

All endpoints require a bearer token.

- Access token lifetime: 30 minutes.
`;

const ES = `# Arquitectura

## Seguridad

- Tiempo de sesión por inactividad: 30 minutos.

## Operación

Los usuarios trabajan en turnos.

- Tiempo de sesión por inactividad: 60 minutos.
`;

describe('same-document contradictions', () => {
  test('en: two lines of one document with different token lifetimes', () => {
    const out = run(EN);
    const found = sameDoc(out);
    expect(found.map((c) => [c.subject, c.sides.map((s) => `${s.value}@${s.at.line}`)])).toEqual([
      ['auth.access-token-ttl', ['15 minutes@5', '30 minutes@12']],
    ]);
    expect(found[0]!.resolution).toBe('15 minutes');
    const q = out.questions.find((x) => x.id.startsWith('reconcile/same-document/auth.access-token-ttl'));
    expect(q).toMatchObject({ options: ['15 minutes', '30 minutes'], assumes: '15 minutes' });
    // The first stated value is assumed: the other leaves the Domain.
    const left = out.domain.parameters.filter((p) => p.key === 'auth.access-token-ttl').map((p) => p.value);
    expect(left).toEqual([900]);
    const d = out.diagnostics.find((x) => x.code === 'reconcile/value-conflict');
    expect(d?.at).toEqual({ file: 'docs/technical/architecture.md', line: 12 });
    expect(d?.message).toContain('in the same document (line 5)');
  });

  test('en: the decisions file chooses the other value', () => {
    const first = run(EN).questions.find((x) => x.id.startsWith('reconcile/same-document/'))!;
    const out = run(EN, `- id: ${first.id}\n  choose: 30 minutes\n  reason: the API section is newer\n`);
    const left = out.domain.parameters.filter((p) => p.key === 'auth.access-token-ttl').map((p) => p.value);
    expect(left).toEqual([1800]);
    expect(sameDoc(out)[0]!.resolvedBy).toMatchObject({ kind: 'decision' });
  });

  test('en and de: prose sentences, words after the value do not make another subject', () => {
    const en =
      '# A\n\n## Auth\n\nAccess tokens expire after 15 minutes.\n\n## API\n\nThe access token expires after 30 minutes and is sent as a bearer token.\n';
    const de =
      '# A\n\n## Sicherheit\n\nDas Access-Token läuft nach 15 Minuten ab.\n\n## API\n\nDas Access-Token läuft nach 30 Minuten ab.\n';
    for (const text of [en, de])
      expect(sameDoc(run(text)).map((c) => c.sides.map((s) => s.at.line))).toEqual([[5, 9]]);
  });

  test('es: the same idle timeout stated twice with two values', () => {
    const found = sameDoc(run(ES));
    expect(found.map((c) => [c.subject, c.sides.map((s) => s.at.line)])).toEqual([
      ['auth.session-timeout', [5, 11]],
    ]);
  });

  test('near misses: same value twice, one line with two values, two subjects, table rows, configurable', () => {
    const quiet = [
      EN.replace('30 minutes', '15 minutes'),
      '# A\n\n- Latency: p95 < 1 second, p99 < 5 seconds.\n',
      '# A\n\n- Access token lifetime: 15 minutes.\n\n## Dev\n\n- Dev access token lifetime: 24 hours.\n',
      '# A\n\n| Hook | Polling |\n|---|---|\n| useConversations | 5s |\n| useConversation | 3s |\n',
      '# A\n\n- Access token lifetime: 15 minutes.\n- Access token lifetime is configurable, default 30 minutes.\n',
      '# A\n\n- Tiempo de sesión por inactividad: 30 minutos.\n- Sesión absoluta: 8 horas.\n',
    ];
    for (const text of quiet) expect(sameDoc(run(text)), text).toEqual([]);
  });
});
