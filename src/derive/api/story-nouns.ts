import { sameStem } from '../../knowledge/inflect.js';
import { documentsLanguage } from '../../knowledge/name-language.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import { errorResponses } from './crud.js';
import { type Intent, intentsOf } from './intents.js';
import { camel, pascal } from './naming.js';
import type { Story } from './stories.js';

/**
 * Rule `derive/resource-from-story-noun`: when the documents state no data model at all, a story's
 * operation is designed on the noun the story itself uses ("accept a mission" → `POST
 * /missions/{id}/accept`), spelled as written, with untyped bodies: the data model is an open
 * question, the need for the operation is not.
 */

const SKIP = new Set(
  `a an the my our their his her its all any each every new existing available full this that these those some one more
  un una unos unas el la los las mi mis su sus nuevo nueva nuevos nuevas todo todos todas cada
  le la les l des du de d mes ses son sa une leur leurs nouveau nouvelle nouveaux tous toutes chaque
  der die das den dem des ein eine einen einem meine meinen neue neuen alle jede jeden
  o os as um uma uns umas meu minha meus minhas seu sua seus suas novo nova novos novas todos todas cada
  for to of on in with from about para por en à au aux zu für von mit com sobre
  and or y o et ou und oder e before after avant après antes después vor nach depois full complete
  detail details detalle detalles détail détails list liste lista listado history historial historique histórico
  status statut estado state estatus information informations información informações données data datos`.split(
    /\s+/,
  ),
);

/** English words that end a noun phrase: the head noun is the last word before one. */
const EN_BREAK = new Set(
  `in on at by for to of with from about via as into onto over under after before so that which who when where while and or than per without within between through during
  upfront now later again online offline together back instantly immediately directly securely easily quickly automatically manually remotely`.split(
    /\s+/,
  ),
);
/** English function words: their presence says the phrase is English (head noun last, not first). */
// Not `a` (a Spanish and Portuguese preposition) nor `all`.
const EN_WORDS = /(?:^|\s)(?:the|an|my|our|their|your|to|of|for|with|and)(?:\s|$)/i;
/** Adverbial locutions that are never the object (`voir le statut en temps réel de ses missions`). */
const LOCUTIONS = /\b(?:en temps réel|en tiempo real|em tempo real|in echtzeit|in real[- ]time)\b/giu;

/**
 * The object noun of the phrase that carries the verb. Romance phrases put the head first (`créer une
 * mission avec…`, `consultar la lista de productos` → `productos`); English puts it last (`configure
 * my Stripe payment information` → `payment`, once `information` and the provider name are passed
 * over). Names of the stated technologies and providers (`stripe`, `bigquery`) are never the object.
 */
export function objectNoun(action: string, exclude: ReadonlySet<string> = new Set()): string | null {
  const words = action
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(LOCUTIONS, ' ')
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/^[ld]['’]/, '').replace(/['’]+$/, ''));
  const usable = (w: string) =>
    !SKIP.has(w) &&
    !exclude.has(w) &&
    w.length >= 3 &&
    intentsOf(w).length === 0 &&
    // Participles describe the object ("a completed mission", "une mission proposée").
    !(w.length > 5 && /(?:ed|ado|ada|ido|ida|ée|ées|és|iert)$/.test(w));
  const phrase = ` ${words.join(' ')} `;
  // No English function word: English only if nothing else says otherwise (an accent, or a first
  // verb in -ar/-ir as in `agregar notas manuales a registros`).
  const romance =
    /[\u00c0-\u017f]/.test(phrase) ||
    /(?:ar|ir)$/.test(words[0] ?? '') ||
    / (?:un|une|le|la|les|des|du|el|los|las|una|um|uma|os|der|die|das|ein|eine|einen) /.test(phrase);
  if (EN_WORDS.test(phrase) || (!romance && documentsLanguage([phrase]) === 'en')) {
    // English: the last usable word of the first noun phrase after the verb; a container word
    // (`list of missions`, `details of the order`) hands over to the phrase after `of`.
    let head: string | null = null;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (EN_BREAK.has(w)) {
        if (head) return head;
        // `pay for a mission`, `view and manage user accounts`, `list of missions`: still to come.
        continue;
      }
      if (intentsOf(w).length > 0 && !head) continue;
      if (usable(w)) head = w;
      else if (head && !SKIP.has(w) && !exclude.has(w)) break;
    }
    return head;
  }
  for (let i = 1; i < words.length; i++) if (usable(words[i]!)) return words[i]!;
  return null;
}

const plural = (noun: string, lang: string): string => {
  if (/s$|x$/.test(noun)) return noun;
  if ((lang === 'es' || lang === 'pt') && /[^aeiou]$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
};

export function nounOperation(
  intent: Intent,
  s: Story,
  base: string,
  lang: string,
  exclude: ReadonlySet<string> = new Set(),
  known: readonly string[] = [],
): Endpoint | string {
  const noun = objectNoun(s.action, exclude);
  if (!noun) return 'the story names no object';
  // `technician` in the English epics and `technicien` in the French PRD: one resource, named as
  // first met.
  const many = known.find((k) => sameStem(k, noun)) ?? plural(noun, lang);
  const one = many === noun ? noun.replace(/e?s$/, '') : noun;
  const collection = `${base}/${many}`;
  const item = `${collection}/{id}`;
  const origin: Origin = fromRule(
    'derive/resource-from-story-noun',
    s.origin.kind === 'source' ? [{ file: s.origin.file, line: s.origin.line }] : [],
  );
  const idParam = {
    name: 'id',
    in: 'path' as const,
    required: true,
    schema: { type: 'string' },
    description: `Id of the ${one}.`,
  };
  const make = (
    method: Endpoint['method'],
    path: string,
    action: Endpoint['action'],
    opId: string,
    status: number,
  ): Endpoint => ({
    operationId: opId,
    method,
    path,
    resource: pascal(many),
    summary: s.action.charAt(0).toUpperCase() + s.action.slice(1, 100),
    entity: null,
    action,
    parameters: path.includes('{id}') ? [idParam] : [],
    requestBody:
      method === 'POST' && action === 'create'
        ? { type: 'object' }
        : method === 'PATCH'
          ? { type: 'object', minProperties: 1 }
          : null,
    responses: [
      {
        status,
        description: status === 204 ? 'Done.' : `The ${one}.`,
        schema: status === 204 ? null : { type: 'object' },
      },
      ...errorResponses({
        authenticated: true,
        notFound: path.includes('{id}'),
        body: method === 'POST' || method === 'PATCH',
        conflict: false,
        references: false,
        idempotent: false,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: method === 'GET' ? 'read' : 'write',
    pagination: null,
    idempotencyKey: false,
    requirements: s.requirements,
    origin,
  });
  const P = pascal(one);
  switch (intent.kind) {
    case 'view':
    case 'search':
    case 'manage':
      return make('GET', collection, 'list', `list${pascal(many)}`, 200);
    case 'create':
      return make('POST', collection, 'create', `create${P}`, 201);
    case 'update':
    case 'settings':
      return make('PATCH', item, 'update', `update${P}`, 200);
    case 'delete':
      return make('DELETE', item, 'delete', `delete${P}`, 204);
    case 'deactivate':
      return make('POST', `${item}/deactivate`, 'action', `deactivate${P}`, 200);
    case 'state':
      return make('POST', `${item}/${intent.verb}`, 'action', `${camel(intent.verb)}${P}`, 200);
    case 'export':
      return make('GET', `${collection}/export`, 'action', `export${pascal(many)}`, 200);
    default:
      return 'no operation on a noun for this intent';
  }
}
