import { describe, expect, it } from 'vitest';
import { schemaCodeExtractor } from '../../src/extract/schema-code.js';
import { documentsLanguage, otherLanguage } from '../../src/knowledge/name-language.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// Tortoise ORM models were read as Django's by their shared class names: `IntField`,
// `DatetimeField`, `ForeignKeyField`, `CharEnumField` were unknown, so a model of only those lost
// all its fields (the Catalan trial verema lost `Torn`), `Meta.table` was ignored (`campanyas`
// instead of the stated `campanyes`), keys became UUIDs by the default rule and no foreign key
// was read (0 relationships).
const MODELS = `# Data model

\`\`\`python
from enum import Enum
from tortoise import fields
from tortoise.models import Model


class LoanStatus(str, Enum):
    OPEN = "open"
    RETURNED = "returned"


class Member(Model):
    card_number = fields.CharField(max_length=12, unique=True)
    name = fields.CharField(max_length=100, description="Full name as on the card")
    joined = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "library_members"


class Loan(Model):
    id = fields.BigIntField(pk=True)
    member: fields.ForeignKeyRelation[Member] = fields.ForeignKeyField(
        "models.Member", related_name="loans", on_delete=fields.RESTRICT
    )
    copy = fields.OneToOneField("models.Copy", related_name="current_loan", null=True)
    due = fields.DateField(index=True)
    renewals = fields.SmallIntField(default=0)
    status = fields.CharEnumField(LoanStatus, max_length=10, default=LoanStatus.OPEN)
    fines: fields.ReverseRelation["Fine"]

    class Meta:
        table = "loans"
        unique_together = (("member", "copy"),)
        indexes = (("member", "due"),)
\`\`\`
`;

const fields = (e: { fields: { name: string }[] } | undefined) =>
  Object.fromEntries((e?.fields ?? []).map((f) => [f.name, f])) as Record<string, Record<string, unknown>>;

function read(text: string) {
  const doc = docFrom('docs/models.md', text);
  return schemaCodeExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] }).fragment;
}

describe('Tortoise ORM models', () => {
  const fragment = read(MODELS);
  const member = fragment.entities?.find((e) => e.name === 'Member');
  const loan = fragment.entities?.find((e) => e.name === 'Loan');

  it('names tables from Meta.table and gives a model without a key the implicit generated IntField', () => {
    expect(fragment.entities?.map((e) => [e.name, e.table])).toEqual([
      ['Member', 'library_members'],
      ['Loan', 'loans'],
    ]);
    expect(fields(member).id).toMatchObject({
      primaryKey: true,
      type: { scalar: 'integer', generated: true },
    });
    expect(fields(loan).id).toMatchObject({ primaryKey: true, type: { scalar: 'bigint', generated: true } });
  });

  it('reads Tortoise field classes, NOT NULL unless null=True, auto_now_add as now()', () => {
    const f = fields(member);
    expect(f.card_number).toMatchObject({
      unique: true,
      nullable: false,
      type: { scalar: 'string', length: 12 },
    });
    expect(f.name).toMatchObject({ description: 'Full name as on the card' });
    expect(f.joined).toMatchObject({ default: 'now()', nullable: false });
    const l = fields(loan);
    expect(l.renewals).toMatchObject({ default: '0', nullable: false });
    expect(l.status).toMatchObject({ enumName: 'LoanStatus', default: "'open'" });
    expect(Object.keys(l)).not.toContain('fines');
  });

  it('stores a foreign key in <name>_id, cascading unless on_delete says otherwise', () => {
    const l = fields(loan);
    expect(l.member_id).toMatchObject({
      nullable: false,
      references: { entity: 'Member', field: 'id', onDelete: 'restrict' },
    });
    expect(l.copy_id).toMatchObject({
      nullable: true,
      unique: true,
      references: { entity: 'Copy', field: 'id', onDelete: 'cascade' },
    });
  });

  it('reads Meta.unique_together, Meta.indexes and index=True over the key columns', () => {
    expect(loan?.uniques).toContainEqual(['member_id', 'copy_id']);
    const idx = fragment.indexes?.filter((i) => i.entity === 'Loan').map((i) => i.columns);
    expect(idx).toContainEqual(['member_id', 'due']);
    expect(idx).toContainEqual(['due']);
  });
});

describe('Catalan documents', () => {
  // A Catalan PRD counted as Spanish by the function words the two languages share ("el", "del",
  // "que", "una", "es"): its spec came out in Spanish.
  const CA = `Els socis reserven torns amb l'aplicació. Una reserva es pot cancel·lar fins a 12 hores abans
del torn, però no després. Aquest document també descriu les regles: cada entrada és del soci que la
porta i només l'enòleg la pot rebutjar. Les dades dels socis es desen a la UE. Quan hi ha un error,
el sistema ho registra. Tots els treballs es reintenten. Així, les liquidacions són correctes perquè
les calcula el servidor amb els preus de la campanya, sense correccions manuals. Els avisos s'envien
pel correu. Cal que totes les rutes siguin segures i que les dades més sensibles no surtin mai.`;
  const ES = `Los socios reservan turnos con la aplicación. Una reserva se puede cancelar hasta 12 horas antes
del turno, pero no después. Este documento también describe las reglas: cada entrada es del socio que
la trae y solo el enólogo la puede rechazar. Los datos de los socios se guardan en la UE. Cuando hay un
error, el sistema lo registra. Todos los trabajos se reintentan. Así, las liquidaciones son correctas
porque las calcula el servidor con los precios de la campaña, sin correcciones manuales.`;

  it('tells Catalan from Spanish and leaves Spanish documents Spanish', () => {
    expect(otherLanguage([CA])).toBe('ca');
    expect(documentsLanguage([CA])).toBe('en');
    expect(otherLanguage([ES])).toBeNull();
    expect(documentsLanguage([ES])).toBe('es');
  });
});
