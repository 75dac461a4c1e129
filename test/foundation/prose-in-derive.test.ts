import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 11, "prose is interpreted in one place": derive reads the typed model, never document text
 * (ARCHITECTURE.md). The words of a language are read by src/read (lexicons, constraint words,
 * operation words, rule words…), extract stores the reading on the model, derive designs from it.
 *
 * The rule this test enforces: a *word alternation* is a regular-expression literal, or a string that
 * becomes one, whose alternatives include three or more that open with a word of three letters or
 * more (`read[- ]only|solo lectura|lecture seule`, `^(status|state|stage|phase)$`). Such a pattern in
 * derive either reads prose (forbidden) or reads the model's NAMES: entity, field, table, role,
 * route, operation, technology or environment-variable names, enum values, priorities (allowed).
 *
 * Today's derive files are listed below with how many they hold and which kind: `names` (allowed,
 * patterns over names of the typed model) or `prose` (reading document text still done in derive,
 * to be moved to src/read + src/extract as suppress.ts, context.ts, trace.ts, the story reading
 * (intents.ts, stories.ts), story-nouns.ts and needs.ts were). The list is a
 * ratchet: a file not listed may hold none, a listed file no more than its count, and the files the
 * move emptied of prose hold only their documented name patterns. A pattern added to derive fails
 * here; move its reading to src/read instead (or, for a name pattern, raise the count with a reason).
 */
const SRC = path.resolve(__dirname, '../../src');

type Kind = 'names' | 'prose';
const ALLOWED: Record<string, [number, Kind, string]> = {
  // Moved (issue 11): only name patterns are left.
  'derive/api/suppress.ts': [
    1,
    'names',
    'the head word of an entity name that is a time series (`ReadingQueue`)',
  ],
  // Names of the typed model.
  'derive/decisions.ts': [
    3,
    'names',
    'stated framework names, for the language service signatures are written in',
  ],
  'derive/api/rate-limits.ts': [3, 'names', 'operationIds and paths of sign-in, sign-up and password reset'],
  'derive/api/resources.ts': [
    6,
    'names',
    'entity and field names (sessions, audit logs, lookups, user accounts)',
  ],
  'derive/api/schemas.ts': [6, 'names', 'field names (hashes, timestamps, counters, status, owners)'],
  'derive/api/crud.ts': [1, 'names', 'entity names of money records'],
  'derive/caching.ts': [3, 'names', 'entity names (catalogues, statistics, users)'],
  'derive/data/database.ts': [4, 'names', 'stated database technology names'],
  'derive/data/defaults.ts': [3, 'names', 'SQL default expressions'],
  'derive/data/entities.ts': [5, 'names', 'table and column names'],
  'derive/data/fields.ts': [2, 'names', 'column names (urls, phones)'],
  'derive/data/indexes.ts': [4, 'names', 'column and table names'],
  'derive/data/keys.ts': [1, 'names', 'child table names (items, lines)'],
  'derive/deployment.ts': [1, 'names', 'environment variable names'],
  'derive/observability.ts': [1, 'names', 'environment variable names'],
  'derive/operations/alerts.ts': [2, 'names', 'quantity keys of latency targets'],
  'derive/operations/entities.ts': [1, 'names', 'column names'],
  'derive/operations/env.ts': [3, 'names', 'environment variable names and error codes'],
  'derive/operations/stack.ts': [1, 'names', 'stated queue technology names'],
  'derive/rules.ts': [1, 'names', 'status field names'],
  'derive/security/api-clients.ts': [1, 'names', 'stated route keys'],
  'derive/security/auth-settings.ts': [4, 'names', 'stated auth technology names'],
  'derive/security/catalog.ts': [1, 'names', 'operation names of sign-in'],
  'derive/security/envelope.ts': [5, 'names', 'field names of a stated error envelope'],
  'derive/security/field-rules.ts': [2, 'names', 'column names (urls, phones)'],
  'derive/security/guessable-ids.ts': [3, 'names', 'column types and secret column names'],
  'derive/security/ownership.ts': [4, 'names', 'user table and owner column names'],
  'derive/security-practices.ts': [1, 'names', 'stated front-end framework names'],
  'derive/services/transactions.ts': [2, 'names', 'entity and field names'],
  'derive/services.ts': [1, 'names', 'entity names of money records'],
  'derive/testing.ts': [1, 'names', 'requirement priorities'],
  // Still reading document text in derive (to move to src/read + src/extract).
  'derive/api/story-operations.ts': [
    23,
    'prose',
    'story actions: printed parts, bookings, searches, filters',
  ],
  'derive/api/actions.ts': [3, 'prose', 'story wording next to state names'],
  'derive/api/auth-endpoints.ts': [5, 'prose', 'sign-up, sign-in, reset and verification sentences'],
  'derive/api/stated.ts': [3, 'prose', 'route descriptions (refunds, payments) and route names'],
  'derive/flows.ts': [4, 'prose', 'flow step subjects and lead-ins'],
  'derive/jobs.ts': [
    4,
    'prose',
    'job descriptions (purge, reminders) and the quantity keys a stated job covers',
  ],
  'derive/operations/job-names.ts': [
    6,
    'prose',
    'the verb and object of a job sentence (German verb-last added with the timed-rule jobs; to move to read/)',
  ],
  'derive/operations/timed-jobs.ts': [
    1,
    'prose',
    'the state a timed rule names (to move to read/ with the rule reading)',
  ],
  'derive/operations/job-sources.ts': [9, 'prose', 'retention and notification sentences'],
  'derive/operations/stated-jobs.ts': [7, 'prose', 'stated job schedules and descriptions'],
  'derive/security/grants.ts': [4, 'prose', 'permission statements'],
  'derive/security/principals.ts': [8, 'prose', 'machine callers named in requirement sentences'],
  'derive/security/roles.ts': [5, 'prose', 'role phrases of stories and matrices'],
  'derive/security/stories.ts': [2, 'prose', 'story actors'],
  'derive/security/vocabulary.ts': [6, 'prose', 'permission verbs of matrix cells and statements'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

/** A regular-expression literal (not a division, not a comment). */
const REGEX = /(?<![\w)\]$])\/(?![*/\s])((?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\[])+)\/[dgimsuyv]*/g;
/** A one-line string or template literal (the sources given to `new RegExp` and helpers). */
const STRING = /'((?:\\.|[^'\\\n])*)'|`((?:\\.|[^`\\\n])*)`/g;

