import { cite, type Origin } from '../../../../model/origin.js';

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
