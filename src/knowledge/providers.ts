import { nameMatcher, protocolOnly } from './name-matcher.js';
import { COMMUNICATION_PROVIDERS } from './providers/communication.js';
import { DATA_PROVIDERS } from './providers/data.js';
import { IDENTITY_PROVIDERS } from './providers/identity.js';
import { INTELLIGENCE_PROVIDERS } from './providers/intelligence.js';
import { PAYMENT_PROVIDERS } from './providers/payments.js';
import type { Provider } from './providers/types.js';

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

export interface ProviderMatch {
  provider: Provider;
  index: number;
  length: number;
  /** The text as written (`wa.me deep links`, `AWS S3`). */
  written: string;
}

const matchProviders = nameMatcher(() => PROVIDERS);

/** Every catalogued provider named in `text`, in text order; the longer of two overlapping names wins. */
export function findProviders(text: string): ProviderMatch[] {
  // A brand written all in lower case ("update-agent-context.sh claude", "sentry" in a config key) is a
  // command, package or identifier, not the service; domains ("wa.me", "resend.com") are kept, and so
  // are names in a script without case ("토스페이먼츠", "カカオ"), which no identifier spells, and a
  // brand that spells itself in lower case ("iyzico") written as it does.
  const found = matchProviders(text)
    .filter(
      (m) =>
        m.written !== m.written.toLowerCase() ||
        m.written === m.item.name ||
        m.written.includes('.') ||
        m.written === m.written.toUpperCase(),
    )
    .filter((m) => !protocolOnly(text, m.index, m.length));
  // "Hetzner Object Storage (S3 API)", "CESNET: S3 bucket": beside a store that speaks the S3 API, a
  // bare "S3" names that API; only "Amazon S3" / "AWS S3" written out names Amazon.
  const s3Speaker = found.some((m) => m.item.format === 'S3 API');
  return (
    found
      .filter((m) => !(s3Speaker && m.item.id === 'aws-s3' && !/amazon|aws/i.test(m.written)))
      // "Twilio WhatsApp API": a catalogued name written right after another names the first one's
      // product (Twilio's WhatsApp API), not a second provider sharing its words (Meta's WhatsApp
      // Business Cloud API); a product that is a provider of its own has its own alias ("Twilio SendGrid").
      .filter((m, i, all) => !productOfPrevious(text, all[i - 1], m))
      .map((m) => ({
        provider: m.item,
        index: m.index,
        length: m.length,
        written: m.written,
      }))
  );
}

function productOfPrevious(
  text: string,
  previous: { index: number; length: number; item: Provider } | undefined,
  m: { index: number; item: Provider },
): boolean {
  if (!previous || previous.item.id === m.item.id) return false;
  return /^[ \t]+$/.test(text.slice(previous.index + previous.length, m.index));
}

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

/**
 * The route of a provider's endpoint list that sends on a channel: Twilio's section lists Verify's
 * `POST /Services/{ServiceSid}/Verifications` before Programmable Messaging's `POST
 * /Accounts/{AccountSid}/Messages.json`; an SMS delivery calls the latter. The first route when none
 * names a message, a mail or a send.
 */
const SEND_ROUTE: Record<string, RegExp> = {
  sms: /messag|sms|send/i,
  whatsapp: /messag|whatsapp|send/i,
  email: /e-?mail|messag|send/i,
  push: /push|messag|send|notif/i,
  chat: /messag|chat|send/i,
};

export function sendRoute(routes: readonly string[], channel: string): string | undefined {
  const re = SEND_ROUTE[channel];
  return (re ? routes.find((r) => re.test(r)) : undefined) ?? routes[0];
}
