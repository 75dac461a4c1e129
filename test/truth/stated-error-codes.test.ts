import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readErrorCodes } from '../../src/read/error-code-words.js';

// Issue 11: "409 SHIFT_FULL when the shift has no free places" in a route table's notes and "returns
// 422 with code BOOKING_OVERLAP" in an acceptance criterion were not carried: the booking route showed
// only derived codes. A stated code is on that operation's responses and in the catalogue, with its line.

describe('how a stated error code reads', () => {
  it.each([
    [
      'en',
      'book a shift; 409 SHIFT_FULL when the shift has no free places',
      409,
      'SHIFT_FULL',
      'the shift has no free places',
    ],
    [
      'en',
      'Booking a shift that overlaps another booking returns 422 with code BOOKING_OVERLAP.',
      422,
      'BOOKING_OVERLAP',
      'overlaps another booking',
    ],
    [
      'es',
      'Reservar un turno que se solapa con otra reserva responde 422 con el código RESERVA_SOLAPADA.',
      422,
      'RESERVA_SOLAPADA',
      'se solapa con otra reserva',
    ],
    [
      'pt',
      'reservar um turno; 409 TURNO_CHEIO quando o turno não tem vagas',
      409,
      'TURNO_CHEIO',
      'o turno não tem vagas',
    ],
    [
      'fr',
      'réserver un créneau ; 409 CRENEAU_COMPLET quand le créneau est complet',
      409,
      'CRENEAU_COMPLET',
      'le créneau est complet',
    ],
    [
      'de',
      'Eine Buchung, die sich mit einer anderen überschneidet, liefert 422 mit dem Code BUCHUNG_UEBERSCHNEIDUNG.',
      422,
      'BUCHUNG_UEBERSCHNEIDUNG',
      null,
    ],
    [
      'it',
      'prenotare un turno; 409 TURNO_PIENO se il turno non ha posti liberi',
      409,
      'TURNO_PIENO',
      'il turno non ha posti liberi',
    ],
    ['en (code first)', 'The API answers `SHIFT_FULL` (409) on a full shift.', 409, 'SHIFT_FULL', null],
  ])('%s: %s', (_lang, text, status, code, condition) => {
    const [r] = readErrorCodes(text);
    expect(r).toMatchObject({ status, code });
    if (condition) expect(r!.condition).toContain(condition);
  });
  it.each([
    'Returns 409 Conflict when the email is taken.',
    'Set DATABASE_URL and REDIS_URL; the pool holds 200 connections.',
    'Rate limit 100 req/min; HTTP_PROXY is not used.',
  ])('near-miss: %s', (text) => {
    expect(readErrorCodes(text)).toEqual([]);
  });
});

const PROJECTS: [
  lang: string,
  tables: [string, string],
  header: string,
  route: string,
  notes: string,
  criterion: string,
  full: string,
  overlap: string,
][] = [
  [
    'en',
    ['shifts', 'bookings'],
    '| Method | Path | Notes |',
    '/api/shifts/{shift_id}/bookings',
    'book a shift; 409 SHIFT_FULL when the shift has no free places',
    'Booking a shift that overlaps another booking of the volunteer returns 422 with code BOOKING_OVERLAP.',
    'SHIFT_FULL',
    'BOOKING_OVERLAP',
  ],
  [
    'es',
    ['turnos', 'reservas'],
    '| Método | Ruta | Notas |',
    '/api/turnos/{turno_id}/reservas',
    'reservar un turno; 409 TURNO_LLENO cuando el turno no tiene plazas libres',
    'Una reserva que se solapa con otra reserva del voluntario devuelve 422 con el código RESERVA_SOLAPADA.',
    'TURNO_LLENO',
    'RESERVA_SOLAPADA',
  ],
  [
    'pt',
    ['turnos', 'reservas'],
    '| Método | Caminho | Notas |',
    '/api/turnos/{turno_id}/reservas',
    'reservar um turno; 409 TURNO_CHEIO quando o turno não tem vagas',
    'Uma reserva que se sobrepõe a outra reserva do voluntário retorna 422 com o código RESERVA_SOBREPOSTA.',
    'TURNO_CHEIO',
    'RESERVA_SOBREPOSTA',
  ],
  [
    'fr',
    ['creneaux', 'reservations'],
    '| Méthode | Chemin | Remarques |',
    '/api/creneaux/{creneau_id}/reservations',
    'réserver un créneau ; 409 CRENEAU_COMPLET quand le créneau est complet',
    'Une réservation qui chevauche une autre réservation du bénévole renvoie 422 avec le code RESERVATION_CHEVAUCHEMENT.',
    'CRENEAU_COMPLET',
    'RESERVATION_CHEVAUCHEMENT',
  ],
  [
    'de',
    ['schichten', 'buchungen'],
    '| Methode | Pfad | Hinweise |',
    '/api/schichten/{schicht_id}/buchungen',
    'Schicht buchen; 409 SCHICHT_VOLL wenn die Schicht keine freien Plätze hat',
    'Eine Buchung, die sich mit einer anderen Buchung überschneidet, liefert 422 mit dem Code BUCHUNG_UEBERSCHNEIDUNG.',
    'SCHICHT_VOLL',
    'BUCHUNG_UEBERSCHNEIDUNG',
  ],
  [
    'it',
    ['turni', 'prenotazioni'],
    '| Method | Path | Note |',
    '/api/turni/{turno_id}/prenotazioni',
    'prenotare un turno; 409 TURNO_PIENO se il turno non ha posti liberi',
    'Una prenotazione che si sovrappone a un’altra prenotazione restituisce 422 con il codice PRENOTAZIONE_SOVRAPPOSTA.',
    'TURNO_PIENO',
    'PRENOTAZIONE_SOVRAPPOSTA',
  ],
];

