import * as path from 'node:path';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { ConfigValue, ResolvedConfig } from '../model/config.js';
import { CONFIG_CANDIDATES, type ConfigFile, parseConfigFile } from './files.js';
import { normaliseLanguage } from './language.js';

export { normaliseLanguage };

export interface ConfigFlags {
  projectName?: string;
  docs?: string;
  lang?: string;
}

/**
 * Keys per setting, most specific first: the workflow's own keys (`documentation_dir`), then BMAD v6
 * (`output_folder`, `document_output_language`), then looser spellings seen in the wild.
 */
const NAME_KEYS = ['project_name', 'projectName', 'project.name', 'project'];
const DOCS_KEYS = ['documentation_dir', 'output_folder', 'docs_folder', 'docsFolder'];
const LANG_KEYS = [
  'documentation_language',
  'document_output_language',
  'communication_language',
  'language',
];

/** Keys naming where the planning documents are (BMAD v4 core-config, BMAD v6 bmm config). */
const HINT_KEYS: { key: string; kind: 'prd' | 'architecture' | 'folder' }[] = [
  { key: 'prd.prdFile', kind: 'prd' },
  { key: 'prd.prdShardedLocation', kind: 'prd' },
  { key: 'architecture.architectureFile', kind: 'architecture' },
  { key: 'architecture.architectureShardedLocation', kind: 'architecture' },
  { key: 'planning_artifacts', kind: 'folder' },
  { key: 'project_knowledge', kind: 'folder' },
  { key: 'devDocsLocation', kind: 'folder' },
];

/**
 * Resolves project_name, documentation_dir and documentation_language from, in order: flags, the
 * config files found (workflow, BMAD v6, BMAD v4; the first file wins per key), then defaults
 * (`docs`, `en`, the folder name). Bad YAML or a wrong type is a diagnostic at file:line.
 */
export async function resolveConfig(
  root: string,
  flags: ConfigFlags,
  host: Host,
): Promise<{ config: ResolvedConfig; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const files: ConfigFile[] = [];
  let configFile: string | null = null;
  let configFormat: ResolvedConfig['configFormat'] = null;
  for (const candidate of CONFIG_CANDIDATES) {
    const text = await host.readFile(path.join(root, candidate.file));
    if (text === null) continue;
    configFile ??= candidate.file;
    const parsed = parseConfigFile(candidate.file, candidate.format, text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.config) continue;
    if (files.length === 0)
      // A `.bmad/config.yaml` written with BMAD v6 keys is read as v6 (the corpus has such files).
      configFormat =
        candidate.format === 'workflow' &&
        !hasAny(parsed.config, ['documentation_dir', 'documentation_language'])
          ? hasAny(parsed.config, ['output_folder', 'document_output_language'])
            ? 'bmad-v6'
            : 'workflow'
          : candidate.format;
    files.push(parsed.config);
  }

  if (configFile === null) {
    diagnostics.push(
      diag(
        'config/not-initialised',
        'no config file found: the project was not initialised, defaults are used',
        {
          hint: `run \`backend-spec init\` or create one of: ${CONFIG_CANDIDATES.map((c) => c.file).join(', ')}`,
        },
      ),
    );
  }

  const fromFiles = (keys: string[]): ConfigValue<string> | undefined => {
    for (const file of files) {
      for (const key of keys) {
        const entry = file.entries.get(key);
        if (entry === undefined || entry.value === null || entry.value === '') continue;
        if (typeof entry.value !== 'string') {
          diagnostics.push(
            diag('config/wrong-type', `\`${key}\` must be a string, found ${describe(entry.value)}`, {
              at: { file: file.file, line: entry.line },
              hint: `write it as text: ${key}: "..."`,
            }),
          );
          continue;
        }
        return {
          value: expand(entry.value, file),
          origin: { kind: 'file', at: { file: file.file, line: entry.line } },
        };
      }
    }
    return undefined;
  };

  const flag = (v: string | undefined): ConfigValue<string> | undefined =>
    v === undefined ? undefined : { value: v, origin: { kind: 'flag' } };

  const name = flag(flags.projectName) ??
    fromFiles(NAME_KEYS) ?? { value: path.basename(path.resolve(root)), origin: { kind: 'default' } };
  const hints = documentHints(files, root);
  // BMAD v4 has no docs-folder key: the folder of its configured PRD is the docs folder.
  const v4Docs = hints.find((h) => h.kind === 'prd' && h.path.endsWith('.md'));
  const docsRaw = flag(flags.docs) ??
    fromFiles(DOCS_KEYS) ??
    (v4Docs ? { value: path.posix.dirname(v4Docs.path), origin: v4Docs.origin } : undefined) ?? {
      value: 'docs',
      origin: { kind: 'default' },
    };
  const langRaw = flag(flags.lang) ?? fromFiles(LANG_KEYS) ?? { value: 'en', origin: { kind: 'default' } };

  let docsDir = { ...docsRaw, value: projectPath(docsRaw.value, root) };
  if (docsDir.origin.kind === 'file' && isOutside(docsDir.value)) {
    // A cloned repository's config must not make the tool read or write outside the project
    // (`documentation_dir: ../../etc`); only the user's own flags may (--docs, --out).
    diagnostics.push(
      diag(
        'config/outside-project',
        `the documentation folder "${docsRaw.value}" is outside the project (${docsDir.value})`,
        {
          at: docsDir.origin.at,
          hint: 'use a folder inside the project (e.g. `docs`), or pass --docs DIR and --out DIR on the command line to work elsewhere',
        },
      ),
    );
    docsDir = { value: 'docs', origin: { kind: 'default' } };
  }
  const config: ResolvedConfig = {
    projectName: { ...name, value: name.value.trim() || path.basename(path.resolve(root)) },
    documentationDir: docsDir,
    documentationLanguage: { ...langRaw, value: normaliseLanguage(langRaw.value) },
    configFile,
    configFormat,
  };
  const talk = fromFiles(['communication_language']);
  if (talk) config.communicationLanguage = { ...talk, value: normaliseLanguage(talk.value) };
  if (hints.length > 0) config.documentHints = hints.map(({ path: p, kind }) => ({ path: p, kind }));
  // BMAD v4 `prdSharded` / `architectureSharded`: which copy discovery reads when both exist.
  for (const kind of ['prd', 'architecture'] as const) {
    for (const file of files) {
      const v = file.entries.get(`${kind}.${kind}Sharded`)?.value;
      if (typeof v !== 'boolean') continue;
      config.shardedDocuments = { ...config.shardedDocuments, [kind]: v };
      break;
    }
  }
  return { config, diagnostics };
}

