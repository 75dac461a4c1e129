import { describe, expect, it } from 'vitest';
import { machineKind, machinePrincipals } from '../../src/derive/security/principals.js';
import { emptyDomain } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import type { Endpoint, RoleSpec } from '../../src/model/spec/index.js';

const role = (name: string, label = name): RoleSpec => ({
  name,
  label,
  description: null,
  inherits: [],
  level: null,
  origin: fromSource('docs/prd.md', 3),
});

const hook = (path: string, operationId: string): Endpoint =>
  ({
    operationId,
    method: 'POST',
    path,
    action: 'webhook',
    origin: fromSource('docs/api.md', 9),
  }) as Endpoint;

describe('machines are principals, not roles (derive/machine-principal)', () => {
  it.each([
    ['en', 'IoT device', 'device'],
    ['es', 'Dispositivos', 'device'],
    ['pt', 'sensores', 'device'],
    ['fr', 'capteur', 'device'],
    ['de', 'Geräte', 'device'],
    ['en', 'automation agent', 'agent'],
    ['en', 'service account', 'service'],
    ['es', 'cuenta de servicio', 'service'],
  ])('%s: "%s" is a %s', (_lang, name, kind) => {
    expect(machineKind(name)).toBe(kind);
  });

  it.each(['Support agent', 'Patient', 'Técnico', 'Gérant', 'Sachbearbeiter', 'Front Desk'])(
    '"%s" stays a person',
    (name) => expect(machineKind(name)).toBeNull(),
  );

  it('takes machine roles out of the role list and keeps the people', () => {
    const { roles, principals } = machinePrincipals(
      emptyDomain('x', 'en'),
      [role('admin', 'Admin'), role('device', 'Lab device')],
      [],
    );
    expect(roles.map((r) => r.name)).toEqual(['admin']);
    expect(principals).toMatchObject([{ name: 'Lab device', kind: 'device', auth: null }]);
  });

  it('names the webhook sender and reads its scheme only from a sentence naming it', () => {
    const d = emptyDomain('x', 'en');
    d.integrations.push({
      provider: 'stripe',
      name: 'Stripe',
      context: 'Stripe webhooks are verified with the Stripe-Signature header.',
      status: 'chosen',
      origin: fromSource('docs/architecture.md', 40),
    });
    d.requirements.push({
      id: 'FR9',
      kind: 'functional',
      text: 'Partners call the API with an API key.',
      origin: fromSource('docs/prd.md', 12),
    });
    const { principals } = machinePrincipals(
      d,
      [role('user')],
      [hook('/webhooks/stripe', 'receiveStripeWebhook'), hook('/trustme/webhook', 'receiveEventWebhook')],
    );
    expect(principals.map((p) => [p.name, p.auth?.value ?? null, p.operations])).toEqual([
      ['Stripe', 'signature', ['receiveStripeWebhook']],
      ['Trustme', null, ['receiveEventWebhook']],
    ]);
    expect(principals[0]!.auth!.origin).toMatchObject({ file: 'docs/architecture.md', line: 40 });
  });
});
