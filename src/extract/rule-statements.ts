import { foldAccents } from '../knowledge/mention.js';
import { isRuleId, RULE_ID_IN_TEXT } from '../knowledge/requirement-ids.js';
import type { Domain, RuleNamePart, RuleStatement, ScheduledAction } from '../model/domain.js';
import { fromSource, type Origin } from '../model/origin.js';
import { codeNamedBy } from '../read/error-code-words.js';
import { fieldLabel, labelsIn } from '../read/field-label-words.js';
import { inflectedMentions, type StatedName } from '../read/inflected-names.js';
import { ruleTarget } from '../read/rule-target-words.js';
import { nonFunctionalRule, readRule, scheduledWork, statesRule } from '../read/rule-words.js';
import { systemModalWork, systemPresentWork } from '../read/system-present-words.js';
import { isVietnamese } from '../read/vietnamese-force.js';
import { capability } from './stories.js';

/**
 * The business rules the documents state, collected once after the merge: every functional
 * requirement, acceptance criterion, sentence under a business-rules heading and stated constraint
 * that reads as a rule (read/rule-words.ts), plus the non-functional requirements that bound data or
 * access. Each keeps its requirement ids and its reading, so derive never reads the sentence again.
 */
export function ruleStatements(domain: Domain): RuleStatement[] {
  const out: RuleStatement[] = [];
  const seen = new Set<string>();
  const byLine = new Map<string, string[]>();
  // The names the documents state for each entity besides its own ("Wniosek adopcyjny" for
  // AdoptionApplication), as a declining language writes them in the case the sentence needs.
  const stated: StatedName[] = domain.entities.flatMap((e) =>
    (e.aliases ?? []).map((a) => ({ entity: e.name, name: a.name })),
  );
  // The names the route table's descriptions give (extract/aliases.ts), kept apart: they name what a
  // rule is about, not where it is enforced.
  const glossary: StatedName[] = (domain.glossary ?? []).map((g) => ({ entity: g.entity, name: g.name }));
  // The model's own names, which a declining language writes with its case endings ("objednávku" for
  // Objednavky, "munkalapot" for Munkalap, "ügyfélnek" for Ugyfel): read on the sentence without its
  // accents, since the model's names are written without them.
  const own: StatedName[] = domain.entities.map((e) => ({
    entity: e.name,
    name: e.name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase(),
  }));
  // The labels the schema gives its fields in a language written without spaces ("学号" of
  // `student_no`), each held by one entity only and no name of any (read/field-label-words.ts).
  const labels = fieldLabels(domain);
  const add = (text: string, given: string[], origin: Origin) => {
    let t = text.replace(/\*\*/g, '').trim();
    // A sentence that opens with its requirement id (`FR-07 Appointment types …`) carries it.
    const lead = /^([A-Z]{1,5}[-_]?\d+(?:\.\d+)*)\s*[:.)–—-]?\s+/.exec(t);
    const requirements = lead && given.length === 0 ? [lead[1]!] : given;
    if (lead) t = t.slice(lead[0].length);
    const key = t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // A lead-in cut before its items ("Locks … deben evitar bloqueos “eternos”:") says nothing alone.
    if (seen.has(key) || t.length < 8 || LEAD_IN.test(t) || !statesRule(t)) return;
    // One sentence of a rule already read whole from the same line ("The swap is valid only once
    // the coordinator has approved it." of FR-06) is that rule, not another.
    const at = origin.kind === 'source' ? `${origin.file}:${origin.line}` : null;
    if (at !== null && (byLine.get(at) ?? []).some((k) => k.includes(key))) return;
    seen.add(key);
    if (at !== null) byLine.set(at, [...(byLine.get(at) ?? []), key]);
    // The actor is who acts, not what the rule constrains ("A patient can book…"); the target is
    // what it counts, limits or orders and the write it guards ("at most 3 upcoming bookings").
    const target = ruleTarget(t);
    const actor = capability(t)?.actor.toLowerCase() ?? target.actor ?? undefined;
    // A rule numbered as a rule (`BR-12`, `RN-3`, `GR-7`) keeps that id in the rules table.
    const ruleId = requirements.find(isRuleId);
    const inflected = stated.length > 0 ? statedNamesIn({ ...target, text: t, actor }, stated) : null;
    const glossed =
      headFirst(t, glossary.length > 0 ? statedNamesIn({ ...target, text: t, actor }, glossary) : null) ??
      // No stated name at all: the model's own names written declined name what the rule is about.
      (declined(t) && !inflected ? ownNamesIn({ ...target, text: t, actor }, own) : null) ??
      // No name at all: a field's label names the record that holds the field ("学号在同一学校内唯一").
      (!inflected ? labelled(t, labels) : null);
    out.push({
      text: t,
      requirements,
      reading: readRule(t),
      ...(actor ? { actor } : {}),
      target,
      ...(ruleId ? { ruleId } : {}),
      ...(inflected ? { inflected } : {}),
      ...(glossed ? { glossed } : {}),
      origin,
    });
  };
  for (const r of domain.requirements) {
    const criteria = r.acceptanceCriteria ?? [];
    // A requirement that ends in a colon is completed by its items (`NFR9: Locks … deben evitar
    // bloqueos “eternos”:` over "Timeout rolling: ~15 min", "Lease TTL: ~3 min …"): one rule, the
    // lead-in with its items, cited at the requirement; the items alone are fragments of it.
    const leadIn = LEAD_IN.test(r.text) && criteria.length > 0;
    const text = leadIn
      ? `${r.text.trim()} ${criteria.map((c) => c.text.trim().replace(/[.;]+$/, '')).join('; ')}.`
      : r.text;
    if (r.kind === 'non-functional' && !nonFunctionalRule(text)) continue;
    add(text, [r.id], cite(r.origin, r.text));
    if (leadIn) continue;
    for (const c of criteria) add(c.text, [r.id], cite(c.origin, c.text));
  }
  for (const f of domain.securityFacts ?? []) {
    if (f.kind === 'stated-rule') add(f.text, f.id ? [f.id] : [], f.origin);
  }
  for (const f of domain.securityFacts ?? []) {
    if (f.kind === 'business-rule' && !f.design) add(f.text, [], f.origin);
  }
  // A code the documents list without saying where ("Error codes agreed so far: `SIGNUP_OVERLAP`
  // (409)") is the code of the rule whose sentence says its words.
  const codes = [
    ...new Set((domain.securityFacts ?? []).flatMap((f) => (f.kind === 'stated-error' ? [f.code] : []))),
  ];
  if (codes.length === 0) return out;
  // An error table's row that names a rule by its id ("| `VERANSTALTUNG_AUSGEBUCHT` | 409 | GR-10 |",
  // "GR-09: weniger als 48 Stunden vor Beginn") states that rule's code: the rule uses it.
  const byRule = new Map<string, Set<string>>();
  for (const f of domain.securityFacts ?? []) {
    if (f.kind !== 'stated-error' || f.generic) continue;
    for (const m of `${f.condition ?? ''} ${f.text}`.matchAll(RULE_ID_IN_TEXT)) {
      const key = ruleKey(m[0]);
      byRule.set(key, (byRule.get(key) ?? new Set()).add(f.code));
    }
  }
  return out.map((r) => {
    if (r.reading.statedCode) return r;
    const named = r.ruleId ? byRule.get(ruleKey(r.ruleId)) : undefined;
    if (named?.size === 1) return { ...r, reading: { ...r.reading, statedCode: [...named][0]! } };
    const code = codeNamedBy(r.text, r.reading.kind, codes);
    return code ? { ...r, reading: { ...r.reading, statedCode: code } } : r;
  });
}

