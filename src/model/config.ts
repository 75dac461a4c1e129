import type { SourceRef } from './origin.js';

/** Where a config value came from: a flag, a config file line, or the built-in default. */
export type ConfigOrigin = { kind: 'flag' } | { kind: 'file'; at: SourceRef } | { kind: 'default' };

export interface ConfigValue<T> {
  value: T;
  origin: ConfigOrigin;
}

export interface ResolvedConfig {
  projectName: ConfigValue<string>;
  /** Project-relative documentation folder, e.g. `docs` or `.bmad/docs`. */
  documentationDir: ConfigValue<string>;
  /** BCP 47-ish language code (`en`, `fi`, `es`), normalised from names such as `English`. */
  documentationLanguage: ConfigValue<string>;
  /** BMAD `communication_language`, normalised: the language of the terminal report when set. */
  communicationLanguage?: ConfigValue<string>;
  /** The config file that was used, if any (project-relative). */
  configFile: string | null;
  /** Which config dialect it was read as. */
  configFormat: 'workflow' | 'bmad-v6' | 'bmad-v4' | null;
  /** Files or folders a config names as planning documents (BMAD v4 `prdFile`, v6 `planning_artifacts`). */
  documentHints?: { path: string; kind: 'prd' | 'architecture' | 'folder' }[];
  /** BMAD v4 `prdSharded` / `architectureSharded`: the shards, not the monolith, are the document. */
  shardedDocuments?: { prd?: boolean; architecture?: boolean };
}
