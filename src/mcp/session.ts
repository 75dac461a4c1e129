import * as path from 'node:path';
import { stringify } from 'yaml';
import { DECISIONS_FILE } from '../decisions/types.js';
import { FACT_KINDS, FACTS_FILE, type FactsInput, type FactVerdict } from '../facts/types.js';
import { type Host, nodeHost } from '../host.js';
import { type CompileResult, compile } from '../pipeline.js';
import { formatDiagnostic, localiseText, projectLanguage } from '../report/diagnostics.js';
import { appendFacts, countFacts, pickFacts } from './overlay-text.js';

/**
 * What the MCP tools do, without the protocol: compile a project, look up an item, check proposed
 * facts against the documents, and write the two files an assistant may write (the facts overlay
 * and the decisions file), atomically, beside the generated spec. Nothing else is ever written.
 */
export interface Project {
  root: string;
  host: Host;
}

export const project = (root: string, host: Host = nodeHost()): Project => ({
  root: path.resolve(root),
  host,
});

/** Compiles without verification (fast); `verify` runs PostgreSQL, the OpenAPI linter and Ajv too. */
export async function compileProject(p: Project, opts: { verify?: boolean; host?: Host } = {}) {
  return compile({ root: p.root, verify: { skip: !opts.verify } }, opts.host ?? p.host);
}

/**
 * Diagnostics as the terminal prints them, in the project's language (communication_language, else
 * the documentation language): the assistant talks to the user in that language.
 */
export const diagnosticLines = (r: CompileResult, list: CompileResult['diagnostics']): string[] => {
  const language = projectLanguage(r);
  return list.map((d) => formatDiagnostic(d, language));
};

/**
 * Fact verdicts with their reason in the project's language, like the diagnostics (the reason is the
 * text the overlay's diagnostic carries). `fact` stays as written: it names the fact (`entity
 * Employee`) the way the assistant's proposal did, a key to find its verdict by.
 */
export const localVerdicts = (r: CompileResult, list: readonly FactVerdict[]): FactVerdict[] => {
  const language = projectLanguage(r);
  return list.map((v) => ({ ...v, reason: localiseText(v.reason, language) }));
};

export function summary(r: CompileResult, opts: { unread?: number; diagnostics?: number } = {}) {
  const shown = r.diagnostics.filter((d) => d.severity !== 'info' || d.code.startsWith('facts/'));
  return {
    ok: r.ok,
    project: r.report?.project ?? null,
    outDir: r.outDir,
    files: { facts: `${r.outDir}/${FACTS_FILE}`, decisions: `${r.outDir}/${DECISIONS_FILE}` },
    overview: r.report?.overview ?? null,
    provenance: r.report?.provenance ?? null,
    checklist: r.checklist.map((c) => ({ id: c.id, verdict: c.verdict })),
    missingSections: r.report?.missingSections ?? [],
    diagnostics: {
      errors: r.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: r.diagnostics.filter((d) => d.severity === 'warning').length,
      shown: diagnosticLines(r, shown.slice(0, opts.diagnostics ?? 60)),
    },
    openQuestions: {
      conflicts: (r.spec?.reconciliation.conflicts ?? []).map((c) => ({
        id: c.subject,
        resolution: c.resolution,
        sides: c.sides.map((s) => `${s.value} (${s.at.file}:${s.at.line})`),
      })),
      gaps: (r.spec?.reconciliation.gaps ?? []).map((g) => ({
        subject: g.subject,
        detail: g.detail,
        at: g.at.map((a) => `${a.file}:${a.line}`),
      })),
    },
    coverage: r.spec?.coverage
      ? {
          documents: r.spec.coverage.documents,
          unreadTotal: r.spec.coverage.unreadTotal,
          unread: r.spec.coverage.unread.slice(0, opts.unread ?? 30),
        }
      : null,
    facts: localVerdicts(r, r.facts ?? []),
  };
}