/** A project-relative path (from `projectPath`) that leaves the project. */
export function isOutside(projectRelative: string): boolean {
  return projectRelative === '..' || projectRelative.startsWith('../');
}

function hasAny(file: ConfigFile, keys: string[]): boolean {
  return keys.some((k) => file.entries.has(k));
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === '[mapping]' || (typeof value === 'object' && value !== null)) return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** BMAD v6 values refer to other keys: `{output_folder}/planning-artifacts`. */
function expand(value: string, file: ConfigFile): string {
  return value.replace(/\{([A-Za-z_][\w.]*)\}/g, (whole, key: string) => {
    if (key === 'project-root') return whole;
    const other = file.entries.get(key)?.value;
    return typeof other === 'string' && !other.includes(`{${key}}`) ? other : whole;
  });
}

/**
 * A project-relative POSIX path: `{project-root}/docs`, `./docs/`, `docs` and `<root>/docs` all
 * mean `docs`; the project root itself is `.`.
 */
export function projectPath(value: string, root: string): string {
  let v = value.trim().replace(/\\/g, '/');
  v = v.replace(/^\{project-root\}\/?/, '');
  if (path.isAbsolute(v)) v = path.relative(path.resolve(root), v).replace(/\\/g, '/');
  v = path.posix.normalize(v || '.');
  v = v.replace(/^\.\//, '').replace(/\/+$/, '');
  return v === '' ? '.' : v;
}

function documentHints(
  files: ConfigFile[],
  root: string,
): { path: string; kind: 'prd' | 'architecture' | 'folder'; origin: ConfigValue<string>['origin'] }[] {
  const out: {
    path: string;
    kind: 'prd' | 'architecture' | 'folder';
    origin: ConfigValue<string>['origin'];
  }[] = [];
  for (const file of files) {
    for (const { key, kind } of HINT_KEYS) {
      const entry = file.entries.get(key);
      if (!entry || typeof entry.value !== 'string' || entry.value.trim() === '') continue;
      const p = projectPath(expand(entry.value, file), root);
      if (p.includes('{') || p.startsWith('..') || out.some((h) => h.path === p)) continue;
      out.push({ path: p, kind, origin: { kind: 'file', at: { file: file.file, line: entry.line } } });
    }
  }
  return out;
}
