import { describe, expect, it } from 'vitest';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import { findProviders, PROVIDERS } from '../../src/knowledge/providers.js';
import type { IntegrationMention } from '../../src/model/index.js';
import { compileCorpus } from './corpus.js';
import { doc, input } from './fixtures.js';

const mentions = (text: string): IntegrationMention[] =>
  integrationsExtractor.extract(input(doc('docs/prd.md', text, 'prd'))).fragment.integrations ?? [];
const statuses = (list: IntegrationMention[], provider: string) =>
  list.filter((m) => m.provider === provider).map((m) => m.status);

describe('provider catalogue', () => {
  it('holds at least 30 providers with unique ids, each with auth, format and retry facts', () => {
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PROVIDERS.map((p) => p.id)).size).toBe(PROVIDERS.length);
    for (const p of PROVIDERS) {
      expect(p.auth.length, p.id).toBeGreaterThan(0);
      expect(p.docs, p.id).toMatch(/^https:\/\//);
      if (!p.clientSide) expect(p.retryOn.length, p.id).toBeGreaterThan(0);
    }
    const categories = new Set(PROVIDERS.map((p) => p.category));
    for (const c of [
      'payments',
      'email',
      'sms',
      'push',
      'storage',
      'identity',
      'search',
      'maps',
      'analytics',
      'llm',
    ]) {
      expect(categories.has(c as never), c).toBe(true);
    }
  });
  it('recognises providers as written and not common words', () => {
    expect(
      findProviders('Payments via Stripe; SMS via Twilio; files on AWS S3').map((m) => m.provider.id),
    ).toEqual(['stripe', 'twilio', 'aws-s3']);
    expect(findProviders('Click Resend OTP to resend the code')).toEqual([]);
    expect(findProviders('Email: Resend (free tier)').map((m) => m.provider.id)).toEqual(['resend']);
    expect(findProviders('built with Claude Code')).toEqual([]);
  });
});

describe('integrations extractor', () => {
  it('reads an integrations table: catalogued and unknown services, phases as future', () => {
    const list = mentions(
      '| Integration | Protocol | Phase |\n|---|---|---|\n| Razorpay | REST | Phase 3 |\n| Acme Ledger | gRPC | MVP |\n',
    );
    expect(statuses(list, 'razorpay')).toEqual(['future']);
    expect(statuses(list, 'acme-ledger')).toEqual(['chosen']);
    expect(list.find((m) => m.provider === 'acme-ledger')?.context).toContain('gRPC');
  });
  it('rejects "why not" options and keeps the future upgrade apart', () => {
    const list = mentions(
      '| Factor | Assessment |\n|---|---|\n| Why not Cloud API? | costs money |\n| Future upgrade path | integrate WhatsApp Business API |\n',
    );
    expect(statuses(list, 'whatsapp-cloud-api').sort()).toEqual(['future', 'rejected']);
  });
  it('takes a named "X API" from text about integrations as an unknown provider', () => {
    const list = mentions(
      '## External integrations\n\nCompany data comes from the YTJ API and the REST API.\n',
    );
    expect(list.map((m) => m.provider)).toEqual(['ytj-api']);
  });
});

describe('integrations on the corpus', { timeout: 120_000 }, () => {
  it('labcore names wa.me links, Resend, Supabase Storage, Sentry; Razorpay only in a later phase', async () => {
    const d = (await compileCorpus('labcore')).domain!;
    const ids = new Set(d.integrations.map((i) => i.provider));
    for (const id of ['whatsapp-click-to-chat', 'resend', 'supabase-storage', 'sentry', 'razorpay']) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(statuses(d.integrations, 'razorpay')).toEqual(['future']);
  });
  it('billie-crm names AWS S3; business-research-portal names Claude, YTJ and PRH', async () => {
    const billie = (await compileCorpus('billie-crm')).domain!;
    expect(billie.integrations.some((i) => i.provider === 'aws-s3')).toBe(true);
    const portal = (await compileCorpus('business-research-portal')).domain!;
    const ids = new Set(portal.integrations.map((i) => i.provider));
    for (const id of ['anthropic', 'ytj-api', 'prh-api', 'google-oauth']) expect(ids.has(id), id).toBe(true);
  });
});
