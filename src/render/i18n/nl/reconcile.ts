import type { Messages } from '../en/index.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Dutch wording of "0. Afstemming van de bronnen" and "Bijlage A". */
export const reconcile: Messages['reconcile'] = {
  intro: (documents) =>
    `Waar de ${documents} planningsdocumenten elkaar tegenspreken of leemten laten, en hoe deze specificatie elk punt oplost. Elke waarde verwijst naar de regel waaruit ze is gelezen; de rest van de specificatie gebruikt alleen de opgeloste waarden.`,
  precedenceHeading: 'Voorrang',
  precedence:
    'Wanneer de documenten elkaar tegenspreken, beslist het PRD over productregels en de waarden van niet-functionele eisen (sessieregels, bewaartermijnen, latentie, limieten); de architectuur beslist over technische parameters (levensduur van tokens, hashkosten, cache-TTL, pollingintervallen); het datamodeldocument beslist over het schema (opsommingen, veld- en entiteitsnamen); over technologie beslissen de beslissingsregisters en de alternatieventabellen van het document over de technologiestack, daarna de architectuur. Een regel in het beslissingenbestand `backend-spec.decisions.yaml` (naast dit bestand) gaat bij de volgende run voor op dit alles.',
  decisionsFileHint:
    'Om een oplossing te wijzigen, voeg toe aan `backend-spec.decisions.yaml`: `- { id: <onderwerp>, choose: <waarde>, reason: <reden> }`; om een aanname vast te leggen: `- { assume: <bewering>, reason: <reden> }`.',
  summaryHeading: 'Wat is vergeleken',
  summary: (s) =>
    `${n(s.documents, 'document', 'documenten')}, ${n(s.requirements, 'eis-id', 'eis-id’s')}, ${n(s.parameters, 'vermelde parameter', 'vermelde parameters')} (levensduren, limieten, doelen), ${n(s.statusLists, 'statuslijst', 'statuslijsten')} tegenover ${n(s.modelEnums, 'opsomming van het model', 'opsommingen van het model')}, ${n(s.decisionRecords, 'beslissingsregister', 'beslissingsregisters')} en ${n(s.scopeStatements, 'afbakeningsuitspraak', 'afbakeningsuitspraken')}.`,
  conflictsHeading: 'Conflicten',
  conflictTable: {
    subject: 'Onderwerp',
    kind: 'Soort',
    values: 'Vermelde waarden',
    resolution: 'Oplossing',
    rule: 'Beslist door',
  },
  noConflicts: (documents) => `Er zijn geen conflicten gevonden tussen de ${documents} documenten.`,
  kinds: {
    'reconcile/value-conflict': 'verschillende waarden',
    'reconcile/session-lifetime': 'sessieduur tegenover levensduur van het token',
    'reconcile/enum-mismatch': 'statuslijst tegenover opsomming',
    'reconcile/naming-mismatch': 'twee namen',
    'reconcile/superseded-document': 'gewijzigd door een nieuwere versie',
    'reconcile/cardinality-mismatch': 'kardinaliteit tegenover sleutels',
    'reconcile/role-mismatch': 'rol tegenover de opsomming van rollen',
    'reconcile/rejected-option-chosen': 'afgewezen optie toch gekozen',
    'reconcile/requirement-redefined': 'eis opnieuw gedefinieerd',
    'reconcile/legacy-model': 'verouderd model nog gedefinieerd',
    'reconcile/requirement-undecided': 'eis over een onbesliste optie',
    'reconcile/payload-field-mismatch': 'API-veld tegenover kolom',
  },
  resolutions: {
    'reconcile/value-conflict': (p) => `${p.value} wordt gebruikt; de andere waarden niet.`,
    'reconcile/session-lifetime': (p) =>
      `Beide blijven: ${p.idle} als inactiviteitstime-out en ${p.absolute} als absolute sessieduur (OWASP ASVS 3.3). Te bevestigen door de producteigenaar.`,
    'reconcile/enum-mismatch': (p) =>
      `${p.enum} blijft; koppel de vermelde statussen ${p.missing} aan de waarden ervan of voeg ze toe aan het datamodel.`,
    'reconcile/naming-mismatch': (p) => `${p.name} wordt gebruikt.`,
    'reconcile/superseded-document': (p) =>
      `De nieuwere versie (${p.newer}) wordt gebruikt; de eerdere uitspraak in ${p.older} niet.`,
    'reconcile/cardinality-mismatch': (p) =>
      `${p.keyed} wordt gebruikt zoals de sleutels het definiëren (${p.via}); corrigeer het diagram ${p.stated} of wijzig de sleutels.`,
    'reconcile/role-mismatch': (p) =>
      `${p.enum} blijft; voeg ${p.missing} eraan toe, of vermeld welke bestaande rol elk ervan gebruikt.`,
    'reconcile/rejected-option-chosen': (p) =>
      p.status === 'chosen' ? `${p.value} blijft de keuze.` : `${p.value} wordt niet gebruikt (${p.status}).`,
    'reconcile/requirement-redefined': (p) => `${p.id} zoals gedefinieerd in ${p.at}.`,
    'reconcile/legacy-model': (p) =>
      p.status === 'dropped'
        ? `${p.entity} blijft buiten het schema.`
        : `${p.entity} blijft zoals het datamodel het definieert totdat vraag ${p.question} is beantwoord (verwijderen of behouden).`,
    'reconcile/requirement-undecided': (p) =>
      `${p.id} is ontworpen met wat de documenten vermelden; de keuze voor ${p.option} blijft open (vraag ${p.question}).`,
    'reconcile/payload-field-mismatch': (p) =>
      p.column
        ? `De kolom ${p.column} van ${p.entity} blijft; "${p.field}" uit het voorbeeld wordt niet gebruikt.`
        : `De kolommen van ${p.entity} blijven; "${p.field}" hoort daar niet bij: hernoem het in het voorbeeld of voeg de kolom toe.`,
  },
  decided: (choice, reason) => `${choice} wordt gebruikt (beslissingenbestand: ${reason}).`,
  rules: {
    'reconcile/precedence/prd-for-product-rules': 'het PRD voor productregels',
    'reconcile/precedence/architecture-for-technical-parameters':
      'de architectuur voor technische parameters',
    'reconcile/precedence/data-model-for-schema': 'het datamodel voor het schema',
    'reconcile/precedence/decision-record-for-technology': 'de beslissingsregisters voor technologie',
    'reconcile/newer-document-governs': 'het nieuwere document gaat voor',
    'reconcile/session-idle-and-absolute-timeout': 'inactiviteitstime-out en absolute sessieduur',
    'reconcile/legacy-model-kept-until-decided':
      'datamodel voor het schema; de verouderingsnotitie wordt een vraag',
    'reconcile/undecided-option-asked': 'een onbesliste optie wordt een vraag, geen keuze',
    'reconcile/same-document-first-assumed':
      'één document vermeldt twee waarden; de eerste wordt aangenomen en de vraag gesteld',
  },
  decisionOrigin: 'beslissingenbestand',
  gapsHeading: 'Leemten',
  gapTable: { subject: 'Ontbreekt', detail: 'Nodig voor', sources: 'Bronnen' },
  gapEntity: 'wordt in de documenten genoemd; geen datamodel definieert het',
  gapNoModel: (db: string) =>
    `de vermelde database ${db} bewaart geen enkel record dat de documenten beschrijven: de entiteiten, hun velden en sleutels zijn een open vraag`,
  gapRecord: (ids) => `${ids}: geen entiteit of veld van het datamodel geeft het weer`,
  noGaps: 'Geen leemten in het model gevonden.',
  assumptionsHeading: 'Aannames',
  assumptionTable: { subject: 'Aanname', detail: 'Reden', origin: 'Herkomst' },
  noAssumptions: 'Geen aannames naast wat de documenten zeggen.',
  questionsHeading: 'Open vragen',
  questionsIntro:
    'Wat de documenten vermelden maar de compiler niet kon oplossen: daarvoor is niets ontworpen; beantwoord het in de documenten of in het beslissingenbestand.',
  questionTable: { question: 'Vraag', source: 'Herkomst' },
  optionsHeading: 'Vervangen, afgewezen en buiten scope geplaatste opties',
  optionsIntro:
    'Opties die de documenten hebben afgewezen of uitgesteld. Geen ervan is in deze specificatie ontworpen.',
  optionTable: { subject: 'Optie', status: 'Status', detail: 'Reden / opmerking', source: 'Herkomst' },
  statuses: {
    rejected: 'afgewezen',
    superseded: 'vervangen',
    deprecated: 'verouderd',
    'out-of-scope': 'buiten scope',
    deferred: 'uitgesteld',
    future: 'toekomstig',
  },
  supersededBy: (id) => `vervangen door ${id}`,
  questionAnswer: (kind, value, reason) =>
    kind === 'dismiss'
      ? `Afgedaan (beslissingenbestand: ${reason}).`
      : kind === 'choose'
        ? `Antwoord: ${value} (beslissingenbestand: ${reason}).`
        : `Aanname: ${value} (beslissingenbestand: ${reason}).`,
  questionAssumes: (value) => `Tot er een antwoord is, gaat de specificatie uit van: ${value}.`,
  questionsHint:
    'Om een vraag te beantwoorden, voeg toe aan `backend-spec.decisions.yaml`: `- { id: <id van de vraag>, choose: <optie>, reason: <reden> }`, `- { id: <id van de vraag>, assume: <waarde>, reason: <reden> }` of `- { id: <id van de vraag>, dismiss: true, reason: <reden> }`.',
  questionId: 'Id',
  traceability: {
    intro:
      'Elk eis-id uit de documenten, met de onderdelen van de specificatie die eraan voldoen: endpoints en taken die het declareren, entiteiten die de tekst noemt, regels en alarmen gelezen uit de regels ervan.',
    coverage: (traced, total) =>
      `Dekking: ${traced} van ${total} eisen zijn herleid tot ten minste één onderdeel van de specificatie.`,
    table: { id: 'Eis', kind: 'Soort', text: 'Uitspraak', items: 'Vervuld door', source: 'Herkomst' },
    kinds: {
      functional: 'functioneel',
      'non-functional': 'niet-functioneel',
      'user-story': 'user story',
      epic: 'epic',
      other: 'overig',
    },
    untracedHeading: 'Nog niet herleid',
    untraced: (ids) => `Niets in deze specificatie voldoet aan: ${ids}.`,
    none: 'De documenten vermelden geen eis-id’s (FR-x, NFR-x, US-x, RF-x, ...), dus er valt niets te herleiden.',
  },
};
