import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHost, nodeHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A Portuguese project nobody here had written (test/truth/fixtures/pt-vacinas), tried as a new user
// would. Before: "Limite de 10 requisições por minuto no login" ("at the login") was read as "no
// login" and made all 13 endpoints public beside a stated Auth0; the heading "Fora do escopo" was
// listed as an excluded option; "o relatório de cobertura vacinal é somente leitura" took every write
// away from the Vacina catalogue; "agendar uma vacina" became POST /vacinas for the tutor; "ver a
// carteira de vacinação" became listVacinas beside the stated GET /animais/{id}/carteira.
describe('a Portuguese project, as a new user would try it', { timeout: 60_000 }, () => {
  it('keeps the stated identity provider, scope, read-only subject, booking and stated read', async () => {
    const r = await compile(
      { root: path.resolve('test/truth/fixtures/pt-vacinas'), verify: { skip: true } },
      nodeHost(),
    );
    const spec = r.spec!;
    expect(r.diagnostics.map((d) => d.code)).not.toContain('api/no-auth-stated');
    expect(spec.endpoints.filter((e) => !e.authenticated).map((e) => e.path)).toEqual([]);
    // The parenthesis is the item's note (its phase), not part of what is out of scope.
    expect(r.domain!.scope.map((s) => [s.subject, s.reason ?? ''])).toEqual([
      ['Pagamentos online', 'fase 2, talvez com Stripe'],
      ['Aplicativo móvel nativo', ''],
    ]);
    const create = (tail: string) => spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith(tail));
    expect(spec.suppressed?.filter((s) => s.rule === 'derive/no-writes-on-read-only-data')).toEqual([]);
    expect(create('/agendamentos')?.roles).toEqual(['tutor']);
    expect(create('/vacinas')?.roles ?? []).not.toContain('tutor');
    const story = spec.stories!.find((s) => s.action.startsWith('ver a carteira'))!;
    expect(story.operations).toEqual(['getAnimalCarteira']);
    // "RF04: O tutor recebe … via SendGrid": "O" is the article, not Spanish "or".
    expect(spec.integrations.find((i) => i.name === 'SendGrid')?.status).toBe('chosen');
    // "48 horas antes da vacina agendada": the Vacina has no time; its Agendamento does.
    const reminder = spec.jobs.find((j) => j.name.endsWith('-reminder'));
    expect(reminder?.name).toBe('send-agendamento-reminder');
    expect(reminder?.steps[0]).toContain('horario');
    // "os agendamentos cancelados com mais de 30 dias são excluídos": only the cancelled ones, at 3 h.
    const purge = spec.jobs.find((j) => j.name.startsWith('purge-agendamento'));
    expect(purge?.steps[0]).toContain("status = 'cancelado' and created_at < cutoff");
    expect(purge?.trigger).toBe('0 3 * * *');
    // "Cache das respostas do SendGrid não é necessário."
    expect(spec.caching?.entries ?? []).toEqual([]);
  });
});

describe('"no authentication" is read only where a sentence says it', { timeout: 60_000 }, () => {
  const ARCH =
    '# Architecture\n\n```sql\nCREATE TABLE notes (id uuid PRIMARY KEY, body text NOT NULL);\n```\n';
  const run = async (prd: string, arch = ARCH) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n${prd}\n`,
        '/p/docs/architecture.md': arch,
      }),
    );
    return r.diagnostics.some((d) => d.code === 'api/no-auth-stated');
  };
  it.each([
    ['en', '- FR1: The kiosk has no login: anyone can read the notes.'],
    ['pt', '- RF1: O quiosque é usado sem login.'],
    ['es', '- RF1: El quiosco se usa sin autenticación.'],
  ])('%s: stated', async (_lang, line) => expect(await run(line)).toBe(true));
  it.each([
    ['pt "no login" = "at the login"', '- RNF3: Limite de 10 requisições por minuto no login.'],
    ['es', '- RNF3: Máximo de 5 intentos por minuto en el login.'],
  ])('near-miss (%s)', async (_name, line) => expect(await run(line)).toBe(false));
  it('a stated identity provider is never overridden by a sentence', async () => {
    const arch = `${ARCH}\n| Layer | Technology |\n|---|---|\n| Authentication | Auth0 (OIDC) |\n`;
    expect(await run('- FR1: The kiosk has no login: anyone can read the notes.', arch)).toBe(false);
  });
});

describe('a heading that is only the scope marker scopes its items, in any language', {
  timeout: 60_000,
}, () => {
  it.each([
    ['pt', 'Fora do escopo'],
    ['fr', 'Hors périmètre'],
    ['de', 'Außerhalb des Umfangs'],
    ['es', 'Fuera del alcance'],
    ['en', 'Out of scope for the MVP'],
  ])('%s: %s', async (_lang, heading) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## ${heading}\n\n- Mobile app\n`,
        '/p/docs/architecture.md': '# Architecture\n',
      }),
    );
    expect(r.domain!.scope.map((s) => s.subject)).toEqual(['Mobile app']);
  });
});
