import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { noteStatedPlurals } from '../knowledge/name-language.js';
import { entityKey } from '../knowledge/names.js';
import { parseMarkdown } from '../markdown/parse.js';
import type { Domain } from '../model/domain.js';
import type { DocumentKind, SourceDocument, Sources } from '../model/sources.js';
import { declaredRoleAccess } from '../read/access-words.js';
import { statesAppendOnly } from '../read/constraint-words.js';
import { statementsOf } from '../read/index.js';
import { onlyVerifiesTokens, talksOfProviderEvents } from '../read/provider-words.js';
import { statedQueryNames } from '../read/query-words.js';
import { describedVerb, routeSegmentVerb } from '../read/state-verb-words.js';
import { describedAuthStep, describesSettings } from '../read/story-words.js';
import { timed } from '../timings.js';
import { resolveAliases } from './aliases.js';
import { cacheEventEntities } from './cache-requests.js';
import { requestedOperations, statedConstraints, statedPagingNames, writeReadings } from './constraints.js';
import { readFlowActors } from './flow-actors.js';
import { statesFromDiagrams, transitionMakers } from './lifecycle-enums.js';
import { mergeFragments } from './merge.js';
import { EXTRACTORS } from './registry.js';
import { roleAbilities } from './role-abilities.js';
import { routeRequirements } from './route-requirements.js';
import { ruleStatements, scheduledActions } from './rule-statements.js';
import { markServerSetFields } from './server-set.js';
import { readStories } from './stories.js';
import type { DomainFragment } from './types.js';

/** Sources → Domain: every extractor over every document, then one merge. */
export function extract(sources: Sources): { domain: Domain; diagnostics: Diagnostic[] } {
  const fragments: DomainFragment[] = [];
  const diagnostics: Diagnostic[] = [];
  const notes: DomainFragment[] = [];
  for (const doc of sources.documents) {
    const md = timed('markdown', () => parseMarkdown(doc));
    const statements = () => timed('read', () => statementsOf(md));
    for (const extractor of EXTRACTORS) {
      // One extractor failing on one document (a parser's stack overflow on a malformed fence) is a
      // diagnostic at that document, never an aborted run.
      let out: ReturnType<typeof extractor.extract>;
      try {
        out = timed(`extract/${extractor.name}`, () =>
          extractor.extract({ doc, md, all: sources.documents, statements }),
        );
      } catch (e) {
        diagnostics.push(
          diag(
            'extract/extractor-failed',
            `the ${extractor.name} extractor failed on this document: ${e instanceof Error ? e.message : String(e)}`,
            {
              at: { file: doc.path, line: 1 },
              hint: 'what it would have read is missing from the spec; please report this with the document',
            },
          ),
        );
        continue;
      }
      fragments.push(out.fragment);
      if (doc.kind === 'other') notes.push(out.fragment);
      diagnostics.push(...out.diagnostics);
    }
  }
  diagnostics.push(...illustrationsOnly(fragments, notes));
  const project = {
    name: sources.config.projectName.value,
    language: sources.config.documentationLanguage.value,
  };
  const merged = timed('extract/merge', () => mergeFragments(project, fragments));
  byTechnicalAuthority(merged.domain.stack, sources.documents);
  noteStatedPlurals(merged.domain.entities);
  // "Protokolleintrag wird … nie über die API geändert oder gelöscht": the rows are append-only.
  for (const e of merged.domain.entities)
    if (e.description && statesAppendOnly(e.description)) e.appendOnly = true;
  resolveAliases(merged.domain);
  statesFromDiagrams(merged.domain);
  transitionMakers(merged.domain);
  for (const m of merged.domain.integrations) {
    if (talksOfProviderEvents(m.context)) m.events = true;
    if (onlyVerifiesTokens(m.context)) m.verifiesOnly = true;
  }
  for (const e of merged.domain.statedEndpoints) {
    if (e.access) e.access = declaredRoleAccess(e.access, merged.domain.roles);
    const verb = routeSegmentVerb(e.path) ?? describedVerb(e.description);
    if (verb) e.verb = verb;
    const step = describedAuthStep(e.description);
    if (step) e.authStep = step;
    if (describesSettings(e.path, e.description)) e.settings = true;
    // The description as the row wrote it (the origin's quote keeps the backticks the cell had).
    const quote = e.origin.kind === 'source' ? (e.origin.quote ?? '') : '';
    const described = statedQueryNames(e.description);
    const query = described.length > 0 ? described : statedQueryNames(quote);
    if (query.length > 0) e.query = query;
  }
  routeRequirements(merged.domain);
  cacheEventEntities(merged.domain);
  merged.domain.ruleStatements = timed('extract/rules', () => ruleStatements(merged.domain));
  markServerSetFields(merged.domain);
  merged.domain.scheduledActions = scheduledActions(merged.domain);
  merged.domain.constraints = timed('extract/constraints', () => statedConstraints(merged.domain));
  const paging = statedPagingNames(merged.domain);
  if (paging.length > 0) merged.domain.pagingNames = paging;
  timed('extract/requested-operations', () => requestedOperations(merged.domain));
  merged.domain.stories = timed('extract/stories', () => readStories(merged.domain));
  readFlowActors(merged.domain);
  merged.domain.roleAbilities = roleAbilities(merged.domain);
  merged.domain.writeReadings = timed('extract/write-readings', () => writeReadings(merged.domain));
  return { domain: merged.domain, diagnostics: [...diagnostics, ...merged.diagnostics] };
}

