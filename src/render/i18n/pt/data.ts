import type { Messages } from '../en/index.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Portuguese wording of the data sections (1. Modelos de dados, 2. Esquema do banco de dados). */
export const data: Messages['data'] = {
  models: {
    intro: (entities, relationships, indexes) =>
      `${plural(entities, 'entidade', 'entidades')}, ${plural(relationships, 'relacionamento', 'relacionamentos')} e ${plural(indexes, 'índice', 'índices')}. Cada item cita a linha do documento de onde foi lido ou a regra que o projetou.`,
    legend:
      'As interfaces usam os nomes da API (camelCase); os comentários trazem as restrições do banco de dados. Datas e horas trafegam como strings RFC 3339, e decimais como números.',
    source: 'Origem',
    alsoIn: 'Também descrito em',
    table: 'Tabela',
    flags: {
      joinTable: 'tabela de junção de um relacionamento muitos-para-muitos',
      appendOnly: 'somente inserção: as linhas nunca são atualizadas nem excluídas',
      softDelete: 'exclusão lógica: `deleted_at` marca as linhas removidas',
      tenant: (column) => `isolado por inquilino via \`${column}\``,
    },
    diagramsHeading: 'Diagramas entidade-relacionamento',
    diagramsIntro: (areas) =>
      areas === 1
        ? 'As entidades e as chaves estrangeiras entre elas; as colunas estão nas interfaces abaixo.'
        : `As entidades em ${areas} áreas agrupadas pelas suas chaves estrangeiras, no máximo 15 por diagrama; as colunas estão nas interfaces abaixo.`,
    area: (root, entities) => `Área **${root}** (${entities} ${entities === 1 ? 'entidade' : 'entidades'})`,
    unlinked: (entities) => `${entities} entidades sem chaves entre elas`,
    crossArea: 'Chaves para outras áreas',
    inArea: (root) => `área ${root}`,
    relationshipsHeading: 'Relacionamentos',
    indexesHeading: 'Índices',
    validationHeading: 'Validação',
    noRelationships: 'Nenhum.',
    manyToOne: (target, column, onDelete) =>
      `muitos-para-um → **${target}** via \`${column}\`${onDelete ? ` (ao excluir: ${onDelete})` : ''}`,
    oneToOneOwned: (target, column, onDelete) =>
      `um-para-um → **${target}** via \`${column}\`${onDelete ? ` (ao excluir: ${onDelete})` : ''}`,
    oneToMany: (target, column) => `um-para-muitos → **${target}** (\`${column}\`)`,
    oneToOne: (target, column) => `um-para-um → **${target}** (\`${column}\`)`,
    manyToMany: (target, through) => `muitos-para-muitos ↔ **${target}** por meio de \`${through}\``,
    indexTable: {
      name: 'Índice',
      columns: 'Colunas',
      unique: 'Único',
      purpose: 'Finalidade',
      origin: 'Origem',
    },
    validationTable: { field: 'Campo', rules: 'Regras' },
    yes: 'sim',
    no: 'não',
    purpose: {
      stated: 'declarado nos documentos',
      uniqueConstraint: 'restrição de unicidade',
    },
  },
  comment: {
    pk: 'PK',
    fk: (target, onDelete) => `FK → ${target}${onDelete ? `, ao excluir ${onDelete}` : ''}`,
    unique: 'único',
    maxLength: (n) => `máx. ${n}`,
    decimal: (p, s) => `decimal(${p},${s})`,
    generated: 'gerado pelo banco de dados',
    default: (value) => `padrão ${value}`,
    sensitive: 'segredo: nunca retornado pela API',
    readOnly: 'somente leitura',
    tenant: 'escopo do inquilino',
    computed: (expr) => `gerada sempre como ${expr}`,
    check: (expr) => `check ${expr}`,
    rule: (rule) => `adicionado pela regra ${rule}`,
    from: (where) => `de ${where}`,
    enumOf: (name) => `enum ${name}`,
  },
  schema: {
    dialectNames: {
      postgresql: 'PostgreSQL 13 ou posterior',
      mysql: 'MySQL 8.0.16 ou posterior',
      sqlite: 'SQLite 3.35 ou posterior',
      mongodb: 'MongoDB',
    },
    dialect: (label, origin) => `Banco de dados: **${label}** (${origin}).`,
    files: (files) => `Arquivos do esquema ao lado deste documento: ${files}.`,
    uuidBuiltIn:
      '`gen_random_uuid()` já vem no PostgreSQL 13 e posteriores, então as chaves UUID não precisam da extensão `pgcrypto`.',
    extensionsHeading: 'Extensões e tipos enumerados',
    mongoCollections:
      'As coleções são criadas com validadores `$jsonSchema` (validationLevel strict) e seus índices.',
    columns: {
      column: 'Coluna',
      type: 'Tipo',
      constraints: 'Restrições',
      default: 'Padrão',
      notes: 'Observações',
    },
    fieldColumns: {
      column: 'Campo',
      type: 'Tipo BSON',
      constraints: 'Restrições',
      default: 'Padrão',
      notes: 'Observações',
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
      'As chaves estrangeiras que fecham um ciclo são adicionadas depois de todas as tabelas:',
    verified: (summary) => `Verificação: ${summary}.`,
    notVerified: 'Nesta execução o esquema não foi aplicado a nenhum banco de dados (verificação ignorada).',
    aspect: (aspect, rule) => `${aspect}: regra ${rule}`,
  },
};
