import * as path from 'node:path';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { ResolvedConfig } from '../model/config.js';
import type { SourceDocument, SourceEntry, Sources, Supersession } from '../model/sources.js';
import { archiveFolderOf, classify } from './classify.js';
import { isContractCandidate, isDataFile, isOwnContract, looksLikeOpenApi } from './contract-file.js';
import { findDuplicates } from './duplicates.js';
import { splitFrontMatter } from './front-matter.js';
import {
  DEFAULT_READ_LIMITS,
  isEmptyDocument,
  type ReadLimits,
  type ReadOutcome,
  readDocument,
} from './read-document.js';
import { readReferencedSchemaFiles } from './schema-files.js';
import { findSupersessions } from './versions.js';

/**
 * Folders searched for planning documents after the docs folder and the folders a config names:
 * the layouts real projects use (BMAD v6 output, the plugin's `.bmad/docs`, BMAD v4 `docs/`,
 * spec-kit `specs/`, Kiro `.kiro/specs/`).
 */
const FALLBACK_ROOTS = [
  '_bmad-output/planning-artifacts',
  '_bmad-output',
  '.bmad/docs',
  'docs',
  'doc',
  'documentation',
  'planning',
  'design',
  'specs',
  '.kiro/specs',
  '.kiro/steering',
  '.specify/memory',
];

/** Never walked into: dependencies, build output, our own artifacts folder, downstream BMAD work items. */
const SKIP_DIRS = new Set([
  'node_modules',
  'dist',
  'build',
  'out',
  'coverage',
  'vendor',
  'backend-spec',
  'stories',
  'epics',
  'sprints',
]);

/** Repository boilerplate, never a planning document. */
const SKIP_FILES = /^(readme|changelog|contributing|license|code_of_conduct|backend-spec)\.md$/i;
/** A security policy at the top (`SECURITY.md`, `docs/security.md`); deeper it is an architecture shard. */
const SECURITY_POLICY = /^security\.md$/i;

/** Our own output ends with this stamp (see render/markdown/stamp.ts): never read it back as input. */
const OWN_OUTPUT = /<!-- backend-spec sha256:[0-9a-f]{64} -->\s*$/;

const MAX_DEPTH = 5;

/** The workflow's own paths, checked first, so the missing-prerequisite message can list them. */
export function workflowPaths(docs: string): Record<'prd' | 'architecture' | 'tech-stack' | 'ux', string> {
  const d = docs === '.' ? '' : `${docs}/`;
  return {
    prd: `${d}product/PRD.md`,
    architecture: `${d}technical/architecture.md`,
    'tech-stack': `${d}technical/tech-stack.md`,
    ux: `${d}design/ux-spec.md`,
  };
}

const isMarkdown = (name: string) => /\.(md|markdown)$/i.test(name);

/**
 * Folders read only for copies of the planning documents (BMAD v6 keeps near-identical copies of the
 * PRD and architecture in `implementation-artifacts/`): the files there whose names say PRD,
 * architecture, UX or tech stack, so that the run can list them as duplicates.
 */
const PEEK_DIRS = new Set(['implementation-artifacts']);
const PLANNING_NAME = /(^|[-_ .])(prd|architecture|ux|tech[-_ ]?stack|data[-_ ]?model)([-_ .]|$)/i;

/**
 * Top-level folders whose name says "documentation" or "planning" in the languages teams write in
 * (matched without regard to case or accents, so `Docs/`, `Documentación/` and `Planung/` count).
 */
const DOC_FOLDER_NAMES = new Set([
  'docs',
  'doc',
  'documentation',
  'documentacion',
  'documentacao',
  'dokumentation',
  'dokumente',
  'documents',
  'documentatie',
  'dokumentaatio',
  'documentazione',
  'planning',
  'planificacion',
  'planejamento',
  'planung',
  'planification',
  'design',
  'specs',
  'spec',
  'specifications',
  'especificaciones',
  'especificacoes',
  'requirements',
]);

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

interface WalkState {
  host: Host;
  root: string;
  /** Real paths of the folders walked: a symlinked folder cycle is walked once. */
  seenDirs: Set<string>;
  deadline: number;
  timedOut: boolean;
}

