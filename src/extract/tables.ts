import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { looksLikeType, scalarType } from '../knowledge/scalar-types.js';
import type { Block, TableBlock } from '../markdown/blocks.js';

import type { EntityFact, IndexFact } from '../model/domain.js';
import { API_CONTEXT, captionName } from './data/captions.js';
import { applyWords, enumLead, enumList, readConstraintWords } from './data/constraint-words.js';
import { at, cellText, newEntity, newField } from './data/facts.js';
import { readIndexTable } from './data/index-tables.js';
import type { Extractor } from './types.js';

/**
 * Extractor `tables`: markdown field tables. A table is read as an entity only when it has a
 * name-like column (Field/Column/Name/Attribute) and a type-like column whose cells mostly look
 * like types; the entity is named by the caption or nearest heading above it.
 */

type Role = 'name' | 'type' | 'constraints' | 'required' | 'nullable' | 'default' | 'notes' | 'key';

const HEADERS: [RegExp, Role][] = [
  [
    /^(field|column|name|attribute|property|field name|column name|attr|prop|champ|campo|feld|spalte|nimi|kenttä|sarake|nome campo|columna|coluna|colonne|attribut|veld|kolom|pole|kolumna|atrybut|nazwa pola|поле|столбец|колонка|атрибут)$/,
    'name',
  ],
  [
    /^(type|data type|datatype|sql type|db type|field type|column type|tipo|typ|tyyppi|tipo di dato|tipo dato|tipo de dato|tipo de dado|type de donnée|datentyp|typ danych|тип|тип данных)$/,
    'type',
  ],
  [
    /^(constraints?|modifiers?|rules?|validation|options|attributes|flags|vincol[oi]|restricciones|reglas|restrições|regras|contraintes|règles|einschränkungen|regeln|beperkingen|regels|zasady|ograniczenia|reguły|walidacja|ограничения|правила)$/,
    'constraints',
  ],
  [
    /^(required|req\.?|mandatory|obligatoire|obbligatori[oa]|obligatorio|obrigatório|pflicht|verplicht|wymagane|обязательное)$/,
    'required',
  ],
  [/^(nullable|null|null\?|optional|facoltativ[oa]|opzionale)$/, 'nullable'],
  [
    /^(default|default value|defaults|predefinito|valore predefinito|por defecto|padrão|valor padrão|par défaut|standardwert|standaard|domyślnie|wartość domyślna|по умолчанию)$/,
    'default',
  ],
  [/^(keys?|pk\/fk|index|indexes|pk|fk|chiavi?)$/, 'key'],
  [
    /^(notes?|description|comments?|details|purpose|meaning|remarks?|kuvaus|note|descrizione|commenti|descripción|notas|descrição|observações|remarques|beschreibung|hinweise|omschrijving|opmerkingen|opis|uwagi|описание|примечание)$/,
    'notes',
  ],
];

function roles(header: string[]): (Role | null)[] {
  const seen = new Set<Role>();
  return header.map((h) => {
    const key = cellText(h).toLowerCase().trim();
    const role = HEADERS.find(([re]) => re.test(key))?.[1] ?? null;
    if (role === null || seen.has(role)) return null;
    seen.add(role);
    return role;
  });
}

/** The caption-like paragraph right above a table, if any. */
function precedingCaption(blocks: readonly Block[], index: number): string {
  const prev = blocks[index - 1];
  return prev && prev.kind === 'paragraph' && blocks[index]!.line - prev.line <= 3
    ? (prev.text.split('\n').pop() ?? '')
    : '';
}

const YES = /^(yes|y|true|✓|✔|x|required|✅|1|kyllä|ja|oui|sí|si|sì)$/i;
const NO = /^(no|n|false|✗|✘|-|—|optional|❌|0|ei|nein|non)$/i;

export const tablesExtractor: Extractor = {
  name: 'tables',
  extract: ({ doc, md }) => {
    const diagnostics: Diagnostic[] = [];
    const entities: EntityFact[] = [];
    const indexes: IndexFact[] = [];
    md.blocks.forEach((block, index) => {
      if (block.kind !== 'table') return;
      indexes.push(...readIndexTable(block, doc.path));
      const entity = readTable(block, doc.path);
      if (!entity) return;
      // Parameter, header and body tables of an API, and settings tables, list fields of messages, not of stored entities.
      if (
        API_CONTEXT.test(block.headingPath.slice(-2).join(' ')) ||
        API_CONTEXT.test(precedingCaption(md.blocks, index))
      )
        return;
      const caption = captionName(md.blocks, index);
      if (!caption) {
        diagnostics.push(
          diag(
            'extract/unreadable-construct',
            'a field table has no heading or caption naming its entity; skipped',
            {
              at: { file: doc.path, line: block.line },
              hint: 'put the entity name in a heading or a `**Table: name**` line above the table',
            },
          ),
        );
        return;
      }
      const named = newEntity(caption.name, 'table', at(doc.path, block.line, `${caption.name} (table)`));
      if (/_|^[a-z]/.test(caption.name)) named.table = caption.name;
      named.fields = entity.fields;
      entities.push(named);
    });
    const fragment: { entities?: EntityFact[]; indexes?: IndexFact[] } = {};
    if (entities.length) fragment.entities = entities;
    if (indexes.length) fragment.indexes = indexes;
    return { fragment, diagnostics };
  },
};

