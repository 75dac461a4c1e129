import { plainText } from '../markdown/parse.js';
import type { ScopeStatement } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import {
  cellScope,
  headingScope,
  isScopeMarkerOnly,
  namesRejection,
  noteColumns,
  rejectsLabel,
  statusColumns,
  versionColumns,
} from '../read/index.js';
import { idColumns, optionsColumns } from '../read/option-cell-words.js';
import type { Extractor } from './types.js';

/**
 * Statements that something is not built now: items under "Out of scope", "Post-MVP", "Phase 2",
 * "Future", "Deferred" headings (and their Finnish, Spanish and Portuguese equivalents), headings
 * that carry the marker themselves ("## 9. QC Entities (Phase 2)"), table rows whose phase cell says
 * so, and bullets that say it inline ("OAuth (Phase 2)", "not in MVP"). Derive steps use these to
 * leave such features out instead of designing them.
 */
export const scopeExtractor: Extractor = {
  name: 'scope',
  extract: ({ doc, md }) => {
    const out: ScopeStatement[] = [];
    const seen = new Set<string>();
    const add = (
      subject: string,
      scope: ScopeStatement['scope'],
      line: number,
      quote: string,
      reason = '',
    ) => {
      const s = subject.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().slice(0, 160);
      if (s.length < 2 || seen.has(`${s}|${line}`)) return;
      seen.add(`${s}|${line}`);
      out.push({
        subject: s,
        scope,
        origin: fromSource(doc.path, line, quote.slice(0, 160)),
        ...(reason ? { reason } : {}),
      });
    };
    // A task plan's "Phase 2: Foundational" is build order, not a later release.
    const plan = isTaskPlan(doc.path, md.blocks);
    // Heading level under which every item is out of the current scope, or null.
    let under: { level: number; scope: ScopeStatement['scope']; lead?: true } | null = null;
    for (const b of md.blocks) {
      // "Out of scope for the MVP:" then a list: the lead paragraph scopes that list only.
      if (under?.lead && b.kind !== 'list-item') under = null;
      if (b.kind === 'paragraph' && !under) {
        const lead = plainText(b.text).trim();
        const scope = /:$/.test(lead) && !MIXED.test(lead) ? headingScopeOf(lead.slice(0, -1)) : null;
        // Only a short marker ("Out of scope for the MVP:", "Nice-to-have (deferred):"), never a
        // sentence about one; a numbered phase ("Phase 4 — Polish:") is as often build order as a release.
        if (scope && !(plan && scope === 'deferred') && lead.split(/\s+/).length <= 6 && !/\d/.test(lead)) {
          under = { level: 99, scope: scope === 'future' ? 'deferred' : scope, lead: true };
          continue;
        }
      }
      if (b.kind === 'heading') {
        if (under && b.level <= under.level) under = null;
        const text = plainText(b.text);
        const found = MIXED.test(text) ? null : headingScopeOf(text);
        const scope = plan && found === 'deferred' ? null : found;
        if (scope) {
          const subject = stripMarker(text).replace(/^[\d.]+\s*/, '');
          // A heading that is only the marker ("### Out of Scope") scopes its items, not itself.
          // "Rejected and postponed technologies" is a marker over options of both kinds, no option.
          if (
            subject &&
            !MARKER_ONLY.test(subject) &&
            !markerOnly(subject) &&
            !isScopeMarkerOnly(subject) &&
            !namesRejection(subject)
          )
            add(subject, scope, b.line, text);
          under = { level: b.level, scope };
        }
        continue;
      }
      if (b.kind === 'table') {
        // A table with its own phase column says per row what is deferred.
        const perRow = b.header.some((h) => PHASE_HEADER.test(plainText(h)));
        // A Notes / Reason column says why the row waits ("phase 2 reminders").
        const header = b.header.map((h) => plainText(h));
        const notes = noteColumns(header);
        const rows = b.rows.map((r) => r.cells.map((c) => plainText(c)));
        // A decision log's id column ("D4") names the row, not what is deferred: the next cell does.
        const ids = idColumns(header, rows);
        const at = Math.max(
          0,
          ids.findIndex((id) => !id),
        );
        const statuses = statusColumns(header, rows);
        const versions = versionColumns(header);
        const options = statuses.some(Boolean) ? optionsColumns(header) : [];
        for (const [r, row] of b.rows.entries()) {
          const cells = rows[r]!;
          const subject = cells[at] ?? '';
          // A status column's deferring word in any language of the lexicons ("将来対応（Phase 2）",
          // "Отложено") is a phase cell too.
          // A Version column's "v2" is the version of what the row names, not a later release.
          const phase = cells
            .slice(at + 1)
            .find(
              (c, i) =>
                !versions[at + 1 + i] &&
                (PHASE_CELL.test(c) || (statuses[at + 1 + i] && cellScope(c) === 'deferred')),
            );
          // The phase cell says more than its marker ("Deferred to v2"), and the options the row
          // weighed are what waits with it ("WebSockets; polling every 30 s").
          const reason = [
            ...(phase && !MARKER_ONLY_CELL.test(phase) ? [phase] : []),
            ...cells.flatMap((c, i) => (options[i] && c.trim() ? [`${header[i]}: ${c}`] : [])),
            ...cells.filter((c, i) => notes[i] && c.trim() && c !== phase),
          ].join('; ');
          if (phase && subject) add(subject, scopeOf(phase) ?? 'future', row.line, cells.join(' | '), reason);
          else if (under && !perRow && subject)
            add(subject, under.scope, row.line, cells.join(' | '), reason);
        }
        continue;
      }
      if (b.kind === 'code') continue;
      const text = plainText(b.text);
      // Done work ("[x]") and a plan's tasks ("[ ] T012 …") are never scope statements; an open
      // checkbox under a PRD's "Phase 2" heading is a deferred feature.
      if (b.kind === 'list-item' && (DONE_OR_TASK_ID.test(text) || (plan && CHECKBOX.test(text)))) continue;
      // "- [Out of Scope](./out-of-scope.md)": a table of contents links to a section; it states no scope.
      if (b.kind === 'list-item' && LINK_ONLY.test(b.text)) continue;
      if (b.kind === 'list-item' && under && b.depth === 0) {
        const item = itemParts(text);
        // A decision record's field ("Status: Postponed", "Döntés: …") names no option; an item whose
        // own verdict rejects ("MySQL 8 — rejected") is the decisions reader's, not a later phase (out of
        // scope it stays: "PSD2 — valutato e scartato per la v1").
        const rest = text.slice(text.indexOf(item.subject) + item.subject.length);
        if (RECORD_FIELD.test(item.subject) || (under.scope !== 'out-of-scope' && rejectsLabel(rest)))
          continue;
        add(item.subject, under.scope, b.line, text, item.reason);
        continue;
      }
      if (b.kind !== 'list-item') continue;
      const inline = scopeOf(text);
      if (inline && INLINE.test(text)) {
        const item = itemParts(text);
        if (RECORD_FIELD.test(item.subject)) continue;
        add(item.subject, inline, b.line, text, item.reason);
      }
    }
    return { fragment: out.length > 0 ? { scope: out } : {}, diagnostics: [] };
  },
};

