/**
 * Translation of the clauses the derive rules write in English into the document's language.
 *
 * Derive modules still write some of their explanations as English text in the Spec (error response
 * descriptions, retry policies, N+1 measures, OWASP rows, migration steps). Until they carry message
 * keys, the catalog's `derived` phrasebook maps each such clause, with its variable parts (numbers,
 * identifiers, code) replaced by `{}`, to the language's wording, where `{0}`, `{1}`, ... put the
 * variable parts back in any order. Only whole clauses that match a phrasebook key exactly are
 * replaced, so text quoted from the documents is never touched; a clause a derive rule rewords simply
 * stays English, and the language test in test/i18n names it.
 */

/**
 * Variable parts of a clause: inline code, calls (`prisma.user.findMany({ … })`), identifiers (snake_case, dotted, camelCase, paths,
 * `KEY=value`) and numbers with their units.
 */
const VARIABLE =
  /`[^`]*`|[A-Za-z_][\w.]*\((?:[^()]|\([^()]*\))*\)|(?<![\p{L}\p{N}_{])(?:[A-Za-z0-9]+(?:[_.$/:=-][A-Za-z0-9_.$/:{}=-]+)+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[A-Z0-9_]*|\d+(?:[.,]\d+)?[a-z%×]*)(?![\p{L}\p{N}_}])/gu;

/** `retry after 30s` → `{ template: 'retry after {}', values: ['30s'] }`. */
export function template(clause: string): { template: string; values: string[] } {
  const values: string[] = [];
  const t = clause.replace(VARIABLE, (m) => {
    values.push(m);
    return '{}';
  });
  return { template: t, values };
}

/**
 * Keys with `{*}` (free text, such as a list of provider names) or `{name}` (an entity name,
 * `PascalCase`) are matched against the clause as written, not its template; in them `{}` is free
 * text too. `Id of the parent {name}.`, `outbound HTTP only to the integration hosts ({*})`.
 */
type Wildcard = { pattern: RegExp; key: string; free: boolean[]; literals: Literals };

/**
 * The wildcard keys, in phrasebook order, indexed by the last character a clause must end with:
 * `byLast.get(c)` holds the keys whose literal tail ends in `c` and the keys that end in a
 * placeholder (`open`), so a clause is tried against a few keys instead of all of them.
 */
type WildcardIndex = { byLast: Map<string, Wildcard[]>; open: Wildcard[] };
const wildcards = new WeakMap<object, WildcardIndex>();

/**
 * The literal text around a wildcard key's placeholders: `head` opens it, `tail` closes it and
 * every one of `inner` lies between. A clause that misses one of them cannot match the key's
 * pattern, and three plain string tests say so far faster than the pattern's lazy `(.+?)` groups,
 * which try every split of the clause before failing: trying each of the ~150 wildcard patterns on
 * every clause was most of a non-English render (seconds for a corpus project, issue 12).
 */
type Literals = { head: string; tail: string; inner: string[] };

function literalsOf(parts: string[]): Literals {
  const pieces = parts.filter((_, i) => i % 2 === 0);
  return { head: pieces[0]!, tail: pieces.at(-1)!, inner: pieces.slice(1, -1).filter(Boolean) };
}

/** Whether `core` holds every literal piece of a wildcard key (a match needs all of them). */
function mayMatch(core: string, l: Literals): boolean {
  if (!core.startsWith(l.head) || !core.endsWith(l.tail)) return false;
  for (const piece of l.inner) if (!core.includes(piece)) return false;
  return true;
}

function wildcardKeys(phrases: Readonly<Record<string, string>>, core: string): Wildcard[] {
  let index = wildcards.get(phrases);
  if (!index) {
    index = indexByLast(wildcardList(phrases));
    wildcards.set(phrases, index);
  }
  return index.byLast.get(core.at(-1) ?? '') ?? index.open;
}

function indexByLast(list: Wildcard[]): WildcardIndex {
  const open = list.filter((w) => w.literals.tail === '');
  const byLast = new Map<string, Wildcard[]>();
  for (const w of list) {
    const last = w.literals.tail.at(-1);
    if (last !== undefined && !byLast.has(last))
      byLast.set(
        last,
        list.filter((x) => x.literals.tail === '' || x.literals.tail.endsWith(last)),
      );
  }
  return { byLast, open };
}

function wildcardList(phrases: Readonly<Record<string, string>>): Wildcard[] {
  return Object.keys(phrases)
    .filter((k) => k.includes('{*}') || k.includes('{name}'))
    .map((key) => {
      // `{*}` parts are free text that may itself hold phrasebook clauses: they are translated too.
      const free = (key.match(/\{\*\}|\{name\}|\{\}/g) ?? []).map((m) => m === '{*}');
      const parts = key.split(/(\{\*\}|\{name\}|\{\})/);
      const source = parts
        .map((part) =>
          part === '{name}'
            ? '(\\p{Lu}[\\p{L}\\p{N}]*)'
            : part === '{*}' || part === '{}'
              ? '(.+?)'
              : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      return { key, pattern: new RegExp(`^${source}$`, 'u'), free, literals: literalsOf(parts) };
    });
}

/**
 * A key whose literal text itself holds variable-looking words (`signed-in`, `PDF`, `CI`) has a
 * template other than itself, so a clause never meets it by its template alone. Such keys are
 * indexed by their template, with each `{}` of the template marked either as one of the key's own
 * literal words (the clause must carry that same word there) or as the key's n-th `{}`.
 */
type Slot = { literal: string } | { part: number };
const literalKeys = new WeakMap<object, Map<string, { key: string; slots: Slot[] }>>();

function keysWithLiterals(
  phrases: Readonly<Record<string, string>>,
): Map<string, { key: string; slots: Slot[] }> {
  let index = literalKeys.get(phrases);
  if (!index) {
    index = new Map();
    for (const key of Object.keys(phrases)) {
      if (key.includes('{*}') || key.includes('{name}')) continue;
      const pieces = key.split('{}').map(template);
      const slots: Slot[] = [];
      pieces.forEach((piece, i) => {
        for (const v of piece.values) slots.push({ literal: v });
        if (i < pieces.length - 1) slots.push({ part: i });
      });
      if (slots.every((s) => 'part' in s)) continue;
      index.set(pieces.map((p) => p.template).join('{}'), { key, slots });
    }
    literalKeys.set(phrases, index);
  }
  return index;
}

/** The wording for `core`, with its variable parts, or null when the phrasebook has no entry. */
function lookup(
  core: string,
  phrases: Readonly<Record<string, string>>,
): { wording: string; parts: string[] } | null {
  const { template: key, values } = template(core);
  const wording = phrases[key];
  if (wording !== undefined) return wording === key ? null : { wording, parts: values };
  const withLiterals = keysWithLiterals(phrases).get(key);
  if (withLiterals?.slots.every((s, i) => !('literal' in s) || s.literal === values[i])) {
    const wording = phrases[withLiterals.key]!;
    if (wording === withLiterals.key) return null;
    return {
      wording,
      parts: withLiterals.slots.flatMap((s, i) => ('part' in s ? [values[i]!] : [])),
    };
  }
  for (const w of wildcardKeys(phrases, core)) {
    if (!mayMatch(core, w.literals)) continue;
    const m = w.pattern.exec(core);
    // The English phrasebook maps each template to itself: the clause is already in its language.
    // A free part that runs over `; ` with unbalanced parentheses spans two clauses (`Sentry account
    // and credentials (SENTRY_DSN); Scrub personal data (beforeSend)`): no match, the clauses are
    // translated apart. A quoted, truncated document line may be unbalanced on its own.
    if (m?.slice(1).every((part) => !part.includes('; ') || balanced(part)))
      return phrases[w.key] === w.key
        ? null
        : {
            wording: phrases[w.key]!,
            parts: m.slice(1).map((part, i) => (w.free[i] ? translateText(part, phrases) : part)),
          };
  }
  return null;
}

