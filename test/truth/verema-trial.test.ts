import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readConstraints } from '../../src/read/constraint-words.js';

// Found on an unseen Catalan trial (a wine cooperative's harvest deliveries: FastAPI + Tortoise ORM,
// ARQ on Redis, Altiria SMS, Brevo); the fixtures here are another domain (a municipal bike
// workshop), and the general parts are also tested in Spanish or English.

const DATA = `## Model de dades\n\n\`\`\`sql\nCREATE TABLE usuaris (id serial PRIMARY KEY, email text NOT NULL UNIQUE, rol text NOT NULL);\nCREATE TABLE reparacions (id serial PRIMARY KEY, usuari_id int NOT NULL REFERENCES usuaris(id), estat text NOT NULL);\n\`\`\`\n`;

async function spec(prd: string, architecture: string, data = DATA) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Arquitectura\n\n${data}\n${architecture}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

const PERSONAS =
  "# PRD\n\n## Usuaris i rols\n\n| Perfil | Codi de rol | Què fa |\n|---|---|---|\n| Ciclista | `ciclista` | Demana reparacions i en consulta l'estat |\n| Mecànic | `mecanic` | Diagnostica i tanca les reparacions |\n";

describe('a Catalan roles table and route table', { timeout: 60_000 }, () => {
  it('the "Codi de rol" column gives the roles, the profile their names', async () => {
    const s = await spec(PERSONAS, '');
    expect(s.roles.map((r) => [r.name, r.label])).toEqual(
      expect.arrayContaining([
        ['ciclista', 'Ciclista'],
        ['mecanic', 'Mecànic'],
      ]),
    );
  });

  it('"públic" routes need no sign-in, "(propi)" limits a caller to its own records', async () => {
    const s = await spec(
      PERSONAS,
      '## API\n\n| Mètode | Ruta | Qui | Descripció |\n|---|---|---|---|\n| GET | /api/v1/tallers | públic | Tallers |\n| POST | /api/v1/reparacions/{id}/cancellacio | ciclista (propi) | Cancel·la |\n',
    );
    expect(s.endpoints.find((e) => e.path === '/api/v1/tallers')?.authenticated).toBe(false);
    const id = s.endpoints.find((e) => e.path === '/api/v1/reparacions/{id}/cancellacio')?.operationId;
    expect(s.permissions?.rows.find((r) => r.operationId === id)?.access).toMatchObject({
      ciclista: 'own',
      mecanic: 'denied',
    });
  });
});

describe('Catalan token lifetimes', { timeout: 60_000 }, () => {
  it('"JWT d\'accés vàlid durant 10 minuts i un token de refresc vàlid durant 30 dies"', async () => {
    const s = await spec(
      PERSONAS,
      "## Autenticació\n\nL'API emet un JWT d'accés vàlid durant 10 minuts i un token de refresc vàlid durant 30 dies.\n",
    );
    expect(s.auth?.accessTokenTtlSeconds?.value).toBe(600);
    expect(s.auth?.refreshTokenTtlSeconds?.value).toBe(30 * 86400);
    expect(s.auth?.refreshTokenTtlSeconds?.origin.kind).toBe('source');
  });
});

describe('a Catalan job table and ARQ', { timeout: 60_000 }, () => {
  it('reads the names, "cada N minuts", "cada dia a les HH:MM", and ARQ named in the queue slot', async () => {
    const s = await spec(
      PERSONAS,
      '## Tecnologies\n\n| Capa | Tecnologia |\n|---|---|\n| Cues de treballs | ARQ (Redis 7) |\n\n## Treballs en segon pla\n\n| Treball | Planificació | Descripció |\n|---|---|---|\n| `avisar_recollida` | cada 15 minuts | Avisa el ciclista quan la bicicleta és a punt |\n| `tancar_abandonades` | cada dia a les 04:30 | Tanca les reparacions abandonades |\n',
    );
    const trigger = (name: string) => s.jobs.find((j) => j.name === name)?.trigger;
    expect(trigger('avisar_recollida')).toBe('*/15 * * * *');
    expect(trigger('tancar_abandonades')).toBe('30 4 * * *');
    expect(s.decisions.find((d) => d.topic === 'Background jobs')?.choice).toMatch(/^arq;/);
  });

  it.each([
    ['ca', 'El sistema mostra els torns lliures de cada dia en franges de 20 minuts.'],
    ['es', 'El sistema muestra los turnos libres de cada día en franjas de 20 minutos.'],
  ])('%s: slots of a length shown for every day are no job run every 20 minutes', async (_l, sentence) => {
    const s = await spec(
      `${PERSONAS}\n## Requisits funcionals\n\n| Codi | Requisit |\n|---|---|\n| RF-01 | ${sentence} |\n`,
      '',
    );
    expect(s.jobs.map((j) => j.trigger)).not.toContain('*/20 * * * *');
  });
});

