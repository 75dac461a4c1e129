/**
 * A sentence or list item that states the API's base path, in en, es, pt, fr and de: "Base path
 * `/api/v1`", "All routes are prefixed with /api", "Base URL: https://api.example.com/v1", "Ruta base:
 * /api", "Préfixe des routes : /api/v2", "Basispfad /api", "Caminho base /api/v1", a contract's lead
 * "Base: `/api/v1`", "Percorso base /api", "All routes are under /api/v1", "Alle ruter ligger under
 * `/api/v1`" (da, nb), "All routes have the prefix `/api/v1`", "Toate rutele au prefixul `/api/v1`" (ro),
 * "Všetky cesty sú pod `/api/v1`" (sk), "Všechny endpointy jsou pod `/api`" (cs), "ścieżki są pod" (pl).
 * Returns the path
 * (without a host or a trailing slash), or null.
 */
const LEAD =
  /(?:^|[^\p{L}])(?:base[- ]?(?:path|url|uri|route)|api (?:base|prefix)|(?:route|path|url) prefix|prefixed (?:with|by)|(?:ruta|url|path) base|prefijo|prefijad[oa]s? con|chemin de base|url de base|préfixe(?: des routes)?|préfixées? par|basispfad|basis-url|basis-pfad|präfix|caminho base|url base|prefixo|prefixad[oa]s? com|percorso base|prefisso|πρόθεμα|^\s*base(?=\s*:)|(?:routes|endpoints|ruter(?:ne)?|rutene|rutter(?:na)?|ruten|endepunkter(?:ne)?)\s+(?:(?:are|live|sit|ligger|liegen|er|är)\s+)?(?:under|unter|beneath)(?=\s*`?\/)|(?:the|a|common|shared) prefix(?=\s*`?\/)|(?:cesty|endpointy|trasy|ścieżki)\s+(?:(?:sú|jsou|są)\s+)?pod(?=\s*`?\/)|základn[áí] cesta|s prefixom|s prefixem|z prefiksem|prefixul(?: comun)?|prefixate cu|(?:ה)?קידומת|(?:ה)?נתיב (?:ה)?בסיס|(?:ה)?נתיבים\s+(?:נמצאים\s+)?תחת(?=\s*`?\/)|المسار الأساسي|البادئة|(?:جميع )?المسارات\s+(?:تحت|ضمن)(?=\s*`?\/))(?=$|[^\p{L}])/iu;
// A path either follows its URL's host or stands alone: never the host itself, read from the second
// slash of `https://host` (a URL with no path states no base path).
const PATH =
  /(?:https?:\/\/[^\s/`'"<>]+|(?<![/:\w]))(\/[A-Za-z0-9_.~-]+(?:\/[A-Za-z0-9_.~{}-]+)*)\/?(?=$|[\s`'".,;)<])/;

/** A client's own routes ("All web portal routes MUST be prefixed with `/web/`") are not the API's. */
const CLIENT =
  /(?<!\p{L})(?:portal|web ?app|frontend|front-end|ui|pages?|screens?|next\.js|spa|client|cliente|portail|páginas?|seiten)(?!\p{L})/iu;

export function statedBasePath(text: string): string | null {
  if (text.length > 400 || CLIENT.test(text)) return null;
  const lead = LEAD.exec(text);
  if (!lead) return null;
  const m = PATH.exec(text.slice(lead.index + lead[0].length));
  if (!m) return null;
  const path = m[1]!;
  // A base path is a short prefix (`/api`, `/api/v1`, `/v2`), never a full route with parameters.
  return path.split('/').filter(Boolean).length <= 3 && !path.includes('{') ? path : null;
}
