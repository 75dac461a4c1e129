/**
 * A user surface the documents say has no JSON API of its own, in en, es, pt, fr, de, it and nl:
 * "The LiveView back office calls the context modules directly and has no JSON routes", "Das
 * Backoffice hat keine JSON-Routen, es wird serverseitig gerendert", "el panel de administración se
 * renderiza en el servidor". The operations only that surface's users call are then served by its
 * server-rendered screens, not by routes of the JSON API (derive/server-rendered-surface). Also who a
 * surface is for ("a LiveView back office for the harbour office and the berthing master"), so that
 * derive can tell which roles' operations it serves.
 */

/** The surfaces an application may render on the server: a back office, an admin panel, a staff portal. */
const SURFACE =
  /(?<!\p{L})(?:back[- ]?office|admin(?:istration)?[- ](?:panel|area|console|ui|interface|dashboard|portal|site|app)|staff (?:portal|app|area|console)|verwaltungsoberfläche|admin-?(?:bereich|oberfläche|panel|konsole)|mitarbeiterportal|panel de (?:administración|admin)|consola de administración|portal del personal|interface d['’]administration|console d['’]administration|espace d['’]administration|painel (?:administrativo|de administração)|área administrativa|pannello (?:di amministrazione|amministrativo)|area amministrativa|beheeromgeving|beheerpaneel|beheerportaal)(?!\p{L})/iu;

/**
 * The surface has no JSON API: no JSON (or REST) routes, endpoints or API, or it is rendered on the
 * server. Read after the surface's name, in its sentence.
 */
const NO_JSON =
  /(?<!\p{L})(?:has no (?:json|rest|http) (?:routes?|api|endpoints?)|(?:with|without|uses|needs|exposes) no (?:json|rest|http) (?:routes?|api|endpoints?)|without (?:an? )?(?:json|rest) (?:routes?|api|endpoints?)|(?:is|are) (?:fully |entirely )?server[- ](?:side[- ])?rendered|(?:is|are) rendered (?:on the server|server[- ]side)|keine(?:n)? (?:json|rest)-?(?:routen|api|endpunkte|schnittstelle)|kein(?:e)? (?:json|rest)-?api|serverseitig gerendert|auf dem server gerendert|no tiene (?:rutas|api|endpoints?) (?:json|rest)|sin (?:rutas|api|endpoints?) (?:json|rest)|(?:se )?renderiza(?:d[oa]s?)? en el servidor|renderizad[oa]s? del lado del servidor|n['’]a (?:pas|aucune?) (?:de )?(?:routes?|api|endpoints?) (?:json|rest)|sans (?:routes?|api) (?:json|rest)|(?:est )?rendue? côté serveur|não tem (?:rotas|api|endpoints?) (?:json|rest)|sem (?:rotas|api|endpoints?) (?:json|rest)|renderizad[oa]s? no servidor|renderizad[oa]s? do lado do servidor|non ha (?:rotte|api|endpoint) (?:json|rest)|senza (?:rotte|api) (?:json|rest)|renderizzat[oa] (?:lato|sul) server|heeft geen (?:json|rest)-?(?:routes|api|endpoints)|geen (?:json|rest)-?(?:routes|api|endpoints)|(?:server-?side|op de server) gerenderd)(?!\p{L})/iu;

/** Who a surface is for: "for", "für", "para", "pour", "per", "voor", then the phrase that names them. */
const FOR = /^\s*(?:for|für|para|pour|per|voor)\s+([^.;:()|]+)/iu;

/** The key two mentions of one surface share: its letters, lowercased ("Back-Office" = "backoffice"). */
export const surfaceKey = (written: string): string => written.toLowerCase().replace(/[^\p{L}]+/gu, '');

/** The surface a sentence says has no JSON API, as written, or null. */
export function serverRenderedSurface(sentence: string): string | null {
  const m = SURFACE.exec(sentence);
  if (!m) return null;
  return NO_JSON.test(sentence.slice(m.index + m[0].length)) ? m[0] : null;
}

/** The surface a sentence names and who it says the surface is for ("the harbour office and the berthing master"), or null. */
export function surfaceAudience(sentence: string): { surface: string; audience: string } | null {
  const m = SURFACE.exec(sentence);
  if (!m) return null;
  const f = FOR.exec(sentence.slice(m.index + m[0].length));
  const audience = f?.[1]?.trim();
  return audience ? { surface: m[0], audience } : null;
}