describe('a retention stated in a rules table', { timeout: 60_000 }, () => {
  it('the purge is named by the table the sentence names, not by the rule id in the row', async () => {
    const s = await spec(
      `${PERSONAS}\n## Regles de negoci\n\n| Codi | Regla |\n|---|---|\n| RN-03 | Les reparacions es conserven 2 anys i després s'esborren. |\n`,
      '',
    );
    const names = s.jobs.map((j) => j.name);
    expect(names).toContain('purge-reparacions');
    expect(names).not.toContain('purge-rn');
  });
});

describe('Catalan never-delete and stories', { timeout: 60_000 }, () => {
  it('"no s\'esborren mai" keeps the records', () => {
    expect(readConstraints("Les reparacions no s'esborren mai: es tanquen.").map((c) => c.kind)).toContain(
      'never-delete',
    );
    expect(readConstraints('Les reparacions es tanquen cada dia.').map((c) => c.kind)).not.toContain(
      'never-delete',
    );
  });

  it('"Com a <rol>, vull …" is a story of that role, mapped to its operation', async () => {
    const s = await spec(
      `${PERSONAS}\n## Històries d'usuari\n\n- **HU-01** Com a mecànic, vull rebutjar una reparació indicant-ne el motiu.\n`,
      '## API\n\n| Mètode | Ruta | Qui | Descripció |\n|---|---|---|---|\n| POST | /api/v1/reparacions/{id}/rebuig | mecanic | Rebutja la reparació |\n',
      '## Models\n\n```python\nclass Reparacio(Model):\n    estat = fields.CharField(max_length=12)\n    motiu = fields.TextField(null=True)\n\n    class Meta:\n        table = "reparacions"\n```\n',
    );
    const story = s.stories?.find((x) => x.id === 'HU-01');
    expect(story?.role).toBe('mecanic');
    // The stated route ("Rebutja la reparació") is the reject action: no second, designed one.
    const stated = s.endpoints.find((e) => e.path === '/api/v1/reparacions/{id}/rebuig')?.operationId;
    expect(story?.operations).toEqual([stated]);
    expect(s.endpoints.some((e) => e.path.endsWith('/reject'))).toBe(false);
  });
});

describe('Catalan sign-in and lockout sentences', { timeout: 60_000 }, () => {
  it('a one-time code by SMS for one group beside passwords, its lifetime, and the stated lockout', async () => {
    const s = await spec(
      `${PERSONAS}\n## Requisits no funcionals\n\n- **RNF-02** Sis intents d'inici de sessió fallits bloquegen el compte durant 20 minuts.\n`,
      "## Autenticació\n\nEls ciclistes inicien sessió amb el seu telèfon i un codi d'un sol ús de 6 xifres enviat per SMS, vàlid durant 10 minuts. Els mecànics inicien sessió amb correu electrònic i contrasenya.\n",
    );
    expect(s.auth?.signInMethod?.value).toBe('sms-code');
    expect(s.auth?.signInLinkTtlSeconds?.value).toBe(600);
    expect(s.auth?.lockout?.origin.kind).toBe('source');
    // "Sis" (six) is read as the count of attempts, "20 minuts" as how long the account stays locked.
    expect(s.auth?.lockout?.value).toMatch(/^6 failed attempts then locked for 20\s?min/);
  });

  it.each([
    ['es', 'Cinco intentos fallidos bloquean la cuenta durante 30 minutos.'],
    ['fr', 'Après 5 tentatives de connexion échouées, le compte est verrouillé 30 minutes.'],
  ])('%s: a stated lockout replaces the proposed one', async (_l, sentence) => {
    const s = await spec(PERSONAS, `## Seguretat\n\n${sentence}\n`);
    expect(s.auth?.lockout?.origin.kind).toBe('source');
  });
});

describe('a Catalan route table of account steps', { timeout: 60_000 }, () => {
  it('"Descripció" describes each route: send the code, verify it, renew the token', async () => {
    const s = await spec(
      PERSONAS,
      "## Autenticació\n\nEls ciclistes inicien sessió amb un codi d'un sol ús enviat per SMS. L'API emet un JWT d'accés vàlid durant 15 minuts i un token de refresc vàlid durant 7 dies.\n\n## API\n\n| Mètode | Ruta | Qui | Descripció |\n|---|---|---|---|\n| POST | /api/v1/auth/codi | públic | Envia el codi d'un sol ús per SMS |\n| POST | /api/v1/auth/codi/verificacio | públic | Verifica el codi i retorna els tokens |\n| POST | /api/v1/auth/renovacio | públic | Renova el token d'accés |\n",
    );
    const op = (path: string) => s.endpoints.find((e) => e.path === path)?.operationId;
    expect(op('/api/v1/auth/codi')).toBe('requestSignInCode');
    expect(op('/api/v1/auth/codi/verificacio')).toBe('login');
    expect(op('/api/v1/auth/renovacio')).toBe('refreshToken');
    expect(s.endpoints.find((e) => e.path === '/api/v1/auth/renovacio')?.requestBody).toBeTruthy();
  });
});
