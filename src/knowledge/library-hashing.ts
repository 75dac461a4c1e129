/**
 * The password hashing an auth library does by itself, per its own documentation: choosing the library
 * states the scheme, so no other default is proposed beside it.
 * - Devise: bcrypt through `Devise::Encryptor`, `config.stretches = 12` in the generated initializer.
 * - ASP.NET Core Identity: `PasswordHasher<TUser>`, PBKDF2 with HMAC-SHA512, 100,000 iterations (V3 format, .NET 7+).
 * - Django: `PBKDF2PasswordHasher`, PBKDF2 with SHA-256 (the first entry of `PASSWORD_HASHERS`).
 */
const LIBRARY_HASHING: [RegExp, string][] = [
  [/devise/i, 'bcrypt, cost 12'],
  [/asp\.net core identity/i, 'PBKDF2-HMAC-SHA512, 100000 iterations'],
  [/django/i, 'PBKDF2-SHA256'],
];

/** The hashing the named auth library performs itself, or null when the catalogue does not know it. */
export function hashingOfLibrary(name: string): string | null {
  return LIBRARY_HASHING.find(([re]) => re.test(name))?.[1] ?? null;
}
