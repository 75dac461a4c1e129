import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor, languageFallback } from '../../src/render/i18n/index.js';
import { compiledProject } from '../helpers/compiled.js';
import { corpusProject } from './corpus.js';

describe('message catalog fallback', () => {
  it('English has a catalog; Finnish falls back to English', () => {
    expect(catalogFor('en').fallback).toBe(false);
    expect(catalogFor('en-GB').fallback).toBe(false);
    expect(catalogFor('fi').fallback).toBe(true);
    expect(catalogFor('fi').messages.common.sections.api).toBe('3. API Endpoints');
  });

  it('the warning names the language, where it was set, and a fix', () => {
    const d = languageFallback({
      value: 'fi',
      origin: { kind: 'file', at: { file: '.bmad/config.yaml', line: 7 } },
    });
    expect(d?.code).toBe('config/unknown-language');
    expect(d?.severity).toBe('warning');
    expect(d?.at).toEqual({ file: '.bmad/config.yaml', line: 7 });
    expect(d?.message).toContain('"fi" (set in .bmad/config.yaml:7)');
    expect(d?.hint).toContain('--lang en');
    expect(languageFallback({ value: 'sv', origin: { kind: 'flag' } })?.message).toContain('set by --lang');
    expect(languageFallback({ value: 'en', origin: { kind: 'default' } })).toBeNull();
  });

  it('business-research-portal asks for fi: one warning at its config line, English headings', async () => {
    const result = await compiledProject(corpusProject('business-research-portal'));
    const warnings = result.diagnostics.filter((d) => d.code === 'config/unknown-language');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.at).toEqual({ file: '.bmad/config.yaml', line: 7 });
    expect(result.artifacts[0]?.text).toContain('## 1. Data Models');
  });

  it('--lang en silences it', async () => {
    const host = memoryHost({
      '/p/.bmad/config.yaml': 'documentation_language: Suomi\n',
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A user can sign in.\n',
      '/p/docs/architecture.md': '# Architecture\n',
    });
    const withFi = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(withFi.diagnostics.some((d) => d.code === 'config/unknown-language')).toBe(true);
    const withEn = await compile({ root: '/p', lang: 'en', verify: { skip: true } }, host);
    expect(withEn.diagnostics.some((d) => d.code === 'config/unknown-language')).toBe(false);
  });
});
