import { describe, expect, it } from 'vitest';
import { endpointsExtractor } from '../../src/extract/endpoints.js';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import { stackExtractor } from '../../src/extract/stack.js';
import { memoryHost } from '../../src/host.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';
import { entityName, tableName } from '../../src/knowledge/names.js';
import { canonicalState } from '../../src/knowledge/state-words.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { compile } from '../../src/pipeline.js';
import { deniesCache } from '../../src/read/cache-words.js';
import { asksForPdf } from '../../src/read/document-words.js';
import { readActionRate } from '../../src/read/rate-limit-words.js';
import { readRule } from '../../src/read/rule-words.js';
import { readSchedule } from '../../src/read/schedule-words.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

// What an Italian BMAD v6 trial (a condominium manager: Drizzle schema, Keycloak, Nexi XPay, pg-boss)
// found, each in the other languages too.

const extract = (extractor: typeof endpointsExtractor, text: string) => {
  const doc = docFrom('docs/architecture.md', text);
  return extractor.extract({ doc, md: parseMarkdown(doc), all: [doc] }).fragment;
};

describe('singulars the documents write', () => {
  it('names an Italian plural table by the singular the documents use', () => {
    const texts = [
      'Il condominio ha molte unità. Ogni rata ha una scadenza. `condominio_id` referenzia condomini; il condomino vota. Ogni assemblea…',
    ];
    const name = (w: string) => withNameLanguage('it', () => entityName(w), texts);
    // -i comes from -o, -e or -io: the documents write "condominio" (twice) more than "condomino".
    expect(name('condomini')).toBe('Condominio');
    // A final -e is singular as often as plural: "rata" in the documents makes `rate` its plural.
    expect(name('rate')).toBe('Rata');
    expect(name('assemblee')).toBe('Assemblea');
    // Nothing written: the rule's guess stands (and a final -e stays).
    expect(name('fatture')).toBe('Fatture');
    expect(name('prodotti')).toBe('Prodotto');
    expect(withNameLanguage('it', () => entityName('condomini'), ['Il condomino paga.'])).toBe('Condomino');
    // `unita` is "unità" written without its accent: stressed on the last vowel, it never changes.
    expect(withNameLanguage('it', () => tableName('Unita'), ['Ogni unità ha i suoi millesimi.'])).toBe(
      'unita',
    );
    expect(withNameLanguage('it', () => tableName('Rata'), ['Ogni unità paga la rata.'])).toBe('rate');
  });
});

describe('route tables with headers in other languages', () => {
  it.each([
    ['it', '| Metodo | Percorso | Chi | Descrizione |', 'Condòmino', 'Apre una segnalazione'],
    ['ru', '| Метод | Путь | Роль | Назначение |', 'admin', 'список креаторов'],
    ['zh', '| 方法 | 路径 | 角色 | 说明 |', 'admin', '列出成员'],
    ['ko', '| 메서드 | 경로 | 역할 | 설명 |', 'admin', '회원 목록'],
  ])('%s: reads the method, path and description columns', (_lang, header, who, what) => {
    const out = extract(
      endpointsExtractor,
      `# API\n\n${header}\n|---|---|---|---|\n| POST | /condomini/{id}/segnalazioni | ${who} | ${what} |\n| GET | /assemblee/{id}/verbale | ${who} | ${what} |\n`,
    );
    expect(out.statedEndpoints?.map((e) => [e.method, e.path, e.description])).toEqual([
      ['POST', '/condomini/{id}/segnalazioni', what],
      ['GET', '/assemblee/{id}/verbale', what],
    ]);
  });
  it('reads an Italian access column', () => {
    const out = extract(
      endpointsExtractor,
      '# API\n\n| Metodo | Percorso | Chi |\n|---|---|---|\n| GET | /bacheca | Pubblico |\n| POST | /voti | Condòmino |\n',
    );
    expect(out.statedEndpoints?.map((e) => e.access)).toEqual([
      { public: true, any: false, roles: [] },
      { public: false, any: false, roles: ['condòmino'] },
    ]);
  });
  it('keeps the punctuation after a route out of its description', () => {
    const out = extract(
      endpointsExtractor,
      "# Integrazioni\n\nL'esito arriva sull'endpoint `POST /webhooks/nexi`, verificata con il MAC.\n",
    );
    expect(out.statedEndpoints?.[0]?.description).toBe('verificata con il MAC.');
  });
});

