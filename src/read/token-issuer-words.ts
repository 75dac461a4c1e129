/**
 * Who issues the tokens the API accepts, as a sentence says it: the identity provider ("Auth0 issues
 * JWTs (RS256) that the API validates", "Auth0 utsteder JWT", "Keycloak émet les jetons") or the
 * server itself ("the API issues its own access token", "서버는 자체 액세스 토큰을 발급한다",
 * "der Server stellt eigene Tokens aus"). With the provider as issuer, the API stores no token of its
 * own: lifetimes stated are the provider's configuration, and there are no token rows to purge.
 */

const TOKEN = /tokens?|jwts?|jetons?|токен\p{L}*|토큰|トークン|令牌/iu;

/** "<provider> issues …", in en, es, pt, fr, de, it, nl, nb/da, sv, hu ("a Keycloak állítja ki"). */
const ISSUES =
  /^\s*(?:issues?|mints?|signs?|emite|emiten|émet|délivre|stellt|gibt|rilascia|emette|geeft|utsteder|udsteder|utfärdar|állítja ki|adja ki|bocsátja ki)(?!\p{L})/iu;

/**
 * The server as the issuer: "the server/API/backend issues its own …", "自体 … 발급", "eigene Tokens",
 * "Backend po přihlášení vydá vlastní JWT" (cs), "serwer wydaje własne tokeny" (pl).
 */
const SERVER_ISSUES =
  /(?<!\p{L})(?:the )?(?:server|api|backend|service)\s+(?:then\s+)?(?:issues?|mints?|signs?)\s+(?:its|our)\s+own(?!\p{L})|(?:서버|백엔드)(?:는|가)?\s*자체|(?<!\p{L})(?:el servidor|o servidor|le serveur|der server|il server|de server|serveren|servern)\s+(?:emite|émet|stellt|rilascia|geeft|utsteder|utfärdar)\s+(?:sus|seus|ses|eigene|propri|eigen|egne|egna)(?!\p{L})|(?<!\p{L})(?:backend|server|api|serwer)\s+(?:\p{L}+\s+){0,2}?(?:vydá|vydává|vystaví|vystavuje|wydaje|wystawia)\s+(?:vlastní|własn\p{L}*)(?!\p{L})/iu;

/** Whether the sentence names tokens at all: the cheap test before looking for an issuer. */
export function namesTokens(sentence: string): boolean {
  return TOKEN.test(sentence);
}

/** Who the sentence says issues the tokens, given the identity providers it names; null when it does not say. */
export function tokenIssuer(sentence: string, providers: readonly string[]): 'provider' | 'server' | null {
  if (!namesTokens(sentence)) return null;
  if (SERVER_ISSUES.test(sentence)) return 'server';
  for (const name of providers) {
    const at = sentence.toLowerCase().indexOf(name.toLowerCase());
    if (at >= 0 && ISSUES.test(sentence.slice(at + name.length))) return 'provider';
  }
  return null;
}
