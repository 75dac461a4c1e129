import { isBookingEntityWords } from '../knowledge/booking-entity.js';
import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { mentionPattern, words } from '../knowledge/mention.js';
import { documentsNameLanguage } from '../knowledge/name-language.js';
import { isRuleId } from '../knowledge/requirement-ids.js';
import { isUserEntityName } from '../knowledge/user-entity.js';
import type { Domain, Requirement, StoryFact, StoryIntent } from '../model/domain.js';
import { fromSource, type Origin } from '../model/origin.js';
import type { SecurityFact } from '../model/security-facts.js';
import { inflectedMentions, type StatedName } from '../read/inflected-names.js';
import { isModalWord } from '../read/lexicon/index.js';
import { readRule } from '../read/rule-words.js';
import { opensWithLeadIn } from '../read/step-actor-words.js';
import {
  actsOnOwn,
  bookedObject,
  bookingNames,
  bookingRecord,
  boundedByCount,
  changesStatus,
  DASHBOARD,
  declinedLanguage,
  enrolObject,
  groupsBy,
  intentsOf,
  isFirstPerson,
  isStativeVerb,
  markedObject,
  markedState,
  markedVerb,
  navigationTarget,
  nominalAction,
  objectNoun,
  ownClause,
  statusOwner,
  titleOfFigures,
  verbNounEntity,
  whenClause,
  withoutFilterCriteria,
  withoutGrouping,
  withoutQuestionClause,
  withoutTimeReference,
} from '../read/story-words.js';

/**
 * What users do, read from the documents once (derive designs operations from it): user stories
 * ("As a <role>, I want to <action>" and its es/pt/fr/de forms, read by the roles extractor as
 * `persona` facts) and requirements or acceptance criteria that name an actor and what it can do
 * ("Authenticated users can create a task", "El administrador puede crear usuarios", "Le garage peut
 * annuler une mission", "Der Admin kann …", "O paciente pode …"), and flow steps of a stated role. A
 * sentence whose actor is the system itself is behaviour, not a story. Each story carries how its
 * action reads (read/story-words.ts): intents, navigation target, marked state, object noun.
 *
 * Run after the merge, and again by the pipeline on the reconciled Domain (reconcile drops duplicate
 * requirements and legacy entities, the facts overlay adds roles): the stories follow the model.
 */
type Story = Omit<StoryFact, 'intents' | 'target' | 'marked' | 'dashboard' | 'object'> & {
  /** The intent of an action stated as a noun ("Stornierung von Terminen durch den Kunden"). */
  nominal?: StoryIntent;
};

const facts = <K extends SecurityFact['kind']>(domain: Domain, kind: K) =>
  (domain.securityFacts ?? []).filter((f): f is Extract<SecurityFact, { kind: K }> => f.kind === kind);

