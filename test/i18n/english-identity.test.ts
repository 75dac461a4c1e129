import { describe, expect, it } from 'vitest';
import { derived } from '../../src/render/i18n/en/derived.js';
import { translateText } from '../../src/render/markdown/derived-prose.js';

describe('the English phrasebook changes nothing', () => {
  it.each([
    'PostgreSQL; Prisma schema and migrations; 10 entities, 17 indexes',
    'Redis for 4 entries',
    'external API response from Stripe, Twilio: repeated lookups need not call it again (respect its terms on caching)',
  ])('%s', (text) => expect(translateText(text, derived)).toBe(text));
});
