/**
 * A route path segment that receives a provider's events: `webhooks`, `hooks`, `callback`, `notify`,
 * `notifications`, `ipn` (PayPal's Instant Payment Notification). Path words, not prose: a stated
 * route with such a segment and the provider's own segment is that provider's webhook.
 */
const RECEIVES = /^(?:web-?hooks?|hooks?|callbacks?|notify|notifications?|ipn)$/;

export function receivesEvents(segment: string): boolean {
  return RECEIVES.test(segment);
}
