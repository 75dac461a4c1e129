/**
 * Where a fact or a design decision came from. Every item in the Domain and the Spec carries one,
 * so the spec can cite its evidence and diagnostics can point at the line to fix.
 */
export interface SourceRef {
  /** Project-relative, POSIX-style path of the document. */
  file: string;
  /** 1-based line in the original file (front matter included). */
  line: number;
}

export type Origin =
  /** Stated in a document. `quote` is the short text the fact was read from. */
  | { kind: 'source'; file: string; line: number; quote?: string }
  /** Inferred by a named rule (e.g. `derive/index-every-foreign-key`), optionally from facts. */
  | { kind: 'rule'; rule: string; from?: SourceRef[] }
  /** A documented default of the workflow or the tool (e.g. pagination 20/100), named by rule id. */
  | { kind: 'default'; rule: string }
  /** A user's decision from the decisions file. */
  | { kind: 'decision'; file: string; line: number; reason: string }
  /**
   * A fact from the facts overlay (backend-spec.facts.yaml), written by the user's assistant and
   * accepted because `quote` occurs in `file` at or near `line`.
   */
  | { kind: 'assistant'; file: string; line: number; quote: string };

export const fromSource = (file: string, line: number, quote?: string): Origin =>
  quote === undefined ? { kind: 'source', file, line } : { kind: 'source', file, line, quote };

export const fromRule = (rule: string, from?: SourceRef[]): Origin =>
  from && from.length > 0 ? { kind: 'rule', rule, from } : { kind: 'rule', rule };

export const fromAssistant = (file: string, line: number, quote: string): Origin => ({
  kind: 'assistant',
  file,
  line,
  quote,
});

export const byDefault = (rule: string): Origin => ({ kind: 'default', rule });

/** `docs/prd.md:12` or `rule derive/x` — the short citation used in rendered text. */
export function cite(origin: Origin): string {
  switch (origin.kind) {
    case 'source':
      return `${origin.file}:${origin.line}`;
    case 'rule':
      return `rule ${origin.rule}`;
    case 'default':
      return `default ${origin.rule}`;
    case 'decision':
      return `decision ${origin.file}:${origin.line}`;
    case 'assistant':
      // The quote travels with the citation: an assistant's fact is only as good as its evidence.
      return `assistant ${origin.file}:${origin.line} "${origin.quote.length > 80 ? `${origin.quote.slice(0, 77)}...` : origin.quote}"`;
  }
}
