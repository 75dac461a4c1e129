import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { constraintsOf } from '../extract/constraints.js';
import { mergeEntities } from '../extract/merge-entities.js';
import { entityKey, entityName, fieldKey } from '../knowledge/names.js';
import { findProviders } from '../knowledge/providers.js';
import { roleKey, roleLabel } from '../knowledge/role-names.js';
import type { Domain, EntityFact, FieldFact, ScalarType } from '../model/domain.js';
import { fromAssistant, type Origin } from '../model/origin.js';
import type { SourceDocument } from '../model/sources.js';
import { readStatedJob } from '../read/job-words.js';
import { talksOfProviderEvents } from '../read/provider-words.js';
import type { ParsedFacts } from './parse.js';
import { checkQuote } from './quote.js';
import type { FactSource, FactVerdict, FieldInput } from './types.js';

/** Scalars that say the same thing at the level a prose fact can contradict a stated type. */
const FAMILY: Record<ScalarType, string> = {
  uuid: 'id',
  string: 'text',
  text: 'text',
  email: 'text',
  url: 'text',
  phone: 'text',
  enum: 'text',
  integer: 'int',
  bigint: 'int',
  decimal: 'number',
  float: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  time: 'time',
  json: 'json',
  binary: 'binary',
  array: 'array',
};

const where = (o: Origin) =>
  o.kind === 'source' || o.kind === 'assistant' || o.kind === 'decision' ? `${o.file}:${o.line}` : 'a rule';

/**
 * Applies the facts overlay to the Domain read from the documents. A fact is accepted only when its
 * quote occurs in the cited document near the cited line and it contradicts no stated fact; it then
 * joins the Domain BELOW the stated facts (a stated entity keeps its fields, an overlay field only
 * fills a gap) with origin kind `assistant`. Every fact gets a verdict; rejections are diagnostics.
 */
