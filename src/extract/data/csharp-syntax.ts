import { scalarType } from '../../knowledge/scalar-types.js';
import type { FieldFact } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { splitTopLevel, stringLiteral } from './code-text.js';

/**
 * The C# syntax the model reader (data/csharp.ts) and the fluent-configuration reader
 * (data/csharp-fluent.ts) share: type names, declarations, attributes, splitting outside brackets
 * and the checks an annotation or a validation rule states. Scanners only (indexOf, counters and
 * anchored one-line patterns): nothing backtracks over a fence (issue 12).
 */

export const TYPES: Record<string, string> = {
  guid: 'uuid',
  string: 'string',
  int: 'integer',
  int32: 'integer',
  short: 'integer',
  int16: 'integer',
  byte: 'integer',
  long: 'bigint',
  int64: 'bigint',
  decimal: 'decimal',
  double: 'float',
  float: 'float',
  single: 'float',
  bool: 'boolean',
  boolean: 'boolean',
  datetime: 'datetime',
  datetimeoffset: 'datetime',
  dateonly: 'date',
  timeonly: 'time',
  timespan: 'string',
  'byte[]': 'binary',
  jsondocument: 'json',
  jsonelement: 'json',
  jobject: 'json',
};

export const COLLECTION =
  /^(?:List|IList|ICollection|IEnumerable|IReadOnlyList|IReadOnlyCollection|HashSet|ISet|Collection)<(.+)>$/;

export interface Declared {
  kind: 'class' | 'record' | 'enum' | 'struct' | 'interface';
  name: string;
  /** The class it extends (first base type that is not an interface by .NET naming). */
  base?: string;
  generic: boolean;
  abstract: boolean;
  attributes: Attribute[];
  body: string;
  bodyLine: number;
  /** Primary-constructor parameters of a record. */
  params?: string;
  /** File line of the declaration. */
  line: number;
  origin: Origin;
}

export interface Attribute {
  name: string;
  args: string[];
  named: Map<string, string>;
}

export interface Property {
  name: string;
  type: string;
  init?: string;
  attributes: Attribute[];
  line: number;
  text: string;
  comment: string;
}

/** 0-based line of an offset, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * Splits at `sep` outside brackets, braces, parentheses and string literals; `angles` counts
 * generics too (a record's `Dictionary<string, int> Map` parameter), never in code where `=>` and
 * comparisons hold a `>`.
 */
export function splitTop(text: string, sep: string, angles = false): string[] {
  return splitTopLevel(text, sep, angles);
}

export const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Types whose length an annotation bounds (an `[EmailAddress]` before `[MaxLength]` keeps it). */
export const TEXT = new Set(['string', 'text', 'email', 'phone', 'url']);

/** `numeric(10,2)`, `varchar(80)`, `jsonb`, `text` from `[Column(TypeName = …)]` or HasColumnType. */
export function applyColumnType(f: FieldFact, written: string): void {
  const t = written.trim().toLowerCase();
  const args = /\((\d+)(?:\s*,\s*(\d+))?\)/.exec(t);
  const name = t.replace(/\(.*$/, '').trim();
  const mapped = scalarType(name, f.name);
  if (mapped) f.type = { ...mapped, raw: written };
  if (args && (name === 'numeric' || name === 'decimal'))
    f.type = {
      ...f.type,
      scalar: 'decimal',
      precision: Number(args[1]),
      ...(args[2] ? { scale: Number(args[2]) } : {}),
    };
  else if (args && /char/.test(name)) f.type.length = Number(args[1]);
}

export function addCheck(f: FieldFact, expression: string): void {
  f.check = f.check ? `${f.check} AND ${expression}` : expression;
}

/** `nameof(User.Email)`, `nameof(Email)`, `"Email"`, `x => x.Email` → Email. */
export function memberName(text: string): string | null {
  const t = text.trim();
  const lit = stringLiteral(t);
  if (lit !== null) return /^[A-Za-z_]\w*$/.test(lit) ? lit : null;
  const nameof = /^nameof\(\s*([\w.]+)\s*\)$/.exec(t);
  if (nameof) return nameof[1]!.split('.').pop()!;
  const lambda = /=>\s*\w+\.([A-Za-z_]\w*)\s*$/.exec(t);
  return lambda ? lambda[1]! : null;
}
