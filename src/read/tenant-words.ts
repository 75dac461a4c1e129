/**
 * A sentence that states the tenant column of the data model, in en, es, pt, fr, de and it:
 * "Multi-tenancy: every organization-owned row carries `organization_id`", "Multi-inquilino: cada
 * fila lleva `organization_id`", "Multi-locataire : chaque ligne porte `organization_id`",
 * "Mandantenfähigkeit: jede Zeile trägt `organization_id`". The column is a snake-case name
 * ending in `_id`; a sentence without a tenancy word or an "every row" phrase names
 * none.
 */
const TENANCY =
  /(?<!\p{L})(?:multi[- ]?tenan\p{L}*|tenan(?:t|cy|ts)|single[- ]tenant|multi[- ]?inquilin\p{L}*|inquilinos?|multi[- ]?locataires?|locataires?|mandant\p{L}*|multi[- ]?locat\p{L}*|multi[- ]?organi[sz]ation\p{L}*|\p{L}+-owned rows?|every \p{L}+-owned|each \p{L}+-owned)(?!\p{L})/iu;
const EVERY_ROW =
  /(?<!\p{L})(?:every|each|all) (?:[\p{L}-]+ )?(?:rows?|records?|tables?)|cada (?:fila|registro|tabla|linha|tabela)|(?:todas las|todas as|todos os) (?:filas|tablas|linhas|tabelas|registros)|(?:chaque|toutes les) (?:lignes?|tables?|enregistrements?)|(?:jede|alle) (?:Zeilen?|Tabellen?|Datens[äa]tze?)|(?:ogni|tutte le) (?:riga|righe|tabella|tabelle)(?!\p{L})/iu;
/** A snake-case column ending in `_id`, with or without its code backticks (units drop them). */
const COLUMN = /(?<![\w`])`?([a-z][a-z0-9]*(?:_[a-z0-9]+)*_id)`?(?!\w)/g;

export function statedTenantColumn(text: string): string | null {
  if (!TENANCY.test(text) && !EVERY_ROW.test(text)) return null;
  const columns = [...new Set([...text.matchAll(COLUMN)].map((m) => m[1]!))];
  // One column: a sentence that names two (`organization_id` and `site_id`) does not say which.
  return columns.length === 1 ? columns[0]! : null;
}
