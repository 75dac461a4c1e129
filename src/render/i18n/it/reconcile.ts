import type { Messages } from '../en/index.js';
import { articled } from './articles.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Italian wording of "0. Riconciliazione delle fonti" and "Appendice A". */
export const reconcile: Messages['reconcile'] = {
  intro: (documents) =>
    `Dove ${articled(documents, 'i', 'gli')} documenti di pianificazione non concordano o lasciano lacune, e come questa specifica risolve ogni punto. Ogni valore cita la riga da cui è stato letto; il resto della specifica usa solo i valori risolti.`,
  precedenceHeading: 'Precedenza',
  precedence:
    'Quando i documenti non concordano, il PRD decide le regole di prodotto e i valori dei requisiti non funzionali (regole di sessione, conservazione, latenza, limiti); l’architettura decide i parametri tecnici (durata dei token, costo dell’hash, TTL della cache, intervalli di polling); il documento del modello dei dati decide lo schema (enumerati, nomi di campi ed entità); per la tecnologia decidono i registri delle decisioni e le tabelle delle alternative del documento sullo stack tecnologico, poi l’architettura. Una voce nel file delle decisioni `backend-spec.decisions.yaml` (accanto a questo file) prevale su tutto ciò alla prossima esecuzione.',
  decisionsFileHint:
    'Per cambiare una risoluzione, aggiungere a `backend-spec.decisions.yaml`: `- { id: <argomento>, choose: <valore>, reason: <motivo> }`; per registrare un’ipotesi: `- { assume: <enunciato>, reason: <motivo> }`.',
  summaryHeading: 'Cosa è stato confrontato',
  summary: (s) =>
    `${n(s.documents, 'documento', 'documenti')}, ${n(s.requirements, 'id di requisito', 'id di requisito')}, ${n(s.parameters, 'parametro indicato', 'parametri indicati')} (durate, limiti, obiettivi), ${n(s.statusLists, 'elenco di stati', 'elenchi di stati')} rispetto a ${n(s.modelEnums, 'enumerato del modello', 'enumerati del modello')}, ${n(s.decisionRecords, 'registro delle decisioni', 'registri delle decisioni')} e ${n(s.scopeStatements, 'dichiarazione di ambito', 'dichiarazioni di ambito')}.`,
  conflictsHeading: 'Conflitti',
  conflictTable: {
    subject: 'Argomento',
    kind: 'Tipo',
    values: 'Valori indicati',
    resolution: 'Risoluzione',
    rule: 'Deciso da',
  },
  noConflicts: (documents) => `Nessun conflitto trovato tra ${articled(documents, 'i', 'gli')} documenti.`,
  kinds: {
    'reconcile/value-conflict': 'valori diversi',
    'reconcile/session-lifetime': 'durata della sessione rispetto a quella del token',
    'reconcile/enum-mismatch': 'elenco di stati rispetto all’enumerato',
    'reconcile/naming-mismatch': 'due nomi',
    'reconcile/superseded-document': 'modificato da una versione più recente',
    'reconcile/cardinality-mismatch': 'cardinalità rispetto alle chiavi',
    'reconcile/role-mismatch': 'ruolo rispetto all’enum dei ruoli',
    'reconcile/rejected-option-chosen': 'opzione scartata ma scelta',
    'reconcile/requirement-redefined': 'requisito ridefinito',
    'reconcile/legacy-model': 'modello legacy ancora definito',
    'reconcile/requirement-undecided': 'requisito su un’opzione non decisa',
    'reconcile/payload-field-mismatch': 'campo dell’API rispetto alla colonna',
  },
  resolutions: {
    'reconcile/value-conflict': (p) => `Si usa ${p.value}; gli altri valori non vengono usati.`,
    'reconcile/session-lifetime': (p) =>
      `Si mantengono entrambi: ${p.idle} come timeout di inattività e ${p.absolute} come durata assoluta della sessione (OWASP ASVS 3.3). Da confermare con il responsabile di prodotto.`,
    'reconcile/enum-mismatch': (p) =>
      `Si mantiene ${p.enum}; associare gli stati indicati ${p.missing} ai suoi valori oppure aggiungerli al modello dei dati.`,
    'reconcile/naming-mismatch': (p) => `Si usa ${p.name}.`,
    'reconcile/superseded-document': (p) =>
      `Si usa la versione più recente (${p.newer}); l’affermazione precedente di ${p.older} non viene usata.`,
    'reconcile/cardinality-mismatch': (p) =>
      `Si usa ${p.keyed} come lo definiscono le chiavi (${p.via}); correggere il diagramma ${p.stated} o modificare le chiavi.`,
    'reconcile/role-mismatch': (p) =>
      `Si mantiene ${p.enum}; aggiungervi ${p.missing}, oppure indicare quale ruolo esistente usa ciascuno.`,
    'reconcile/rejected-option-chosen': (p) =>
      p.status === 'chosen' ? `${p.value} resta la scelta.` : `${p.value} non viene usato (${p.status}).`,
    'reconcile/requirement-redefined': (p) => `${p.id} come definito in ${p.at}.`,
    'reconcile/legacy-model': (p) =>
      p.status === 'dropped'
        ? `${p.entity} resta fuori dallo schema.`
        : `${p.entity} resta come lo definisce il modello dei dati finché non si risponde alla domanda ${p.question} (eliminare o mantenere).`,
    'reconcile/requirement-undecided': (p) =>
      `${p.id} è progettato con ciò che indicano i documenti; la scelta di ${p.option} resta aperta (domanda ${p.question}).`,
    'reconcile/payload-field-mismatch': (p) =>
      p.column
        ? `Si mantiene la colonna ${p.column} di ${p.entity}; "${p.field}" dell’esempio non viene usato.`
        : `Si mantengono le colonne di ${p.entity}; "${p.field}" non è tra queste: rinominarlo nell’esempio o aggiungere la colonna.`,
  },
  decided: (choice, reason) => `Si usa ${choice} (file delle decisioni: ${reason}).`,
  rules: {
    'reconcile/precedence/prd-for-product-rules': 'il PRD per le regole di prodotto',
    'reconcile/precedence/architecture-for-technical-parameters': 'l’architettura per i parametri tecnici',
    'reconcile/precedence/data-model-for-schema': 'il modello dei dati per lo schema',
    'reconcile/precedence/decision-record-for-technology': 'i registri delle decisioni per la tecnologia',
    'reconcile/newer-document-governs': 'prevale il documento più recente',
    'reconcile/session-idle-and-absolute-timeout': 'timeout di inattività e durata assoluta della sessione',
    'reconcile/legacy-model-kept-until-decided':
      'modello dei dati per lo schema; la nota di obsolescenza diventa una domanda',
    'reconcile/undecided-option-asked': 'un’opzione non decisa diventa una domanda, non una scelta',
    'reconcile/same-document-first-assumed':
      'un documento indica due valori; si assume il primo e si pone la domanda',
  },
  decisionOrigin: 'file delle decisioni',
  gapsHeading: 'Lacune',
  gapTable: { subject: 'Manca', detail: 'Serve a', sources: 'Fonti' },
  gapEntity: 'è nominato nei documenti; nessun modello dei dati lo definisce',
  gapNoModel: (db: string) =>
    `il database indicato ${db} non conserva alcun record descritto nei documenti: le entità, i loro campi e le chiavi sono una domanda aperta`,
  gapRecord: (ids) => `${ids}: nessuna entità né campo del modello dei dati lo rappresenta`,
  noGaps: 'Nessuna lacuna di modellazione trovata.',
  assumptionsHeading: 'Ipotesi',
  assumptionTable: { subject: 'Ipotesi', detail: 'Motivo', origin: 'Origine' },
  noAssumptions: 'Nessuna ipotesi oltre a quanto dicono i documenti.',
  questionsHeading: 'Domande aperte',
  questionsIntro:
    'Ciò che i documenti indicano ma che il compilatore non è riuscito a risolvere: per questo non è stato progettato nulla; rispondere nei documenti o nel file delle decisioni.',
  questionTable: { question: 'Domanda', source: 'Origine' },
  optionsHeading: 'Opzioni sostituite, scartate e fuori ambito',
  optionsIntro:
    'Opzioni che i documenti hanno scartato o rinviato. Nessuna di esse è progettata in questa specifica.',
  optionTable: { subject: 'Opzione', status: 'Stato', detail: 'Motivo / nota', source: 'Origine' },
  statuses: {
    rejected: 'scartata',
    superseded: 'sostituita',
    deprecated: 'deprecata',
    'out-of-scope': 'fuori ambito',
    deferred: 'rinviata',
    future: 'futura',
  },
  supersededBy: (id) => `sostituita da ${id}`,
  questionAnswer: (kind, value, reason) =>
    kind === 'dismiss'
      ? `Archiviata (file delle decisioni: ${reason}).`
      : kind === 'choose'
        ? `Risposta: ${value} (file delle decisioni: ${reason}).`
        : `Ipotesi: ${value} (file delle decisioni: ${reason}).`,
  questionAssumes: (value) => `Finché non c’è risposta, la specifica assume: ${value}.`,
  questionsHint:
    'Per rispondere a una domanda, aggiungere a `backend-spec.decisions.yaml`: `- { id: <id della domanda>, choose: <opzione>, reason: <motivo> }`, `- { id: <id della domanda>, assume: <valore>, reason: <motivo> }` oppure `- { id: <id della domanda>, dismiss: true, reason: <motivo> }`.',
  questionId: 'Id',
  traceability: {
    intro:
      'Ogni id di requisito dei documenti, con gli elementi della specifica che lo soddisfano: endpoint e job che lo dichiarano, entità nominate nel suo testo, regole e allarmi letti dalle sue righe.',
    coverage: (traced, total) =>
      `Copertura: ${traced} requisiti su ${total} sono tracciati verso almeno un elemento della specifica.`,
    table: { id: 'Requisito', kind: 'Tipo', text: 'Enunciato', items: 'Soddisfatto da', source: 'Origine' },
    kinds: {
      functional: 'funzionale',
      'non-functional': 'non funzionale',
      'user-story': 'storia utente',
      epic: 'epic',
      other: 'altro',
    },
    untracedHeading: 'Non ancora tracciati',
    untraced: (ids) => `Nulla in questa specifica soddisfa: ${ids}.`,
    none: 'I documenti non indicano id di requisito (FR-x, NFR-x, US-x, RF-x, ...), quindi non c’è nulla da tracciare.',
  },
};
