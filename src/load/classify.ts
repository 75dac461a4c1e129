import type { DocumentKind } from '../model/sources.js';

/**
 * Name patterns, tried on the file name (without extension, lower-cased) first and on its parent
 * folder second, so a shard such as `docs/architecture/tech-stack.md` is a tech-stack document while
 * `docs/architecture/coding-standards.md` takes its folder's kind (BMAD v4 sharding).
 */
const B = '(^|[-_ .])';
const E = '([-_ .]|$)';
const word = (alternatives: string) => new RegExp(`${B}(${alternatives})${E}`);

// Besides English, the words teams writing in Spanish, Portuguese, French, German, Italian, Dutch,
// Finnish and the Scandinavian languages use for the same documents.
const BY_NAME: { kind: DocumentKind; test: RegExp }[] = [
  {
    kind: 'prd',
    test: word(
      'prd|product[-_ ]?requirements?|requirements|product[-_ ]?spec(ification)?|requisitos|exigences|anforderungen|requisiti|vereisten|vaatimukset|krav(spec(ifikation)?)?|lastenheft|pflichtenheft',
    ),
  },
  {
    kind: 'tech-stack',
    test: word(
      'tech(nology)?[-_ ]?stack|(?<!full[-_ ])stack|technologies|tecnolog[ií]as?|technologien|teknologia(pino)?',
    ),
  },
  {
    kind: 'data-model',
    test: new RegExp(
      `${B}(database[-_ ]?schema|db[-_ ]?schema|data[-_ ]?models?|domain[-_ ]?models?|er[-_ ]?diagram|datenmodell|modelo[-_ ]?de[-_ ]?datos|modele[-_ ]?de[-_ ]?donnees|tietomalli)${E}|^(schema|erd|entities)$`,
    ),
  },
  {
    kind: 'ux',
    test: word(
      'ux|ui[-_ ]?ux|user[-_ ]?flows?|front[-_ ]?end[-_ ]?spec|wireframes?|user[-_ ]?journeys?|screen[-_ ]?flows?|flujos|parcours|käyttäjäpolut',
    ),
  },
  {
    kind: 'architecture',
    test: word(
      'architecture|system[-_ ]?design|technical[-_ ]?design|solution[-_ ]?design|adrs?|arquitectura|arquitetura|architektur|architettura|architectuur|arkkitehtuuri|arkitektur',
    ),
  },
];

/** BMAD v6 documents say what they are in their front matter (`workflowType: 'prd'`). */
const BY_WORKFLOW_TYPE: { kind: DocumentKind; test: RegExp }[] = [
  { kind: 'prd', test: /^(prd|product[-_ ]?requirements)/ },
  { kind: 'architecture', test: /^architecture/ },
  { kind: 'ux', test: /^ux/ },
  { kind: 'tech-stack', test: /^tech[-_ ]?stack/ },
];

/** Heading words, tried when neither the name nor the front matter says anything. */
const BY_HEADING: { kind: DocumentKind; test: RegExp }[] = [
  {
    kind: 'prd',
    test: /product requirements|requirements document|functional requirements|user stories|feature specification|\bprd\b|requisitos|exigences|anforderungen|requisiti|vaatimukset|kravspecifikation/i,
  },
  { kind: 'tech-stack', test: /tech(nology)? stack/i },
  { kind: 'data-model', test: /database schema|data model|entity[- ]relationship/i },
  {
    kind: 'ux',
    test: /user (flows?|journeys?)|ux design|ui\/ux|wireframe|interaction design|design guidelines/i,
  },
  {
    kind: 'architecture',
    test: /architecture|system design|technical design|implementation plan|arquitectura|arquitetura|architektur|architettura|arkkitehtuuri|arkitektur/i,
  },
];

export interface ClassifyInput {
  /** Project-relative POSIX path. */
  path: string;
  /** Text without front matter. */
  body: string;
  frontMatter?: Record<string, unknown> | null;
  /** The kind a config file gives the file or its folder (BMAD v4 `prdShardedLocation`). */
  configured?: { kind: 'prd' | 'architecture'; key: string } | null;
}

/**
 * Classifies a document: its own name first, then its front matter's `workflowType`, then the kind
 * a config file gives its location, then its parent folder's name, then its first headings;
 * `other` otherwise. The `by` string says which, for the "Sources" listing.
 */
