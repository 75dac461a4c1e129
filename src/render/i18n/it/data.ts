import type { Messages } from '../en/index.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Italian wording of the data sections (1. Modelli dei dati, 2. Schema del database). */
export const data: Messages['data'] = {
  models: {
    intro: (entities, relationships, indexes) =>
      `${plural(entities, 'entità', 'entità')}, ${plural(relationships, 'relazione', 'relazioni')} e ${plural(indexes, 'indice', 'indici')}. Ogni elemento cita la riga del documento da cui è stato letto o la regola che lo ha progettato.`,
    legend:
      'Le interfacce usano i nomi dell’API (camelCase); i commenti indicano i vincoli del database. Date e orari viaggiano come stringhe RFC 3339, i decimali come numeri.',
    source: 'Origine',
    alsoIn: 'Descritto anche in',
    table: 'Tabella',
    flags: {
      joinTable: 'tabella di collegamento di una relazione molti a molti',
      appendOnly: 'solo inserimento: le righe non vengono mai aggiornate né cancellate',
      softDelete: 'cancellazione logica: `deleted_at` segna le righe eliminate',
      tenant: (column) => `isolata per tenant tramite \`${column}\``,
    },
    diagramsHeading: 'Diagrammi entità-relazione',
    diagramsIntro: (areas) =>
      areas === 1
        ? 'Le entità e le chiavi esterne che le collegano; le colonne sono nelle interfacce qui sotto.'
        : `Le entità in ${areas} aree raggruppate per chiavi esterne, al massimo 15 per diagramma; le colonne sono nelle interfacce qui sotto.`,
    area: (root, entities) => `Area **${root}** (${entities} entità)`,
    unlinked: (entities) => `${entities} entità senza chiavi tra loro`,
    crossArea: 'Chiavi verso altre aree',
    inArea: (root) => `area ${root}`,
    relationshipsHeading: 'Relazioni',
    indexesHeading: 'Indici',
    validationHeading: 'Validazione',
    noRelationships: 'Nessuna.',
    manyToOne: (target, column, onDelete) =>
      `molti a uno → **${target}** tramite \`${column}\`${onDelete ? ` (alla cancellazione: ${onDelete})` : ''}`,
    oneToOneOwned: (target, column, onDelete) =>
      `uno a uno → **${target}** tramite \`${column}\`${onDelete ? ` (alla cancellazione: ${onDelete})` : ''}`,
    oneToMany: (target, column) => `uno a molti → **${target}** (\`${column}\`)`,
    oneToOne: (target, column) => `uno a uno → **${target}** (\`${column}\`)`,
    manyToMany: (target, through) => `molti a molti ↔ **${target}** tramite \`${through}\``,
    indexTable: {
      name: 'Indice',
      columns: 'Colonne',
      unique: 'Univoco',
      purpose: 'Scopo',
      origin: 'Origine',
    },
    validationTable: { field: 'Campo', rules: 'Regole' },
    yes: 'sì',
    no: 'no',
    purpose: {
      stated: 'indicato nei documenti',
      uniqueConstraint: 'vincolo di unicità',
    },
  },
  comment: {
    pk: 'PK',
    fk: (target, onDelete) => `FK → ${target}${onDelete ? `, alla cancellazione ${onDelete}` : ''}`,
    unique: 'univoco',
    maxLength: (n) => `max ${n}`,
    decimal: (p, s) => `decimal(${p},${s})`,
    generated: 'generato dal database',
    default: (value) => `predefinito ${value}`,
    sensitive: 'segreto: l’API non lo restituisce mai',
    readOnly: 'sola lettura',
    tenant: 'ambito del tenant',
    computed: (expr) => `sempre generata come ${expr}`,
    check: (expr) => `check ${expr}`,
    rule: (rule) => `aggiunto dalla regola ${rule}`,
    from: (where) => `da ${where}`,
    enumOf: (name) => `enum ${name}`,
  },
  schema: {
    dialectNames: {
      postgresql: 'PostgreSQL 13 o successivo',
      mysql: 'MySQL 8.0.16 o successivo',
      sqlite: 'SQLite 3.35 o successivo',
      mongodb: 'MongoDB',
    },
    dialect: (label, origin) => `Database: **${label}** (${origin}).`,
    files: (files) => `File dello schema accanto a questo documento: ${files}.`,
    uuidBuiltIn:
      '`gen_random_uuid()` è incluso in PostgreSQL 13 e successivi, quindi le chiavi UUID non richiedono l’estensione `pgcrypto`.',
    extensionsHeading: 'Estensioni e tipi enumerati',
    mongoCollections:
      'Le collezioni vengono create con validatori `$jsonSchema` (validationLevel strict) e con i loro indici.',
    columns: {
      column: 'Colonna',
      type: 'Tipo',
      constraints: 'Vincoli',
      default: 'Valore predefinito',
      notes: 'Note',
    },
    fieldColumns: {
      column: 'Campo',
      type: 'Tipo BSON',
      constraints: 'Vincoli',
      default: 'Valore predefinito',
      notes: 'Note',
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
    deferredForeignKeys: 'Le chiavi esterne che chiudono un ciclo vengono aggiunte dopo tutte le tabelle:',
    verified: (summary) => `Verifica: ${summary}.`,
    notVerified: 'In questa esecuzione lo schema non è stato applicato a nessun database (verifica saltata).',
    aspect: (aspect, rule) => `${aspect}: regola ${rule}`,
  },
};
