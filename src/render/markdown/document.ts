import { RULE_ORIGINS } from '../../derive/rule-origins.js';
import { type Provenance, provenance } from '../../report/provenance.js';
import { timed } from '../../timings.js';
import { en } from '../i18n/en/index.js';
import type { RenderContext, Section } from '../types.js';
import { derivedProseTranslator, translateDerivedProse, translateText } from './derived-prose.js';
import { anchor, blocks, heading, table } from './format.js';
import { SECTIONS } from './registry.js';
import { ruleCounts, ruleFootnoter, ruleOriginsAppendix } from './rule-origins.js';

/**
 * Assembles backend-spec.md: title, provenance summary, the documents read, a table of contents,
 * then every section in registry order. A section that returns null is kept as a heading with a
 * "missing" note (never filler), and its id is returned so the pipeline can report it.
 */
export function renderDocument(ctx: RenderContext): {
  /** The document (`pieces` joined). */
  readonly text: string;
  /**
   * The document in pieces, in order, whose concatenation is `text`: a 1,000-entity document is
   * 8 MB, and joining, translating, labelling and stamping it whole made five copies of it, all
   * alive at the end of a run (issue 19). The pipeline hashes and encodes the pieces instead.
   */
  pieces: string[];
  missing: Section['id'][];
  /** What the summary line counted (the report says the same). */
  provenance: Provenance;
} {
  const { spec, t } = ctx;
  const missing: Section['id'][] = [];
  const bodies: string[] = [];
  for (const section of SECTIONS) {
    const body = timed(`markdown/${section.id}`, () => section.render(ctx));
    if (body === null) {
      missing.push(section.id);
      bodies.push(blocks(heading(2, t.common.sections[section.id]), `_${t.common.missingSection}_`));
    } else bodies.push(body);
  }
  // Clauses derive rules still write in English are put into the document's language (derived-prose.ts).
  const english = t.derived === en.derived;
  const say = (text: string) => (english ? text : translateDerivedProse(text, t.derived));
  // Rule citations become labels [R1], [R2], … explained once in the appendix (rule-origins.ts).
  // The sections are translated and labelled one by one, in order, as their join would be (a blank
  // line between them carries no fence, line or citation across).
  const counts = ruleCounts(spec);
  const sayBody = english ? (text: string) => text : derivedProseTranslator(t.derived);
  const footnoter = ruleFootnoter(new Set([...counts.keys(), ...Object.keys(RULE_ORIGINS)]));
  const cited = timed('markdown/footnotes', () =>
    bodies.filter((b) => b.length > 0).map((b) => footnoter.cite(sayBody(b))),
  );
  bodies.length = 0;
  const appendix = footnoter.labels.length > 0 ? ruleOriginsAppendix(footnoter.labels, counts, t) : null;
  const contents = [
    ...SECTIONS.map((s) => {
      const title = t.common.sections[s.id];
      return `- [${title}](#${anchor(title)})${missing.includes(s.id) ? ` ${t.common.missingMark}` : ''}`;
    }),
    ...(appendix ? [`- [${t.ruleOrigins.heading}](#${anchor(t.ruleOrigins.heading)})`] : []),
  ].join('\n');
  const counted = provenance(spec);
  const head = [
    heading(1, t.common.title(spec.project.name)),
    `> ${t.common.generatedBy}`,
    spec.project.description,
    t.common.provenance(counted),
    summary(ctx),
    heading(2, t.common.sourcesHeading),
    table(
      [t.common.sourceTable.path, t.common.sourceTable.kind],
      spec.sources.map((s) => [`\`${s.path}\``, s.kind]),
    ),
    heading(2, t.common.contentsHeading),
    contents,
  ];
  // `blocks(say(head), cited.join('\n\n'), appendix)` and a final line break, as pieces.
  const body = cited.length === 1 && cited[0] === '' ? [] : cited;
  const pieces: string[] = [];
  for (const part of [[say(blocks(...head))], body, appendix ? [appendix] : []]) {
    if (part.length === 0 || (part.length === 1 && part[0]!.length === 0)) continue;
    part.forEach((p, i) => {
      if (pieces.length > 0 || i > 0) pieces.push('\n\n');
      pieces.push(p);
    });
  }
  pieces.push('\n');
  return {
    get text() {
      return pieces.join('');
    },
    pieces,
    missing,
    provenance: counted,
  };
}

/**
 * What a reader needs before the detail: the size of the backend, the stack as the documents state
 * it, what the spec proposes where they are silent, and what needs a person's decision (section 0).
 */
function summary(ctx: RenderContext): string {
  const { spec, t } = ctx;
  const c = t.api.compact;
  const counts = [
    spec.entities.length,
    spec.endpoints.length,
    spec.services.length,
    spec.roles.length,
    spec.jobs.length,
    // In use only: a rejected, deferred or merely mentioned provider is no integration of this backend.
    spec.integrations.filter((i) => i.status === 'chosen').length,
  ];
  // As in Key Technical Decisions: a default is a proposal, never a decision of the documents.
  const stated = spec.decisions.filter((d) => d.origin.kind !== 'default');
  const proposed = spec.decisions.filter((d) => !stated.includes(d));
  // Topics and choices a derive rule wrote in English, put into the document's language clause by
  // clause (the document-wide pass sees only whole lines and cells).
  const say = (x: string) => translateText(x, t.derived);
  const list = (ds: typeof spec.decisions) => ds.map((d) => `${say(d.topic)}: ${say(d.choice)}`).join(' · ');
  const reconciliation = t.common.sections.reconciliation;
  return blocks(
    heading(2, c.summaryHeading),
    [
      `**${c.glanceLabel}**: ${counts.map((n, i) => `${n} ${c.counts[i]}`).join(' · ')}`,
      stated.length > 0 ? `**${c.stackLabel}**: ${list(stated)}` : null,
      proposed.length > 0 ? `**${c.proposedLabel}**: ${list(proposed)}` : null,
      c.attention(
        spec.reconciliation.conflicts.length,
        (spec.questions ?? []).length,
        spec.reconciliation.gaps.length,
        `[${reconciliation}](#${anchor(reconciliation)})`,
      ),
    ]
      .filter((x): x is string => x !== null)
      .map((x) => `- ${x}`)
      .join('\n'),
  );
}
