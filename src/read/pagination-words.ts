/**
 * The names a document gives the paging parameters, read from a written query in a pagination
 * sentence: "Pagination par curseur (`?curseur=&limite=`, 50 par défaut)", "`?after=&first=`",
 * "paginación `?desplazamiento=&tamano=`". The documents' names beat the workflow's `limit` /
 * `offset` / `cursor` (issue 11: stated names beat every derivation rule). A name is taken only
 * when its role is plain from the word in one of the languages read here. A page-number parameter
 * (`?page=&size=`, "`page` and `per_page`") names numbered pages, a style of its own. The names are
 * read from a written query, else from the code spans of the sentence when each is a paging name.
 */
export type PagingRole = 'cursor' | 'limit' | 'offset' | 'page';

const ROLE_WORDS: Record<Exclude<PagingRole, 'page'>, RegExp> = {
  cursor:
    /^(?:cursor|curseur|cursore|cursor_?token|after|starting_?after|page_?token|next_?token|continuation(?:_?token)?|apres|después|despues|depois|nach|dopo|na)$/i,
  limit:
    /^(?:limit|limite|limiet|limits?|page_?size|per_?page|size|first|take|count|taille|tamano|tamaño|tamanho|anzahl|groesse|größe|grootte|aantal|quantidade|cantidad|quantita|quantità|numero|nombre)$/i,
  offset: /^(?:offset|skip|decalage|décalage|desplazamiento|deslocamento|versatz|scostamento|verschuiving)$/i,
};

/** A page-number parameter: the query then pages by number. */
const PAGE_NUMBER =
  /^(?:page|page_?number|pagina|página|seite|pagina_?nummer|numero_?pagina|sayfa|strona|stranka|strana|sida|side)$/i;

/** A written query `?a=&b=` (or `?a=…&b=…`) in the text, its names in order. */
const QUERY = /\?([\p{L}_][\p{L}\p{N}_]*=[^\s`&)]*(?:&[\p{L}_][\p{L}\p{N}_]*=[^\s`&)]*)*)/gu;

/**
 * The paging roles a pagination sentence names, each with the name written; empty when the text
 * writes no query, a name's role is unclear, or the query pages by page number.
 */
export function pagingNames(text: string): { role: PagingRole; name: string }[] {
  QUERY.lastIndex = 0;
  for (let m = QUERY.exec(text); m; m = QUERY.exec(text)) {
    const out = roles(m[1]!.split('&').map((pair) => pair.slice(0, pair.indexOf('='))));
    if (out.length > 0) return out;
  }
  // "Pagination: `page` and `per_page` (default 25)": the code spans, when every one is a paging name.
  const spans = [...text.matchAll(/`([\p{L}_][\p{L}\p{N}_]*)`/gu)].map((c) => c[1]!);
  if (spans.length >= 2) return roles(spans);
  // The same written plain ("Pagination: page and per_page"): a pair joined by "and", one of them an
  // identifier (`per_page`, `pageSize`), so that prose ("page and size") names nothing.
  // Plain words are names too where the sentence calls them parameters ("Pagination: the parameters
  // page and size", the code spans' backticks gone from the plain text).
  const named = PARAMETERS.test(text);
  for (const m of text.matchAll(PAIR)) {
    if (!IDENTIFIER.test(m[1]!) && !IDENTIFIER.test(m[2]!) && !(named && PAGE_NUMBER.test(m[1]!))) continue;
    const out = roles([m[1]!, m[2]!]);
    if (out.length > 0) return out;
  }
  return [];
}

// A word "and" stands apart: "parametrii page" is no "parametr" + "i" (Polish "and") + "page".
const PAIR =
  /(?<![\p{L}\p{N}_])([\p{L}_][\p{L}\p{N}_]*)(?:\s*(?:,|&|\+|\/)\s*|\s+(?:and|und|et|y|e|en|og|och|ve|és|a|i|và|dan|και|și|şi)\s+)([\p{L}_][\p{L}\p{N}_]*)(?![\p{L}\p{N}_])/giu;
/** "parameters", "parámetros", "paramètres", "Parameter", "parametri", "parametrii", "params". */
const PARAMETERS =
  /(?<!\p{L})(?:param(?:eter|etre|ètre|étre|etro|etri|etrii|etrul|etrs|s)?s?|parámetros?|parâmetros?|παράμετρ\p{L}*|параметр\p{L}*)(?!\p{L})/iu;
/** `per_page`, `page_size`, `pageSize`: a name of code, not a word of prose. */
const IDENTIFIER = /_|\p{Ll}\p{Lu}/u;

/** The role of each name, or nothing when one has none or two share one. */
function roles(names: readonly string[]): { role: PagingRole; name: string }[] {
  const out: { role: PagingRole; name: string }[] = [];
  for (const name of names) {
    const role: PagingRole | undefined = PAGE_NUMBER.test(name)
      ? 'page'
      : (Object.keys(ROLE_WORDS) as (keyof typeof ROLE_WORDS)[]).find((r) => ROLE_WORDS[r].test(name));
    if (!role || out.some((o) => o.role === role)) return [];
    out.push({ role, name });
  }
  // Numbered pages need their size too; a page number alongside an offset or a cursor is no style.
  const has = (r: PagingRole) => out.some((o) => o.role === r);
  if (has('page') && (has('offset') || has('cursor'))) return [];
  return out;
}
