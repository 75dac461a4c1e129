/**
 * A role the documents describe as someone who is not signed in: "Visitor | not signed in",
 * "Guest | anonymous visitor without an account", "Gast | nicht angemeldet", "Invitado | sin
 * iniciar sesión", "Visiteur | non connecté", "Visitante | sem login", "Ospite | non autenticato",
 * "Bezoeker | niet ingelogd", "Besökare | inte inloggad", "Gość | niezalogowany", "Ziyaretçi | giriş
 * yapmamış", "Гость | неавторизованный", 「游客 | 未登录的访问者」, 「ゲスト | 未ログイン」, "방문자 | 비로그인".
 * Such a role is the anonymous caller: it holds no token and reaches only public routes. Only the
 * role's own name or the first clause of its description is read: "can book once signed in" or a
 * later clause about someone else says nothing about who the role is.
 */
const NOT_SIGNED_IN =
  /(?<!\p{L})(?:not (?:yet )?(?:signed|logged)[- ]?in|(?:signed|logged)[- ]out|without (?:an? )?(?:account|login|sign[- ]?in)|anonymous(?! (?:report|feedback|survey|vote|comment)\p{L}*)|unauthenticated|non-authenticated|unregistered|not registered|no account|sin (?:iniciar sesión|cuenta|registro|autenticar)|no (?:autenticad|registrad|identificad)[oa]s?|an[oó]nim[oa]s?|sans compte|non (?:connecté|authentifié|inscrit|identifié)e?s?|anonymes?|nicht[- ](?:angemeldet|eingeloggt|registriert|authentifiziert)\p{L}*|ohne (?:konto|anmeldung|login)|anonym(?:e|er)?|sem (?:login|conta|cadastro|autentica\p{L}*)|não (?:autenticad|logad|cadastrad|registrad)[oa]s?|an[oô]nim[oa]s?|non (?:autenticat|registrat|loggat)[oaie]|senza (?:account|login|accesso)|niet[- ](?:ingelogd|aangemeld|geregistreerd)e?|zonder (?:account|inlog\p{L}*)|anoniem(?:e)?|(?:ej|inte) (?:inloggad|registrerad)e?|utan (?:konto|inloggning)|niezalogowan\p{L}*|niezarejestrowan\p{L}*|bez (?:konta|logowania)|anonimow\p{L}*|giriş yapmamış|oturum açmamış|üye olmayan|hesabı olmayan|anonim|неавторизованн\p{L}*|незарегистрированн\p{L}*|анонимн\p{L}*|без (?:входа|регистрации|аккаунта))(?!\p{L})|未登录|未登陆|未注册|匿名|未ログイン|ログインしていない|未登録|비로그인|로그인하지 않은|비회원|익명/iu;

/** The first clause of a description: up to its first comma, semicolon or full stop (any script). */
const firstClause = (text: string): string => text.split(/[,;:.，；：。、(（]|\s[-–—]\s/u)[0] ?? '';

/** Whether a role's name or the first clause of its description says it is not signed in. */
export function anonymousRole(label: string, description?: string | null): boolean {
  if (NOT_SIGNED_IN.test(label)) return true;
  return !!description && NOT_SIGNED_IN.test(firstClause(description));
}
