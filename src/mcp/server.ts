import * as path from 'node:path';
import { z } from 'zod';
import type { FactsInput } from '../facts/types.js';
import { WORKFLOW_PROMPT } from './prompt.js';
import {
  answerQuestion,
  applyFacts,
  compileProject,
  diagnosticLines,
  getItem,
  project,
  proposeFacts,
  summary,
} from './session.js';

const json = (value: unknown) => ({
  content: [{ type: 'text' as const, text: JSON.stringify(value, null, 2) }],
});

const FACTS_SHAPE = z
  .record(z.string(), z.array(z.record(z.string(), z.unknown())))
  .describe(
    'A facts fragment: { entities?, fields?, relationships?, enums?, roles?, permissions?, jobs?, integrations?, rules?, stack? }, each item with source: { file, line, quote } copied from a planning document (schema: `backend-spec schema facts`).',
  );

/**
 * `backend-spec mcp`: the compiler as an MCP server over stdio, for the assistant the team already
 * plans with. The SDK is imported here only, so no other command pays for it. The server reads the
 * project and writes exactly two files, both beside the generated spec: the facts overlay and the
 * decisions file (atomically). It never writes the spec or anything else.
 */
export async function serveMcp(root: string, version: string): Promise<void> {
  const [{ McpServer }, { StdioServerTransport }] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/mcp.js'),
    import('@modelcontextprotocol/sdk/server/stdio.js'),
  ]);
  // stdout carries the protocol: anything a library logs goes to stderr instead.
  console.log = (...args: unknown[]) => console.error(...args);
  const p = project(root);
  const server = new McpServer({ name: 'backend-spec', version });

  server.registerTool(
    'compile',
    {
      description:
        'Compile the project’s planning documents. Returns the summary, checklist, diagnostics, open questions (conflicts and gaps), read coverage and the unread blocks most likely to hold model facts, and the verdict on every fact of the overlay.',
      inputSchema: {
        unread: z
          .number()
          .int()
          .min(0)
          .max(200)
          .optional()
          .describe('how many unread blocks to list (default 30)'),
        verify: z.boolean().optional().describe('also run PostgreSQL, the OpenAPI linter and Ajv (slower)'),
      },
    },
    async ({ unread, verify }) => {
      const r = await compileProject(p, { verify: verify ?? false });
      return json(summary(r, { unread: unread ?? 30 }));
    },
  );

  server.registerTool(
    'get_item',
    {
      description:
        'One spec item with its origin and the document lines it cites: `entity:Asset`, `role:admin`, `endpoint:GET /assets`, `job:<name>`, `integration:<name>`, `service:<name>`.',
      inputSchema: { ref: z.string().min(3) },
    },
    async ({ ref }) => json(getItem(await compileProject(p), ref)),
  );

  server.registerTool(
    'propose_facts',
    {
      description:
        'Check facts against the documents without writing anything: each fact is accepted only when its quote occurs in the cited document within 3 lines of the cited line and it contradicts no stated fact. Returns one verdict per fact, with the reason.',
      inputSchema: { facts: FACTS_SHAPE },
    },
    async ({ facts }) => {
      const r = await proposeFacts(p, facts as FactsInput);
      return json({ ok: r.ok, schemaErrors: r.schemaErrors ?? [], verdicts: r.verdicts });
    },
  );

  server.registerTool(
    'apply_facts',
    {
      description:
        'Append the accepted facts of a fragment to backend-spec.facts.yaml (atomically; rejected facts are not written), recompile and return the verdicts and the new summary.',
      inputSchema: { facts: FACTS_SHAPE },
    },
    async ({ facts }) => json(await applyFacts(p, facts as FactsInput)),
  );

  server.registerTool(
    'answer_question',
    {
      description:
        'Record an answer in backend-spec.decisions.yaml (atomically), recompile and return the new summary. A conflict: `id` (its subject, as compile lists it) and `choose`. A gap: `assume`. Always a `reason`.',
      inputSchema: {
        id: z.string().optional(),
        choose: z.string().optional(),
        assume: z.string().optional(),
        reason: z.string().min(1),
      },
    },
    async (answer) =>
      json(
        await answerQuestion(p, {
          reason: answer.reason,
          ...(answer.id !== undefined ? { id: answer.id } : {}),
          ...(answer.choose !== undefined ? { choose: answer.choose } : {}),
          ...(answer.assume !== undefined ? { assume: answer.assume } : {}),
        }),
      ),
  );

  server.registerTool(
    'check_spec',
    {
      description:
        'Check a backend spec inside this project (default: the generated one), whoever wrote it: its 15 sections, its SQL applied to PostgreSQL in dependency order, its OpenAPI/JSON blocks, cross-references, and its claims against the documents.',
      inputSchema: {
        file: z.string().optional().describe('project-relative path of the spec to check'),
        sql: z.boolean().optional().describe('apply the SQL to embedded PostgreSQL (default true)'),
      },
    },
    async ({ file, sql }) => {
      const compiled = await compileProject(p);
      const rel = file ?? `${compiled.outDir}/backend-spec.md`;
      const abs = path.resolve(p.root, rel);
      if (!abs.startsWith(`${p.root}${path.sep}`))
        return json({ ok: false, reason: `${rel} is outside the project` });
      const text = await p.host.readFile(abs);
      if (text === null) return json({ ok: false, reason: `${rel} not found (run compile, then generate)` });
      const { checkSpec } = await import('../spec-check/index.js');
      const result = await checkSpec({
        file: path.relative(p.root, abs).replace(/\\/g, '/'),
        text,
        sql: sql ?? true,
        ...(compiled.ok
          ? { project: { documents: compiled.sources.documents, domain: compiled.domain } }
          : {}),
      });
      return json({ summary: result.summary, diagnostics: diagnosticLines(compiled, result.diagnostics) });
    },
  );

  server.registerPrompt(
    'backend-spec-workflow',
    {
      description:
        'The loop for completing a backend spec with the compiler: compile, read unread blocks and open questions, propose facts with quotes, apply, recompile until the checklist holds.',
    },
    () => ({
      messages: [{ role: 'user' as const, content: { type: 'text' as const, text: WORKFLOW_PROMPT } }],
    }),
  );

  await server.connect(new StdioServerTransport());
}