async function walk(
  st: WalkState,
  rel: string,
  depth: number,
  out: Set<string>,
  peek = false,
): Promise<void> {
  if (depth > MAX_DEPTH) return;
  if (Date.now() > st.deadline) {
    st.timedOut = true;
    return;
  }
  const abs = rel === '.' ? st.root : path.join(st.root, rel);
  if (rel !== '.' && st.host.realPath) {
    const real = await st.host.realPath(abs);
    if (real !== null) {
      if (st.seenDirs.has(real)) return;
      st.seenDirs.add(real);
    }
  }
  const entries = await st.host.readDir(abs);
  if (!entries) return;
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const child = rel === '.' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory) {
      const name = e.name.toLowerCase();
      if (e.name.startsWith('.')) continue;
      if (PEEK_DIRS.has(name)) await walk(st, child, depth + 1, out, true);
      else if (!SKIP_DIRS.has(name)) await walk(st, child, depth + 1, out, peek);
      continue;
    }
    if (!isMarkdown(e.name)) {
      if (!peek && isContractCandidate(child, e.name)) out.add(child);
      continue;
    }
    // Repository boilerplate is never a planning document; `docs/architecture/security.md` is a shard.
    if (SKIP_FILES.test(e.name) || (SECURITY_POLICY.test(e.name) && child.split('/').length <= 2)) continue;
    if (peek && !PLANNING_NAME.test(e.name.replace(/\.(md|markdown)$/i, ''))) continue;
    out.add(child);
  }
}

export interface LoadOptions {
  /** Per-file size and whole-run time limits (defaults: 4 MB, 60 s). */
  limits?: Partial<ReadLimits>;
}

/**
 * Project dir → Sources: every planning document found, read safely (regular files only, size and
 * time limits, encodings detected), classified, front matter split off; copies read once, older
 * versions linked to the newer ones. Also reports the prerequisites the workflow names: no PRD or no
 * architecture document is an error (nothing is generated), no tech stack or no UX flows a warning.
 */