/** The field labels of the model that one entity holds, and that name no entity. */
function fieldLabels(domain: Domain): StatedName[] {
  const byLabel = new Map<string, Set<string>>();
  for (const e of domain.entities)
    for (const f of e.fields) {
      const label = fieldLabel(f.description);
      if (label) byLabel.set(label, (byLabel.get(label) ?? new Set()).add(e.name));
    }
  const names = new Set(
    domain.entities.flatMap((e) => [e.description ?? '', ...(e.aliases ?? []).map((a) => a.name)]),
  );
  return [...byLabel]
    .filter(([label, held]) => held.size === 1 && !names.has(label))
    .map(([label, held]) => ({ entity: [...held][0]!, name: label }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The one entity a sentence names by its fields' labels, as what the sentence is about. */
function labelled(
  text: string,
  labels: readonly StatedName[],
): Partial<Record<RuleNamePart, string[]>> | null {
  if (labels.length === 0) return null;
  const named = labelsIn(text, labels);
  return named.length === 1 ? { text: named } : null;
}

const NAME_PARTS: readonly RuleNamePart[] = ['text', 'actor', 'object', 'anchor', 'stops', 'scope'];

/** The entities each part of a rule's reading names by a stated name written inflected; null when none. */
function statedNamesIn(
  parts: Partial<Record<RuleNamePart, string | null | undefined>>,
  stated: readonly StatedName[],
  options: { heads?: boolean } = {},
): Partial<Record<RuleNamePart, string[]>> | null {
  const out: Partial<Record<RuleNamePart, string[]>> = {};
  let any = false;
  for (const part of NAME_PARTS) {
    const text = parts[part];
    const named = text ? inflectedMentions(text, stated, options) : [];
    if (named.length === 0) continue;
    out[part] = named;
    any = true;
  }
  return any ? out : null;
}

/** The parts of a reading without their accents (the model's names are written without them). */
function folded(
  parts: Partial<Record<RuleNamePart, string | null | undefined>>,
): Partial<Record<RuleNamePart, string | null | undefined>> {
  const out: Partial<Record<RuleNamePart, string | null | undefined>> = {};
  for (const part of NAME_PARTS) {
    const text = parts[part];
    out[part] = text ? foldAccents(text) : text;
  }
  return out;
}

/**
 * The entities each part names by a model name written declined, read without accents. When the
 * rows the rule counts are read ("legfeljebb 3 aktív foglalása") and name none, another name of the
 * sentence is whose rows they are ("ügyfélnek"), not what the rule counts: the sentence gives none.
 */
const LETTER = /\p{L}/u;

/** Whether `word` stands in `text` as a whole word (no letter on either side), both lower-cased. */
function wordIn(text: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = text.codePointAt(i - 1);
    const after = text.codePointAt(i + word.length);
    const letter = (c: number | undefined) => c !== undefined && LETTER.test(String.fromCodePoint(c));
    if (!(i > 0 && letter(before)) && !letter(after)) return true;
  }
  return false;
}

function ownNamesIn(
  parts: Partial<Record<RuleNamePart, string | null | undefined>>,
  own: readonly StatedName[],
): Partial<Record<RuleNamePart, string[]>> | null {
  const plain = folded(parts);
  // A name written as the model writes it was the mention reader's to take (derive/rules.ts): where
  // it left it (a field's word, an internal record), a declined reading does not bring it back.
  // A plain search, not a pattern compiled per name: a rule is read against every name of the model.
  const lower = (plain.text ?? '').toLowerCase();
  const whole = (n: StatedName) => wordIn(lower, n.name.toLowerCase());
  const named = statedNamesIn(
    plain,
    own.filter((n) => !whole(n)),
    { heads: false },
  );
  if (!named || (parts.object && !named.object)) return null;
  // Several names and no target read among them ("Občan může objednávku zrušit nejpozději 24 hodin
  // před termínem svozu"): the first the sentence names besides its actor is what it is about; the
  // later ones are what its time is measured from or whose rows they are.
  const actor = named.actor ?? [];
  const text = (named.text ?? []).filter((n) => !actor.includes(n));
  if (!named.object && !named.anchor && text.length > 1) return { ...named, text: [text[0]!] };
  return named;
}

/**
 * English writes a name as the model does, or in a plural the mention reader knows ("orders"); its
 * "ordered" or "booked" is a verb, no declined name. Any other sentence may decline the model's names.
 */
const ENGLISH_WORD = /(?<!\p{L})(?:the|and|must|shall|is|are|of|to|be|can|may|not|with|for|an?)(?!\p{L})/giu;
const declined = (text: string): boolean => (text.match(ENGLISH_WORD)?.length ?? 0) < 2;

/**
 * Vietnamese puts the head noun first ("Ảnh của bé được lưu 180 ngày": the photos of the child;
 * "Mỗi bé thuộc đúng một lớp": each child): with no object or anchor read, the first record the
 * sentence names by the route table's glossary, besides its actor, is what it is about.
 */
function headFirst(
  text: string,
  glossed: Partial<Record<RuleNamePart, string[]>> | null,
): Partial<Record<RuleNamePart, string[]>> | null {
  if (!glossed || glossed.object || glossed.anchor || !isVietnamese(text)) return glossed;
  const first = (glossed.text ?? []).find((n) => !(glossed.actor ?? []).includes(n));
  return first ? { ...glossed, anchor: [first] } : glossed;
}

/** One form of a rule id: `GR-09`, `gr 9` and `GR9` are one rule. */
const ruleKey = (id: string): string =>
  id
    .toUpperCase()
    .replace(/[-_ ]/g, '')
    .replace(/(\D)0+(?=\d)/g, '$1');

/** A sentence that ends in a colon introduces what follows it. */
const LEAD_IN = /:\s*$/;

const cite = (o: Origin, text: string): Origin =>
  o.kind === 'source' && !o.quote ? fromSource(o.file, o.line, text.slice(0, 160)) : o;

/**
 * The work the documents give the system on a stated schedule ("THE SYSTEM SHALL run the overdue
 * check every morning at 7:00"): every requirement and criterion whose sentence has the system as
 * its subject and states a time of day, a weekday or a period (read/schedule-words.ts).
 */
export function scheduledActions(domain: Domain): ScheduledAction[] {
  const out: ScheduledAction[] = [];
  const add = (text: string, requirements: string[], origin: Origin) => {
    const t = text.replace(/\*\*/g, '').trim();
    const schedule = scheduledWork(t);
    if (!schedule) return;
    // A present-tense sentence names its work as written ("checks out volunteers" → "check out
    // volunteers"): the job is named from it.
    const work = systemPresentWork(t) ?? systemModalWork(t);
    out.push({ text: t, requirements, schedule, ...(work ? { work } : {}), origin: cite(origin, t) });
  };
  for (const r of domain.requirements) {
    add(r.text, [r.id], r.origin);
    for (const c of r.acceptanceCriteria ?? []) add(c.text, [r.id], c.origin);
  }
  return out;
}
