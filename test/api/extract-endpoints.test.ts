import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { expandPath } from '../../src/extract/endpoints.js';
import { extract } from '../../src/extract/index.js';
import { nodeHost } from '../../src/host.js';
import { loadSources } from '../../src/load/discover.js';
import { corpusRoot } from '../corpus-path.js';

async function stated(project: string) {
  const root = corpusRoot(project);
  const host = nodeHost();
  const { config } = await resolveConfig(root, {}, host);
  const { sources } = await loadSources(root, config, host);
  return extract(sources).domain.statedEndpoints;
}

describe('endpoints extractor', () => {
  it('normalises express params and expands alternatives', () => {
    expect(expandPath('/api/tasks/:id/subtasks/:subId')).toEqual(['/api/tasks/{id}/subtasks/{subId}']);
    expect(expandPath('/api/auth/register|login')).toEqual(['/api/auth/register', '/api/auth/login']);
    expect(expandPath('/api/tasks?label=&status=')).toEqual(['/api/tasks']);
    expect(expandPath('.../complete')).toEqual([]);
    expect(expandPath('/api/x/*')).toEqual([]);
  });

  it('reads the bmad-todo-app route surface exactly', async () => {
    const list = await stated('bmad-todo-app');
    const keys = new Set(list.map((e) => `${e.method} ${e.path}`));
    for (const k of [
      'POST /api/auth/register',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'GET /api/tasks',
      'POST /api/tasks',
      'PATCH /api/tasks/{id}',
      'DELETE /api/tasks/{id}',
      'PATCH /api/tasks/{id}/complete',
      'PATCH /api/tasks/{id}/uncomplete',
      'GET /api/tasks/{id}/subtasks',
      'POST /api/tasks/{id}/subtasks',
      'PATCH /api/tasks/{id}/subtasks/{subId}',
      'DELETE /api/tasks/{id}/subtasks/{subId}',
      'GET /api/labels',
      'DELETE /api/labels/{id}',
      'GET /health',
    ])
      expect(keys).toContain(k);
    expect(keys).not.toContain('POST /api/tasks/{id}/subtasks/{subId}');
    const complete = list.find((e) => e.path === '/api/tasks/{id}/complete');
    expect(complete?.origin).toMatchObject({
      kind: 'source',
      file: '_bmad-output/planning-artifacts/architecture.md',
      line: 386,
    });
  });

  it('reads routes from sequence diagrams and prose in labcore', async () => {
    const keys = new Set((await stated('labcore')).map((e) => `${e.method} ${e.path}`));
    expect(keys).toContain('POST /auth/login');
    expect(keys).toContain('POST /auth/refresh');
    expect(keys).toContain('GET /reports/{id}/share-url');
    expect(keys).toContain('POST /api/sync');
  });
});
