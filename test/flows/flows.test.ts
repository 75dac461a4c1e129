import { describe, expect, it } from 'vitest';
import { sequencesExtractor } from '../../src/extract/sequences.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { doc, run } from '../reconcile/helpers.js';
import { FLOW_FIXTURES, SEQUENCE_FIXTURE } from './fixtures.js';

const project = async (files: Record<string, string>) => {
  const host = memoryHost(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/p/${p}`, t])));
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return { spec: r.spec!, md: r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text };
};

describe('a sequence diagram per stated flow (issue 15)', () => {
  it.each(FLOW_FIXTURES.map((f) => [f.lang, f] as const))(
    '%s: the stated flow is drawn, the near-misses are not',
    async (_lang, f) => {
      const { spec, md } = await project(f.files);
      const flows = spec.flows ?? [];
      expect(flows.map((x) => x.name)).toEqual([f.flow]);
      const flow = flows[0]!;
      expect(flow.origin).toMatchObject({ kind: 'source', file: 'docs/ux.md' });
      const labels = flow.participants.map((p) => p.label);
      for (const role of f.roles) expect(labels.map((l) => l.toLowerCase())).toContain(role.toLowerCase());
      expect(flow.participants.filter((p) => p.kind === 'api')).toHaveLength(1);
      // The step that names Stripe is a message to the integration; every step keeps its line.
      const stripe = flow.participants.find((p) => p.kind === 'integration');
      expect(stripe?.label).toBe('Stripe');
      expect(flow.messages.some((m) => m.to === stripe!.id)).toBe(true);
      expect(flow.messages.every((m) => m.origin.kind === 'source' && m.origin.file === 'docs/ux.md')).toBe(
        true,
      );
      // "The system holds …" is the API's own step: a note over it, not a call from a role.
      const api = flow.participants.find((p) => p.kind === 'api')!;
      expect(flow.messages.some((m) => m.from === api.id && m.to === null)).toBe(true);
      for (const near of f.notFlows) expect(md).not.toContain(`#### ${near}`);
      expect(md).toContain(`#### ${f.flow}`);
      expect(md).toMatch(/```mermaid\nsequenceDiagram\n/);
    },
  );

  it('en: a step that names a stated route carries its operation', async () => {
    const { spec } = await project(FLOW_FIXTURES[0]!.files);
    const confirm = spec.flows![0]!.messages.find((m) => m.text.includes('POST /api/v1/appointments'))!;
    const op = spec.endpoints.find((e) => e.operationId === confirm.operation);
    expect(op).toMatchObject({ method: 'POST', path: '/api/v1/appointments' });
  });

  it('a document without flows gets no diagram and no flows key', async () => {
    const files = {
      ...FLOW_FIXTURES[0]!.files,
      'docs/ux.md': '# UX\n\n## Screens\n\n1. Calendar\n2. Checkout\n',
    };
    const { spec, md } = await project(files);
    expect(spec.flows).toBeUndefined();
    expect(md).not.toContain('sequenceDiagram');
  });

  it('a stated mermaid sequence diagram is read as written: aliases, replies, notes, blocks flattened', () => {
    const d = doc('docs/architecture.md', 'architecture', SEQUENCE_FIXTURE['docs/architecture.md']!);
    const [s, ...rest] = run(sequencesExtractor, d).fragment.sequences ?? [];
    expect(rest).toEqual([]);
    // The heading "Sequence diagram" says nothing: the flow is named by its parent.
    expect(s!.name).toBe('Login flow');
    expect(s!.participants).toEqual([
      { id: 'M', label: 'Member' },
      { id: 'API', label: 'Our API' },
      { id: 'DB', label: 'PostgreSQL' },
    ]);
    expect(s!.messages.map((m) => [m.from, m.to, m.reply])).toEqual([
      ['M', 'API', false],
      ['API', 'DB', false],
      ['DB', 'API', true],
      ['API', 'M', true],
      ['API', 'M', true],
      ['M', null, false],
    ]);
    expect(s!.messages[0]!.origin).toEqual({ kind: 'source', file: 'docs/architecture.md', line: 25 });
  });

  it('a stated sequence diagram becomes a spec flow with the role and the route it names', async () => {
    const { spec, md } = await project(SEQUENCE_FIXTURE);
    const flow = spec.flows!.find((f) => f.name === 'Login flow')!;
    expect(flow.participants.find((p) => p.label === 'Member')).toMatchObject({
      kind: 'role',
      ref: 'member',
    });
    expect(flow.messages[0]!.operation).not.toBeNull();
    // `;` and `#` would end a statement or start an entity code in Mermaid.
    const block = md.slice(md.indexOf('#### Login flow'));
    expect(block).toContain('POST /api/v1/sessions (email, password)');
    expect(block).toContain('401 ,problem');
    expect(spec.flows).toHaveLength(1);
  });
});