export async function loadSources(
  root: string,
  config: ResolvedConfig,
  host: Host,
  options: LoadOptions = {},
): Promise<{ sources: Sources; diagnostics: Diagnostic[] }> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const deadline = Date.now() + limits.budgetMs;
  const diagnostics: Diagnostic[] = [];
  const docsDir = config.documentationDir.value;
  const expected = workflowPaths(docsDir);
  const hints = config.documentHints ?? [];
  const searched: string[] = [...Object.values(expected)];
  const found = new Set<string>();
  const st: WalkState = { host, root, seenDirs: new Set(), deadline, timedOut: false };
  const rootReal = host.realPath ? await host.realPath(root) : null;
  if (rootReal) st.seenDirs.add(rootReal);

  for (const hint of hints.filter((h) => isMarkdown(h.path))) {
    searched.push(hint.path);
    // `exists`, not a read: a FIFO named like the PRD must not block here.
    if (await host.exists(path.join(root, hint.path))) found.add(hint.path);
  }
  // A docs folder of `.` is the whole project: walk only the workflow's own folders inside it.
  const docsRoots = docsDir === '.' ? ['product', 'technical', 'design'] : [docsDir];
  const topLevel = ((await host.readDir(root)) ?? [])
    .filter((e) => e.isDirectory && DOC_FOLDER_NAMES.has(fold(e.name)))
    .map((e) => e.name)
    .sort();
  const roots = [
    ...docsRoots,
    ...hints.filter((h) => !isMarkdown(h.path)).map((h) => h.path),
    ...FALLBACK_ROOTS,
    ...topLevel,
  ];
  for (const dir of [...new Set(roots)]) {
    if (dir === '.') continue;
    searched.push(`${dir}/**/*.md`);
    await walk(st, dir, 0, found);
  }
  // Documents at the project root (`PRD.md`, `ARCHITECTURE.md`) count when their name or headings say
  // what they are; other root files (notes, licences) are not planning documents.
  searched.push('*.md');
  const rootFiles = new Set<string>();
  await walk(st, '.', MAX_DEPTH, rootFiles);

  const entries: SourceEntry[] = [];
  const read: SourceDocument[] = [];
  const realFiles = new Map<string, string>();
  let timedOut = st.timedOut;
  let emptyOrUnreadable = 0;
  for (const rel of [...new Set([...found, ...rootFiles])].sort()) {
    const abs = path.join(root, rel);
    const real = host.realPath ? await host.realPath(abs) : null;
    const first = real === null ? undefined : realFiles.get(real);
    const isRootOnly = rootFiles.has(rel) && !found.has(rel);
    if (first !== undefined) {
      entries.push({
        path: rel,
        kind: 'other',
        classifiedBy: 'same file',
        status: 'duplicate',
        of: first,
        reason: `the same file as ${first} (a symbolic link)`,
      });
      continue;
    }
    if (real !== null) realFiles.set(real, rel);
    const outcome =
      (await linkOutside(host, abs, real, rootReal)) ?? (await readDocument(host, abs, limits, deadline));
    if (outcome.kind === 'refused') {
      if (outcome.code === 'missing') continue;
      if (outcome.code === 'load/read-time-budget') timedOut = true;
      if (isRootOnly && outcome.code !== 'load/read-time-budget') continue;
      entries.push({
        path: rel,
        kind: 'other',
        classifiedBy: 'not read',
        status: 'ignored',
        reason: outcome.reason,
      });
      if (outcome.code !== 'load/read-time-budget') {
        emptyOrUnreadable++;
        diagnostics.push(
          diag(outcome.code, `${rel} is ${outcome.reason}; it is not read`, {
            at: { file: rel, line: 1 },
            hint: REFUSAL_HINTS[outcome.code],
          }),
        );
      }
      continue;
    }
    const text = outcome.text;
    if (OWN_OUTPUT.test(text)) continue;
    const data = isDataFile(rel);
    // A YAML/JSON file counts only when it is an OpenAPI document the team wrote (not config, not ours).
    if (data && (!looksLikeOpenApi(text) || isOwnContract(text))) continue;
    const fm = data ? { body: text, lineOffset: 0, frontMatter: null, error: null } : splitFrontMatter(text);
    const configured = configuredKind(rel, hints);
    const { kind, by } = data
      ? { kind: 'other' as const, by: 'openapi contract' }
      : classify({ path: rel, body: fm.body, frontMatter: fm.frontMatter, configured });
    if (isRootOnly && kind === 'other') continue;
    if (isEmptyDocument(fm.body)) {
      emptyOrUnreadable++;
      entries.push({
        path: rel,
        kind,
        classifiedBy: by,
        status: 'ignored',
        reason: 'empty: no text to read',
      });
      diagnostics.push(
        diag('load/empty-document', `${rel} has no text besides front matter and comments; it is not read`, {
          at: { file: rel, line: 1 },
          hint: 'write the document, or delete the empty file',
        }),
      );
      continue;
    }
    if (fm.error)
      diagnostics.push(
        diag('load/invalid-front-matter', `front matter is not valid YAML: ${fm.error.message}`, {
          at: { file: rel, line: fm.error.line },
          hint: 'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile',
        }),
      );
    if (outcome.encoding !== 'utf-8')
      diagnostics.push(diag('load/encoding', `read as ${outcome.encoding}`, { at: { file: rel, line: 1 } }));
    read.push({
      path: rel,
      kind,
      classifiedBy: by,
      text,
      body: fm.body,
      bodyLineOffset: fm.lineOffset,
      frontMatter: fm.frontMatter,
    });
    entries.push({
      path: rel,
      kind,
      classifiedBy: by,
      status: 'read',
      ...(outcome.encoding !== 'utf-8' ? { encoding: outcome.encoding } : {}),
    });
  }

  const settled = settle(read, entries, config, diagnostics);
  const schemaFiles = await readReferencedSchemaFiles(host, root, settled.documents, limits, deadline);
  const documents = [...settled.documents, ...schemaFiles.documents];
  entries.push(...schemaFiles.entries);
  for (const doc of documents)
    diagnostics.push(
      diag('load/classified', `classified as ${doc.kind} (${doc.classifiedBy})`, {
        at: { file: doc.path, line: 1 },
      }),
    );

  if (timedOut)
    diagnostics.push(
      diag(
        'load/read-time-budget',
        `reading the documents took longer than ${Math.round(limits.budgetMs / 1000)} s; nothing is generated from a partial read`,
        { hint: 'check for slow or network file systems under the documentation folder, or pass --docs DIR' },
      ),
    );

  if (docsDir !== '.' && (await host.readDir(path.join(root, docsDir))) === null && documents.length > 0) {
    const origin = config.documentationDir.origin;
    const elsewhere = [...new Set(documents.map((d) => path.posix.dirname(d.path)))].sort().join(', ');
    diagnostics.push(
      diag(
        'load/docs-dir-missing',
        `documentation_dir "${docsDir}" does not exist; the documents were found in ${elsewhere}, and the spec is written to ${docsDir}/technical`,
        {
          ...(origin.kind === 'file' ? { at: origin.at } : {}),
          hint: `set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)`,
        },
      ),
    );
  }
  diagnostics.push(...locationFallbacks(hints, documents, await hintExists(host, root, hints)));
  const has = (k: string) => documents.some((d) => d.kind === k);
  const hint = 'run `backend-spec init` to create the planning documents, or pass --docs DIR';
  if (documents.length === 0 && emptyOrUnreadable > 0 && !timedOut) {
    // Files were there, but none had text: say so plainly instead of "no PRD".
    diagnostics.push(
      diag(
        'load/nothing-to-compile',
        `nothing to compile: ${emptyOrUnreadable} planning file${emptyOrUnreadable === 1 ? ' was' : 's were'} found, but none has text that can be read`,
        {
          hint: 'write the PRD and the architecture document, or run `backend-spec init` for a starting point',
        },
      ),
    );
  } else {
    if (!has('prd'))
      diagnostics.push(diag('load/missing-prd', `no PRD found; searched: ${searched.join(', ')}`, { hint }));
    if (!has('architecture'))
      diagnostics.push(
        diag(
          'load/missing-architecture',
          `no architecture document found; searched: ${searched.join(', ')}`,
          {
            hint,
          },
        ),
      );
  }
  if (!has('tech-stack'))
    diagnostics.push(
      diag(
        'load/missing-tech-stack',
        `no tech-stack document (expected ${expected['tech-stack']}); stack choices are read from the other documents`,
      ),
    );
  if (!has('ux'))
    diagnostics.push(
      diag(
        'load/missing-ux',
        `no UX flows document (expected ${expected.ux}); flows are not traced to endpoints`,
      ),
    );
  const sources: Sources = {
    root,
    config: withDocumentName(config, documents),
    documents,
    searched,
    entries: entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    supersessions: settled.supersessions,
    history: settled.history,
  };
  return { sources, diagnostics };
}

