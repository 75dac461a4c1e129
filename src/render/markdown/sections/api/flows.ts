import type { FlowParticipant, SpecFlow } from '../../../../model/spec/api.js';
import type { RenderContext } from '../../../types.js';
import { blocks, fence, heading, source } from '../../format.js';

/**
 * The flows the documents state, one mermaid `sequenceDiagram` each (issue 15), under section 3:
 * the endpoints a reader follows step by step. Message texts are the documents' own words; the
 * operation a step maps to is appended as `METHOD path`. Null when no flow is stated.
 */
export function flowsBlock(ctx: RenderContext): string | null {
  const flows = ctx.spec.flows ?? [];
  if (flows.length === 0) return null;
  const t = ctx.t.api.flows;
  return blocks(
    heading(3, t.heading),
    t.intro(flows.length),
    ...flows.map((f) =>
      blocks(heading(4, f.name), source(f.origin), fence('mermaid', sequenceDiagram(f, ctx))),
    ),
  );
}

const ROUTE = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//;

/** Mermaid text for one flow; every label is reduced to what the sequence grammar accepts. */
export function sequenceDiagram(f: SpecFlow, ctx: RenderContext): string {
  const ops = new Map(
    ctx.spec.endpoints.map((e) => [
      e.operationId,
      e.servedBy
        ? `${e.operationId}, ${ctx.t.api.stories.calledBySurface(e.servedBy.surface)}`
        : `${e.method} ${e.path}`,
    ]),
  );
  const lines = ['sequenceDiagram'];
  for (const p of f.participants)
    lines.push(
      `  ${p.kind === 'role' || p.kind === 'actor' ? 'actor' : 'participant'} ${p.id} as ${label(name(p, ctx), 40)}`,
    );
  for (const m of f.messages) {
    // A message that already names its route (as stated diagrams do) is not given it twice.
    const op = m.operation && !ROUTE.test(m.text) ? ops.get(m.operation) : undefined;
    const text = label(op ? `${m.text} (${op})` : m.text, 120);
    if (m.to === null) lines.push(`  Note over ${m.from}: ${text}`);
    else lines.push(`  ${m.from}${m.reply ? '-->>' : '->>'}${m.to}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}

function name(p: FlowParticipant, ctx: RenderContext): string {
  if (p.kind === 'api') return ctx.t.api.flows.api;
  if (p.kind === 'actor' && p.ref === 'client') return ctx.t.api.flows.client;
  return p.label;
}

/**
 * A label the sequence grammar reads as plain text: `;` ends a statement and `#` starts an entity
 * code in Mermaid, `%%` a comment; markdown emphasis is dropped; long step texts are cut at a word.
 */
function label(text: string, max: number): string {
  const plain = text
    .replace(/\*\*|__|`/g, '')
    .replace(/[;#]/g, ',')
    .replace(/%%/g, '%')
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