function readTable(block: TableBlock, file: string): EntityFact | null {
  const r = roles(block.header);
  const nameCol = r.indexOf('name');
  const typeCol = r.indexOf('type');
  if (nameCol < 0 || typeCol < 0 || block.rows.length === 0) return null;
  const typed = block.rows.filter((row) => looksLikeType(cellText(row.cells[typeCol] ?? ''))).length;
  if (typed * 2 < block.rows.length) return null;
  const entity = newEntity('table', 'table', at(file, block.line));
  for (const row of block.rows) {
    const name = cellText(row.cells[nameCol] ?? '')
      .replace(/[?!]$/, '')
      .trim();
    if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) continue;
    const typeText = cellText(row.cells[typeCol] ?? '');
    const optionalMark = /\?$/.test(cellText(row.cells[nameCol] ?? ''));
    const field = newField(
      name,
      { scalar: 'string', raw: typeText },
      at(file, row.line, `| ${row.cells.join(' | ')} |`),
    );
    const listed = enumLead(typeText);
    const typeWord = listed
      ? typeText.slice(0, typeText.length - listed.rest.length).replace(/[;.\s]+$/, '')
      : typeText
          .split(
            /\s+(?=not\b|null\b|primary\b|unique\b|references\b|default\b|pk\b|fk\b|\()|,(?![^(]*\))/i,
          )[0]!
          .trim();
    const enumMatch =
      /^enum\s*\(?([^)]*)\)?/i.exec(typeWord) ?? /^('[^']*'(?:\s*\|\s*'[^']*')+)$/.exec(typeWord);
    const scalar = scalarType(typeWord.replace(/[?!]$/, ''), name);
    const reference = /^(fk|foreign\s+key|reference|ref|relation|belongs\s+to)\b|^(→|->)/i.test(typeWord)
      ? readConstraintWords(typeText).references
      : undefined;
    if (listed) {
      field.type = { scalar: 'enum', raw: typeText };
      field.enumValues = listed.values;
    } else if (reference) {
      // `FK → users.id` in the type column: the column's type is the target key's (copied in merge).
      field.type = { scalar: 'uuid', raw: 'reference' };
      field.references = reference;
    } else if (enumMatch) {
      field.type = { scalar: 'enum', raw: typeText };
      const values = enumList(enumMatch[1] ?? '');
      if (values) field.enumValues = values;
    } else if (scalar) field.type = { ...scalar, raw: typeText };
    else field.type = { scalar: 'enum', raw: typeText };
    if (!scalar && !enumMatch && !reference) field.enumName = typeWord;
    if (optionalMark) field.nullable = true;
    const words: string[] = [typeText.slice(typeWord.length)];
    r.forEach((role, i) => {
      const cell = cellText(row.cells[i] ?? '');
      if (!role || cell === '') return;
      switch (role) {
        case 'constraints':
        case 'key':
          words.push(cell);
          break;
        case 'required':
          if (YES.test(cell)) field.nullable = false;
          else if (NO.test(cell)) field.nullable = true;
          break;
        case 'nullable':
          if (YES.test(cell)) field.nullable = true;
          else if (NO.test(cell)) field.nullable = false;
          break;
        case 'default':
          if (!NO.test(cell) && !/^(none|n\/a|nessuno)$/i.test(cell)) field.default = cell;
          break;
        case 'notes':
          field.description = cell;
          break;
        default:
          break;
      }
    });
    const notesIndex = r.indexOf('notes');
    const notes = notesIndex >= 0 ? cellText(row.cells[notesIndex] ?? '') : '';
    applyWords(field, readConstraintWords(words.join(', ')));
    // Notes are free text: take only the unambiguous key markers from them.
    const fromNotes = readConstraintWords(notes);
    if (fromNotes.references && !field.references) field.references = fromNotes.references;
    if (fromNotes.primaryKey) field.primaryKey = true;
    if (fromNotes.unique && /\bunique\b|\bunivoc[oa]\b/i.test(notes)) field.unique = true;
    entity.fields.push(field);
  }
  return entity.fields.length > 0 ? entity : null;
}
