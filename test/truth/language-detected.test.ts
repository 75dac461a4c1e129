import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A new user runs the tool on German documents without a config: the spec came out in English.
// With no language set, the spec follows the documents' language when it clearly dominates.
const GERMAN_PRD = [
  '# PRD',
  '',
  '- FR1: Ein Disponent kann einen Auftrag für einen Kunden anlegen, und der Fahrer sieht ihn auf dem Handy.',
  '- FR2: Die Leitung kann die Fahrzeuge verwalten, die nicht mehr im Einsatz sind, und sie werden stillgelegt.',
  '- FR3: Der Fahrer kann den Auftrag mit einem Foto abschließen, das auf dem Server gespeichert wird.',
  '- FR4: Die Erinnerung wird an den Fahrer gesendet, wenn der Termin näher rückt und die Route fest ist.',
].join('\n');
const ARCH =
  '# Architektur\n\nDie Daten werden in PostgreSQL gespeichert, und die API ist eine REST-Schnittstelle mit JSON.\n';

const run = (files: Record<string, string>, extra: Record<string, unknown> = {}) =>
  compile(
    { root: '/p', verify: { skip: true }, ...extra } as Parameters<typeof compile>[0],
    memoryHost(files),
  );

describe('the documentation language when nobody sets one', () => {
  it('de: German documents without a config give a German spec, with a note that says why', async () => {
    const r = await run({ '/p/docs/prd.md': GERMAN_PRD, '/p/docs/architecture.md': ARCH });
    expect(r.spec!.project.language).toBe('de');
    expect(r.diagnostics.map((d) => d.code)).toContain('config/language-detected');
    expect(r.artifacts[0]!.text).toContain('## Zusammenfassung');
  });
  it('near-misses: --lang wins; English or mixed short documents stay English', async () => {
    const forced = await run(
      { '/p/docs/prd.md': GERMAN_PRD, '/p/docs/architecture.md': ARCH },
      { lang: 'en' },
    );
    expect(forced.spec!.project.language).toBe('en');
    const mixed = await run({
      '/p/docs/prd.md':
        '# PRD\n\n- FR1: Users can create a task.\n- FR2: Ein Benutzer kann eine Aufgabe löschen.\n',
      '/p/docs/architecture.md': '# Architecture\n\nPostgreSQL.\n',
    });
    expect(mixed.spec!.project.language).toBe('en');
    expect(mixed.diagnostics.map((d) => d.code)).not.toContain('config/language-detected');
  });
});
