import type { CodeId } from './codes/index.js';
import { CODES } from './codes/index.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  file: string;
  line: number;
  column?: number;
}

export interface Diagnostic {
  code: CodeId;
  severity: Severity;
  message: string;
  at?: Position;
  /** Path in the Spec/Domain the diagnostic is about (`entities.Task.fields.title`). */
  path?: string;
  /** How to fix it. */
  hint?: string;
}

/** Builds a diagnostic with the severity registered for its code (an unknown code is a type error). */
export function diag(
  code: CodeId,
  message: string,
  extra: { at?: Position; path?: string; hint?: string; severity?: Severity } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: extra.severity ?? CODES[code].severity, message };
  if (extra.at) d.at = extra.at;
  if (extra.path) d.path = extra.path;
  if (extra.hint) d.hint = extra.hint;
  return d;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: file, line, column, code, message — so output is byte-identical across runs. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.at?.file ?? '\uffff';
    const fb = b.at?.file ?? '\uffff';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.at?.line ?? 0;
    const lb = b.at?.line ?? 0;
    if (la !== lb) return la - lb;
    if ((a.at?.column ?? 0) !== (b.at?.column ?? 0)) return (a.at?.column ?? 0) - (b.at?.column ?? 0);
    if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