/**
 * A document that is a symbolic link to a file outside the project (a cloned repository's
 * `docs/prd.md -> ~/.ssh/id_rsa` would land in the spec) is refused before a byte is read. A file
 * inside a symlinked folder counts as inside: monorepos link a shared docs folder. A link to a
 * FIFO or device keeps its own, more precise refusal (the probe opens but never reads it).
 */
async function linkOutside(
  host: Host,
  abs: string,
  real: string | null,
  rootReal: string | null,
): Promise<ReadOutcome | null> {
  if (real === null || rootReal === null || !host.realPath || within(real, rootReal)) return null;
  const folder = await host.realPath(path.dirname(abs));
  if (folder !== null && within(real, folder)) return null;
  if (host.readDocument) {
    const probe = await host.readDocument(abs, { maxBytes: 0 });
    if (probe.kind === 'not-regular' || probe.kind === 'missing') return null;
  }
  return {
    kind: 'refused',
    code: 'load/link-outside-project',
    reason: 'a symbolic link to a file outside the project',
  };
}

const within = (file: string, dir: string) =>
  file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

const REFUSAL_HINTS: Record<string, string> = {
  'load/link-outside-project':
    'copy the document into the project (or link a whole shared docs folder); a link to a file elsewhere is never followed',
  'load/not-a-regular-file': 'replace it with a regular file, or move it out of the documentation folder',
  'load/file-too-large':
    'split the document (BMAD shards work), or move generated dumps out of the documentation folder',
  'load/binary-file': 'save it as UTF-8 text, or move it out of the documentation folder',
  'load/unreadable-file': 'check the file permissions',
};

