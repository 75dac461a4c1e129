import type { RequirementKind } from '../model/domain.js';
import { caseFoldedRegExp } from './case-fold.js';

/**
 * Requirement identifiers as planning documents write them, in English and in the localised forms
 * seen in Finnish, Spanish and Portuguese projects. The prefix decides the kind:
 *   FR12, FR-01, FR-AUTH-01, REQ-3, UC-2, BR-4      functional
 *   NFR-P1, NFR3, QR-2                               non-functional
 *   RF-02 / RNF-01 (es, pt: requisito (no) funcional), RN-3 (pt: regra de negócio)
 *   TV-1 / EV-1 / KT-1 (fi: toiminnallinen / ei-toiminnallinen vaatimus, käyttäjätarina), FK-1 / IFK-1 (sv, nb, da), BH-1 (nb, da: brukerhistorie)
 *   FG-1 / FOG-1 / KH-1 / İK-1 (tr: gereksinim, kullanıcı hikâyesi, iş kuralı)
 *   YC-1 / PCN-1 / QT-1 (vi: yêu cầu, phi chức năng, quy tắc nghiệp vụ)
 *   ΛΑ-1 / ΜΛΑ-1 / ΚΕ-1 / ΙΧ-1 (el: λειτουργική απαίτηση, μη λειτουργική, κανόνας, ιστορία χρήστη)
 *   ÜSZ-1 (hu: üzleti szabály), LS-1 (fi: liiketoimintasääntö)
 *   US-1.1, HU-03 (es: historia de usuario), "Story 1.2", "Epic 2"
 */
const PREFIX_KIND: Record<string, RequirementKind> = {
  FR: 'functional',
  REQ: 'functional',
  UC: 'functional',
  CU: 'functional',
  BR: 'functional',
  RN: 'functional',
  RF: 'functional',
  TV: 'functional',
  SR: 'functional',
  NFR: 'non-functional',
  NF: 'non-functional',
  RNF: 'non-functional',
  QR: 'non-functional',
  EV: 'non-functional',
  ETV: 'non-functional',
  US: 'user-story',
  HU: 'user-story',
  UST: 'user-story',
  EPIC: 'epic',
  // fr: exigence (non) fonctionnelle; de: (nicht-)funktionale Anforderung.
  EF: 'functional',
  ENF: 'non-functional',
  FA: 'functional',
  NFA: 'non-functional',
  // sv: funktionellt krav / icke-funktionellt krav.
  FK: 'functional',
  IFK: 'non-functional',
  // tr: fonksiyonel / işlevsel gereksinim, fonksiyonel olmayan gereksinim, kullanıcı hikâyesi, iş kuralı.
  FG: 'functional',
  FOG: 'non-functional',
  İG: 'functional',
  İOG: 'non-functional',
  KH: 'user-story',
  İK: 'functional',
  // nb/da: brukerhistorie / brugerhistorie (FK, IFK as in sv; FR: forretningsregel).
  BH: 'user-story',
  // vi: yêu cầu (chức năng) / yêu cầu phi chức năng, quy tắc (nghiệp vụ): YC-1, YCCN-1, PCN-1, QT-1.
  YC: 'functional',
  YCCN: 'functional',
  QT: 'functional',
  PCN: 'non-functional',
  YCPCN: 'non-functional',
  // el: λειτουργική / μη λειτουργική απαίτηση, κανόνας επιχειρησιακός (επιχειρησιακός κανόνας),
  // ιστορία χρήστη: ΛΑ-1, ΜΛΑ-1, ΚΕ-1, ΕΚ-1, ΙΧ-1, written in Greek capitals.
  ΛΑ: 'functional',
  ΑΠ: 'functional',
  ΚΕ: 'functional',
  ΕΚ: 'functional',
  ΜΛΑ: 'non-functional',
  ΙΧ: 'user-story',
  // hu: üzleti szabály (business rule): ÜSZ-1.
  ÜSZ: 'functional',
  // fi: käyttäjätarina (user story): KT-1; liiketoimintasääntö (business rule): LS-1.
  KT: 'user-story',
  LS: 'functional',
};

const PREFIXES = Object.keys(PREFIX_KIND)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** `FR12`, `FR-01`, `NFR-P1`, `FR-AUTH-01`, `US-1.1`, `RF_02`. Group letters are at most 6 (`AUTH`, `SEC`). */
const CODE_ID = String.raw`(?:${PREFIXES})(?:[-_]?[A-Z]{1,6})?[-_.]?\d+(?:\.\d+)*[a-z]?`;
/**
 * Kiro's `### Requirement 1: Title` (and its localised forms) is a functional requirement id; Kiro's
 * Japanese documents write `### 要件 1:` or `### 要件1:` (no space is needed between CJK and a digit).
 */
