import { describe, expect, it } from 'vitest';
import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { memoryHost } from '../../src/host.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { compile } from '../../src/pipeline.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// Sequelize models were not read at all: a project whose data model is its `src/models/*.js` got
// "no data model is described" and sections 1 and 2 missing (the Finnish trial saunavuoro).
const CLASS_FORM = `# Modelos

\`\`\`javascript
const { Model, DataTypes } = require('sequelize');
module.exports = (sequelize) => {
  class Reserva extends Model {
    static associate(models) {
      Reserva.belongsTo(models.Socio, { foreignKey: 'socioId', onDelete: 'CASCADE' });
      Reserva.belongsTo(models.Pista);
      Reserva.hasMany(models.Pago, { foreignKey: 'reservaId' });
    }
  }
  Reserva.init(
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      socioId: { type: DataTypes.UUID, allowNull: false },
      inicio: { type: DataTypes.DATE, allowNull: false },
      importe: { type: DataTypes.DECIMAL(8, 2), allowNull: false, defaultValue: 0 },
      estado: { type: DataTypes.ENUM('pendiente', 'pagada', 'anulada'), allowNull: false, defaultValue: 'pendiente' },
      jugadores: { type: DataTypes.SMALLINT, validate: { min: 1, max: 4 } },
      codigo: { type: DataTypes.STRING(12), unique: true, validate: { is: /^[A-Z0-9]+$/ } },
      notas: DataTypes.TEXT,
    },
    {
      sequelize,
      modelName: 'Reserva',
      tableName: 'reservas',
      underscored: true,
      paranoid: true,
      indexes: [{ unique: true, fields: ['pista_id', 'inicio'], where: { estado: 'pagada' } }],
    },
  );
  return Reserva;
};
\`\`\`
`;

const DEFINE_FORM = `# Modelos

\`\`\`js
module.exports = (sequelize, DataTypes) => {
  const Tarifa = sequelize.define('Tarifa', {
    nombre: { type: DataTypes.STRING, allowNull: false },
    franjas: { type: DataTypes.ARRAY(DataTypes.STRING), defaultValue: [] },
  }, { timestamps: false, freezeTableName: true });
  return Tarifa;
};
\`\`\`
`;

const fields = (e: { fields: { name: string }[] } | undefined) =>
  Object.fromEntries((e?.fields ?? []).map((f) => [f.name, f])) as Record<string, Record<string, unknown>>;

function read(text: string) {
  const doc = docFrom('docs/models.md', text);
  return schemaCodeExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] }).fragment;
}

describe('Sequelize models', () => {
  it('reads Model.init attributes with Sequelize defaults: nullability, underscored columns, timestamps, paranoid', () => {
    const fragment = read(CLASS_FORM);
    expect(fragment.entities?.map((e) => [e.name, e.table])).toEqual([['Reserva', 'reservas']]);
    const f = fields(fragment.entities![0]);
    expect(f.id).toMatchObject({
      primaryKey: true,
      nullable: false,
      type: { scalar: 'integer', generated: true },
    });
    // `underscored: true` names every column in snake_case; `allowNull: false` is NOT NULL.
    expect(f.socio_id).toMatchObject({
      nullable: false,
      references: { entity: 'Socio', field: 'id', onDelete: 'cascade' },
    });
    expect(f.importe).toMatchObject({ default: '0', type: { scalar: 'decimal', precision: 8, scale: 2 } });
    expect(f.estado).toMatchObject({
      default: "'pendiente'",
      enumValues: ['pendiente', 'pagada', 'anulada'],
    });
    // Without `allowNull: false` an attribute accepts NULL (Sequelize's default), and the shorthand
    // `notas: DataTypes.TEXT` is an attribute too.
    expect(f.jugadores).toMatchObject({ nullable: true, check: 'jugadores >= 1 AND jugadores <= 4' });
    expect(f.notas).toMatchObject({ nullable: true, type: { scalar: 'text' } });
    expect(f.codigo).toMatchObject({
      unique: true,
      type: { length: 12 },
      pattern: { source: '^[A-Z0-9]+$' },
    });
    // `belongsTo(models.Pista)` without a foreignKey adds `pistaId` (snake_case here) of the key's type.
    expect(f.pista_id).toMatchObject({
      references: { entity: 'Pista', field: 'id' },
      type: { scalar: 'integer' },
    });
    // timestamps are on by default; paranoid adds the nullable deletion time.
    expect(f.created_at).toMatchObject({ nullable: false, type: { scalar: 'datetime' } });
    expect(f.updated_at).toMatchObject({ nullable: false });
    expect(f.deleted_at).toMatchObject({ nullable: true });
    expect(fragment.indexes).toEqual([
      expect.objectContaining({
        entity: 'reservas',
        columns: ['pista_id', 'inicio'],
        unique: true,
        where: "estado = 'pagada'",
      }),
    ]);
    expect(fragment.relationships).toEqual([
      expect.objectContaining({ from: 'Reserva', to: 'Pago', kind: 'one-to-many' }),
    ]);
  });

  it('reads sequelize.define with timestamps: false, freezeTableName and array defaults', () => {
    const fragment = read(DEFINE_FORM);
    const [tarifa] = fragment.entities!;
    expect(tarifa).toMatchObject({ name: 'Tarifa', table: 'Tarifa' });
    expect(tarifa!.noTimestamps).toBeDefined();
    const f = fields(tarifa);
    expect(Object.keys(f)).toEqual(['nombre', 'franjas']);
    expect(f.nombre).toMatchObject({ nullable: false, type: { scalar: 'string', length: 255 } });
    expect(f.franjas).toMatchObject({ default: "'{}'", type: { scalar: 'array', items: 'string' } });
  });

  it('compiles the models folder an architecture names, keeping a stated `timestamps: false`', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n## Requisitos\n\n- RF-01: El socio reserva una pista.\n',
        '/p/docs/architecture.md':
          '# Arquitectura\n\nEl modelo de datos está definido en los modelos Sequelize de `src/models/`.\n',
        '/p/src/models/reserva.js': CLASS_FORM.split('```')[1]!.replace(/^javascript\n/, ''),
        '/p/src/models/tarifa.js': DEFINE_FORM.split('```')[1]!.replace(/^js\n/, ''),
      }),
    );
    const byTable = Object.fromEntries(r.spec!.entities.map((e) => [e.table, e]));
    expect(Object.keys(byTable).sort()).toEqual(['reservas', 'tarifa']);
    expect(byTable.reservas!.fields.find((f) => f.column === 'socio_id')?.origin).toMatchObject({
      kind: 'source',
      file: 'src/models/reserva.js',
    });
    // The stated `timestamps: false` beats the workflow's default created_at/updated_at.
    expect(byTable.tarifa!.fields.map((f) => f.column)).not.toContain('created_at');
    expect(byTable.reservas!.fields.map((f) => f.column)).toContain('created_at');
  });
});
