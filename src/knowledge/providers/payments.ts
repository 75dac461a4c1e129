import type { Provider } from './types.js';

/** Payment providers. Webhook schemes per each provider's webhook documentation. */
export const PAYMENT_PROVIDERS: Provider[] = [
  {
    id: 'stripe',
    name: 'Stripe',
    category: 'payments',
    aliases: ['stripe'],
    docs: 'https://docs.stripe.com/api',
    endpoints: [
      'POST /v1/payment_intents',
      'POST /v1/checkout/sessions',
      'POST /v1/customers',
      'POST /v1/refunds',
    ],
    auth: 'Secret API key as a Bearer token (server only); publishable key in the client',
    format: 'form-encoded request bodies (application/x-www-form-urlencoded), JSON responses',
    rateLimits: '100 read and 100 write requests per second in live mode, 25 in test mode (429 beyond)',
    retryOn: ['429', '5xx', 'network error or timeout'],
    failFast: ['400 invalid_request_error', '402 card_error', '401 authentication_error'],
    idempotency: 'Idempotency-Key header on every POST (keys are kept 24 hours)',
    webhooks: {
      events: ['payment_intent.succeeded', 'payment_intent.payment_failed', 'charge.refunded'],
      verification:
        'Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…); reject if older than 5 minutes',
    },
    env: ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'STRIPE_PUBLISHABLE_KEY'],
    notes: ['Events can arrive out of order and more than once: deduplicate on event.id'],
  },
  {
    id: 'paypal',
    name: 'PayPal',
    category: 'payments',
    aliases: ['paypal'],
    docs: 'https://developer.paypal.com/api/rest/',
    endpoints: [
      'POST /v1/oauth2/token',
      'POST /v2/checkout/orders',
      'POST /v2/checkout/orders/{id}/capture',
      'POST /v2/payments/captures/{id}/refund',
    ],
    auth: 'OAuth 2.0 client credentials: client id + secret exchanged for a Bearer access token',
    format: 'JSON',
    rateLimits: null,
    retryOn: ['429', '5xx', 'network error or timeout'],
    failFast: ['400 INVALID_REQUEST', '401', '422 UNPROCESSABLE_ENTITY'],
    idempotency: 'PayPal-Request-Id header on order and capture calls',
    webhooks: {
      events: ['PAYMENT.CAPTURE.COMPLETED', 'PAYMENT.CAPTURE.DENIED', 'PAYMENT.CAPTURE.REFUNDED'],
      verification:
        'POST /v1/notifications/verify-webhook-signature with the PAYPAL-TRANSMISSION-* headers and the webhook id',
    },
    env: ['PAYPAL_CLIENT_ID', 'PAYPAL_CLIENT_SECRET', 'PAYPAL_WEBHOOK_ID'],
    notes: ['Sandbox and live use different hosts (api-m.sandbox.paypal.com, api-m.paypal.com)'],
  },
  {
    id: 'razorpay',
    name: 'Razorpay',
    category: 'payments',
    aliases: ['razorpay'],
    docs: 'https://razorpay.com/docs/api/',
    endpoints: ['POST /v1/orders', 'POST /v1/payments/{id}/capture', 'POST /v1/payments/{id}/refund'],
    auth: 'HTTP Basic with key_id and key_secret',
    format: 'JSON',
    rateLimits: null,
    retryOn: ['429', '5xx', 'network error or timeout'],
    failFast: ['400 BAD_REQUEST_ERROR', '401'],
    idempotency:
      'one order per business payment, keyed by the order `receipt`; look the order up before creating again',
    webhooks: {
      events: ['payment.captured', 'payment.failed', 'refund.processed'],
      verification: 'X-Razorpay-Signature header: HMAC-SHA256 of the raw body with the webhook secret',
    },
    env: ['RAZORPAY_KEY_ID', 'RAZORPAY_KEY_SECRET', 'RAZORPAY_WEBHOOK_SECRET'],
    notes: [
      'Checkout returns razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verify it server-side before marking paid',
    ],
  },
  {
    id: 'adyen',
    name: 'Adyen',
    category: 'payments',
    aliases: ['adyen'],
    docs: 'https://docs.adyen.com/api-explorer/',
    endpoints: ['POST /payments', 'POST /sessions', 'POST /payments/{paymentPspReference}/refunds'],
    auth: 'X-API-Key header (web service user API key)',
    format: 'JSON',
    rateLimits: null,
    retryOn: ['429', '5xx', 'network error or timeout'],
    failFast: ['422 validation error', '401', '403'],
    idempotency: 'Idempotency-Key header',
    webhooks: {
      events: ['AUTHORISATION', 'REFUND', 'CAPTURE'],
      verification:
        'HMAC-SHA256 signature in additionalData.hmacSignature, computed with the HMAC key of the webhook',
    },
    env: ['ADYEN_API_KEY', 'ADYEN_MERCHANT_ACCOUNT', 'ADYEN_HMAC_KEY'],
    notes: ['Acknowledge webhooks with HTTP 2xx (Adyen retries until accepted)'],
  },
];
