import type { RequestedOperation } from '../model/domain.js';

/**
 * Which operations a requirement sentence asks for, by its verbs: "view", "list", "create", "edit",
 * "delete", "search"… (the trace of requirements to endpoints, derive/api/trace.ts, places the
 * model's entity names next to these verbs). English wording, as the trace has always read it; the
 * sentence's generic subject ("users can", "the customer must") is blanked first, so the actor of
 * every sentence is never taken for its object.
 *
 * Each entry is a stem that opens a word; `not` lists the forms of that stem that are other words
 * ("details" is the noun of a record's detail page, not the verb "detail": labcore's "set up my lab's
 * details for billing and reports" asks for no report).
 */
interface OperationVerb {
  stem: string;
  /** Whole words that start with the stem and are not the verb. */
  not?: string[];
}

const VERBS: Record<RequestedOperation, OperationVerb[]> = {
  list: ['view', 'list', 'see', 'browse', 'display', 'show', 'filter', 'sort', 'overview', 'dashboard'].map(
    (stem) => ({ stem }),
  ),
  get: [
    { stem: 'view' },
    { stem: 'see' },
    { stem: 'open' },
    { stem: 'detail', not: ['details'] },
    { stem: 'show' },
    { stem: 'display' },
  ],
  create: [
    'create',
    'add',
    'new',
    'register',
    'record',
    'submit',
    'enter',
    'book',
    'schedule',
    'upload',
    'log',
  ].map((stem) => ({ stem })),
  update: ['edit', 'update', 'change', 'modify', 'rename', 'mark', 'set', 'assign', 'move', 'reorder'].map(
    (stem) => ({ stem }),
  ),
  replace: ['edit', 'update', 'replace'].map((stem) => ({ stem })),
  delete: ['delete', 'remove', 'discard', 'clear'].map((stem) => ({ stem })),
  search: ['search', 'find', 'look ?up'].map((stem) => ({ stem })),
  health: ['health', 'uptime', 'monitor'].map((stem) => ({ stem })),
  webhook: ['webhook', 'callback', 'notif'].map((stem) => ({ stem })),
};

const pattern = (verbs: OperationVerb[]) =>
  new RegExp(
    `\\b(?:${verbs.map((v) => `${v.stem}${v.not ? `(?!(?:${v.not.map((n) => n.slice(v.stem.length)).join('|')})\\b)` : ''}`).join('|')})\\w*\\b`,
    'gi',
  );
const PATTERNS = (Object.entries(VERBS) as [RequestedOperation, OperationVerb[]][]).map(
  ([operation, verbs]) => ({ operation, re: pattern(verbs) }),
);

/** A generic actor before a modal: "users can", "the customer must", "admins are able to". */
const SUBJECT =
  /\b(?:the |a |an )?(?:[a-z]+ )?(?:users?|customers?|admins?|staff|members?|people|person)\s+(?:can|must|shall|should|may|will|are able to|is able to|need to|wants? to)\b/gi;

export interface OperationReading {
  /** The sentence with its generic subjects blanked (offsets below are in this text). */
  text: string;
  verbs: { operation: RequestedOperation; index: number }[];
}

/**
 * A story's "so that …" after a comma: what the user gains, not what the story asks the system to
 * do ("…, så den kan booke til kommunens takst", "…, damit der nächste Leser es früher bekommt",
 * "…, para que …", "…, pour que …", "…, för att …"). Its verbs ask for nothing; it runs to the
 * sentence's end.
 */
const PURPOSE =
  /,\s*(?:so that|so|in order to|damit|sodass|so dass|um|så at|så att|så|för att|for at|for å|slik at|zodat|opdat|om te|para que|para|pour que|pour|afin de|afin que|perché|affinché|per|aby|żeby|abyste|abych|чтобы|щоб|jotta|ώστε|για να|pentru a|ca să|agar|supaya|sehingga)(?=\s)[^.!?]*/giu;

/** Where a requirement's sentence asks for each kind of operation. */
export function readOperations(sentence: string): OperationReading {
  const text = sentence.replace(SUBJECT, ' ');
  // Blanked to spaces so the offsets below still point into `text`.
  const asked = text.replace(PURPOSE, (m) => ' '.repeat(m.length));
  const verbs = PATTERNS.flatMap(({ operation, re }) =>
    [...asked.matchAll(re)]
      // The tail of a hyphenated compound ("E-Book", "Pre-Order") is part of a noun, not a verb.
      .filter((m) => (m.index ?? 0) === 0 || asked[(m.index ?? 0) - 1] !== '-')
      .map((m) => ({ operation, index: m.index ?? 0 })),
  );
  return { text, verbs };
}
