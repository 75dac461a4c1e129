import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/render/i18n/index.js';
import { foreignSegments } from '../i18n/prose.js';
import { cli, cliInProcess, ensureBuilt } from './built-cli.js';

/**
 * The lines `init` and `generate --check` print, through the built CLI, in the project's language:
 * `init --lang` names the language the project is set up in (and writes it into the config), and
 * `generate --check` follows the config's documentation language as `generate` does. English stays
 * byte-identical to what it always printed.
 */
const LANGUAGES: [code: string, asWritten: string][] = [
  ['en', 'English'],
  ['es', 'Español'],
  ['pt', 'Português'],
  ['fr', 'francais'],
  ['de', 'Deutsch'],
];

const temp: string[] = [];
beforeAll(ensureBuilt, 120_000);
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('CLI lines in the project language (built CLI)', { timeout: 240_000 }, () => {
  it.each(LANGUAGES)('%s: init prints created, skipped and the next step in %s', async (code, asWritten) => {
    const say = catalogFor(code).messages.report.terminal;
    const dir = mkdtempSync(path.join(tmpdir(), `backend-spec-init-${code}-`));
    temp.push(dir);
    // English through the built bin, end to end; the other languages through the same `run`, in process.
    const first =
      code === 'en'
        ? cli(['init', dir, '--lang', asWritten])
        : await cliInProcess(['init', dir, '--lang', asWritten]);
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    expect(lines).toContain(say.created('.bmad/config.yaml'));
    expect(lines).toContain(say.created('docs/product/PRD.md'));
    expect(lines).toContain(say.next(`backend-spec generate ${dir}`));
    const again = await cliInProcess(['init', dir, '--lang', asWritten]);
    expect(again.stdout.split('\n')).toContain(say.skipped('docs/product/PRD.md'));
    if (code === 'en') {
      // What English users always saw.
      expect(first.stdout).toContain('created  .bmad/config.yaml\n');
      expect(again.stdout).toContain('skipped  docs/product/PRD.md (already exists, left untouched)\n');
      expect(first.stdout).toContain("Next: replace the sample content with your project's facts");
    } else {
      expect(first.stdout).not.toMatch(/^(created|skipped|Next:)/m);
      expect(again.stdout).not.toMatch(/^(created|skipped|Next:)/m);
      expect(foreignSegments(`${first.stdout}\n${again.stdout}`, code, 'en')).toEqual([]);
    }
  });

  it.each(LANGUAGES)(
    '%s: generate --check reports out of date (then up to date) in %s',
    async (code, asWritten) => {
      const say = catalogFor(code).messages.report.terminal;
      const dir = mkdtempSync(path.join(tmpdir(), `backend-spec-check-${code}-`));
      temp.push(dir);
      expect((await cliInProcess(['init', dir, '--lang', asWritten])).code).toBe(0);
      const config = readFileSync(path.join(dir, '.bmad/config.yaml'), 'utf8');
      expect(config).toContain(asWritten);
      const stale = await cliInProcess(['generate', dir, '--no-verify', '--check']);
      expect(stale.code).toBe(1);
      const last = stale.stderr.trimEnd().split('\n').at(-1)!;
      const files = Number(/\d+/.exec(last.replace(/^\D*\d+\D+/, ''))?.[0]);
      expect(last).toBe(say.outOfDate(files, files));
      if (code !== 'en') expect(stale.stderr).not.toMatch(/out of date|does not exist/);
      // Generating and checking again costs two compiles: three languages cover the second line.
      if (code === 'pt' || code === 'fr') return;
      expect((await cliInProcess(['generate', dir, '--no-verify', '--quiet'])).code).toBe(0);
      const fresh = await cliInProcess(['generate', dir, '--no-verify', '--check']);
      expect(fresh.code).toBe(0);
      expect(fresh.stderr.trimEnd().split('\n').at(-1)).toBe(say.upToDate(files));
      if (code !== 'en') {
        expect(`${stale.stderr}\n${fresh.stderr}`).not.toMatch(/up to date|out of date|does not exist/);
        expect(foreignSegments(`${stale.stderr}\n${fresh.stderr}`, code, 'en')).toEqual([]);
      }
    },
  );

  it('generate --check without planning documents says so in the config language', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'backend-spec-check-none-'));
    temp.push(dir);
    expect((await cliInProcess(['init', dir, '--lang', 'Deutsch'])).code).toBe(0);
    rmSync(path.join(dir, 'docs'), { recursive: true, force: true });
    writeFileSync(path.join(dir, 'notes.md'), '# Notizen\n');
    const r = await cliInProcess(['generate', dir, '--no-verify', '--check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(catalogFor('de').messages.report.terminal.checkMissingPrerequisites);
  });
});