/**
 * Read documents → the ones that govern: copies read once (the others listed as duplicates),
 * replaced versions kept as history, amended ones listed as superseded but still read where the
 * newer document is silent; an only-archived PRD or architecture read with a warning.
 */
function settle(
  read: SourceDocument[],
  entries: SourceEntry[],
  config: ResolvedConfig,
  diagnostics: Diagnostic[],
): { documents: SourceDocument[]; history: SourceDocument[]; supersessions: Supersession[] } {
  const entryOf = (p: string) => entries.find((e) => e.path === p)!;
  const preferredFolders = (config.documentHints ?? []).filter((h) => h.kind === 'folder').map((h) => h.path);
  const dups = findDuplicates(read, {
    ...(config.shardedDocuments ? { sharded: config.shardedDocuments } : {}),
    preferredFolders,
  });
  const gone = new Set<string>();
  for (const d of dups) {
    gone.add(d.path);
    Object.assign(entryOf(d.path), { status: 'duplicate', of: d.of, reason: d.reason });
    diagnostics.push(
      diag('load/duplicate-document', `duplicate of ${d.of}: ${d.reason}; it is not read`, {
        at: { file: d.path, line: 1 },
      }),
    );
    if (d.newerThanRead)
      diagnostics.push(
        diag(
          'load/newer-copy-not-read',
          `this copy states a newer date than ${d.of} (${d.newerThanRead}), but the config makes ${d.of} the copy read; its changes are not in the spec`,
          {
            at: { file: d.path, line: 1 },
            hint: 're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config',
          },
        ),
      );
  }
  let current = read.filter((d) => !gone.has(d.path));

  // Archived documents of no planning kind, and archived ones a current document replaces, are history.
  const archivedOther = current.filter((d) => d.kind === 'other' && archiveFolderOf(d.path));
  for (const d of archivedOther)
    Object.assign(entryOf(d.path), {
      status: 'ignored',
      reason: `archived (${archiveFolderOf(d.path)}/) and not a PRD, architecture, UX or tech-stack document`,
    });
  current = current.filter((d) => !archivedOther.includes(d));

  const supersessions = findSupersessions(current);
  const replaced = new Set<string>();
  for (const s of supersessions) {
    const e = entryOf(s.older);
    if (s.mode === 'replaces') replaced.add(s.older);
    // A document replaced outright says so; one only amended keeps the first successor named.
    if (e.status === 'superseded' && !(s.mode === 'replaces' && e.reason?.includes('where'))) continue;
    const reason =
      s.mode === 'replaces'
        ? `${s.why}; read as history only`
        : `${s.why}; read where the newer does not change it`;
    Object.assign(e, { status: 'superseded', of: s.newer, reason });
  }
  for (const s of supersessions)
    diagnostics.push(
      diag(
        'load/superseded-document',
        s.mode === 'replaces'
          ? `superseded by ${s.newer} (${s.why}); read as history only`
          : `superseded by ${s.newer} where they differ (${s.why})`,
        { at: { file: s.older, line: 1 } },
      ),
    );
  const history = current.filter((d) => replaced.has(d.path));
  const documents = current.filter((d) => !replaced.has(d.path));

  for (const d of documents) {
    const folder = archiveFolderOf(d.path);
    if (!folder || d.kind === 'other') continue;
    diagnostics.push(
      diag(
        'load/archived-document',
        `the only ${d.kind === 'prd' ? 'PRD' : d.kind} document lies in the archive folder ${folder}/; it is read, but may be out of date`,
        {
          at: { file: d.path, line: 1 },
          hint: 'move the current version out of the archive, or confirm the archived one still holds',
        },
      ),
    );
  }
  for (const kind of ['architecture', 'prd'] as const) {
    const docs = documents.filter((d) => d.kind === kind);
    if (docs.length === 0 || docs.some((d) => !d.classifiedBy.startsWith('folder:'))) continue;
    const folders = [...new Set(docs.map((d) => d.classifiedBy.slice('folder:'.length)))].sort().join(', ');
    diagnostics.push(
      diag(
        'load/sharded-document',
        `no single ${kind === 'prd' ? 'PRD' : 'architecture'} document: ${docs.length} shard${docs.length === 1 ? '' : 's'} in folders named ${folders} are read as the ${kind === 'prd' ? 'PRD' : 'architecture'}`,
      ),
    );
  }
  return { documents, history, supersessions };
}