/** `entity:Asset`, `role:admin`, `endpoint:GET /assets`, `job:purge-trash`, `integration:stripe`. */
export function getItem(r: CompileResult, ref: string) {
  const spec = r.spec;
  if (!spec) return { found: false, reason: 'nothing was compiled (missing PRD or architecture)' };
  const [kind, ...rest] = ref.split(':');
  const key = rest.join(':').trim().toLowerCase();
  const lists: Record<string, { items: unknown[]; name: (x: never) => string[] }> = {
    entity: { items: spec.entities, name: (e: { name: string; table: string }) => [e.name, e.table] },
    role: { items: spec.roles, name: (x: { name: string; label: string }) => [x.name, x.label] },
    endpoint: {
      items: spec.endpoints,
      name: (e: { method: string; path: string; operationId?: string }) => [
        `${e.method} ${e.path}`,
        e.operationId ?? '',
      ],
    },
    job: { items: spec.jobs, name: (j: { name: string }) => [j.name] },
    integration: {
      items: spec.integrations,
      name: (i: { name: string; provider?: string }) => [i.name, i.provider ?? ''],
    },
    service: { items: spec.services, name: (s: { name: string }) => [s.name] },
  };
  const list = lists[kind ?? ''];
  if (!list)
    return { found: false, reason: `unknown kind "${kind}": use one of ${Object.keys(lists).join(', ')}` };
  const item = list.items.find((x) => list.name(x as never).some((n) => n.toLowerCase() === key));
  if (!item)
    return {
      found: false,
      reason: `no ${kind} "${rest.join(':')}"`,
      known: list.items.slice(0, 50).map((x) => list.name(x as never)[0]),
    };
  return { found: true, item, sources: quotedLines(r, item) };
}

/** The document lines an item's origins point at, with their text: the evidence, next to the claim. */
function quotedLines(r: CompileResult, item: unknown): { at: string; text: string }[] {
  const refs = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.file === 'string' && typeof o.line === 'number') refs.add(`${o.file}:${o.line}`);
    Object.values(o).forEach(walk);
  };
  walk(item);
  const docs = new Map(r.sources.documents.map((d) => [d.path, d.text.split('\n')]));
  return [...refs]
    .sort()
    .slice(0, 40)
    .map((at) => {
      const i = at.lastIndexOf(':');
      const text = docs.get(at.slice(0, i))?.[Number(at.slice(i + 1)) - 1]?.trim() ?? '';
      return { at, text };
    });
}

const factsFile = (p: Project, r: CompileResult) => path.join(p.root, r.outDir, FACTS_FILE);

/** Verdicts for the proposed facts only, with `path` relative to the proposal. */
function proposedVerdicts(all: readonly FactVerdict[], before: Record<string, number>): FactVerdict[] {
  return all.flatMap((v) => {
    const m = /^(\w+)\[(\d+)\](.*)$/.exec(v.path);
    if (!m) return [];
    const index = Number(m[2]) - (before[m[1]!] ?? 0);
    if (index < 0) return [];
    const { line: _line, ...rest } = v;
    return [{ ...rest, path: `${m[1]}[${index}]${m[3]}` }];
  });
}

/**
 * Checks proposed facts as the compiler will: the existing overlay plus the proposal, compiled in
 * memory. Writes nothing.
 */
export async function proposeFacts(p: Project, proposal: FactsInput) {
  const first = await compileProject(p);
  if (!first.ok) return { ok: false as const, verdicts: [], result: first, text: '' };
  const file = factsFile(p, first);
  const existing = await p.host.readFile(file);
  const { parseFacts } = await import('../facts/parse.js');
  const current = existing === null ? null : (await parseFacts(existing, FACTS_FILE)).parsed;
  const before = countFacts(current?.facts ?? {});
  const text = appendFacts(existing, proposal);
  const overlayHost: Host = { ...p.host, readFile: async (f) => (f === file ? text : p.host.readFile(f)) };
  const result = await compileProject(p, { host: overlayHost });
  const bad = diagnosticLines(
    result,
    result.diagnostics.filter((d) => d.code === 'facts/bad-overlay'),
  );
  return {
    ok: bad.length === 0,
    schemaErrors: bad,
    verdicts: localVerdicts(result, proposedVerdicts(result.facts ?? [], before)),
    result,
    text,
  };
}

