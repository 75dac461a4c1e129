import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/knowledge/sensitive.js';

/**
 * An unquoted SQL identifier folds to lower case, so `PasswordEncrypted` arrives as
 * `passwordencrypted`: a secret's ciphertext, IV, tag or salt is still a secret (OWASP ASVS V8.3),
 * while a glued name that only mentions a secret word is not.
 */
describe('sensitivity of glued lower-case names', () => {
  it.each(['passwordencrypted', 'passwordiv', 'passwordtag', 'argon2salt', 'encryptedvaultkey', 'tokenhash'])(
    '%s is a secret',
    (name) => expect(sensitivity(name)).toBe('secret'),
  );
  it.each(['passwordchangedat', 'tokentype', 'passwordpolicy', 'username', 'websiteid'])(
    '%s is not',
    (name) => expect(sensitivity(name)).not.toBe('secret'),
  );
});

// A Swedish trial's `personal_number_encrypted` (and lancheira's `alergias_ciphertext`) was returned in
// every QueueEntry response: a stored ciphertext is never a value for a client.
describe('stored ciphertext', () => {
  it.each(['personal_number_encrypted', 'personalNumberEncrypted', 'alergias_ciphertext', 'encrypted_notes'])(
    '%s is a secret',
    (name) => expect(sensitivity(name)).toBe('secret'),
  );
  it.each(['encryption_enabled', 'is_encrypted_at', 'encrypted_at'])('%s is not', (name) =>
    expect(sensitivity(name)).not.toBe('secret'),
  );
  it('a personal identity number is personal data', () => {
    expect(sensitivity('personal_number')).toBe('personal');
    expect(sensitivity('personnummer')).toBe('personal');
  });
});
