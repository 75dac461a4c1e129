import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

/**
 * `backend-spec check` prints its diagnostics and its summary in the project's language
 * (communication_language, else the documentation language; `--lang` overrides), as `generate` does.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A project with a config and a spec that lacks most sections and holds one broken JSON block. */
function project(config: string): { dir: string; spec: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bs-check-lang-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '_bmad/bmm'), { recursive: true });
  writeFileSync(path.join(dir, '_bmad/bmm/config.yaml'), config);
  const spec = path.join(dir, 'spec.md');
  writeFileSync(spec, '# Spec\n\n## Database Schema\n\n```json\n{ "a": \n```\n');
  return { dir, spec };
}

async function check(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['check', ...args, '--no-sql'], {
    out: { write: (s: string) => out.push(s) > 0 },
    err: { write: (s: string) => err.push(s) > 0 },
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('backend-spec check in the project language', { timeout: 60_000 }, () => {
  it('a Spanish project: diagnostics and summary in Spanish', async () => {
    const { spec } = project('communication_language: Español\ndocument_output_language: Español\n');
    const r = await check([spec]);
    expect(r.out).toMatch(
      /^spec\.md:1 aviso spec-check\/missing-section: no hay sección "[^"]+": las 15 secciones del flujo de trabajo son obligatorias$/m,
    );
    expect(r.out).toMatch(/spec-check\/bad-json: un bloque json no es JSON: /);
    expect(r.out).not.toMatch(/the workflow's 15 sections|is not JSON/);
    expect(r.err).toMatch(/^Comprobado spec\.md:$/m);
    expect(r.err).toMatch(/^- secciones: \d+ de 15 encontradas \(faltan: /m);
    expect(r.err).toMatch(/^- SQL: 0 sentencias en 0 bloques, sin aplicar$/m);
    expect(r.err).toMatch(/^- \d+ errores, \d+ avisos$/m);
  });

  it('communication_language wins over the documentation language; --lang over both', async () => {
    const { spec } = project('communication_language: Deutsch\ndocument_output_language: fr\n');
    expect((await check([spec])).err).toMatch(/^- Abschnitte: \d+ von 15 gefunden/m);
    const fr = await check([spec, '--lang', 'Français']);
    expect(fr.err).toMatch(/^- sections : \d+ sur 15 trouvées/m);
    expect(fr.out).toMatch(/avertissement spec-check\/missing-section: /);
  });

  it('an English project reads as before, and a missing file is said in the project language', async () => {
    const { spec, dir } = project('document_output_language: English\n');
    const r = await check([spec]);
    expect(r.out).toMatch(
      /^spec\.md:1 warning spec-check\/missing-section: no "[^"]+" section: the workflow's 15 sections are all required$/m,
    );
    expect(r.err).toMatch(/^Checked spec\.md:\n- sections: \d+ of 15 found \(missing: /);
    const missing = await check([path.join(dir, 'nope.md'), '--lang', 'pt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.md não encontrado/);
  });
});

describe('a diagnostic whose parts are the tool’s words', () => {
  it('load/config-location-fallback names the missing documents in the language', async () => {
    const { formatDiagnostic } = await import('../../src/report/diagnostics.js');
    const d = {
      code: 'load/config-location-fallback' as const,
      severity: 'warning' as const,
      message:
        'the config names docs (does not exist) for the planning documents, but the PRD and architecture are not there; found by scanning in _bmad-output',
      hint: 'point the config at the folder that holds the documents',
    };
    expect(formatDiagnostic(d, 'es')).toContain('docs (no existe)');
    expect(formatDiagnostic(d, 'es')).toContain('PRD y arquitectura');
    expect(formatDiagnostic(d, 'de')).toContain('PRD und Architektur');
    expect(formatDiagnostic(d, 'en')).toContain('PRD and architecture');
  });
});
