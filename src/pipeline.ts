import * as path from 'node:path';
import { check } from './check/index.js';
import type { ChecklistItem } from './check/types.js';
import { type ConfigFlags, resolveConfig } from './config/resolve.js';
import { readCoverage } from './coverage/index.js';
import { askQuestions } from './decisions/questions.js';
import { DECISIONS_FILE } from './decisions/types.js';
import { derive } from './derive/index.js';
import { type Diagnostic, diag, sortDiagnostics } from './diagnostics/diagnostic.js';
import { writeReadings } from './extract/constraints.js';
import { readFlowActors } from './extract/flow-actors.js';
import { extract } from './extract/index.js';
import { prepareExtractors } from './extract/prepare.js';
import { readStories } from './extract/stories.js';
import { FACTS_FILE, type FactVerdict, overlayFacts } from './facts/index.js';
import type { Host } from './host.js';
import {
  documentsLanguage,
  dominantLanguage,
  otherLanguage,
  withNameLanguage,
} from './knowledge/name-language.js';
import { loadSources } from './load/discover.js';
import type { Domain } from './model/domain.js';
import type { Sources } from './model/sources.js';
import type { Spec } from './model/spec/index.js';
import { reconcile } from './reconcile/index.js';
import { catalogFor, hasCatalog, languageFallback } from './render/i18n/index.js';
import { ARTIFACTS_DIR, bytesArtifact, chunksArtifact, renderArtifacts, SPEC_FILE } from './render/index.js';
import { renderDocument } from './render/markdown/document.js';
import { stampPieces } from './render/markdown/stamp.js';
import { guardSqlExpressions } from './render/sql/guard.js';
import type { Artifact, Verification } from './render/types.js';
import { buildReport, type Report, STANDARDS_DIR } from './report/index.js';
import { flushTimings, timed, timedAsync } from './timings.js';
import { startSchemaCheck, verify } from './verify/index.js';
import type { VerifyOptions } from './verify/types.js';

export interface CompileOptions extends ConfigFlags {
  /** Project root (absolute). */
  root: string;
  /** Output directory relative to the root; default `{documentation_dir}/technical`. */
  out?: string;
  verify?: VerifyOptions;
  /**
   * Called once, where the artifacts are held as bytes and the data they were rendered from is
   * garbage, before backend-spec.md is rendered: the CLI passes a full garbage collection
   * (src/cli/collect.ts), so the heap does not grow with that garbage (issue 19).
   */
  collect?: () => void;
}

export interface CompileResult {
  /** False when a prerequisite is missing (no PRD or no architecture): nothing was generated. */
  ok: boolean;
  /** Why nothing was generated (when `ok` is false): a config error, or a missing PRD/architecture. */
  blocked?: 'config' | 'prerequisites';
  sources: Sources;
  domain: Domain | null;
  spec: Spec | null;
  checklist: ChecklistItem[];
  verifications: Verification[];
  diagnostics: Diagnostic[];
  /** Output directory, relative to the root. */
  outDir: string;
  /** Files to write, paths relative to `outDir`: backend-spec.md first, then the artifacts. */
  artifacts: Artifact[];
  report: Report | null;
  /** What became of each fact of the facts overlay (empty without one). */
  facts?: FactVerdict[];
}

/**
 * The whole compiler: config → load → extract → reconcile → derive → check → render → verify →
 * report. Pure apart from reading through the Host; writing is the caller's job.
 */
