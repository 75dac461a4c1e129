import type { Messages } from '../en/index.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** German wording of the data sections (1. Datenmodelle, 2. Datenbankschema) and the data checks. */
export const data: Messages['data'] = {
  models: {
    intro: (entities, relationships, indexes) =>
      `${plural(entities, 'Entität', 'Entitäten')}, ${plural(relationships, 'Beziehung', 'Beziehungen')} und ${plural(indexes, 'Index', 'Indizes')}. Jedes Element nennt die Dokumentzeile, aus der es gelesen wurde, oder die Regel, die es entworfen hat.`,
    legend:
      'Die Interfaces verwenden die Namen der API (camelCase); die Kommentare nennen die Datenbank-Constraints. Datums- und Zeitwerte werden als RFC-3339-Strings übertragen, Dezimalzahlen als Zahlen.',
    source: 'Quelle',
    alsoIn: 'Auch beschrieben in',
    table: 'Tabelle',
    flags: {
      joinTable: 'Verknüpfungstabelle einer n:m-Beziehung',
      appendOnly: 'nur anhängen: Zeilen werden nie geändert oder gelöscht',
      softDelete: 'weiches Löschen: `deleted_at` markiert entfernte Zeilen',
      tenant: (column) => `mandantengetrennt über \`${column}\``,
    },
    diagramsHeading: 'Entity-Relationship-Diagramme',
    diagramsIntro: (areas) =>
      areas === 1
        ? 'Die Entitäten und die Fremdschlüssel zwischen ihnen; die Spalten stehen in den Interfaces unten.'
        : `Die Entitäten in ${areas} Bereichen, nach ihren Fremdschlüsseln gruppiert, höchstens 15 je Diagramm; die Spalten stehen in den Interfaces unten.`,
    area: (root, entities) => `Bereich **${root}** (${entities} ${entities === 1 ? 'Entität' : 'Entitäten'})`,
    unlinked: (entities) => `${entities} Entitäten ohne Schlüssel untereinander`,
    crossArea: 'Schlüssel zu anderen Bereichen',
    inArea: (root) => `Bereich ${root}`,
    relationshipsHeading: 'Beziehungen',
    indexesHeading: 'Indizes',
    validationHeading: 'Validierung',
    noRelationships: 'Keine.',
    manyToOne: (target, column, onDelete) =>
      `n:1 → **${target}** über \`${column}\`${onDelete ? ` (beim Löschen: ${onDelete})` : ''}`,
    oneToOneOwned: (target, column, onDelete) =>
      `1:1 → **${target}** über \`${column}\`${onDelete ? ` (beim Löschen: ${onDelete})` : ''}`,
    oneToMany: (target, column) => `1:n → **${target}** (\`${column}\`)`,
    oneToOne: (target, column) => `1:1 → **${target}** (\`${column}\`)`,
    manyToMany: (target, through) => `n:m ↔ **${target}** über \`${through}\``,
    indexTable: {
      name: 'Index',
      columns: 'Spalten',
      unique: 'Eindeutig',
      purpose: 'Zweck',
      origin: 'Quelle',
    },
    validationTable: { field: 'Feld', rules: 'Regeln' },
    yes: 'ja',
    no: 'nein',
    purpose: {
      stated: 'in den Dokumenten festgelegt',
      uniqueConstraint: 'Eindeutigkeits-Constraint',
    },
  },
  comment: {
    pk: 'PK',
    fk: (target, onDelete) => `FK → ${target}${onDelete ? `, beim Löschen ${onDelete}` : ''}`,
    unique: 'eindeutig',
    maxLength: (n) => `max. ${n}`,
    decimal: (p, s) => `decimal(${p},${s})`,
    generated: 'von der Datenbank erzeugt',
    default: (value) => `Standardwert ${value}`,
    sensitive: 'geheim: wird nie von der API zurückgegeben',
    readOnly: 'schreibgeschützt',
    tenant: 'Mandantenbereich',
    computed: (expr) => `immer generiert als ${expr}`,
    check: (expr) => `check ${expr}`,
    rule: (rule) => `ergänzt durch Regel ${rule}`,
    from: (where) => `aus ${where}`,
    enumOf: (name) => `enum ${name}`,
  },
  schema: {
    dialectNames: {
      postgresql: 'PostgreSQL 13 oder neuer',
      mysql: 'MySQL 8.0.16 oder neuer',
      sqlite: 'SQLite 3.35 oder neuer',
      mongodb: 'MongoDB',
    },
    dialect: (label, origin) => `Datenbank: **${label}** (${origin}).`,
    files: (files) => `Schemadateien neben diesem Dokument: ${files}.`,
    uuidBuiltIn:
      '`gen_random_uuid()` ist ab PostgreSQL 13 eingebaut, daher brauchen UUID-Schlüssel keine `pgcrypto`-Erweiterung.',
    extensionsHeading: 'Erweiterungen und Enum-Typen',
    mongoCollections:
      'Die Collections werden mit `$jsonSchema`-Validatoren (validationLevel strict) und ihren Indizes angelegt.',
    columns: {
      column: 'Spalte',
      type: 'Typ',
      constraints: 'Constraints',
      default: 'Standardwert',
      notes: 'Hinweise',
    },
    fieldColumns: {
      column: 'Feld',
      type: 'BSON-Typ',
      constraints: 'Constraints',
      default: 'Standardwert',
      notes: 'Hinweise',
    },
    constraint: {
      pk: 'PRIMARY KEY',
      compositePk: (cols) => `PRIMARY KEY (${cols})`,
      notNull: 'NOT NULL',
      unique: 'UNIQUE',
      references: (target, onDelete) =>
        `FK → ${target}${onDelete ? ` ON DELETE ${onDelete.toUpperCase()}` : ''}`,
      check: (expr) => `CHECK (${expr})`,
      identity: 'identity',
    },
    deferredForeignKeys:
      'Fremdschlüssel, die einen Zyklus schließen, werden nach allen Tabellen hinzugefügt:',
    verified: (summary) => `Prüfung: ${summary}.`,
    notVerified: 'Das Schema wurde in diesem Lauf auf keine Datenbank angewendet (Prüfung übersprungen).',
    aspect: (aspect, rule) => `${aspect}: Regel ${rule}`,
  },
};
