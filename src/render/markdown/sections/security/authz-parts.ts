import type { Spec } from '../../../../model/spec/index.js';
import type { Messages } from '../../../i18n/index.js';
import { blocks, heading, source, table } from '../../format.js';
import { documentedVerb, stateActionWord } from '../../state-action-words.js';

type T = Messages['security']['auth'];

export function rolesSection(spec: Spec, t: T): string | null {
  if (spec.roles.length === 0) return null;
  const defaulted = spec.roles.some(
    (r) => r.origin.kind === 'default' && r.origin.rule === 'derive/default-role-user',
  );
  const levels = spec.roles.some((r) => typeof r.level === 'number');
  const header = [
    t.rolesTable.role,
    t.rolesTable.label,
    ...(levels ? [t.rolesTable.level] : []),
    t.rolesTable.inherits,
    t.rolesTable.description,
    t.rolesTable.source,
  ];
  return blocks(
    heading(3, t.rolesHeading),
    defaulted ? `> ${t.defaultRoles}` : null,
    table(
      header,
      spec.roles.map((r) => [
        `\`${r.name}\``,
        r.label,
        ...(levels ? [r.level ?? null] : []),
        r.inherits.map((i) => `\`${i}\``).join(', '),
        r.description,
        source(r.origin),
      ]),
    ),
  );
}

export function matrixSection(spec: Spec, t: T): string | null {
  const m = spec.permissions;
  if (!m || m.rows.length === 0) return null;
  const byId = new Map(spec.endpoints.map((e) => [e.operationId, e]));
  const rows = m.rows.map((r) => {
    const e = byId.get(r.operationId);
    // An operation a server-rendered surface serves has no route: its name and where it is served.
    const label = e?.servedBy
      ? `\`${e.operationId}\` (${t.servedBy(e.servedBy.surface)})`
      : e
        ? `\`${e.method} ${e.path}\``
        : `\`${r.operationId}\``;
    return [label, ...m.roles.map((role) => t.access[r.access[role] ?? 'denied']), source(r.origin)];
  });
  // A provider's webhook is denied to every role: its provider calls it with a signature (5.8).
  const hooks = new Set(
    m.rows
      .filter((r) => r.origin.kind === 'rule' && r.origin.rule === 'derive/authz-webhook-machine-only')
      .map((r) => r.operationId),
  );
  return blocks(
    heading(3, t.matrixHeading),
    t.matrixIntro,
    table([t.matrixEndpoint, ...m.roles.map((r) => `\`${r}\``), t.strategyTable.source], rows),
    spec.endpoints.some((e) => !e.authenticated && !hooks.has(e.operationId)) ? t.publicNote : null,
    hooks.size > 0 ? t.webhookNote : null,
  );
}

export function grantsSection(spec: Spec, t: T, messages: Messages): string | null {
  const grants = spec.permissions?.grants ?? [];
  if (grants.length === 0) return null;
  // One row per role and resource: the actions granted, and the first source that granted them.
  const rows = new Map<
    string,
    { role: string; resource: string; actions: string[]; origin: (typeof grants)[number]['origin'] }
  >();
  for (const g of grants) {
    const key = `${g.role}\u0000${g.resource}`;
    const row = rows.get(key) ?? { role: g.role, resource: g.resource, actions: [], origin: g.origin };
    // A grant of one state action names it (`cancel`), not every update of the record: in the
    // documents' own verb or the catalog's, the English verb as code where neither exists. One
    // column's update names the column (`update depositWaived`).
    const action =
      g.action === 'update' && g.verb
        ? (stateActionWord(g.verb, documentedVerb(spec.endpoints, g.resource, g.verb), messages) ??
          `\`${g.verb}\``)
        : g.action === 'update' && g.field
          ? `${t.actionWords.update ?? 'update'} \`${g.field}\``
          : g.action;
    if (!row.actions.includes(action)) row.actions.push(action);
    rows.set(key, row);
  }
  const order = ['manage', 'create', 'read', 'update', 'delete'];
  // The named state actions sit after the general update.
  const rank = (a: string) => (order.includes(a) ? order.indexOf(a) : order.indexOf('update') + 0.5);
  return blocks(
    heading(3, t.grantsHeading),
    table(
      [t.grantsTable.role, t.grantsTable.resource, t.grantsTable.actions, t.grantsTable.source],
      [...rows.values()].map((r) => [
        `\`${r.role}\``,
        r.resource === '*' ? t.everyResource : r.resource,
        r.actions
          .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
          .map((a) => t.actionWords[a] ?? a)
          .join(', '),
        source(r.origin),
      ]),
    ),
  );
}

export function ownershipSection(spec: Spec, t: T): string | null {
  const m = spec.permissions;
  if (!m) return null;
  const table_ =
    m.ownership.length > 0
      ? table(
          [t.ownershipTable.entity, t.ownershipTable.rule, t.ownershipTable.column, t.ownershipTable.source],
          m.ownership.map((o) => [
            o.entity,
            `${t.ownershipKinds[o.kind ?? 'column']}: \`${o.description}\``,
            `\`${o.column}\``,
            source(o.origin),
          ]),
        )
      : t.noOwnership;
  return blocks(
    heading(3, t.ownershipHeading),
    table_,
    m.ownership.length > 0 ? t.ownershipEnforcement : null,
    m.tenant ? `${t.tenant(m.tenant.column)} (${source(m.tenant.origin)})` : null,
    scopesTable(m.scopes ?? [], t),
  );
}

/** The roles a stated sentence scopes, with the foreign-key path and the statement (rule derive/authz-stated-scope). */
function scopesTable(scopes: NonNullable<NonNullable<Spec['permissions']>['scopes']>, t: T): string | null {
  if (scopes.length === 0) return null;
  return blocks(
    t.scopesIntro,
    table(
      [
        t.scopesTable.role,
        t.scopesTable.entity,
        t.scopesTable.access,
        t.scopesTable.path,
        t.scopesTable.covers,
        t.scopesTable.source,
      ],
      scopes.map((s) => [
        `\`${s.role}\``,
        s.entity,
        t.access[s.access],
        `\`${s.path}\``,
        s.entities.join(', '),
        source(s.origin),
      ]),
    ),
  );
}