const WORD_ID = String.raw`(?:(?:User Story|Story|Epic|Historia|Tarina|Käyttäjätarina|História|Requirement|Requisito|Requerimiento|Exigence|Anforderung)\s+|要件\s*)\d+(?:\.\d+)*`;

/**
 * A name shaped like a requirement id or a range of them, whatever its prefix ("NFR31-NFR33",
 * "ΜΛΑ-02", "SEC-4"): never the name of a service or a product ("**Integration:** NFR31-NFR33").
 */
export function looksLikeRequirementId(name: string): boolean {
  return ID_SHAPED.test(name.trim());
}
const ONE_ID = String.raw`\p{Lu}{1,6}(?:[-_]\p{Lu}{1,6})?[-_]?\d+(?:\.\d+)*`;
const ID_SHAPED = new RegExp(
  String.raw`^(?:${ONE_ID}\s*[-–—]\s*${ONE_ID}|\p{Lu}{1,6}(?:[-_]\p{Lu}{1,6})?[-_]\d+(?:\.\d+)*|\p{Lu}{2,6}\d{2,}(?:\.\d+)*)$`,
  'u',
);

/** An id anywhere in a text (for mentions: `(FR1-FR4)`, "covers NFR-P1"). */
// A Greek id is no id inside a Greek word ("ΜΛΑ-1" holds no "ΛΑ-1"): Greek letters are word letters too.
export const REQUIREMENT_ID_RE = new RegExp(
  String.raw`(?<![\w\u0370-\u03ff-])(?:${CODE_ID})(?![\w\u0370-\u03ff])`,
  'g',
);

/**
 * An id that opens a line and defines a requirement: optional emphasis or brackets, the id, then a
 * separator (`:`, `.`, `–`, `-`, `)`) or closing emphasis. `**FR12:** text`, `FR-01 – text`,
 * `[US-1.1] text`, `**US-1.1: Title** (P0)`. A bare space suffices before a capital or a letter of a
 * script without case (`**FR5** 판매자는 ...`, `FR-2 用户可以 ...`).
 */
const DEFINITION_RE = new RegExp(
  String.raw`^\s*(?:[*_]{1,2}|\[)?\s*(?<id>${CODE_ID}|${WORD_ID})\s*(?:[*_]{1,2}|\])?\s*(?<sep>[:：.)）–—|]|\s-\s|\s(?=[*_]{0,2}[\p{Lu}\p{Lo}]))\s*(?:[*_]{1,2}(?=\s))?(?<rest>.*)$`,
  'su',
);

/**
 * The prefixes of a business rule's own id (`BR-12`, `RN-3`, `RG-1`, `GR-7`, `RB-2`, `RULE-4`, el
 * `ΚΕ-4`, hu `ÜSZ-4`, fi `LS-4`: liiketoimintasääntö): a rule, never a story.
 */
