import { answerTo } from '../decisions/questions.js';
import { diag } from '../diagnostics/diagnostic.js';
import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { technology } from '../knowledge/technologies.js';
import type { Domain, OpenDecision, Requirement, StackConcern } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { OpenQuestion } from '../model/spec/index.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, refOf } from './context.js';

/**
 * A requirement that relies on a choice the documents leave open: "FR-9 Users search products by
 * name" while the architecture's search engine is "TBD (Elasticsearch vs Meilisearch)"; "US-7 The
 * app works offline" while "Which sync approach for offline mode?" is an open question.
 *
 * Read from the typed model only: the open decisions the statement layer found (src/extract/
 * open-decisions.ts) against the requirements' text. A requirement relies on one when
 *  - it names one of the options (a technology or an alternative in the question), or
 *  - the decision is about a stack concern whose capability the requirement asks for (search,
 *    file storage, sign-in, background processing), in the lexicon languages, or
 *  - the decision is a question and shares a distinctive word with the requirement: five letters
 *    or more, no common word, and named by at most a few requirements (a word most requirements
 *    use, "users", "orders", tells nothing).
 * A decision another statement settles (a chosen technology of that concern or one of its options)
 * is not open. No rule can make the choice, so each open decision is asked once, with the
 * requirements that wait on it; the spec designs with what the documents state meanwhile.
 */
export const requirementUndecidedDetector: Detector = {
  name: 'requirement-undecided',
  detect(domain, ctx) {
    const open = (domain.openDecisions ?? []).filter((d) => !settled(d, domain));
    if (open.length === 0 || domain.requirements.length === 0) return { findings: {}, diagnostics: [] };
    const common = commonWords(domain.requirements);
    const conflicts: Conflict[] = [];
    const questions: OpenQuestion[] = [];
    const diagnostics = [];
    const asked = new Set<string>();
    for (const d of open) {
      const at = refOf(d.origin);
      if (!at) continue;
      const waiting = domain.requirements.filter((r) => refOf(r.origin) && reliesOn(r, d, common));
      if (waiting.length === 0) continue;
      const id = `reconcile/undecided/${slug(d.subject)}`;
      if (asked.has(id)) continue;
      asked.add(id);
      const quote = d.origin.kind === 'source' && d.origin.quote ? d.origin.quote : d.subject;
      const question: OpenQuestion = {
        id,
        text: `${at.file}:${at.line} leaves ${d.subject} undecided, and ${waiting.map((r) => r.id).join(', ')} ${waiting.length === 1 ? 'relies' : 'rely'} on it: ${d.options.length > 0 ? `which of ${d.options.join(', ')}?` : 'what is decided?'}`,
        source: d.origin,
        options: d.options,
        assumes: 'nothing is chosen; the specification designs only what the documents state',
      };
      const answer = answerTo(question, ctx.answers);
      if (answer) question.answer = answer;
      questions.push(question);
      for (const r of waiting) {
        const rAt = refOf(r.origin)!;
        conflicts.push({
          code: 'reconcile/requirement-undecided',
          subject: `${r.id}: ${d.subject}`,
          sides: [
            { value: `${r.id}: ${short(r.title ?? r.text)}`, at: rAt },
            { value: short(quote), at },
          ],
          resolution: answer ? (answer.value ?? answer.kind) : 'open',
          params: { id: r.id, option: d.subject, question: id },
          resolvedBy: answer?.kind === 'choose' ? answer.origin : fromRule(RULE, [rAt, at]),
        });
        diagnostics.push(
          diag(
            'reconcile/requirement-undecided',
            `${r.id} relies on ${d.subject}, which ${at.file}:${at.line} leaves undecided ("${short(quote)}"); asked as question ${id}`,
            { at: rAt, hint: 'decide it in the documents, or answer the question in the decisions file' },
          ),
        );
      }
    }
    return { findings: conflicts.length > 0 ? { conflicts } : {}, diagnostics, questions };
  },
};

const RULE = 'reconcile/undecided-option-asked';

/** Another statement made the choice: a chosen technology of the decision's concern or options. */
function settled(d: OpenDecision, domain: Domain): boolean {
  return domain.stack.some(
    (c) =>
      c.status === 'chosen' &&
      (d.options.includes(c.value) || d.concerns.includes(c.concern)) &&
      !(refOf(c.origin)?.file === refOf(d.origin)?.file && refOf(c.origin)?.line === refOf(d.origin)?.line),
  );
}

