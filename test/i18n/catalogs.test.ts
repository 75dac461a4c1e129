import { describe, expect, it } from 'vitest';
import { normaliseLanguage } from '../../src/config/language.js';
import { en } from '../../src/render/i18n/en/index.js';
import { catalogFor, LANGUAGES } from '../../src/render/i18n/index.js';
import { foreignSegments } from './prose.js';

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalog: strings, functions and arrays by their path. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path, value }];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k),
  );
}

/** Sample arguments for calling a message function: numbers, lists and records of plausible shape. */
const SAMPLE = (fn: (...args: never[]) => unknown, path: string): unknown => {
  const args = Array.from({ length: fn.length }, (_, i) => {
    if (/summary$/.test(path) && i === 0)
      return {
        documents: 3,
        requirements: 4,
        parameters: 5,
        statusLists: 1,
        modelEnums: 2,
        decisionRecords: 1,
        scopeStatements: 2,
      };
    if (/provenance$/.test(path) && path.startsWith('common'))
      return { stated: 3, derived: 2, defaults: 1, decisions: 1 };
    if (/resolutions\./.test(path))
      return {
        value: 'X',
        idle: '15m',
        absolute: '8h',
        enum: 'E',
        missing: 'a',
        name: 'N',
        status: 'rejected',
        id: 'FR-1',
        at: 'a.md:1',
      };
    if (/findings\./.test(path)) return ['15m', '1d'];
    if (/retry$/.test(path) && i === 0) return ['429'];
    if (/(roles|aggregate)$/.test(path) && i > 0) return ['a', 'b'];
    if (/\.roles$/.test(path)) return ['admin', 'user'];
    // The authentication service's parts and the providers its sign-in goes through.
    if (/purpose\.authentication$/.test(path))
      return i === 0 ? ['sign-up', 'sign-in', 'current-user'] : [{ name: 'Keycloak', roles: ['staff'] }];
    return i % 2 === 0 ? 2 : 'x';
  });
  return (fn as (...a: unknown[]) => unknown)(...args);
};

/** Words that are the same in a language as in English (`Status`, `Index`, `Source`, `Roles`, ...). */
const SAME = new Set([
  '—',
  'PK',
  // The rate-limit class of webhook endpoints: the same loanword in every language.
  'webhook',
  'UNIQUE',
  'NOT NULL',
  'PRIMARY KEY',
  'identity',
  'Idempotency-Key',
  'OWASP',
  'TTL',
  'Claim',
  'Endpoint',
  'Webhook',
  // The client application in a flow's sequence diagram (fr, de).
  'Client',
  'Source',
  'Sources',
  'Status',
  'Index',
  'Document',
  'Type',
  'Option',
  'Actions',
  'Description',
  'Service',
  'Variable',
  'Code',
  'Name',
  'Parameter',
  'Detail',
  'Aspect',
  'Roles',
  'Transactions',
  'Conventions',
  'Validation',
  'Pagination',
  'Table',
  'Logs',
  'Metrics',
  'Jobs',
  'general',
  'Body',
  'Item',
  'Message',
  'Error',
  'Constraints',
  'Classification',
  'Services',
  'Performance:',
  'Services',
  'Verdict',
  'Artifact',
  'validation',
  'Evidence',
  'Epic',
  'Index',
  'Operation',
  'Server',
  'Webhook',
  'Exemple',
  'none',
  'auth',
  'Auth',
  'Integrations',
  'Diagnostics',
  'public',
  'Sources',
  'MongoDB',
  '5.4 Roles',
  'Unique',
  'unique',
  'Audience (RFC 7519 §4.1.3)',
  'secret',
  'future',
  'Configuration',
  // Italian writes these as English does.
  'tenant',
  'server',
  'epic',
  // Dutch writes these as English does.
  'Parameters',
  'Resource',
  'conflict',
  'user story',
  'Tool',
  'Label',
]);