const RULE_PREFIXES = 'BR|RN|RG|RB|GR|RULE|ΚΕ|ΕΚ|ÜSZ|LS';
const RULE_ID = new RegExp(String.raw`^(?:${RULE_PREFIXES})[-_ ]?\d+(?:\.\d+)?$`, 'iu');
/** A business rule's own id: a rule, never a story. */
export const isRuleId = (id: string): boolean => RULE_ID.test(id);
/** A business rule's id inside a text ("GR-09: weniger als 48 Stunden", "see BR-3"). */
export const RULE_ID_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${RULE_PREFIXES})[-_ ]?\d+(?:\.\d+)?(?![\p{L}\p{N}])`,
  'giu',
);

export function kindOfId(id: string): RequirementKind {
  const word = /^(User Story|Story|Historia|Tarina|Käyttäjätarina|História)\b/i.exec(id);
  if (word) return 'user-story';
  if (/^Epic\b/i.test(id)) return 'epic';
  if (/^(?:Requirement|Requisito|Requerimiento|Exigence|Anforderung)\b|^要件/i.test(id)) return 'functional';
  const prefix = /^\p{Lu}+/u.exec(id)?.[0] ?? '';
  // Longest known prefix first: `NFR-P1` is NFR, `RNF-1` is RNF, `FR-AUTH-1` is FR.
  for (let n = prefix.length; n > 0; n--) {
    const kind = PREFIX_KIND[prefix.slice(0, n)];
    if (kind) return kind;
  }
  return 'other';
}

/**
 * A requirement definition at the start of a text, or null. `rest` keeps its markdown. `series`: the
 * prefixes the document numbers its own items with besides the known ones (`seriesPrefixes`).
 */
export function matchDefinition(
  text: string,
  series: readonly string[] = [],
): { id: string; rest: string } | null {
  const m = (series.length > 0 ? definitionWith(series) : DEFINITION_RE).exec(text);
  if (!m?.groups) return null;
  const id = m.groups.id!.trim();
  return { id, rest: (m.groups.rest ?? '').trim() };
}

const withSeries = new Map<string, RegExp>();
/** DEFINITION_RE with a document's own prefixes beside the known ones. */
function definitionWith(series: readonly string[]): RegExp {
  const key = series.join('|');
  let re = withSeries.get(key);
  if (!re) {
    const id = String.raw`(?:${key})[-_.]?\d+(?:\.\d+)*`;
    re = new RegExp(DEFINITION_RE.source.replace('(?<id>', `(?<id>${id}|`), DEFINITION_RE.flags);
    withSeries.set(key, re);
  }
  return re;
}

/** A line that opens with an id of any capitals and a separator: `**PU-01**:`, `CF-3 –`, `[RB-2]`. */
const SERIES_ITEM =
  /^\s*(?:[*_]{1,2}|\[)?\s*(\p{Lu}{2,5})-(\d{1,3})\s*(?:[*_]{1,2}|\])?\s*(?:[:：.)）–—]|\s-\s)/u;
/**
 * Prefixes no document numbers its requirements with: decisions, acceptance criteria, tests, tasks,
 * risks, open questions, versions and standards.
 */
const NOT_REQUIREMENT =
  /^(?:ADR|AC|CA|KA|TC|TS|TEST|TASK|QA|Q|OQ|R|RISK|D|DEC|DR|V|ISO|RFC|SHA|UTF|HTTP|CWE|CVE|OWASP|ASVS|PR|PKCE|AES|RSA|ES|HS|RS|PS)$/;

/**
 * The prefixes a document numbers its own items with that the known ones (PREFIX_KIND) miss: a
 * capital prefix that opens two or more lines as `PU-01:`, `PU-02:` … starting at 1 (a Romanian PRD's
 * "Povești de utilizator" PU-, "Cerințe funcționale" CF-, "Cerințe nefuncționale" CNF-), in a
 * document that defines no requirement by a known prefix. One id alone, or a series that does not
 * start at 1, is no series.
 */
export function seriesPrefixes(texts: Iterable<string>): string[] {
  const numbers = new Map<string, Set<number>>();
  for (const t of texts) {
    // A document that defines one requirement by a known prefix (FR-001) numbers its other items
    // (success criteria SC-001, rules GR-01) as what they are, not as requirements.
    if (DEFINITION_RE.test(t)) return [];
    const m = SERIES_ITEM.exec(t);
    if (!m || NOT_REQUIREMENT.test(m[1]!) || kindOfId(`${m[1]}-1`) !== 'other') continue;
    const set = numbers.get(m[1]!) ?? new Set<number>();
    set.add(Number(m[2]));
    numbers.set(m[1]!, set);
  }
  return [...numbers]
    .filter(([, n]) => n.size >= 2 && n.has(1) && n.has(2))
    .map(([p]) => p)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * The kind of an id whose prefix is a document's own (`seriesPrefixes`): one with "NF" in it is
 * non-functional (NFR, RNF, CNF, ENF, NFA: "non-functional" in every language read here); one under a
 * heading of stories (story, historia, histoire, história, povești, tarina) is a story; any other a
 * functional requirement.
 */
export function seriesKind(id: string, heading: string): RequirementKind {
  const known = kindOfId(id);
  if (known !== 'other') return known;
  const prefix = /^\p{Lu}+/u.exec(id)?.[0] ?? '';
  if (prefix.includes('NF')) return 'non-functional';
  if (STORY_HEADING.test(heading)) return 'user-story';
  return 'functional';
}
const STORY_HEADING =
  /(?<!\p{L})(?:(?:user\s+)?stor(?:y|ies)|histori\p{L}*|histoires?|hist[óo]rias?|pove[șşs]t\p{L}*|tarin\p{L}*|brukerhistori\p{L}*|brugerhistori\p{L}*|anv[äa]ndarber[äa]ttelse\p{L}*)(?!\p{L})/iu;

/** A range of ids (`FR1-FR4`); compiled once (matchAll copies it, so its lastIndex is never shared). */
const RANGE_RE = new RegExp(
  String.raw`(?<![\w\u0370-\u03ff-])(${CODE_ID})\s*[-–—]\s*(${CODE_ID})(?![\w\u0370-\u03ff])`,
  'g',
);

/** Every requirement id mentioned in a text, expanding ranges (`FR1-FR4` → FR1, FR2, FR3, FR4). */
export function mentionedIds(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RANGE_RE)) {
    const a = /^(.*?)(\d+)$/.exec(m[1]!);
    const b = /^(.*?)(\d+)$/.exec(m[2]!);
    if (a && b && a[1] === b[1]) {
      const from = Number(a[2]);
      const to = Number(b[2]);
      const width = a[2]!.length;
      if (to > from && to - from <= 200) {
        for (let n = from; n <= to; n++) out.push(`${a[1]}${String(n).padStart(width, '0')}`);
      }
    }
  }
  for (const m of text.matchAll(REQUIREMENT_ID_RE)) out.push(m[0]);
  return [...new Set(out)];
}

/** Canonical form for matching ids written differently (`FR-01`, `FR1`, `fr_1` → `FR1`). */
export function canonicalId(id: string): string {
  return id
    .toUpperCase()
    .replace(/[\s_-]+/g, '')
    .replace(/(\D)0+(\d)/g, '$1$2');
}

/** Priority as stated: `(P0)`, `[Must]`, `Priority: High`, MoSCoW words. */
export function findPriority(text: string): string | undefined {
  const p =
    /[([]\s*(P[0-4]|Must(?: have)?|Should(?: have)?|Could(?: have)?|Won'?t(?: have)?|High|Medium|Low|Critical)\s*[)\]]/i.exec(
      text,
    );
  if (p) return p[1];
  const label = /\b(?:Priority|Prioriteetti|Prioridad|Prioridade)\s*[:=]\s*\**\s*([\p{L}\d]+)/iu.exec(text);
  return label?.[1];
}

/**
 * A line that cites the requirements an item implements, as task plans write it: Kiro's
 * `_Requirements: 2.2, 2.3_` (requirement 2, criteria 2 and 3), `Implements: FR-3, FR-4`,
 * `Requisitos: RF-02`, `Anforderungen: FA-1`, `Exigences : EF-3`, `要件: 1.1`. Returns the ids as
 * written (bare numbers included), or null for any other line.
 */
const CITATION_LABEL =
  /^\s*[_*]{0,2}\s*(?:requirements?|reqs?|implements|covers|traces? to|requisitos?|requerimientos?|requisiti|exigences?|anforderungen|要件|要求|需求|요구\s?사항|требования)\s*[_*]{0,2}\s*[:：]\s*(.+?)\s*[_*]{0,2}\s*$/iu;
const CITED = caseFoldedRegExp(String.raw`^(?:${CODE_ID}|${WORD_ID}|\d+(?:\.\d+)*)$`, 'iu');

export function citationList(text: string): string[] | null {
  const m = CITATION_LABEL.exec(text);
  if (!m) return null;
  const ids = m[1]!
    .split(/\s*[,;、，]\s*|\s+(?:and|y|et|und|e)\s+/u)
    .map((x) => x.replace(/[_*`[\]()]/g, '').trim())
    .filter((x) => CITED.test(x));
  return ids.length > 0 ? ids : null;
}

