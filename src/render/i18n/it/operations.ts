import type { Messages } from '../en/index.js';

/** Italian wording of the operations sections (8 to 15) and the key technical decisions. */
export const operations: Messages['operations'] = {
  kv: ['Aspetto', 'Dettaglio'],
  status: {
    chosen: 'in uso',
    mentioned: 'menzionato',
    future: 'previsto (fase successiva)',
    'out-of-scope': 'fuori ambito',
    rejected: 'scartato',
  },
  integrations: {
    summary: (active, planned, rejected) =>
      `Integrazioni in uso: ${active}; previste per una fase successiva: ${planned}; valutate e scartate: ${rejected}.`,
    none: 'I documenti non nominano alcun servizio di terze parti; il backend non effettua chiamate di integrazione in uscita.',
    unknown:
      'Non presente nel catalogo dei provider: si riporta solo ciò che dicono i documenti; endpoint, limiti e webhook vanno ricavati dal provider.',
    clientSide:
      'Eseguito sul dispositivo dell’utente: nessuna chiamata, credenziale o nuovo tentativo lato server.',
    fields: {
      status: 'Stato',
      purpose: 'Scopo in questo progetto',
      docs: 'Riferimento dell’API',
      baseUrl: 'URL di base',
      endpoints: 'Endpoint usati',
      auth: 'Autenticazione',
      format: 'Formato di richiesta e risposta',
      rateLimits: 'Limiti di frequenza',
      retry: 'Nuovi tentativi',
      failFast: 'Mai ritentato',
      idempotency: 'Idempotenza',
      webhooks: 'Webhook',
      env: 'Configurazione',
      notes: 'Note',
      mentions: 'Dove lo nominano i documenti',
    },
    retry: (on, attempts, backoff, dead) =>
      attempts <= 1
        ? `un tentativo, senza ripetizioni${dead ? `; poi ${dead}` : ''}`
        : `${on.length > 0 ? `in caso di ${on.join(', ')}; ` : ''}fino a ${attempts} tentativi; ${backoff}${dead ? `; poi ${dead}` : ''}`,
    planned: 'Previsti o scartati',
    plannedHeader: ['Servizio', 'Stato', 'Cosa dicono i documenti', 'Origine'],
  },
  jobs: {
    runner: (queue, scheduler) =>
      `I job vengono eseguiti su **${queue}**; le pianificazioni sono avviate da **${scheduler}**.`,
    unresolved: (n) =>
      `Nessun job è ancora progettato: ${n === 1 ? 'un periodo o una pianificazione indicati non nomina' : `${n} periodi o pianificazioni indicati non nominano`} alcun record del modello dei dati (sezione 0, domande aperte). Una volta ${n === 1 ? 'risposto' : 'risposti'} lì, il job segue.`,
    none: (checked) =>
      `Non serve alcun job in background: i documenti non indicano ${checked}. Ogni richiesta completa il proprio lavoro in linea.`,
    checked:
      'alcun periodo di conservazione, promemoria, pianificazione ricorrente, archivio di token lato server, provider con webhook, provider di messaggi in uscita né generazione di documenti',
    fields: {
      purpose: 'Scopo',
      trigger: 'Attivazione',
      inputs: 'Input',
      steps: 'Elaborazione',
      idempotency: 'Idempotenza',
      retry: 'Nuovi tentativi',
      timeout: 'Tempo massimo',
      logs: 'Log',
      requirements: 'Requisiti',
      basis: 'Ricavato da',
    },
    seconds: (n) => `${n} s`,
  },
  caching: {
    store: (value) => `Archivio di cache: **${value}** (indicato).`,
    statedNone: 'I documenti stabiliscono che non si mette nulla in cache: nessun archivio né voce di cache.',
    noStore: (fallback) =>
      `I documenti non indicano alcun archivio di cache. Le voci seguenti risiedono in ${fallback}.`,
    considered: 'Menzionato ma non scelto',
    header: [
      'Voce',
      'Tipo',
      'Schema della chiave',
      'TTL',
      'Origine del TTL',
      'Invalidata da',
      'Motivo',
      'Origine',
    ],
    /** What a cached entry holds (the Kind column) and a considered store's status. */
    kinds: {
      entity: 'righe di entità',
      query: 'risultato di query',
      external: 'risposta di API esterna',
    },
    statuses: {
      chosen: 'scelto',
      mentioned: 'menzionato',
      rejected: 'scartato',
      superseded: 'sostituito',
      deprecated: 'deprecato',
      'out-of-scope': 'fuori ambito',
      future: 'previsto (fase successiva)',
      deferred: 'rinviato',
      proposed: 'proposto',
      undecided: 'non deciso',
    },
    ttlOnly: 'Solo scadenza per TTL (nessuna nostra entità la modifica)',
    /** A query entry with no invalidating write: the model links none to it (it may not know the data). */
    /** The key of a stated entry no endpoint serves (its parameters are asked in section 0). */
    keyUnmapped: 'nessun endpoint lo serve: i parametri della sua chiave sono una domanda aperta (sezione 0)',
    ttlOnlyQuery: 'Solo scadenza per TTL (nessuna scrittura del modello dati è collegata)',
    none: 'Nessuna voce giustifica una cache: non sono stati trovati dati di riferimento, letture aggregate né query esterne.',
    rules: [
      'Lettura tramite cache: se la voce manca, viene caricata dalla fonte di verità e salvata con il suo TTL.',
      'Invalidazione (cancellazione della chiave) nello stesso codice della scrittura, dopo il commit della transazione.',
      'Un guasto della cache ripiega su una lettura diretta; non fa mai fallire la richiesta.',
    ],
  },
  observability: {
    format: 'Formato dei log',
    fields: 'Campi su ogni riga',
    example: 'Esempio',
    redact: 'Mai scritto nei log (lista di mascheramento)',
    redactHeader: ['Campo', 'Motivo'],
    events: 'Cosa registrare',
    eventsHeader: ['Evento', 'Livello', 'Origine'],
    levels:
      'Livelli: `error` per richieste fallite (5xx) e tentativi esauriti, `warn` per accessi negati e login falliti, `info` per eventi di business e cambi di stato, `debug` solo in locale.',
    health: 'Controlli di salute',
    healthHeader: ['Percorso', 'Verifica', 'Origine'],
    metrics: 'Metriche',
    metricsHeader: ['Metrica', 'Tipo', 'Cosa mostra', 'Origine'],
    alerts: 'Soglie di allarme',
    alertsHeader: ['Metrica', 'Soglia', 'Finestra', 'Gravità', 'Provenienza', 'Origine'],
    tracking: (v) =>
      `Gli errori vengono segnalati anche a **${v}** (indicato), rimuovendo i dati personali prima dell’invio.`,
  },
  performance: {
    database: 'Database: indici e prevenzione di N+1 per relazione',
    api: 'API: paginazione e limiti di frequenza',
    latency: 'Obiettivi di latenza indicati',
    header: ['Dove', 'Misura', 'Origine'],
    none: 'Il modello non ha relazioni, endpoint di elenco né obiettivi indicati da cui ricavare misure di prestazione.',
  },
  security: {
    intro: 'Ogni categoria dell’OWASP Top 10 (2021), con ciò che questa specifica fa in merito.',
    header: ['OWASP', 'Rischio', 'Cosa fa questa specifica', 'Origine'],
  },
  testing: {
    coverage: (n) => `Obiettivo di copertura: **${n} %** di righe e rami in servizi e validatori.`,
    tools: 'Strumenti di test indicati',
    kinds: {
      unit: 'Test unitari',
      integration: 'Test di integrazione',
      e2e: 'Test end-to-end (flussi critici)',
      load: 'Test di carico',
      security: 'Test di sicurezza',
    },
  },
  deployment: {
    env: 'Variabili d’ambiente',
    envHeader: ['Variabile', 'Uso', 'Esempio', 'Segreta', 'Obbligatoria', 'Origine'],
    yes: 'sì',
    no: 'no',
    migration: (tool) => `Strategia di migrazione (${tool})`,
    noMigration: 'Nessun database: non c’è uno schema da migrare.',
    rollback: 'Procedura di rollback',
    prerequisites: 'Prerequisiti',
    secrets:
      'I segreti provengono dall’archivio dei segreti della piattaforma, mai dal repository; `.env.example` elenca tutte le variabili sopra con valori di esempio.',
  },
  decisions: {
    header: ['Decisione', 'Scelta', 'Origine'],
    proposed: 'Proposto — non indicato nei documenti',
  },
};
