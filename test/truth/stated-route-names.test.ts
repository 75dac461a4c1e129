import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: an English trial's stated `DELETE /me` ("anonymise and delete account") was named
// `getMe2`, and `GET /reports/hours.csv` became `getReportsHours.csv` (and the Python service method
// `get_reports_hours.csv`, which is no identifier).
describe('operation ids of stated routes', { timeout: 60_000 }, () => {
  it('name the method on /me and keep only letters and digits', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Members can delete their account.\n',
      '/p/docs/architecture.md': `# Architecture

Backend: Python 3.12 with Django 5.

## Data

\`\`\`sql
CREATE TABLE members (id uuid PRIMARY KEY, name text NOT NULL);
\`\`\`

## REST API

| Method | Path | Notes |
|---|---|---|
| GET | /me | own profile |
| PATCH | /me | change own profile |
| DELETE | /me | anonymise and delete account |
| GET | /reports/hours.csv | hours served |
`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const id = (method: string, path: string) =>
      spec.endpoints.find((e) => e.method === method && e.path.endsWith(path))?.operationId;
    expect(id('GET', '/me')).toBe('getMe');
    expect(id('PATCH', '/me')).toBe('updateMe');
    expect(id('DELETE', '/me')).toBe('deleteMe');
    expect(id('GET', '/reports/hours.csv')).toBe('getReportsHoursCsv');
    for (const e of spec.endpoints) expect(e.operationId).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });
});
