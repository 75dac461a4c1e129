import { describe, expect, it } from 'vitest';
import { tablesExtractor } from '../../src/extract/tables.js';
import { memoryHost } from '../../src/host.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { compile } from '../../src/pipeline.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// An Italian field table (`Campo | Tipo | Obbligatorio | Note`) was dropped when fewer than half its
// types were English words, and `sì` (with its accent) was not read: every field became nullable.
const TABLES = `# Modello dei dati

## Cliente

| Campo | Tipo | Obbligatorio | Note |
|---|---|---|---|
| id | UUID | sì | chiave primaria |
| email | stringa | sì | univoca |
| ragione_sociale | testo | sì | |
| partita_iva | testo | no | non univoco |
| nato_il | data | no | |

## Ordine

| Campo | Tipo | Facoltativo | Predefinito | Vincoli | Descrizione |
|---|---|---|---|---|---|
| id | UUID | no | | chiave primaria | |
| cliente_id | UUID | no | | FK → Cliente | il cliente che ordina |
| quantita | intero | no | 1 | | |
| totale | decimale | no | | | in euro |
| spedito | booleano | sì | | | |
| creato_il | data e ora | no | | | |

## Nota di credito

| Campo | Tipo | Obbligatorio | Note |
|---|---|---|---|
| id | UUID | sì | |
| ordine_id | UUID | sì | FK → Ordine |
| motivo | testo | sì | |
`;

describe('Italian field tables', () => {
  it('reads Italian types, headers, sì/no and the key words of the notes', () => {
    const doc = docFrom('docs/architecture/data-models.md', TABLES);
    const { fragment } = tablesExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
    expect(fragment.entities?.map((e) => e.name)).toEqual(['Cliente', 'Ordine', 'NotaDiCredito']);
    const [cliente, ordine] = fragment.entities!;
    const c = Object.fromEntries(cliente!.fields.map((x) => [x.name, x]));
    expect(c.id).toMatchObject({ primaryKey: true, nullable: false });
    expect(c.email).toMatchObject({ nullable: false, unique: true, type: { scalar: 'string' } });
    expect(c.ragione_sociale).toMatchObject({ nullable: false, type: { scalar: 'text' } });
    expect(c.partita_iva?.nullable).toBe(true);
    expect(c.partita_iva?.unique).toBeFalsy();
    expect(c.nato_il?.type.scalar).toBe('date');
    const o = Object.fromEntries(ordine!.fields.map((x) => [x.name, x]));
    expect(o.id).toMatchObject({ primaryKey: true, nullable: false });
    expect(o.cliente_id?.references).toMatchObject({ entity: 'Cliente', field: 'id' });
    expect(o.quantita).toMatchObject({ nullable: false, default: '1', type: { scalar: 'integer' } });
    expect(o.totale?.type.scalar).toBe('decimal');
    expect(o.spedito).toMatchObject({ nullable: true, type: { scalar: 'boolean' } });
    expect(o.creato_il?.type.scalar).toBe('datetime');
  });

  it('names the tables with Italian plurals, the head noun of a compound first', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          '# PRD\n\n## Requisiti\n\n- FR1: Il cliente può creare un ordine e vedere le note di credito della propria azienda.\n- FR2: La segreteria può annullare gli ordini che non sono ancora spediti.\n',
        '/p/docs/architecture/index.md': '# Architettura\n\nUn monolite in Go con PostgreSQL.\n',
        '/p/docs/architecture/data-models.md': TABLES,
      }),
    );
    const tables = r.spec!.entities.map((e) => e.table).sort();
    expect(tables).toEqual(['clienti', 'note_di_credito', 'ordini']);
  });
});