describe('stated codes reach the operation and the catalogue', { timeout: 120_000 }, () => {
  it.each(PROJECTS)('%s', async (_lang, [parent, child], header, route, notes, criterion, full, overlap) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Acceptance criteria\n\n- ${criterion}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE ${parent} (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\nCREATE TABLE ${child} (id uuid PRIMARY KEY, ${parent}_id uuid NOT NULL REFERENCES ${parent}(id));\n\`\`\`\n\n${header}\n|---|---|---|\n| POST | ${route} | ${notes} |\n| POST | /api/${parent} | |\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const book = r.spec!.endpoints.find((e) => e.method === 'POST' && e.path === route)!;
    const codes = r.spec!.errors!.codes;
    const fullCode = codes.find((c) => c.code === full);
    expect(fullCode).toMatchObject({ status: 409, origin: { kind: 'source', file: 'docs/architecture.md' } });
    expect(fullCode!.endpoints).toEqual([book.operationId]);
    const overlapCode = codes.find((c) => c.code === overlap);
    expect(overlapCode).toMatchObject({
      status: 422,
      origin: { kind: 'source', file: 'docs/prd.md', line: 5 },
    });
    expect(overlapCode!.endpoints).toEqual([book.operationId]);
    expect(book.responses.map((x) => x.status)).toEqual(expect.arrayContaining([409, 422]));
    // The other create is not the booking: the stated codes are not on it.
    const other = r.spec!.endpoints.find((e) => e.method === 'POST' && e.path === `/api/${parent}`)!;
    expect(codes.filter((c) => c.endpoints.includes(other.operationId)).map((c) => c.code)).not.toContain(
      full,
    );
  });
});

describe("the documents' error table names the codes of its statuses", { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '| HTTP status | Error code | Description |',
      'Request body is invalid',
      'Resource does not exist',
    ],
    ['es', '| Código HTTP | Error Code | Descripción |', 'Request body inválido', 'Recurso no existe'],
  ])('%s', async (_lang, header, invalid, missing) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Members edit their notes.\n',
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE notes (id uuid PRIMARY KEY, body text NOT NULL);\n\`\`\`\n\n## Errors\n\n${header}\n|---|---|---|\n| 400 | INVALID_REQUEST | ${invalid} |\n| 401 | UNAUTHORIZED | Missing token |\n| 404 | NOT_FOUND | ${missing} |\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const codes = r.spec!.errors!.codes;
    const at = (status: number) => codes.filter((c) => c.status === status);
    expect(at(400)[0]).toMatchObject({ code: 'INVALID_REQUEST', origin: { kind: 'source', line: 11 } });
    expect(at(400)[0]!.endpoints.length).toBeGreaterThan(0);
    expect(at(401)[0]).toMatchObject({ code: 'UNAUTHORIZED', origin: { kind: 'source', line: 12 } });
    expect(at(404)[0]).toMatchObject({ code: 'NOT_FOUND', origin: { kind: 'source', line: 13 } });
    expect(codes.map((c) => c.code)).not.toContain('VALIDATION_ERROR');
  });
});
