import type { Messages } from '../en/index.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Dutch wording of the data sections (1. Datamodellen, 2. Databaseschema). */
export const data: Messages['data'] = {
  models: {
    intro: (entities, relationships, indexes) =>
      `${plural(entities, 'entiteit', 'entiteiten')}, ${plural(relationships, 'relatie', 'relaties')} en ${plural(indexes, 'index', 'indexen')}. Elk onderdeel verwijst naar de documentregel waaruit het is gelezen of naar de regel die het heeft ontworpen.`,
    legend:
      'De interfaces gebruiken de namen van de API (camelCase); de commentaren noemen de databasebeperkingen. Datums en tijden gaan over de lijn als RFC 3339-strings, decimalen als getallen.',
    source: 'Herkomst',
    alsoIn: 'Ook beschreven in',
    table: 'Tabel',
    flags: {
      joinTable: 'koppeltabel van een veel-op-veelrelatie',
      appendOnly: 'alleen toevoegen: rijen worden nooit bijgewerkt of verwijderd',
      softDelete: 'zacht verwijderen: `deleted_at` markeert verwijderde rijen',
      tenant: (column) => `per tenant gescheiden via \`${column}\``,
    },
    diagramsHeading: 'Entiteit-relatiediagrammen',
    diagramsIntro: (areas) =>
      areas === 1
        ? 'De entiteiten en de vreemde sleutels die ze verbinden; de kolommen staan in de interfaces hieronder.'
        : `De entiteiten in ${areas} gebieden, gegroepeerd op vreemde sleutels, hoogstens 15 per diagram; de kolommen staan in de interfaces hieronder.`,
    area: (root, entities) => `Gebied **${root}** (${plural(entities, 'entiteit', 'entiteiten')})`,
    unlinked: (entities) => `${plural(entities, 'entiteit', 'entiteiten')} zonder sleutels onderling`,
    crossArea: 'Sleutels naar andere gebieden',
    inArea: (root) => `gebied ${root}`,
    relationshipsHeading: 'Relaties',
    indexesHeading: 'Indexen',
    validationHeading: 'Validatie',
    noRelationships: 'Geen.',
    manyToOne: (target, column, onDelete) =>
      `veel-op-een → **${target}** via \`${column}\`${onDelete ? ` (bij verwijderen: ${onDelete})` : ''}`,
    oneToOneOwned: (target, column, onDelete) =>
      `een-op-een → **${target}** via \`${column}\`${onDelete ? ` (bij verwijderen: ${onDelete})` : ''}`,
    oneToMany: (target, column) => `een-op-veel → **${target}** (\`${column}\`)`,
    oneToOne: (target, column) => `een-op-een → **${target}** (\`${column}\`)`,
    manyToMany: (target, through) => `veel-op-veel ↔ **${target}** via \`${through}\``,
    indexTable: {
      name: 'Index',
      columns: 'Kolommen',
      unique: 'Uniek',
      purpose: 'Doel',
      origin: 'Herkomst',
    },
    validationTable: { field: 'Veld', rules: 'Regels' },
    yes: 'ja',
    no: 'nee',
    purpose: {
      stated: 'vermeld in de documenten',
      uniqueConstraint: 'uniciteitsbeperking',
    },
  },
  comment: {
    pk: 'PK',
    fk: (target, onDelete) => `FK → ${target}${onDelete ? `, bij verwijderen ${onDelete}` : ''}`,
    unique: 'uniek',
    maxLength: (n) => `max. ${n}`,
    decimal: (p, s) => `decimal(${p},${s})`,
    generated: 'gegenereerd door de database',
    default: (value) => `standaard ${value}`,
    sensitive: 'geheim: de API geeft het nooit terug',
    readOnly: 'alleen-lezen',
    tenant: 'tenantbereik',
    computed: (expr) => `altijd gegenereerd als ${expr}`,
    check: (expr) => `check ${expr}`,
    rule: (rule) => `toegevoegd door regel ${rule}`,
    from: (where) => `uit ${where}`,
    enumOf: (name) => `enum ${name}`,
  },
  schema: {
    dialectNames: {
      postgresql: 'PostgreSQL 13 of hoger',
      mysql: 'MySQL 8.0.16 of hoger',
      sqlite: 'SQLite 3.35 of hoger',
      mongodb: 'MongoDB',
    },
    dialect: (label, origin) => `Database: **${label}** (${origin}).`,
    files: (files) => `Schemabestanden naast dit document: ${files}.`,
    uuidBuiltIn:
      '`gen_random_uuid()` zit in PostgreSQL 13 en hoger ingebouwd, dus UUID-sleutels hebben de extensie `pgcrypto` niet nodig.',
    extensionsHeading: 'Extensies en opsommingstypen',
    mongoCollections:
      'De collecties worden aangemaakt met `$jsonSchema`-validators (validationLevel strict) en met hun indexen.',
    columns: {
      column: 'Kolom',
      type: 'Type',
      constraints: 'Beperkingen',
      default: 'Standaardwaarde',
      notes: 'Opmerkingen',
    },
    fieldColumns: {
      column: 'Veld',
      type: 'BSON-type',
      constraints: 'Beperkingen',
      default: 'Standaardwaarde',
      notes: 'Opmerkingen',
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
    deferredForeignKeys: 'Vreemde sleutels die een kring sluiten, worden na alle tabellen toegevoegd:',
    verified: (summary) => `Verificatie: ${summary}.`,
    notVerified: 'In deze run is het schema op geen enkele database toegepast (verificatie overgeslagen).',
    aspect: (aspect, rule) => `${aspect}: regel ${rule}`,
  },
};
