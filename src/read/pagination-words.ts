/**
 * The names a document gives the paging parameters, read from a written query in a pagination
 * sentence: "Pagination par curseur (`?curseur=&limite=`, 50 par défaut)", "`?after=&first=`",
 * "paginación `?desplazamiento=&tamano=`". The documents' names beat the workflow's `limit` /
 * `offset` / `cursor` (issue 11: stated names beat every derivation rule). A name is taken only
 * when its role is plain from the word in one of the languages read here; a page-number parameter
 * (`?page=&size=`) is another style, which the tool does not design, so such a query names nothing.
 */
export type PagingRole = 'cursor' | 'limit' | 'offset';

const ROLE_WORDS: Record<PagingRole, RegExp> = {
  cursor:
    /^(?:cursor|curseur|cursore|cursor_?token|after|starting_?after|page_?token|next_?token|continuation(?:_?token)?|apres|después|despues|depois|nach|dopo|na)$/i,
  limit:
    /^(?:limit|limite|limiet|limits?|page_?size|per_?page|size|first|take|count|taille|tamano|tamaño|tamanho|anzahl|groesse|größe|grootte|aantal|quantidade|cantidad|quantita|quantità|numero|nombre)$/i,
  offset: /^(?:offset|skip|decalage|décalage|desplazamiento|deslocamento|versatz|scostamento|verschuiving)$/i,
};

/** A page-number parameter: the query then pages by number, which no role here stands for. */
const PAGE_NUMBER = /^(?:page|page_?number|pagina|página|seite|pagina_?nummer|numero_?pagina)$/i;

/** A written query `?a=&b=` (or `?a=…&b=…`) in the text, its names in order. */
const QUERY = /\?([\p{L}_][\p{L}\p{N}_]*=[^\s`&)]*(?:&[\p{L}_][\p{L}\p{N}_]*=[^\s`&)]*)*)/gu;

/**
 * The paging roles a pagination sentence names, each with the name written; empty when the text
 * writes no query, a name's role is unclear, or the query pages by page number.
 */
export function pagingNames(text: string): { role: PagingRole; name: string }[] {
  QUERY.lastIndex = 0;
  for (let m = QUERY.exec(text); m; m = QUERY.exec(text)) {
    const names = m[1]!.split('&').map((pair) => pair.slice(0, pair.indexOf('=')));
    if (names.some((n) => PAGE_NUMBER.test(n))) return [];
    const out: { role: PagingRole; name: string }[] = [];
    for (const name of names) {
      const role = (Object.keys(ROLE_WORDS) as PagingRole[]).find((r) => ROLE_WORDS[r].test(name));
      if (!role || out.some((o) => o.role === role)) return [];
      out.push({ role, name });
    }
    if (out.length > 0) return out;
  }
  return [];
}
