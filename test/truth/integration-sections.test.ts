import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { dailyCron } from '../../src/knowledge/time-of-day.js';
import { compile } from '../../src/pipeline.js';
import { integrationHeadingName } from '../../src/read/provider-words.js';

// A French Kiro trial (a bike-repair cooperative): a provider's own section ("## Intégration Mollie",
// its base URL `…/v2` and the endpoints we call) became our base path and a `Payments` resource; stack
// rows "E-mails et SMS | Brevo" and "Paiement des adhésions | Mollie" were no integrations; invoices
// that "can never be modified or deleted" got a purge job from "kept 10 years"; "à 0 h 05" ran at 0:00;
// Hangfire got a proposed in-process cron although it schedules its own recurring jobs.
const run = (files: Record<string, string>) =>
  compile({ root: '/p', verify: { skip: true } }, memoryHost(files));

const PRD = {
  fr: [
    '# Exigences',
    '',
    '- FR1 : Le trésorier consulte les factures.',
    '- FR2 : Une facture émise ne peut jamais être modifiée ni supprimée ; une erreur se corrige par un avoir.',
    '- FR3 : Les factures sont conservées 10 ans.',
    '',
  ].join('\n'),
  en: [
    '# Requirements',
    '',
    '- FR1: The treasurer reads invoices.',
    '- FR2: An issued invoice can never be modified or deleted; a credit note corrects it.',
    '- FR3: Invoices are kept for 10 years.',
    '',
  ].join('\n'),
};

const design = (heading: string, base: string, used: string, slot: string, payments: string) =>
  [
    '# Design',
    '',
    '| Layer | Choice |',
    '|---|---|',
    '| Database | PostgreSQL 16 |',
    '| Jobs | Hangfire |',
    `| ${slot} | Brevo |`,
    `| ${payments} | Mollie |`,
    '',
    '## Routes',
    '',
    '| Method | Route | Role |',
    '|---|---|---|',
    '| GET | `/api/v1/invoices/{id}.pdf` | treasurer |',
    '',
    `## ${heading}`,
    '',
    `- ${base} : \`https://api.mollie.com/v2\``,
    `- ${used} : \`POST /payments\`, \`GET /payments/{id}\``,
    '',
    '## Data model',
    '',
    '| Invoice | |',
    '|---|---|',
    '| id | uuid |',
    '| number | text |',
    '',
  ].join('\n');

