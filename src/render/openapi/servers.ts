import type { Spec } from '../../model/spec/index.js';

/**
 * `servers` (OpenAPI 3.1 §4.8.5). The documents state environments but no base URL in any corpus
 * project, so the one server is relative to the host the API is served from and marked as a
 * placeholder (`x-placeholder`), named for the environment it stands for. `x-internal: false`
 * declares the audience (OWASP API9:2023 Improper Inventory Management): the API serves the
 * product's own clients over the public internet.
 */
export function servers(spec: Spec): Record<string, unknown>[] {
  const envs = (spec.deployment?.environments ?? []).map((e) => e.name);
  const production = envs.find((n) => /prod/i.test(n)) ?? 'production';
  return [
    {
      url: '/',
      description: `The ${production} server, relative to the host the API is served from. Placeholder: no server URL is stated in the documents.`,
      'x-internal': false,
      'x-placeholder': true,
    },
  ];
}
