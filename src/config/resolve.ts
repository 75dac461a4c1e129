import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { ConfigValue, ResolvedConfig } from '../model/config.js';

export interface ConfigFlags {
  projectName?: string;
  docs?: string;
  lang?: string;
}

/** Config files in the order they are tried; the first that exists is used. */
const CANDIDATES: { file: string; format: NonNullable<ResolvedConfig['configFormat']> }[] = [
  { file: '.bmad/config.yaml', format: 'workflow' },
  { file: '.bmad/config.yml', format: 'workflow' },
  { file: '_bmad/bmm/config.yaml', format: 'bmad-v6' },
  { file: '_bmad/core/config.yaml', format: 'bmad-v6' },
  { file: '.bmad-core/core-config.yaml', format: 'bmad-v4' },
];

/** Language names BMAD configs use, mapped to codes. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  español: 'es',
  french: 'fr',
  français: 'fr',
  german: 'de',
  deutsch: 'de',
  finnish: 'fi',
  suomi: 'fi',
  portuguese: 'pt',
  português: 'pt',
  italian: 'it',
  italiano: 'it',
  dutch: 'nl',
  japanese: 'ja',
  chinese: 'zh',
  korean: 'ko',
  russian: 'ru',
  polish: 'pl',
  swedish: 'sv',
};

export function normaliseLanguage(value: string): string {
  const v = value.trim().toLowerCase();
  return LANGUAGE_NAMES[v] ?? v.split(/[-_\s]/)[0] ?? 'en';
}

/**
 * Resolves project_name, documentation_dir and documentation_language from, in order: flags, the
 * first config file found (workflow, BMAD v6 or v4 keys), then defaults (`docs`, `en`, folder name).
 */
export async function resolveConfig(
  root: string,
  flags: ConfigFlags,
  host: Host,
): Promise<{ config: ResolvedConfig; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const fileValues: { name?: ConfigValue<string>; docs?: ConfigValue<string>; lang?: ConfigValue<string> } =
    {};
  let configFile: string | null = null;
  let configFormat: ResolvedConfig['configFormat'] = null;

  for (const candidate of CANDIDATES) {
    const text = await host.readFile(path.join(root, candidate.file));
    if (text === null) continue;
    configFile = candidate.file;
    const doc = parseDocument(text, { keepSourceTokens: false });
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        diagnostics.push(
          diag('config/invalid-yaml', err.message.split('\n')[0] ?? err.message, {
            at: {
              file: candidate.file,
              line: err.linePos?.[0]?.line ?? 1,
              column: err.linePos?.[0]?.col ?? 1,
            },
            hint: 'fix the YAML syntax (see https://yaml.org/spec/1.2.2/)',
          }),
        );
      }
      break;
    }
    const lineOf = (key: string): number => {
      const idx = text.split('\n').findIndex((l) => new RegExp(`^\\s*${key}\\s*:`).test(l));
      return idx < 0 ? 1 : idx + 1;
    };
    const read = (keys: string[]): ConfigValue<string> | undefined => {
      for (const key of keys) {
        const value = doc.get(key);
        if (value === undefined || value === null) continue;
        const line = lineOf(key);
        if (typeof value !== 'string') {
          diagnostics.push(
            diag('config/wrong-type', `\`${key}\` must be a string, found ${typeof value}`, {
              at: { file: candidate.file, line },
              hint: `quote the value: ${key}: "..."`,
            }),
          );
          continue;
        }
        return { value, origin: { kind: 'file', at: { file: candidate.file, line } } };
      }
      return undefined;
    };
    configFormat = read(['documentation_dir', 'documentation_language']) ? 'workflow' : candidate.format;
    fileValues.name = read(['project_name', 'projectName', 'project']);
    fileValues.docs = read(['documentation_dir', 'output_folder', 'docs_folder', 'devDocsLocation']);
    if (!fileValues.docs && candidate.format === 'bmad-v4') {
      // BMAD v4: the PRD path is configured; its folder is the docs folder.
      const prd = doc.getIn(['prd', 'prdFile']);
      if (typeof prd === 'string')
        fileValues.docs = {
          value: path.posix.dirname(prd),
          origin: { kind: 'file', at: { file: candidate.file, line: lineOf('prdFile') } },
        };
    }
    fileValues.lang = read(['documentation_language', 'document_output_language', 'communication_language']);
    break;
  }

  if (configFile === null) {
    diagnostics.push(
      diag(
        'config/not-initialised',
        'no config file found: the project was not initialised, defaults are used',
        {
          hint: `run \`backend-spec init\` or create one of: ${CANDIDATES.map((c) => c.file).join(', ')}`,
        },
      ),
    );
  }

  const flag = (v: string | undefined): ConfigValue<string> | undefined =>
    v === undefined ? undefined : { value: v, origin: { kind: 'flag' } };
  const docsRaw = flag(flags.docs) ?? fileValues.docs ?? { value: 'docs', origin: { kind: 'default' } };
  // `{project-root}/docs` (BMAD v6) and `./docs` both mean `docs`.
  const docs = {
    ...docsRaw,
    value:
      docsRaw.value
        .replace(/^\{project-root\}\/?/, '')
        .replace(/^\.\//, '')
        .replace(/\/$/, '') || '.',
  };
  const langRaw = flag(flags.lang) ?? fileValues.lang ?? { value: 'en', origin: { kind: 'default' } };
  return {
    config: {
      projectName: flag(flags.projectName) ??
        fileValues.name ?? { value: path.basename(path.resolve(root)), origin: { kind: 'default' } },
      documentationDir: docs,
      documentationLanguage: { ...langRaw, value: normaliseLanguage(langRaw.value) },
      configFile,
      configFormat,
    },
    diagnostics,
  };
}