describe('a stated absence of a cache', () => {
  it.each([
    'Non usiamo una cache nella v1: le letture vanno direttamente su PostgreSQL.',
    'We do not use a cache in v1.',
    'No server-side caching layer — unnecessary complexity.',
    'Sin caché en la primera versión.',
    'Sem cache no MVP.',
    'Pas de cache pour la v1.',
    'Wir verwenden keinen Cache.',
  ])('%s', (s) => expect(deniesCache(s)).toBe(true));
  it.each([
    'No cache invalidation for MVP (read-only after startup).',
    'Assessment data is immutable — no cache invalidation needed.',
    'Le sessioni sono in Redis.',
  ])('not: %s', (s) => expect(deniesCache(s)).toBe(false));

  it('makes the decision "no cache" and leaves the database out of the cache role', () => {
    const out = extract(
      stackExtractor,
      '# Architettura\n\nNon usiamo una cache nella v1: le letture vanno direttamente su PostgreSQL.\n',
    );
    const cache = out.stack?.filter((c) => c.concern === 'cache');
    expect(cache?.map((c) => [c.value, c.status])).toEqual([['none', 'chosen']]);
  });
});

describe('a PDF the system produces, not one a person uploads', () => {
  it.each([
    ["L'amministratore esporta il rendiconto in PDF.", true],
    ['Users can download their invoice as a PDF.', true],
    ['Die Rechnung wird als PDF erzeugt.', true],
    ["L'amministratore carica il verbale in PDF; il condòmino lo scarica.", false],
    ['The clinician uploads the signed PDF.', false],
    ['El paciente adjunta un PDF con la receta.', false],
    ['Le client téléverse un PDF.', false],
    ['Der Kunde lädt das PDF hoch.', false],
    ['Nothing about documents here.', false],
  ])('%s → %s', (text, produces) => expect(asksForPdf(text)).toBe(produces));
});

describe('weekly schedules in Italian', () => {
  it('reads "ogni domenica alle 03:00" and "ogni lunedì alle 8:30" as cron', () => {
    expect(readSchedule('ogni domenica alle 03:00')?.cron).toBe('0 3 * * 0');
    expect(readSchedule('ogni lunedì alle 8:30')?.cron).toBe('30 8 * * 1');
    expect(readSchedule('ogni ora')?.cron).toBe('0 * * * *');
  });
});

describe('Italian integration slots and verdicts', () => {
  it('carries a provider the catalogue does not know from an Italian slot row', () => {
    const out = extract(
      integrationsExtractor,
      '# Architettura\n\n| Area | Scelta | Alternative scartate |\n|---|---|---|\n| Pagamenti | Nexi XPay | Stripe |\n',
    );
    expect(out.integrations?.map((i) => [i.name, i.status])).toEqual(
      expect.arrayContaining([
        ['Nexi XPay', 'chosen'],
        ['Stripe', 'rejected'],
      ]),
    );
  });
  it.each([
    ['it', '## Fuori ambito\n\n- Pagamento con bonifico tramite Satispay: valutato e scartato per la v1.\n'],
    ['en', '## Out of scope\n\n- Payments through Satispay: evaluated and rejected for v1.\n'],
    ['es', '## Fuera de alcance\n\n- Pagos a través de Satispay: evaluado y descartado para la v1.\n'],
  ])(
    '%s: a line under an out-of-scope heading that rejects its label is rejected, not planned',
    (_l, text) => {
      const out = extract(integrationsExtractor, `# PRD\n\n${text}`);
      expect(out.integrations?.map((i) => [i.name, i.status])).toEqual([['Satispay', 'rejected']]);
    },
  );
});

