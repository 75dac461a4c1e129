import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../src/verify/postgres/session.js';
import { postgresVerifier } from '../../src/verify/postgres.js';
import { CLI, ensureBuilt } from '../foundation/built-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { compileSql } from './fixtures.js';

/**
 * A requested --postgres-url that cannot be used is an error (exit 1), never a silent pass, and a
 * server that accepts and never answers cannot hang the tool: a tiny TCP server on 127.0.0.1 that
 * reads and never replies stands in for it. Which limit ended a verification is read from what it
 * says (the total budget says "longer than"), not from how long the test waited: on a loaded machine
 * the wall time of the rest (importing pg, starting the CLI) is seconds and says nothing. The wall
 * time bounds left are each far from the limit they tell apart.
 */
let silent: Server;
let port = 0;
const sockets: Socket[] = [];

beforeAll(async () => {
  silent = createServer((s) => {
    sockets.push(s);
    s.on('data', () => {});
    s.on('error', () => {});
  });
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  port = (silent.address() as { port: number }).port;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => silent.close(r));
});

const SQL = 'CREATE TABLE notes (id uuid PRIMARY KEY, title text NOT NULL);';

describe('--postgres-url failures are errors, bounded in time', () => {
  it('a server that accepts and never answers: connect timeout, error diagnostic', async () => {
    const result = await compileSql(SQL);
    const started = Date.now();
    const out = await postgresVerifier.verify(result.artifacts, result.spec!, {
      postgresUrl: `postgres://nobody@127.0.0.1:${port}/db`,
      limits: { connectMs: 400, totalMs: 5_000 },
    });
    expect(out.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['verify/postgres-url-failed', 'error'],
    ]);
    // The 400 ms connect timeout ended it, not the 5 s total budget.
    expect(out.diagnostics[0]!.message).toMatch(/timeout/i);
    expect(out.diagnostics[0]!.message).not.toMatch(/longer than/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(out.verifications[0]).toMatchObject({ ok: false });
  });

  it('the total budget ends a verification whose connect timeout is longer', async () => {
    const result = await compileSql(SQL);
    const started = Date.now();
    const out = await postgresVerifier.verify(result.artifacts, result.spec!, {
      postgresUrl: `postgres://nobody@127.0.0.1:${port}/db`,
      limits: { connectMs: 60_000, totalMs: 600 },
    });
    expect(out.diagnostics[0]!.code).toBe('verify/postgres-url-failed');
    // The 600 ms total budget ended it, long before the 60 s connect timeout.
    expect(out.diagnostics[0]!.message).toMatch(/longer than/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('nobody listening: an error naming the failure, not the password', async () => {
    const result = await compileSql(SQL);
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const free = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    const out = await postgresVerifier.verify(result.artifacts, result.spec!, {
      postgresUrl: `postgres://u:secret-pw@127.0.0.1:${free}/db`,
      limits: { connectMs: 2_000 },
    });
    expect(out.diagnostics.map((d) => d.code)).toEqual(['verify/postgres-url-failed']);
    expect(out.diagnostics[0]!.message).not.toContain('secret-pw');
  });

  it('the CLI exits 1 and does not idle when --postgres-url never answers', async () => {
    await ensureBuilt();
    const dir = tempDir('backend-spec-silent-');
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(
      path.join(dir, 'docs/prd.md'),
      '# PRD\n\n## Functional Requirements\n\n- FR1: A user can create notes.\n',
    );
    writeFileSync(
      path.join(dir, 'docs/architecture.md'),
      `# Architecture\n\n## Data model\n\n\`\`\`sql\n${SQL}\n\`\`\`\n`,
    );
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          CLI,
          'generate',
          dir,
          '--dry-run',
          '--format',
          'json',
          '--postgres-url',
          `postgres://x@127.0.0.1:${port}/db`,
        ],
        { env: { ...process.env, BACKEND_SPEC_TIMINGS: '1' } },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b) => {
        stdout += b;
      });
      child.stderr.on('data', (b) => {
        stderr += b;
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as { diagnostics: { code: string }[] };
    expect(body.diagnostics.map((d) => d.code)).toContain('verify/postgres-url-failed');
    // The default connect timeout (10 s) ended the verification, not the 25 s read timeout nor
    // nothing: the CLI's own time for the verify phase (BACKEND_SPEC_TIMINGS, src/timings.ts), which
    // start-up and the pipeline on a loaded machine do not stretch. The test's timeout bounds the rest.
    const verifyMs = Number(/^\s*([\d.]+)\s+verify$/m.exec(run.stderr)?.[1]);
    expect(verifyMs, run.stderr).toBeGreaterThanOrEqual(9_000);
    expect(verifyMs, run.stderr).toBeLessThan(20_000);
  }, 120_000);
});

const URL_ = process.env.BACKEND_SPEC_TEST_PG_URL;
describe.skipIf(!URL_)('superuser roles', () => {
  it('a superuser on --postgres-url is refused unless allowed', async () => {
    const result = await compileSql(SQL);
    const refused = await postgresVerifier.verify(result.artifacts, result.spec!, { postgresUrl: URL_! });
    const su = await (await server(URL_!, { allowSuperuser: true })).query<{ su: string }>(
      `select current_setting('is_superuser') as su`,
    );
    if (su[0]!.su !== 'on') return;
    expect(refused.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['verify/postgres-superuser', 'error'],
    ]);
    const allowed = await postgresVerifier.verify(result.artifacts, result.spec!, {
      postgresUrl: URL_!,
      allowSuperuser: true,
    });
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.verifications[0]!.ok).toBe(true);
  });

  it('a role without superuser verifies with CREATE on the database only', async () => {
    const admin = await server(URL_!, { allowSuperuser: true });
    try {
      await admin.exec(
        `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'backend_spec_verifier') THEN CREATE ROLE backend_spec_verifier LOGIN PASSWORD 'verifier'; END IF; END $$;`,
      );
      const db = (await admin.query<{ d: string }>('select current_database() as d'))[0]!.d;
      await admin.exec(`GRANT CREATE ON DATABASE "${db}" TO backend_spec_verifier;`);
      const u = new URL(URL_!);
      u.username = 'backend_spec_verifier';
      u.password = 'verifier';
      const result = await compileSql(SQL);
      const out = await postgresVerifier.verify(result.artifacts, result.spec!, {
        postgresUrl: u.toString(),
      });
      expect(out.diagnostics).toEqual([]);
      expect(out.verifications[0]!.summary).toMatch(/1 tables, 0 indexes, 0 errors, 0 differences$/);
    } finally {
      await admin.close();
    }
  });
});