/** True when every `)` of `text` closes an earlier `(` and none is left open. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * `{0!}` in a wording: the part is an English action verb a derive rule named (`Reject`, `Check In`),
 * put in the language by the phrasebook's `verb: …` entry. A verb the phrasebook does not know is
 * kept as the action's name in code (`` `frobnicate` ``, the path segment of its endpoint) rather
 * than dropped or left as an English word in the sentence.
 */
function actionVerb(part: string, phrases: Readonly<Record<string, string>>): { lead: string; verb: string } {
  // What the renderer puts before the summary (`` `payInvoice` — ``) is not part of the verb.
  const m = /^(.*?)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u.exec(part);
  if (!m) return { lead: '', verb: part };
  const [, lead, verb] = m as unknown as [string, string, string];
  const wording = phrases[`verb: ${verb}`];
  if (wording !== undefined && wording !== `verb: ${verb}`) return { lead, verb: wording };
  return { lead, verb: `\`${verb.toLowerCase().replace(/\s+/g, '-')}\`` };
}

/** The clause in the phrasebook's language, or the clause unchanged when no entry matches. */
export function translateClause(clause: string, phrases: Readonly<Record<string, string>>): string {
  const lead = /^\s*/.exec(clause)![0];
  const end = /\s*$/.exec(clause)![0];
  const whole = clause.slice(lead.length, clause.length - end.length);
  if (whole.length === 0) return clause;
  // A citation the renderer appends (`` `default derive/x` ``) is not part of the clause.
  const cited = /^(.*?)((?:\s+`[^`]*`)+)$/.exec(whole);
  for (const [core, tail] of [[whole, ''], ...(cited ? [[cited[1]!, cited[2]!]] : [])] as [
    string,
    string,
  ][]) {
    const hit = lookup(core, phrases);
    if (hit) {
      // A verb's lead (the operation id the renderer writes before the summary) opens the clause.
      let opening = '';
      const wording = hit.wording.replace(/\{(\d+)(!?)\}/g, (_, i: string, verb: string) => {
        const part = hit.parts[Number(i)] ?? '';
        if (!verb) return part;
        const v = actionVerb(part, phrases);
        opening += v.lead;
        return v.verb;
      });
      return `${lead}${opening}${wording}${tail}${end}`;
    }
  }
  return clause;
}

/** `text` split at `; `, ` — ` and `<br>` outside parentheses, the separators kept as parts. */
export function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = ['<br>', '; ', ' — '].find((s) => text.startsWith(s, i));
    if (!sep) continue;
    out.push(text.slice(start, i), sep);
    i += sep.length - 1;
    start = i + 1;
  }
  out.push(text.slice(start));
  return out;
}

/** Splits a cell or line into clauses at `; `, ` — `, `<br>` and list numbering, translates each, joins back. */
export function translateText(text: string, phrases: Readonly<Record<string, string>>): string {
  // A list item's marker is not part of its clause: a key that starts with free text (`{*} account
  // and credentials ({*})`) must not take `- ` in.
  const item = /^(\s*(?:\d+\.|[-*])\s+)(\S[\s\S]*)$/.exec(text);
  if (item) return `${item[1]}${translateText(item[2]!, phrases)}`;
  const whole = translateClause(text, phrases);
  if (whole !== text) return whole;
  // A bold lead the renderer writes (`**Proposed — not stated in the documents:**`) is already in
  // the document's language; the clause after it is translated on its own.
  const lead = /^(\s*\*\*[^*]+\*\*\s+)(\S[\s\S]*)$/.exec(text);
  if (lead) return `${lead[1]}${translateText(lead[2]!, phrases)}`;
  return clauses(text)
    .map((part) => {
      if (part === '<br>' || part === '; ' || part === ' — ') return part;
      const numbered = /^(\s*(?:\d+\.|-)\s+)(.*)$/.exec(part);
      return numbered
        ? `${numbered[1]}${translateClause(numbered[2]!, phrases)}`
        : translateClause(part, phrases);
    })
    .join('');
}

/**
 * The document with every phrasebook clause translated: prose lines and table cells outside code
 * fences. Headings and fenced code are left alone.
 */
export function translateDerivedProse(markdown: string, phrases: Readonly<Record<string, string>>): string {
  return derivedProseTranslator(phrases)(markdown);
}

/**
 * `translateDerivedProse` for a document given in pieces, in order: the fence state and the
 * translations carry from one piece to the next, so pieces joined by blank lines translate as the
 * joined text does (a blank line changes no state). The document is rendered section by section
 * and never held as one string (issue 19).
 */
export function derivedProseTranslator(
  phrases: Readonly<Record<string, string>>,
): (markdown: string) => string {
  // The same cells and lines come back hundreds of times in one document (a response column, a
  // rule's origin): each distinct text is translated once.
  const done = new Map<string, string>();
  const translated = (text: string): string => {
    let out = done.get(text);
    if (out === undefined) {
      out = translateText(text, phrases);
      done.set(text, out);
    }
    return out;
  };
  let fence: string | null = null;
  return (markdown) =>
    markdown
      .split('\n')
      .map((line) => {
        const f = /^\s*(`{3,}|~{3,})/.exec(line);
        if (f) {
          if (fence === null) fence = f[1]!;
          else if (f[1]!.startsWith(fence)) fence = null;
          return line;
        }
        if (fence !== null || line.startsWith('#') || line.trim() === '') return line;
        if (line.startsWith('|')) {
          // Cells are split at unescaped pipes; `\|` inside a cell stays part of it.
          return line
            .split(/(?<!\\)\|/)
            .map((cell, i, all) => (i === 0 || i === all.length - 1 ? cell : translated(cell)))
            .join('|');
        }
        return translated(line);
      })
      .join('\n');
}
