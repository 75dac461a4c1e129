import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A Spanish BMAD v4 trial (a food bank on Laravel 11): "Las listas se paginan de 25 en 25" gave a
// default page of 100, `GET /api/reportes/tablero?mes=` lost its `mes`, and Laravel's own
// scheduler (`schedule:run`) was replaced by a proposed in-process timer.
const run = (architecture: string, prd = '# PRD\n\n- FR1: Staff list the bookings.\n') =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n${architecture}\n\n## Data model\n\n### Booking\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| note | text |\n`,
    }),
  );

describe('a page size written with the verb', () => {
  for (const [lang, sentence, def, max] of [
    ['es', 'Las listas se paginan de 25 en 25, con un máximo de 100 por página.', 25, 100],
    ['pt', 'As listas são paginadas com 30 itens, no máximo 90.', 30, 90],
    ['fr', 'Les listes sont paginées par 40, 120 au plus.', 40, 120],
  ] as const) {
    it(`${lang}: default ${def}, max ${max}`, async () => {
      const r = await run(sentence);
      const value = (key: string) => r.domain!.parameters.filter((q) => q.key === key).map((q) => q.value);
      expect(value('pagination.default')).toEqual([def]);
      expect(value('pagination.max')).toEqual([max]);
    });
  }
});

describe('a query written after a route of no entity', () => {
  it('keeps `?mes=` and `?desde=&hasta=` as the route parameters', async () => {
    const r = await run(
      '| Método | Ruta | Descripción |\n|---|---|---|\n| GET | /api/reportes/tablero?mes= | Kilos por almacén |\n| GET | /api/bookings/export.csv?desde=&hasta= | Exporta reservas |',
    );
    const query = (path: string) =>
      r
        .spec!.endpoints.find((e) => e.path === path)!
        .parameters.filter((p) => p.in === 'query')
        .map((p) => p.name);
    expect(query('/api/reportes/tablero')).toEqual(['mes']);
    expect(query('/api/bookings/export.csv')).toEqual(['desde', 'hasta']);
  });
});

describe("a framework's own scheduler", () => {
  const prd = '# PRD\n\n- FR1: Every day at 06:00 the system marks the bookings that expire within 7 days.\n';
  it('Laravel schedules the recurring jobs when no scheduler is stated', async () => {
    const r = await run('| Layer | Choice |\n|---|---|\n| Framework | Laravel 11 |\n| Queue | Redis |', prd);
    expect(r.spec!.decisions.find((d) => d.topic === 'Background jobs')?.choice).toMatch(/Laravel scheduler/);
  });
  it('near-miss: a stated scheduler beats the framework', async () => {
    const r = await run(
      '| Layer | Choice |\n|---|---|\n| Framework | Laravel 11 |\n| Queue | Redis |\n| Scheduler | system crontab |',
      prd,
    );
    expect(r.spec!.decisions.find((d) => d.topic === 'Background jobs')?.choice).not.toMatch(
      /Laravel scheduler/,
    );
  });
});

describe('Spanish retention sentences', () => {
  const compileWith = (prd: string) =>
    compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## No funcionales\n\n${prd}\n`,
        '/p/docs/architecture.md':
          "# Arquitectura\n\nPostgreSQL 16.\n\n```php\nSchema::create('familias', function (Blueprint $table) {\n    $table->id();\n    $table->string('colonia', 120);\n    $table->timestamp('anonimizada_el')->nullable();\n    $table->timestamps();\n});\nSchema::create('donaciones', function (Blueprint $table) {\n    $table->id();\n    $table->date('recibida_el');\n});\n```\n",
      }),
    );
  it('"se conservan al menos 5 años" is a retention floor, with no error a request gets', async () => {
    const r = await compileWith('- NFR4: Las donaciones nunca se borran; se conservan al menos 5 años.');
    const rule = r.spec!.rules!.find((x) => x.requirements.includes('NFR4'))!;
    expect(rule).toMatchObject({ enforcement: 'retention-policy', errorCode: null });
  });
  it('a period counted from "su última entrega" scans no column named after the act: it is asked', async () => {
    const r = await compileWith(
      '- NFR3: Los datos personales de las familias se conservan 5 años después de su última entrega y luego se anonimizan.',
    );
    expect(r.spec!.jobs.some((j) => j.steps.some((s) => /anonimizada_el/.test(s)))).toBe(false);
    expect(r.spec!.questions?.some((q) => q.id.startsWith('jobs/retention-since'))).toBe(true);
  });
});

