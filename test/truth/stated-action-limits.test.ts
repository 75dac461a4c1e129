import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readActionRate } from '../../src/read/rate-limit-words.js';

// Issue 11: "Volunteers can make at most 10 bookings per minute." was not read; the booking route got
// the write class's default (60 per minute per user). A limit that counts what an action makes is
// that action's limit, keyed by whom it counts, with its source.

describe('a limit that counts what an action makes', () => {
  it.each([
    ['en', 'Volunteers can make at most 10 bookings per minute.', 'bookings', 'Volunteers'],
    ['en', 'Rate limit: 10 bookings per minute per volunteer.', 'bookings', 'volunteer'],
    ['es', 'Los voluntarios pueden hacer como máximo 10 reservas por minuto.', 'reservas', 'voluntarios'],
    ['pt', 'Os voluntários podem fazer no máximo 10 reservas por minuto.', 'reservas', 'voluntários'],
    ['fr', 'Les bénévoles peuvent faire au plus 10 réservations par minute.', 'réservations', 'bénévoles'],
    ['de', 'Freiwillige können höchstens 10 Buchungen pro Minute vornehmen.', 'Buchungen', 'Freiwillige'],
    [
      'it',
      'I volontari possono effettuare al massimo 10 prenotazioni al minuto.',
      'prenotazioni',
      'volontari',
    ],
  ])('%s: %s', (_lang, sentence, object, per) => {
    expect(readActionRate(sentence)).toMatchObject({ requests: 10, windowSeconds: 60, object, per });
  });
  it.each([
    'The system handles up to 200 orders per day.',
    'Volunteers make about 10 bookings per minute at peak.',
    'Users can send at most 5 requests per second.',
    'Show at most 20 items per page.',
  ])('near-miss: %s', (sentence) => {
    expect(readActionRate(sentence)).toBeNull();
  });
});

const PROJECTS: [lang: string, tables: [string, string], route: string, sentence: string][] = [
  [
    'en',
    ['shifts', 'bookings'],
    '/api/shifts/{shift_id}/bookings',
    'Volunteers can make at most 10 bookings per minute.',
  ],
  [
    'es',
    ['turnos', 'reservas'],
    '/api/turnos/{turno_id}/reservas',
    'Los voluntarios pueden hacer como máximo 10 reservas por minuto.',
  ],
  [
    'pt',
    ['turnos', 'reservas'],
    '/api/turnos/{turno_id}/reservas',
    'Os voluntários podem fazer no máximo 10 reservas por minuto.',
  ],
  [
    'fr',
    ['creneaux', 'reservations'],
    '/api/creneaux/{creneau_id}/reservations',
    'Les bénévoles peuvent faire au plus 10 réservations par minute.',
  ],
  [
    'de',
    ['schichten', 'buchungen'],
    '/api/schichten/{schicht_id}/buchungen',
    'Freiwillige können höchstens 10 Buchungen pro Minute vornehmen.',
  ],
  [
    'it',
    ['turni', 'prenotazioni'],
    '/api/turni/{turno_id}/prenotazioni',
    'I volontari possono effettuare al massimo 10 prenotazioni al minuto.',
  ],
];

describe('the stated limit reaches the operation that makes the record', { timeout: 120_000 }, () => {
  it.each(PROJECTS)('%s', async (_lang, [parent, child], route, sentence) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## NFR\n\n- ${sentence}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE ${parent} (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\nCREATE TABLE ${child} (id uuid PRIMARY KEY, ${parent}_id uuid NOT NULL REFERENCES ${parent}(id));\n\`\`\`\n\n| Method | Path | Notes |\n|---|---|---|\n| POST | ${route} | |\n| POST | /api/${parent} | |\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const limited = r.spec!.endpoints.filter((e) => e.statedRateLimit);
    expect(limited.map((e) => `${e.method} ${e.path}`)).toEqual([`POST ${route}`]);
    expect(limited[0]!.statedRateLimit).toMatchObject({
      requests: 10,
      windowSeconds: 60,
      origin: { kind: 'source', file: 'docs/prd.md', line: 5 },
    });
    expect(limited[0]!.statedRateLimit!.per).toBeTruthy();
    const row = r.spec!.performance.find((p) => p.topic === `rate limit on POST ${route}`);
    expect(row?.origin).toMatchObject({ kind: 'source', line: 5 });
  });
});
