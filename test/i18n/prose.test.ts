import { describe, expect, it } from 'vitest';
import { foreignSegments } from './prose.js';

/**
 * The language check of the rendered specs (test/i18n/languages.test.ts) must find an English clause
 * left in a Spanish, Portuguese, French or German spec, and a Spanish or French one left in an
 * English spec, without taking identifiers, code, quoted document text, lists of values, other
 * scripts or product names for prose.
 */
const english = (line: string, lang: string) => foreignSegments(line, lang, 'en');

describe('the prose language check', () => {
  it('finds English clauses the tool left in a spec of another language', () => {
    expect(
      english('| A07 | Fallos | lockout: 5 fehlgeschlagene; password policy as stated (section 5) |', 'de'),
    ).toEqual(['password policy as stated (section 5)']);
    expect(english('tokens in cookies as stated (cookie: HttpOnly): HttpOnly', 'es')).toHaveLength(1);
    expect(english('| 17 fields redacted |', 'fr')).toEqual(['17 fields redacted']);
    expect(english('- within 300 ms; measured as p95 (section 11 alert)', 'pt')).toEqual([
      'measured as p95 (section 11 alert)',
    ]);
    expect(english('Almacén: store: none stated (in-process)', 'es')).toHaveLength(1);
  });

  it('finds Spanish, Portuguese, French and German clauses left in an English spec', () => {
    expect(foreignSegments('The key is used; la clave se usa para cada registro', 'en', 'es')).toEqual([
      'la clave se usa para cada registro',
    ]);
    expect(foreignSegments('| chaque requête passe par le service |', 'en', 'fr')).toHaveLength(1);
    expect(foreignSegments('- die Tabelle wird nur mit dem Schlüssel gelesen', 'en', 'de')).toHaveLength(1);
    expect(foreignSegments('- a chave é lida pelo serviço com o token', 'en', 'pt')).toHaveLength(1);
  });

  it('leaves identifiers, code, quotes, value lists, other scripts and names alone', () => {
    const spanish = [
      '`created_by` referencia `users.id` (ON DELETE RESTRICT)',
      '```\nthe table of the users is read by the service\n```',
      'objetivo de latencia: “Loads within 2 seconds for the user”',
      'uno de draft, issued, paid, partial, cancelled',
      'name, slug, address, city, state, pincode, phone, email',
      '`id`* (path, integer (int64)) — Id del registro Account.',
      'tabla de tareas en PostgreSQL (SELECT … FOR UPDATE SKIP LOCKED)',
      'Google OAuth (Sign in with Google) (identidad)',
      '버킷 설정은 on conflict do nothing이라 버킷이 이미 존재하면 조용히 무효',
      'ver [Apéndice A. Trazabilidad](#appendix-a-requirement-traceability-of-the-spec)',
      'attempts=5 window=15m lock=15m',
    ];
    for (const line of spanish) expect(english(line, 'es'), line).toEqual([]);
    // An English spec naming Spanish things: names and quotes, not prose.
    expect(
      foreignSegments(
        'Entity `Dirección` (table `direcciones`): “la dirección de entrega del cliente”',
        'en',
        'es',
      ),
    ).toEqual([]);
    expect(foreignSegments('API key as a Bearer token', 'en', 'pt')).toEqual([]);
  });

  it('a name of the project never counts as a language', () => {
    const names = new Set(['result', 'value', 'sample']);
    expect(foreignSegments('Listar registros de result value sample', 'es', 'en', names)).toEqual([]);
  });
});
