import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { DecisionsFile, UserDecision } from './types.js';

/**
 * Reads the decisions file. Accepts a top-level list or a `decisions:` list. Each entry is
 * `{ id, choose, reason }`, `{ id, assume, reason }`, `{ id, dismiss: true, reason }` (answers to the
 * conflict or open question `id`) or a free-standing `{ assume, reason }`; a reason is required (a
 * choice nobody can explain is not reviewable). A malformed entry is reported with its line and
 * skipped; the rest apply.
 */
export function parseDecisions(
  text: string,
  file: string,
): { decisions: DecisionsFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  const bad = (line: number, message: string) =>
    diagnostics.push(diag('reconcile/bad-decision', message, { at: { file, line } }));
  for (const e of doc.errors) bad(lineOf(e.pos[0]), `not valid YAML: ${e.message.split('\n')[0]}`);
  const entries: UserDecision[] = [];
  if (doc.errors.length > 0) return { decisions: { file, entries }, diagnostics };

  let list: unknown = doc.contents;
  if (isMap(list)) list = list.get('decisions', true);
  if (list === null || list === undefined) return { decisions: { file, entries }, diagnostics };
  if (!isSeq(list)) {
    bad(lineOf(doc.contents?.range?.[0]), 'expected a list of decisions (or a `decisions:` list)');
    return { decisions: { file, entries }, diagnostics };
  }
  for (const item of list.items) {
    const line = lineOf((item as { range?: [number, number, number] }).range?.[0]);
    if (!isMap(item)) {
      bad(
        line,
        'a decision is a mapping: `{ id, choose | assume | dismiss, reason }` or `{ assume, reason }`',
      );
      continue;
    }
    const fields = readFields(item);
    const unknown = Object.keys(fields).filter(
      (k) => !['id', 'choose', 'assume', 'dismiss', 'reason'].includes(k),
    );
    if (unknown.length > 0) {
      bad(line, `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`);
      continue;
    }
    const { id, choose, assume, dismiss, reason } = fields;
    if (!reason) {
      bad(line, 'a decision needs a non-empty `reason`');
      continue;
    }
    const answers = [choose, assume, dismiss].filter((v) => v !== undefined).length;
    if (answers > 1) {
      bad(line, 'one answer per entry: `choose`, `assume` or `dismiss`, not several');
      continue;
    }
    if (dismiss !== undefined) {
      if (!id) bad(line, '`dismiss` needs the `id` of the question it sets aside');
      else if (!/^(true|yes)$/i.test(dismiss)) bad(line, '`dismiss` takes `true`');
      else entries.push({ kind: 'dismiss', id, reason, line });
      continue;
    }
    if (assume !== undefined) {
      if (!assume) bad(line, '`assume` must not be empty');
      else entries.push({ kind: 'assume', ...(id ? { id } : {}), assume, reason, line });
      continue;
    }
    if (!id || choose === undefined || choose === '') {
      bad(line, 'a choice needs both `id` (the conflict subject) and `choose` (the value to use)');
      continue;
    }
    entries.push({ kind: 'choose', id, choose, reason, line });
  }
  return { decisions: { file, entries }, diagnostics };
}

/** Scalar values of a mapping as trimmed strings (numbers and booleans as written). */
function readFields(map: YAMLMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of map.items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const v = isScalar(pair.value) ? pair.value.value : pair.value;
    out[k] =
      v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v).trim();
  }
  return out;
}
