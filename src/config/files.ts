import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { ResolvedConfig } from '../model/config.js';

export type ConfigFormat = NonNullable<ResolvedConfig['configFormat']>;

/**
 * Config files in the order they are tried. The first that exists is "the" config file; later ones
 * only fill keys the earlier ones left unset (a BMAD v6 project often has both `.bmad/config.yaml`
 * and `_bmad/bmm/config.yaml`; a v4 project's core-config names its PRD and architecture files).
 */
export const CONFIG_CANDIDATES: { file: string; format: ConfigFormat }[] = [
  { file: '.bmad/config.yaml', format: 'workflow' },
  { file: '.bmad/config.yml', format: 'workflow' },
  { file: '_bmad/bmm/config.yaml', format: 'bmad-v6' },
  { file: '_bmad/bmm/config.yml', format: 'bmad-v6' },
  { file: '_bmad/core/config.yaml', format: 'bmad-v6' },
  { file: '.bmad-core/core-config.yaml', format: 'bmad-v4' },
  { file: '.bmad-core/core-config.yml', format: 'bmad-v4' },
];

/** A scalar read from a config file, with the line of its key (for diagnostics and origins). */
export interface ConfigEntry {
  value: unknown;
  line: number;
}

/** A parsed config file: top-level and nested keys (`prd.prdFile`) flattened with their lines. */
export interface ConfigFile {
  file: string;
  format: ConfigFormat;
  entries: Map<string, ConfigEntry>;
}

/**
 * Parses one config file. Syntax errors and a top level that is not a mapping become diagnostics
 * with file:line; the file is then ignored (defaults apply) rather than half-read.
 */
export function parseConfigFile(
  file: string,
  format: ConfigFormat,
  text: string,
): { config: ConfigFile | null; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      config: null,
      diagnostics: doc.errors.map((err) =>
        diag('config/invalid-yaml', `invalid YAML: ${firstLine(err.message)}`, {
          at: { file, line: err.linePos?.[0]?.line ?? 1, column: err.linePos?.[0]?.col ?? 1 },
          hint: 'fix the YAML syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); values with `:` or `{` need quotes',
        }),
      ),
    };
  }
  const entries = new Map<string, ConfigEntry>();
  if (doc.contents === null) return { config: { file, format, entries }, diagnostics: [] };
  if (!isMap(doc.contents)) {
    const line = doc.contents.range ? lineCounter.linePos(doc.contents.range[0]).line : 1;
    return {
      config: null,
      diagnostics: [
        diag('config/wrong-type', 'the config file must be a mapping of `key: value` pairs', {
          at: { file, line },
          hint: 'write one `key: value` per line, e.g. `documentation_dir: docs`',
        }),
      ],
    };
  }
  const visit = (map: typeof doc.contents, prefix: string, depth: number) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null) continue;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      const line = keyRange ? lineCounter.linePos(keyRange[0]).line : 1;
      const name = prefix ? `${prefix}.${key}` : key;
      const value = pair.value;
      if (isMap(value) && depth < 2) {
        entries.set(name, { value: '[mapping]', line });
        visit(value, name, depth + 1);
      } else if (isScalar(value)) entries.set(name, { value: value.value, line });
      else if (value === null || value === undefined) entries.set(name, { value: null, line });
      else entries.set(name, { value: value.toJSON(), line });
    }
  };
  visit(doc.contents, '', 0);
  return { config: { file, format, entries }, diagnostics: [] };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}
