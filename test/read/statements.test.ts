import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { readDocument } from '../../src/read/index.js';
import type { DecisionStatus, Statement } from '../../src/read/types.js';

function read(text: string): Statement[] {
  const doc: SourceDocument = {
    path: 'docs/architecture.md',
    kind: 'architecture',
    classifiedBy: 'test',
    text,
    body: text,
    bodyLineOffset: 0,
    frontMatter: null,
  };
  return readDocument(parseMarkdown(doc)).statements;
}

/** The statuses the documents give a named technology or provider, in reading order. */
function statusOf(text: string, value: string): DecisionStatus[] {
  return read(text).flatMap((s) =>
    s.terms.filter((t) => t.value === value || t.written === value).map((t) => t.status),
  );
}

describe('headings govern their items', () => {
  const cases: [string, string, DecisionStatus][] = [
    ['en', '## Alternatives considered\n\n- MongoDB: flexible documents\n', 'rejected'],
    ['es', '## Alternativas descartadas\n\n- MongoDB: documentos flexibles\n', 'rejected'],
    ['pt', '## Alternativas consideradas\n\n- MongoDB: documentos flexíveis\n', 'rejected'],
    ['fr', '## Options écartées\n\n- MongoDB : documents souples\n', 'rejected'],
    ['de', '## Verworfene Alternativen\n\n- MongoDB: flexible Dokumente\n', 'rejected'],
    ['en', '## Out of scope\n\n- Kafka event streaming\n', 'out-of-scope'],
    ['es', '## Fuera del alcance\n\n- Streaming de eventos con Kafka\n', 'out-of-scope'],
    ['pt', '## Fora do escopo\n\n- Streaming com Kafka\n', 'out-of-scope'],
    ['fr', '## Hors périmètre\n\n- Flux d’événements Kafka\n', 'out-of-scope'],
    ['de', '## Nicht im Scope\n\n- Event-Streaming mit Kafka\n', 'out-of-scope'],
    ['en', '## Phase 2\n\n- Elasticsearch for search\n', 'deferred'],
    ['es', '## Fase 2\n\n- Búsqueda con Elasticsearch\n', 'deferred'],
    ['pt', '## Melhorias futuras\n\n- Busca com Elasticsearch\n', 'deferred'],
    ['fr', '## Évolutions futures\n\n- Recherche avec Elasticsearch\n', 'deferred'],
    ['de', '## Zukünftige Erweiterungen\n\n- Suche mit Elasticsearch\n', 'deferred'],
    ['en', '## Open questions\n\n- Redis for sessions?\n', 'undecided'],
    ['es', '## Preguntas abiertas\n\n- ¿Redis para sesiones?\n', 'undecided'],
    ['pt', '## Questões em aberto\n\n- Redis para sessões?\n', 'undecided'],
    ['fr', '## Questions ouvertes\n\n- Redis pour les sessions ?\n', 'undecided'],
    ['de', '## Offene Fragen\n\n- Redis für Sessions?\n', 'undecided'],
  ];
  for (const [lang, text, status] of cases) {
    it(`${lang}: "${text.split('\n')[0]}" → ${status}`, () => {
      const s = read(text).find((x) => x.kind === 'item')!;
      expect(s.status).toBe(status);
      expect(s.statusFrom).toBe('heading');
      expect(s.terms.filter((t) => t.kind === 'technology').map((t) => t.status)).toEqual([status]);
    });
  }
  it('near-misses: headings that only contain the words do not govern', () => {
    for (const text of [
      '## Building for the future\n\n- PostgreSQL 16\n',
      '## Database alternatives we ship with\n\n- PostgreSQL 16\n',
      '## Construire pour le futur proche\n\n- PostgreSQL 16\n',
    ]) {
      // Only a heading that *starts* with the scope word governs (the second says nothing at start).
      const s = read(text).find((x) => x.kind === 'item')!;
      if (text.includes('alternatives we')) expect(s.status).toBe('none');
      else expect(s.status).toBe('none');
    }
  });
  it('a status tag at the end of a heading governs too (es, en, fr, de, pt)', () => {
    for (const h of [
      '#### 7.1 Instagram API (Fase 2)',
      '### Payments — Phase 3',
      '### Paiements (hors périmètre)',
      '### Zahlungen (geplant)',
      '### Pagamentos (futuro)',
    ]) {
      const s = read(`${h}\n\n- **Library:** Stripe\n`).find((x) => x.kind === 'item')!;
      expect(s.status, h).not.toBe('none');
      expect(['deferred', 'out-of-scope']).toContain(s.status);
    }
    // Near-miss: a parenthesis that is not a status.
    expect(read('### Payments (Stripe)\n\n- card flow\n').find((x) => x.kind === 'item')!.status).toBe(
      'none',
    );
  });
  it('the nearest heading wins over an outer one', () => {
    const text =
      '## Alternatives considered\n\n### MongoDB\n\n- document store\n\n## Chosen stack\n\n- PostgreSQL 16\n';
    expect(statusOf(text, 'PostgreSQL')).toEqual(['none']);
    expect(statusOf(text, 'MongoDB')).toEqual(['rejected']);
  });
});

