import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { project, proposeFacts } from '../../src/mcp/session.js';

/**
 * `propose_facts` answers with one verdict per fact; its reason follows the project's language
 * (communication_language, else the documentation language), as the MCP diagnostics do. The fact's
 * name stays as the assistant wrote it.
 */
const DOCS = {
  '/p/docs/prd.md':
    '# PRD\n\n- FR-1: Un socio toma un libro en préstamo.\n- FR-2: Cada préstamo tiene una fecha de devolución.\n',
  '/p/docs/architecture.md':
    '# Arquitectura\n\nAPI REST sobre PostgreSQL.\n\n```sql\nCREATE TABLE libros (id uuid PRIMARY KEY, titulo text NOT NULL);\n```\n',
};

const proposal = {
  entities: [
    {
      name: 'Prestamo',
      source: { file: 'docs/prd.md', line: 4, quote: 'Cada préstamo tiene una fecha de devolución' },
    },
    {
      name: 'Socio',
      source: { file: 'docs/prd.md', line: 3, quote: 'Un socio paga una cuota mensual en efectivo' },
    },
    { name: 'Multa', source: { file: 'docs/otro.md', line: 1, quote: 'Las multas se pagan en caja' } },
  ],
};

async function verdicts(config: string) {
  const host = memoryHost({ ...DOCS, '/p/.bmad/config.yaml': config });
  const r = await proposeFacts(project('/p', host), proposal);
  return new Map(r.verdicts.map((v) => [v.fact, v.reason]));
}

describe('MCP fact verdicts in the project language', { timeout: 60_000 }, () => {
  it.each([
    [
      'es',
      'cita encontrada en docs/prd.md cerca de la línea 4',
      'la cita no aparece en docs/prd.md',
      'no es uno de los documentos de planificación leídos',
    ],
    [
      'fr',
      'citation trouvée dans docs/prd.md près de la ligne 4',
      'la citation n’apparaît pas dans docs/prd.md',
      'n’est pas l’un des documents de planification lus',
    ],
    [
      'de',
      'Zitat in docs/prd.md nahe Zeile 4 gefunden',
      'das Zitat kommt in docs/prd.md nicht vor',
      'ist keines der gelesenen Planungsdokumente',
    ],
    [
      'pt',
      'citação encontrada em docs/prd.md perto da linha 4',
      'a citação não aparece em docs/prd.md',
      'não é um dos documentos de planejamento lidos',
    ],
    [
      'it',
      'citazione trovata in docs/prd.md vicino alla riga 4',
      'la citazione non compare in docs/prd.md',
      'non è uno dei documenti di pianificazione letti',
    ],
    [
      'nl',
      'citaat gevonden in docs/prd.md bij regel 4',
      'het citaat komt niet voor in docs/prd.md',
      'is niet een van de gelezen planningsdocumenten',
    ],
  ])('%s', async (lang, accepted, forged, unknown) => {
    const v = await verdicts(`documentation_language: ${lang}\n`);
    expect(v.get('entity Prestamo')).toBe(accepted);
    expect(v.get('entity Socio')).toBe(forged);
    expect(v.get('entity Multa')).toContain(unknown);
  });

  it('English stays English', async () => {
    const v = await verdicts('documentation_language: en\n');
    expect(v.get('entity Socio')).toBe('the quote does not occur in docs/prd.md');
  });
});