describe("a provider's own section and stack rows", () => {
  for (const [lang, heading, base, used, slot, payments] of [
    [
      'fr',
      'Intégration Mollie',
      'URL de base',
      "Points d'accès utilisés",
      'E-mails et SMS',
      'Paiement des adhésions',
    ],
    ['en', 'Mollie Integration', 'Base URL', 'Endpoints used', 'Email & SMS', 'Payments (memberships)'],
  ] as const) {
    it(`${lang}: the provider's base URL and routes stay theirs; stack slots name integrations`, async () => {
      const r = await run({
        '/p/docs/prd.md': PRD[lang],
        '/p/docs/architecture.md': design(heading, base, used, slot, payments),
      });
      const paths = r.spec!.endpoints.map((e) => e.path);
      expect(paths.some((p) => p.startsWith('/v2') || /\/payments/.test(p))).toBe(false);
      expect(paths).toContain('/api/v1/invoices/{id}.pdf');
      const pdf = r.spec!.endpoints.find((e) => e.path.endsWith('.pdf'))!;
      expect(pdf.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(['id']);
      const names = r.spec!.integrations.map((i) => i.name).sort();
      expect(names).toEqual(['Brevo', 'Mollie']);
      const mollie = r.domain!.integrations.find((i) => i.name === 'Mollie' && i.details?.length);
      expect(mollie?.details?.find((d) => d.aspect === 'base-url')?.text).toContain(
        'https://api.mollie.com/v2',
      );
    });
  }

  // condohub states Brevo for transactional e-mail only, and its "endpoints used" listed Brevo's
  // SMS route too: a channel's own route is used only where the documents state that channel.
  for (const [lang, both, mailOnly] of [
    ['fr', 'E-mails et SMS', 'E-mails'],
    ['en', 'Email & SMS', 'Email'],
  ] as const) {
    it(`${lang}: a provider's SMS route only where SMS is stated for it`, async () => {
      const routes = async (slot: string) => {
        const r = await run({
          '/p/docs/prd.md': PRD[lang],
          '/p/docs/architecture.md': design('Mollie', 'Base URL', 'Endpoints used', slot, 'Payments'),
        });
        return r.spec!.integrations.find((i) => i.name === 'Brevo')?.endpointsUsed ?? [];
      };
      expect(await routes(both)).toContain('POST /v3/transactionalSMS/send');
      const mail = await routes(mailOnly);
      expect(mail).toContain('POST /v3/smtp/email (api.brevo.com)');
      expect(mail).not.toContain('POST /v3/transactionalSMS/send');
    });
  }

  it('invoices that can never be deleted keep their retention as a floor: no purge job', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const r = await run({
        '/p/docs/prd.md': PRD[lang],
        '/p/docs/architecture.md': design('Mollie', 'Base URL', 'Endpoints used', 'Email', 'Payments'),
      });
      expect(r.spec!.jobs.some((j) => j.name.startsWith('purge'))).toBe(false);
    }
  });

  it('Hangfire schedules its own recurring jobs', async () => {
    const r = await run({
      '/p/docs/prd.md': `${PRD.en}- FR4: Every night at 2 am the system expires old quotes.\n`,
      '/p/docs/architecture.md': design('Mollie', 'Base URL', 'Endpoints used', 'Email', 'Payments'),
    });
    expect(r.spec!.jobs.length).toBeGreaterThan(0);
    for (const j of r.spec!.jobs)
      expect(j.runner).toMatchObject({ queue: 'Hangfire', scheduler: 'Hangfire recurring jobs' });
  });

  it('reads a French minute after the hour', () => {
    expect(dailyCron('tous les jours à 0 h 05')).toBe('5 0 * * *');
    expect(dailyCron('chaque nuit à 2h30')).toBe('30 2 * * *');
    expect(dailyCron('tous les jours à 3 h')).toBe('0 3 * * *');
  });

  it('names the service a heading integrates, never a kind of work', () => {
    expect(integrationHeadingName('Intégration Mollie')).toBe('Mollie');
    expect(integrationHeadingName('Stripe Integration')).toBe('Stripe');
    expect(integrationHeadingName('Integración con Redsys')).toBe('Redsys');
    expect(integrationHeadingName('Anbindung an DATEV')).toBe('DATEV');
    expect(integrationHeadingName('Integrazione PagoPA')).toBe('PagoPA');
    expect(integrationHeadingName('Integration Tests')).toBeNull();
    expect(integrationHeadingName('Intégration continue')).toBeNull();
    expect(integrationHeadingName('Tests d’intégration')).toBeNull();
  });
});

describe('a role named with an elided article', () => {
  it('keeps "Responsable d\'atelier", its inheritance and the short name a route table uses', async () => {
    const r = await run({
      '/p/docs/prd.md': [
        '# Produit',
        '',
        '## Utilisateurs',
        '',
        "| Rôle | Qui | Ce qu'il fait |",
        '|---|---|---|',
        '| Mécanicien | Bénévole | Diagnostique les vélos |',
        "| Responsable d'atelier | Un par atelier | Tout ce que fait un mécanicien de son atelier, plus le planning |",
        '',
        '- FR1 : Le mécanicien rédige les devis.',
        '',
      ].join('\n'),
      '/p/docs/architecture.md': [
        '# Conception',
        '',
        'PostgreSQL 16.',
        '',
        '| Méthode | Route | Rôle |',
        '|---|---|---|',
        '| POST | `/api/v1/devis/{id}/annulation` | mecanicien, responsable |',
        '',
        '| Devis | |',
        '|---|---|',
        '| id | uuid |',
        '| statut | text |',
        '',
      ].join('\n'),
    });
    const roles = r.spec!.roles.map((x) => [x.name, x.label, x.inherits ?? []]);
    expect(roles).toContainEqual(['responsable_d_atelier', "Responsable d'atelier", ['mécanicien']]);
    const cancel = r.spec!.endpoints.find((e) => e.path.endsWith('/annulation'))!;
    expect(cancel.roles).toEqual(expect.arrayContaining(['mécanicien', 'responsable_d_atelier']));
    expect(r.diagnostics.some((d) => d.code === 'security/unknown-route-caller')).toBe(false);
  });
});
