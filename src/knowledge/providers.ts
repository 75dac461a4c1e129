import { COMMUNICATION_PROVIDERS } from './providers/communication.js';
import { DATA_PROVIDERS } from './providers/data.js';
import { IDENTITY_PROVIDERS } from './providers/identity.js';
import { INTELLIGENCE_PROVIDERS } from './providers/intelligence.js';
import { PAYMENT_PROVIDERS } from './providers/payments.js';
import type { Provider } from './providers/types.js';
import { needle } from './technologies.js';

export type { Provider, ProviderCategory, ProviderWebhook } from './providers/types.js';

/**
 * The curated catalogue of third-party providers: what a team integrating each one needs to know
 * (endpoints, authentication, format, documented limits, retryable failures, webhook signatures,
 * configuration). Facts are taken from each provider's public API reference (linked in `docs`);
 * where a limit depends on plan or account, `rateLimits` is null and the spec says "see provider docs"
 * rather than inventing a number.
 */
export const PROVIDERS: readonly Provider[] = [
  ...PAYMENT_PROVIDERS,
  ...COMMUNICATION_PROVIDERS,
  ...DATA_PROVIDERS,
  ...IDENTITY_PROVIDERS,
  ...INTELLIGENCE_PROVIDERS,
];

let compiled: { provider: Provider; pattern: RegExp; needles: string[] }[] | undefined;

function patterns(): { provider: Provider; pattern: RegExp; needles: string[] }[] {
  compiled ??= PROVIDERS.map((provider) => ({
    provider,
    needles: provider.aliases.map(needle),
    pattern: new RegExp(
      `(?<![\\w@/.-])(?:${provider.aliases.join('|')})(?![\\w-])`,
      provider.caseSensitive ? 'g' : 'gi',
    ),
  }));
  return compiled;
}

export interface ProviderMatch {
  provider: Provider;
  index: number;
  length: number;
  /** The text as written (`wa.me deep links`, `AWS S3`). */
  written: string;
}

/** Every catalogued provider named in `text`, in text order; the longer of two overlapping names wins. */
export function findProviders(text: string): ProviderMatch[] {
  const found: ProviderMatch[] = [];
  const lower = text.toLowerCase();
  for (const { provider, pattern, needles } of patterns()) {
    if (!needles.some((n) => lower.includes(n))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push({ provider, index: m.index, length: m[0].length, written: m[0] });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: ProviderMatch[] = [];
  let end = -1;
  for (const m of found) {
    if (m.index < end) continue;
    kept.push(m);
    end = m.index + m.length;
  }
  return kept;
}

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}