/** The fields of a decision record (ADR): "Status", "Decision", "Context", in the languages read. */
const RECORD_FIELD =
  /^(?:status|state|decision|rationale|context|consequences|státusz|állapot|döntés|indoklás|estado|decisión|decisão|contexto|statut|décision|contexte|entscheidung|kontext|stato|decisione|contesto|besluit|beslutning|beslut|karar|durum|stav|rozhodnutí|decyzja|статус|рішення|обґрунтування|контекст|наслідки)$/i;

const CHECKBOX = /^\s*\[[ xX]\]/;
const DONE_OR_TASK_ID = /^\s*\[[xX]\]|^\s*(?:\[ \]\s*)?T\d{2,4}[a-z]?\b/;
const TASK_PLAN_FILE = /(?:^|\/)tasks?\.md$|(?:^|\/)(?:implementation|delivery|sprint)[-_ ]?plan[^/]*\.md$/i;
const TASK_PLAN_TITLE = /^(?:tasks?|tareas|t[âa]ches|aufgaben|tarefas|implementation plan|sprint plan)\b/i;

function isTaskPlan(path: string, blocks: readonly { kind: string; text?: string }[]): boolean {
  if (TASK_PLAN_FILE.test(path)) return true;
  const title = blocks.find((b) => b.kind === 'heading');
  return title?.text !== undefined && TASK_PLAN_TITLE.test(plainText(title.text));
}