describe('one limit stated as a rule and as a criterion', () => {
  it('the rule takes the code the criterion states (en, es)', async () => {
    for (const [rule, criterion, code, entity] of [
      [
        '- FR5: A member may book at most 2 bookings per month.',
        '  - Given a member with 2 bookings this month, when they book a third, then the system rejects it with MONTHLY_LIMIT.',
        'MONTHLY_LIMIT',
        'Booking',
      ],
      [
        '- FR5: Un socio puede crear como máximo 2 reservas por mes.',
        '  - Dado un socio con 2 reservas este mes, cuando crea una tercera, entonces el sistema la rechaza con el error LIMITE_MENSUAL.',
        'LIMITE_MENSUAL',
        'Reserva',
      ],
    ] as const) {
      const r = await run(
        '### Reserva\n\n| Campo | Tipo |\n|---|---|\n| id | uuid |\n| fecha | date |',
        `# PRD\n\n## Requirements\n\n${rule}\n- FR6: Members create bookings.\n${criterion}\n`,
      );
      const limits = r.spec!.rules!.filter((x) => x.entity === entity && x.errorCode);
      expect(limits.map((x) => x.errorCode)).toEqual([code, code]);
    }
  });
});

describe('staff sign in with a password, donors with a magic link', () => {
  const compileWith = (usersTable: string) =>
    compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR1: El coordinador registra donaciones.\n',
        '/p/docs/architecture.md': `# Arquitectura\n\nPostgreSQL 16. Los donantes entran con su correo y un enlace mágico.\n\n| Método | Ruta | Descripción |\n|---|---|---|\n| POST | /api/login | Inicia sesión del personal y devuelve un token |\n| POST | /api/donantes/enlace | Envía un enlace mágico al correo del donante |\n\n\`\`\`php\n${usersTable}\nSchema::create('donantes', function (Blueprint $table) {\n    $table->id();\n    $table->string('email')->unique();\n});\n\`\`\`\n`,
      }),
    );
  it('accounts with a password column keep the password login beside the stated link route', async () => {
    const r = await compileWith(
      "Schema::create('usuarios', function (Blueprint $table) {\n    $table->id();\n    $table->string('email')->unique();\n    $table->string('password');\n});",
    );
    const byPath = (p: string) => r.spec!.endpoints.find((e) => e.path === p)!;
    expect(byPath('/api/login').operationId).toBe('login');
    expect(Object.keys((byPath('/api/login').requestBody as { properties: object }).properties)).toContain(
      'password',
    );
    expect(byPath('/api/donantes/enlace').operationId).toBe('requestSignInLink');
    // The stated route serves the link request: no second, derived one.
    expect(r.spec!.endpoints.filter((e) => e.operationId === 'requestSignInLink')).toHaveLength(1);
    expect(r.spec!.auth!.passwordHashing).not.toBeNull();
  });
  it('near-miss: without a password column the sign-in is passwordless only', async () => {
    const r = await compileWith(
      "Schema::create('usuarios', function (Blueprint $table) {\n    $table->id();\n    $table->string('email')->unique();\n});",
    );
    const login = r.spec!.endpoints.find((e) => e.path === '/api/login')!;
    expect(
      Object.keys((login.requestBody as { properties?: object } | null)?.properties ?? {}),
    ).not.toContain('password');
    expect(r.spec!.auth!.passwordHashing).toBeNull();
  });
});

describe('one rejected option listed once', () => {
  it('"PostgreSQL 16" of an alternatives table is the PostgreSQL it rejects, with its reason', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR1: Staff record donations.\n',
        '/p/docs/architecture.md':
          '# Arquitectura\n\n## Data model\n\n### Donacion\n\n| Campo | Tipo |\n|---|---|\n| id | uuid |\n',
        '/p/docs/architecture/tech-stack.md':
          '# Stack tecnológico\n\n| Categoría | Tecnología | Versión |\n|---|---|---|\n| Base de datos | MySQL | 8.0 |\n\n## Alternativas evaluadas\n\n| Opción | Decisión | Motivo |\n|---|---|---|\n| PostgreSQL 16 | Descartada | El hosting sólo ofrece MySQL administrado |\n',
      }),
    );
    const rejected = r.spec!.reconciliation.decisions.filter((d) => /postgres/i.test(d.subject));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.detail).toBe('El hosting sólo ofrece MySQL administrado');
  });
});
