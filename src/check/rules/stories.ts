import { SERVED_BY_IDP } from '../../derive/api/story-operations.js';
import { isAdminRole } from '../../derive/security/roles.js';
import { tenantRoot } from '../../derive/security/tenancy.js';
import { jobsNamedIn } from '../../derive/traceability-jobs.js';
import type { Spec } from '../../model/spec/index.js';
import type { Problem, Rule } from '../types.js';

/**
 * Rules over what users do: every story maps to an operation its actor may call, every role reaches
 * something beyond sign-in, and no role reaches tenant data outside its tenant unless a document
 * says so.
 */

const storiesOf = (spec: Spec) => spec.stories ?? [];

export const storyHasOperation: Rule = {
  code: 'api/story-without-operation',
  description: 'Every user story or capability sentence with an actor and an action maps to an operation.',
  check: (spec) => {
    const stories = storiesOf(spec);
    if (stories.length === 0) return { problems: [], evidence: '', applicable: false };
    const byJob = byStatedJob(spec);
    const problems: Problem[] = stories
      .filter((s) => s.operations.length === 0 && !byJob(s) && !s.unmapped?.startsWith(SERVED_BY_IDP))
      .map((s) => ({
        message: `${s.id} ("${s.actor}: ${clip(s.action, 80)}") has no operation: ${s.unmapped ?? 'unknown'}`,
        path: `stories.${s.id}`,
      }));
    const mapped = stories.length - problems.length;
    return { problems, evidence: `${mapped} of ${stories.length} stories map to an operation` };
  },
};

/**
 * A story a stated job carries out needs no operation ("a reminder the day before" is sent by the
 * send-reminders job): its requirement is traced to a job, or a job's name says what it is about.
 */
function byStatedJob(spec: Spec): (s: NonNullable<Spec['stories']>[number]) => boolean {
  const jobs = spec.jobs.filter((j) => j.origin.kind === 'source');
  const entities = spec.entities.map((e) => e.name);
  // Only a job the documents state: a delivery job derived for an email provider sends what other
  // operations queue, it does not carry out "create an account with an email".
  const stated = new Set(jobs.map((j) => `job:${j.name}`));
  const jobTraced = new Set(
    (spec.traceability ?? []).filter((t) => t.items.some((i) => stated.has(i))).map((t) => t.requirement),
  );
  return (s) =>
    s.requirements.some((r) => jobTraced.has(r)) || jobsNamedIn(s.action, jobs, entities).length > 0;
}

/** The text cut at a word boundary with an ellipsis, so a quoted story never ends mid-word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${(cut.length > 0 ? cut : text.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

export const storyActorAllowed: Rule = {
  code: 'security/story-actor-denied',
  description: "Each story's operations are allowed for the story's actor.",
  checklist: 'security',
  check: (spec) => {
    const rows = new Map((spec.permissions?.rows ?? []).map((r) => [r.operationId, r]));
    const problems: Problem[] = [];
    let checked = 0;
    for (const s of storiesOf(spec)) {
      if (!s.role) continue;
      const roles = s.role === '*' ? (spec.permissions?.roles ?? []) : s.role.split('|');
      for (const op of s.operations) {
        const row = rows.get(op);
        if (!row) continue;
        checked++;
        for (const r of roles)
          if (row.access[r] === 'denied')
            problems.push({
              message: `${s.id}: ${op} is denied to ${r}, the story's actor`,
              path: `permissions.${op}`,
            });
      }
    }
    return { problems, evidence: `${checked} story operations allowed for their actors` };
  },
};

export const personaHasOperation: Rule = {
  code: 'security/persona-without-operation',
  description: 'Every role reaches at least one operation beyond authentication and its own profile.',
  check: (spec) => {
    const m = spec.permissions;
    if (!m || m.rows.length === 0) return { problems: [], evidence: '', applicable: false };
    const ops = new Map(spec.endpoints.map((e) => [e.operationId, e]));
    const problems: Problem[] = [];
    for (const role of m.roles) {
      const some = m.rows.some((row) => {
        const e = ops.get(row.operationId);
        return (
          e?.authenticated &&
          e.action !== 'auth' &&
          e.action !== 'health' &&
          row.access[role] !== undefined &&
          row.access[role] !== 'denied'
        );
      });
      if (!some)
        problems.push({ message: `role ${role} reaches no operation beyond sign-in`, path: `roles.${role}` });
    }
    return {
      problems,
      evidence: `${m.roles.length - problems.length} of ${m.roles.length} roles reach an operation`,
    };
  },
};

/**
 * Issue 13: no role gets unscoped access to tenant data unless stated. Where the documents state
 * multi-tenancy, a non-admin role whose cell is `allowed` (every tenant's records) on a tenant-scoped
 * entity, on the tenant itself (`GET /labs` lists every lab), or on a read with no entity (a
 * dashboard or an analytics read sums the records of every tenant), needs a document or a recorded
 * decision that gives it that route; a derived `allowed` there is a cross-tenant read or write.
 */
export const tenantScoped: Rule = {
  code: 'security/unscoped-tenant-access',
  description: 'No role reaches tenant data without the tenant scope unless a document states it.',
  checklist: 'security',
  check: (spec) => {
    const m = spec.permissions;
    if (!m?.tenant) return { problems: [], evidence: '', applicable: false };
    const root = tenantRoot(spec.entities);
    const tenantEntities = new Set(
      spec.entities.filter((e) => e.tenantColumn || e.name === root).map((e) => e.name),
    );
    const ops = new Map(spec.endpoints.map((e) => [e.operationId, e]));
    const problems: Problem[] = [];
    for (const row of m.rows) {
      const e = ops.get(row.operationId);
      // A read with no entity (a dashboard, an analytics or report read) sums tenant data too.
      if (!e?.authenticated || (e.entity && !tenantEntities.has(e.entity))) continue;
      if (e.action === 'auth' || e.action === 'health' || e.action === 'webhook') continue;
      for (const [role, access] of Object.entries(row.access)) {
        if (access !== 'allowed' || isAdminRole(role)) continue;
        const kind = row.reasons?.[role]?.kind;
        if (kind !== 'source' && kind !== 'decision')
          problems.push({
            message: `${role} reaches ${e.method} ${e.path} across tenants`,
            path: `permissions.${row.operationId}`,
          });
      }
    }
    return {
      problems,
      evidence: problems.length === 0 ? 'tenant data is reached only within the tenant' : '',
    };
  },
};

export const STORY_RULES: Rule[] = [storyHasOperation, storyActorAllowed, personaHasOperation, tenantScoped];