const OUT =
  /out of scope|out-of-scope|not in (?:the )?mvp|excluded from (?:the )?mvp|non-goals?|won'?t (?:have|build|do)|ei mvp|rajattu pois|ei sisälly|fuera del? alcance|fora do escopo|no incluid|não incluíd|hors (?:du )?(?:périmètre|champ)|hors[- ]p[ée]rim[eè]tre|non-objectifs?|au(?:ß|ss)erhalb des (?:Umfangs|Projektumfangs)|nicht im (?:Umfang|Scope)|Nicht-Ziele|fuori (?:dall[oa]? ?)?(?:ambito|perimetro)|non[- ]obiettivi|esclus[oie] dall['’]mvp|범위\s?(?:외|밖)(?!이던|이었)|비목표|ngoài phạm vi|không thuộc phạm vi|εκτός (?:πεδίου|εύρους|αντικειμένου)|μη στόχοι/i;
const DEFERRED =
  /post[- ]?mvp|deferred|phase\s*[2-9]|(?<!(?:API|SDK)[\s-]*)v2(?![.,]\d)(?![\s-]*(?:API|SDK)\b)\b|later release|growth features|jatkokehitys|tulevat|fase\s*[2-9]|vaihe\s*[2-9]|diferid|adiad|pospuest|rinviat[oa]|versione\s*[2-9]|previst[oa] per|reporté|verschoben|zurückgestellt|보류|[2-9]\s*단계|postponed|skjuts upp|uppskjut|planeras till version|uitgesteld|elhalaszt|(?:to|till|auf|à|para|naar) (?:version|versie|versión|versão) [2-9]|giai đoạn\s*[2-9]|phiên bản\s*[2-9]|hoãn (?:sang|đến|tới)|φάση\s*[2-9]|έκδοση\s*[2-9]/i;
const FUTURE = /\bfuture\b|tulevaisuu|futur[oa]s?\b|sviluppi futuri|in futuro|tương lai|μελλοντικ/i;
/** Headings that mix what is built now with what is not: their items carry their own phase. */
const MIXED = /current|nykyi|actual|roadmap|vision|timeline|phases|releases/i;
const PHASE_HEADER = /^(?:phase|status|timeline|release|when|vaihe|fase|etapa|milestone|stato)$/i;
const MARKER_ONLY =
  /^(?:out of scope(?: for (?:the )?mvp)?|non-goals?|post[- ]?mvp(?: features)?|future(?: vision| enhancements?)?|deferred(?: decisions)?|phase \d.*|vision.*|growth features.*|roadmap)$/i;
// `v2` but not a version number `v2.3` (a stack table's version column).
const PHASE_CELL =
  /^(?:phase\s*[2-9]|post[- ]?mvp|future|(?<!(?:API|SDK)[\s-]*)v2(?![.,]\d)(?![\s-]*(?:API|SDK)\b)|deferred|later|vaihe\s*[2-9]|fase\s*[2-9]|rinviat[oa]|versione\s*[2-9]|diferid[oa]|adiad[oa]|pospuest[oa]|reporté(?:e|s|es)?|verschoben|zurückgestellt|giai đoạn\s*[2-9]|hoãn|φάση\s*[2-9])(?!\p{L})/iu;
const INLINE =
  /[(（](?:phase\s*[2-9]|fase\s*[2-9]|φάση\s*[2-9]|post[- ]?mvp|future|deferred|(?<!(?:API|SDK)[\s-]*)v2(?![.,]\d)(?![\s-]*(?:API|SDK)\b)|[2-9]\s*(?:단계|차)|(?:dự kiến |hoãn (?:sang |đến |tới ))?giai đoạn\s*[2-9])[^)）]*[)）]|(?:tạm )?hoãn (?:sang|đến|tới) (?:giai đoạn|phiên bản) [2-9]|not in (?:the )?mvp|out of scope|deferred to|(?:postponed|skjuts upp|verschoben|reporté|aplazad[oa]|adiad[oa]|rinviat[oa]|uitgesteld) (?:to|till|auf|à|a|para|naar) (?:version|versie|versión|versão|versione|phase|fas|fase) [2-9]|(?:auf|für) (?:version|phase) [2-9] (?:verschoben|zurückgestellt)|elhalasztva (?:a |az )?[2-9]\. (?:fázis|szakasz|verzió)\p{L}*/iu;

/**
 * A heading that is the scope marker and nothing else in any language ("Fora do escopo", "Hors
 * périmètre", "Außerhalb des Umfangs (MVP)"): what remains without the marker is only small words.
 */
