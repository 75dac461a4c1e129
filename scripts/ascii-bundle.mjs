import { readFileSync, writeFileSync } from 'node:fs';

/**
 * A CommonJS bundle of the build rewritten to ASCII only, with the same meaning (issue 19).
 *
 * esbuild escapes the non-ASCII characters of strings and identifiers, but leaves those of regular
 * expression literals, `String.raw` templates and comments as written: our readers' word lists
 * (`/[^іїєґ]/`, `String.raw\`versión\``) kept 3,000 such characters in dist/cli-bundle.cjs. One of
 * them is enough for V8 to hold the whole 5 MB script as a two-byte string (ECMA-262 strings are
 * UTF-16; V8 stores a string one byte per character only when every character fits in Latin-1):
 * twice the memory, and Node's UTF-8 decoding of the file and the copy of the wrapped source on
 * every run (~12 ms of CPU) on the slow path. An ASCII file is decoded and copied byte for byte.
 *
 * What changes, and why each is the same program:
 * - a regular expression literal: each non-ASCII character becomes its escape, `\uXXXX` (ECMA-262
 *   RegExpUnicodeEscapeSequence; the escape matches exactly the character it names, in a class or
 *   not, with or without the flags `i`, `u`, `v`); a character beyond the BMP becomes `\u{…}` under
 *   `u`/`v`, and its two surrogate escapes otherwise (without `u` a pattern IS code units);
 * - a `String.raw` template: the untagged template whose cooked text is that raw text
 *   (`\` → `\\`, `` ` `` → `` \` ``, `${` → `\${`, non-ASCII → `\uXXXX`), so the value is the same
 *   string; substitutions are converted by the same ToString in both;
 * - an untagged template: each non-ASCII character becomes `\uXXXX` (its cooked value is the same);
 * - a comment: each non-ASCII character becomes `?`.
 * Line breaks are never added or removed. Anything else (a non-ASCII character after a backslash,
 * another tagged template, a character outside every token kind above) fails the build, so a form
 * this does not know can never ship changed.
 *
 * `ts` is the TypeScript compiler (its parser finds the literals, its scanner the comments).
 */
export function asciiSource(text, ts) {
  if (!/[\u0080-\uffff]/.test(text)) return text;
  const sf = ts.createSourceFile('bundle.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** [start, end, kind] of every token the rewrite may change, from the parse. */
  const spans = [];
  const regexStarts = new Set();
  const templateParts = new Set();
  const visit = (node) => {
    const k = node.kind;
    if (k === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = ts.skipTrivia(text, node.pos);
      regexStarts.add(start);
      spans.push([start, node.end, 'regex']);
      return;
    }
    if (k === ts.SyntaxKind.TaggedTemplateExpression) {
      const start = ts.skipTrivia(text, node.template.pos);
      if (/[\u0080-\uffff]/.test(text.slice(start, node.template.end))) {
        const tag = text.slice(ts.skipTrivia(text, node.tag.pos), node.tag.end);
        if (tag !== 'String.raw') throw new Error(`ascii-bundle: a ${tag} template with non-ASCII text`);
        spans.push([ts.skipTrivia(text, node.pos), node.template.end, 'raw', node]);
      }
    } else if (k === ts.SyntaxKind.NoSubstitutionTemplateLiteral || k === ts.SyntaxKind.TemplateExpression) {
      const start = ts.skipTrivia(text, node.pos);
      if (/[\u0080-\uffff]/.test(text.slice(start, node.end))) spans.push([start, node.end, 'template']);
    }
    if (k === ts.SyntaxKind.TemplateMiddle || k === ts.SyntaxKind.TemplateTail)
      templateParts.add(ts.skipTrivia(text, node.pos));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // Comments, found by a scanner that the parse tells where a `/` starts a pattern and a `}` resumes
  // a template (the scanner alone cannot know either).
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const start = scanner.getTokenStart();
    if (
      (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
      regexStarts.has(start)
    )
      kind = scanner.reScanSlashToken();
    else if (kind === ts.SyntaxKind.CloseBraceToken && templateParts.has(start))
      kind = scanner.reScanTemplateToken(false);
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia)
      spans.push([start, scanner.getTokenEnd(), 'comment']);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end, kind, node] of spans) {
    if (start < at) {
      // Inside a span already rewritten: escapes are right in a nested pattern, template or comment,
      // but would change a nested raw template's value.
      if (kind === 'raw') throw new Error('ascii-bundle: a String.raw template inside another template');
      continue;
    }
    out += text.slice(at, start);
    const token = text.slice(start, end);
    out +=
      kind === 'regex'
        ? asciiRegex(token)
        : kind === 'comment'
          ? token.replace(/[\u0080-\uffff]/g, '?')
          : kind === 'template'
            ? escapeCooked(token)
            : rawAsCooked(text, node, ts);
    at = end;
  }
  out += text.slice(at);
  const left = /[\u0080-\uffff]/.exec(out);
  if (left)
    throw new Error(
      `ascii-bundle: non-ASCII outside a known token: ${out.slice(left.index - 40, left.index + 10)}`,
    );
  return out;
}

