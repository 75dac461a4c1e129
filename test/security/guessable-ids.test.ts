import { describe, expect, it } from 'vitest';
import {
  guessableIds,
  parameterEntity,
  secretsInPaths,
  statedLintExceptions,
} from '../../src/derive/security/guessable-ids.js';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';

/**
 * Stated sequential ids and secrets in stated routes stay as stated and become findings of the
 * security section with their source lines (OWASP API1:2023, API2:2023); a key a rule adds is a UUID.
 */
const spec = (keyOrigin: object, routeQuote: string | null) =>
  ({
    entities: [
      {
        name: 'Task',
        fields: [{ primaryKey: true, type: { scalar: 'integer', generated: true }, origin: keyOrigin }],
      },
      { name: 'Website', fields: [{ primaryKey: true, type: { scalar: 'uuid' }, origin: keyOrigin }] },
    ],
    endpoints: [
      {
        method: 'GET',
        path: '/api/tasks/{id}',
        entity: 'Task',
        parameters: [{ name: 'id', in: 'path', schema: { type: 'integer' } }],
        origin: { kind: 'rule', rule: 'derive/crud' },
      },
      {
        method: 'GET',
        path: '/api/websites/{id}/tasks',
        entity: 'Task',
        parameters: [{ name: 'id', in: 'path', schema: { type: 'string', format: 'uuid' } }],
        origin: { kind: 'rule', rule: 'derive/crud' },
      },
      {
        method: 'GET',
        path: '/api/websites/{id}',
        entity: 'Website',
        parameters: [{ name: 'id', in: 'path', schema: { type: 'string', format: 'uuid' } }],
        origin: { kind: 'rule', rule: 'derive/crud' },
      },
      {
        method: 'POST',
        path: '/invites/{secret_token}/accept',
        entity: 'Task',
        parameters: [{ name: 'secret_token', in: 'path', schema: { type: 'string' } }],
        origin: routeQuote
          ? { kind: 'source', file: 'docs/api.md', line: 7, quote: routeQuote }
          : { kind: 'rule', rule: 'derive/x' },
      },
    ],
  }) as unknown as Spec;

const STATED = { kind: 'source', file: 'docs/schema.md', line: 12, quote: 'id SERIAL PRIMARY KEY' };

