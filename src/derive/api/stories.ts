import type { StoryFact } from '../../model/domain.js';

/**
 * The stories are read once, in extract/stories.ts (with read/story-words.ts), and kept on the
 * Domain (`domain.stories`); derive designs operations from those readings. What is left here is the
 * capability reading of one sentence for derive/rules.ts (the actor of a rule sentence is who acts,
 * not what the rule constrains), until the rule statements carry their actor.
 */
export type Story = StoryFact;

const MODAL: { re: RegExp }[] = [
  // en: "Users can …", "A patient can …", "Admins shall be able to …"
  {
    re: /^(?:the |an? |all |any |each |every )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:can|may|shall be able to|should be able to|must be able to|is able to|are able to|will be able to|needs? to be able to)\s+(.+)$/iu,
  },
  // es: "El administrador puede …", "Usuario puede …", "Los usuarios podrán …"
  {
    re: /^(?:el |la |los |las |un |una |todo |cada )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:puede|pueden|podrá|podrán|debe poder|deben poder)\s+(.+)$/iu,
  },
  // pt: "O paciente pode …", "Os usuários podem …"
  {
    re: /^(?:o |a |os |as |um |uma |todo |cada )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:pode|podem|poderá|poderão|deve poder|devem poder|consegue|conseguem)\s+(.+)$/iu,
  },
  // fr: "Le garage peut …", "Les techniciens peuvent …", "L'administrateur pourra …"
  {
    re: /^(?:le |la |les |l'|l’|un |une |chaque |tout )?([\p{L}][\p{L} /'’-]{1,50}?)\s+(?:peut|peuvent|pourra|pourront|doit pouvoir|doivent pouvoir)\s+(.+)$/iu,
  },
  // de: "Der Admin kann …", "Benutzer können …", "Die Werkstatt darf …"
  {
    re: /^(?:der |die |das |ein |eine |jeder |jede )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:kann|können|darf|dürfen|soll .{1,40} können)\s+(.+)$/iu,
  },
];

/** Actors that are the product itself: their sentences state behaviour, not what a person does. */
const SYSTEM =
  /^(the )?(system|platform|app|application|api|backend|server|service|bot|chatbot|sistema|plataforma|aplicación|aplicação|système|plateforme|application|anwendung|plattform|system|it|this|which|that|who|one|there|nothing|no one|nobody|data|we)$/i;

/** The actor of a capability sentence, or null (too long, a system, a pronoun). */
export function capability(text: string): { actor: string; action: string } | null {
  const t = text
    .replace(
      /^\s*(?:[-*+]\s+)?(?:\*\*)?\s*[A-Z]{1,5}[-_]?\d+(?:\.\d+)*\s*[:.)-]?\s*(?:\*\*)?\s*[:–—-]?\s*/u,
      '',
    )
    .replace(/\*\*/g, '')
    .trim();
  for (const { re } of MODAL) {
    const m = re.exec(t);
    if (!m) continue;
    const actor = m[1]!.trim();
    const action = m[2]!.trim();
    // "Tests can be added…" is passive: it states what happens to a thing, not who does it.
    if (SYSTEM.test(actor) || actor.split(/\s+/).length > 5 || PASSIVE.test(action)) return null;
    // "Two appointments can never overlap": a constraint on things, not an actor's action.
    if (
      /^(?:\d+|two|three|no|dos|tres|deux|trois|zwei|drei|duas|dois)\b/i.test(actor) ||
      /^(?:never|not|only|nunca|jamais|nie|niemals)\b/i.test(action)
    )
      return null;
    return { actor, action };
  }
  return null;
}

const PASSIVE = /^(?:be|être|ser|sein|werden|estar)\b|^(?:only )?be\b/i;
