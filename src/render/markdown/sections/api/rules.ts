import { cite } from '../../../../model/origin.js';
import type { Lifecycle } from '../../../../model/spec/rules.js';
import type { RenderContext } from '../../../types.js';
import { blocks, fence, heading, table } from '../../format.js';

/** The business-rules table and one `stateDiagram-v2` per lifecycle (rendered in section 4). */
export function rulesBlock(ctx: RenderContext): string | null {
  const rules = ctx.spec.rules ?? [];
  const cycles = ctx.spec.lifecycles ?? [];
  if (rules.length === 0 && cycles.length === 0) return null;
  const t = ctx.t.api.rules;
  return blocks(
    rules.length > 0 ? heading(3, t.heading) : null,
    rules.length > 0 ? t.intro(rules.length) : null,
    rules.length > 0
      ? table(
          t.header,
          rules.map((r) => [
            r.id,
            r.text,
            `${r.requirements.join(', ')}${r.requirements.length > 0 ? ' · ' : ''}\`${cite(r.origin)}\``,
            [r.entity, ...r.operations.map((o) => `\`${o}\``)].filter(Boolean).join(', '),
            // A job-enforced rule names the job that enforces it, cited to the rule that tied them.
            `${t.enforcement[r.enforcement] ?? r.enforcement}${r.job ? ` \`${r.job.name}\` \`${cite(r.job.origin)}\`` : ''}`,
            // A code the tool named cites the rule that named it; a stated code stands alone.
            r.errorCode
              ? `\`${r.errorCode}\`${r.errorCodeOrigin && r.errorCodeOrigin.kind !== 'source' ? ` \`${cite(r.errorCodeOrigin)}\`` : ''}`
              : '—',
          ]),
        )
      : null,
    cycles.length > 0 ? heading(3, t.lifecycles) : null,
    ...cycles.map((c) => lifecycleBlock(c, ctx)),
  );
}

const id = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

function lifecycleBlock(c: Lifecycle, ctx: RenderContext): string {
  const t = ctx.t.api.rules;
  const lines = ['stateDiagram-v2', `  [*] --> ${id(c.initial)}`];
  for (const s of c.states) if (id(s) !== s) lines.push(`  state "${s}" as ${id(s)}`);
  for (const tr of c.transitions) {
    // A transition whose source state no document states is not drawn: an arrow needs a source.
    if (tr.from === null) continue;
    // A stated transition no operation or job makes has no label: the diagram claims no trigger.
    lines.push(
      tr.trigger === 'system'
        ? `  ${id(tr.from)} --> ${id(tr.to)}`
        : `  ${id(tr.from)} --> ${id(tr.to)} : ${tr.trigger.replace(/[:;]/g, ' ')}`,
    );
  }
  return blocks(
    `**${c.entity}** — ${t.lifecycleIntro(c.entity, c.field, c.states.length)}`,
    fence('mermaid', lines.join('\n')),
    c.transitions.length > 0
      ? table(
          t.transitionHeader,
          c.transitions.map((tr) => [
            tr.from === null ? t.fromUnstated : `\`${tr.from}\``,
            `\`${tr.to}\``,
            tr.trigger === 'job' ? t.system : tr.trigger === 'system' ? t.unstated : `\`${tr.trigger}\``,
            tr.roles.join(', ') || '—',
            `\`${cite(tr.origin)}\``,
          ]),
        )
      : t.noTransitions,
  );
}