describe('Italian state values', () => {
  it('map to the canonical states in every gender and number (an action endpoint finds its target)', () => {
    expect(['chiusa', 'chiuso', 'chiusi', 'chiuse'].map(canonicalState)).toEqual(Array(4).fill('closed'));
    expect(
      ['pagata', 'aperta', 'scaduta', 'risolta', 'in_lavorazione', 'sospesa', 'annullato'].map(
        canonicalState,
      ),
    ).toEqual(['paid', 'open', 'expired', 'resolved', 'in_progress', 'suspended', 'cancelled']);
    expect(canonicalState('emessa')).toBe('emessa');
  });
});

describe('how long data is kept', () => {
  it.each([
    'I verbali vanno conservati per 10 anni.',
    'Signed minutes are kept for 10 years.',
    'Las actas se conservan… conservadas durante 10 años.',
    'Die Protokolle werden 10 Jahre aufbewahrt.',
  ])('%s is a retention floor, not a check with an error code', (text) => {
    expect(readRule(text)).toMatchObject({ kind: 'retention', enforcement: 'retention-policy' });
  });
  it('a period that ends in a purge stays a job', () => {
    expect(readRule('Audit log entries are retained for 7 years, then purged.').enforcement).toBe('job');
  });
});

describe('a per-person creation limit stated as a requirement', () => {
  it.each([
    ['NFR4: Un condòmino può aprire al massimo 5 segnalazioni al giorno.', 'segnalazioni', 'condòmino'],
    ['**NFR-4:** A resident can open at most 5 tickets per day.', 'tickets', 'resident'],
    ['RNF-4: Un vecino puede abrir como máximo 5 incidencias por día.', 'incidencias', 'vecino'],
  ])('%s (the requirement id before the subject)', (text, object, per) => {
    expect(readActionRate(text)).toMatchObject({ requests: 5, windowSeconds: 86400, object, per });
  });
});

describe('roles and token claims as the Italian documents state them', () => {
  it('reads the roles table\'s "Cosa può fare" column (not "Chi è") and nests a dotted claim in the token example', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md':
          "# PRD\n\n## Utenti e ruoli\n\n| Ruolo | Chi è | Cosa può fare |\n|---|---|---|\n| Amministratore | Il professionista che gestisce i condomìni | Tutto |\n| Condòmino | Proprietario o inquilino di un'unità | Paga le rate |\n\n## Requisiti\n\n- FR1: Il condòmino paga una rata.\n",
        '/p/docs/architecture.md':
          '# Architettura\n\n## Sicurezza\n\n- Autenticazione delegata a Keycloak (OIDC).\n- I ruoli arrivano dal claim `realm_access.roles` del token.\n\n## Modello dati\n\n```sql\nCREATE TABLE rate (id uuid PRIMARY KEY, importo numeric(10,2) NOT NULL);\n```\n',
      }),
    );
    expect(r.spec!.roles.map((x) => [x.name, x.description])).toEqual([
      ['amministratore', 'Tutto'],
      ['condòmino', 'Paga le rate'],
    ]);
    const md = r.artifacts[0]!.text;
    expect(md).toContain('"realm_access": {\n    "roles": [');
    expect(md).not.toContain('"realm_access.roles"');
  });
});

describe('a web front end named inside a sentence', () => {
  it.each([
    ['it', 'Monolite modulare in TypeScript: API REST con Fastify, front-end Next.js.'],
    ['en', 'Modular monolith in TypeScript: a REST API with Fastify, web front end Next.js.'],
    ['es', 'Monolito modular en TypeScript: API REST con Fastify, frontend Next.js.'],
  ])('%s: is the chosen front end (a browser client: CORS on every response)', (_l, text) => {
    const out = extract(stackExtractor, `# Architettura\n\n## Contesto\n\n${text}\n`);
    expect(out.stack?.filter((c) => c.concern === 'frontend').map((c) => [c.value, c.status])).toEqual([
      ['Next.js', 'chosen'],
    ]);
  });
});
