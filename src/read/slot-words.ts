/**
 * A plain sentence that names the slot a technology fills, in en, es, pt, fr and de: "We use Prisma
 * as the ORM", "The ORM is Prisma", "El ORM es TypeORM", "Usamos TypeORM como ORM", "Nous utilisons
 * Doctrine comme ORM", "L'ORM est Doctrine", "Als ORM nutzen wir Drizzle", "Das ORM ist Drizzle",
 * "O ORM é Prisma". The sentence then states a choice for that slot, as a labelled line does; a
 * negated or questioning sentence states none. Only the ORM slot is read this way: its word names
 * nothing else, where "database" or "cache" in prose often describes rather than decides.
 */

const ORM_SLOT = [
  // en
  /\bas (?:the|our|an?) (?:ORM|object[- ]relational mapper)\b/i,
  /\b(?:the|our) ORM (?:is|will be|of choice is)\b/i,
  /\bfor (?:the |our )?ORM\b/i,
  // es, pt
  /\b(?:el|nuestro|o|nosso) ORM (?:es|será|elegido es|é|escolhido é)(?!\p{L})/iu,
  /\bcomo ORM\b/i,
  // fr
  /(?:\bl['’]|\bnotre )ORM (?:est|sera|retenu est|choisi est)\b/i,
  /\bcomme ORM\b/i,
  // de
  /\bals ORM\b/i,
  /\b(?:das|unser) ORM (?:ist|wird)\b/i,
];

/** Negation or a question in the sentence: "we do not use Prisma as the ORM", "Prisma as the ORM?". */
const NOT =
  /\b(?:not|never|no|don't|doesn't|won't|instead of|rather than|no|nunca|en lugar de|en vez de|ne|pas|jamais|au lieu de|nicht|kein\w*|statt|anstatt|não|nem|em vez de)\b|\?\s*$/i;

/** The slot label a sentence states a choice for ("ORM"), or null. */
export function statedSlot(sentence: string): string | null {
  if (NOT.test(sentence)) return null;
  return ORM_SLOT.some((re) => re.test(sentence)) ? 'ORM' : null;
}

/** Splits prose into sentences at ". ", "; ", "! " (keeping each sentence's offset). */
export function sentencesOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.;!?](?:\s+|$)/g)) {
    const end = m.index + m[0].length;
    out.push({ text: text.slice(from, end).trim(), offset: from });
    from = end;
  }
  if (from < text.length) out.push({ text: text.slice(from).trim(), offset: from });
  return out.filter((s) => s.text.length > 0);
}
