import type { Messages } from '../en/index.js';

const cap = (s: string) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Italian wording of the api sections (3. Endpoint dell’API, 4. Servizi) and the api checks. */
export const api: Messages['api'] = {
  rules: {
    heading: 'Regole di business',
    intro: (n: number) =>
      `${n} ${n === 1 ? 'regola indicata' : 'regole indicate'} nei documenti, con l’entità o le operazioni che ciascuna vincola, il modo in cui il progetto la applica e l’errore di dominio che produce.`,
    header: ['Id', 'Regola', 'Origine', 'Vincola', 'Applicata da', 'Codice di errore'],
    enforcement: {
      'db-constraint': 'vincolo del database',
      validation: 'validazione della richiesta',
      'service-check': 'controllo nel servizio',
      job: 'job in background',
      authorization: 'autorizzazione',
      'retention-policy':
        'politica di conservazione dei dati (nessuna eliminazione prima del minimo indicato)',
      'audit-trail': 'voce di audit scritta nella transazione della modifica',
      behaviour: 'comportamento indicato (nessun controllo della richiesta)',
      'period-quota':
        'conteggiato sul periodo (un report o un controllo alla sua fine; nessun controllo della richiesta)',
      'visibility-scope':
        "ambito di visibilità (le letture restituiscono solo i record dell'ambito; nessun errore della richiesta)",
    } as Record<string, string>,
    lifecycles: 'Macchine a stati',
    lifecycleIntro: (entity: string, field: string, n: number) =>
      `\`${entity}.${field}\`: ${n} ${n === 1 ? 'stato' : 'stati'}; transizioni come le indicano i documenti e come le producono gli endpoint di azione, con i ruoli che possono eseguire ciascuna.`,
    transitionHeader: ['Da', 'A', 'Evento', 'Chi', 'Origine'],
    system: 'il sistema (job)',
    fromUnstated: 'non indicato nei documenti',
    unstated: 'non indicato: nessuna operazione né job di questo progetto lo esegue',
    noTransitions:
      'I documenti non indicano alcuna transizione e nessun endpoint di azione modifica questo stato.',
  },
  stories: {
    heading: 'Storie e operazioni che le realizzano',
    intro: (mapped: number, total: number) =>
      `${mapped} di ${total} storie utente e frasi di funzionalità corrispondono a un’operazione (regola \`derive/operation-from-story\`); il ruolo dell’attore può invocare ciascuna.`,
    header: ['Storia', 'Attore', 'Ruolo', 'Azione', 'Operazioni'],
    none: (why: string) => `nessuna — ${why}`,
    suppressedHeading: 'Operazioni omesse di proposito',
    suppressedIntro: (n: number) =>
      `${n} ${n === 1 ? 'operazione' : 'operazioni'} che una regola di derivazione avrebbe prodotto ${n === 1 ? 'è stata omessa' : 'sono state omesse'} perché un fatto indicato o una regola con nome lo richiede.`,
    suppressedHeader: ['Operazione', 'Regola', 'Motivo', 'Origine'],
    surfaceHeading: (surface: string) => `Servite dal ${surface} (senza rotte JSON)`,
    surfaceIntro: (n: number, surface: string, at: string) =>
      `${n} operazione/i che solo i ruoli del ${surface} possono chiamare sono servite dalle sue schermate, che non hanno API JSON (${at}): ognuna resta un metodo di servizio della sezione 4, fuori da openapi.yaml.`,
    surfaceHeader: ['Operazione', 'Ruoli', 'Input', 'Regola'],
    calledBySurface: (surface: string) => `schermate del ${surface} (nessuna rotta JSON)`,
  },
  endpoints: {
    intro: (endpoints, resources, stated, fromNeeds, derived) =>
      `${plural(endpoints, 'endpoint', 'endpoint')} su ${plural(resources, 'risorsa', 'risorse')}: ${stated} indicati nei documenti (così come sono scritti, con la riga di origine), ${fromNeeds} progettati a partire da storie utente e requisiti e ${derived} derivati dal modello dei dati tramite regole con nome.`,
    artifact: (path) =>
      `La stessa API come documento OpenAPI 3.1: \`${path}\` (schemi dei componenti ricavati dal modello dei dati, risposte di errore condivise, schemi di sicurezza ed esempi validati).`,
    conventionsHeading: 'Convenzioni',
    basePath: (path) =>
      path
        ? `Percorso base: \`${path}\`.`
        : 'I percorsi si usano come sono indicati, senza un percorso base comune.',
    json: 'I corpi sono JSON (`application/json`); date e orari sono stringhe RFC 3339; i decimali sono numeri con la precisione memorizzata indicata.',
    pagination: (style, def, max, n) =>
      style === 'page'
        ? `Gli elenchi sono paginati per numero di pagina: \`${n.page}\` (da 1) e \`${n.limit}\` (predefinito ${def}, al massimo ${max}); la risposta contiene \`items\`, \`total\`, \`${n.limit}\` e \`${n.page}\`.`
        : style === 'cursor'
          ? `Gli elenchi sono paginati a cursore: \`${n.limit}\` (predefinito ${def}, al massimo ${max}) e \`${n.cursor}\`; la risposta contiene \`items\` e \`nextCursor\`.`
          : `Gli elenchi sono paginati con \`${n.limit}\` (predefinito ${def}, al massimo ${max}) e \`${n.offset}\`; la risposta contiene \`items\`, \`total\`, \`${n.limit}\` e \`${n.offset}\`.`,
    errorsFromCatalog: (mediaType) =>
      `Ogni risposta di errore usa il formato di errore della sezione 7 (\`${mediaType}\`), condiviso in openapi.yaml come \`components/responses\`.`,
    errorsFallback:
      'Non è stato progettato un catalogo degli errori, quindi le risposte di errore usano i problem details RFC 9457 (`application/problem+json`); la sezione 7 è il punto in cui un catalogo lo preciserebbe.',
    authScheme: (scheme) =>
      `Gli endpoint autenticati richiedono ${scheme}; gli endpoint pubblici lo dichiarano esplicitamente.`,
    noAuth:
      'Non è stata progettata alcuna strategia di autenticazione, quindi non è dichiarato alcuno schema di sicurezza.',
    schemes: {
      bearerAuth: 'un token bearer nell’intestazione `Authorization` (RFC 6750)',
      cookieAuth: 'il cookie di sessione impostato all’accesso',
      apiKeyAuth: 'una chiave API nell’intestazione `X-API-Key`',
    },
    successEnvelope: (wrapper, key, from) =>
      `Ogni corpo di successo è racchiuso come indicano i documenti: \`${wrapper}\`, con la risorsa o la pagina in \`${key}\` (${from}).`,
    created:
      'Le creazioni rispondono `201 Created` con un’intestazione `Location` (RFC 9110 §15.3.2); le cancellazioni rispondono `204 No Content`; un valore univoco già in uso risponde `409 Conflict`; le richieste oltre il limite di frequenza rispondono `429` con `Retry-After` (RFC 6585).',
    idempotency:
      'Le richieste che spostano denaro richiedono un’intestazione `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): un nuovo tentativo con la stessa chiave restituisce il primo risultato.',
    summaryHeading: 'Indice degli endpoint',
    summaryTable: {
      method: 'Metodo',
      path: 'Percorso',
      operation: 'Operazione',
      auth: 'Autenticazione',
      source: 'Origine',
    },
    schemasHeading: (entity) => `Schemi: ${entity}`,
    schemasNote: (entity) =>
      `\`${entity}\` è il corpo della risposta (senza segreti); \`${entity}Create\` il corpo di creazione; \`${entity}Update\` ha le stesse proprietà, tutte facoltative (PATCH è un aggiornamento parziale, RFC 5789).`,
    operation: 'Operazione',
    auth: 'Autenticazione',
    public: 'pubblica',
    authenticated: 'autenticata',
    roles: (roles) => `ruoli: ${roles.join(', ')}`,
    anyRole: 'qualsiasi utente autenticato',
    noRole:
      'ancora nessun ruolo: negato per impostazione predefinita finché una storia o i documenti non indicano chi lo chiama (5.5)',
    rateLimit: 'Limite di frequenza',
    /** Who a stated rate limit counts ("volunteer"), as the documents name them. */
    ratePer: (who: string) => `contato per ${who}`,
    rateClasses: {
      auth: 'autenticazione (rigoroso, per IP e per account)',
      read: 'lettura',
      write: 'scrittura',
      expensive: 'oneroso (ricerca, esportazione)',
      webhook: 'webhook (per fornitore)',
      public: 'pubblico',
    },
    paginationLine: (style, def, max) =>
      `${style === 'cursor' ? 'a cursore' : 'a offset'}, predefinito ${def}, massimo ${max}`,
    paginationLabel: 'Paginazione',
    idempotencyLabel: 'Idempotency-Key',
    required: 'obbligatoria',
    requirements: 'Requisiti',
    source: 'Origine',
    parameters: 'Parametri',
    parameterTable: {
      name: 'Nome',
      in: 'Posizione',
      type: 'Tipo',
      required: 'Obbligatorio',
      description: 'Descrizione',
    },
    yes: 'sì',
    no: 'no',
    requestBody: 'Corpo della richiesta',
    responses: 'Risposte',
    responseTable: { status: 'Stato', meaning: 'Significato', body: 'Corpo', errors: 'Codici di errore' },
    noBody: '—',
    errorBody: 'formato di errore',
  },
  actions: {
    list: (entity) => `Elencare i record di ${entity}`,
    get: (entity) => `Leggere un record di ${entity}`,
    create: (entity) => `Creare un record di ${entity}`,
    update: (entity) => `Aggiornare un record di ${entity} (parziale)`,
    replace: (entity) => `Sostituire un record di ${entity}`,
    delete: (entity) => `Eliminare un record di ${entity}`,
    search: (entity) => `Cercare record di ${entity}`,
  },
  stateAction: { ownWord: true, title: (verb, entity) => `${cap(verb)} ${entity}` },
  services: {
    intro: (services, methods, transactional) =>
      `${plural(services, 'servizio', 'servizi')} con ${methods} metodi pubblici; ${transactional === 1 ? '1 metodo scrive' : `${transactional} metodi scrivono`} in più di una tabella e ${transactional === 1 ? 'viene eseguito' : 'vengono eseguiti'} in un’unica transazione del database.`,
    signatures: (language: string, source: string) =>
      `Le firme dei metodi sono scritte in ${language}, il linguaggio indicato dallo stack (${source}).`,
    signaturesNeutral: (language: string, source: string) =>
      `Lo stack indica ${language} (${source}); le firme dei metodi sono scritte in una forma neutra, \`nome(parametro: Tipo) → Risultato\`.`,
    conventions:
      '`Actor` è il chiamante già autenticato (id utente, ruolo e, in un prodotto multi-tenant, id del tenant), ricavato dalla credenziale. I servizi sollevano errori tipizzati; il livello HTTP li traduce in codici di stato:',
    errorTable: { error: 'Errore', status: 'Stato HTTP', meaning: 'Significato' },
    errors: {
      ValidationError: ['400 / 422', 'input non valido, oppure un record referenziato non esiste'],
      UnauthorizedError: ['401', 'credenziali errate'],
      ForbiddenError: ['403', 'il chiamante non può agire su questo record'],
      NotFoundError: ['404', 'nessun record del genere visibile al chiamante'],
      ConflictError: ['409', 'un valore univoco è già in uso, oppure lo stato non consente la modifica'],
      IntegrationError: ['502 / 503', 'un servizio di terze parti ha fallito dopo i nuovi tentativi'],
    },
    purpose: {
      aggregate: (entity, members) =>
        members.length > 1
          ? `Logica di business dell’aggregato ${entity} (${members.join(', ')}).`
          : `Logica di business di ${entity}.`,
      /**
       * The parts the authentication service has (`sign-up`, `sign-in`, `sign-out`, `refresh`,
       * `password-reset`, `current-user`), and the providers the sign-in goes through, with the roles
       * that sign in there when the documents give groups their own way in.
       */
      authentication: (
        parts: readonly string[],
        at: readonly { name: string; roles: readonly string[] }[],
      ) => {
        const names: Record<string, string> = {
          'sign-up': 'registrazione',
          'sign-in': 'accesso',
          'sign-out': 'disconnessione',
          refresh: 'rinnovo del token',
          'password-reset': 'reimpostazione della password',
          'current-user': 'l’utente corrente',
        };
        const list = parts.map((x) => names[x] ?? x);
        const joined =
          list.length > 1 ? `${list.slice(0, -1).join(', ')} e ${list[list.length - 1]}` : (list[0] ?? '');
        const through = at.map(({ name, roles: rs }) => {
          const roles = rs.map((r) => `\`${r}\``).join(', ');
          return rs.length > 0 ? `${roles} accedono tramite ${name}` : `l’accesso passa da ${name}`;
        });
        const text = [joined, ...through].filter((x) => x.length > 0).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      },
      notification: 'Invia notifiche tramite i fornitori scelti.',
      payment: 'Incassa i pagamenti tramite il fornitore scelto.',
      'stated-routes': (resource) => `Operazioni delle rotte \`${resource}\` indicate nei documenti.`,
    },
    dependencies: 'Dipendenze',
    transactions: 'Transazioni',
    sideEffectsIntro:
      'Ciò che, secondo i documenti, ogni metodo provoca oltre alle sue scritture (dopo il commit della transazione; una voce di audit al suo interno):',
    sideEffectsHeader: ['Metodo', 'Effetto', 'Tramite', 'Quando', 'Fonte'],
    sideEffectKinds: {
      email: 'invia un’e-mail',
      sms: 'invia un SMS',
      push: 'invia una notifica push',
      job: 'accoda un job',
      event: 'emette un evento',
      webhook: 'chiama un webhook',
      integration: 'chiama un’integrazione',
      audit: 'scrive una voce di audit',
    },
    noTransactions: 'Ogni metodo scrive al massimo in una tabella.',
    transactional: (method, rule) => `\`${method}\` — una transazione (${rule})`,
    transactionWith: (method, how, source) => `\`${method}\` — ${how} (${source})`,
    transactionMechanisms: {
      'row-lock': 'una transazione, con le righe bloccate tramite SELECT … FOR UPDATE',
      'optimistic-version': 'una transazione, con la colonna di versione verificata all’aggiornamento',
      'advisory-lock': 'una transazione sotto un advisory lock',
      constraint:
        'una transazione che il vincolo di {rule} interrompe in presenza di uno scrittore concorrente',
      outbox: 'una transazione con il suo record nell’outbox, pubblicato dopo il commit',
      none: 'nessuna transazione tra le sue scritture',
      eventual: 'nessuna transazione condivisa: consistenza eventuale',
      audit: 'un’unica transazione con la voce di audit di {rule}',
    },
    endpoint: 'Endpoint',
    source: 'Origine',
  },
  checks: {
    entityWithoutEndpoints: (entity) => `${entity} non ha alcun endpoint`,
    evidence: (endpoints, withSchemas, entities) =>
      `${endpoints} endpoint, ${withSchemas} con schemi di richiesta e risposta ricavati dal modello dei dati, che coprono ${entities} entità`,
  },
  compact: {
    parameters:
      'Negli endpoint derivati, un parametro di query con il nome di un campo filtra per uguaglianza su quel campo, `sort` ordena per un campo (un `-` iniziale ordena in modo decrescente) e un parametro di percorso `{id}` è l’id del record; `*` indica un parametro obbligatorio. Tipi e vincoli sono quelli della sezione 1.',
    standardHeading: 'Risposte standard',
    standardIntro:
      'Il significato di ogni stato e i codici di errore che qualsiasi endpoint può restituire con esso, dichiarati una sola volta. Le tabelle degli endpoint elencano gli stati di ciascun endpoint e riportano un significato o un codice di errore solo quando è diverso.',
    standardHeader: ['Stato', 'Significato', 'Codici di errore su tutti gli endpoint'],
    schemasHeading: 'Schemi di richiesta e risposta',
    schemasIntro:
      'Dichiarati una sola volta come componenti con nome (`components/schemas` in openapi.yaml, un file per entità in `schemas/`) e richiamati per nome nelle tabelle degli endpoint. `<Entità>` è il corpo della risposta (senza segreti), `<Entità>Create` il corpo di creazione, `<Entità>Update` l’aggiornamento parziale (tutto facoltativo, RFC 5789); `<Entità>Page` racchiude un elenco in `items` con i campi di paginazione. Le proprietà obbligatorie sono in grassetto; tipi e vincoli sono quelli della sezione 1.',
    schemasHeader: ['Schema', 'Proprietà'],
    serverSet: (list: string) =>
      `Esclusi dai corpi di creazione e aggiornamento perché li imposta il server (ciascuno con la regola che lo motiva): ${list}.`,
    singlesHeading: 'Risorse con un solo endpoint',
    resourceColumn: 'Risorsa',
    endpointHeader: [
      'Metodo',
      'Percorso',
      'Operazione',
      'Autenticazione',
      'Limite di frequenza',
      'Richiesta',
      'Risposte',
      'Origine',
    ],
    paginated: 'paginato',
    idempotencyKey: 'intestazione `Idempotency-Key`',
    methodHeader: ['Servizio', 'Metodo', 'Chiamato da', 'Solleva'],
    serviceHeader: ['Servizio', 'Scopo', 'Dipendenze', 'Transazioni', 'Origine'],
    exampleHeader: ['Errore', 'Corpo di esempio'],
    everyJob: 'Tutti i job seguenti, salvo diversa indicazione nella loro tabella',
    sharedFields: (name: string) =>
      `I campi che la maggior parte delle entità condivide riga per riga sono dichiarati una sola volta in \`${name}\`; un’entità che \`extends ${name}\` li possiede, con lo stesso tipo, gli stessi vincoli e la stessa origine.`,
    entity: 'Entità',
    tablesHeading: 'Tabelle',
    summaryHeading: 'Riepilogo',
    glanceLabel: 'In sintesi',
    counts: ['entità', 'endpoint', 'servizi', 'ruoli', 'job in background', 'integrazioni esterne'],
    stackLabel: 'Tecnologie e scelte di progetto',
    proposedLabel: 'Proposto qui, non indicato nei documenti',
    attention: (conflicts, questions, gaps, link) =>
      `**Serve una decisione**: ${plural(conflicts, 'conflitto', 'conflitti')} tra i documenti (risolti per precedenza; il file delle decisioni prevale), ${plural(questions, 'domanda aperta', 'domande aperte')} e ${plural(gaps, 'lacuna di modellazione', 'lacune di modellazione')}; vedere ${link}.`,
  },
  flows: {
    heading: 'Flussi indicati',
    intro: (n: number) =>
      `${plural(n, 'flusso indicato', 'flussi indicati')} nei documenti, ${n === 1 ? 'disegnato come diagramma' : 'disegnati come diagrammi'} di sequenza: ogni passo è un messaggio dal ruolo che lo esegue all’API (con l’operazione corrispondente) o a un’integrazione nominata; un passo che non nomina alcuna chiamata è una nota. Un diagramma di sequenza dei documenti viene disegnato così come è scritto.`,
    api: 'API',
    client: 'Client',
  },
};
