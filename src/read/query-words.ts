/**
 * The query parameters a route's own description states (a route table's notes cell, the text on
 * the route's line): "Published upcoming shifts; filters `site`, `from`, `to`, `role`", "Query
 * `from`, `to`", "filtros: sede, desde, hasta", "filtres : site, date", "Filter: standort, von, bis",
 * "filtri `sede`, `giorno`", "parâmetros `de`, `ate`". The names are the list after the word, as
 * written: backticked names, or bare identifiers after a colon; the list ends at a sentence or
 * clause boundary. Empty for any other wording.
 */
const LEAD =
  /(?<!\p{L})(?:filters?|filtered by|filterable by|query(?: param(?:eter)?s?)?|query string|params|parameters|filtros?|filtrado por|filtrable por|parámetros(?: de consulta)?|parâmetros(?: de consulta)?|filtres?|filtré par|paramètres(?: de requête)?|filter(?:n|bar nach)?|abfrageparameter|query-parameter|filtri|filtrato per|parametri(?: di query)?)(?!\p{L})\s*(:?)\s*/giu;
/** One name: backticked, or (after a colon) a bare identifier. */
const TICKED = /^`([A-Za-z_][\w.[\]-]*)`/;
const BARE = /^([A-Za-z_][\w-]*)(?![\p{L}])/u;
/** A preposition or article opening the words after the lead: a phrase, not a list of names. */
const FUNCTION_FIRST =
  /^(?:by|on|for|the|an?|with|of|in|por|para|el|la|los|las|un|una|con|par|pour|le|les|des|du|de|avec|nach|mit|der|die|das|den|dem|ein|eine|per|il|lo|gli|di|da|do|dos|das|pelo|pela|o|os|as)(?!\p{L})/iu;
/** What separates two names of the list: a comma, a slash, or "and"/"or" of the six languages. */
const SEP = /^\s*(?:,|\/|(?:,\s*)?(?:and|or|y|o|e|ou|et|und|oder|ed)(?!\p{L}))\s*/iu;

export function statedQueryNames(description: string | undefined): string[] {
  const text = description ?? '';
  const out: string[] = [];
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(text); m; m = LEAD.exec(text)) {
    let rest = text.slice(m.index + m[0].length);
    // A bare word list needs the colon ("filters: site, from") or commas ("filters site, from, to"),
    // and no function word first: "filter by price" names no parameter.
    const bareOk = m[1] === ':' || (!FUNCTION_FIRST.test(rest) && /^[\w-]+\s*,/.test(rest));
    const names: string[] = [];
    for (;;) {
      const t = TICKED.exec(rest) ?? (bareOk ? BARE.exec(rest) : null);
      if (!t) break;
      names.push(t[1]!);
      rest = rest.slice(t[0].length);
      const sep = SEP.exec(rest);
      if (!sep) break;
      rest = rest.slice(sep[0].length);
    }
    // A lone bare word is as likely a sentence as a list.
    if (names.length > 1 || (names.length === 1 && TICKED.test(text.slice(m.index + m[0].length))))
      for (const n of names) if (!out.includes(n)) out.push(n);
  }
  return out;
}
