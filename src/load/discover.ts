import * as path from 'node:path';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';
import type { ResolvedConfig } from '../model/config.js';
import type { SourceDocument, Sources } from '../model/sources.js';
import { classify } from './classify.js';
import { splitFrontMatter } from './front-matter.js';

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
  'implementation-artifacts',
]);

/** Repository boilerplate, never a planning document. */
const SKIP_FILES = /^(readme|changelog|contributing|license|code_of_conduct|security|backend-spec)\.md$/i;

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

async function walk(host: Host, root: string, rel: string, depth: number, out: Set<string>): Promise<void> {
  if (depth > MAX_DEPTH) return;
  const entries = await host.readDir(rel === '.' ? root : path.join(root, rel));
  if (!entries) return;
  for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const child = rel === '.' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory) {
      if (!SKIP_DIRS.has(e.name.toLowerCase()) && !e.name.startsWith('.'))
        await walk(host, root, child, depth + 1, out);
    } else if (isMarkdown(e.name) && !SKIP_FILES.test(e.name)) out.add(child);
  }
}

/**
 * Project dir → Sources: every planning document found, classified, front matter split off. Also
 * reports the prerequisites the workflow names: no PRD or no architecture document is an error
 * (nothing is generated), no tech stack or no UX flows a warning.
 */
export async function loadSources(
  root: string,
  config: ResolvedConfig,
  host: Host,
): Promise<{ sources: Sources; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const docsDir = config.documentationDir.value;
  const expected = workflowPaths(docsDir);
  const hints = config.documentHints ?? [];
  const searched: string[] = [...Object.values(expected)];
  const found = new Set<string>();

  for (const hint of hints.filter((h) => isMarkdown(h.path))) {
    searched.push(hint.path);
    if ((await host.readFile(path.join(root, hint.path))) !== null) found.add(hint.path);
  }
  // A docs folder of `.` is the whole project: walk only the workflow's own folders inside it.
  const docsRoots = docsDir === '.' ? ['product', 'technical', 'design'] : [docsDir];
  const roots = [
    ...docsRoots,
    ...hints.filter((h) => !isMarkdown(h.path)).map((h) => h.path),
    ...FALLBACK_ROOTS,
  ];
  for (const dir of [...new Set(roots)]) {
    if (dir === '.') continue;
    searched.push(`${dir}/**/*.md`);
    await walk(host, root, dir, 0, found);
  }
  // Documents at the project root (`PRD.md`, `ARCHITECTURE.md`) count when their name or headings say
  // what they are; other root files (notes, licences) are not planning documents.
  searched.push('*.md');
  const rootFiles = new Set<string>();
  await walk(host, root, '.', MAX_DEPTH, rootFiles);

  const documents: SourceDocument[] = [];
  for (const rel of [...new Set([...found, ...rootFiles])].sort()) {
    const text = await host.readFile(path.join(root, rel));
    if (text === null || OWN_OUTPUT.test(text)) continue;
    const fm = splitFrontMatter(text);
    if (fm.error)
      diagnostics.push(
        diag('load/invalid-front-matter', `front matter is not valid YAML: ${fm.error.message}`, {
          at: { file: rel, line: fm.error.line },
          hint: 'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile',
        }),
      );
    const configured = configuredKind(rel, hints);
    const { kind, by } = classify({ path: rel, body: fm.body, frontMatter: fm.frontMatter, configured });
    if (rootFiles.has(rel) && !found.has(rel) && kind === 'other') continue;
    documents.push({
      path: rel,
      kind,
      classifiedBy: by,
      text,
      body: fm.body,
      bodyLineOffset: fm.lineOffset,
      frontMatter: fm.frontMatter,
    });
    diagnostics.push(
      diag('load/classified', `classified as ${kind} (${by})`, { at: { file: rel, line: 1 } }),
    );
  }

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
  const has = (k: string) => documents.some((d) => d.kind === k);
  const hint = 'run `backend-spec init` to create the planning documents, or pass --docs DIR';
  if (!has('prd'))
    diagnostics.push(diag('load/missing-prd', `no PRD found; searched: ${searched.join(', ')}`, { hint }));
  if (!has('architecture'))
    diagnostics.push(
      diag('load/missing-architecture', `no architecture document found; searched: ${searched.join(', ')}`, {
        hint,
      }),
    );
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
  return { sources: { root, config: withDocumentName(config, documents), documents, searched }, diagnostics };
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