const hex4 = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** A character preceded by an odd run of backslashes is an escape's operand: not rewritten here. */
function escaped(s, i) {
  let n = 0;
  for (let j = i - 1; j >= 0 && s[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function asciiRegex(token) {
  const close = token.lastIndexOf('/');
  const body = token.slice(0, close);
  const flags = token.slice(close);
  const unicode = /[uv]/.test(flags);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    if (unit < 0x80) {
      out += body[i];
      continue;
    }
    if (escaped(body, i))
      throw new Error(`ascii-bundle: an escaped non-ASCII character in ${token.slice(0, 60)}`);
    const cp = body.codePointAt(i);
    if (cp > 0xffff) {
      out += unicode ? `\\u{${cp.toString(16)}}` : hex4(unit) + hex4(body.charCodeAt(i + 1));
      i++;
    } else out += hex4(unit);
  }
  return out + flags;
}

function escapeCooked(token) {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const unit = token.charCodeAt(i);
    if (unit < 0x80) out += token[i];
    else if (escaped(token, i))
      throw new Error(`ascii-bundle: an escaped non-ASCII character in ${token.slice(0, 60)}`);
    else out += hex4(unit);
  }
  return out;
}

/** `String.raw` + template → the untagged template whose cooked parts are the raw parts. */
function rawAsCooked(text, node, ts) {
  const template = node.template;
  const parts = [];
  const literal = (n, open, closeLength) => {
    const start = ts.skipTrivia(text, n.pos);
    return { start: start + open, end: n.end - closeLength };
  };
  if (template.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) parts.push(literal(template, 1, 1));
  else {
    parts.push(literal(template.head, 1, 2));
    for (const span of template.templateSpans)
      parts.push(literal(span.literal, 1, span.literal.kind === ts.SyntaxKind.TemplateTail ? 1 : 2));
  }
  let out = '`';
  let at = null;
  parts.forEach((p, index) => {
    if (at !== null) out += text.slice(at, p.start);
    const raw = text.slice(p.start, p.end);
    if (raw.includes('\r')) throw new Error('ascii-bundle: a carriage return in a raw template');
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      const unit = raw.charCodeAt(i);
      if (c === '\\') out += '\\\\';
      else if (c === '`') out += '\\`';
      else if (c === '$' && raw[i + 1] === '{') out += '\\$';
      else if (unit >= 0x80) out += hex4(unit);
      else out += c;
    }
    at = p.end;
    if (index === parts.length - 1) out += '`';
  });
  return out;
}

/** Rewrites a file of the build in place (tsup.config.ts). */
export function asciiFile(file, ts) {
  const text = readFileSync(file, 'utf8');
  const ascii = asciiSource(text, ts);
  if (ascii !== text) writeFileSync(file, ascii);
}