/** The number of a word id (`Requirement 2` → `2`, `Story 1.1` → `1.1`), or null for a code id. */
const wordNumber = (id: string) =>
  caseFoldedRegExp(String.raw`^(?:${WORD_ID})$`, 'iu').test(id)
    ? (/\d+(?:\.\d+)*$/.exec(id)?.[0] ?? null)
    : null;

/**
 * The requirement ids a citation names: the same id however written (`FR-03` ~ `FR3`), or for a
 * bare number the word id with that number (`1.1` → `Story 1.1`), else the one whose number is its
 * first part (Kiro's `2.2` → `Requirement 2`, criterion 2). Nothing when no id fits or several do.
 */
export function resolveCitation(cited: string, ids: readonly string[]): string | null {
  const c = canonicalId(cited);
  const same = ids.filter((id) => canonicalId(id) === c);
  if (same.length > 0) return same[0]!;
  if (!/^\d+(?:\.\d+)*$/.test(cited)) return null;
  const numbered = ids.map((id) => ({ id, n: wordNumber(id) })).filter((x) => x.n !== null);
  const whole = numbered.filter((x) => x.n === cited);
  if (whole.length === 1) return whole[0]!.id;
  const head = cited.split('.')[0]!;
  const first = [...new Set(numbered.filter((x) => x.n === head).map((x) => x.id))];
  return first.length === 1 ? first[0]! : null;
}

/**
 * The feature folder a file belongs to (`specs/006-api-management/spec.md` →
 * `specs/006-api-management`, `.kiro/specs/baanreservering/design.md` → `.kiro/specs/baanreservering`);
 * '' outside one. Each spec-kit or Kiro feature numbers its own requirements.
 */
export function featureFolder(file: string): string {
  return /^(.*?(?:^|\/)(?:\.kiro\/)?specs\/[^/]+)\//.exec(file)?.[1] ?? '';
}
