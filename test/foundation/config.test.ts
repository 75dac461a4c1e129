import { describe, expect, it } from 'vitest';
import { normaliseLanguage, projectPath, resolveConfig } from '../../src/config/resolve.js';
import { memoryHost } from '../../src/host.js';

const ROOT = '/p/clinic';
const resolve = (files: Record<string, string>, flags = {}) =>
  resolveConfig(
    ROOT,
    flags,
    memoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${ROOT}/${k}`, v]))),
  );

describe('config variants', () => {
  it('reads the workflow format from .bmad/config.yaml', async () => {
    const { config, diagnostics } = await resolve({
      '.bmad/config.yaml':
        'project_name: Clinic\ndocumentation_dir: .bmad/docs\ndocumentation_language: English\n',
    });
    expect(config.projectName.value).toBe('Clinic');
    expect(config.documentationDir.value).toBe('.bmad/docs');
    expect(config.documentationDir.origin).toEqual({
      kind: 'file',
      at: { file: '.bmad/config.yaml', line: 2 },
    });
    expect(config.documentationLanguage.value).toBe('en');
    expect(config.configFormat).toBe('workflow');
    expect(diagnostics).toEqual([]);
  });

  it('reads BMAD v6 keys in .bmad/config.yaml (output_folder, document_output_language)', async () => {
    const { config } = await resolve({
      '.bmad/config.yaml':
        '# BMAD\nproject_name: "Portal"\ncommunication_language: "fi"  # Suomi\ndocument_output_language: "Suomi"\noutput_folder: "docs"\n',
    });
    expect(config.configFormat).toBe('bmad-v6');
    expect(config.documentationDir.value).toBe('docs');
    expect(config.documentationLanguage.value).toBe('fi');
    expect(config.documentationLanguage.origin).toEqual({
      kind: 'file',
      at: { file: '.bmad/config.yaml', line: 4 },
    });
  });

  it('reads _bmad/bmm/config.yaml with {project-root} values and key references', async () => {
    const { config } = await resolve({
      '_bmad/bmm/config.yaml': [
        'project_name: todo',
        'output_folder: "{project-root}/_bmad-output"',
        'planning_artifacts: "{output_folder}/planning-artifacts"',
        'document_output_language: English',
      ].join('\n'),
    });
    expect(config.configFile).toBe('_bmad/bmm/config.yaml');
    expect(config.configFormat).toBe('bmad-v6');
    expect(config.documentationDir.value).toBe('_bmad-output');
    expect(config.documentHints).toEqual([{ path: '_bmad-output/planning-artifacts', kind: 'folder' }]);
  });

  it('reads BMAD v4 core-config: the PRD folder is the docs folder, shard folders steer discovery', async () => {
    const { config } = await resolve({
      '.bmad-core/core-config.yaml': [
        'markdownExploder: true',
        'prd:',
        '  prdFile: docs/prd.md',
        '  prdSharded: true',
        '  prdShardedLocation: docs/prd',
        'architecture:',
        '  architectureFile: docs/architecture.md',
        '  architectureShardedLocation: docs/architecture',
      ].join('\n'),
    });
    expect(config.configFormat).toBe('bmad-v4');
    expect(config.documentationDir.value).toBe('docs');
    expect(config.documentationDir.origin).toEqual({
      kind: 'file',
      at: { file: '.bmad-core/core-config.yaml', line: 3 },
    });
    expect(config.documentHints?.map((h) => `${h.kind}:${h.path}`)).toEqual([
      'prd:docs/prd.md',
      'prd:docs/prd',
      'architecture:docs/architecture.md',
      'architecture:docs/architecture',
    ]);
    expect(config.projectName.value).toBe('clinic');
  });

  it('uses defaults and warns when there is no config file', async () => {
    const { config, diagnostics } = await resolve({});
    expect(config.projectName).toEqual({ value: 'clinic', origin: { kind: 'default' } });
    expect(config.documentationDir.value).toBe('docs');
    expect(config.documentationLanguage.value).toBe('en');
    expect(diagnostics.map((d) => d.code)).toEqual(['config/not-initialised']);
    expect(diagnostics[0]?.hint).toContain('backend-spec init');
  });

  it('flags win over the file', async () => {
    const { config } = await resolve(
      { '.bmad/config.yaml': 'project_name: A\ndocumentation_dir: a\ndocumentation_language: fr\n' },
      { projectName: 'B', docs: './b/', lang: 'Deutsch' },
    );
    expect([
      config.projectName.value,
      config.documentationDir.value,
      config.documentationLanguage.value,
    ]).toEqual(['B', 'b', 'de']);
    expect(config.documentationDir.origin).toEqual({ kind: 'flag' });
  });

  it('a later config file fills keys the first one left unset', async () => {
    const { config } = await resolve({
      '.bmad/config.yaml': 'documentation_dir: docs\n',
      '_bmad/bmm/config.yaml': 'project_name: Second\ndocument_output_language: Español\n',
    });
    expect(config.configFile).toBe('.bmad/config.yaml');
    expect(config.projectName.value).toBe('Second');
    expect(config.documentationLanguage.value).toBe('es');
  });
});

describe('config errors', () => {
  it('invalid YAML is an error at file:line with a hint, and defaults apply', async () => {
    const { config, diagnostics } = await resolve({
      '.bmad/config.yaml': 'project_name: ok\ndocumentation_dir: [docs\ndocumentation_language: en\n',
    });
    const d = diagnostics.find((x) => x.code === 'config/invalid-yaml');
    expect(d?.severity).toBe('error');
    expect(d?.at?.file).toBe('.bmad/config.yaml');
    expect(d?.at?.line).toBeGreaterThanOrEqual(2);
    expect(d?.hint).toMatch(/YAML/);
    expect(config.documentationDir.value).toBe('docs');
  });

  it('a wrong type is an error at the key line, and the value is ignored', async () => {
    const { config, diagnostics } = await resolve({
      '.bmad/config.yaml':
        'project_name: Clinic\n\ndocumentation_dir:\n  - docs\ndocumentation_language: 42\n',
    });
    const wrong = diagnostics.filter((d) => d.code === 'config/wrong-type');
    expect(wrong.map((d) => d.at?.line)).toEqual([3, 5]);
    expect(wrong[0]?.message).toContain('a list');
    expect(wrong[0]?.hint).toContain('documentation_dir: "..."');
    expect(config.documentationDir.value).toBe('docs');
    expect(config.documentationLanguage.value).toBe('en');
  });

  it('a config that is not a mapping is a wrong-type error', async () => {
    const { diagnostics } = await resolve({ '.bmad/config.yaml': '- a\n- b\n' });
    expect(diagnostics.map((d) => d.code)).toEqual(['config/wrong-type']);
  });
});

describe('language names and paths', () => {
  it.each([
    ['English', 'en'],
    ['Suomi', 'fi'],
    ['fi', 'fi'],
    ['pt-BR', 'pt'],
    ['fi_FI.UTF-8', 'fi'],
    ['Español', 'es'],
    ['', 'en'],
    ['Klingon', 'klingon'],
    ['.', '.'],
    ['-x', '-x'],
    ['_', '_'],
  ])('%s → %s', (name, code) => expect(normaliseLanguage(name)).toBe(code));

  it.each([
    ['{project-root}/docs', 'docs'],
    ['./docs/', 'docs'],
    ['/p/clinic/docs/x', 'docs/x'],
    ['.', '.'],
    ['{project-root}', '.'],
  ])('%s → %s', (value, expected) => expect(projectPath(value, ROOT)).toBe(expected));
});
