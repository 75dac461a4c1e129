import { mentionPattern } from '../knowledge/mention.js';
import type { Domain, EntityFact, StatedAlias } from '../model/domain.js';
import { fromSource } from '../model/origin.js';
import { aliasesStated, routeGlossary, routeTableAlias } from '../read/alias-words.js';
import type { Extractor } from './types.js';

/**
 * Extractor `aliases`: the sentences, items and headings that give a thing another name
 * (read/alias-words.ts), kept with the text that names the thing. After the merge `resolveAliases`
 * gives each entity the names stated for it, so that a story or a rule written with the other name
 * ("Mechaniker MÜSSEN den Auftragsstatus ändern können" where "der Status eines Auftrags ist der
 * Status des Termins") acts on that entity.
 */
export const aliasesExtractor: Extractor = {
  name: 'aliases',
  extract: ({ statements }) => {
    const statedAliases: StatedAlias[] = [];
    for (const s of statements?.().statements ?? []) {
      for (const a of aliasesStated(s.text, s.kind === 'heading' || s.kind === 'item'))
        statedAliases.push({ ...a, origin: fromSource(s.file, s.line, s.text.slice(0, 160)) });
      const routed = s.kind === 'row' && s.cells ? routeTableAlias(s.cells) : null;
      if (routed) statedAliases.push({ ...routed, origin: fromSource(s.file, s.line, s.text.slice(0, 160)) });
    }
    return { fragment: statedAliases.length > 0 ? { statedAliases } : {}, diagnostics: [] };
  },
};

/** Where each entity is named in a text: its last mention's end, or -1. */
function lastMention(e: EntityFact, text: string): number {
  const re = mentionPattern(e.name);
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let end = -1;
  for (const m of text.matchAll(g)) end = Math.max(end, m.index + m[0].length);
  return end;
}

/**
 * Each stated alias onto the entity it names. The alias is no name of its own: never an entity's
 * name or one of the entity's fields; an alias whose thing the text does not name (or names
 * ambiguously, for `only`) is dropped.
 */
export function resolveAliases(domain: Domain): void {
  const resolved: StatedAlias[] = [];
  const glossary = new Set(glossaryOf(domain));
  for (const stated of [...(domain.statedAliases ?? []), ...glossary]) {
    // "**Zwierzę (Animal)**: …", "Wniosek adopcyjny (AdoptionApplication)": a Key Entities line that
    // glosses the model's own name in the documents' language; the entity is in the parenthesis and
    // the word before it is the name the prose uses.
    const a =
      stated.pick === 'gloss' || stated.pick === 'last'
        ? (glossed(stated, domain.entities) ?? stated)
        : stated;
    if (a.pick === 'gloss') continue;
    const alias = a.alias.trim();
    const key = alias.toLowerCase();
    if (domain.entities.some((e) => mentionPattern(e.name).test(alias) || e.name.toLowerCase() === key))
      continue;
    let target: EntityFact | undefined;
    if (a.pick === 'last') {
      let best = -1;
      for (const e of domain.entities) {
        const end = lastMention(e, a.text);
        if (end > best) {
          best = end;
          target = e;
        }
      }
    } else {
      const aliasRe = mentionPattern(alias);
      const rest = a.text.replace(new RegExp(aliasRe.source, `${aliasRe.flags.replace('g', '')}g`), ' ');
      const named = domain.entities.filter((e) => lastMention(e, rest) >= 0);
      if (named.length === 1) target = named[0];
    }
    // "pickup persons" of `/pickup-persons` names `PickupPerson` only through its stated table.
    if (!target && glossary.has(stated)) {
      const table = a.text.toLowerCase().replace(/\s+/g, '_');
      target = domain.entities.find((e) => e.table?.toLowerCase() === table);
    }
    if (!target) continue;
    if (target.fields.some((f) => f.name.toLowerCase() === key)) continue;
    // A name read from route descriptions only names what a story acts on; a rule's counted noun
    // is not looked up by it ("en fazla 3 alet ödünç alabilir" counts the tools of a member's
    // loans, it limits no creation of tools).
    if (glossary.has(stated)) {
      domain.glossary ??= [];
      if (!domain.glossary.some((g) => g.entity === target!.name && g.name.toLowerCase() === key))
        domain.glossary.push({ entity: target.name, name: alias, origin: a.origin });
      resolved.push(stated);
      continue;
    }
    target.aliases ??= [];
    const list = target.aliases;
    if (!list.some((x) => x.name.toLowerCase() === key)) list.push({ name: alias, origin: a.origin });
    resolved.push(stated);
  }
  // Only a reading that named an entity is a fact read from its line (read coverage counts these).
  domain.statedAliases = resolved;
}

/**
 * A parenthesis alias whose parenthesis is an entity's own name, while the words before it name
 * none: the reading the other way round (the entity is written in the parenthesis).
 */
function glossed(a: StatedAlias, entities: readonly EntityFact[]): StatedAlias | null {
  const named = entities.find((e) => e.name.toLowerCase() === a.alias.trim().toLowerCase());
  if (!named || entities.some((e) => lastMention(e, a.text) >= 0)) return null;
  return { ...a, alias: a.text.trim(), text: named.name, pick: 'last' };
}

/**
 * The project's glossary read from each document's described routes (read/alias-words.ts
 * `routeGlossary`): "Alet" for what `/tools` holds, cited at the first route that says it.
 */
function glossaryOf(domain: Domain): StatedAlias[] {
  const byFile = new Map<string, { path: string; description: string; origin: StatedAlias['origin'] }[]>();
  for (const e of domain.statedEndpoints) {
    if (!e.description || e.origin.kind !== 'source' || e.contract) continue;
    const list = byFile.get(e.origin.file) ?? [];
    list.push({ path: e.path, description: e.description, origin: e.origin });
    byFile.set(e.origin.file, list);
  }
  const out: StatedAlias[] = [];
  for (const file of [...byFile.keys()].sort()) {
    const routes = byFile.get(file)!;
    for (const { route, ...a } of routeGlossary(routes)) out.push({ ...a, origin: routes[route]!.origin });
  }
  return out;
}
