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

/**
 * The server issuing none of its own: "the API issues no tokens of its own", "API'et udsteder selv
 * ingen tokens" (da), "we issue no JWTs", "le serveur n'émet aucun jeton", "die API stellt keine
 * eigenen Tokens aus": the tokens the API accepts are the provider's.
 */
const SERVER_ISSUES_NONE =
  /(?<!\p{L})(?:(?:the )?(?:server|api|backend|service)(?:['’]et|en|et)?|we)\s+(?:itself\s+)?(?:issues?|mints?|udsteder|utsteder|utfärdar|stellt|émet|emite|rilascia|geeft)\s+(?:selv\s+|själv\s+|itself\s+)?(?:no|ingen|inga|keine|aucun|ningún|nenhum|nessun|geen)\s+(?:\p{L}+\s+)?(?:tokens?|jwts?|jetons?)(?!\p{L})/iu;

/**
 * The server issuing a token after the sign-in, with no "own": "After sign-in the API issues a
 * Guardian JWT access token", "the backend issues an access token".
 */
const SERVER_ISSUES_A =
  /(?<!\p{L})(?:the )?(?:server|api|backend)\s+(?:then\s+)?(?:issues?|mints?)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:jwts?|access tokens?|tokens?)(?!\p{L})/iu;

/** German verb-second order: "Nach der Anmeldung stellt der Server eigene Tokens aus". */
const SERVER_ISSUES_INVERTED =
  /(?<!\p{L})(?:stellt|gibt)\s+(?:der server|die api|das backend)\s+(?:\p{L}+\s+)?eigene(?!\p{L})/iu;

/**
 * The provider named after the tokens as their issuer: "token-urile JWT emise de Keycloak" (ro),
 * "tokens issued by Keycloak", "jetons émis par Keycloak", "von Keycloak ausgestellte Tokens" is not read.
 */
const ISSUED_BY =
  /^[\p{L}-]*\s*(?:\p{L}+\s+){0,2}?(?:issued by|emise de|emis de|émis par|emitidos? por|emitidas? por|rilasciati da|uitgegeven door)\s+$/iu;

/** Whether the sentence names tokens at all: the cheap test before looking for an issuer. */
export function namesTokens(sentence: string): boolean {
  return TOKEN.test(sentence);
}

/** Who the sentence says issues the tokens, given the identity providers it names; null when it does not say. */
export function tokenIssuer(sentence: string, providers: readonly string[]): 'provider' | 'server' | null {
  if (!namesTokens(sentence)) return null;
  if (SERVER_ISSUES_NONE.test(sentence)) return 'provider';
  if (SERVER_ISSUES.test(sentence) || SERVER_ISSUES_A.test(sentence) || SERVER_ISSUES_INVERTED.test(sentence))
    return 'server';
  for (const name of providers) {
    const at = sentence.toLowerCase().indexOf(name.toLowerCase());
    if (at >= 0 && ISSUES.test(sentence.slice(at + name.length))) return 'provider';
    // "… token-urile JWT emise de Keycloak": the words just before the name say it issued them.
    const token = TOKEN.exec(sentence);
    const last = sentence.toLowerCase().lastIndexOf(name.toLowerCase());
    if (token && token.index < last && ISSUED_BY.test(sentence.slice(token.index + token[0].length, last)))
      return 'provider';
  }
  return null;
}