const MODAL: { re: RegExp; verbLast?: true }[] = [
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
  // de, spec-kit's "MUSS … können": "Mechaniker MÜSSEN den Auftragsstatus ändern können (offen →
  // fertig)", "Der Kunde soll Termine buchen können": the action sits between the modal and `können`.
  {
    re: /^(?:der |die |das |ein |eine |jeder |jede |alle )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:muss|müssen|soll|sollen|sollte|sollten)\s+(\p{L}.{1,160}?)\s+(?:können|dürfen)(?=$|[\s.;,:!(])/iu,
  },
  // de: "Der Admin kann …", "Benutzer können …", "Die Werkstatt darf …"
  {
    re: /^(?:der |die |das |ein |eine |jeder |jede )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:kann|können|darf|dürfen|soll .{1,40} können)\s+(.+)$/iu,
    verbLast: true,
  },
  // nl: "De baancommissaris kan …", "Leden kunnen …", "De trainer moet … kunnen"
  {
    // A passive ("kan … worden gemaakt") says what happens to a record, not what an actor does.
    // Norwegian and Danish write the same "kan": "kan ikke" (cannot) is a prohibition, no story.
    re: /^(?:de |het |een |elke |iedere |alle )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:kan|kunnen|moet .{1,60} kunnen|moeten .{1,60} kunnen)\s+(?!(?:ikke|ikkje)(?!\p{L}))(?!.*(?<!\p{L})(?:worden|zijn)(?!\p{L}))(.+)$/iu,
  },
  // pl: "Wolontariusz może …", "Koordynator adopcji MUSI móc …", "Kandydaci powinni móc …"
  {
    re: /^([\p{L}][\p{L} /'-]{1,50}?)\s+(?:może|mogą|(?:musi|muszą|powinien|powinna|powinni|powinny)\s+móc)\s+(.+)$/iu,
  },
  // cs: "Občan může objednávku zrušit", "Dispečeři mohou …", "Řidič smí …", "Správce musí moci …"
  {
    re: /^([\p{L}][\p{L} /'-]{1,50}?)\s+(?:může|mohou|smí|smějí|(?:musí|mají|má)\s+moci)\s+(.+)$/iu,
  },
  // ru: "Резидент может …", "Владелец сети может …", "Администратор должен иметь возможность …"
  {
    re: /^([\p{L}][\p{L} /'-]{1,50}?)\s+(?:может|могут|сможет|смогут|(?:должен|должна|должны)\s+иметь\s+возможность)\s+(.+)$/iu,
  },
  // it: "Il proprietario può …", "Gli utenti possono …", "L'amministratore potrà …"
  {
    re: /^(?:il |lo |la |l'|l’|i |gli |le |un |uno |una |ogni |ciascun[oa]? )?([\p{L}][\p{L} /'’-]{1,50}?)\s+(?:può|possono|potrà|potranno|deve poter|devono poter|riesce a|riescono a)\s+(.+)$/iu,
  },
];

/**
 * Italian requirements state what an actor does in the present tense, without a modal ("Il
 * veterinario registra l'esito", "La segreteria emette la fattura"): only with an article before the
 * actor and one of these verbs after it, each read as its infinitive (what the story verbs list).
 */
const IT_PRESENT: Record<string, string> = {
  registra: 'registrare',
  registrano: 'registrare',
  emette: 'emettere',
  emettono: 'emettere',
  crea: 'creare',
  creano: 'creare',
  inserisce: 'inserire',
  inseriscono: 'inserire',
  prenota: 'prenotare',
  prenotano: 'prenotare',
  modifica: 'modificare',
  modificano: 'modificare',
  aggiorna: 'aggiornare',
  aggiornano: 'aggiornare',
  sposta: 'spostare',
  spostano: 'spostare',
  annulla: 'annullare',
  annullano: 'annullare',
  cancella: 'cancellare',
  elimina: 'eliminare',
  eliminano: 'eliminare',
  chiude: 'chiudere',
  chiudono: 'chiudere',
  scarica: 'scaricare',
  scaricano: 'scaricare',
  vede: 'vedere',
  vedono: 'vedere',
  visualizza: 'visualizzare',
  consulta: 'consultare',
  consultano: 'consultare',
  cerca: 'cercare',
  cercano: 'cercare',
  gestisce: 'gestire',
  gestiscono: 'gestire',
  esporta: 'esportare',
  approva: 'approvare',
  approvano: 'approvare',
  conferma: 'confermare',
  confermano: 'confermare',
};
const IT_PRESENT_SENTENCE = caseFoldedRegExp(
  `^(?:il |lo |la |l'|l’|i |gli |le )([\\p{L}][\\p{L} '’-]{1,40}?)\\s+(${Object.keys(IT_PRESENT).join('|')})\\s+(.+)$`,
  'iu',
);

/** Actors that are the product itself: their sentences state behaviour, not what a person does. */
const SYSTEM =
  /^(the )?(system|platform|app|application|api|backend|server|service|bot|chatbot|sistema|plataforma|aplicación|aplicação|système|plateforme|application|anwendung|plattform|piattaforma|applicazione|system|it|this|which|that|who|one|there|nothing|no one|nobody|data|we)$/i;

/**
 * The system letting an actor act, the usual requirement of a PRD ("The system shall allow customers
 * to create orders", "El sistema debe permitir al cliente crear pedidos", "O sistema deve permitir ao
 * responsável criar pedidos", "Le système doit permettre au client de créer des commandes", "Il
 * sistema deve consentire al cliente di creare ordini"): the actor and the action in the infinitive.
 */
const ALLOWS: RegExp[] = [
  /^(?:the )?(?:system|platform|app|application|api|service)\s+(?:shall|must|should|will)\s+(?:allow|enable|let|permit)\s+(?:the |an? |all |each |every )?([\p{L}][\p{L} /'-]{1,50}?)\s+(?:to\s+)?(?:be able to\s+)?(\p{L}.+)$/iu,
  /^(?:el |la )?(?:sistema|plataforma|aplicación)\s+(?:debe|deberá|tiene que)\s+permitir\s+(?:a |al |a la |a los |a las )([\p{L}][\p{L} /'-]{1,50}?)\s+(\p{L}+(?:ar|er|ir)(?:se)?(?!\p{L}).*)$/iu,
  /^(?:o |a )?(?:sistema|plataforma|aplicação)\s+(?:deve|deverá|precisa)\s+permitir\s+(?:a |ao |à |aos |às )([\p{L}][\p{L} /'-]{1,50}?)\s+(\p{L}+(?:ar|er|ir)(?:-se)?(?!\p{L}).*)$/iu,
  // "permitir que el cliente cree pedidos", "permitir que o responsável crie pedidos": the verb in the subjunctive.
  /^(?:el |la |o |a )?(?:sistema|plataforma|aplicación|aplicação)\s+(?:debe|deberá|tiene que|deve|deverá|precisa)\s+permitir\s+que\s+(?:el |la |los |las |o |a |os |as )([\p{L}][\p{L} /'-]{1,50}?)\s+(\p{L}+[ae]m?(?!\p{L}).*)$/iu,
  /^(?:le |la |l['’])?(?:système|plateforme|application)\s+(?:doit|devra)\s+permettre\s+(?:au |à la |à l['’]|aux |à )([\p{L}][\p{L} /'’-]{1,50}?)\s+d(?:e\s+|['’])(\p{L}.+)$/iu,
  /^(?:il |la |l['’])?(?:sistema|piattaforma|applicazione)\s+(?:deve|dovrà)\s+(?:consentire|permettere)\s+(?:al |alla |ai |alle |agli |all['’]|a )([\p{L}][\p{L} /'’-]{1,50}?)\s+di\s+(\p{L}.+)$/iu,
];

/** The actor of a capability sentence, or null (too long, a system, a pronoun). */
export function capability(text: string): { actor: string; action: string } | null {
  const t = text
    .replace(
      /^\s*(?:[-*+]\s+)?(?:\*\*)?\s*[A-Z]{1,5}[-_]?\d+(?:\.\d+)*\s*[:.)-]?\s*(?:\*\*)?\s*[:–—-]?\s*/u,
      '',
    )
    .replace(/\*\*/g, '')
    .trim();
  for (const re of ALLOWS) {
    const m = re.exec(t);
    // "allow exports to be scheduled" is passive: no actor acts.
    if (!m || SYSTEM.test(m[1]!.trim()) || m[1]!.trim().split(/\s+/).length > 5 || PASSIVE.test(m[2]!))
      continue;
    return { actor: m[1]!.trim(), action: m[2]!.trim() };
  }
  for (const { re, verbLast } of MODAL) {
    const m = re.exec(t);
    if (!m) continue;
    const actor = m[1]!.trim();
    const action = m[2]!.trim();
    // "Ich darf höchstens 3 Vormerkungen haben" (an acceptance criterion): "I" is the story's own
    // persona, no actor of a capability of its own.
    if (isFirstPerson(actor)) return null;
    // German puts the verb last: "… höchstens 3 Vormerkungen haben" is what a record may hold.
    if (verbLast && isStativeVerb(action.split(/[;,.]/u)[0]!.trim().split(/\s+/u).pop() ?? '')) return null;
    // "Tests can be added…" is passive: it states what happens to a thing, not who does it.
    if (SYSTEM.test(actor) || actor.split(/\s+/).length > 5 || PASSIVE.test(action)) return null;
    // "A resident can have at most 3 bookings": what a record may hold is a rule, not an action.
    if (isStativeVerb(action.split(/\s+/)[0] ?? '')) return null;
    // "A household may lease at most one plot": a limit on the act, a rule (derive/rules carries it).
    if (boundedByCount(action)) return null;
    // "El administrador no puede …", "O recepcionista não pode …", "Le bénévole ne peut pas …", "Il
    // volontario non può …": the negation stands before the modal, at the end of the actor's words.
    // What a role may not do is no story: it grants nothing (derive/security/grants.ts refuses it).
    if (/(?<!\p{L})(?:no|não|nao|non|ne|n['’]|nunca|jamais|mai|never|nie|не|никогда)$/iu.test(actor))
      return null;
    // "Two appointments can never overlap": a constraint on things, not an actor's action.
    if (
      /^(?:\d+|two|three|no|dos|tres|deux|trois|zwei|drei|duas|dois)\b/i.test(actor) ||
      /^(?:never|not|only|nunca|jamais|nie|niemals|nicht|keine?[nrs]?|no|não|pas|mai|non|solo)(?!\p{L})/iu.test(
        action,
      ) ||
      // "Rechnungen DÜRFEN NICHT gelöscht werden", "must not be deleted": a prohibition on things.
      /^(?:nicht|not|no|não|pas)\s+(?:\p{L}+\s+){0,2}(?:werden|be|ser|être)\b/iu.test(action)
    )
      return null;
    return { actor, action };
  }
  // Only in Italian documents: Spanish writes some of these forms too ("crea", "cerca de").
  const it = documentsNameLanguage() === 'it' ? IT_PRESENT_SENTENCE.exec(t) : null;
  if (it && !SYSTEM.test(it[1]!.trim()) && it[1]!.trim().split(/\s+/).length <= 3)
    return { actor: it[1]!.trim(), action: `${IT_PRESENT[it[2]!.toLowerCase()]} ${it[3]!.trim()}` };
  return null;
}

/** An actor phrase closed by "and" (en, es, pt, fr, de, it, nl, nb/da, sv, pl, cs): a first predicate before it. */
const COORDINATED_SUBJECT = /^(.+?)\s+(?:and|y|e|et|und|en|og|och|i|a|oraz)$/iu;

/** Clause boundaries inside one criterion (a semicolon, or a sentence end). */
const CLAUSE = /;\s+|\.\s+(?=\p{Lu})/u;
/** An actor that names no role: the user of the story the criterion belongs to. */
const GENERIC_ACTOR =
  /^(?:the |a |any )?(?:users?|usuarios?|utilisateurs?|utilisatrices?|benutzer(?:in)?|nutzer(?:in)?|anwender(?:in)?|usuários?|utilizadores?)$/iu;

const QUOTED_TEXT = /"(?:[^"\s]+\s+){4,}[^"]*"|“(?:[^”\s]+\s+){4,}[^”]*”|«(?:[^»\s]+\s+){4,}[^»]*»/gu;
/** A file a criterion says the user gets: a format and a print, download or export word (en, es, pt, fr, de). */
const FILE_FORMAT = /(?:^|[^\p{L}])(?:pdfs?|csv|excel|xlsx|zip)(?=$|[^\p{L}])/iu;
const DELIVERED =
  /(?:^|[^\p{L}])(?:print\w*|reprint\w*|download\w*|export\w*|imprim\w*|descarg\w*|t[ée]l[ée]charg\w*|herunterlad\w*|druck\w*|ausdruck\w*|baix\w*)/iu;

const PASSIVE = /^(?:be|être|ser|sein|werden|estar|essere|venire)\b|^(?:only )?be\b/i;

const functional = (r: Requirement) => r.kind !== 'non-functional';

/**
 * Whether a story belongs to the requirement: its id, in the requirement's own file. Two feature
 * specs may number their requirements alike (Kiro: "Exigence 3" in each `requirements.md`); the
 * story of one is not the other's.
 */
const ofRequirement = (s: Story, r: Requirement) =>
  s.requirements[0] === r.id &&
  (s.origin.kind !== 'source' || r.origin.kind !== 'source' || s.origin.file === r.origin.file);

/** Every story of the documents, once per (actor, action, line). */
function storiesOf(domain: Domain): Story[] {
  const out: Story[] = [];
  const seen = new Set<string>();
  const reqs = domain.requirements.filter(functional);
  const owner = (o: Origin): Requirement | undefined =>
    o.kind === 'source'
      ? reqs.find(
          (r) =>
            r.origin.kind === 'source' &&
            r.origin.file === o.file &&
            r.origin.line <= o.line &&
            (r.endLine ?? r.origin.line) >= o.line,
        )
      : undefined;
  const add = (s: Omit<Story, 'id' | 'requirements'>, req: Requirement | undefined, part = '') => {
    if (req?.title && s.title === undefined) s = { ...s, title: req.title };
    const at = s.origin.kind === 'source' ? `${s.origin.file}:${s.origin.line}` : s.action;
    // One line may hold several stories only when a step coordinates several verbs (`part`).
    const key = `${at}|${s.actor.toLowerCase()}|${part}`;
    if (seen.has(key)) return;
    seen.add(key);
    const id =
      req?.id ??
      `story@${s.origin.kind === 'source' ? `${base(s.origin.file)}:${s.origin.line}` : out.length + 1}`;
    out.push({ ...s, id, requirements: req ? [req.id] : [] });
  };
  // Requirements whose own body holds a story ("### História 2 — Consumidor paga com Pix" over "Como
  // consumidor, quero pagar …"): the title summarises that story, it is not a second one.
  const told = new Set<Requirement>();
  for (const p of facts(domain, 'persona')) {
    const req = owner(p.origin);
    if (req) told.add(req);
    // "zatwierdzić lub odrzucić wniosek oraz umówić wizytę przedadopcyjną": coordinated verbs that
    // act on different records are one story each, so each verb maps onto its own record.
    const parts = recordParts(clean(p.want), domain);
    for (const [i, action] of parts.entries())
      add({ actor: p.phrase, action, origin: p.origin }, req, parts.length > 1 ? `${i}` : '');
  }
  for (const r of reqs) {
    // A requirement that opens with a story was read above through its persona fact.
    const c = told.has(r) ? null : capability(r.title ?? r.text);
    // "Kasserer ser alle innbetalinger og kan eksportere dem som CSV", "The cashier sees all payments
    // and can export them": two predicates share the subject. The actor is the stated role that opens
    // it, and the first predicate says what "dem", "them" stand for.
    const shared = c ? COORDINATED_SUBJECT.exec(c.actor) : null;
    const opener = shared ? actorOf(shared[1]!, domain) : null;
    if (c && shared && opener) {
      const first = shared[1]!
        .trim()
        .slice(shared[1]!.trim().toLowerCase().indexOf(opener.toLowerCase()) + opener.length)
        .trim();
      add({ actor: opener, action: clean(c.action), context: first, origin: r.origin }, r);
    } else if (c) add({ actor: c.actor, action: clean(c.action), origin: r.origin }, r);
    // A business rule the system enforces by a job ("ÜSZ-10 Az ügyfél személyes adatait 3 év
    // inaktivitás után anonimizáljuk": we anonymise the customer's data) is no work its subject does.
    else if (!told.has(r) && !(isRuleId(r.id) && readRule(r.title ?? r.text).enforcement === 'job')) {
      // "A receptionist checks a patient in on arrival": a role in the present tense.
      const said = stripId((r.title ?? r.text).replace(/\*\*/g, '').trim());
      const m = FLOW_STEP.exec(said);
      if (m && isRole(m[1]!.trim(), domain) && !isStativeVerb(m[2]!))
        add({ actor: m[1]!.trim(), action: clean(`${baseForm(m[2]!)} ${m[3]!}`), origin: r.origin }, r);
      else {
        // "El paciente crea una cita", "o cliente cria reservas", "le client crée une commande",
        // "der Kunde legt einen Termin an": a stated role, its verb in the present tense. Only a
        // verb the lexicons read makes a story; any other sentence of a role is behaviour.
        const any = FLOW_STEP_ANY.exec(said);
        const actor = any?.[1]?.trim();
        // The verb is written in lower case ("Admin Dashboard" is a title, not a sentence).
        const nominal = nominalAction(said);
        if (any && actor && /^\p{Ll}/u.test(any[2]!) && any[3]!.trim() && namesRole(actor, domain)) {
          const action = clean(presentAsInfinitive(any[2]!, any[3]!));
          if (intentsOf(action).length > 0) add({ actor, action, origin: r.origin }, r);
        } else if (nominal && namesRole(nominal.actor, domain)) {
          // The action as written, its intent read from the noun.
          const action = clean(said.slice(0, said.indexOf(nominal.object) + nominal.object.length));
          add({ actor: nominal.actor, action, nominal: nominal.intent, origin: r.origin }, r);
        }
      }
    }
    for (const ac of r.acceptanceCriteria ?? []) {
      if (ac.origin.kind !== 'source') continue;
      // A criterion of several clauses states its capability in one of them: "Selecting a patient
      // auto-fills all demographics; user can edit if needed".
      // A quoted message ("Dear [Patient Name], … Download your report: [PDF link]") is text the
      // product sends, not what the user does; a quoted button label ("Download PDF") stays.
      const clauses = ac.text
        .replace(QUOTED_TEXT, ' ')
        .split(CLAUSE)
        .filter((c) => c.trim().length > 0);
      const story = out.find((o) => ofRequirement(o, r) && !o.context);
      const fileStated = out.some((o) => ofRequirement(o, r) && o.context && o.file);
      const file =
        story && !fileStated ? clauses.find((c) => FILE_FORMAT.test(c) && DELIVERED.test(c)) : undefined;
      const capable = clauses.some((c) => capability(c) !== null);
      if (file && story && !capable) {
        // "Printable and downloadable as PDF" under a front-desk story about invoices: that user
        // downloads the story's record as a file (rule derive/operation-from-story).
        add(
          {
            actor: story.actor,
            action: clean(file),
            context: story.action,
            file: true,
            origin: fromSource(ac.origin.file, ac.origin.line, ac.text.slice(0, 160)),
          },
          r,
        );
        continue;
      }
      // EARS (Kiro): "WHEN a patient cancels an appointment THE SYSTEM SHALL release the slot": the
      // trigger names a stated role and what it does; the system's response is behaviour.
      const trigger = capable ? null : earsTrigger(ac.text);
      const step = trigger ? FLOW_STEP.exec(capitalise(trigger)) : null;
      if (step && isRole(step[1]!.trim(), domain) && !isStativeVerb(step[2]!)) {
        add(
          {
            actor: step[1]!.trim(),
            action: clean(`${baseForm(step[2]!)} ${step[3]!}`),
            origin: fromSource(ac.origin.file, ac.origin.line, ac.text.slice(0, 160)),
          },
          r,
        );
        continue;
      }
      for (const clause of clauses) {
        const a = capability(clause);
        if (!a) continue;
        // "user can edit" inside a front-desk story is that story's user.
        const rest = clauses.filter((c) => c !== clause).join('; ');
        add(
          {
            actor: story && GENERIC_ACTOR.test(a.actor.trim()) ? story.actor : a.actor,
            action: clean(a.action),
            context: [rest, story?.action ?? r.title ?? ''].filter(Boolean).join('; '),
            origin: fromSource(ac.origin.file, ac.origin.line, ac.text.slice(0, 160)),
          },
          r,
        );
        break;
      }
    }
  }
  // UX-flow steps that name a declared role: "The receptionist searches the patient by name".
  for (const f of domain.flows) {
    // The text of the flow's step before, which shows what a filter step filters.
    let shown: string | undefined;
    for (const step of f.steps) {
      const text = step.text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
      // "the patient pays by card (Stripe payment sheet)": done at the provider the step names;
      // the flow draws that call, and no operation of this API is asked for.
      if (atProvider(text, domain)) continue;
      // "On arrival, the receptionist clicks the appointment and presses "Check in"": the button
      // pressed is the action, the record the step names is what it acts on (en, es, fr, de, pt).
      const pressed = PRESS.exec(text);
      const presser = pressed ? actorOf(text.slice(0, pressed.index), domain) : null;
      if (pressed && presser) {
        add(
          {
            actor: presser,
            action: pressed.slice(1).find(Boolean)!.trim(),
            context: text,
            origin: step.origin,
          },
          owner(step.origin),
        );
        continue;
      }
      const bare = text.replace(STEP_LEAD_IN, '');
      const en = FLOW_STEP.exec(bare) ?? (bare !== text ? FLOW_STEP.exec(capitalise(bare)) : null);
      const m = en && isRole(en[1]!.trim(), domain) ? en : FLOW_STEP_ANY.exec(bare);
      if (!m) continue;
      const actor = m[1]!.trim();
      // "For hver påmeldt forelder krysses det av": the role is in the lead-in, the step impersonal.
      if (!isRole(actor, domain) || opensWithLeadIn(actor)) continue;
      // "reviews and approves the order", "registra y confirma la cita": one story per verb, each
      // verb in the form the verb lexicons read (a step narrates: "confirms", "confirma", "storniert").
      const normal = (part: string) => {
        const [first, ...rest] = part.split(/\s+/);
        return [m === en ? baseForm(first!) : infinitive(first!), ...rest].join(' ');
      };
      const whole = clean(`${m[2]!} ${m[3]!}`);
      // A part that names no record and no screen ("picks a month") is a detail of its sibling
      // ("opens "Reports" and picks a month"), not a story of its own: such a step stays whole.
      // "filters by teacher or week and picks a course": the criteria name no record of their own.
      const names = (part: string) =>
        /["“«„]/.test(part) ||
        domain.entities.some((e) => mentionPattern(e.name).test(withoutFilterCriteria(part))) ||
        routeWords(domain).some((w) =>
          part
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .includes(w),
        );
      const parts = eachVerb(whole, (part) => intentsOf(normal(part)).length > 0 && names(part));
      for (const part of parts) {
        const action = normal(part);
        // "Student filters by teacher or week.": the list filtered is the one the step before shows.
        const filtered = withoutFilterCriteria(action) !== action;
        const bare =
          filtered &&
          !domain.entities.some((e) => mentionPattern(e.name).test(withoutFilterCriteria(action)));
        add(
          { actor, action, ...(bare && shown ? { context: shown } : {}), origin: step.origin },
          owner(step.origin),
          parts.length > 1 ? action : '',
        );
      }
      shown = text;
    }
  }
  return out;
}

function atProvider(text: string, domain: Domain): boolean {
  const t = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return domain.integrations.some((i) => {
    const name = i.name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    return name.length > 2 && t.includes(` ${name} `);
  });
}

/** A lead-in before a step's subject: "On arrival, ", "If a deposit is required, ", "From "My appointments", ". */
const STEP_LEAD_IN =
  /^(?:\d+[.)]\s*)?(?:on|from|for|after|before|then|finally|when|if|once|in|at)\b[^,]{0,40},\s+/i;
const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * A button pressed in a flow step, its label quoted: "presses "Check in"", "pulsa «Reservar»",
 * "clique sur « Réserver »", "klickt auf 'Einchecken'", "clica em "Reservar"".
 */
const PRESS =
  /(?:^|[^\p{L}])(?:press(?:es)?|clicks?(?: on)?|taps?(?: on)?|hits|pulsa(?: en)?|presiona|hace clic en|toca|clique(?: sur)?|appuie sur|tape sur|klickt(?: auf)?|drückt(?: auf)?|tippt(?: auf)?|clica(?: em| no| na)?|pressiona|carrega em)\s+(?:(?:the|el|la|le|den|die|das|o|a)\s+)?(?:(?:button|botón|bouton|schaltfläche|botão)\s+)?(?:"([^"]{2,40})"|“([^”]{2,40})”|«\s*([^»]{2,40}?)\s*»|'([^']{2,40})'|‘([^’]{2,40})’|„([^“”]{2,40})[“”])/iu;
const STEP_ARTICLE =
  /^(?:the|a|an|el|la|los|las|un|una|le|les|l['’]|une|der|die|das|ein|eine|o|os|as|um|uma)\s+|^l['’]/iu;

/** The role that opens the text (after a lead-in and an article), its longest stated label. */
function actorOf(head: string, domain: Domain): string | null {
  const t = head.replace(/\*\*/g, '').trim().replace(STEP_LEAD_IN, '');
  for (const start of [t, t.replace(LEAD_IN_ANY, '')]) {
    const ws = start.replace(STEP_ARTICLE, '').split(/\s+/).filter(Boolean);
    for (let n = Math.min(4, ws.length); n >= 1; n--) {
      const actor = ws
        .slice(0, n)
        .join(' ')
        .replace(/[,:;]+$/, '');
      if (isRole(actor, domain)) return actor;
    }
  }
  return null;
}

/** Lead-ins of es, fr, de, pt ("Al llegar, ", "À l'arrivée, ", "Bei Ankunft ", "Na chegada, "). */
const LEAD_IN_ANY = /^[^,]{1,40},\s+/u;

const FLOW_STEP =
  /^(?:\d+[.)]\s*)?(?:on \w+, |then |finally, )?(?:[Tt]he |[Aa]n? |[Oo]n \w+, [Tt]he )?([\p{L}][\p{L} -]{1,30}?)\s+(\p{Ll}+s)(?!\p{L})\s*(.*)$/u;

/**
 * A step in es, pt, fr or de: a stated role (with its article), then its verb and the rest. The verb
 * ends where the letters end (`\b` is ASCII: it split "ödünç" before its ç).
 */
const FLOW_STEP_ANY =
  /^(?:\d+[.)]\s*)?(?:el |la |los |las |o |a |os |as |le |les |l['’]|der |die |das )?([\p{L}][\p{L} -]{1,30}?)\s+(\p{Ll}+)(?!\p{L})\s*(.*)$/iu;

const COORDINATOR = /\s+(?:and|y|e|et|und|oraz|и|a także|а также)\s+/iu;

/**
 * A story's coordinated verb phrases when each asks for something the verb lexicons read and they
 * name different records of the model (by name, or by a stated name written inflected), else the
 * action whole: "approve or reject applications and schedule home visits" is two stories, "review
 * and approve the order" one.
 */
function recordParts(action: string, domain: Domain): string[] {
  const parts = eachVerb(action, (part) => intentsOf(part).length > 0);
  if (parts.length < 2) return [action];
  const stated: StatedName[] = domain.entities.flatMap((e) =>
    (e.aliases ?? []).map((a) => ({ entity: e.name, name: a.name })),
  );
  const records = parts.map((part) => {
    const named = domain.entities
      .map((e) => ({ e: e.name, at: mentionPattern(e.name).exec(part)?.index ?? -1 }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.e;
    return named ?? inflectedMentions(part, stated)[0];
  });
  return records.every((r) => r !== undefined) && new Set(records).size === parts.length ? parts : [action];
}
const DETERMINER =
  /^(?:the|a|an|his|her|their|its|my|el|la|los|las|un|una|su|sus|o|a|os|as|um|uma|seu|sua|le|la|les|un|une|son|sa|ses|der|die|das|ein|eine|sein|seine|ihr|ihre)$/iu;

/**
 * The verbs a step coordinates, each with its object: "review and approve the order" → review the
 * order, approve the order; "search the patient and book an appointment" → both as written. A
 * coordinated object ("patients and their doctors") is one action.
 */
export function eachVerb(action: string, isAction: (part: string) => boolean = () => true): string[] {
  // A coordinator inside brackets or quotes ("(name, duration and price are shown)") splits nothing.
  const HIDDEN = '\u0000';
  const masked = action.replace(/\([^)]*\)|"[^"]*"|“[^”]*”|«[^»]*»/g, (m) => m.replace(/ /g, HIDDEN));
  const parts = masked.split(COORDINATOR).map((p) => p.replaceAll(HIDDEN, ' '));
  if (parts.length < 2 || parts.length > 4) return [action];
  const last = parts[parts.length - 1]!.trim().split(/\s+/);
  const object = last.slice(1).join(' ');
  const firstWord = (p: string) => p.trim().split(/\s+/)[0] ?? '';
  // Every part after the first must start with a verb-like word, not a determiner or a bare noun list.
  if (parts.slice(1).some((p) => DETERMINER.test(firstWord(p)) || p.trim().split(/\s+/).length < 2))
    return [action];
  const out = parts.map((p) => {
    const words = p.trim().split(/\s+/);
    // A bare verb ("review" in "review and approve the order") takes the last verb's object.
    return words.length === 1 && object ? `${words[0]} ${object}` : p.trim();
  });
  // Split only where every part asks for something the verb lexicons read; else the step is one story.
  return out.every(isAction) ? out : [action];
}

/**
 * A narrated verb in es, pt, fr or de as its infinitive, when the verb lexicons know that infinitive
 * (`confirma` → `confirmar`, `confirme` → `confirmer`, `storniert` → `stornieren`); else as written.
 */
function infinitive(verb: string): string {
  // A modal of another language is no verb to complete ("voi" + r is French "voir").
  if (isModalWord(verb)) return verb;
  const candidates = [
    // Only a vowel takes -r to an infinitive (`confirma` → `confirmar`); English `export` never does.
    /[aeiouáéíóú]$/i.test(verb) ? `${verb}r` : verb,
    verb.replace(/e$/, 'er'),
    verb.replace(/e$/, 'ir'),
    verb.replace(/a$/, 'ar'),
    verb.replace(/e?t$/, 'en'),
    // Italian: `paga` → `pagare`, `scarica` → `scaricare`, `vede` → `vedere`, `apre` → `aprire`.
    verb.replace(/a$/, 'are'),
    verb.replace(/e$/, 'ere'),
    verb.replace(/e$/, 'ire'),
  ];
  return candidates.find((c) => c !== verb && intentsOf(c).length > 0) ?? verb;
}

/** A requirement's id before its sentence (`FR-03: `, `**RF-2** `). */
const stripId = (t: string) =>
  t.replace(/^\s*(?:[-*+]\s+)?[A-Z]{1,5}[-_]?\d+(?:\.\d+)*\s*[:.)–—-]?\s*/u, '').trim();

/** A German separable verb's particle, left at the end of its clause ("legt einen Termin an"). */
const PARTICLE = /\s+(an|ab|auf|aus|ein|fest|frei|hinzu|nach|um|vor|weg|zu|zurück)$/iu;

/**
 * A verb in the present tense with what follows it, as the infinitive phrase the verb lexicons read:
 * `cria reservas` → `criar reservas`, `crée une commande` → `créer une commande`, `crean citas` →
 * `crear citas`, `legt einen Termin an` → `anlegen einen Termin`; else as written.
 */
export function presentAsInfinitive(verb: string, rest: string): string {
  const tail = rest.replace(/[.;:!]+\s*$/, '').trim();
  // The particle closes the verb's own clause: "legen Termine an und exportieren sie".
  const clause = /^(.*?)(?=\s+(?:und|oder)\s+|,|$)/u.exec(tail)![1]!;
  const particle = PARTICLE.exec(clause);
  if (particle) {
    const stem = verb.toLowerCase().replace(/(?:e?t|en)$/, '');
    const separable = `${particle[1]!.toLowerCase()}${stem}en`;
    if (intentsOf(separable).length > 0)
      return `${separable} ${clause.slice(0, particle.index)}${tail.slice(clause.length)}`.trim();
  }
  const plural = [verb.replace(/an$/, 'ar'), verb.replace(/am$/, 'ar'), verb.replace(/ent$/, 'er')];
  const base = infinitive(verb);
  const inf = base !== verb ? base : (plural.find((c) => c !== verb && intentsOf(c).length > 0) ?? verb);
  return `${inf} ${tail}`.trim();
}

/** `searches` → `search`, `picks` → `pick`, `copies` → `copy` (English third person only). */
/**
 * The trigger of an EARS requirement ("WHEN a patient cancels an appointment[,] [THEN] THE SYSTEM
 * SHALL …", "WHILE …", "IF … THEN …"), or null: what happens before the system responds.
 */
const EARS =
  /^\s*(?:WHEN|WHILE|IF|AFTER|ONCE)\s+(.+?)\s*,?\s+(?:THEN\s+)?THE\s+(?:SYSTEM|[\p{L} -]{1,30}?)\s+SHALL\b/u;
export function earsTrigger(text: string): string | null {
  return EARS.exec(text.replace(/\*\*/g, ''))?.[1] ?? null;
}

function baseForm(verb: string): string {
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(ch|sh|ss|x|z)es$/.test(verb)) return verb.slice(0, -2);
  return verb.replace(/s$/, '');
}

function isRole(actor: string, domain: Domain): boolean {
  const a = actor.toLowerCase();
  return domain.roles.some((r) => {
    const label = r.label.toLowerCase();
    return label === a || r.name === a.replace(/[\s-]+/g, '_') || a.endsWith(label) || label.endsWith(a);
  });
}

/**
 * A subject that is a stated role by its whole name, singular or plural ("el recepcionista", "los
 * recepcionistas", "die Kunden"): stricter than isRole, since a present-tense sentence of any subject
 * ("An appointment not checked in …") must not be read as a role's action.
 */
function namesRole(actor: string, domain: Domain): boolean {
  const a = actor.toLowerCase().trim();
  const forms = [a, ...[/s$/, /es$/, /n$/].filter((p) => p.test(a)).map((p) => a.replace(p, ''))];
  return domain.roles.some((r) => {
    const label = r.label.toLowerCase();
    return forms.some((f) => f.length >= 3 && (f === label || f.replace(/[\s-]+/g, '_') === r.name));
  });
}

const base = (file: string) => file.split('/').pop() ?? file;
const clean = (s: string) =>
  s
    // nb "ønsker jeg å eksportere …", da "ønsker jeg at eksportere …": the infinitive marker.
    .replace(/^\s*(?:to|de|à|zu|a|å|at|να)\s+/i, '')
    .replace(
      /\s*,?\s*(?:so that|para que|afin de|pour que|damit|de modo que|de forma que|pour pouvoir|così da|così che|in modo da|in modo che|affinché|zodat|opdat|om te kunnen|slik at|så at|for å kunne|for at kunne|чтобы|(?<!\p{L})aby|(?<!\p{L})abych(?:om)?|(?<!\p{L})abys(?:te)?|(?<!\p{L})żeby|(?<=,\s*)(?:để|nhằm|agar|supaya|sehingga)|(?<=,\s*)để cho|ώστε|προκειμένου να|(?<=,\s*)για να|(?<=,\s*)(?:щоб|аби)|(?<=,\s*)jotta)(?![\p{L}]).*$/iu,
      '',
    )
    // zh "，以便…", "，从而…": the purpose, after a comma of either width.
    .replace(/\s*[，,]\s*(?:以便|从而|这样)\S*.*$/u, '')
    .replace(/[.;:]+$/, '')
    .trim();

/** The resource words of the stated routes (`/api/v1/slots` → `slots`), once per domain. */
const routeWordCache = new WeakMap<Domain, string[]>();
function routeWords(domain: Domain): string[] {
  let words = routeWordCache.get(domain);
  if (!words) {
    words = [
      ...new Set(
        domain.statedEndpoints.flatMap((e) =>
          e.path
            .split('/')
            .filter((x) => x.length >= 4 && !x.startsWith('{') && !/^(?:api|v\d+)$/.test(x))
            .map((x) => x.toLowerCase()),
        ),
      ),
    ];
    routeWordCache.set(domain, words);
  }
  return words;
}

/** Every story of the documents, with how its action reads. */
/** The record a status change names in a German compound ("Auftragsstatus" → `Auftrag`), or null. */
function statusTarget(action: string): string | null {
  if (!changesStatus(action)) return null;
  const owner = statusOwner(action);
  return owner ? `${owner} ${action}` : null;
}

/**
 * "register for a course" where an `Enrollment` records who takes which course: the record of that
 * participation is what the story makes, not an account. The object the verb registers for (read in
 * read/story-words.ts) is an entity of the model, not the user's account, and exactly one other entity
 * points at it and at a person: the user entity, or the entity the story's actor names (`Signup` with
 * `shift_id` and `volunteer_id` for "As a volunteer, I want to sign up for a shift"). Null otherwise:
 * "register", "create an account" and "sign up for an account" stay the account's registration.
 */
export function participationOf(
  action: string,
  actor: string,
  domain: Domain,
  bookingFallback = false,
): string | null {
  const enrolled = enrolObject(ownClause(action));
  const booked = enrolled ? null : bookedObject(ownClause(action));
  const object = enrolled ?? booked;
  if (!object) return null;
  const named = (text: string) => (e: Domain['entities'][number]) => mentionPattern(e.name).test(text);
  const ofName = (name: string) =>
    domain.entities.find((e) => e.name === name || e.table === name || e.writtenAs === name);
  // The first record the object names ("a shift that has free places"), unless it is the account.
  const first = domain.entities
    .map((e) => ({ e, at: mentionPattern(e.name).exec(object)?.index ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at || b.e.name.length - a.e.name.length)[0]?.e;
  if (!first || isUserEntityName(first.name) || isUserEntityName(first.table ?? '')) return null;
  const thing = first;
  // The person is the account, the actor's own record, or the one the booking is made for ("book a
  // desk for a resident": a manager books on a resident's behalf).
  const person = (e: Domain['entities'][number] | undefined) =>
    e !== undefined && e !== thing && (isUserEntityName(e.name) || named(actor)(e) || named(object)(e));
  // A foreign key as declared, or as its name says (`ShiftID`, `volunteer_id`) where the notation
  // declares none (gorm's conventions, derive's FK reading).
  const targetsOf = (p: Domain['entities'][number]) =>
    p.fields.flatMap((f) => {
      if (f.references) return [ofName(f.references.entity)];
      const m = /^(.+?)_?id$/i.exec(f.name);
      const key = m?.[1]?.replace(/_/g, '').toLowerCase();
      return key ? [domain.entities.find((e) => e.name.toLowerCase() === key)] : [];
    });
  // "book an appointment": a record that names its person is the booking itself (created as it is);
  // a slot, a session or a class names nobody, and booking it makes the record that joins the two.
  if (booked && targetsOf(thing).some(person)) return null;
  const records = domain.entities.filter((p) => {
    if (p === thing) return false;
    const targets = targetsOf(p);
    return targets.includes(thing) && targets.some((t) => t !== p && person(t));
  });
  if (records.length === 1) return records[0]!.name;
  if (!bookingFallback) return null;
  // A persona's "Books nights on a berth" where reservations, contracts and incidents all join a
  // user to a berth: the one of them that is the model's booking record. (A story keeps its other
  // intents through the booking-record reading instead: "reserve and pay a berth".)
  const bookings = records.filter((p) => isBookingEntityWords(words(p.name)));
  return bookings.length === 1 ? bookings[0]!.name : null;
}

/**
 * "Monthly dashboard: see hours per site, fill rate and no-show rate for a month": a story whose title
 * names a dashboard or a report, that only views or searches, and whose action and title name no record
 * of the model (the site is what the hours are grouped by; `hours` is a measured quantity, not the
 * `HourRecord` list) reads the figures of that screen: the dashboard or report, not a list.
 */
function figuresRead(
  title: string | undefined,
  action: string,
  read: StoryIntent[],
  entityNames: readonly string[],
): StoryIntent[] | null {
  const kind = titleOfFigures(title);
  if (!kind || read.length === 0 || !read.every((i) => i.kind === 'view' || i.kind === 'search')) return null;
  return namesRecord(action, entityNames) || namesRecord(title!, entityNames) ? null : [{ kind }];
}

/** Whether the text names an entity by its whole name, other than as what figures are grouped by. */
function namesRecord(text: string, entityNames: readonly string[]): boolean {
  for (const n of entityNames) {
    const re = new RegExp(mentionPattern(n).source, `${mentionPattern(n).flags.replace('g', '')}g`);
    for (const m of text.matchAll(re)) if (!groupsBy(text.slice(0, m.index))) return true;
  }
  return false;
}

export function readStories(domain: Domain): StoryFact[] {
  // A technology or provider the documents name (`Stripe`, `BigQuery`) is never a story's object.
  const products = new Set(
    [...domain.stack.map((c) => c.value), ...domain.integrations.map((i) => i.name)].flatMap((n) =>
      n.toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ),
  );
  const entityNames = domain.entities.map((e) => e.name);
  const entityWords = domain.entities.map((e) => ({ name: e.name, words: words(e.name) }));
  // A verb no lexicon reads whose noun is an entity ("votare" → Voto) creates it.
  const readOf = (action: string): StoryIntent[] => {
    const read = intentsOf(action);
    if (read.length > 0) {
      // "invite a coordinator by e-mail" with an `Invitation` record and no `Coordinator` one: the
      // record the verb's noun names is what the create makes.
      if (!read.some((i) => i.kind === 'create')) return read;
      const made = verbNounEntity(action, entityNames, true);
      if (!made || entityNames.some((n) => mentionPattern(n).test(action))) return read;
      return read.map((i): StoryIntent => (i.kind === 'create' ? { kind: 'create', entity: made } : i));
    }
    const entity = verbNounEntity(action, entityNames);
    return entity ? [{ kind: 'create', entity }] : [];
  };
  // The names the documents state for each entity, as a declining language writes them inflected.
  const stated: StatedName[] = [
    ...domain.entities.flatMap((e) => (e.aliases ?? []).map((a) => ({ entity: e.name, name: a.name }))),
    // The names the route table's descriptions give (extract/aliases.ts): "aletleri görmek" for `/tools`.
    ...(domain.glossary ?? []).map((g) => ({ entity: g.entity, name: g.name })),
    ...bookingNames(entityWords),
  ];
  return storiesOf(domain).map(({ nominal, ...s }) => {
    // "… quando o consumidor busca a sacola": the verbs of the clause that says when are not the story's.
    const when = whenClause(s.action);
    const asked = when ? s.action.replace(when, '').trim() : s.action;
    const told = nominal ? [nominal] : readOf(asked);
    const joined = nominal ? null : participationOf(asked, s.actor, domain);
    // "забронировать переговорную на 2 часа": the booking record is made, whatever is booked.
    const booked = nominal || joined ? null : bookingRecord(ownClause(asked), entityWords);
    const read: StoryIntent[] = joined
      ? [{ kind: 'create', entity: joined, joins: true }]
      : booked
        ? told.map(
            (i): StoryIntent =>
              i.kind === 'create' && i.entity === undefined
                ? { kind: 'create', entity: booked, booked: true }
                : i,
          )
        : told;
    // "den Auftragsstatus ändern": the compound's first word is the record whose status moves.
    // "filters by site or day and taps a shift": the criteria name the list's filters, not what it lists.
    // "cancel up to 24 hours before the slot": the slot says when; what is cancelled is the story's record.
    // "registrere, om en forening mødte op": what is recorded is whether, not the association (a
    // story that reads keeps the clause: "see whether my booking is confirmed" views the booking).
    const reads = read.some((i) => i.kind === 'view' || i.kind === 'search');
    const acted = withoutGrouping(reads ? s.action : withoutQuestionClause(s.action));
    const said =
      statusTarget(acted) ?? navigationTarget(ownClause(withoutFilterCriteria(withoutTimeReference(acted))));
    // "담당 시설의 휴관일을 등록하고 싶다": the marked object is what is acted on, not the facility
    // named before it, when it names one entity of the model (by its name or a stated one).
    // What is downloaded is the marked object too when it is no record ("정산 리포트를 내려받고
    // 싶다": a report, not a file of the facility its words name).
    const object = markedObject(said);
    const named = object ? entitiesNamed(object, domain) : -1;
    const exports = read.length > 0 && read.every((i) => i.kind === 'export');
    const target = object && (named === 1 || (named === 0 && exports)) ? object : said;
    const inflected = stated.length > 0 ? inflectedMentions(target, stated) : [];
    return {
      ...s,
      ...(when ? { when } : {}),
      intents: figuresRead(s.title, asked, read, entityNames) ?? read,
      target,
      ...(inflected.length > 0 ? { inflected } : {}),
      marked: markedState(asked),
      ...(actsOnOwn(asked) ? { own: true as const } : {}),
      ...(markedVerb(asked) ? { markedVerb: markedVerb(asked)! } : {}),
      dashboard: s.title !== undefined && DASHBOARD.test(s.title),
      // A declined noun ("креаторов", "wniosku") spells no route: no resource is designed on it.
      object: declinedLanguage(asked) ? null : objectNoun(asked, products),
    };
  });
}

/** How many entities of the model a text names, by their own names or names the documents state. */
function entitiesNamed(text: string, domain: Domain): number {
  return domain.entities.filter(
    (e) =>
      mentionPattern(e.name).test(text) || (e.aliases ?? []).some((a) => mentionPattern(a.name).test(text)),
  ).length;
}