/**
 * What a requirement asks of each concern, in en, es, fr, de and pt. Only concerns a requirement
 * can name as a capability: a database or a framework is what everything relies on, so a
 * requirement never waits on it by its words alone (it does when it names one of the options).
 */
const NEEDS: Partial<Record<StackConcern, RegExp>> = {
  search:
    /\bsearch|full[- ]text|\bbusca[rn]?\b|b[úu]squeda|pesquis|\brecherch|\bsuche|\bsuchen\b|durchsuch|volltext/iu,
  storage:
    /\bupload|attach|\bfiles?\b|\bphotos?\b|\bimages?\b|adjunt|archivos?\b|\bsubir\b|pi[èe]ce jointe|fichiers?\b|t[ée]l[ée]vers|hochlad|anh[äa]ng|dateien?\b|anexo|arquivos?\b|carregar/iu,
  auth: /\blog ?in\b|sign[- ]?in|single sign-on|\bsso\b|iniciar sesi[óo]n|se connecter|connexion|anmeld|einloggen|fazer login|entrar na conta/iu,
  queue: /asynchron|in the background|en segundo plano|en arri[èe]re-plan|im hintergrund|em segundo plano/iu,
  cache: /\bcach/iu,
};

function reliesOn(r: Requirement, d: OpenDecision, common: ReadonlySet<string>): boolean {
  const text = r.text;
  if (
    d.options.some(
      (o) =>
        o.length >= 3 &&
        caseFoldedRegExp(`(?<![\\p{L}\\d])${escapeRegExp(o)}(?![\\p{L}\\d])`, 'iu').test(text),
    )
  )
    return true;
  if (d.concerns.some((c) => NEEDS[c]?.test(text))) return true;
  const technical = d.concerns.some((c) => NEEDS[c]) || d.options.some((o) => technology(o));
  if (technical || r.kind === 'epic') return false;
  // Two distinctive words in common ("sync" and "offline"): one shared word is a coincidence.
  const own = wordsOf(text);
  const shared = [...wordsOf(d.subject)].filter((w) => own.has(w) && !common.has(w));
  return shared.length >= 2;
}

/** Content words of four letters or more, lower-cased, a plural `s` dropped. */
function wordsOf(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
      .map((w) => w.replace(/s$/u, ''))
      .filter((w) => !STOP.has(w)),
  );
}

/** Words more than a few requirements use: they name the product, not one capability. */
function commonWords(requirements: readonly Requirement[]): Set<string> {
  const count = new Map<string, number>();
  for (const r of requirements) for (const w of wordsOf(r.text)) count.set(w, (count.get(w) ?? 0) + 1);
  const limit = Math.max(3, Math.ceil(requirements.length * 0.1));
  return new Set([...count].filter(([, n]) => n > limit).map(([w]) => w));
}

const STOP = new Set(
  [
    'with that this from have will when what they them each than into more such also only must been does were your able like make many most much some very well used using uses time data',
    'para como pero está este esta esos unas unos cada debe sino pour avec dans sont être leur plus tout cette mais oder eine einer einem nicht auch sind wird wenn dass nach über pelo pela mais cada deve essa esse isso',
    'about after again being before between could della every first other their there these those through under until where which while would should shall their which whether approach decide decided option choose need needed needs support system systems application user users customer customer',
    'donde cuando entre sobre todos todas puede deben debe sistema usuario usuarios cliente clientes según quién cuál opción decidir',
    'alors aussi avant après entre leurs selon toute toutes tous doivent système utilisateur utilisateurs client clients quelle option décider',
    'werden wurde können müssen sollen zwischen welche welcher system nutzer benutzer kunde kunden option entscheiden',
    'quando entre sobre todos todas pode devem sistema usuário usuários cliente clientes qual opção decidir',
  ]
    .join(' ')
    .split(' ')
    .map((w) => w.replace(/s$/u, '')),
);

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 120) return flat;
  return `${flat.slice(0, 121).replace(/\s+\S*$/, '')}…`;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .replace(/-$/, '') || 'decision'
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
