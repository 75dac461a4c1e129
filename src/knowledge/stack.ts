import type { Domain, StackChoice, StackConcern } from '../model/domain.js';

const PACKAGING = /^docker(?: compose)?$/i;

/**
 * A container format says how the service is packaged, not where it runs: Cloud Run beside Docker is
 * the hosting decision, so for hosting the platforms come first (a stable reorder).
 */
export function platformsFirst(concern: StackConcern, facts: StackChoice[]): StackChoice[] {
  if (concern !== 'hosting') return facts;
  return [...facts.filter((s) => !PACKAGING.test(s.value)), ...facts.filter((s) => PACKAGING.test(s.value))];
}

/**
 * The technology chosen for a concern: the first `chosen` fact, else the first `mentioned` one.
 * Rejected, superseded, deprecated and out-of-scope options are never returned.
 */
export function chosen(domain: Domain, concern: StackConcern): StackChoice | null {
  const facts = platformsFirst(
    concern,
    domain.stack.filter((s) => s.concern === concern),
  );
  return facts.find((s) => s.status === 'chosen') ?? facts.find((s) => s.status === 'mentioned') ?? null;
}

/** True when the chosen technology for `concern` matches the pattern (case-insensitive). */
export function uses(domain: Domain, concern: StackConcern, pattern: RegExp): boolean {
  const c = chosen(domain, concern);
  return c !== null && pattern.test(c.value);
}
