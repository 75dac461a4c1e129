import { cite, type Origin } from '../../../../model/origin.js';
import type { Messages } from '../../../i18n/index.js';

/**
 * The citation of a derived item with the document lines its rule read: `rule derive/x` alone would
 * hide which NFR or requirement a threshold or job came from.
 */
export function sourceWithFrom(origin: Origin): string {
  const own = `\`${cite(origin)}\``;
  if (origin.kind !== 'rule' || !origin.from || origin.from.length === 0) return own;
  const from = [...new Set(origin.from.filter((f) => f.file).map((f) => `${f.file}:${f.line}`))];
  return from.length > 0 ? `${own} ← ${from.map((f) => `\`${f}\``).join(', ')}` : own;
}

/**
 * A retry policy with where its count comes from: the stated line, or the proposal marker when the
 * documents state none (a default is never presented as theirs).
 */
export function retrySaid(text: string, origin: Origin, t: Messages): string {
  return origin.kind === 'source'
    ? `${text} ${sourceWithFrom(origin)}`
    : `**${t.operations.decisions.proposed}:** ${text}`;
}
