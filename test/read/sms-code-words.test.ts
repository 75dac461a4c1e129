import { describe, expect, it } from 'vitest';
import { readPrincipalClauses } from '../../src/read/principal-words.js';
import { namesSmsCode } from '../../src/read/sms-code-words.js';

// The group reader (principal-words) and the passwordless reader (auth-patterns) each had their own
// SMS-code pattern, and the group's was narrower: "codice di verifica via SMS" or "Code per SMS"
// made a passwordless sign-in but no group's way in. One reader now serves both.
describe('a one-time code by SMS, one reader', () => {
  it.each([
    ['it', 'I volontari accedono con un codice di verifica via SMS.', 'volontari'],
    ['de', 'Helfer melden sich mit einem Code per SMS an.', 'helfer'],
    ['en', 'Drivers sign in with login codes via SMS.', 'driver'],
    ['es', 'Los repartidores inician sesión con un código de verificación por SMS.', 'repartidore'],
  ])('%s: the group signs in by SMS code', (_lang, text, group) => {
    expect(namesSmsCode(text)).toBe(true);
    expect(readPrincipalClauses(text)).toMatchObject([{ group, smsCode: true }]);
  });

  it('an SMS notice is no code', () => {
    expect(namesSmsCode('Drivers get an SMS when a parcel is ready.')).toBe(false);
  });
});
