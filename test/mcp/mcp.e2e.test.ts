import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gaticCopy } from '../facts/gatic.js';
import { CLI, cliInProcess, ensureBuilt } from '../foundation/built-cli.js';

type ToolResult = { content: { type: string; text: string }[] };
const OUT = '_bmad-output/technical';

/**
 * `backend-spec mcp` driven by the SDK's own client over stdio, on a copy of gatic (a project whose
 * model is prose only): compile, propose a fact with a true quote and one with a forged quote, apply,
 * recompile, and find the fact in spec.json with origin `assistant`.
 */
describe('backend-spec mcp (stdio, SDK client)', () => {
  let dir = '';
  let client: Client;

  const call = async (name: string, args: Record<string, unknown> = {}) => {
    const r = (await client.callTool({ name, arguments: args })) as ToolResult;
    return JSON.parse(r.content[0]!.text);
  };

  beforeAll(async () => {
    await ensureBuilt();
    dir = gaticCopy(false);
    client = new Client({ name: 'backend-spec-test', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', dir], stderr: 'ignore' }),
    );
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the tools and the workflow prompt', async () => {
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(tools).toEqual([
      'answer_question',
      'apply_facts',
      'check_spec',
      'compile',
      'get_item',
      'propose_facts',
    ]);
    const prompts = (await client.listPrompts()).prompts.map((p) => p.name);
    expect(prompts).toEqual(['backend-spec-workflow']);
    const prompt = await client.getPrompt({ name: 'backend-spec-workflow' });
    expect(JSON.stringify(prompt.messages)).toContain('propose_facts');
  });

  it('compiles: no entities read, the unread blocks listed with file and lines', async () => {
    const s = await call('compile', { unread: 10 });
    expect(s.ok).toBe(true);
    expect(s.overview.dataModels).toBe(0);
    expect(s.coverage.unread).toHaveLength(10);
    expect(s.coverage.unread[0]).toMatchObject({ file: expect.any(String), line: expect.any(Number) });
    expect(s.files.facts).toBe(`${OUT}/backend-spec.facts.yaml`);
    // gatic's config says `communication_language: Español`: diagnostics read as the terminal's do.
    expect(s.diagnostics.shown).toContainEqual(
      expect.stringMatching(
        /^_bmad-output\/project-context\.md:\d+ aviso reconcile\/modelling-gap: MySQL es la base de datos indicada, pero los documentos no describen ningún registro almacenado/,
      ),
    );
    expect(s.diagnostics.shown.join('\n')).not.toMatch(/ warning |\n {4}hint: |no stored record/);
  }, 60_000);

  const proposal = {
    entities: [
      {
        name: 'Employee',
        table: 'employees',
        source: {
          file: '_bmad-output/architecture.md',
          line: 39,
          quote: 'directorio RPE como receptor de movimientos (separado de usuarios del sistema)',
        },
        fields: [{ name: 'rpe', type: 'string', required: true }],
      },
      {
        name: 'Warehouse',
        source: {
          file: '_bmad-output/prd.md',
          line: 101,
          quote: 'Cada almacén tiene un responsable y un código único',
        },
      },
    ],
  };

  it('propose_facts accepts the true quote and rejects the forged one with the reason, writing nothing', async () => {
    const r = await call('propose_facts', { facts: proposal });
    expect(r.verdicts.find((v: { fact: string }) => v.fact === 'entity Employee')).toMatchObject({
      status: 'accepted',
    });
    expect(r.verdicts.find((v: { fact: string }) => v.fact === 'entity Warehouse')).toMatchObject({
      status: 'rejected',
      // gatic talks Spanish (communication_language): the reason follows, like the diagnostics.
      reason: 'la cita no aparece en _bmad-output/prd.md',
    });
    expect(existsSync(path.join(dir, OUT, 'backend-spec.facts.yaml'))).toBe(false);
  }, 60_000);

  it('apply_facts writes only the accepted fact, recompiles, and generate puts it in spec.json as `assistant`', async () => {
    const r = await call('apply_facts', { facts: proposal });
    expect(r.written).toBe(true);
    expect(r.file).toBe(`${OUT}/backend-spec.facts.yaml`);
    expect(r.summary.overview.dataModels).toBe(1);
    const overlay = readFileSync(path.join(dir, OUT, 'backend-spec.facts.yaml'), 'utf8');
    expect(overlay).toContain('Employee');
    expect(overlay).not.toContain('Warehouse');

    const item = await call('get_item', { ref: 'entity:Employee' });
    expect(item.found).toBe(true);
    expect(item.item.origin).toEqual({
      kind: 'assistant',
      file: '_bmad-output/architecture.md',
      line: 39,
      quote: 'directorio RPE como receptor de movimientos (separado de usuarios del sistema)',
    });
    expect(item.sources[0].text).toContain('directorio RPE');

    // The server above is the built bin; the recompile goes through the CLI's `run` in this process.
    const gen = await cliInProcess(['generate', dir, '--no-verify', '--quiet']);
    expect(gen.code).toBe(0);
    const spec = JSON.parse(readFileSync(path.join(dir, OUT, 'backend-spec/spec.json'), 'utf8'));
    const employee = spec.entities.find((e: { name: string }) => e.name === 'Employee');
    expect(employee.origin.kind).toBe('assistant');
    expect(employee.fields.find((f: { column: string }) => f.column === 'rpe').origin.kind).toBe('assistant');
    const md = readFileSync(path.join(dir, OUT, 'backend-spec.md'), 'utf8');
    expect(md).toContain('assistant _bmad-output/architecture.md:39');
  }, 120_000);

  it('answer_question records an assumption in the decisions file and recompiles', async () => {
    const r = await call('answer_question', {
      assume: 'Employees are imported from the HR directory once a week',
      reason: 'Product owner, in the test',
    });
    expect(r.written).toBe(true);
    expect(r.problems).toEqual([]);
    const text = readFileSync(path.join(dir, OUT, 'backend-spec.decisions.yaml'), 'utf8');
    expect(text).toMatch(/^decisions:\n {2}- assume: Employees are imported/);
  }, 60_000);

  it('check_spec checks the generated spec without writing anything', async () => {
    const r = await call('check_spec', { sql: false });
    expect(r.summary.sections.found.length).toBeGreaterThanOrEqual(10);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    // In Spanish, as the compile tool's (the severity label and the wording of the catalog).
    for (const line of r.diagnostics) expect(line).toMatch(/^(?:\S+:\d+ )?(?:error|aviso|info) /);
    expect(r.diagnostics.join('\n')).not.toMatch(/ warning | hint: /);
  }, 60_000);
});
