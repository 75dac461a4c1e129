// One short review file per corpus project: what the tool read and decided, each line with where it
// came from, so that a change to what the tool reads is a diff a reviewer checks line by line
// against the documents. Used by `npm run corpus` (scripts/corpus.mjs) and by the golden test
// test/corpus-reviews.test.ts. Plain JavaScript over the compile result, so both can share it.

const MAX_TEXT = 140;

/** One line of text: whitespace folded, cut at a word boundary with an ellipsis. */
function clip(text, max = MAX_TEXT) {
  const flat = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Where an item came from, in one short phrase. */
export function originOf(origin) {
  if (!origin || typeof origin !== 'object') return 'no origin';
  switch (origin.kind) {
    case 'source':
      return `${origin.file}:${origin.line}`;
    case 'assistant':
      return `assistant, ${origin.file}:${origin.line}`;
    case 'default':
      return `PROPOSAL (${origin.rule ?? 'default'})`;
    case 'rule': {
      const from = Array.isArray(origin.from) && origin.from.length > 0 ? origin.from[0] : null;
      return from ? `rule ${origin.rule} from ${from.file}:${from.line}` : `rule ${origin.rule}`;
    }
    case 'decision':
      return `decision ${origin.id ?? ''}`.trim();
    default:
      return String(origin.kind);
  }
}

/** Every object below `node` whose `origin.kind` is `default`, with its JSON path. */
function defaultsIn(node, at, out) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) defaultsIn(node[i], `${at}[${i}]`, out);
    return out;
  }
  if (!node || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      value.kind === 'default' &&
      /origin$/i.test(key)
    )
      out.push({ path: `${at}.${key}`, rule: value.rule ?? 'default' });
    else defaultsIn(value, `${at}.${key}`, out);
  }
  return out;
}

function list(title, items, line) {
  const out = [`## ${title} (${items.length})`, ''];
  if (items.length === 0) out.push('- none');
  for (const item of items) out.push(`- ${line(item)}`);
  out.push('');
  return out;
}

/** The review of one compiled project, as markdown. */
export function reviewOf(project, result) {
  const spec = result.spec;
  const lines = [`# ${project}: what the tool read`, ''];
  lines.push(
    ...list('Sources', result.sources?.documents ?? [], (d) => {
      const status = d.status && d.status !== 'read' ? ` — ${d.status}${d.of ? ` of ${d.of}` : ''}` : '';
      return `${d.path} — ${d.kind}${status}`;
    }),
  );
  if (!spec) {
    const blocking = (result.diagnostics ?? []).filter((d) => d.severity === 'error');
    lines.push(...list('Not compiled', blocking, (d) => `${d.code}: ${clip(d.message)}`));
    return `${lines.join('\n').trimEnd()}\n`;
  }
  const count = (v) => (Array.isArray(v) ? v.length : 0);
  lines.push(
    '## Counts',
    '',
    `- entities ${count(spec.entities)}, endpoints ${count(spec.endpoints)}, services ${count(spec.services)}, roles ${count(spec.roles)}, integrations ${count(spec.integrations)}, jobs ${count(spec.jobs)}, cache entries ${count(spec.caching?.entries)}`,
    '',
  );
  lines.push(
    ...list(
      'Key decisions (stack)',
      spec.decisions ?? [],
      (d) => `${d.topic}: ${clip(d.choice, 100)} — ${originOf(d.origin)}`,
    ),
  );
  if (Array.isArray(spec.stack))
    lines.push(
      ...list(
        'Stack items',
        spec.stack,
        (s) =>
          `${s.role ?? s.kind ?? ''}: ${s.name ?? s.value} [${s.status ?? 'chosen'}] — ${originOf(s.origin)}`,
      ),
    );
  lines.push(
    ...list(
      'Integrations',
      spec.integrations ?? [],
      (i) =>
        `${i.name} [${i.status ?? 'chosen'}${i.known === false ? ', not in catalogue' : ''}] — ${originOf(i.origin)}`,
    ),
  );
  lines.push(
    ...list(
      'Jobs',
      spec.jobs ?? [],
      (j) =>
        `${j.name} (${clip(j.trigger ?? '', 40)}${j.schedule?.origin?.kind === 'default' ? ', time proposed' : ''}) — ${originOf(j.origin)}`,
    ),
  );
  lines.push(...list('Roles', spec.roles ?? [], (r) => `${r.name} — ${originOf(r.origin)}`));
  lines.push(
    ...list('Cache entries', spec.caching?.entries ?? [], (c) => `${c.name} — ${originOf(c.origin)}`),
  );
  lines.push(
    ...list(
      'Business rules',
      spec.rules ?? [],
      // The business-rules table: id, what it constrains (entity, operations), how, its error code.
      (r) =>
        `${r.id}: ${clip(r.text)} — ${[r.entity, ...(r.operations ?? [])].filter(Boolean).join(', ') || '—'} · ${r.enforcement}${r.errorCode ? ` · ${r.errorCode}` : ''} — ${originOf(r.origin)}`,
    ),
  );
  const rec = spec.reconciliation ?? {};
  const at = (ref) => (ref ? `${ref.file}:${ref.line}` : '?');
  lines.push(
    ...list('Conflicts', rec.conflicts ?? [], (c) => {
      const sides = (c.sides ?? []).map((s) => `${clip(s.value, 60)} (${at(s.at)})`).join(' vs ');
      return clip(`${c.code} ${c.subject}: ${sides} → ${c.resolution}`, 320);
    }),
  );
  lines.push(
    ...list('Gaps', rec.gaps ?? [], (g) =>
      clip(`${g.code} ${g.subject}: ${g.detail} (${(g.at ?? []).map(at).join(', ')})`, 240),
    ),
  );
  lines.push(
    ...list('Ruled-out options', rec.decisions ?? [], (d) =>
      clip(`${d.subject} [${d.status}] ${d.detail ?? ''} (${at(d.at)})`, 200),
    ),
  );
  if (Array.isArray(spec.questions))
    lines.push(
      ...list(
        'Open questions',
        spec.questions,
        (q) => `${q.id ? `${q.id}: ` : ''}${clip(q.text ?? q.question)}`,
      ),
    );
  const defaults = defaultsIn(spec, 'spec', []);
  const byRule = new Map();
  for (const d of defaults) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d.path]);
  lines.push(
    ...list(
      'Defaults used (proposals, not stated)',
      [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0])),
      ([rule, paths]) =>
        `${rule}: ${paths.length} × (${paths.slice(0, 2).join(', ')}${paths.length > 2 ? ', …' : ''})`,
    ),
  );
  const diagnostics = new Map();
  for (const d of result.diagnostics ?? []) {
    if (d.severity === 'info') continue;
    const key = `${d.severity} ${d.code}`;
    diagnostics.set(key, (diagnostics.get(key) ?? 0) + 1);
  }
  lines.push(
    ...list(
      'Diagnostics (errors and warnings)',
      [...diagnostics.entries()].sort((a, b) => a[0].localeCompare(b[0])),
      ([k, n]) => `${k} × ${n}`,
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
