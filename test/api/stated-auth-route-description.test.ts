import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Chinese golden shiguang-zh states "| POST | /api/v1/auth/refresh | 刷新访问令牌 | 学生用户 |" under
// the header "| 方法 | 路径 | 说明 | 角色 |": the route matched the derived refresh operation and took its
// English summary. A route table's description column is the route's own words; a third column with
// another header (a body: "email, password") is not a description and the derived summary stays.
async function summaries(table: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A player books a court.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Authentication\n\nThe API issues a JWT access token (15 minutes) and a refresh token (7 days).\n\n## API\n\n${table}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL);\nCREATE TABLE courts (id uuid PRIMARY KEY, name text NOT NULL);\n\`\`\`\n`,
    }),
  );
  return Object.fromEntries(r.spec!.endpoints.map((e) => [`${e.method} ${e.path}`, e.summary]));
}

describe("a stated account route keeps its table's description", () => {
  it.each([
    [
      'zh',
      '| 方法 | 路径 | 说明 |\n|---|---|---|\n| POST | /auth/refresh | 续期访问令牌 |\n| POST | /auth/login | 账号密码登录 |',
      '续期访问令牌',
      '账号密码登录',
    ],
    [
      'es',
      '| Método | Ruta | Descripción |\n|---|---|---|\n| POST | /auth/refresh | Renueva el token de acceso |\n| POST | /auth/login | Inicio de sesión con contraseña |',
      'Renueva el token de acceso',
      'Inicio de sesión con contraseña',
    ],
  ])('%s', async (_lang, table, refresh, login) => {
    const s = await summaries(table);
    expect(s['POST /api/v1/auth/refresh'] ?? s['POST /auth/refresh']).toBe(refresh);
    expect(s['POST /api/v1/auth/login'] ?? s['POST /auth/login']).toBe(login);
  });

  it('a body column is no description', async () => {
    const s = await summaries(
      '| Method | Path | Body |\n|---|---|---|\n| POST | /auth/login | email, password |',
    );
    const login = s['POST /api/v1/auth/login'] ?? s['POST /auth/login'];
    expect(login).not.toBe('email, password');
  });
});