/**
 * A research, quickstart or task note (spec-kit's research.md, BMAD's notes: documents classified
 * `other`) shows code to illustrate a decision: a paging DTO, an abstract base class, a test class, a
 * UI context. When the data model, architecture or requirements define entities, a type only such a
 * note names is no entity; one they define keeps the note's reading merged in. Without any entity
 * elsewhere the notes are the model and stay.
 */
function illustrationsOnly(fragments: DomainFragment[], notes: readonly DomainFragment[]): Diagnostic[] {
  const fromNotes = new Set(notes);
  const defined = new Set(
    fragments
      .filter((f) => !fromNotes.has(f))
      .flatMap((f) => (f.entities ?? []).map((e) => entityKey(e.name))),
  );
  if (defined.size === 0) return [];
  const out: Diagnostic[] = [];
  for (const f of notes) {
    if (!f.entities) continue;
    const kept = f.entities.filter((e) => defined.has(entityKey(e.name)));
    for (const e of f.entities)
      if (!kept.includes(e))
        out.push(
          diag(
            'extract/illustration-not-model',
            `${e.name} is a code sample in a note, not an entity of the data model; not designed`,
            {
              ...(e.origin.kind === 'source' ? { at: { file: e.origin.file, line: e.origin.line } } : {}),
              hint: 'define it in the data model document if it is stored',
            },
          ),
        );
    f.entities = kept;
  }
  return out;
}

/**
 * Technology is decided by the technical documents: the tech stack, then the architecture, then the
 * other technical notes; a PRD's or a UX document's word on a framework comes last ("FastAPI or
 * Node.js (to be decided)" in a PRD does not outrank the setup guide's "Framework: FastAPI"). A
 * stable sort, so within one kind the reading order stands.
 */
const TECHNICAL_AUTHORITY: Record<DocumentKind, number> = {
  'tech-stack': 0,
  architecture: 1,
  'data-model': 2,
  other: 3,
  prd: 4,
  ux: 5,
};

function byTechnicalAuthority(stack: Domain['stack'], documents: readonly SourceDocument[]): void {
  const kindOf = new Map(documents.map((d) => [d.path, TECHNICAL_AUTHORITY[d.kind]]));
  // A name the catalogue does not know stands only where no known technology fills the concern.
  const rank = (c: Domain['stack'][number]) =>
    (c.known === false ? 10 : 0) + (c.origin.kind === 'source' ? (kindOf.get(c.origin.file) ?? 3) : 3);
  stack.sort((a, b) => rank(a) - rank(b));
}
