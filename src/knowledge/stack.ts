import type { Domain, StackChoice, StackConcern } from '../model/domain.js';

/**
 * The technology chosen for a concern: the first `chosen` fact, else the first `mentioned` one.
 * Rejected, superseded, deprecated and out-of-scope options are never returned.
 */
export function chosen(domain: Domain, concern: StackConcern): StackChoice | null {
  const facts = domain.stack.filter((s) => s.concern === concern);
  return facts.find((s) => s.status === 'chosen') ?? facts.find((s) => s.status === 'mentioned') ?? null;
}

/** True when the chosen technology for `concern` matches the pattern (case-insensitive). */
export function uses(domain: Domain, concern: StackConcern, pattern: RegExp): boolean {
  const c = chosen(domain, concern);
  return c !== null && pattern.test(c.value);
}
