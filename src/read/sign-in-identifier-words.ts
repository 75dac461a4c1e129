/**
 * The identifier a one-time code goes with, as the sign-in sentence names it: "Members sign in with
 * their member number and a one-time code", "Els socis inicien sessió amb el seu NIF i un codi d'un
 * sol ús" (ca), "inician sesión con su DNI y un código" (es), "se connectent avec leur numéro
 * d'adhérent et un code" (fr), "melden sich mit ihrer Mitgliedsnummer und einem Einmalcode an" (de),
 * "accedono con il loro codice fiscale e un codice" (it), "loggen in met hun lidnummer en een code"
 * (nl). The words as written; which field they name is decided in derive.
 */
const WITH_ID_AND_CODE =
  /(?<!\p{L})(?:with|using|amb|con|avec|mit|com|met)\s+(?:(?:their|his|her|its|the|el seu|la seva|els seus|su|sus|leur|leurs|son|sa|ihrer|ihrem|ihren|seinem|seiner|o seu|a sua|seu|sua|il loro|la loro|il suo|la sua|hun|zijn|haar)\s+)?([\p{L}\p{N}_'’-]+(?:\s+[\p{L}\p{N}_'’-]+){0,2}?)\s+(?:and|i|y|et|und|e|en|\+|&)\s+(?:(?:a|an|un|una|une|einem|einen|uno|um|uma|een)\s+)?(?:one[- ]time|6-digit|\d+-digit|codi|codis|código|códigos|code|codes|codice|codici|einmalcode|otp|sms)/iu;

/** The identifier words the sentence pairs with a one-time code, or null. */
export function signInIdentifier(text: string): string | null {
  const m = WITH_ID_AND_CODE.exec(text);
  return m ? m[1]!.trim() : null;
}
