import { cite, type Origin } from '../../model/origin.js';

/** Small, dependency-free markdown builders shared by every section renderer. */

/** Escapes a table cell: pipes and newlines would break the row. */
export function cell(text: string | number | boolean | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  const s = String(text);
  // Most cells have neither (hundreds of thousands of cells at 3,000 entities): no pattern run.
  if (!s.includes('|') && !s.includes('\n')) return s;
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function table(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const head = `| ${header.map(cell).join(' | ')} |`;
  const sep = `|${header.map(() => '---').join('|')}|`;
  const body = rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
  return [head, sep, ...body].join('\n');
}

export function fence(lang: string, code: string): string {
  const body = code.endsWith('\n') ? code : `${code}\n`;
  const ticks = body.includes('```') ? '````' : '```';
  return `${ticks}${lang}\n${body}${ticks}`;
}

/** `(docs/prd.md:12)` — the citation appended to a derived item. */
export function source(origin: Origin): string {
  return `\`${cite(origin)}\``;
}

export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}

/** GitHub-style anchor for a heading text. */
export function anchor(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .trim()
      // GitHub's slugger turns every space into a hyphen without collapsing (`a & b` → `a--b`).
      .replace(/\s/g, '-')
  );
}

/** Joins non-empty blocks with one blank line. */
export function blocks(...parts: (string | null | undefined | false)[]): string {
  // Concatenated, not joined: `join` copies every part into a new flat string, and blocks nest
  // (document → section → entity → table), so a large document was copied once per level; `+`
  // links the parts and the text is flattened once, where it is read whole. The same text.
  let out = '';
  for (const p of parts) if (typeof p === 'string' && p.length > 0) out = out === '' ? p : `${out}\n\n${p}`;
  return out;
}
