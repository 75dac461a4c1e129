/**
 * Field names whose values must never leave the API (OWASP ASVS V8 "Data Protection": do not expose
 * secrets or credentials in responses) and never be logged. Shared by the data model (SpecField
 * .sensitive), response schemas, the redaction list and validation's output sanitisation.
 */
const SECRET =
  /(^|_)(password|passwd|pwd|secret|token|api_?key|private_?key|otp|pin|salt|hash|credential|refresh_?token|access_?token|session_?id|mfa_?secret|totp|recovery_?codes?)($|_)/;

/** Personal data that may be returned to its owner but is redacted from logs. */
const PERSONAL =
  /(^|_)(email|phone|mobile|address|dob|date_of_birth|birth_?date|ssn|national_?id|aadhaar|passport|tax_?id|iban|card_?number|pan)($|_)/;

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export type Sensitivity = 'secret' | 'personal' | null;

export function sensitivity(fieldName: string): Sensitivity {
  const n = snake(fieldName);
  if (SECRET.test(n)) return 'secret';
  if (PERSONAL.test(n)) return 'personal';
  return null;
}

/** Secrets never appear in any response schema. */
export const isSecretField = (fieldName: string): boolean => sensitivity(fieldName) === 'secret';
