import { findProviders } from '../knowledge/providers.js';
import { findTechnologies } from '../knowledge/technologies.js';
import { parentheticalReason } from './reason-words.js';
import { isNegated, rejectsLabel, verdictReason } from './status.js';

/**
 * The options a list of alternatives names, each with the reason its parenthesis gives:
 * "Z-API (não oficial), Zenvia." → Z-API ("não oficial"), Zenvia. Read where a label or heading has
 * already said the list lost ("Alternatives considered:", "Alternativas consideradas:", "Écartés :"),
 * so each name is an option that lost, whether or not the catalogue knows it. Items are split at the
 * commas and semicolons outside parentheses and at a last "and"/"or" in en, es, pt, fr, de, it.
 */
export interface ListedOption {
  name: string;
  reason: string | null;
  /** The catalogue knows the name (a technology or a provider): the stack and integrations readers carry it. */
  known: boolean;
  /**
   * The verdict holds for one release only ("SMS — не используется в MVP", "Push — not used in v1"):
   * the option is out of scope for that release, not rejected.
   */
  release?: true;
}

/**
 * A release the verdict is limited to: the MVP, v1, the first version, release or phase (en, es, pt,
 * fr, de, it, nl, ru, uk, pl, cs).
 */
const RELEASE_LIMIT =
  /(?<!\p{L})(?:in|for|within|до|в|во|для|у|en|no|na|nel|nella|im|in der|für|dans|pour|w|ve|ve|i)\s+(?:(?:the|el|la|le|o|a|il|lo|het|de|den|der|die)\s+)?(?:mvp|v1|1\.0|first (?:version|release|phase)|primera (?:versión|fase)|primeira (?:versão|fase)|premi[èe]re (?:version|phase)|erste[nrm]? (?:version|phase|ausbaustufe)|prima (?:versione|fase)|eerste (?:versie|fase)|перв(?:ой|ом|ую) (?:верси|релиз|этап)\p{L}*|перш(?:ій|ої|у|ому) (?:верси|реліз|етап)\p{L}*|pierwsz(?:ej|ym) (?:wersji|fazie)|první (?:verzi|fázi))(?!\p{L})/iu;

/** What a list says when it names nothing: "none", "n/a", "nenhuma", "keine", "—". */
const NOTHING =
  /^(?:none|n\/?a|no(?:ne)? other|nothing|ninguna?|ningún|nenhuma?|aucune?|rien|keine?|nichts|nessun[oa]?|niente|—|–|-)$/iu;
/** The last item's joiner ("A, B and C", "A, B ou C"). */
const LAST_JOINER = /\s(?:and|or|y|o|e|ou|et|und|oder|ed)\s/iu;
/** A name: up to four words, opening with a capital or a digit ("Z-API", "Firebase Firestore", "360dialog"). */
const NAME = /^[\p{Lu}\d][\p{L}\p{N}.&+'’/-]*(?:\s[\p{L}\p{N}.&+'’/-]+){0,3}$/u;

export function optionsListed(list: string): ListedOption[] {
  const out: ListedOption[] = [];
  for (const item of topLevelItems(list)) {
    const paren = item.indexOf('(');
    const head = (paren >= 0 ? item.slice(0, paren) : item)
      .split(/\s[—–-]\s|:\s/u)[0]!
      .replace(/[*_`]/g, '')
      .replace(/[.;:,]+$/u, '')
      .trim();
    if (head.length < 2 || NOTHING.test(head) || !NAME.test(head)) continue;
    const reason = paren >= 0 ? parentheticalReason(item.slice(paren)) : dashReason(item.slice(head.length));
    const known = findTechnologies(head).length > 0 || findProviders(head).length > 0;
    out.push({ name: head, reason, known });
  }
  return out;
}

/** "Zenvia — sem templates aprovados": the words after a dash say why. */
function dashReason(rest: string): string | null {
  const m = /^\s*(?:[—–-]|:)\s+(.{3,160})$/u.exec(rest.replace(/[.;]+\s*$/u, ''));
  return m && /\p{Ll}{3,}/u.test(m[1]!) ? m[1]!.trim() : null;
}

function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === ';')) {
      items.push(list.slice(from, i));
      from = i + 1;
    }
  }
  items.push(list.slice(from));
  // "A, B and C": the last item holds two names.
  const last = items.pop()!;
  const outside = last.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const joiner = LAST_JOINER.exec(outside);
  if (joiner) items.push(last.slice(0, joiner.index), last.slice(joiner.index + joiner[0].length));
  else items.push(last);
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A spaced dash between an option and what the item says of it ("Azure Cosmos DB — fravalgt: …"). */
const ITEM_DASH = /\s[—–-]\s/u;
/** An option's name: up to five words, opening with a capital or a digit ("Egne brugernavne og adgangskoder"). */
const ITEM_NAME = /^[\p{Lu}\d][\p{L}\p{N}.&+'’/-]*(?:\s[\p{L}\p{N}.&+'’/-]+){0,4}$/u;

/**
 * One item that sets an option aside by itself: its name, a spaced dash, then the verdict
 * ("- Azure Cosmos DB — fravalgt: bookinger kræver transaktioner", "- **Barion** — elvetve (ADR-003).",
 * "- Own user names and passwords — rejected: …"), in every language whose lexicon has the verdict.
 * `known` is true only when the whole name is a catalogued one (the stack and integrations readers
 * carry it): "MobilePay Online direkte" is an option of its own, not the provider it names.
 */
export function optionSetAside(item: string): ListedOption | null {
  const dash = ITEM_DASH.exec(item);
  if (!dash) return null;
  const rest = item.slice(dash.index);
  if (!rejectsLabel(rest)) return null;
  const head = item
    .slice(0, dash.index)
    .replace(/[*_`]/g, '')
    .replace(/[.;:,]+$/u, '')
    .trim();
  // "No server-side caching layer — unnecessary complexity": a decision against, not an option.
  if (head.length < 2 || NOTHING.test(head) || !ITEM_NAME.test(head) || isNegated(head)) return null;
  const bare = head.replace(/\s+v?\d[\d.x]*\+?$/u, '');
  const whole = (m: { index: number; length: number }) => m.index === 0 && m.length >= bare.length;
  const known = findTechnologies(bare).some(whole) || findProviders(bare).some(whole);
  return {
    name: head,
    reason: verdictReason(rest),
    known,
    ...(RELEASE_LIMIT.test(rest) ? { release: true as const } : {}),
  };
}
