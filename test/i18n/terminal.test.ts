import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failureDiagnostic } from '../../src/cli/failure.js';
import { run } from '../../src/cli/run.js';
import { BusyError, NotOursError } from '../../src/output-set.js';
import { formatDiagnostic } from '../../src/report/diagnostics.js';
import { foreignSegments } from './prose.js';

/**
 * The lines `generate` prints around its diagnostics (the source list, a stop for a config error or
 * missing documents, an I/O failure) follow the report's language; English stays as it was.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(config: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bs-terminal-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '_bmad/bmm'), { recursive: true });
  writeFileSync(path.join(dir, '_bmad/bmm/config.yaml'), config);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function stderr(args: string[]): Promise<string> {
  let err = '';
  const write = (s: string) => {
    err += s;
    return true;
  };
  // Every run here stops before verifying (missing documents, a config error): `--no-verify` keeps
  // run() from starting an embedded PostgreSQL on this thread only to close it again (run from the
  // sources there is no worker thread to drop), which cost seconds per case and prints nothing.
  await run([...args, '--no-verify'], { out: { write: () => true }, err: { write } });
  return err;
}

const PRD_ONLY = { 'docs/prd.md': '# PRD\n\n## Requisitos\n\n- RF-01: El paciente reserva una cita.\n' };

describe('terminal lines of generate in the report language', { timeout: 60_000 }, () => {
  const cases: [string, string, RegExp[]][] = [
    [
      'Español',
      'es',
      [
        /^Fuentes:$/m,
        /^Faltan requisitos previos: no se generó nada\. Se buscó en:$/m,
        /^Ejecute `backend-spec init .+` para crear/m,
      ],
    ],
    [
      'português',
      'pt',
      [/^Fontes:$/m, /^Faltam pré-requisitos: nada foi gerado\./m, /^Execute `backend-spec init /m],
    ],
    [
      'Français',
      'fr',
      [/^Sources :$/m, /^Prérequis manquants : rien n’a été généré\./m, /^Lancez `backend-spec init /m],
    ],
    [
      'Deutsch',
      'de',
      [/^Quellen:$/m, /^Voraussetzungen fehlen: nichts wurde erzeugt\./m, /^Führen Sie `backend-spec init /m],
    ],
    [
      'Italiano',
      'it',
      [
        /^Fonti:$/m,
        /^Mancano i prerequisiti: non è stato generato nulla\./m,
        /^Eseguire `backend-spec init /m,
      ],
    ],
  ];
  for (const [name, lang, expected] of cases)
    it(`a project whose documents are in ${name} and lack the architecture stops in ${lang}`, async () => {
      const dir = project(`document_output_language: ${name}\n`, PRD_ONLY);
      const err = await stderr([dir, '--dry-run']);
      for (const re of expected) expect(err).toMatch(re);
      expect(err).not.toMatch(/Missing prerequisites|^Sources:$|^Run `backend-spec init/m);
      // The prose of every line (paths, code and commands aside) is in the project's language.
      const lines = err
        .split('\n')
        .filter((l) => l.trim() && !/^\s{2}\S+\s*$/.test(l) && !/^\s+\w+\s{2,}/.test(l));
      expect(lines.flatMap((l) => foreignSegments(l, lang, 'en'))).toEqual([]);
    });

  it('the source list says why a file is not read in the project language', async () => {
    const files = { ...PRD_ONLY, 'docs/notes.md': '<!-- nothing yet -->\n' };
    const es = await stderr([project('document_output_language: es\n', files), '--dry-run']);
    expect(es).toMatch(/docs\/notes\.md {2}ignorado: vacío: no hay texto que leer$/m);
    const de = await stderr([project('communication_language: Deutsch\n', files), '--dry-run']);
    expect(de).toMatch(/docs\/notes\.md {2}ignoriert: leer: kein Text zu lesen$/m);
    const en = await stderr([project('document_output_language: en\n', files), '--dry-run']);
    expect(en).toMatch(/docs\/notes\.md {2}ignored: empty: no text to read$/m);
  });

  it('stays English, byte for byte, when the language is English', async () => {
    const dir = project('document_output_language: English\n', PRD_ONLY);
    const err = await stderr([dir, '--dry-run']);
    expect(err).toMatch(/^Sources:\n/);
    expect(err).toContain('\nMissing prerequisites: nothing was generated. Searched:\n');
    expect(err).toMatch(
      /\nRun `backend-spec init .+` to create the planning documents, or pass --docs DIR\.\n$/,
    );
  });

  it('a config error stops in the language given by --lang', async () => {
    const dir = project('document_output_language: [Español\n', PRD_ONLY);
    const es = await stderr([dir, '--dry-run', '--lang', 'es']);
    expect(es).toContain('El archivo de configuración tiene un error: no se leyó nada a través de él');
    expect(es).toMatch(/error config\/invalid-yaml: YAML no válido|error config\/invalid-yaml: /);
    const en = await stderr([dir, '--dry-run']);
    expect(en).toContain(
      '\nThe config file has an error: nothing was read through it and nothing was written.\n',
    );
  });
});

describe('an I/O failure in the report language', () => {
  const root = '/work/project';
  const failures = {
    'io/not-ours': failureDiagnostic(
      new NotOursError(`${root}/docs/technical/backend-spec.md`),
      root,
      'write',
    ),
    'io/busy': failureDiagnostic(new BusyError(`${root}/docs/technical`), root, 'write'),
    'io/unreadable': failureDiagnostic(
      Object.assign(new Error('EACCES'), { code: 'EACCES', path: `${root}/docs/prd.md` }),
      root,
      'read',
    ),
    'io/unwritable': failureDiagnostic(
      Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: `${root}/docs/technical/spec.json` }),
      root,
      'write',
    ),
  };

  it('each io failure reads in Spanish, Portuguese, French and German, and as before in English', () => {
    for (const [code, f] of Object.entries(failures)) {
      expect(f.diagnostic.code).toBe(code);
      for (const lang of ['es', 'pt', 'fr', 'de', 'it']) {
        const line = formatDiagnostic(f.diagnostic, lang);
        expect(line, `${code} ${lang}`).not.toContain(f.diagnostic.message);
        expect(line, `${code} ${lang}`).not.toContain(f.diagnostic.hint!);
      }
    }
    expect(formatDiagnostic(failures['io/unreadable'].diagnostic, 'es')).toBe(
      'docs/prd.md:1 error io/unreadable: no se pudo leer docs/prd.md: permiso denegado (EACCES)\n    sugerencia: dé acceso a su usuario (chmod/chown), o elija otra carpeta',
    );
    expect(formatDiagnostic(failures['io/unwritable'].diagnostic, 'de')).toBe(
      'docs/technical/spec.json:1 Fehler io/unwritable: docs/technical/spec.json konnte nicht geschrieben werden: kein Platz mehr auf dem Gerät (ENOSPC); die bisherige Ausgabe bleibt unverändert\n    Hinweis: geben Sie Speicherplatz frei und starten Sie erneut',
    );
    expect(formatDiagnostic(failures['io/busy'].diagnostic, 'en')).toBe(
      'error io/busy: another backend-spec run is writing docs/technical; nothing was written\n    hint: wait for it to finish and run again (a lock left by a killed run, docs/technical/.backend-spec.lock, is taken over automatically)',
    );
  });
});
