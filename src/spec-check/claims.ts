import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { plural, singular, words } from '../knowledge/names.js';
import type { MarkdownDoc, TableBlock } from '../markdown/blocks.js';
import type { Domain } from '../model/domain.js';
import type { SourceDocument } from '../model/sources.js';

/**
 * Words that place a technology outside the choice on the same line (rejected, an alternative,
 * superseded, deferred, out of scope), in en, es, pt, fr and de.
 */
const NOT_CHOSEN =
  /\b(reject|not |no |instead|over |alternative|considered|superseded|replaced|deferred|later|future|phase 2|out of scope|avoid|without|rather than|vs\.?|versus|rechaz|descart|en lugar|rejeit|em vez|écart|rejet|au lieu|plutôt|abgelehnt|verworfen|statt|anstelle)/i;

/**
 * Inside a project, the spec's claims against the documents: a technology the documents reject named
 * as chosen, a table (entity) or a role no document mentions. The documents are the truth; a spec
 * that adds to them must say where from, and this check finds where it did not.
 */
export function compareWithDocuments(
  file: string,
  text: string,
  md: MarkdownDoc,
  created: { creates: string; line: number }[],
  project: { documents: readonly SourceDocument[]; domain: Domain | null },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = text.split('\n');
  const corpus = project.documents.map((d) => d.text.toLowerCase()).join('\n');
  const mentioned = (name: string) => {
    const w = words(name).map((x) => x.toLowerCase());
    if (w.length === 0) return true;
    const last = w[w.length - 1]!;
    const forms = new Set<string>();
    for (const tail of [singular(last), plural(singular(last)), last]) {
      const ws = [...w.slice(0, -1), tail];
      forms.add(ws.join(' '));
      forms.add(ws.join('_'));
      forms.add(ws.join('-'));
      forms.add(ws.join(''));
    }
    return [...forms].some((f) => corpus.includes(f));
  };

  const domain = project.domain;
  if (domain) {
    const chosen = new Set(
      domain.stack.filter((s) => s.status === 'chosen').map((s) => s.value.toLowerCase()),
    );
    const refused = domain.stack.filter(
      (s) => s.status !== 'chosen' && s.status !== 'mentioned' && !chosen.has(s.value.toLowerCase()),
    );
    const seen = new Set<string>();
    for (const r of refused) {
      if (seen.has(r.value.toLowerCase())) continue;
      seen.add(r.value.toLowerCase());
      const re = caseFoldedRegExp(
        `(^|[^\\p{L}\\p{N}])${r.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
        'iu',
      );
      const where = r.origin.kind === 'source' ? `${r.origin.file}:${r.origin.line}` : 'the documents';
      lines.forEach((l, i) => {
        if (re.test(l) && !NOT_CHOSEN.test(l))
          out.push(
            diag(
              'spec-check/rejected-technology',
              `${r.value} is named as part of the design, but ${where} marks it ${r.status}`,
              { at: { file, line: i + 1 } },
            ),
          );
      });
    }
  }

  for (const c of created)
    if (!mentioned(c.creates))
      out.push(
        diag('spec-check/entity-not-in-documents', `table ${c.creates}: no planning document mentions it`, {
          at: { file, line: c.line },
          hint: 'cite the requirement it serves, or record it as an assumption',
        }),
      );

  const roleTable = md.blocks.find(
    (b): b is TableBlock =>
      b.kind === 'table' &&
      /^(role|rol|papel|rôle|rolle)$/i.test((b.header[0] ?? '').replace(/[`*]/g, '').trim()),
  );
  for (const r of roleTable?.rows ?? []) {
    const role = (r.cells[0] ?? '').replace(/[`*]/g, '').trim();
    const label = (r.cells[1] ?? '').replace(/[`*]/g, '').trim();
    if (role && !mentioned(role) && !(label && mentioned(label)))
      out.push(
        diag('spec-check/role-not-in-documents', `role ${role}: no planning document mentions it`, {
          at: { file, line: r.line },
        }),
      );
  }
  return out;
}
