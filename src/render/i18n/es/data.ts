import type { Messages } from '../en/index.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Spanish wording of the data sections (1. Modelos de datos, 2. Esquema de base de datos). */
export const data: Messages['data'] = {
  models: {
    intro: (entities, relationships, indexes) =>
      `${plural(entities, 'entidad', 'entidades')}, ${plural(relationships, 'relación', 'relaciones')} y ${plural(indexes, 'índice', 'índices')}. Cada elemento cita la línea del documento de la que se leyó o la regla que lo diseñó.`,
    legend:
      'Las interfaces usan los nombres de la API (camelCase); los comentarios indican las restricciones de la base de datos. Las fechas y horas viajan como cadenas RFC 3339 y los decimales como números.',
    source: 'Origen',
    alsoIn: 'También descrito en',
    table: 'Tabla',
    flags: {
      joinTable: 'tabla intermedia de una relación muchos a muchos',
      appendOnly: 'solo inserción: las filas nunca se actualizan ni se borran',
      softDelete: 'borrado lógico: `deleted_at` marca las filas eliminadas',
      tenant: (column) => `aislado por inquilino mediante \`${column}\``,
    },
    diagramsHeading: 'Diagramas entidad-relación',
    diagramsIntro: (areas) =>
      areas === 1
        ? 'Las entidades y las claves foráneas entre ellas; las columnas están en las interfaces de abajo.'
        : `Las entidades en ${areas} áreas agrupadas por sus claves foráneas, como máximo 15 por diagrama; las columnas están en las interfaces de abajo.`,
    area: (root, entities) => `Área **${root}** (${entities} ${entities === 1 ? 'entidad' : 'entidades'})`,
    unlinked: (entities) => `${entities} entidades sin claves entre ellas`,
    crossArea: 'Claves hacia otras áreas',
    inArea: (root) => `área ${root}`,
    relationshipsHeading: 'Relaciones',
    indexesHeading: 'Índices',
    validationHeading: 'Validación',
    noRelationships: 'Ninguna.',
    manyToOne: (target, column, onDelete) =>
      `muchos a uno → **${target}** mediante \`${column}\`${onDelete ? ` (al borrar: ${onDelete})` : ''}`,
    oneToOneOwned: (target, column, onDelete) =>
      `uno a uno → **${target}** mediante \`${column}\`${onDelete ? ` (al borrar: ${onDelete})` : ''}`,
    oneToMany: (target, column) => `uno a muchos → **${target}** (\`${column}\`)`,
    oneToOne: (target, column) => `uno a uno → **${target}** (\`${column}\`)`,
    manyToMany: (target, through) => `muchos a muchos ↔ **${target}** a través de \`${through}\``,
    indexTable: {
      name: 'Índice',
      columns: 'Columnas',
      unique: 'Único',
      purpose: 'Finalidad',
      origin: 'Origen',
    },
    validationTable: { field: 'Campo', rules: 'Reglas' },
    yes: 'sí',
    no: 'no',
    purpose: {
      stated: 'indicado en los documentos',
      uniqueConstraint: 'restricción de unicidad',
    },
  },
  comment: {
    pk: 'PK',
    fk: (target, onDelete) => `FK → ${target}${onDelete ? `, al borrar ${onDelete}` : ''}`,
    unique: 'único',
    maxLength: (n) => `máx. ${n}`,
    decimal: (p, s) => `decimal(${p},${s})`,
    generated: 'generado por la base de datos',
    default: (value) => `por defecto ${value}`,
    sensitive: 'secreto: la API nunca lo devuelve',
    readOnly: 'solo lectura',
    tenant: 'ámbito del inquilino',
    computed: (expr) => `generada siempre como ${expr}`,
    check: (expr) => `check ${expr}`,
    rule: (rule) => `añadido por la regla ${rule}`,
    from: (where) => `de ${where}`,
    enumOf: (name) => `enum ${name}`,
  },
  schema: {
    dialectNames: {
      postgresql: 'PostgreSQL 13 o posterior',
      mysql: 'MySQL 8.0.16 o posterior',
      sqlite: 'SQLite 3.35 o posterior',
      mongodb: 'MongoDB',
    },
    dialect: (label, origin) => `Base de datos: **${label}** (${origin}).`,
    files: (files) => `Archivos del esquema junto a este documento: ${files}.`,
    uuidBuiltIn:
      '`gen_random_uuid()` viene incluido en PostgreSQL 13 y posteriores, así que las claves UUID no necesitan la extensión `pgcrypto`.',
    extensionsHeading: 'Extensiones y tipos enumerados',
    mongoCollections:
      'Las colecciones se crean con validadores `$jsonSchema` (validationLevel strict) y sus índices.',
    columns: {
      column: 'Columna',
      type: 'Tipo',
      constraints: 'Restricciones',
      default: 'Valor por defecto',
      notes: 'Notas',
    },
    fieldColumns: {
      column: 'Campo',
      type: 'Tipo BSON',
      constraints: 'Restricciones',
      default: 'Valor por defecto',
      notes: 'Notas',
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
    deferredForeignKeys: 'Las claves foráneas que cierran un ciclo se añaden después de todas las tablas:',
    verified: (summary) => `Verificación: ${summary}.`,
    notVerified: 'En esta ejecución el esquema no se aplicó a ninguna base de datos (verificación omitida).',
    aspect: (aspect, rule) => `${aspect}: regla ${rule}`,
  },
};