describe('every catalog has every message', () => {
  const reference = leaves(en);

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: the same keys and shapes as English', (lang) => {
    const messages = catalogFor(lang).messages;
    const mine = new Map(leaves(messages).map((l) => [l.path, l.value]));
    for (const { path, value } of reference) {
      expect(mine.has(path), `${lang} lacks ${path}`).toBe(true);
      const other = mine.get(path);
      expect(typeof other, `${lang}.${path}`).toBe(typeof value);
      if (Array.isArray(value)) expect((other as unknown[]).length, `${lang}.${path}`).toBe(value.length);
      if (typeof value === 'function')
        expect(typeof SAMPLE(other as () => unknown, path), `${lang}.${path}`).toBe(
          typeof SAMPLE(value as () => unknown, path),
        );
    }
    expect([...mine.keys()].filter((p) => !reference.some((r) => r.path === p))).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: no sentence left in English', (lang) => {
    const messages = catalogFor(lang).messages;
    const untranslated: string[] = [];
    for (const { path, value } of leaves(messages)) {
      if (path.startsWith('derived.')) continue;
      const texts =
        typeof value === 'function'
          ? [String(SAMPLE(value as () => unknown, path))]
          : Array.isArray(value)
            ? value.map(String)
            : [String(value)];
      for (const text of texts)
        if (foreignSegments(text, lang, 'en').length > 0) untranslated.push(`${path}: ${text}`);
    }
    expect(untranslated).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s: labels differ from English unless the word is the same',
    (lang) => {
      const mine = new Map(leaves(catalogFor(lang).messages).map((l) => [l.path, l.value]));
      const copied = leaves(en)
        .filter(
          (l) =>
            typeof l.value === 'string' && !l.path.startsWith('derived.') && mine.get(l.path) === l.value,
        )
        .filter((l) => !SAME.has(l.value as string) && /[a-z]{3}/.test(l.value as string))
        .map((l) => `${l.path}: ${l.value}`);
      expect(copied).toEqual([]);
    },
  );

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s: every derive phrase is translated, with every placeholder it needs',
    (lang) => {
      const derived = catalogFor(lang).messages.derived as Record<string, string>;
      for (const key of Object.keys(en.derived)) {
        const wording = derived[key]!;
        // `Injection`, `Hosting`, `Caching`, `pagination` are French or German words too.
        if (!['Injection', 'Hosting', 'Caching', 'pagination'].includes(key))
          expect(wording, key).not.toBe(key);
        const used = [...wording.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
        const slots = key.split(/\{(?:\*|name)?\}/).length - 1;
        for (const i of used) expect(i, `${lang}: ${key}`).toBeLessThan(slots);
      }
    },
  );
});

describe('language names in configs and --lang', () => {
  it.each([
    ['Español', 'es'],
    ['espanol', 'es'],
    ['ESPAÑOL', 'es'],
    ['Spanish', 'es'],
    ['es-MX', 'es'],
    ['francais', 'fr'],
    ['Français', 'fr'],
    ['FRANÇAIS (France)', 'fr'],
    ['French', 'fr'],
    ['fr_FR.UTF-8', 'fr'],
    ['Deutsch', 'de'],
    ['deutsch', 'de'],
    ['German', 'de'],
    ['Português', 'pt'],
    ['portugues', 'pt'],
    ['Português do Brasil', 'pt'],
    ['pt-BR', 'pt'],
    ['Brazilian Portuguese', 'pt'],
    ['English', 'en'],
    ['inglés', 'en'],
    ['Anglais', 'en'],
    ['', 'en'],
    ['Suomi', 'fi'],
    ['Italiano', 'it'],
    ['italian', 'it'],
    ['it-IT', 'it'],
    ['it_CH.UTF-8', 'it'],
    ['Italien', 'it'],
    ['Italienisch', 'it'],
    ['Inglese', 'en'],
    ['tedesco', 'de'],
    ['Portoghese (Brasile)', 'pt'],
    ['Nederlands', 'nl'],
    ['Dutch', 'nl'],
    ['nl-NL', 'nl'],
    ['nl_BE.UTF-8', 'nl'],
    ['Vlaams', 'nl'],
    ['Niederländisch', 'nl'],
    ['Néerlandais', 'nl'],
    ['Engels', 'en'],
    ['Duits', 'de'],
  ])('%s → %s', (written, code) => expect(normaliseLanguage(written)).toBe(code));

  it('every catalog language is reachable by its own name', () => {
    for (const [name, code] of [
      ['Español', 'es'],
      ['Français', 'fr'],
      ['Português', 'pt'],
      ['Deutsch', 'de'],
      ['Italiano', 'it'],
      ['Nederlands', 'nl'],
    ]) {
      expect(catalogFor(normaliseLanguage(name!)).fallback, name).toBe(false);
      expect(normaliseLanguage(name!)).toBe(code);
    }
  });
});

describe('the language check itself', () => {
  it('finds an English sentence in a Spanish document and not the Spanish one', () => {
    const md =
      'La API usa JSON.\n\nEach endpoint of the API is documented with the schemas it uses.\n\nCada endpoint de la API se documenta con sus esquemas.\n';
    expect(foreignSegments(md, 'es', 'en')).toEqual([
      'Each endpoint of the API is documented with the schemas it uses.',
    ]);
  });
});
