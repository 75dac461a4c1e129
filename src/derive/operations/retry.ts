import type { Provider } from '../../knowledge/providers.js';
import { byDefault, type Origin } from '../../model/origin.js';
import type { RetryPolicy } from '../../model/spec/operations.js';
import { duration } from './entities.js';

/**
 * Retries for calls to third parties: exponential backoff with full jitter (AWS Architecture Blog,
 * "Exponential Backoff and Jitter"), honouring Retry-After (RFC 9110 §10.2.3) on 429 and 503.
 */
export const BACKOFF = 'exponential 1s × 2^attempt (cap 60s) with full jitter; honour Retry-After';

export function providerRetry(
  provider: Provider | null,
  deadLetter: string,
  clientSide = false,
): RetryPolicy {
  if (provider?.clientSide || clientSide) {
    return {
      on: [],
      maxAttempts: 1,
      backoff: 'none: the link opens on the user’s device, nothing is called server-side',
      deadLetter: null,
      origin: byDefault('derive/client-side-integration-no-retry'),
    };
  }
  if (provider?.category === 'monitoring') {
    // Error reporting SDKs buffer and retry on their own; a lost report must never block a request.
    return {
      on: ['429', '5xx', 'network error (SDK transport)'],
      maxAttempts: 3,
      backoff: 'the SDK transport’s own backoff; honours 429 rate-limit headers',
      deadLetter: 'dropped when the SDK buffer is full (reporting never blocks a request)',
      origin: byDefault('derive/monitoring-sdk-retry'),
    };
  }
  return {
    on: provider ? provider.retryOn : ['5xx', '429', 'network error or timeout'],
    maxAttempts: 5,
    backoff: BACKOFF,
    deadLetter,
    origin: byDefault(
      provider ? 'derive/integration-retry-catalogue' : 'derive/integration-retry-unknown-provider',
    ),
  };
}

export function jobRetry(maxAttempts: number, deadLetter: string, origin: Origin): RetryPolicy {
  return {
    on: ['any thrown error', 'timeout'],
    maxAttempts,
    backoff: BACKOFF,
    deadLetter,
    origin,
  };
}

/** A fixed wait between attempts the documents state ("ogni 15 minuti"): no exponential growth, no jitter asked for. */
export function statedInterval(interval: { seconds: number; text: string }): string {
  return `fixed ${duration(interval.seconds)} between attempts ("${interval.text}")`;
}
