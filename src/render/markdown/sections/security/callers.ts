import type { Spec } from '../../../../model/spec/index.js';
import type { MachinePrincipal } from '../../../../model/spec/security.js';
import type { Messages } from '../../../i18n/index.js';
import { blocks, heading, source, table } from '../../format.js';
import { groupAuthentication } from './auth-parts.js';

type T = Messages['security']['auth'];

const MAX_LISTED = 3;

/** How a machine authenticates, as stated; "not stated" rather than a guess. */
function machineAuth(p: MachinePrincipal, t: T): string {
  switch (p.auth?.value) {
    case 'api-key': {
      const c = p.credential;
      if (!c) return t.strategies['api-key'];
      return c.origin.kind === 'source' ? t.apiKeyAuth(c.name) : t.apiKeyProposedHeader(c.name);
    }
    case 'signature':
      return t.signatureAuth;
    case 'mtls':
      return t.mtlsAuth;
    case 'oauth-client-credentials':
      return t.clientCredentialsAuth;
    default:
      return t.authNotStated;
  }
}

/** Sources of a caller: where it is named, and where its authentication is stated when elsewhere. */
function sources(p: MachinePrincipal): string {
  const at = [p.origin, p.auth?.origin, p.credential?.origin].filter((o) => o !== undefined);
  return [...new Set(at.map(source))].join(', ');
}

/**
 * Section 5.8, who calls the API (issue 13 item 3): users by role with the designed strategy, the
 * stated client applications, machine clients (API keys) and webhook senders (signatures), each
 * with how it authenticates and its source. The OpenAPI security schemes are the same list.
 */
export function callersSection(spec: Spec, t: T): string | null {
  const principals = spec.principals ?? [];
  const clients = spec.clients ?? [];
  // A project that designs no API has nobody calling it.
  const anonymous = spec.anonymousCallers ?? [];
  if (
    spec.endpoints.length === 0 ||
    (principals.length === 0 && clients.length === 0 && anonymous.length === 0)
  )
    return null;
  const byId = new Map(spec.endpoints.map((e) => [e.operationId, e]));
  const userAuth = spec.auth ? t.strategies[spec.auth.strategy.value] : t.authNotStated;
  const rows: string[][] = [];
  for (const r of spec.roles) {
    // The routes of the API it may call: a server-rendered surface's operations are no calls of the API.
    const allowed = (spec.permissions?.rows ?? []).filter(
      (row) => (row.access[r.name] ?? 'denied') !== 'denied' && !byId.get(row.operationId)?.servedBy,
    );
    // A role whose group states its own mechanism (volunteers by session cookie) shows that one.
    const group = spec.auth?.perRole?.find((g) => g.roles.includes(r.name));
    const how = group ? groupAuthentication(group, t) : userAuth;
    const said = group ? (group.stated ?? group.origin) : spec.auth?.strategy.origin;
    rows.push([
      `\`${r.name}\``,
      t.callerKinds.user,
      how,
      t.operationsCount(allowed.length),
      [...new Set([r.origin, said].filter((o) => o !== undefined).map(source))].join(', '),
    ]);
  }
  // A role the documents describe as not signed in: the anonymous caller, on the public routes only.
  for (const a of spec.anonymousCallers ?? [])
    rows.push([
      `\`${a.name}\``,
      t.callerKinds.anonymous,
      t.anonymousAuth,
      t.operationsCount(a.operations.length),
      source(a.origin),
    ]);
  // One web front end, however many of its technologies the stack names (React, Vite, Tailwind CSS).
  if (clients.length > 0)
    rows.push([
      clients.map((c) => c.technology).join(', '),
      t.callerKinds.browser,
      t.browserAuth,
      '',
      [...new Set(clients.map((c) => source(c.origin)))].join(', '),
    ]);
  for (const p of principals) {
    const ops = p.operations.map((id) => byId.get(id)).filter((e) => e !== undefined);
    const listed = ops.slice(0, MAX_LISTED).map((e) => `\`${e.method} ${e.path}\``);
    if (ops.length > MAX_LISTED) listed.push(t.moreOperations(ops.length - MAX_LISTED));
    rows.push([
      p.credential && p.name === 'API key client' ? t.apiKeyClient : p.name,
      t.callerKinds[p.kind],
      machineAuth(p, t),
      listed.join(', '),
      sources(p),
    ]);
  }
  return blocks(
    heading(3, t.callersHeading),
    t.callersIntro,
    table(
      [
        t.callersTable.caller,
        t.callersTable.kind,
        t.callersTable.authentication,
        t.callersTable.operations,
        t.callersTable.source,
      ],
      rows,
    ),
  );
}