describe('a status column governs its rows', () => {
  const cases: [string, string][] = [
    ['en', '| Option | Status |\n|---|---|\n| PostgreSQL | ✅ Accepted |\n| MongoDB | ❌ Rejected |\n'],
    ['es', '| Opción | Estado |\n|---|---|\n| PostgreSQL | Aceptado |\n| MongoDB | Rechazado |\n'],
    ['pt', '| Opção | Status |\n|---|---|\n| PostgreSQL | Aceito |\n| MongoDB | Rejeitado |\n'],
    ['fr', '| Option | Décision |\n|---|---|\n| PostgreSQL | Retenu |\n| MongoDB | Écarté |\n'],
    ['de', '| Option | Entscheidung |\n|---|---|\n| PostgreSQL | Gewählt |\n| MongoDB | Abgelehnt |\n'],
    [
      'symbols only (any language)',
      '| 方案 | 结论 |\n|---|---|\n| PostgreSQL | ✅ |\n| MongoDB | ❌ |\n| MySQL | ❌ |\n',
    ],
  ];
  for (const [lang, text] of cases) {
    it(lang, () => {
      expect(statusOf(text, 'PostgreSQL')).toEqual(['chosen']);
      expect(statusOf(text, 'MongoDB')).toEqual(['rejected']);
    });
  }
  it('near-miss: ✅/❌ in a feature matrix (not a status column) decide nothing', () => {
    const text =
      '| Feature | Notes |\n|---|---|\n| Redis support | ✅ |\n| Kafka support | ❌ planned elsewhere |\n| Full text | ✅ |\n';
    // One column of symbols is a status column; several make a feature matrix ("has / lacks").
    const matrix =
      '| Store | Joins | Transactions |\n|---|---|---|\n| PostgreSQL | ✅ | ✅ |\n| MongoDB | ❌ | ✅ |\n';
    expect(statusOf(matrix, 'PostgreSQL')).toEqual(['none']);
    expect(statusOf(matrix, 'MongoDB')).toEqual(['none']);
    expect(read(text)).toHaveLength(3);
  });
});

