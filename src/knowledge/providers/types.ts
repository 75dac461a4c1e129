/** One entry of the provider catalogue (src/knowledge/providers.ts). */
export type ProviderCategory =
  | 'payments'
  | 'email'
  | 'sms'
  | 'chat'
  /** WhatsApp, a channel of its own (never SMS): the WhatsApp APIs, or a messaging provider the documents use for it. */
  | 'whatsapp'
  | 'push'
  | 'storage'
  | 'identity'
  | 'search'
  | 'maps'
  | 'analytics'
  | 'llm'
  | 'monitoring'
  /** Parcel carriers whose API creates and tracks shipments (Nova Poshta). */
  | 'shipping';

export interface ProviderWebhook {
  /** Events a backend typically subscribes to. */
  events: string[];
  /** How to verify that a delivery came from the provider. */
  verification: string;
}

export interface Provider {
  /** Stable id (`stripe`, `aws-s3`). */
  id: string;
  name: string;
  category: ProviderCategory;
  /** Regex sources matched on word boundaries, case-insensitively unless `caseSensitive`. */
  aliases: string[];
  caseSensitive?: boolean;
  /** The API reference the facts come from. */
  docs: string;
  endpoints: string[];
  /**
   * Routes of a channel the provider carries besides its category's, used only where the documents
   * state that channel for it (Brevo's SMS route beside its e-mail one).
   */
  channelEndpoints?: Partial<Record<string, string[]>>;
  auth: string;
  format: string;
  /** Documented limits; null when they depend on plan or account ("see provider docs"). */
  rateLimits: string | null;
  /** Failures worth retrying (transient), as the provider documents them. */
  retryOn: string[];
  /** Failures never retried (the request itself is wrong). */
  failFast: string[];
  /** How the provider deduplicates retried writes, when it does. */
  idempotency: string | null;
  webhooks: ProviderWebhook | null;
  /** Configuration variables (secrets end in KEY, SECRET or TOKEN). */
  env: string[];
  /** Runs entirely in the user's browser or app: no server-side API call. */
  clientSide?: boolean;
  /** Other facts a team must know (ordering, windows, quotas). */
  notes: string[];
}
