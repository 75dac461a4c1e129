import type { Messages } from '../en/index.js';

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** French wording of the data sections (1. Modèles de données, 2. Schéma de la base de données). */
export const data: Messages['data'] = {
  models: {
    intro: (entities, relationships, indexes) =>
      `${plural(entities, 'entité', 'entités')}, ${plural(relationships, 'relation', 'relations')} et ${plural(indexes, 'index', 'index')}. Chaque élément cite la ligne du document d’où il a été lu, ou la règle qui l’a conçu.`,
    legend:
      'Les interfaces utilisent les noms de l’API (camelCase) ; les commentaires donnent les contraintes de la base de données. Les dates et heures circulent sous forme de chaînes RFC 3339, les décimaux sous forme de nombres.',
    source: 'Source',
    alsoIn: 'Également décrit dans',
    table: 'Table',
    flags: {
      joinTable: 'table de jointure d’une relation plusieurs-à-plusieurs',
      appendOnly: 'ajout seul : les lignes ne sont jamais modifiées ni supprimées',
      softDelete: 'suppression logique : `deleted_at` marque les lignes supprimées',
      tenant: (column) => `cloisonné par locataire via \`${column}\``,
    },
    diagramsHeading: 'Diagrammes entité-association',
    diagramsIntro: (areas) =>
      areas === 1
        ? 'Les entités et les clés étrangères qui les relient ; les colonnes sont dans les interfaces ci-dessous.'
        : `Les entités en ${areas} zones regroupées par leurs clés étrangères, 15 au plus par diagramme ; les colonnes sont dans les interfaces ci-dessous.`,
    area: (root, entities) => `Zone **${root}** (${entities} ${entities === 1 ? 'entité' : 'entités'})`,
    unlinked: (entities) => `${entities} entités sans clé entre elles`,
    crossArea: 'Clés vers d’autres zones',
    inArea: (root) => `zone ${root}`,
    relationshipsHeading: 'Relations',
    indexesHeading: 'Index',
    validationHeading: 'Validation',
    noRelationships: 'Aucune.',
    manyToOne: (target, column, onDelete) =>
      `plusieurs-à-un → **${target}** via \`${column}\`${onDelete ? ` (à la suppression : ${onDelete})` : ''}`,
    oneToOneOwned: (target, column, onDelete) =>
      `un-à-un → **${target}** via \`${column}\`${onDelete ? ` (à la suppression : ${onDelete})` : ''}`,
    oneToMany: (target, column) => `un-à-plusieurs → **${target}** (\`${column}\`)`,
    oneToOne: (target, column) => `un-à-un → **${target}** (\`${column}\`)`,
    manyToMany: (target, through) => `plusieurs-à-plusieurs ↔ **${target}** via \`${through}\``,
    indexTable: { name: 'Index', columns: 'Colonnes', unique: 'Unique', purpose: 'Rôle', origin: 'Source' },
    validationTable: { field: 'Champ', rules: 'Règles' },
    yes: 'oui',
    no: 'non',
    purpose: {
      stated: 'énoncé dans les documents',
      uniqueConstraint: 'contrainte d’unicité',
    },
  },
  comment: {
    pk: 'PK',
    fk: (target, onDelete) => `FK → ${target}${onDelete ? `, à la suppression ${onDelete}` : ''}`,
    unique: 'unique',
    maxLength: (n) => `max. ${n}`,
    decimal: (p, s) => `decimal(${p},${s})`,
    generated: 'généré par la base de données',
    default: (value) => `par défaut ${value}`,
    sensitive: 'secret : jamais renvoyé par l’API',
    readOnly: 'lecture seule',
    tenant: 'périmètre du locataire',
    computed: (expr) => `générée toujours comme ${expr}`,
    check: (expr) => `check ${expr}`,
    rule: (rule) => `ajouté par la règle ${rule}`,
    from: (where) => `d’après ${where}`,
    enumOf: (name) => `enum ${name}`,
  },
  schema: {
    dialectNames: {
      postgresql: 'PostgreSQL 13 ou ultérieur',
      mysql: 'MySQL 8.0.16 ou ultérieur',
      sqlite: 'SQLite 3.35 ou ultérieur',
      mongodb: 'MongoDB',
    },
    dialect: (label, origin) => `Base de données : **${label}** (${origin}).`,
    files: (files) => `Fichiers du schéma à côté de ce document : ${files}.`,
    uuidBuiltIn:
      '`gen_random_uuid()` est intégré à PostgreSQL 13 et versions ultérieures : les clés UUID n’ont donc pas besoin de l’extension `pgcrypto`.',
    extensionsHeading: 'Extensions et types énumérés',
    mongoCollections:
      'Les collections sont créées avec des validateurs `$jsonSchema` (validationLevel strict) et leurs index.',
    columns: {
      column: 'Colonne',
      type: 'Type',
      constraints: 'Contraintes',
      default: 'Valeur par défaut',
      notes: 'Remarques',
    },
    fieldColumns: {
      column: 'Champ',
      type: 'Type BSON',
      constraints: 'Contraintes',
      default: 'Valeur par défaut',
      notes: 'Remarques',
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
    deferredForeignKeys: 'Les clés étrangères qui ferment un cycle sont ajoutées après toutes les tables :',
    verified: (summary) => `Vérification : ${summary}.`,
    notVerified:
      'Le schéma n’a été appliqué à aucune base de données lors de cette exécution (vérification ignorée).',
    aspect: (aspect, rule) => `${aspect} : règle ${rule}`,
  },
};