describe('clause patterns govern only the terms of their own clause', () => {
  it('A over B (en, es, fr, de, pt)', () => {
    for (const text of [
      'We chose PostgreSQL over MongoDB and MySQL.',
      'Elegimos PostgreSQL sobre MongoDB y MySQL.',
      'Escolhemos PostgreSQL em vez de MongoDB e MySQL.',
      'Nous avons choisi PostgreSQL plutôt que MongoDB et MySQL.',
      'Wir haben PostgreSQL gegenüber MongoDB und MySQL gewählt.',
    ]) {
      expect(statusOf(text, 'PostgreSQL'), text).toEqual(['none']);
      expect(statusOf(text, 'MongoDB'), text).toEqual(['rejected']);
      expect(statusOf(text, 'MySQL'), text).toEqual(['rejected']);
    }
  });
  it('a bare "A over B" in a decision cell', () => {
    expect(
      statusOf('| Topic | Decision |\n|---|---|\n| Database | PostgreSQL over MongoDB |\n', 'MongoDB'),
    ).toEqual(['rejected']);
  });
  it('instead of / rather than / en lugar de / au lieu de / statt / em vez de', () => {
    for (const text of [
      'Sessions live in PostgreSQL instead of Redis.',
      'Sessions live in PostgreSQL rather than Redis.',
      'Las sesiones van en PostgreSQL en lugar de Redis.',
      'Les sessions sont dans PostgreSQL au lieu de Redis.',
      'Sitzungen liegen in PostgreSQL statt Redis.',
      'As sessões ficam no PostgreSQL em vez de Redis.',
    ]) {
      expect(statusOf(text, 'Redis'), text).toEqual(['rejected']);
      expect(statusOf(text, 'PostgreSQL'), text).toEqual(['none']);
    }
  });
  it('replaces / superseded by', () => {
    expect(statusOf('BullMQ replaces Agenda for jobs.', 'BullMQ')).toEqual(['none']);
    expect(statusOf('MySQL, superseded by PostgreSQL in 2024.', 'MySQL')).toEqual(['superseded']);
    expect(statusOf('MySQL, superseded by PostgreSQL in 2024.', 'PostgreSQL')).toEqual(['none']);
    expect(statusOf('MySQL wurde ersetzt durch PostgreSQL.', 'MySQL')).toEqual(['superseded']);
    expect(statusOf('MySQL, remplacé par PostgreSQL.', 'MySQL')).toEqual(['superseded']);
  });
  it('evaluated and rejected / not used', () => {
    for (const text of [
      'Kafka was evaluated and rejected; we use RabbitMQ.',
      'Kafka fue evaluado y descartado; usamos RabbitMQ.',
      'Kafka a été évalué puis écarté ; nous utilisons RabbitMQ.',
      'Kafka wurde geprüft und verworfen; wir nutzen RabbitMQ.',
      'Kafka foi avaliado e descartado; usamos RabbitMQ.',
      'Kafka is not used; RabbitMQ carries the events.',
    ]) {
      expect(statusOf(text, 'Apache Kafka'), text).toEqual(['rejected']);
      expect(statusOf(text, 'RabbitMQ'), text).toEqual(['none']);
    }
  });
  it('if needed later / optional / más adelante / plus tard / später defer only their segment', () => {
    for (const text of [
      'PostgreSQL now; Redis if needed later.',
      'PostgreSQL ahora; Redis más adelante si se necesita.',
      'PostgreSQL maintenant ; Redis plus tard si besoin.',
      'PostgreSQL jetzt; Redis später bei Bedarf.',
      'PostgreSQL agora; Redis mais tarde se necessário.',
    ]) {
      expect(statusOf(text, 'Redis'), text).toEqual(['deferred']);
      expect(statusOf(text, 'PostgreSQL'), text).toEqual(['none']);
    }
  });
  it('TBD and "A vs B" leave the choice open', () => {
    expect(statusOf('Queue: RabbitMQ vs Kafka (TBD)', 'RabbitMQ')).toEqual(['undecided']);
    expect(statusOf('Cola: RabbitMQ o Kafka, por definir', 'Apache Kafka')).toEqual(['undecided']);
    expect(statusOf('File d’attente : RabbitMQ ou Kafka, à définir', 'RabbitMQ')).toEqual(['undecided']);
  });
  it('near-misses that must not fire', () => {
    // "over" without a choice: a transport, a quantity.
    expect(statusOf('Clients talk to NestJS over HTTPS.', 'NestJS')).toEqual(['none']);
    expect(statusOf('Redis holds over 10,000 keys.', 'Redis')).toEqual(['none']);
    // A negation that is about something else.
    expect(statusOf('Redirect if no valid JWT is present; Redis keeps sessions.', 'Redis')).toEqual(['none']);
    // The rejection belongs to another clause.
    expect(statusOf('MongoDB was rejected; PostgreSQL is the database.', 'PostgreSQL')).toEqual(['none']);
    // Spanish possessive and "sin" before a non-name.
    expect(statusOf('Sin cambios: usamos PostgreSQL.', 'PostgreSQL')).toEqual(['none']);
  });
  it('struck-through names are rejected in any language', () => {
    expect(statusOf('- ~~Redis 缓存~~：过度设计\n', 'Redis')).toEqual(['rejected']);
  });
});

describe('recognition needs a real mention', () => {
  const providers = (text: string) =>
    read(text).flatMap((s) => s.terms.filter((t) => t.kind === 'provider').map((t) => t.value));
  it('a requirement-id range is not Amazon S3', () => {
    expect(providers('Stories S1–S3 cover onboarding; S1, S2, S3 are P0.')).toEqual([]);
    expect(providers('Files go to Amazon S3.')).toEqual(['aws-s3']);
  });
  it('the French and Spanish possessive "ses" is not Amazon SES', () => {
    expect(providers('Un garage configure ses informations de paiement.')).toEqual([]);
    expect(providers('Mail goes out through Amazon SES.')).toEqual(['aws-ses']);
  });
  it('a file name is not the service', () => {
    expect(providers('See CLAUDE.md for conventions.')).toEqual([]);
  });
  it('reads requirement ids and quantities', () => {
    const s = read('FR-12 must answer within 200 ms for 99.9 % of requests.')[0]!;
    expect(s.terms.filter((t) => t.kind === 'requirement-id').map((t) => t.value)).toEqual(['FR-12']);
    expect(s.terms.filter((t) => t.kind === 'quantity').map((t) => t.value)).toEqual(['200 ms', '99.9 %']);
    expect(s.modality).toBe('must');
  });
});

