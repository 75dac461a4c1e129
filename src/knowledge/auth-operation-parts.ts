/**
 * What one operation of the authentication service does, from its operationId (the auth routes of
 * derive/api/auth-endpoints.ts, or a stated route named from its path: `postAuthSignUp`,
 * `deleteAuthSignOut`, `postAuthWxLogin`, `criiptoVerifyCallback`): the service's purpose names only
 * the parts it has (issue 11: "Sign-up, sign-in, sign-out" where a provider signs the user in and the
 * service only returns the current user).
 */
export type AuthPart = 'sign-up' | 'sign-in' | 'sign-out' | 'refresh' | 'password-reset' | 'current-user';

/** The order the purpose names them in. */
export const AUTH_PART_ORDER: readonly AuthPart[] = [
  'sign-up',
  'sign-in',
  'sign-out',
  'refresh',
  'password-reset',
  'current-user',
];

const PARTS: [RegExp, AuthPart][] = [
  [/sign_?up|register|signup/i, 'sign-up'],
  [/sign_?out|log_?out/i, 'sign-out'],
  [/refresh/i, 'refresh'],
  [/password/i, 'password-reset'],
  [/^getMe$|currentuser|^(?:get|fetch)(?:auth)?(?:me|profile|session)$/i, 'current-user'],
];

/** The part of sign-in and account work one operation is; any other operation of the service signs in. */
export function authOperationPart(operationId: string): AuthPart {
  return PARTS.find(([re]) => re.test(operationId))?.[1] ?? 'sign-in';
}
