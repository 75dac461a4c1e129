import type { Messages } from '../en/index.js';
import { lifetime } from '../en/report.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Italian wording of Appendice B, the verification results and the completion report. */
export const report: Messages['report'] = {
  checklistIntro:
    'Ogni voce della checklist di validazione del workflow, decisa dalle regole di controllo sul modello (non spuntata a mano). «Evidenza» è ciò che è stato contato; «Problemi» elenca ciò che non ha superato il controllo.',
  items: {
    'data-models': 'Tutti i modelli dei dati definiti con relazioni e vincoli',
    indexes: 'Lo schema del database include indici per le prestazioni',
    endpoints: 'Tutti gli endpoint dell’API documentati con schemi di richiesta e risposta',
    auth: 'Autenticazione e autorizzazione specificate chiaramente',
    errors: 'La gestione degli errori copre tutti i casi di errore',
    integrations: 'Le integrazioni esterne prevedono nuovi tentativi e gestione degli errori',
    jobs: 'I job in background hanno politiche di nuovo tentativo',
    caching: 'Strategia di caching definita per le prestazioni',
    logging: 'I log escludono i dati sensibili',
    security: 'Le buone pratiche di sicurezza sono rispettate',
  },
  verdicts: {
    pass: 'superato',
    fail: 'non superato',
    'not-applicable': 'non applicabile',
    'not-checked': 'non verificato',
  },
  table: { item: 'Voce', verdict: 'Esito', evidence: 'Evidenza', problems: 'Problemi' },
  verificationHeading: 'Verifica con strumenti reali',
  verificationTable: { tool: 'Strumento', artifact: 'Artefatto', result: 'Risultato', summary: 'Sintesi' },
  verificationOk: 'riuscita',
  verificationFailed: 'fallita',
  notVerified:
    'Gli artefatti non sono stati verificati in questa esecuzione (verifica saltata); eseguire `backend-spec generate` senza `--no-verify` per applicare schema.sql a PostgreSQL e validare openapi.yaml e i JSON Schema.',
  moreProblems: (count) => `… e altri ${count}`,
  completion: {
    title: 'Specifica del backend completata',
    overview: 'Riepilogo:',
    dataModels: (count) => `Modelli dei dati: ${n(count, 'entità definita', 'entità definite')}`,
    endpoints: (count) => `Endpoint dell’API: ${n(count, 'endpoint documentato', 'endpoint documentati')}`,
    services: (count) =>
      `Servizi: ${n(count, 'livello di servizio specificato', 'livelli di servizio specificati')}`,
    integrations: (count) =>
      `Integrazioni esterne: ${n(count, 'servizio configurato', 'servizi configurati')}`,
    jobs: (count) => `Job in background: ${n(count, 'job specificato', 'job specificati')}`,
    requirements: (traced, total) =>
      `Requisiti: ${traced} su ${total} tracciati verso elementi della specifica`,
    provenance: (stated, derived, decisions) =>
      `Provenienza: ${stated} elementi citano una riga di un documento, ${derived} seguono una regola con nome o un valore predefinito${decisions > 0 ? `, ${decisions} una decisione dell’utente` : ''}`,
    provenanceAssistant: (n: number) =>
      `, ${n} ${n === 1 ? 'fatto' : 'fatti'} da un assistente con citazione verificata`,
    coverageHeading: 'Copertura della lettura (blocchi e frasi che hanno fornito almeno un fatto):',
    coverageSentences: 'frasi',
    coverageDataModel: 'modello dei dati',
    coverageUnread: (n: number) =>
      `${n} ${n === 1 ? 'blocco non letto' : 'blocchi non letti'} in spec.json (coverage.unread), prima quelli che più probabilmente contengono fatti del modello`,
    decisions: 'Decisioni tecniche:',
    noDecisions: 'nessuna derivata',
    security: 'Sicurezza:',
    authentication: 'Autenticazione',
    passwordHashing: 'Hash delle password',
    authorization: 'Autorizzazione',
    validation: (rules, sensitive) =>
      `Validazione dell’input: ${n(rules, 'regola', 'regole')}; ${n(sensitive, 'campo sensibile escluso', 'campi sensibili esclusi')} da risposte e log`,
    rateLimiting: 'Limite di frequenza',
    perEndpointClass: (classes) => `per classe di endpoint: ${classes}`,
    statedLimits: (list) => `dichiarati: ${list}`,
    rateClasses: {
      auth: 'autenticazione',
      read: 'lettura',
      write: 'scrittura',
      expensive: 'onerosa',
      webhook: 'webhook',
      public: 'pubblica',
    },
    tokenLifetime: (kind, seconds, proposed) =>
      `${kind === 'access' ? 'accesso' : 'rinnovo'} ${lifetime(seconds, [' giorno', ' giorni'], ' h', ' min', ' s')}${proposed ? ' (proposto)' : ''}`,
    performance: 'Prestazioni:',
    indexes: (count, fk) =>
      `${n(count, 'indice del database definito', 'indici del database definiti')} (${fk} su chiavi esterne)`,
    caching: (entries, store) =>
      entries > 0
        ? `Cache: ${n(entries, 'voce', 'voci')}${store ? ` in ${store}` : ''}`
        : 'Cache: nessuna specificata',
    pagination: (def, max, endpoints) =>
      `Paginazione predefinita: ${def} elementi, massimo ${max} (${n(endpoints, 'endpoint di elenco', 'endpoint di elenco')})`,
    noPagination: 'Paginazione: nessun endpoint di elenco',
    checklist: (pass, fail, na, unchecked) =>
      `Checklist di validazione: ${pass} ${pass === 1 ? 'voce superata' : 'voci superate'}, ${fail} non ${fail === 1 ? 'superata' : 'superate'}, ${na} non ${na === 1 ? 'applicabile' : 'applicabili'}, ${unchecked} non ${unchecked === 1 ? 'verificata' : 'verificate'}`,
    missingSections: (list) => `Sezioni mancanti: ${list}`,
    output: (path, lines, size) => `Output: ${path} (${lines} righe, ${size})`,
    size: (bytes) => (bytes < 1024 ? `${bytes} byte` : `${(bytes / 1024).toFixed(1)} KB`),
    artifacts: (list) => `Artefatti: ${list}`,
    noArtifacts: 'nessuno',
    files: (count) => n(count, 'file', 'file'),
    verified: 'verificato',
    failed: 'FALLITO',
    notVerified: 'non verificato (--no-verify)',
    diagnostics: (errors, warnings, notes) =>
      `Diagnostica: ${n(errors, 'errore', 'errori')}, ${n(warnings, 'avviso', 'avvisi')}, ${n(notes, 'nota', 'note')}`,
    nextSteps: 'Prossimi passi:',
    notProduced: (orm: string, ...instead: string[]) =>
      `Non generato: nessuno schema ${orm} (supportati: Prisma, Drizzle)${instead.length > 0 ? `; usare ${instead.join(' e ')}` : ''}.`,
    applyMigration: (file: string) => `Rivedere e applicare la migrazione iniziale ${file}`,
    noDataStore: 'Progettare l’archivio dei dati che i documenti lasciano aperto',
    steps: [
      'Rivedere la specifica con il team, a partire dalla sezione 0 (Riconciliazione delle fonti)',
      'Creare le migrazioni del database a partire da schema.sql',
      'Generare client o SDK dell’API a partire da openapi.yaml',
      'Usarla come riferimento nella scomposizione di epic e storie',
      'Implementare seguendo gli standard di .bmad/standards/backend/',
    ],
  },
  terminal: {
    sources: 'Fonti:',
    noneFound: '(nessuna trovata)',
    duplicateOf: (of: string, reason: string) => `duplicato di ${of}: ${reason}`,
    supersededBy: (of: string, reason: string) => `sostituito da ${of}: ${reason}`,
    ignored: (reason: string) => `ignorato: ${reason}`,
    configError:
      'Il file di configurazione contiene un errore: non è stato letto nulla tramite esso e non è stato scritto nulla.',
    missingPrerequisites: 'Mancano i prerequisiti: non è stato generato nulla. Cercato in:',
    runInit: (command: string) =>
      `Eseguire \`${command}\` per creare i documenti di pianificazione, oppure passare --docs DIR.`,
    dryRun: '(prova a vuoto: non è stato scritto nulla)',
    created: (file: string) => `creato    ${file}`,
    skipped: (file: string) => `saltato   ${file} (esiste già, non modificato)`,
    next: (command: string) =>
      `Passo successivo: sostituire il contenuto di esempio con i dati del progetto ed eseguire \`${command}\`.`,
    checkMissingPrerequisites:
      'backend-spec: mancano i prerequisiti (manca il PRD o l’architettura): nulla da confrontare',
    upToDate: (files: number) =>
      `aggiornato: ${files} file corrispondono a quanto compilato a partire dai documenti`,
    outOfDate: (differ: number, files: number) =>
      `non aggiornato: ${differ} file su ${files} differiscono (non è stato scritto nulla)`,
    specNotFound: (file: string) =>
      `backend-spec: ${file} non trovato (indicare il file della specifica da verificare)`,
    checked: (file: string, project: string | null) =>
      `Verificato ${file}${project ? ` rispetto ai documenti di ${project}` : ''}:`,
    checkSections: (found: number, missing: string) =>
      `- sezioni: ${found} su 15 trovate${missing ? ` (mancanti: ${missing})` : ''}`,
    checkSql: (statements: number, blocks: number, engine: string | null, applied: number, failed: number) =>
      `- SQL: ${statements} istruzioni in ${blocks} blocchi${engine ? `, ${applied} applicate su ${engine} in ordine di dipendenza, ${failed} fallite` : ', non applicate'}`,
    checkBlocks: (documents: number, errors: number, json: number, invalid: number) =>
      `- documenti OpenAPI: ${documents} (${errors} errori); blocchi JSON: ${json} (${invalid} non validi)`,
    checkTotals: (errors: number, warnings: number) => `- ${errors} errori, ${warnings} avvisi`,
  },
};