export async function compile(options: CompileOptions, host: Host): Promise<CompileResult> {
  const root = path.resolve(options.root);
  const { config, diagnostics: configDiags } = await resolveConfig(root, options, host);
  // A config error (bad YAML, a wrong type, a folder outside the project) stops the run before
  // anything is read through it: compiling with defaults could write somewhere the user never meant.
  if (configDiags.some((d) => d.severity === 'error')) {
    return {
      ...blockedResult(
        { root, config, documents: [], searched: [] },
        sortDiagnostics(configDiags),
        options.out ?? `${config.documentationDir.value}/technical`,
      ),
      blocked: 'config',
    };
  }
  const { sources, diagnostics: loadDiags } = await loadSources(root, config, host);
  const diagnostics = [...configDiags, ...loadDiags];
  // Nobody set a documentation language: the spec follows the documents' own (a German PRD gets a
  // German spec), said as a note; English when the documents do not tell.
  if (config.documentationLanguage.origin.kind === 'default' && sources.documents.length > 0) {
    const texts = sources.documents.map((d) => d.text);
    // Dutch, Polish, Russian or Japanese are no naming languages (name-language.ts counts the six), so
    // their documents are told apart by their own words or script, before the naming languages'
    // counts (Polish "do" and "na" made Polish documents Portuguese): with a catalog they get a spec in
    // their language like any other; without one, an English spec and a note that says so.
    const other = otherLanguage(texts);
    const dominant = other === null ? dominantLanguage(texts) : 'en';
    const spoken = other && hasCatalog(other) ? other : dominant;
    if (spoken !== config.documentationLanguage.value) {
      config.documentationLanguage = { value: spoken, origin: config.documentationLanguage.origin };
      sources.config.documentationLanguage = config.documentationLanguage;
      diagnostics.push(
        diag(
          'config/language-detected',
          `no documentation language is set: the spec is written in ${spoken}, the language of the documents`,
          { hint: 'set documentation_language in the config (or pass --lang) to choose another' },
        ),
      );
    } else if (other) {
      // Documents in a language without a catalog get an English spec: said, so nobody takes it for a
      // detection failure.
      diagnostics.push(
        diag(
          'config/language-detected',
          `no documentation language is set: the documents are written in ${other}, which has no catalog; the spec is written in English`,
          { hint: 'set documentation_language in the config (or pass --lang) to choose another' },
        ),
      );
    }
  }
  const outDir = options.out ?? `${config.documentationDir.value}/technical`.replace(/^\.\//, '');
  const { messages } = catalogFor(config.documentationLanguage.value);
  const languageWarning = languageFallback(config.documentationLanguage);
  if (languageWarning) diagnostics.push(languageWarning);
  const blocked = diagnostics.some(
    (d) =>
      d.code === 'load/missing-prd' ||
      d.code === 'load/missing-architecture' ||
      d.code === 'load/nothing-to-compile' ||
      d.code === 'load/read-time-budget',
  );
  if (blocked)
    return { ...blockedResult(sources, sortDiagnostics(diagnostics), outDir), blocked: 'prerequisites' };

  const history = sources.history ?? [];
  await timedAsync('prepare', () => prepareExtractors([...sources.documents, ...history]));
  // Derived names (tables, routes) follow the language the documents are written in (name-language.ts).
  const texts = sources.documents.map((d) => d.text);
  const naming = documentsLanguage(texts);
  const named = <T>(run: () => T): T => withNameLanguage(naming, run, texts);
  const read = timed('extract', () => named(() => extract(sources)));
  // Documents replaced by newer versions are read as history only: their facts never enter the
  // Domain, but reconcile compares them with the newer document's to report what changed.
  const historyDomain =
    history.length > 0
      ? timed('extract history', () => named(() => extract({ ...sources, documents: history }).domain))
      : null;
  // The facts overlay (backend-spec.facts.yaml, beside the decisions file) joins below what was read.
  const factsPath = documentationFile(config.documentationDir.value, FACTS_FILE);
  const factsText = await host.readFile(path.join(root, factsPath));
  const overlaid =
    factsText === null
      ? null
      : await overlayFacts(read.domain, { file: factsPath, text: factsText }, sources.documents);
  const known = new Set(read.diagnostics.map((d) => JSON.stringify(d)));
  const extracted = overlaid
    ? {
        domain: overlaid.domain,
        diagnostics: [
          ...read.diagnostics,
          ...overlaid.diagnostics.filter((d) => !known.has(JSON.stringify(d))),
        ],
      }
    : read;
  // The user's decisions file lives in the documentation folder (docs/technical/backend-spec.decisions.yaml)
  // whatever --out says: it is an input, like the documents. Reconcile applies it over the precedence
  // rules. Read here because only the pipeline has the Host.
  const decisionsPath = documentationFile(config.documentationDir.value, DECISIONS_FILE);
  const decisionsText = await host.readFile(path.join(root, decisionsPath));
  const reconciled = timed('reconcile', () =>
    named(() =>
      reconcile(extracted.domain, {
        documents: sources.documents,
        ...(sources.supersessions?.length ? { supersessions: sources.supersessions } : {}),
        ...(historyDomain ? { history: historyDomain } : {}),
        ...(decisionsText === null ? {} : { decisions: { file: decisionsPath, text: decisionsText } }),
      }),
    ),
  );
  // What users do (and how they ask to write) is read again on the reconciled model: reconcile drops
  // duplicate requirements and legacy entities, the facts overlay adds roles and rules.
  timed('extract/stories', () =>
    named(() => {
      reconciled.domain.stories = readStories(reconciled.domain);
      readFlowActors(reconciled.domain);
      reconciled.domain.writeReadings = writeReadings(reconciled.domain);
    }),
  );
  const derived = timed('derive', () =>
    named(() => derive(reconciled.domain, reconciled.reconciliation, sources)),
  );
  // Open questions from reconcile and derive, answered from the decisions file by their ids.
  const asked = askQuestions(derived.spec.questions, reconciled, decisionsPath);
  if (asked.questions.length > 0) derived.spec.questions = asked.questions;
  derived.spec.coverage = timed('coverage', () =>
    readCoverage(sources.documents, reconciled.domain, { ...derived.spec, coverage: undefined }),
  );
  // Document SQL is data: every CHECK/DEFAULT/WHERE is re-emitted from a parse tree or refused.
  const guarded = await timedAsync('sql guard', () => guardSqlExpressions(derived.spec));
  // The model is final: the schema check starts now (the verification worker applies it while the
  // checks and the artifacts run here), and the verifier picks it up.
  const verifyOptions = await startSchemaCheck(derived.spec, options.verify ?? {});
  const checked = timed('check', () => check(derived.spec));
  // Artifacts nobody verifies are held as bytes from the start (heldArtifact).
  const artifacts = timed('render artifacts', () =>
    renderArtifacts(derived.spec, verifyOptions.skip ? heldArtifact : undefined),
  );
  const verified = await timedAsync('verify', () => verify(artifacts, derived.spec, verifyOptions));
  // Verified (or not to be): what is left is writing them, so the large texts are held as the bytes
  // that are written, and the data they were serialised from (for the verifiers) is let go.
  const held = artifacts.map(heldArtifact);
  artifacts.length = 0;
  if (options.collect) timed('collect', options.collect);
  const doc = timed('render markdown', () =>
    renderDocument({
      spec: derived.spec,
      t: messages,
      checklist: checked.checklist,
      verifications: verified.verifications,
    }),
  );
  for (const id of doc.missing) {
    diagnostics.push(
      diag(
        'render/section-missing',
        `section "${messages.common.sections[id]}" could not be derived from the documents`,
      ),
    );
  }
  const all = sortDiagnostics([
    ...diagnostics,
    ...extracted.diagnostics,
    ...reconciled.diagnostics,
    ...asked.diagnostics,
    ...derived.diagnostics,
    ...guarded,
    ...checked.diagnostics,
    ...verified.diagnostics,
  ]);
  // backend-spec.md as its bytes, hashed and encoded from the document's pieces (stampPieces).
  const stamped = timed('stamp', () => stampPieces(doc.pieces));
  const markdown: Artifact =
    stamped.chars >= HELD_AS_BYTES
      ? bytesArtifact(SPEC_FILE, stamped.bytes)
      : { path: SPEC_FILE, text: stamped.bytes.toString('utf8') };
  const report = buildReport({
    spec: derived.spec,
    checklist: checked.checklist,
    diagnostics: all,
    outputPath: `${outDir}/${SPEC_FILE}`,
    markdown: { bytes: stamped.bytes.length, lines: stamped.lines },
    artifacts: held.map((a) => `${outDir}/${a.path}`),
    missingSections: doc.missing.map((id) => messages.common.sections[id]),
    verifications: verified.verifications,
    language: (config.communicationLanguage ?? config.documentationLanguage).value,
    standards: await host.exists(path.join(root, STANDARDS_DIR)),
    provenance: doc.provenance,
  });
  flushTimings();
  return {
    ok: true,
    sources,
    domain: reconciled.domain,
    spec: derived.spec,
    checklist: checked.checklist,
    verifications: verified.verifications,
    diagnostics: all,
    outDir,
    artifacts: [markdown, ...held],
    report,
    facts: overlaid?.verdicts ?? [],
  };
}

export { ARTIFACTS_DIR };

/** Texts at least this long are held as UTF-8 bytes once rendered and verified. */
const HELD_AS_BYTES = 1 << 16;

/**
 * An artifact as the compile result holds it until it is written (issue 19): a large text as its
 * UTF-8 bytes, half the memory of a string V8 keeps two bytes per character (one arrow makes it so)
 * and the very buffer the writer needs; no verifier data.
 */
function heldArtifact(a: Artifact): Artifact {
  if (a.bytes) return a.data === undefined ? a : bytesArtifact(a.path, a.bytes);
  if (a.chunks) return a.data === undefined ? a : chunksArtifact(a.path, a.chunks);
  return a.text.length >= HELD_AS_BYTES
    ? bytesArtifact(a.path, Buffer.from(a.text, 'utf8'))
    : { path: a.path, text: a.text };
}

/**
 * Where the user's own inputs beside the documents live: `{documentation_dir}/technical/<name>` (the
 * decisions file, and the facts overlay `backend-spec.facts.yaml`), independent of `--out`.
 */
export function documentationFile(documentationDir: string, name: string): string {
  return path.posix.join(documentationDir, 'technical', name);
}

function blockedResult(sources: Sources, diagnostics: Diagnostic[], outDir: string): CompileResult {
  return {
    ok: false,
    sources,
    domain: null,
    spec: null,
    checklist: [],
    verifications: [],
    diagnostics,
    outDir,
    artifacts: [],
    report: null,
  };
}
