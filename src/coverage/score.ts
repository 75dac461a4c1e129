import type { Block } from '../markdown/blocks.js';

/**
 * Words that say a block describes the data model, in en, es, pt, fr and de (stems, so plurals and
 * inflections match: `entidad(es)`, `champ(s)`, `Spalte(n)`). Checked on the block and its headings.
 */
const DATA_MODEL =
  /\b(entit|entidad|entidade|entität|data ?model|modelo de datos|modelo de dados|modèle de données|datenmodell|schema|esquema|schéma|table|tabla|tabela|tableau|tabelle|column|columna|coluna|colonne|spalte|field|campo|champ|feld|attribut|atribut|propert|propiedad|propriedad|propriét|eigenschaft|foreign key|clave foránea|chave estrangeira|clé étrangère|fremdschlüssel|primary key|clave primaria|chave primária|clé primaire|primärschlüssel|belongs to|has many|has one|pertenece|pertence|appartient|gehört|uuid|varchar|timestamp|nullable|unique|únic|unique|eindeutig)/iu;

/** Words around other model facts: states, roles, rules, jobs, integrations, quantities. */
const OTHER_FACTS =
  /\b(status|estado|statut|zustand|enum|lifecycle|ciclo de vida|cycle de vie|role|rol|papel|rôle|rolle|permission|permiso|permissão|berechtigung|rule|regla|regra|règle|regel|must|debe|deve|doit|muss|required|obligatori|obrigatóri|obligatoire|pflicht|job|cron|queue|cola|fila|file d'attente|warteschlange|schedul|programad|agendad|planifi|geplant|integrat|integración|integração|intégration|webhook|api|index|índice|indice|audit|histor|soft delete|papelera|lixeira|corbeille|papierkorb)/iu;

const NUMBER =
  /\b\d+(\.\d+)?\s?(%|ms|s|min|h|days?|días?|dias?|jours?|tage?|mb|gb|kb|characters|caracteres|caractères|zeichen)?\b/iu;

const textOf = (b: Exclude<Block, { kind: 'heading' }>): string =>
  b.kind === 'table'
    ? [b.header.join(' '), ...b.rows.map((r) => r.cells.join(' '))].join(' ')
    : b.kind === 'code'
      ? b.content
      : b.text;

/** True when the block or its headings talk about entities, fields, tables or keys. */
export function talksAboutDataModel(b: Exclude<Block, { kind: 'heading' }>): boolean {
  if (b.kind === 'code' && /^(sql|prisma|dbml|mermaid)$/.test(b.lang)) return true;
  return DATA_MODEL.test(textOf(b)) || DATA_MODEL.test(b.headingPath.join(' '));
}

/**
 * How likely an unread block holds model facts: data-model words weigh most (in the block, then in
 * its headings), then other fact words, structured blocks (tables, code), and numbers. A plain
 * additive score: it orders a reading list, it decides nothing.
 */
export function modelScore(b: Exclude<Block, { kind: 'heading' }>): number {
  const text = textOf(b);
  const headings = b.headingPath.join(' ');
  let score = 0;
  if (DATA_MODEL.test(text)) score += 3;
  if (DATA_MODEL.test(headings)) score += 2;
  if (OTHER_FACTS.test(text)) score += 1.5;
  if (OTHER_FACTS.test(headings)) score += 1;
  if (b.kind === 'table') score += 2;
  if (b.kind === 'code')
    score += /^(sql|prisma|dbml|mermaid|typescript|ts|json|yaml)$/.test(b.lang) ? 2 : 0.5;
  if (NUMBER.test(text)) score += 0.5;
  // Longer prose carries more facts than a one-line remark; capped so a wall of text does not win alone.
  score += Math.min(1, text.length / 400);
  return Math.round(score * 10) / 10;
}
