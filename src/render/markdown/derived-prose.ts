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
const wildcards = new WeakMap<object, { pattern: RegExp; key: string }[]>();

function wildcardKeys(phrases: Readonly<Record<string, string>>): { pattern: RegExp; key: string }[] {
  let list = wildcards.get(phrases);
  if (!list) {
    list = Object.keys(phrases)
      .filter((k) => k.includes('{*}') || k.includes('{name}'))
      .map((key) => {
        const source = key
          .split(/(\{\*\}|\{name\}|\{\})/)
          .map((part) =>
            part === '{name}'
              ? '(\\p{Lu}[\\p{L}\\p{N}]*)'
              : part === '{*}' || part === '{}'
                ? '(.+?)'
                : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('');
        return { key, pattern: new RegExp(`^${source}$`, 'u') };
      });
    wildcards.set(phrases, list);
  }
  return list;
}

/** The wording for `core`, with its variable parts, or null when the phrasebook has no entry. */
function lookup(
  core: string,
  phrases: Readonly<Record<string, string>>,
): { wording: string; parts: string[] } | null {
  const { template: key, values } = template(core);
  const wording = phrases[key];
  if (wording !== undefined) return wording === key ? null : { wording, parts: values };
  for (const w of wildcardKeys(phrases)) {
    const m = w.pattern.exec(core);
    // The English phrasebook maps each template to itself: the clause is already in its language.
    if (m) return phrases[w.key] === w.key ? null : { wording: phrases[w.key]!, parts: m.slice(1) };
  }
  return null;
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
    if (hit)
      return `${lead}${hit.wording.replace(/\{(\d+)\}/g, (_, i: string) => hit.parts[Number(i)] ?? '')}${tail}${end}`;
  }
  return clause;
}

/** Splits a cell or line into clauses at `; `, ` — `, `<br>` and list numbering, translates each, joins back. */
export function translateText(text: string, phrases: Readonly<Record<string, string>>): string {
  const whole = translateClause(text, phrases);
  if (whole !== text) return whole;
  return text
    .split(/(<br>|; | — )/)
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
  let fence: string | null = null;
  return markdown
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
          .map((cell, i, all) => (i === 0 || i === all.length - 1 ? cell : translateText(cell, phrases)))
          .join('|');
      }
      return translateText(line, phrases);
    })
    .join('\n');
}
