/**
 * Calls `visit` on every object of a Spec-like tree, depth first, in key order; arrays are walked,
 * not visited. `skip` names keys whose values are not entered (an `origin` counted by its owner).
 */
export function eachRecord(
  value: unknown,
  visit: (record: Record<string, unknown>) => void,
  skip?: (key: string) => boolean,
): void {
  if (Array.isArray(value)) {
    for (const v of value) eachRecord(v, visit, skip);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  visit(record);
  // Keys, not entries, and only object values entered: the walk visits every record of a spec
  // (tens of thousands at 1,000 entities), and a [key, value] pair per property was most of it.
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (v !== null && typeof v === 'object' && !skip?.(key)) eachRecord(v, visit, skip);
  }
}