/**
 * Appends the proposal's facts that are accepted (a rejected fact is never written; an entity
 * keeps only its accepted fields) to the overlay, writes it atomically, recompiles.
 */
export async function applyFacts(p: Project, proposal: FactsInput) {
  const proposed = await proposeFacts(p, proposal);
  if (!proposed.ok)
    return { written: false, verdicts: proposed.verdicts, schemaErrors: proposed.schemaErrors ?? [] };
  const keep: Record<string, Set<number>> = Object.fromEntries(FACT_KINDS.map((k) => [k, new Set<number>()]));
  const rejectedFields = new Map<number, Set<number>>();
  for (const v of proposed.verdicts) {
    const m = /^(\w+)\[(\d+)\](?:\.fields\[(\d+)\])?$/.exec(v.path);
    if (!m) continue;
    const [kind, index, field] = [m[1]!, Number(m[2]), m[3]];
    if (field !== undefined) {
      if (v.status === 'rejected')
        rejectedFields.set(index, (rejectedFields.get(index) ?? new Set()).add(Number(field)));
    } else if (v.status !== 'rejected') keep[kind]?.add(index);
  }
  const kept = pickFacts(
    {
      ...proposal,
      ...(proposal.entities
        ? {
            entities: proposal.entities.map((e, i) => ({
              ...e,
              ...(e.fields ? { fields: e.fields.filter((_f, j) => !rejectedFields.get(i)?.has(j)) } : {}),
            })),
          }
        : {}),
    },
    keep,
  );
  if (Object.keys(kept).length === 0)
    return { written: false, verdicts: proposed.verdicts, reason: 'no fact of the proposal was accepted' };
  const file = factsFile(p, proposed.result);
  const text = appendFacts(await p.host.readFile(file), kept);
  await p.host.writeFile(file, text);
  const after = await compileProject(p);
  return {
    written: true,
    file: path.relative(p.root, file).replace(/\\/g, '/'),
    verdicts: proposed.verdicts,
    summary: summary(after, { unread: 10 }),
  };
}

export interface Answer {
  /** A conflict's subject (as `compile` lists it) with the value to use... */
  id?: string;
  choose?: string;
  /** ...or an assumption to record for a gap. */
  assume?: string;
  reason: string;
}

/** Appends one answer to the decisions file (atomically), recompiles and returns the new summary. */
export async function answerQuestion(p: Project, answer: Answer) {
  if (!answer.reason.trim()) return { written: false, reason: 'an answer needs a reason' };
  if ((answer.assume === undefined) === (answer.id === undefined || answer.choose === undefined))
    return { written: false, reason: 'give either `id` and `choose` (a conflict) or `assume` (a gap)' };
  const first = await compileProject(p);
  const file = path.join(p.root, first.outDir, DECISIONS_FILE);
  const existing = (await p.host.readFile(file)) ?? '';
  const entry =
    answer.assume !== undefined
      ? { assume: answer.assume, reason: answer.reason }
      : { id: answer.id, choose: answer.choose, reason: answer.reason };
  const head = existing.trim() === '' ? 'decisions:\n' : existing.endsWith('\n') ? existing : `${existing}\n`;
  const indent = /^decisions:\s*$/m.test(head) ? '  ' : '';
  const item = stringify([entry], { lineWidth: 0 })
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => `${indent}${l}`)
    .join('\n');
  await p.host.writeFile(file, `${head}${item}\n`);
  const after = await compileProject(p);
  const bad = diagnosticLines(
    after,
    after.diagnostics.filter((d) => d.code === 'reconcile/bad-decision'),
  );
  return {
    written: true,
    file: path.relative(p.root, file).replace(/\\/g, '/'),
    problems: bad,
    summary: summary(after, { unread: 10 }),
  };
}
