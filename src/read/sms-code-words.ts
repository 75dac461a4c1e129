/**
 * A one-time code by SMS, the one reader of it (a group's way in in `principal-words.ts`, the
 * passwordless sign-in in `extract/security/auth-patterns.ts`), in en, es, pt, fr, de, it and ca:
 * "SMS one-time codes", "login codes via SMS", "código de verificación por SMS", "code de connexion
 * par SMS", "Code per SMS", "SMS-Einmalcode", "codice di verifica via SMS", "codi d'un sol ús per SMS".
 * Whether it is the way in or a second factor is for the caller to decide.
 */
const SMS_CODE =
  /(?<!\p{L})(?:SMS[- ](?:one[- ]time |verification |sign[- ]in |login )?(?:codes?|OTPs?|passcodes?)|(?:one[- ]time|verification|sign[- ]in|login|\d-digit) (?:codes?|passcodes?) (?:by|via|over|sent (?:by|to|via)) SMS|c[oó]digos? (?:de un solo uso |de uso único |de verificaci[oó]n |de verificação |de acceso |de acesso )?(?:por |via |vía )?SMS|codes? (?:à usage unique |de connexion |de vérification )?(?:par |via )?SMS|(?:Einmal)?codes? per SMS|SMS-(?:Code|Einmalcode)s?|codic[ei] (?:monouso |di verifica )?(?:via |per )?SMS|codis? d['’]un sol ús[^.;]{0,40}?(?:per|via) SMS|codis? (?:per|via) SMS)(?!\p{L})/iu;

/** Whether the text names a one-time code sent by SMS. */
export function namesSmsCode(text: string): boolean {
  return SMS_CODE.test(text);
}
