/**
 * Field names whose values must never leave the API (OWASP ASVS V8.3.1 / V8.3.4: do not expose
 * secrets or credentials in responses) and never be logged. A stored ciphertext (`personal_number_encrypted`)
 * is no value for a client either: the API returns what the documents allow of the clear value. Shared by the data model (SpecField
 * .sensitive), response schemas, the redaction list and validation's output sanitisation.
 */
const SECRET =
  /(^|_)(password|passwd|pwd|passcode|secret|token|api_?key|private_?key|secret_?key|client_?secret|otp|pin|salt|credentials?|refresh_?token|access_?token|session_?id|session_?token|mfa_?secret|totp|recovery_?codes?|backup_?codes?|cvv|cvc|security_?answer|signing_?key|encryption_?key|encrypted|ciphertext)($|_)/;

/** Personal data (GDPR Art. 4(1)) that may be returned to authorised roles but is redacted from logs. */
const PERSONAL =
  /(^|_)(email|e_?mail|phone|mobile|telephone|address|street|postcode|postal_?code|zip|dob|date_of_birth|birth_?date|birthday|ssn|national_?id|personal_?(?:identity_?)?number|personnummer|aadhaar|passport|tax_?id|gstin|iban|card_?number|pan|first_?name|last_?name|full_?name|surname|gender|ip_?address|geo|latitude|longitude|health|medical|diagnosis)($|_)/;

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export type Sensitivity = 'secret' | 'personal' | null;

/** Metadata about a secret is not the secret (`password_changed_at`, `token_type`, `mfa_enabled`). */
const ABOUT_SECRET =
  /_(type|count|expires_at|expiry|expires_in|length|hint|prefix|last4|policy|enabled|required|at|method|version)$/;

/**
 * An unquoted SQL identifier folds to lower case (`PasswordEncrypted` → `passwordencrypted`), so the
 * words of a secret's ciphertext, IV, tag or salt arrive glued together (accountbox); any glued
 * ciphertext (`notesencrypted`) is stored for the server to decrypt, never for a client to read.
 */
const GLUED_SECRET =
  /^(?:password|passwd|secret|token|apikey|privatekey|secretkey|vaultkey|masterkey)(?:encrypted|enc|ciphertext|cipher|iv|tag|nonce|hash|hashed|digest|salt)$|^(?:encrypted)?(?:password|vaultkey|masterkey|privatekey|secretkey)$|^(?:argon2|argon2id|bcrypt|scrypt|pbkdf2)(?:salt|hash)$|^[a-z]{3,}(?:encrypted|ciphertext)$/;

/**
 * Asked per field by every schema, filter list and redaction list (for each endpoint of 3,000
 * entities, issue 19), of a few hundred distinct names: each name is read once. Bounded for the
 * long-lived MCP server, which reads project after project.
 */
const read = new Map<string, Sensitivity>();
export function sensitivity(fieldName: string): Sensitivity {
  let out = read.get(fieldName);
  if (out === undefined) {
    out = readSensitivity(fieldName);
    if (read.size >= 50_000) read.clear();
    read.set(fieldName, out);
  }
  return out;
}

function readSensitivity(fieldName: string): Sensitivity {
  const n = snake(fieldName);
  if (SECRET.test(n) && !ABOUT_SECRET.test(n)) return 'secret';
  if (GLUED_SECRET.test(n)) return 'secret';
  if (PERSONAL.test(n)) return 'personal';
  return null;
}

/** Secrets never appear in any response schema. */
export const isSecretField = (fieldName: string): boolean => sensitivity(fieldName) === 'secret';

/** A column that holds an account's password or its hash, in the languages read here (`password_hash`, `contraseña`, `senha`). */
const PASSWORD_COLUMN =
  /^(?:hash(?:ed)?_?)?(?:password|passwd|password_?hash|hashed_?password|pass_?hash|contrase[ñn]a|senha|mot_?de_?passe|passwort|wachtwoord|contrasenya|salasana|has[lł]o|heslo|jelsz[oó]|sifre)(?:_?hash)?$/i;
export const isPasswordColumn = (column: string): boolean => PASSWORD_COLUMN.test(column);