async function hintExists(host: Host, root: string, hints: NonNullable<ResolvedConfig['documentHints']>) {
  const out = new Set<string>();
  for (const h of hints) if (await host.exists(path.join(root, h.path))) out.add(h.path);
  return out;
}

/**
 * A config naming where the PRD and architecture are (BMAD v4 `prdFile`, v6 `planning_artifacts`)
 * while they are elsewhere: the scan found them, and the run says where, so the config can be fixed.
 */
function locationFallbacks(
  hints: NonNullable<ResolvedConfig['documentHints']>,
  documents: SourceDocument[],
  existing: Set<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const inside = (p: string, h: string) => p === h || p.startsWith(`${h}/`);
  const missing: string[] = [];
  const where = new Set<string>();
  const named = new Set<string>();
  for (const kind of ['prd', 'architecture'] as const) {
    const docs = documents.filter((d) => d.kind === kind);
    if (docs.length === 0) continue;
    const hinted = hints.filter((h) => h.kind === kind || h.kind === 'folder');
    if (hinted.length === 0 || docs.some((d) => hinted.some((h) => inside(d.path, h.path)))) continue;
    missing.push(kind === 'prd' ? 'PRD' : 'architecture');
    for (const d of docs) where.add(path.posix.dirname(d.path));
    for (const h of hinted) named.add(`${h.path}${existing.has(h.path) ? '' : ' (does not exist)'}`);
  }
  if (missing.length > 0)
    out.push(
      diag(
        'load/config-location-fallback',
        `the config names ${[...named].join(', ')} for the planning documents, but the ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not there; found by scanning in ${[...where].sort().join(', ')}`,
        { hint: 'point the config at the folder that holds the documents' },
      ),
    );
  return out;
}

const NAME_KEYS = ['projectName', 'project_name', 'project'];
const NAME_ORDER = ['prd', 'architecture', 'tech-stack', 'ux', 'data-model', 'other'];

/**
 * Without a configured name, a BMAD document's front matter often names the project
 * (`projectName: Business Research Portal`): better than the folder name, and cited to its line.
 */
function withDocumentName(config: ResolvedConfig, documents: SourceDocument[]): ResolvedConfig {
  if (config.projectName.origin.kind !== 'default') return config;
  const ordered = [...documents].sort(
    (a, b) => NAME_ORDER.indexOf(a.kind) - NAME_ORDER.indexOf(b.kind) || (a.path < b.path ? -1 : 1),
  );
  for (const doc of ordered) {
    for (const key of NAME_KEYS) {
      const value = doc.frontMatter?.[key];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const line = doc.text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
      return {
        ...config,
        projectName: {
          value: value.trim(),
          origin: { kind: 'file', at: { file: doc.path, line: Math.max(line, 1) } },
        },
      };
    }
  }
  return config;
}

/** The kind a config gives a file: it is the configured PRD/architecture file or lies in its shard folder. */
function configuredKind(
  rel: string,
  hints: NonNullable<ResolvedConfig['documentHints']>,
): { kind: 'prd' | 'architecture'; key: string } | null {
  for (const h of hints) {
    if (h.kind === 'folder') continue;
    if (rel === h.path || rel.startsWith(`${h.path}/`))
      return { kind: h.kind, key: h.kind === 'prd' ? 'prd' : 'architecture' };
  }
  return null;
}
