// The `/…\p{…}…/u` literals of src/ made patterns compiled for the alphabet of each text (issue 19).
//
// src/knowledge/narrowed-regexp.ts compiles a Unicode pattern, on its first text, for the smallest
// alphabet that holds the text (Latin-1, then Latin and punctuation, then everything): its `\p{…}`
// classes need no ICU there. `caseFoldedRegExp` gives such patterns for sources built at run time;
// this does the same for the literals. Each literal with a property class and the flag `u` (without
// `i`, `v`, `g`, `y`: see that file) becomes one module-level `narrowedRegExp(source, flags)`, made
// once, where the literal made a new RegExp each time it was evaluated: without `g` or `y` a pattern
// holds no state a caller could see change. The import and the list are added on the line of the
// last import, so every line keeps its number. Applied after the case fold (scripts/case-fold-regex.mjs),
// by tsup and by vitest alike, so the tests run what ships.

const HELPER = 'src/knowledge/narrowed-regexp.ts';
const FN = '__narrowedRegExp$';
const LIST = '__narrowed$';

/** Whether a literal with these source and flags is one made narrowed. */
export function narrowableLiteral(source, flags) {
  return flags.includes('u') && !/[ivgy]/.test(flags) && /\\[pP]\{/.test(source);
}

/**
 * `code` (TypeScript, already case-folded) with each narrowable regular expression literal made an
 * element of a module-level list of `narrowedRegExp` patterns. `helper` is the import specifier of
 * src/knowledge/narrowed-regexp.ts from the file (computed from the paths when omitted).
 */
export function narrowRegexLiterals(code, fileName, ts, helper) {
  if (!code.includes('\\p{') && !code.includes('\\P{')) return code;
  const normalized = fileName.replace(/\\/g, '/');
  if (normalized.endsWith(HELPER)) return code;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const made = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const source = text.slice(1, slash);
      const flags = text.slice(slash + 1);
      if (narrowableLiteral(source, flags)) {
        edits.push([node.getStart(file), node.end, `${LIST}[${made.length}]`]);
        made.push(`${FN}(${JSON.stringify(source)}, ${JSON.stringify(flags)})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (made.length === 0) return code;
  const specifier = helper ?? helperSpecifier(normalized);
  if (specifier === null) return code;
  const imports = file.statements.filter((s) => ts.isImportDeclaration(s));
  const at = imports.length > 0 ? imports[imports.length - 1].end : 0;
  const header = ` import { narrowedRegExp as ${FN} } from ${JSON.stringify(specifier)}; const ${LIST} = [${made.join(', ')}];${at === 0 ? ' ' : ''}`;
  let out = code;
  for (const [start, end, text] of edits.reverse()) out = out.slice(0, start) + text + out.slice(end);
  return out.slice(0, at) + header + out.slice(at);
}

/** `../knowledge/narrowed-regexp.js` from a file under src/, or null for a file elsewhere. */
function helperSpecifier(fileName) {
  const at = fileName.lastIndexOf('/src/');
  if (at < 0) return null;
  const depth = fileName.slice(at + 5).split('/').length - 1;
  return `${depth === 0 ? './' : '../'.repeat(depth)}knowledge/narrowed-regexp.js`;
}
