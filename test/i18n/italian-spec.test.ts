import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { articled } from '../../src/render/i18n/it/articles.js';
import { it as italian } from '../../src/render/i18n/it/index.js';
import { formatDiagnostic } from '../../src/report/diagnostics.js';
import { formatReport } from '../../src/report/index.js';
import { foreignSegments } from './prose.js';

// Italian planning documents were read (src/read/lexicon/it.ts) but the spec came out in English:
// there was no Italian catalogue, and language detection mapped Italian to English on purpose.
// Written here in the wording of a small Italian team, not copied from any corpus project.
const PRD = [
  '# PRD — Officina',
  '',
  '## Requisiti funzionali',
  '',
  '- FR1: Il cliente può prenotare un intervento per il proprio veicolo indicando la data.',
  '- FR2: Il meccanico può chiudere un intervento e inserire il costo dei ricambi.',
  '- FR3: La segreteria può annullare una prenotazione del cliente che non si è presentato.',
  '- FR4: Il sistema invia un promemoria via e-mail 24 ore prima di ogni intervento.',
  '',
  '## Requisiti non funzionali',
  '',
  '- NFR1: Le pagine di elenco devono rispondere in meno di 300 ms.',
  '- NFR2: Le fatture sono conservate per almeno 10 anni e non vengono mai cancellate.',
].join('\n');

const ARCHITECTURE = [
  '# Architettura',
  '',
  'Il backend è scritto in Node.js con Fastify; i dati sono salvati in PostgreSQL.',
  "L'autenticazione usa token JWT con una durata di 15 minuti.",
  '',
  '```sql',
  'CREATE TABLE veicoli (id uuid PRIMARY KEY, targa text NOT NULL UNIQUE, modello text NOT NULL);',
  "CREATE TABLE interventi (id uuid PRIMARY KEY, veicolo_id uuid NOT NULL REFERENCES veicoli(id), data_prevista timestamptz NOT NULL, stato text NOT NULL DEFAULT 'prenotato', costo numeric(10,2));",
  '```',
].join('\n');

const DOCS = { '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCHITECTURE };

async function run(extra: Record<string, string> = {}, lang?: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true }, ...(lang ? { lang } : {}) },
    memoryHost({ ...DOCS, ...extra }),
  );
  expect(r.ok).toBe(true);
  return r;
}

/** The `## ` and `### ` headings of a markdown document, in order. */
const headings = (md: string) =>
  md
    .split('\n')
    .filter((l) => /^#{2,3} /.test(l))
    .map((l) => l.replace(/^#+ /, ''));

describe('an Italian project gets an Italian spec', { timeout: 120_000 }, () => {
  it('detects Italian documents without a config and writes every workflow section in Italian', async () => {
    const r = await run();
    expect(r.spec!.project.language).toBe('it');
    expect(r.diagnostics.map((d) => d.code)).toContain('config/language-detected');
    const md = r.artifacts[0]!.text;
    const found = headings(md);
    // Sections 0 to 15 of the workflow, the key decisions and the appendices, as the catalogue names them.
    for (const heading of Object.values(italian.common.sections)) expect(found).toContain(heading);
    expect(found).toContain('1. Modelli dei dati');
    expect(found).toContain('9. Job in background');
    expect(found).toContain('Appendice B. Checklist di validazione');
    expect(found).not.toContain('1. Data Models');
    expect(md).toContain('Specifica del backend');
  });

  it('the checklist, the rule origins and the prose are Italian, not English', async () => {
    const r = await run();
    const md = r.artifacts[0]!.text;
    expect(md).toContain(italian.report.items['data-models']);
    expect(md).toContain('## Appendice C. Origine delle regole');
    // A rule sentence of the appendix, in Italian.
    expect(md).toContain('Aggiunge un timestamp created_at a ogni entità indicata che non ne ha uno.');
    expect(md).not.toContain('Adds a created_at timestamp');
    const names = new Set(
      (r.spec!.entities ?? []).flatMap((e) =>
        [e.name, e.table, ...e.fields.map((f) => f.name)].flatMap((n) =>
          (n ?? '').toLowerCase().split(/[_\s]/),
        ),
      ),
    );
    const documents = `${PRD}\n${ARCHITECTURE}`.toLowerCase();
    const english = foreignSegments(md, 'it', 'en', names).filter(
      (s) =>
        !documents.includes(
          s
            .toLowerCase()
            .replace(/^[-*\s]+/, '')
            .slice(0, 40),
        ),
    );
    expect(english).toEqual([]);
  });

  it('the completion report and the diagnostics are Italian', async () => {
    const r = await run();
    const report = formatReport(r.report!);
    expect(report).toMatch(/^Specifica del backend completata\n=+\n/);
    expect(report).toContain('Riepilogo:');
    expect(report).toContain('Prossimi passi:');
    expect(report).not.toContain('Next Steps');
    const lines = r.diagnostics.map((d) => formatDiagnostic(d, 'it'));
    const detected = lines.find((l) => l.includes('config/language-detected'))!;
    expect(detected).toContain('nessuna lingua della documentazione impostata: la specifica è scritta in it');
    expect(detected).toContain('impostare documentation_language nella configurazione');
  });

  it.each([
    [
      'a BMAD config naming the language',
      { '/p/_bmad/bmm/config.yaml': 'document_output_language: Italiano\n' },
    ],
    ['a config with the code', { '/p/.bmad/config.yaml': 'documentation_language: it-IT\n' }],
  ])('%s chooses the Italian catalogue with no fallback warning', async (_, config) => {
    const r = await run(config);
    expect(r.spec!.project.language).toBe('it');
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('config/unknown-language');
    expect(codes).not.toContain('config/language-detected');
    expect(r.artifacts[0]!.text).toContain('## 3. Endpoint dell’API');
  });

  it('--lang it turns an English project into an Italian spec; --lang en keeps Italian documents English', async () => {
    const english = await compile(
      { root: '/p', lang: 'it', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR1: A customer books a repair for a vehicle.\n',
        '/p/docs/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE vehicles (id uuid PRIMARY KEY, plate text NOT NULL);\n```\n',
      }),
    );
    expect(english.artifacts[0]!.text).toContain('## 2. Schema del database');
    const forced = await run({}, 'en');
    expect(forced.spec!.project.language).toBe('en');
    expect(forced.artifacts[0]!.text).toContain('## 1. Data Models');
  });

  it('puts the article a spoken number takes before it', () => {
    expect(articled(3, 'i', 'gli')).toBe('i 3');
    expect(articled(8, 'i', 'gli')).toBe('gli 8');
    expect(articled(11, 'dei', 'degli')).toBe('degli 11');
    expect(articled(12, 'i', 'gli')).toBe('i 12');
    expect(articled(80, 'i', 'gli')).toBe('gli 80');
    expect(articled(527, 'Dei', 'Degli')).toBe('Dei 527');
    expect(articled(800, 'Dei', 'Degli')).toBe('Degli 800');
    expect(articled(1100, 'i', 'gli')).toBe('i 1100');
  });

  it('is a full catalogue: chosen by code, never the English fallback', () => {
    expect(catalogFor('it').fallback).toBe(false);
    expect(catalogFor('it-CH').messages).toBe(italian);
  });
});
