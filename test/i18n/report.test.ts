import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { formatReport } from '../../src/report/index.js';

const DOCS = {
  '/p/docs/prd.md': '# PRD\n\n- FR-1: A patient books an appointment.\n',
  '/p/docs/architecture.md':
    '# Architecture\n\nREST API on PostgreSQL.\n\n```typescript\ninterface Appointment {\n  id: string;\n  startsAt: string;\n}\n```\n',
};

async function run(config: string | null, lang?: string) {
  const files: Record<string, string> = { ...DOCS };
  if (config !== null) files['/p/_bmad/bmm/config.yaml'] = config;
  const r = await compile(
    { root: '/p', verify: { skip: true }, ...(lang ? { lang } : {}) },
    memoryHost(files),
  );
  expect(r.ok).toBe(true);
  return { spec: r.artifacts[0]!.text, report: formatReport(r.report!) };
}

describe('the completion report follows communication_language, else the documentation language', {
  timeout: 60_000,
}, () => {
  it('BMAD v6: report in French (communication_language), spec in German (document_output_language)', async () => {
    const { spec, report } = await run(
      'communication_language: Français\ndocument_output_language: Deutsch\n',
    );
    expect(spec).toContain('## 1. Datenmodelle');
    expect(report).toMatch(/^Spécification du backend terminée\n=+\n/);
    expect(report).toContain('Modèles de données : 1 entité définie');
    expect(report).toContain('Prochaines étapes :');
    expect(report).toMatch(/^Décisions techniques :\n- Authentification: JWT/m);
    expect(report).not.toContain('Next Steps');
  });

  it('without communication_language the report is in the documentation language', async () => {
    const { spec, report } = await run('document_output_language: espanol\n');
    expect(spec).toContain('## 1. Modelos de datos');
    expect(report).toMatch(/^Especificación del backend completada/);
    expect(report).toContain('Lista de verificación:');
  });

  it('--lang with a name in any case and without accents; English by default', async () => {
    expect((await run(null, 'PORTUGUES')).spec).toContain('## 1. Modelos de dados');
    expect((await run(null, 'pt-BR')).report).toMatch(/^Especificação do backend concluída/);
    const english = await run(null);
    expect(english.report).toMatch(/^Backend Specification Complete\n/);
    expect(english.report).toContain('Next Steps:');
  });

  it('rate-limit classes and token lifetimes are worded in the report language', async () => {
    const cases: [string, RegExp, RegExp][] = [
      ['es', /por clase de endpoint: (?:autenticación|lectura|escritura) \(\d+\)/, /\(acceso 15 min/],
      ['pt', /por classe de endpoint: (?:autenticação|leitura|escrita) \(\d+\)/, /\(acesso 15 min/],
      ['fr', /par classe d’endpoint : (?:authentification|lecture|écriture) \(\d+\)/, /\(accès 15 min/],
      ['de', /je Endpunktklasse: (?:Authentifizierung|Lesen|Schreiben) \(\d+\)/, /\(Zugriff 15 min/],
    ];
    for (const [lang, classes, lifetimes] of cases) {
      const { report } = await run(null, lang);
      expect(report, lang).toMatch(classes);
      expect(report, lang).toMatch(lifetimes);
      expect(report, lang).not.toMatch(/\b(?:auth|read|write) \(\d+\)|\d(?:min|h|-day) (?:access|refresh)/);
    }
    expect((await run(null)).report).toMatch(/per endpoint class: (?:auth|read|write) \(\d+\)/);
  });

  it('a communication language without a catalog falls back to English for the report', async () => {
    const { report, spec } = await run('communication_language: Suomi\ndocument_output_language: German\n');
    expect(spec).toContain('## 1. Datenmodelle');
    expect(report).toMatch(/^Backend Specification Complete/);
  });
});
