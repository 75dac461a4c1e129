import { describe, expect, it } from 'vitest';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import { stackExtractor } from '../../src/extract/stack.js';
import { doc, run } from '../reconcile/helpers.js';

const stack = (text: string) =>
  run(stackExtractor, doc('docs/architecture.md', 'architecture', text)).fragment.stack ?? [];
const reasonOf = (text: string, name: string) =>
  stack(text).find((c) => c.value === name && c.status === 'rejected')?.reason ?? null;

// A German trial listed MariaDB, MongoDB, RabbitMQ and Stripe as rejected with "—" for a reason,
// although each one's reason was written beside it.
describe('the reason written beside a rejected option', () => {
  it.each([
    [
      'de',
      '## Verworfene Alternativen\n\n- RabbitMQ als Broker: zusätzlicher Dienst im Betrieb. Verworfen.\n',
    ],
    ['en', '## Rejected alternatives\n\n- RabbitMQ as broker: one more service to run.\n'],
    ['es', '## Alternativas descartadas\n\n- RabbitMQ como broker: un servicio más que operar.\n'],
    ['fr', '## Alternatives écartées\n\n- RabbitMQ comme broker : un service de plus à exploiter.\n'],
    ['pt', '## Alternativas descartadas\n\n- RabbitMQ como broker: mais um serviço para operar.\n'],
  ])('%s: an item under a rejecting heading, its label then why', (_lang, text) => {
    expect(reasonOf(text, 'RabbitMQ')).toMatch(/^\p{Ll}/u);
  });

  it.each([
    ['de', 'Bewertung', 'Entscheidung', '❌ Abgelehnt'],
    ['en', 'Assessment', 'Decision', '❌ Rejected'],
    ['es', 'Evaluación', 'Decisión', '❌ Rechazado'],
    ['fr', 'Évaluation', 'Décision', '❌ Écarté'],
    ['pt', 'Avaliação', 'Decisão', '❌ Rejeitado'],
  ])('%s: an alternatives table\'s "%s" column says why', (_lang, why, decision, no) => {
    const text = `| Option | ${why} | ${decision} |\n|---|---|---|\n| PostgreSQL 16 | partial indexes | ✅ |\n| MariaDB 10.11 | no partial indexes | ${no} |\n`;
    expect(reasonOf(text, 'MariaDB')).toBe('no partial indexes');
  });

  it.each([
    ['de', 'Stripe wurde geprüft und abgelehnt: die Gebühr wird an der Theke bezahlt.'],
    ['en', 'Stripe was evaluated and rejected: fees are paid at the desk.'],
    ['es', 'Stripe fue evaluado y descartado: la cuota se paga en el mostrador.'],
  ])('%s: a label that closes with the verdict, then why', (_lang, text) => {
    const ms =
      run(integrationsExtractor, doc('docs/architecture.md', 'architecture', `## Integrationen\n\n${text}\n`))
        .fragment.integrations ?? [];
    const stripe = ms.find((m) => m.name === 'Stripe');
    expect(stripe?.status).toBe('rejected');
    expect(stripe?.reason).toMatch(/^\p{Ll}/u);
  });

  it('near-miss: a chosen option keeps no reason from its label line', () => {
    expect(
      stack('## Stack\n\n- **Cache**: Redis 7, for sessions.\n').find((c) => c.value === 'Redis')?.reason,
    ).toBeUndefined();
  });
});
