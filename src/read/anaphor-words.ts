/**
 * A clause that opens by pointing back at the one-time link or code the clause before it named:
 * "Visitors sign in with a magic link sent by e-mail; the link is valid for 20 minutes", "… un lien
 * magique ; le lien est valable 15 minutes", "… einen Anmeldelink; der Link ist 15 Minuten gültig",
 * "… un enlace mágico; el enlace caduca a los 10 minutos", "… un link magico; il link scade dopo 10
 * minuti", "… een inloglink; de link is 15 minuten geldig". Its value belongs to what was pointed at.
 */
const POINTS_BACK =
  /^\s*(?:the|this|that|each|le|ce|chaque|der|dieser|jeder|el|este|cada|o|esse|il|questo|ogni|de|deze|elke)\s+(?:link|code|lien|enlace|código|codice)s?(?!\p{L})/iu;

/** Whether the clause opens with "the link", "le lien", "der Code" …: its subject is the previous clause's. */
export function pointsBackToLinkOrCode(clause: string): boolean {
  return POINTS_BACK.test(clause);
}