function markerOnly(subject: string): boolean {
  const rest = subject
    .replace(new RegExp(OUT.source, 'gi'), ' ')
    .replace(new RegExp(DEFERRED.source, 'gi'), ' ')
    .replace(new RegExp(FUTURE.source, 'gi'), ' ')
    .replace(
      /\b(?:for|the|of|mvp|v1|del?|la|el|do|da|das|dos|para|o|pour|le|du|les|für|das|den|im|des|und|and|y|et|e|di|dell|della|per|il|sviluppi|out)\b/giu,
      ' ',
    )
    // Korean marker words around the marker ("v1 제외 (Out) — 명시적 비목표").
    .replace(/(?<!\p{L})(?:명시적(?:인)?|제외|항목|사항|이번)(?!\p{L})/gu, ' ')
    .replace(/[^\p{L}\d]+/gu, '');
  return rest.length === 0;
}

function scopeOf(text: string): ScopeStatement['scope'] | null {
  if (OUT.test(text)) return 'out-of-scope';
  if (DEFERRED.test(text)) return 'deferred';
  if (FUTURE.test(text)) return 'future';
  return null;
}

const OPTIONAL_SECTION =
  /\s*[([（]\s*(?:optional|opcional|facultati[fv]e?|optionnel(?:le)?|opzionale|optioneel|可选|任意)\s*[)\]）]\s*$/iu;

/**
 * A heading's scope: the words above, else a scoping heading of the lexicons ("スコープ外",
 * "将来対応", "Вне рамок MVP"), whose languages these lists do not spell.
 */
function headingScopeOf(text: string): ScopeStatement['scope'] | null {
  const own = scopeOf(text);
  if (own) return own;
  // spec-kit's template marks a section "(optional)" to fill in: a section, not a later option.
  const s = headingScope(text.replace(OPTIONAL_SECTION, ''));
  return s === 'out-of-scope' || s === 'deferred' ? s : null;
}

function stripMarker(text: string): string {
  return text
    .replace(/\s*[([](?:phase[^)\]]*|post[- ]?mvp|future|deferred|v2|current \+ future)[)\]]/gi, '')
    .replace(/\s*[—–-]\s*(?:deferred|post[- ]?mvp|out of scope|not in mvp).*$/i, '')
    .trim();
}

/** A list item that is one link and nothing else (a table of contents entry). */
const LINK_ONLY = /^\s*\[[^\]]+\]\([^)]*\)\s*$/;
/** A phase cell that is the marker alone ("Phase 2", "Deferred"), which the status already says. */
const MARKER_ONLY_CELL =
  /^(?:phase\s*[2-9]|post[- ]?mvp|future|v2|deferred|later|vaihe\s*[2-9]|fase\s*[2-9])\.?$/i;

/**
 * An out-of-scope item's subject and what it says beside it: "Donor management and donations
 * (Phase 2)." → "Donor management and donations", "Phase 2"; "A native mobile app: the volunteer
 * app is a responsive web app." → "A native mobile app", "the volunteer app is a responsive web app";
 * "Group sign-ups for companies (considered for v2)." → "Group sign-ups for companies", "considered
 * for v2". A closing full stop is the sentence's, not the subject's.
 */
function itemParts(text: string): { subject: string; reason: string } {
  // A closing full stop, or the semicolon or comma that runs a list item on ("- fuel dock sales;").
  const body = text
    .trim()
    .replace(/[.;,]+$/, '')
    .trim();
  const notes: string[] = [];
  // A parenthesis closing the item is its note when it says when ("(Phase 2)", "(considered
  // for v2)"); a name in it ("CRM integration (Salesforce)") is part of the subject.
  const closing = /\s*\(([^()]{2,120})\)$/.exec(body);
  const paren = closing && scopeOf(closing[1]!) ? closing : null;
  const head = paren ? body.slice(0, paren.index).trim() : body;
  if (paren) notes.push(paren[1]!.trim());
  // A dash inside a parenthesis ("a native mobile app (Phase 2 — the MVP is a web app)") is the
  // parenthesis's own; the subject ends where the parenthesis opens.
  const split = /\s[—–]\s|:\s|\s-\s/.exec(head.replace(/\([^()]*\)?/g, (p) => 'x'.repeat(p.length)));
  const subject = (split ? head.slice(0, split.index) : head).trim();
  if (split) notes.unshift(head.slice(split.index + split[0].length).trim());
  // "OAuth (Phase 2) — needs a vendor": the marker inside the subject is a note too.
  const stripped = stripMarker(subject);
  const marker =
    stripped !== subject
      ? /[([]((?:phase[^)\]]*|post[- ]?mvp|future|deferred|v2))[)\]]/i.exec(subject)
      : null;
  if (marker) notes.unshift(marker[1]!.trim());
  return { subject: stripped || subject, reason: notes.filter(Boolean).join('; ') };
}