describe('stated sequential ids and secrets in paths are findings (derive/guessable-stated-ids)', () => {
  it('reads the entity a path parameter identifies from the segment before it', () => {
    const s = spec(STATED, null);
    expect(parameterEntity(s, '/api/websites/{id}/tasks', 'id')).toBe('Website');
    expect(parameterEntity(s, '/api/tasks/{id}', 'id')).toBe('Task');
    expect(parameterEntity(s, '/api/x/{taskId}', 'taskId')).toBe('Task');
  });

  it("a join route before the resource's own route does not take its segment (`/members/{memberId}/tasks/{taskId}`)", () => {
    // A Hebrew trial's `PUT /drivers/{driverId}/regions/{regionId}` (the Driver–Region join) came
    // first, so `GET /regions/{id}` was read as the join row's, its stated key was not excused and
    // Spectral failed. Here a member's tasks in a to-do list.
    const s = spec(STATED, null);
    const join = {
      method: 'PUT',
      path: '/api/members/{memberId}/tasks/{taskId}',
      entity: 'MemberTask',
      parameters: [
        { name: 'memberId', in: 'path', schema: { type: 'string' } },
        { name: 'taskId', in: 'path', schema: { type: 'string' } },
      ],
      origin: { kind: 'rule', rule: 'derive/join' },
    };
    const joined = {
      ...s,
      entities: [...s.entities, { name: 'MemberTask', fields: [] }],
      endpoints: [join, ...s.endpoints],
    } as unknown as Spec;
    expect(parameterEntity(joined, '/api/tasks/{id}', 'id')).toBe('Task');
  });

  it('names a stated integer key taken in a path, with its source line', () => {
    const p = guessableIds(spec(STATED, null));
    expect(p).toMatchObject({ ref: 'A01', topic: 'Guessable identifiers', origin: STATED });
    expect(p!.measure).toContain('`Task` (`docs/schema.md:12`)');
    expect(p!.measure).toContain('paths such as `/api/tasks/{id}`');
    expect(p!.measure).not.toContain('/api/websites/{id}/tasks');
    // The generated Spectral ruleset's exception is named in the finding (render/openapi/ruleset.ts).
    expect(p!.measure).toContain(
      '`.spectral.yaml` beside openapi.yaml turns `owasp:api1:2023-no-numeric-ids` off',
    );
    expect(statedLintExceptions(spec(STATED, null))).toEqual([
      {
        rule: 'owasp:api1:2023-no-numeric-ids',
        method: 'GET',
        path: '/api/tasks/{id}',
        index: 0,
        param: 'id',
        origin: STATED,
      },
    ]);
  });

  it('says nothing when the integer key was added by a rule', () => {
    expect(guessableIds(spec({ kind: 'rule', rule: 'derive/add-primary-key' }, null))).toBeNull();
    expect(statedLintExceptions(spec({ kind: 'rule', rule: 'derive/add-primary-key' }, null))).toEqual([]);
  });

  it('names a secret in a stated route, never in a derived one', () => {
    const p = secretsInPaths(spec(STATED, '| T1 | POST | `/invites/{secret_token}/accept` | accept |'));
    expect(p).toMatchObject({ ref: 'A04', topic: 'Secrets in URLs' });
    expect(p!.measure).toContain('`POST /invites/{secret_token}/accept` (`docs/api.md:7`)');
    expect(p!.measure).toContain(
      'turns `owasp:api2:2023-no-credentials-in-url` off for these path parameters only',
    );
    expect(
      statedLintExceptions(spec(STATED, '| T1 | POST | `/invites/{secret_token}/accept` | accept |')).map(
        (x) => `${x.rule} ${x.path} ${x.param} ${x.origin.kind}`,
      ),
    ).toContain('owasp:api2:2023-no-credentials-in-url /invites/{secret_token}/accept secret_token source');
    expect(secretsInPaths(spec(STATED, null))).toBeNull();
    expect(statedLintExceptions(spec(STATED, null)).map((x) => x.rule)).not.toContain(
      'owasp:api2:2023-no-credentials-in-url',
    );
  });
});

const SCHEMA = `# Architecture

## Data model

\`\`\`sql
CREATE TABLE tasks (
  id SERIAL PRIMARY KEY,
  title VARCHAR(200) NOT NULL
);
CREATE TABLE labels (
  name VARCHAR(50) NOT NULL
);
CREATE TABLE task_labels (
  id SERIAL PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  label_id INTEGER NOT NULL REFERENCES labels(id)
);
CREATE TABLE notes (
  body TEXT NOT NULL
);
\`\`\`
`;

describe('a key the documents do not state (derive/add-primary-key)', () => {
  it('is a UUID even in a SERIAL project, unless a stated integer column refers to the entity', async () => {
    const r = await compile(
      { root: '/todo', verify: { skip: true } },
      memoryHost({
        '/todo/docs/prd.md':
          '# Todo — PRD\n\n## User Stories\n\n- As a user, I want to add tasks and notes.\n',
        '/todo/docs/architecture.md': SCHEMA,
      }),
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const key = (n: string) => r.spec!.entities.find((e) => e.name === n)!.fields.find((f) => f.primaryKey)!;
    expect(key('Task').type.scalar).toBe('integer');
    expect(key('Note').type).toEqual({ scalar: 'uuid' });
    expect(key('Note').origin).toEqual({ kind: 'rule', rule: 'derive/add-primary-key' });
    // label_id INTEGER REFERENCES labels(id) is stated: the added key keeps its type.
    expect(key('Label').type.scalar).toBe('integer');
  });
});
