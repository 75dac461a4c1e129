import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CompileResult } from '../../src/pipeline.js';
import { checkSchemas } from '../../src/verify/json-schema.js';
import { lintOpenApi } from '../../src/verify/openapi.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

const PROJECTS = ['labcore', 'bmad-todo-app', 'billie-crm'];
const examples = path.resolve('examples/clinic-booking');
if (fs.existsSync(examples)) PROJECTS.push(examples);

const results = new Map<string, CompileResult>();
beforeAll(async () => {
  for (const p of PROJECTS) results.set(p, await compiledProject(path.isAbsolute(p) ? p : corpusRoot(p)));
}, 120_000);

const artifact = (p: string, suffix: string) =>
  results.get(p)!.artifacts.find((a) => a.path.endsWith(suffix));

/**
 * The openapi-typescript types of every project, each its own module in ONE TypeScript program: the
 * standard library's declarations are read and checked once, not once per project. tsc's
 * diagnostics per module (options, global and that file's own), as a program of its own would give.
 */
let typesChecked: Promise<Map<string, string[]>> | undefined;
function typeErrors(): Promise<Map<string, string[]>> {
  typesChecked ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-types-'));
    try {
      const files = new Map<string, string>();
      for (const [i, project] of PROJECTS.entries()) {
        const ast = await openapiTS(artifact(project, 'openapi.yaml')!.text);
        const file = path.join(dir, `api-${i}.ts`);
        fs.writeFileSync(file, astToString(ast));
        files.set(project, file);
      }
      const program = ts.createProgram([...files.values()], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        skipLibCheck: true,
        types: [],
      });
      const out = new Map<string, string[]>();
      for (const [project, file] of files)
        out.set(
          project,
          ts
            .getPreEmitDiagnostics(program, program.getSourceFile(file))
            .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        );
      return out;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  })();
  return typesChecked;
}

describe.each(PROJECTS)('api artifacts for %s', (project) => {
  it('writes an OpenAPI 3.1 document that passes the Redocly recommended ruleset with zero errors', async () => {
    const doc = artifact(project, 'openapi.yaml');
    expect(doc).toBeDefined();
    const { problems } = await lintOpenApi(doc!.text);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('compiles every JSON Schema in Ajv strict mode and every example validates', async () => {
    const r = results.get(project)!;
    const files = r.artifacts.filter((a) => a.path.endsWith('.schema.json'));
    expect(files.length).toBe(r.spec!.entities.length);
    const check = await checkSchemas(files, artifact(project, 'openapi.yaml') ?? null);
    expect(check.problems).toEqual([]);
    expect(check.componentExamples).toBeGreaterThan(0);
  });

  it('yields TypeScript types (openapi-typescript) that compile with tsc', async () => {
    expect((await typeErrors()).get(project)).toEqual([]);
  });

  it('describes only properties the data model and the SQL have, with compatible types', () => {
    const r = results.get(project)!;
    const doc = parse(artifact(project, 'openapi.yaml')!.text) as {
      components: { schemas: Record<string, { properties?: Record<string, { type?: string | string[] }> }> };
    };
    const sql = artifact(project, 'schema.sql')?.text ?? '';
    const compatible: Record<string, RegExp> = {
      string: /^(uuid|string|text|enum|email|url|phone|date|datetime|time|binary)$/,
      integer: /^(integer|bigint)$/,
      number: /^(float|decimal)$/,
      boolean: /^boolean$/,
      array: /^array$/,
    };
    let checked = 0;
    for (const e of r.spec!.entities) {
      for (const suffix of ['', 'Create', 'Update']) {
        const s = doc.components.schemas[`${e.name}${suffix}`];
        for (const [name, prop] of Object.entries(s?.properties ?? {})) {
          const f = e.fields.find((x) => x.name === name);
          expect(f, `${e.name}${suffix}.${name} is a field of ${e.name}`).toBeDefined();
          const type = [prop.type ?? []].flat().find((t) => t !== 'null');
          if (type) expect(f!.type.scalar, `${e.name}.${name}: ${type}`).toMatch(compatible[type]!);
          if (sql && r.spec!.database.dialects[0] !== 'mongodb') expect(sql).toContain(f!.column);
          checked++;
        }
      }
    }
    if (r.spec!.entities.length > 0) expect(checked).toBeGreaterThan(0);
  });

  it('gives every entity users act on an endpoint', () => {
    const r = results.get(project)!;
    const touched = new Set(r.spec!.endpoints.map((e) => e.entity));
    const acted = r.spec!.entities.filter(
      (e) => !e.joinTable && !/token|session|outbox|migration/i.test(e.name),
    );
    const without = acted.filter(
      (e) =>
        !touched.has(e.name) && !r.spec!.endpoints.some((x) => x.path.includes(e.table.replace(/_/g, '-'))),
    );
    // Entities a stated route list leaves out on purpose are reported, not silently dropped.
    const reported = r.diagnostics
      .filter((d) => d.code === 'api/route-list-omits')
      .map((d) => d.message)
      .join('\n');
    for (const e of without) expect(reported, `${e.name} has endpoints or is reported`).toContain(e.name);
  });
});

describe('bmad-todo-app stated routes', () => {
  it('keeps the stated route surface exactly, with source lines', () => {
    const eps = results.get('bmad-todo-app')!.spec!.endpoints;
    const keys = eps.map((e) => `${e.method} ${e.path}`);
    for (const k of [
      'PATCH /api/tasks/{id}/complete',
      'PATCH /api/tasks/{id}/uncomplete',
      'DELETE /api/tasks/{id}/subtasks/{subId}',
      'GET /api/labels',
      'POST /api/auth/register',
      'GET /health',
    ])
      expect(keys).toContain(k);
    const complete = eps.find((e) => e.path === '/api/tasks/{id}/complete')!;
    expect(complete.operationId).toBe('completeTask');
    expect(complete.origin).toMatchObject({ kind: 'source', line: 386 });
    // The stated list has no GET /api/tasks/{id}: none is added.
    expect(keys).not.toContain('GET /api/tasks/{id}');
  });
});
