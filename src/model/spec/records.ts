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
  for (const [key, v] of Object.entries(record)) if (!skip?.(key)) eachRecord(v, visit, skip);
}