export function classify(input: ClassifyInput): { kind: DocumentKind; by: string } {
  const { path: relPath, body, frontMatter, configured } = input;
  // `SystemArchitecture.md` and `system-architecture.md` are the same name.
  const p = relPath
    .replace(/\.(md|markdown|mdx)$/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  const parts = p.split('/');
  const base = parts[parts.length - 1] ?? p;
  const parent = parts[parts.length - 2] ?? '';

  const tool = toolLayout(parts, base);
  if (tool) return tool;
  for (const rule of BY_NAME) if (rule.test.test(base)) return { kind: rule.kind, by: `name:${base}` };

  const workflowType = frontMatter?.workflowType ?? frontMatter?.documentType ?? frontMatter?.type;
  if (typeof workflowType === 'string') {
    const wt = workflowType.trim().toLowerCase();
    for (const rule of BY_WORKFLOW_TYPE)
      if (rule.test.test(wt)) return { kind: rule.kind, by: `front-matter:workflowType=${wt}` };
  }
  if (configured) return { kind: configured.kind, by: `config:${configured.key}` };
  for (const rule of BY_NAME) if (rule.test.test(parent)) return { kind: rule.kind, by: `folder:${parent}` };
  // Shards in nested sub-folders (`docs/architecture/overview/context.md`) take the kind of the
  // nearest named ancestor folder.
  for (const ancestor of parts.slice(0, -2).reverse())
    for (const rule of BY_NAME)
      if (rule.test.test(ancestor)) return { kind: rule.kind, by: `folder:${ancestor}` };

  const headings = body
    .split('\n')
    .filter((l) => /^#{1,2}\s/.test(l))
    .slice(0, 3)
    .join('\n');
  for (const rule of BY_HEADING) {
    const m = rule.test.exec(headings);
    if (m) return { kind: rule.kind, by: `heading:${m[0]}` };
  }
  return { kind: 'other', by: 'no match' };
}

/**
 * Fixed file names of tools whose layouts we know: Kiro (`.kiro/specs/<feature>/{requirements,
 * design,tasks}.md`) and GitHub spec-kit (`specs/<feature>/{spec,plan,data-model,research}.md`).
 */
function toolLayout(parts: string[], base: string): { kind: DocumentKind; by: string } | null {
  const inKiro = parts.includes('.kiro');
  // Kiro steering files and the spec-kit constitution are standing project context: the stack
  // (`tech.md`) and architecture rules and principles that every feature follows.
  if (inKiro && parts.includes('steering')) {
    if (base === 'tech') return { kind: 'tech-stack', by: 'kiro:steering/tech.md' };
    if (base === 'product') return { kind: 'other', by: 'kiro:steering/product.md' };
    return { kind: 'architecture', by: `kiro:steering/${base}.md` };
  }
  if (parts.includes('.specify') && base === 'constitution')
    return { kind: 'architecture', by: 'spec-kit:constitution.md' };
  const inSpecKit = !inKiro && parts.slice(0, -1).includes('specs');
  if (inKiro) {
    if (base === 'requirements') return { kind: 'prd', by: 'kiro:requirements.md' };
    if (base === 'design') return { kind: 'architecture', by: 'kiro:design.md' };
    if (base === 'tasks') return { kind: 'other', by: 'kiro:tasks.md' };
  }
  if (inSpecKit) {
    if (base === 'spec') return { kind: 'prd', by: 'spec-kit:spec.md' };
    if (base === 'plan') return { kind: 'architecture', by: 'spec-kit:plan.md' };
    if (base === 'data-model') return { kind: 'data-model', by: 'spec-kit:data-model.md' };
    if (base === 'tasks' || base === 'research' || base === 'quickstart')
      return { kind: 'other', by: `spec-kit:${base}.md` };
  }
  return null;
}

/**
 * Folders whose documents are kept only as the past: archives in the languages the corpus and its
 * neighbours use (`archive`, `_archive`, `old`, `Archiv`, `archivo`, `arquivo`, `archives`).
 */
const ARCHIVE_FOLDER =
  /^[_.-]*(archives?|archived|old|obsolete|deprecated|legacy|attic|archiv|archivo|archivado|arquivo|arquivado|archivio|arkisto|arkiv|historico|histórico|history)$/i;

/** The archive folder a project-relative path lies in, or null. */
export function archiveFolderOf(relPath: string): string | null {
  const parts = relPath.split('/').slice(0, -1);
  for (let i = parts.length - 1; i >= 0; i--)
    if (ARCHIVE_FOLDER.test(parts[i]!)) return parts.slice(0, i + 1).join('/');
  return null;
}