/** Three or more alternatives that open with a word of three letters or more. */
function wordAlternation(source: string): boolean {
  const alternatives = source
    .split('|')
    .map((a) => a.replace(/^(?:\(\?:|\(\?<?[=!]|\(|\\b|\^|\\s\*|\s)+/g, ''));
  return alternatives.filter((a) => /^\p{L}{3,}/u.test(a)).length >= 3;
}

function wordAlternations(code: string): string[] {
  const text = code
    .split('\n')
    .filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l))
    .join('\n');
  const out: string[] = [];
  for (const m of text.matchAll(REGEX)) if (wordAlternation(m[1]!)) out.push(m[1]!);
  for (const m of text.matchAll(STRING)) {
    const s = m[1] ?? m[2] ?? '';
    if (s.includes('|') && wordAlternation(s)) out.push(s);
  }
  return out;
}

describe('derive reads the typed model, never document text', () => {
  it('recognises a word alternation, and not a name list of two or a path', () => {
    expect(wordAlternation('\\bread[- ]only\\b|\\bsolo lectura\\b|\\blecture seule\\b')).toBe(true);
    expect(wordAlternation('^(status|state|stage|phase)$')).toBe(true);
    expect(wordAlternation('^(api|v\\d+)$')).toBe(false);
    expect(wordAlternation('\\{[^}]+\\}$')).toBe(false);
    expect(
      wordAlternations('const X = /\\b(cursor|keyset|curseur)\\b/i;\nconst y = a / b / c;'),
    ).toHaveLength(1);
  });

  it('holds no word alternation beyond the documented name patterns and the listed, shrinking prose readers', () => {
    const over: string[] = [];
    for (const file of files(path.join(SRC, 'derive'))) {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      const found = wordAlternations(readFileSync(file, 'utf8'));
      const allowed = ALLOWED[rel]?.[0] ?? 0;
      if (found.length > allowed) over.push(`${rel}: ${found.length} > ${allowed}\n  ${found.join('\n  ')}`);
    }
    expect(over).toEqual([]);
  });

  it('the modules the statement layer took over read no prose at all', () => {
    for (const rel of [
      'derive/api/context.ts',
      'derive/api/trace.ts',
      'derive/api/story-nouns.ts',
      'derive/api/needs.ts',
      // Section 6's business rules are the typed rules of section 4 (issue 11).
      'derive/validation.ts',
    ]) {
      expect(wordAlternations(readFileSync(path.join(SRC, rel), 'utf8')), rel).toEqual([]);
    }
    // suppress.ts keeps one pattern, over entity names only.
    const suppress = wordAlternations(readFileSync(path.join(SRC, 'derive/api/suppress.ts'), 'utf8'));
    expect(suppress).toEqual(['\\b(queue|snapshot|telemetry|reading|measurement|metric|heartbeat)s?$']);
  });
});

/**
 * Reconcile compares the typed model too (ARCHITECTURE.md): the words it compares names with live in
 * src/knowledge (role-mismatch's role column names, actors that are no role and title forms moved
 * to knowledge/role-enum-words.ts). The same ratchet as for derive: a file not listed holds none.
 */
const RECONCILE_ALLOWED: Record<string, [number, Kind, string]> = {
  'reconcile/context.ts': [1, 'names', 'data-model document file names'],
  'reconcile/enum-mismatch.ts': [1, 'names', 'enum values that mean no value'],
  'reconcile/payload-fields.ts': [1, 'names', 'field names the server sets'],
  'reconcile/precedence.ts': [1, 'names', 'quantity keys'],
  'reconcile/same-document-values.ts': [1, 'names', 'quantity keys'],
  'reconcile/value-conflicts.ts': [1, 'names', 'quantity keys'],
  'reconcile/session-lifetime.ts': [1, 'names', 'quantity key words of session lifetimes'],
  'reconcile/modelling-gaps.ts': [16, 'prose', 'requirement sentences naming writes, files, notifications'],
  'reconcile/requirement-duplicates.ts': [3, 'prose', 'requirement headings and document names'],
  'reconcile/requirement-undecided.ts': [3, 'prose', 'capability words of requirements'],
};

describe('reconcile reads the typed model', () => {
  it('holds no word alternation beyond the listed ones; role-mismatch holds none', () => {
    const over: string[] = [];
    for (const file of files(path.join(SRC, 'reconcile'))) {
      const rel = path.relative(SRC, file).split(path.sep).join('/');
      const found = wordAlternations(readFileSync(file, 'utf8'));
      const allowed = RECONCILE_ALLOWED[rel]?.[0] ?? 0;
      if (found.length > allowed) over.push(`${rel}: ${found.length} > ${allowed}\n  ${found.join('\n  ')}`);
    }
    expect(over).toEqual([]);
  });
});