describe('sentences and modality', () => {
  it('splits paragraphs into sentences with Intl.Segmenter and keeps the block line', () => {
    const ss = read('# T\n\nThe API must log every call. It should not store tokens, e.g. refresh tokens.\n');
    const sentences = ss.filter((s) => s.kind === 'sentence');
    expect(sentences.map((s) => s.text)).toEqual([
      'The API must log every call.',
      'It should not store tokens, e.g. refresh tokens.',
    ]);
    expect(sentences.map((s) => [s.modality, s.negated])).toEqual([
      ['must', false],
      ['should', true],
    ]);
    expect(sentences[0]!.line).toBe(3);
  });
});

describe('a later-release marker closing a heading governs its section (issue 11)', () => {
  it('reads Post-MVP, Phase 2 and V2 at the end in en, es, fr, de, pt', () => {
    for (const h of [
      '### Integrations Post-MVP',
      '### Integraciones post-MVP',
      '### Intégrations Phase 2',
      '### Integrationen Phase 3',
      '### Integrações fase 2',
      '### Features V2',
    ]) {
      const s = read(`${h}\n\n| Service | Usage |\n|---|---|\n| Twilio | SMS |\n`).find(
        (x) => x.kind === 'row',
      );
      expect(s?.status, h).toBe('deferred');
    }
  });
  it('near-misses: a version number, "MVP" alone, a word merely ending in the marker', () => {
    for (const h of [
      '### Integrations MVP',
      '### Node 20 upgrade',
      '### API v1',
      '### Building for the future',
    ]) {
      const s = read(`${h}\n\n| Service | Usage |\n|---|---|\n| Twilio | SMS |\n`).find(
        (x) => x.kind === 'row',
      );
      expect(s?.status, h).toBe('none');
    }
  });
});

// Issue 11: "no JavaScript animation libraries needed" (bmad-todo-app) rejected the language. A
// negation governs the noun the name only qualifies; the name itself stays neutral, while a negation
// of the name itself ("no Redis needed", "keine Redis-Instanz") still rejects it.
describe('a negation that governs another noun', () => {
  it.each([
    ['en', 'Animation: a CSS class swap; no JavaScript animation libraries needed.'],
    ['en', 'Instead of JavaScript animation libraries, a CSS class swap.'],
    ['de', 'Animation: ein CSS-Klassenwechsel statt Animationsbibliotheken für JavaScript.'],
    ['es', 'Las animaciones usan una clase CSS en lugar de librerías JavaScript.'],
    ['fr', 'Les animations utilisent une classe CSS au lieu de bibliothèques JavaScript.'],
    ['pt', 'As animações usam uma classe CSS em vez de bibliotecas JavaScript.'],
  ])('%s: %s does not reject JavaScript', (_l, text) => {
    expect(statusOf(text, 'JavaScript')).toEqual(['none']);
  });
  it.each([
    ['en', 'No Redis needed: PostgreSQL keeps the sessions.'],
    ['en', 'Sessions stay in PostgreSQL, no separate Redis instance.'],
    ['de', 'Sitzungen bleiben in PostgreSQL, ohne Redis.'],
    ['en', 'No Redis cluster is needed.'],
    ['es', 'Las sesiones van en PostgreSQL en lugar de usar Redis.'],
    ['fr', 'Les sessions restent dans PostgreSQL, sans Redis dédié.'],
    ['pt', 'As sessões ficam no PostgreSQL, sem Redis.'],
  ])('%s: %s still rejects Redis', (_l, text) => {
    expect(statusOf(text, 'Redis')).toEqual(['rejected']);
  });
  it('"sin Tailwind como dependencia" (gatic) still rejects Tailwind', () => {
    expect(statusOf('Bootstrap 5 (sin Tailwind como dependencia principal de UI).', 'Tailwind CSS')).toEqual([
      'rejected',
    ]);
  });
});
