import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diagnostics as de } from '../../src/render/i18n/de/diagnostics.js';
import { DIAGNOSTIC_TEXTS, type DiagnosticCatalog } from '../../src/render/i18n/en/diagnostics.js';
import { diagnostics as es } from '../../src/render/i18n/es/diagnostics.js';
import { diagnostics as fr } from '../../src/render/i18n/fr/diagnostics.js';
import { diagnostics as it_ } from '../../src/render/i18n/it/diagnostics.js';
import { diagnostics as nl } from '../../src/render/i18n/nl/diagnostics.js';
import { diagnostics as pt } from '../../src/render/i18n/pt/diagnostics.js';
import { formatDiagnostic, localiseDiagnostic } from '../../src/report/diagnostics.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { foreignSegments } from './prose.js';

/**
 * Diagnostics on the terminal follow the report's language. Every message and hint the example and
 * the corpus projects produce must meet a template of src/render/i18n/en/diagnostics.ts, so none is
 * left in English in a Spanish, Portuguese, French or German run.
 */
const ROOTS: Record<string, string> = {
  'clinic-booking': fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url)),
  ...Object.fromEntries(
    readdirSync(fileURLToPath(new URL('../corpus', import.meta.url)), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name, corpusRoot(d.name)]),
  ),
};

const fired: { project: string; d: Diagnostic }[] = [];

beforeAll(async () => {
  for (const [project, root] of Object.entries(ROOTS)) {
    const r = await compiledProject(root);
    for (const d of r.diagnostics) fired.push({ project, d });
  }
}, 400_000);

describe('diagnostics in the terminal language', { timeout: 60_000 }, () => {
  it('the corpus and the example fire diagnostics of many codes', () => {
    expect(new Set(fired.map((f) => f.d.code)).size).toBeGreaterThan(30);
  });

  for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'nl'])
    it(`every message and hint of the corpus meets a template (${lang})`, () => {
      const english: string[] = [];
      for (const { project, d } of fired) {
        const local = localiseDiagnostic(d, lang);
        if (local.message === d.message) english.push(`${project} ${d.code}: ${d.message}`);
        if (d.hint && local.hint === d.hint) english.push(`${project} ${d.code} hint: ${d.hint}`);
      }
      expect([...new Set(english)]).toEqual([]);
    });

  it('a Spanish project gets Spanish diagnostics, an English run stays byte-identical', () => {
    const d: Diagnostic = {
      code: 'reconcile/value-conflict',
      severity: 'warning',
      message:
        'refresh token lifetime: 30 days here, but 7 days in docs/product/PRD.md:85; using 7 days (reconcile/precedence/prd-for-product-rules)',
      at: { file: 'docs/technical/tech-stack.md', line: 14 },
      hint: 'align the documents, or record a choice in the decisions file',
    };
    expect(formatDiagnostic(d, 'es')).toBe(
      'docs/technical/tech-stack.md:14 aviso reconcile/value-conflict: vida del token de refresco: 30 días aquí, pero 7 días en docs/product/PRD.md:85; se usa 7 días (reconcile/precedence/prd-for-product-rules)\n    sugerencia: alinee los documentos, o registre una elección en el archivo de decisiones',
    );
    expect(formatDiagnostic(d, 'en')).toBe(
      'docs/technical/tech-stack.md:14 warning reconcile/value-conflict: refresh token lifetime: 30 days here, but 7 days in docs/product/PRD.md:85; using 7 days (reconcile/precedence/prd-for-product-rules)\n    hint: align the documents, or record a choice in the decisions file',
    );
  });

  it('the Spanish corpus project (armentum) has its terminal diagnostics in Spanish prose', () => {
    const lines = fired
      .filter((f) => f.project === 'armentum' && f.d.severity !== 'info')
      .map((f) => formatDiagnostic(f.d, 'es'));
    expect(lines.length).toBeGreaterThan(2);
    // Quoted names and paths aside, no line reads as English.
    expect(lines.flatMap((l) => foreignSegments(l, 'es', 'en'))).toEqual([]);
  });

  it('has a template for each wording, and no template twice', () => {
    expect(new Set(DIAGNOSTIC_TEXTS).size).toBe(DIAGNOSTIC_TEXTS.length);
  });
});

describe('backend-spec generate on a Spanish project', { timeout: 60_000 }, () => {
  it('prints its diagnostics in Spanish, and in English with --lang en', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-diag-es-'));
    try {
      mkdirSync(path.join(dir, 'docs'), { recursive: true });
      mkdirSync(path.join(dir, '_bmad/bmm'), { recursive: true });
      writeFileSync(path.join(dir, '_bmad/bmm/config.yaml'), 'document_output_language: Español\n');
      writeFileSync(
        path.join(dir, 'docs/prd.md'),
        '# PRD\n\n## Requisitos funcionales\n\n- RF-01: El paciente reserva una cita.\n- RF-02: El sistema exporta un informe trimestral.\n',
      );
      writeFileSync(
        path.join(dir, 'docs/arquitectura.md'),
        '# Arquitectura\n\nAPI REST sobre PostgreSQL.\n\n```typescript\ninterface Cita {\n  id: string;\n  inicio: string;\n}\n```\n',
      );
      const stderr = async (...extra: string[]) => {
        let err = '';
        await run([dir, '--dry-run', ...extra], {
          out: { write: () => true },
          err: { write: (s: string) => (err += s) },
        });
        return err.split('\n').filter((l) => /(^| )(aviso|error|warning|info) [a-z-]+\//.test(l));
      };
      const es = await stderr();
      expect(es.length).toBeGreaterThan(0);
      expect(es.join('\n')).toMatch(/aviso load\/missing-tech-stack: no hay documento de stack tecnológico/);
      expect(es.flatMap((l) => foreignSegments(l, 'es', 'en'))).toEqual([]);
      const en = await stderr('--lang', 'en');
      expect(en.join('\n')).toMatch(/warning load\/missing-tech-stack: no tech-stack document/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const diagnosticCatalogs: Record<string, DiagnosticCatalog> = { de, es, fr, it: it_, nl, pt };

describe('every diagnostic template is reachable', () => {
  it('a message written from each template is translated in es, pt, fr and de', () => {
    const dead: string[] = [];
    for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'nl'])
      for (const t of DIAGNOSTIC_TEXTS) {
        // A wording the language shares with English (`{0} — in: {1}` in German) needs no translation.
        if (diagnosticCatalogs[lang]!.texts[t].replace(/\{\d+\}/g, '{*}') === t) continue;
        const message = t.replaceAll('{*}', 'x_1');
        const d: Diagnostic = { code: 'load/classified', severity: 'info', message };
        if (localiseDiagnostic(d, lang).message === message) dead.push(`${lang}: ${t}`);
      }
    expect(dead).toEqual([]);
  });
});