export function applyFacts(
  stated: Domain,
  overlay: ParsedFacts,
  documents: readonly SourceDocument[],
): { domain: Domain; diagnostics: Diagnostic[]; verdicts: FactVerdict[] } {
  const { facts, file } = overlay;
  const diagnostics: Diagnostic[] = [];
  const verdicts: FactVerdict[] = [];
  const docs = new Map(documents.map((d) => [d.path, d]));
  const domain: Domain = structuredClone(stated);
  domain.securityFacts ??= [];
  domain.statedJobs ??= [];
  const securityFacts = domain.securityFacts;
  const statedJobs = domain.statedJobs;

  const verdict = (
    path: (string | number)[],
    fact: string,
    status: FactVerdict['status'],
    reason: string,
  ) => {
    const line = overlay.lineOf(['facts', ...path]);
    const label = path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .slice(1);
    verdicts.push({ path: label, fact, status, reason, line });
    const at = { file, line };
    if (status === 'already-stated')
      diagnostics.push(diag('facts/already-stated', `${fact}: ${reason}`, { at }));
    return status === 'accepted';
  };
  const reject = (
    path: (string | number)[],
    fact: string,
    code: 'facts/contradicts-document' | 'facts/unknown-target',
    reason: string,
  ) => {
    verdict(path, fact, 'rejected', reason);
    diagnostics.push(
      diag(code, `${fact} rejected: ${reason}`, { at: { file, line: overlay.lineOf(['facts', ...path]) } }),
    );
    return false;
  };
  /** The evidence check; on success the origin the fact carries. */
  const evidence = (path: (string | number)[], fact: string, source: FactSource): Origin | null => {
    const doc = docs.get(source.file);
    const at = { file, line: overlay.lineOf(['facts', ...path]) };
    if (!doc) {
      const reason = `${source.file} is not one of the planning documents read (${[...docs.keys()].slice(0, 4).join(', ')}${docs.size > 4 ? ', ...' : ''})`;
      verdict(path, fact, 'rejected', reason);
      diagnostics.push(diag('facts/unknown-document', `${fact} rejected: ${reason}`, { at }));
      return null;
    }
    const checked = checkQuote(doc, source.line, source.quote);
    if (!checked.ok) {
      verdict(path, fact, 'rejected', checked.reason);
      diagnostics.push(
        diag('facts/quote-not-found', `${fact} rejected: ${checked.reason}`, {
          at,
          hint: 'copy the words from the document and cite the line they are on',
        }),
      );
      return null;
    }
    return fromAssistant(source.file, source.line, source.quote.trim());
  };

  const entityByKey = new Map(domain.entities.map((e) => [entityKey(e.name), e]));
  const statedEntities = new Set(entityByKey.keys());
  const findEntity = (name: string) =>
    entityByKey.get(entityKey(name)) ??
    domain.entities.find((e) => e.table?.toLowerCase() === name.toLowerCase() || e.writtenAs === name);

  /** Adds one field to an entity unless a stated field already says it (or says otherwise). */
  const addField = (entity: EntityFact, input: FieldInput, source: FactSource, path: (string | number)[]) => {
    const fact = `field ${entity.name}.${input.name}`;
    const origin = evidence(path, fact, input.source ?? source);
    if (!origin) return;
    const existing = entity.fields.find((f) => fieldKey(f.name) === fieldKey(input.name));
    if (existing && existing.origin.kind !== 'assistant') {
      if (FAMILY[existing.type.scalar] !== FAMILY[input.type])
        return reject(
          path,
          fact,
          'facts/contradicts-document',
          `${where(existing.origin)} states ${entity.name}.${existing.name} as ${existing.type.raw ?? existing.type.scalar}, not ${input.type}`,
        );
      return verdict(path, fact, 'already-stated', `stated at ${where(existing.origin)}`);
    }
    if (existing) return verdict(path, fact, 'already-stated', 'given twice in the overlay');
    entity.fields.push(toField(input, origin));
    verdict(
      path,
      fact,
      'accepted',
      `quote found in ${origin.kind === 'assistant' ? origin.file : ''} near line ${input.source?.line ?? source.line}`,
    );
  };

  for (const [i, e] of (facts.entities ?? []).entries()) {
    const fact = `entity ${entityName(e.name)}`;
    const path = ['entities', i];
    const origin = evidence(path, fact, e.source);
    if (!origin) continue;
    let entity = findEntity(e.name);
    if (entity && statedEntities.has(entityKey(entity.name)))
      verdict(
        path,
        fact,
        'already-stated',
        `defined at ${where(entity.origin)}; its fields below fill gaps only`,
      );
    else if (entity) verdict(path, fact, 'already-stated', 'given twice in the overlay');
    else {
      entity = {
        name: entityName(e.name),
        writtenAs: e.name,
        ...(e.table ? { table: e.table } : {}),
        ...(e.description ? { description: e.description } : {}),
        fields: [],
        uniques: [],
        checks: [],
        notation: 'prose',
        origin,
        seenIn: [origin],
      };
      domain.entities.push(entity);
      entityByKey.set(entityKey(entity.name), entity);
      verdict(path, fact, 'accepted', `quote found in ${e.source.file} near line ${e.source.line}`);
    }
    for (const [j, f] of (e.fields ?? []).entries()) addField(entity, f, e.source, [...path, 'fields', j]);
  }

  for (const [i, f] of (facts.fields ?? []).entries()) {
    const entity = findEntity(f.entity);
    if (!entity) {
      reject(
        ['fields', i],
        `field ${f.entity}.${f.name}`,
        'facts/unknown-target',
        `no entity ${f.entity} is defined`,
      );
      continue;
    }
    addField(entity, f, f.source, ['fields', i]);
  }

  for (const [i, r] of (facts.relationships ?? []).entries()) {
    const fact = `relationship ${r.from} ${r.kind} ${r.to}`;
    const path = ['relationships', i];
    const from = findEntity(r.from);
    const to = findEntity(r.to);
    if (!from || !to) {
      reject(path, fact, 'facts/unknown-target', `no entity ${!from ? r.from : r.to} is defined`);
      continue;
    }
    const origin = evidence(path, fact, r.source);
    if (!origin) continue;
    const same = domain.relationships.find(
      (x) =>
        (entityKey(x.from) === entityKey(from.name) && entityKey(x.to) === entityKey(to.name)) ||
        (entityKey(x.from) === entityKey(to.name) && entityKey(x.to) === entityKey(from.name)),
    );
    if (same && same.origin.kind !== 'assistant') {
      if (same.kind !== r.kind && entityKey(same.from) === entityKey(from.name))
        reject(
          path,
          fact,
          'facts/contradicts-document',
          `${where(same.origin)} states ${same.from} ${same.kind} ${same.to}`,
        );
      else verdict(path, fact, 'already-stated', `stated at ${where(same.origin)}`);
      continue;
    }
    domain.relationships.push({
      from: from.name,
      to: to.name,
      kind: r.kind,
      ...(r.through ? { through: entityName(r.through) } : {}),
      ...(r.label ? { label: r.label } : {}),
      ...(r.required !== undefined ? { required: r.required } : {}),
      notation: 'prose',
      origin,
    });
    verdict(path, fact, 'accepted', `quote found in ${r.source.file} near line ${r.source.line}`);
  }

  for (const [i, e] of (facts.enums ?? []).entries()) {
    const fact = `enum ${e.name}`;
    const path = ['enums', i];
    const origin = evidence(path, fact, e.source);
    if (!origin) continue;
    const same = domain.enums.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
    const key = (v: string[]) =>
      v
        .map((x) => x.toLowerCase())
        .sort()
        .join('|');
    if (same) {
      if (key(same.values) !== key(e.values))
        reject(
          path,
          fact,
          'facts/contradicts-document',
          `${where(same.origin)} states its values as ${same.values.join(', ')}`,
        );
      else verdict(path, fact, 'already-stated', `stated at ${where(same.origin)}`);
      continue;
    }
    domain.enums.push({ name: e.name, values: [...e.values], origin });
    verdict(path, fact, 'accepted', `quote found in ${e.source.file} near line ${e.source.line}`);
  }

  for (const [i, r] of (facts.roles ?? []).entries()) {
    const fact = `role ${r.label ?? r.name}`;
    const path = ['roles', i];
    const origin = evidence(path, fact, r.source);
    if (!origin) continue;
    const keys = new Set([roleKey(r.name), ...(r.label ? [roleKey(r.label)] : [])]);
    const same = domain.roles.find((x) => keys.has(x.name) || keys.has(roleKey(x.label)));
    if (same) {
      verdict(path, fact, 'already-stated', `stated at ${where(same.origin)}`);
      continue;
    }
    domain.roles.push({
      name: roleKey(r.name),
      label: r.label ?? roleLabel(r.name),
      ...(r.description ? { description: r.description } : {}),
      origin,
    });
    verdict(path, fact, 'accepted', `quote found in ${r.source.file} near line ${r.source.line}`);
  }

  for (const [i, p] of (facts.permissions ?? []).entries()) {
    const fact = `permission ${p.role} ${p.action} ${p.resource}`;
    const path = ['permissions', i];
    const role = domain.roles.find((x) => x.name === roleKey(p.role) || roleKey(x.label) === roleKey(p.role));
    const entity = findEntity(p.resource);
    if (!role || !entity) {
      reject(
        path,
        fact,
        'facts/unknown-target',
        !role ? `no role ${p.role} is defined` : `no entity ${p.resource} is defined`,
      );
      continue;
    }
    const origin = evidence(path, fact, p.source);
    if (!origin) continue;
    // Phrased the way the grants step reads permission sentences: `<Role> can <action> <Entity>`.
    const verb = p.action === 'manage' ? 'manage' : p.action;
    securityFacts.push({
      kind: 'permission-statement',
      text: `${role.label} can ${verb} ${entity.name}`,
      origin,
    });
    verdict(path, fact, 'accepted', `quote found in ${p.source.file} near line ${p.source.line}`);
  }

  for (const [i, j] of (facts.jobs ?? []).entries()) {
    const fact = `job ${j.name}`;
    const path = ['jobs', i];
    const origin = evidence(path, fact, j.source);
    if (!origin) continue;
    const same = statedJobs.find((x) => fieldKey(x.name) === fieldKey(j.name));
    if (same) {
      verdict(path, fact, 'already-stated', `stated at ${where(same.origin)}`);
      continue;
    }
    statedJobs.push(readStatedJob(j.name, j.schedule, j.description, origin));
    verdict(path, fact, 'accepted', `quote found in ${j.source.file} near line ${j.source.line}`);
  }

  for (const [i, g] of (facts.integrations ?? []).entries()) {
    const fact = `integration ${g.name}`;
    const path = ['integrations', i];
    const origin = evidence(path, fact, g.source);
    if (!origin) continue;
    const provider = findProviders(g.name)[0]?.provider.id ?? fieldKey(g.name);
    const same = domain.integrations.filter((x) => x.provider === provider);
    const refused = same.find((x) => x.status === 'rejected');
    if (refused) {
      reject(path, fact, 'facts/contradicts-document', `${where(refused.origin)} rejects ${refused.name}`);
      continue;
    }
    const chosen = same.find((x) => x.status === 'chosen');
    if (chosen) {
      verdict(path, fact, 'already-stated', `stated at ${where(chosen.origin)}`);
      continue;
    }
    domain.integrations.push({
      provider,
      name: g.name,
      context: g.purpose,
      status: 'chosen',
      origin,
      ...(talksOfProviderEvents(g.purpose) ? { events: true } : {}),
    });
    verdict(path, fact, 'accepted', `quote found in ${g.source.file} near line ${g.source.line}`);
  }

  for (const [i, r] of (facts.rules ?? []).entries()) {
    const fact = `rule "${r.text.length > 40 ? `${r.text.slice(0, 37)}...` : r.text}"`;
    const path = ['rules', i];
    const origin = evidence(path, fact, r.source);
    if (!origin) continue;
    securityFacts.push({ kind: 'business-rule', text: r.text, section: null, origin });
    // Read like a stated rule: its constraints (read-only, never deleted…) reach derive too.
    domain.constraints = [...(domain.constraints ?? []), ...constraintsOf(r.text, origin)];
    verdict(path, fact, 'accepted', `quote found in ${r.source.file} near line ${r.source.line}`);
  }

  for (const [i, s] of (facts.stack ?? []).entries()) {
    const fact = `stack ${s.concern} ${s.value}`;
    const path = ['stack', i];
    const origin = evidence(path, fact, s.source);
    if (!origin) continue;
    const same = domain.stack.filter((x) => x.concern === s.concern && x.origin.kind !== 'assistant');
    const norm = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const refused = same.find(
      (x) => norm(x.value) === norm(s.value) && x.status !== 'chosen' && x.status !== 'mentioned',
    );
    const other = same.find((x) => x.status === 'chosen' && norm(x.value) !== norm(s.value));
    if (refused) {
      reject(
        path,
        fact,
        'facts/contradicts-document',
        `${where(refused.origin)} marks ${refused.value} as ${refused.status}`,
      );
      continue;
    }
    if (other) {
      reject(
        path,
        fact,
        'facts/contradicts-document',
        `${where(other.origin)} chooses ${other.value} for ${s.concern}`,
      );
      continue;
    }
    if (same.some((x) => x.status === 'chosen')) {
      verdict(
        path,
        fact,
        'already-stated',
        `stated at ${where(same.find((x) => x.status === 'chosen')!.origin)}`,
      );
      continue;
    }
    domain.stack.push({ concern: s.concern, value: s.value, status: 'chosen', origin });
    verdict(path, fact, 'accepted', `quote found in ${s.source.file} near line ${s.source.line}`);
  }

  // Resolve the new entities' references, implied relationships and prose mentions as merge does.
  const merged = mergeEntities(domain);
  return { domain: merged.domain, diagnostics: [...diagnostics, ...merged.diagnostics], verdicts };
}

function toField(input: FieldInput, origin: Origin): FieldFact {
  return {
    name: input.name,
    type: {
      scalar: input.type,
      ...(input.length !== undefined ? { length: input.length } : {}),
      ...(input.precision !== undefined ? { precision: input.precision } : {}),
      ...(input.scale !== undefined ? { scale: input.scale } : {}),
    },
    nullable: input.required === undefined ? null : !input.required,
    unique: input.unique ?? false,
    primaryKey: input.primaryKey ?? false,
    ...(input.default !== undefined ? { default: input.default } : {}),
    ...(input.values ? { enumValues: [...input.values] } : {}),
    ...(input.references
      ? {
          references: {
            entity: entityName(input.references.entity),
            field: input.references.field ?? 'id',
            ...(input.references.onDelete ? { onDelete: input.references.onDelete } : {}),
          },
        }
      : {}),
    ...(input.description ? { description: input.description } : {}),
    origin,
  };
}
