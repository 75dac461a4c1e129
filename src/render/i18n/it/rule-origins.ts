import type { RuleId } from '../../../derive/rule-origins.js';

/** Italian wording of the "Rule origins" appendix (see en/rule-origins.ts). */
const sentences: Record<RuleId, string> = {
  'derive/access-token-default-15m':
    'Propone una durata di 15 minuti per il token di accesso dove i documenti indicano un’autenticazione a token ma non la sua durata.',
  'derive/action-from-state-enum':
    'Aggiunge un endpoint di azione per ogni cambio di stato consentito da un enum di stati indicato e dal suo ciclo di vita.',
  'derive/add-created-at': 'Aggiunge un timestamp created_at a ogni entità indicata che non ne ha uno.',
  'derive/add-primary-key':
    'Aggiunge una chiave primaria UUID a un’entità indicata che non nomina alcuna chiave.',
  'derive/add-updated-at':
    'Aggiunge un timestamp updated_at a ogni entità modificabile indicata che non ne ha uno.',
  'derive/alert-from-availability-nfr':
    'Trasforma un obiettivo di disponibilità indicato in un allarme sul budget di errore.',
  'derive/alert-from-latency-nfr':
    'Trasforma un obiettivo di latenza indicato in un allarme sulla latenza p95.',
  'derive/append-only-record':
    'Rende un’entità di solo inserimento (niente updated_at, nessuna modifica) perché i documenti la descrivono come un registro o uno storico.',
  'derive/auth-default-jwt':
    'Propone un’autenticazione bearer con JWT dove i documenti richiedono l’accesso ma non nominano alcun meccanismo.',
  'derive/auth-endpoints':
    'Aggiunge gli endpoint di accesso richiesti dal meccanismo di autenticazione indicato.',
  'derive/auth-passwordless-sign-in':
    'Fa accedere senza password perché i documenti indicano un link o un codice monouso via e-mail: una rotta lo invia (202 che l’account esista o no), un’altra lo scambia una sola volta con la sessione.',
  'derive/auth-login': 'Aggiunge un endpoint di login perché i documenti indicano che gli utenti accedono.',
  'derive/auth-logout':
    'Aggiunge un endpoint di logout che chiude la sessione o revoca il refresh token del meccanismo di autenticazione indicato.',
  'derive/auth-me':
    'Aggiunge un endpoint dell’utente corrente perché gli utenti autenticati leggono il proprio profilo.',
  'derive/auth-none-no-protected-endpoint':
    'Registra che non serve alcuna autenticazione perché nessuna operazione indicata è protetta.',
  'derive/auth-oauth-per-provider':
    'Aggiunge un endpoint di avvio e uno di callback OAuth per ogni provider di identità indicato.',
  'derive/auth-password-reset-from-requirement':
    'Aggiunge gli endpoint di reimpostazione della password richiesti da un requisito indicato.',
  'derive/auth-refresh-when-stated':
    'Aggiunge un endpoint di rinnovo del token perché i documenti indicano refresh token.',
  'derive/auth-register-from-requirement':
    'Aggiunge un endpoint di registrazione richiesto da un requisito o da una storia indicati.',
  'derive/auth-strategy-of-provider':
    'Adotta le impostazioni di token e sessione del provider o della libreria di autenticazione indicati.',
  'derive/auth-verify-email':
    'Aggiunge un endpoint di verifica dell’e-mail perché i documenti indicano la verifica dell’e-mail.',
  'derive/authentication-service':
    'Aggiunge un servizio di autenticazione responsabile dell’accesso, dei token e della gestione delle password indicati.',
  'derive/auth-issuer-after-group':
    'Dà a un gruppo di ruoli i token propri dell’API quando una frase subito dopo l’accesso del gruppo dice che l’API emette token propri.',
  'derive/auth-issuer-own-sign-in':
    'Fa emettere all’API i token di un gruppo che accede con un link o un codice monouso inviato per e-mail e non nomina alcun provider di identità.',
  'derive/password-hash-of-library':
    'Adotta l’hashing delle password che la libreria di autenticazione indicata esegue da sé (Devise: bcrypt, costo 12) invece di proporne un altro.',
  'derive/auth-staff-group-other-roles':
    'Assegna a un gruppo di personale indicato («Staff: token di accesso Auth0») ogni ruolo che nessun altro gruppo delle frasi di autenticazione nomina.',
  'derive/authz-admin-all':
    'Concede a un ruolo di amministratore indicato ogni operazione del proprio tenant.',
  'derive/authz-deny-by-default':
    'Nega ogni operazione che i ruoli e le storie indicati non concedono (OWASP A01).',
  'derive/authz-own-by-story':
    'Limita un chiamante indicato ai propri record quando una storia utente indicata fa agire l’attore su un record proprio.',
  'derive/authz-from-story':
    'Concede a un ruolo un’operazione perché una storia utente indicata attribuisce quell’azione a quel ruolo.',
  'derive/authz-owner-column':
    'Ricava la proprietà di un record da una colonna indicata che punta all’utente che agisce.',
  'derive/authz-owner-only':
    'Limita un’operazione al proprietario del record, come indica la colonna di proprietà indicata.',
  'derive/authz-owner-via-parent':
    'Ricava la proprietà di un record figlio dal proprietario del suo padre indicato.',
  'derive/authz-public-endpoint':
    'Lascia un’operazione aperta ai chiamanti anonimi perché i documenti la indicano come pubblica.',
  'derive/authz-read-referenced':
    'Consente a un ruolo di leggere i record a cui fanno riferimento i record che può gestire.',
  'derive/authz-self-profile':
    'Consente a ogni utente autenticato di leggere e modificare il proprio profilo.',
  'derive/authz-role-column':
    'Legge una chiave esterna verso l’entità utente col nome di un ruolo come i record propri di quel ruolo.',
  'derive/authz-user-reference':
    'Annota una chiave esterna verso l’entità utente che dice chi ha agito: un percorso reale verso l’utente che da solo non limita nessuno.',
  'derive/authz-stated-scope':
    'Tiene un ruolo nell’ambito che una frase indica («vede solo …»), seguendo le chiavi esterne da ciò che nomina fino all’utente.',
  'derive/creator-from-caller':
    'Prende dal token di chi chiama, mai dal corpo, la chiave esterna verso l’entità utente che registra chi ha creato il record.',
  'derive/parent-from-path':
    'Prende dal percorso, mai dal corpo, la chiave esterna verso il padre di un record creato sotto il percorso del padre.',
  'derive/authz-self-record':
    'Limita un ruolo al proprio record di un’entità collegata uno a uno all’utente.',
  'derive/authz-subject-record':
    'Prende il record che contiene il soggetto del provider di identità e nomina un ruolo come record proprio di quel ruolo (l’API vi associa il token).',
  'derive/authz-self-service':
    'Consente a un utente di eseguire sui propri dati le operazioni che una storia indicata gli attribuisce.',
  'derive/authz-single-role-all':
    'Concede all’unico ruolo indicato ogni operazione, dato che non esiste alcun altro ruolo.',
  'derive/authz-state-action-by-story-actor':
    'Concede un’azione di cambio di stato al ruolo la cui storia indicata la esegue.',
  'derive/authz-webhook-machine-only':
    'Apre un endpoint di webhook solo alle chiamate firmate del suo provider indicato.',
  'derive/authz-writer-reads': 'Consente a un ruolo che può scrivere una risorsa anche di leggerla.',
  'derive/base-path-as-stated': 'Usa il percorso base dell’API indicato dai documenti.',
  'derive/bcrypt-min-cost-12': 'Imposta un costo bcrypt di almeno 12 perché i documenti scelgono bcrypt.',
  'derive/browser-client':
    'Applica le protezioni per i client browser (CORS, cookie, CSRF) perché un front-end web indicato chiama l’API.',
  'derive/cache-aggregate-endpoint':
    'Mette in cache un endpoint aggregato (dashboard o report) che secondo i documenti viene letto spesso.',
  'derive/cache-current-user':
    'Mette in cache il profilo dell’utente autenticato, letto a ogni caricamento di pagina.',
  'derive/cache-external-response':
    'Mette in cache le risposte di un servizio esterno indicato che vengono lette ripetutamente.',
  'derive/cache-stated-external':
    'Mette in cache le risposte di un servizio esterno scelto perché un’affermazione chiede di mettere in cache le risposte delle integrazioni.',
  'derive/cache-metrics':
    'Aggiunge metriche di hit e miss della cache perché la specifica prevede una cache.',
  'derive/cache-reference-entity':
    'Mette in cache i dati di riferimento che il modello indicato modifica di rado.',
  'derive/cache-ttl-aggregate':
    'Propone la durata (TTL) degli aggregati in cache dove i documenti non ne indicano alcuna.',
  'derive/cache-ttl-external':
    'Propone la durata (TTL) delle risposte esterne in cache dove i documenti non ne indicano alcuna.',
  'derive/cache-ttl-profile':
    'Propone la durata (TTL) del profilo utente in cache dove i documenti non ne indicano alcuna.',
  'derive/cache-ttl-stated-entry':
    'Propone la durata (TTL) di una voce di cache che i documenti indicano senza durata.',
  'derive/cache-ttl-reference':
    'Propone la durata (TTL) dei dati di riferimento in cache dove i documenti non ne indicano alcuna.',
  'derive/client-side-integration-no-retry':
    'Non prevede nuovi tentativi lato server per un’integrazione che secondo i documenti il client chiama direttamente.',
  'derive/coverage-80':
    'Propone una soglia minima di copertura delle righe dell’80 % dove i documenti non indicano alcun obiettivo.',
  'derive/crud-for-aggregate-root':
    'Aggiunge le operazioni di creazione, lettura, aggiornamento ed elenco di un’entità principale indicata che le esigenze indicate usano.',
  'derive/crud-for-owned-child':
    'Aggiunge le operazioni di un’entità posseduta da un padre indicato, annidate sotto il percorso del padre.',
  'derive/db-pool-metric':
    'Aggiunge metriche sul pool del database perché la specifica usa un database relazionale.',
  'derive/deactivate-not-delete':
    'Sostituisce la cancellazione con la disattivazione per i record a cui altri record indicati continuano a fare riferimento.',
  'derive/default-database-postgresql':
    'Propone PostgreSQL dove i documenti indicano un modello dei dati ma nessun database.',
  'derive/default-error-rate-alert':
    'Propone un allarme sul tasso di errori 5xx dove i documenti non indicano alcun allarme.',
  'derive/default-role-admin':
    'Propone un ruolo di amministratore dove i documenti parlano di amministrazione ma non nominano alcun ruolo.',
  'derive/default-role-user':
    'Propone un ruolo utente dove i documenti indicano l’accesso ma non nominano alcun ruolo.',
  'derive/e2e-per-top-priority-story':
    'Aggiunge un test end-to-end per ogni storia indicata di massima priorità.',
  'derive/e2e-per-ux-flow': 'Aggiunge un test end-to-end per ogni flusso UX indicato.',
  'derive/env-database-url': 'Aggiunge un’impostazione DATABASE_URL perché la specifica usa un database.',
  'derive/env-log-level': 'Aggiunge un’impostazione LOG_LEVEL per i log strutturati.',
  'derive/env-redis-url': 'Aggiunge un’impostazione REDIS_URL perché lo stack indicato usa Redis.',
  'derive/env-referenced':
    'Aggiunge ogni variabile d’ambiente richiesta dai documenti o dalle integrazioni indicate.',
  'derive/error-400-validation':
    'Aggiunge l’errore di validazione 400 che ogni operazione con input può restituire.',
  'derive/error-401-invalid-credentials': 'Aggiunge l’errore 401 per un accesso non riuscito.',
  'derive/error-401-token-expired':
    'Aggiunge l’errore 401 per un token scaduto dell’autenticazione a token indicata.',
  'derive/error-401-unauthenticated':
    'Aggiunge l’errore 401 per le chiamate senza credenziali valide alle operazioni protette.',
  'derive/error-403-forbidden':
    'Aggiunge l’errore 403 per i chiamanti a cui la matrice dei permessi nega l’accesso.',
  'derive/error-404-not-found': 'Aggiunge l’errore 404 per le operazioni su un singolo record.',
  'derive/error-409-conflict':
    'Aggiunge l’errore 409 per i cambi di stato che il ciclo di vita indicato non consente.',
  'derive/error-409-unique': 'Aggiunge l’errore 409 per un valore univoco indicato che è già in uso.',
  'derive/error-422-business-rule':
    'Aggiunge l’errore 422 per una regola di business indicata che una richiesta viola.',
  'derive/error-429-rate-limited': 'Aggiunge l’errore 429 dei limiti di frequenza.',
  'derive/error-500-internal': 'Aggiunge l’errore 500 che ogni operazione può restituire.',
  'derive/error-503-unavailable': 'Aggiunge l’errore 503 per una dipendenza indicata non disponibile.',
  'derive/errors-rfc9457-problem-details':
    'Propone i problem details RFC 9457 come formato di errore dove i documenti non ne indicano alcuno.',
  'derive/extension-citext':
    'Aggiunge l’estensione citext per il testo univoco indicato senza distinzione tra maiuscole e minuscole, come gli indirizzi e-mail.',
  'derive/extension-pg-trgm':
    'Aggiunge l’estensione pg_trgm per la ricerca testuale richiesta da un requisito indicato.',
  'derive/foreign-key-by-name':
    'Legge un campo indicato che prende il nome da un’entità (`patient_id`) come chiave esterna verso di essa.',
  'derive/foreign-key-from-relationship':
    'Aggiunge la colonna di chiave esterna richiesta da una relazione indicata.',
  'derive/foreign-key-type-follows-key':
    'Assegna a una chiave esterna il tipo della chiave indicata a cui fa riferimento.',
  'derive/format-from-field-name':
    'Deduce il formato di un campo indicato, come un indirizzo e-mail o un numero di telefono, dal suo nome.',
  'derive/health-liveness': 'Aggiunge un endpoint di liveness per l’orchestratore.',
  'derive/health-readiness-real-dependencies':
    'Aggiunge un endpoint di readiness che verifica il database e i servizi indicati.',
  'derive/hide-internal-records': 'Tiene i record interni (token, log, outbox) fuori dall’API pubblica.',
  'derive/id-is-primary-key': 'Rende chiave primaria un campo `id` indicato.',
  'derive/in-process-cache-when-no-store':
    'Propone una cache nel processo dove serve una cache ma i documenti non indicano alcun archivio di cache.',
  'derive/index-every-foreign-key': 'Indicizza ogni chiave esterna del modello indicato.',
  'derive/index-lookup-field':
    'Indicizza un campo indicato in base al quale una query indicata cerca i record.',
  'derive/index-tenant-created-at':
    'Indicizza tenant e data di creazione per gli elenchi di un’entità indicata multi-tenant.',
  'derive/index-tenant-status':
    'Indicizza tenant e stato per i filtri per stato di un’entità indicata multi-tenant.',
  'derive/index-unique-field': 'Aggiunge un indice univoco per un campo che secondo i documenti è univoco.',
  'derive/integration-retry-catalogue':
    'Ricava dal catalogo dei provider la politica di nuovi tentativi di un’integrazione indicata.',
  'derive/integration-retry-unknown-provider':
    'Propone una politica generica di nuovi tentativi per un’integrazione indicata che il catalogo non conosce.',
  'derive/integration-tests-real-database':
    'Esegue i test di integrazione su un’istanza reale del database indicato.',
  'derive/integrations-in-use': 'Elenca le integrazioni che secondo i documenti sono in uso.',
  'derive/job-expired-token-cleanup':
    'Aggiunge un job che elimina i token scaduti dell’autenticazione a token indicata.',
  'derive/job-for-document-generation':
    'Aggiunge un job per la generazione di documenti descritta da un requisito indicato.',
  'derive/job-for-outgoing-message':
    'Aggiunge un job di consegna per ogni provider di e-mail o messaggi indicato.',
  'derive/job-for-reminder':
    'Aggiunge un job di promemoria per i promemoria descritti da un requisito indicato.',
  'derive/job-for-period-end':
    'Aggiunge un job che anonimizza o archivia i dati il cui periodo indicato è terminato ("anonimizzati dopo 24 mesi").',
  'derive/job-for-retention': 'Aggiunge un job di eliminazione per un periodo di conservazione indicato.',
  'derive/job-for-schedule': 'Aggiunge un job per una pianificazione indicata ("ogni notte", "ogni ora").',
  'derive/job-for-timed-rule':
    'Aggiunge un job che esegue la transizione descritta da una regola di sistema temporizzata indicata, una volta trascorso il suo tempo.',
  'derive/error-status-from-criterion':
    'Assegna uno stato HTTP a un codice di errore che i documenti nominano senza stato: 409 quando la frase dice che lo stato del record impedisce l’azione, 429 quando un conteggio è superato, altrimenti 422.',
  'derive/job-time-proposed':
    'Propone un orario (03:00; il lunedì per un periodo settimanale, il giorno 1 per uno mensile) per un job il cui periodo i documenti indicano senza orario («giornaliero», «ogni 24 ore», «mensile»).',
  'derive/job-schedule-proposed':
    'Propone una pianificazione di scansione per un job il cui lavoro è indicato dai documenti senza una pianificazione.',
  'derive/job-for-webhook': 'Aggiunge un job che elabora i webhook di un provider indicato.',
  'derive/job-metrics':
    'Aggiunge metriche di durata e di fallimento dei job perché la specifica prevede job in background.',
  'derive/job-retry':
    'Propone una politica di nuovi tentativi per un job indicato dove i documenti non ne indicano alcuna.',
  'derive/job-runner-default':
    'Propone un esecutore di job dove i documenti indicano dei job ma nessun esecutore.',
  'derive/job-runner-partly-stated': 'Completa un esecutore di job che i documenti nominano solo in parte.',
  'derive/job-runner-stated': 'Usa l’esecutore di job indicato dai documenti.',
  'derive/join-table':
    'Tratta come tabella di collegamento una tabella indicata che collega soltanto due entità.',
  'derive/join-table-as-sub-resource':
    'Espone una tabella di collegamento come sotto-risorsa di uno dei due lati della sua relazione.',
  'derive/join-table-composite-key':
    'Assegna a una tabella di collegamento la chiave composta delle sue due chiavi esterne.',
  'derive/join-table-for-many-to-many':
    'Aggiunge una tabella di collegamento per una relazione molti a molti indicata.',
  'derive/json-structured-logs': 'Propone log strutturati in JSON con id della richiesta.',
  'derive/jwt-claims-minimal':
    'Limita i claim del JWT a soggetto, ruoli e tenant richiesti dal modello indicato.',
  'derive/load-test-from-nfr': 'Aggiunge un test di carico per ogni obiettivo di prestazione indicato.',
  'derive/lockout-5-attempts-15m':
    'Propone un blocco di 15 minuti dopo 5 accessi falliti dove i documenti non ne indicano alcuno.',
  'derive/log-server-errors': 'Registra nei log ogni errore del server con il suo id della richiesta.',
  'derive/anonymous-caller':
    'Tratta un ruolo che i documenti descrivono come non autenticato come il chiamante anonimo: solo rotte pubbliche, nessun ruolo di token.',
  'derive/machine-principal':
    'Aggiunge un chiamante macchina per i webhook e le chiamate di servizio indicati.',
  'derive/many-to-many-from-join-table':
    'Legge una relazione molti a molti da una tabella di collegamento indicata.',
  'derive/migrations-versioned-sql':
    'Propone migrazioni SQL versionate dove i documenti non indicano alcuno strumento di migrazione.',
  'derive/mongodb-collections':
    'Associa le entità indicate a collezioni MongoDB perché i documenti scelgono MongoDB.',
  'derive/mongodb-object-id':
    'Assegna ai documenti MongoDB una chiave ObjectId perché i documenti scelgono MongoDB.',
  'derive/monitoring-sdk-retry':
    'Lascia i nuovi tentativi di un servizio di monitoraggio indicato al suo SDK.',
  'derive/n-plus-one-per-relationship':
    'Segnala il rischio N+1 di ogni relazione indicata letta dagli elenchi.',
  'derive/name-enum-type': 'Dà un nome al tipo enum del database di un campo indicato di stato o di tipo.',
  'derive/nest-owned-child': 'Annida il percorso di un figlio posseduto indicato sotto quello del padre.',
  'derive/no-auth-stated': 'Registra che i documenti non indicano alcuna autenticazione.',
  'derive/no-change-to-append-only':
    'Omette aggiornamento e cancellazione di un record indicato di solo inserimento.',
  'derive/no-change-to-money-records':
    'Omette aggiornamento e cancellazione dei record di denaro (pagamenti, fatture): si stornano, non si modificano.',
  'derive/no-database':
    'Registra che i documenti non indicano alcun database: il sistema non conserva dati propri.',
  'derive/no-delete-without-requirement':
    'Omette un’operazione di cancellazione che nessun requisito o storia indicati richiede.',
  'derive/no-write-without-caller':
    'Omette una creazione o modifica progettata negata a tutti i ruoli quando ogni requisito che la nominava è servito da un’altra operazione dello stesso tipo che un ruolo chiama (`POST /berths` accanto a `POST /reservations` del visitatore per FR-2).',
  'derive/no-delete-without-caller':
    'Omette una cancellazione progettata negata a tutti i ruoli: nessuna storia, permesso o accesso indicato nomina chi la chiama.',
  'derive/no-list-without-requirement':
    'Omette un’operazione di elenco che nessun requisito o storia indicati richiede.',
  'derive/no-write-without-requirement':
    'Omette un’operazione di scrittura che nessun requisito o storia indicati richiede.',
  'derive/no-writes-on-read-only-data':
    'Omette le scritture sui dati che secondo i documenti sono di sola lettura o importati.',
  'derive/no-writes-on-system-data': 'Omette le scritture dei client sui record creati solo dal sistema.',
  'derive/not-null-key': 'Rende NOT NULL una colonna chiave.',
  'derive/notification-channel-per-provider':
    'Aggiunge un canale di notifica per ogni provider di messaggi indicato.',
  'derive/notification-service':
    'Aggiunge un servizio di notifica perché i documenti indicano delle notifiche.',
  'derive/pattern-check':
    "Scrive il pattern di formato che una notazione di codice indica per un campo (Mongoose match, zod .regex, Rails format, Pydantic pattern) come CHECK PostgreSQL (col ~ '…'), perché il database imponga ciò che l'API valida.",
  'derive/nullable-when-unstated':
    'Rende nullable un campo indicato quando i documenti non dicono che è obbligatorio.',
  'derive/on-delete-cascade-join-table':
    'Elimina le righe della tabella di collegamento insieme a uno qualsiasi dei due lati.',
  'derive/on-delete-cascade-owned-child': 'Elimina un figlio posseduto insieme al suo padre indicato.',
  'derive/on-delete-restrict-shared':
    'Rifiuta di eliminare un record a cui fa ancora riferimento una chiave esterna obbligatoria del modello indicato.',
  'derive/on-delete-set-null-optional':
    'Azzera una chiave esterna facoltativa quando il record a cui fa riferimento viene eliminato.',
  'derive/create-from-verb-noun':
    'Legge un verbo che nessun lessico conosce e la cui radice nomina un’entità del modello («votare» → Voto) come la creazione di quell’entità.',
  'derive/operation-from-story': 'Aggiunge l’operazione richiesta da una storia utente indicata.',
  'derive/owasp-a01-from-matrix':
    'Esprime la pratica di controllo degli accessi di OWASP A01 a partire dalla matrice dei permessi.',
  'derive/owasp-a02':
    'Esprime la pratica crittografica di OWASP A02 per i segreti e i dati personali indicati.',
  'derive/owasp-a04-validation':
    'Esprime la pratica di validazione dell’input di OWASP A04 a partire dalle regole di validazione.',
  'derive/owasp-a08-webhooks':
    'Richiede la verifica della firma sui webhook dei provider indicati (OWASP A08).',
  'derive/owasp-a10-allowlist': 'Limita le chiamate in uscita alle integrazioni indicate (OWASP A10).',
  'derive/pagination-20-100':
    'Propone pagine di 20 elementi, al massimo 100, dove i documenti non indicano alcuna dimensione di pagina.',
  'derive/password-hash-argon2id':
    'Propone l’hash delle password con Argon2id dove i documenti indicano password ma nessun algoritmo di hash.',
  'derive/password-max-length-128': 'Limita le password a 128 caratteri per contenere il costo dell’hash.',
  'derive/password-min-length-8':
    'Propone una lunghezza minima della password di 8 caratteri dove i documenti non ne indicano alcuna.',
  'derive/payment-service':
    'Aggiunge un servizio di pagamento perché i documenti indicano un provider di pagamento.',
  'derive/pool-from-concurrency':
    'Dimensiona il pool del database in base all’obiettivo di concorrenza indicato.',
  'derive/rate-limit-per-class':
    'Propone limiti di frequenza per classe di operazione dove i documenti non ne indicano alcuno.',
  'derive/read-only-log': 'Espone un registro o uno storico indicato in sola lettura.',
  'derive/read-only-reference-data':
    'Espone i dati di riferimento indicati in sola lettura, tranne che agli amministratori.',
  'derive/red-metrics': 'Aggiunge metriche di frequenza, errori e durata per ogni endpoint.',
  'derive/refresh-rotation-reuse-detection':
    'Ruota i refresh token e revoca l’intera famiglia in caso di riutilizzo perché i documenti indicano refresh token.',
  'derive/refresh-token-capped-by-session':
    'Limita la durata del refresh token alla durata della sessione indicata.',
  'derive/refresh-token-default-7d':
    'Propone una durata del refresh token di 7 giorni dove i documenti non ne indicano alcuna.',
  'derive/relationship-from-foreign-key': 'Legge una relazione da una chiave esterna indicata.',
  'derive/resource-from-story-noun': 'Aggiunge una risorsa per un’entità su cui agiscono le storie indicate.',
  'derive/resource-per-aggregate-root': 'Aggiunge una risorsa per ogni entità principale indicata.',
  'derive/sanitise-decimal-as-string':
    'Restituisce importi e valori decimali come stringhe, per non perdere precisione.',
  'derive/sanitise-explicit-null': 'Restituisce i valori facoltativi assenti come null espliciti.',
  'derive/sanitise-no-html': 'Restituisce il testo come dati, mai come HTML.',
  'derive/sanitise-personal-data':
    'Tiene i dati personali indicati fuori dai log e dalle risposte destinate ad altri utenti.',
  'derive/sanitise-rfc3339-utc': 'Restituisce i timestamp in formato RFC 3339 in UTC.',
  'derive/sanitise-secrets-never-returned':
    'Non restituisce mai i segreti indicati, come hash delle password o token.',
  'derive/search-from-requirement':
    'Aggiunge un parametro o un’operazione di ricerca richiesti da un requisito indicato.',
  'derive/security-tests-per-owasp-item':
    'Aggiunge un test di sicurezza per ogni pratica OWASP della sezione 13.',
  'derive/sensitive-field':
    'Contrassegna come sensibile un campo indicato in base al nome (password, token, segreto).',
  'derive/sensitive-personal':
    'Contrassegna come dato personale un campo indicato in base al nome (e-mail, telefono, data di nascita).',
  'derive/sensitive-secret':
    'Contrassegna come segreto un campo indicato in base al nome (hash della password, token, chiave API).',
  'derive/owner-from-caller':
    'Tiene fuori dal corpo di creazione il riferimento al record del chiamante quando solo quel ruolo crea il record: il server lo prende dal token.',
  'derive/state-time-server-set':
    'Tiene fuori dai corpi delle richieste la data e ora che porta il nome di uno stato raggiunto dal record dopo la creazione: la registra il server, o la fissa come scadenza.',
  'derive/queue-position-server-set':
    'Tiene fuori dai corpi delle richieste il numero che porta il nome di uno stato e di un posto nella sua coda (`waitlistPos` accanto a `waitlisted`): il server numera la coda quando i record vi entrano e ne escono.',
  'derive/state-flag-from-action':
    'Esclude dai corpi di creazione e modifica un booleano che prende il nome da uno stato il cui verbo è compiuto da un’azione indicata del record, o del record a cui appartiene: è quell’azione a impostarlo.',
  'derive/action-time-from-action':
    'Esclude dai corpi di creazione e modifica una data-ora che prende il nome dal verbo di un’azione indicata del record (`picked_up_at` accanto a `POST …/{id}/pickup`): è quell’azione a registrarla.',
  'derive/action-reading-from-action':
    'Esclude dai corpi di creazione e modifica un numero che prende il nome dal verbo di un’azione indicata del record (`return_battery_level` accanto a `POST …/{id}/return`): è quell’azione a registrare la misura.',
  'derive/status-from-actions':
    "Esclude dai corpi di creazione e modifica una colonna di stato con valore predefinito indicato di un record che azioni indicate fanno avanzare (`status DEFAULT 'open'` accanto a `POST …/{id}/close`): il record nasce in quel valore e solo le azioni lo cambiano.",
  'derive/role-column-from-caller':
    'Esclude dai corpi di creazione e modifica il riferimento a un utente che prende il nome dall’unico ruolo che crea il record (`mechanic_id` quando solo un meccanico segnala un guasto): il server prende il chiamante dal token.',
  'derive/total-from-rate':
    'Esclude dai corpi di creazione e modifica l’unico totale di un record quando un altro record del modello contiene una tariffa (`total_cents` accanto a `prices.daily_rate_cents`): il server lo calcola dalla tariffa.',
  'derive/role-column-from-action':
    'Esclude dal corpo di creazione un riferimento facoltativo all’utente che prende il nome da un ruolo che esegue un’azione dichiarata sul record e non lo crea (`courier_id` accanto a `POST /orders/{id}/pickup` per un corriere): lo imposta dopo la creazione un’azione (quella del ruolo o un’assegnazione), mai chi crea.',
  'derive/distance-from-places':
    'Esclude dai corpi di richiesta un numero che prende il nome da una distanza su un record che rimanda a due record con coordinate (`distance_km` accanto all’indirizzo e alla sede): il server la misura.',
  'derive/code-of-owned-record':
    'Esclude dai corpi di richiesta un codice o numero univoco di un record che appartiene a chi chiama (`orders.code`): chi chiama non conosce i codici degli altri, quindi lo emette il server.',
  'derive/status-from-webhook':
    'Esclude dai corpi di richiesta lo stato di un record sotto la cui collezione si trova una rotta webhook dichiarata (`POST /fizetesek/simplepay/ipn` accanto a `fizetesek.statusz`): la notifica del fornitore lo cambia.',
  'derive/subject-from-token':
    "Esclude dai corpi delle richieste l'identificativo di una persona presso il fornitore di identità (`kakao_sub`, `bankid_subject`, `keycloak_id`): il server lo prende dal `sub` del token verificato.",
  'derive/sign-in-state':
    "Esclude dai corpi delle richieste lo stato di accesso di un account (`failed_logins`, `locked_until`, `email_verified`, l'ultimo accesso): lo scrivono l'accesso e la verifica.",
  'derive/last-event-time':
    "Esclude dai corpi delle richieste la data e ora dell'ultimo evento di un tipo (`last_order_at`): il server la registra quando gli eventi accadono.",
  'derive/stored-file-size':
    'Esclude dai corpi delle richieste una dimensione in byte (`pdf_size_bytes`): il server misura il file salvato.',
  'derive/actor-from-caller':
    'Esclude dai corpi delle richieste chi ha fatto qualcosa (`recorded_by`, `adjusted_by`, `registrado_por`): il server prende il chiamante dal token.',
  'derive/tenant-from-token':
    'Esclude il `tenant_id` di un record dai corpi delle richieste: il server prende il tenant del chiamante dal token.',
  'derive/anonymised-time':
    'Esclude dai corpi delle richieste il momento in cui un record è stato anonimizzato (`anonymised_at`): lo fissa la cancellazione.',
  'derive/record-time':
    'Esclude dai corpi delle richieste la data e ora in cui un record è stato registrato (`recorded_at`, `registrado_en`): il server prende il momento in cui lo salva.',
  'derive/hold-expiry':
    'Esclude dai corpi delle richieste la fine di un blocco provvisorio (`held_until`, `hold_expires_at`): il server gli dà la sua durata.',
  'derive/action-note-from-action':
    'Esclude dai corpi di creazione e modifica un testo il cui nome inizia con il verbo di un’azione di cui il record conserva l’ora (`void_reason` accanto a `voided_at` e `POST …/{id}/void`): l’azione lo registra, e un’azione di stato progettata da una storia o da una tabella di rotte lo riceve nel suo corpo.',
  'derive/server-rendered-surface':
    'Fa servire dalle schermate di un’interfaccia che, secondo i documenti, non ha API JSON (un backoffice renderizzato lato server) un’operazione che solo i ruoli di quell’interfaccia possono chiamare: resta un metodo di servizio, fuori dal documento OpenAPI.',
  'derive/provider-reference-server-set':
    'Tiene fuori dai corpi delle richieste il riferimento di un fornitore (un campo che porta il nome di un’integrazione in uso e una parola di identificativo, `stripe_payment_intent_id`): il fornitore lo restituisce quando il server lo chiama.',
  'derive/start-payment-from-provider':
    'Aggiunge l’operazione con cui chi paga avvia un pagamento presso il fornitore di pagamenti indicato (`POST /invoices/{id}/payment`, che risponde con l’URL di pagamento) per una storia che paga un record: il webhook del fornitore registra l’esito, non è mai l’operazione di chi paga.',
  'derive/total-of-line-items':
    'Tiene fuori dai corpi delle richieste il totale di un record le cui righe indicano quantità e prezzo unitario: il server ne calcola la somma.',
  'derive/server-owned-fields':
    'Tiene fuori dai corpi delle richieste i campi impostati dal server (id, timestamp, proprietario).',
  'derive/service-method-per-endpoint': 'Aggiunge un metodo di servizio per ogni endpoint.',
  'derive/service-per-aggregate':
    'Aggiunge un servizio per ogni gruppo di entità indicate che appartengono a uno stesso aggregato.',
  'derive/soft-delete-stated':
    'Aggiunge una colonna deleted_at perché i documenti indicano la cancellazione logica.',
  'derive/status-change-from-story':
    'Cambia lo stato di un record con una sua azione propria quando una storia ne cambia lo stato.',
  'derive/system-default':
    'Assegna a una colonna chiave o timestamp il suo valore predefinito nel database (gen_random_uuid(), now()).',
  'derive/tenant-column': 'Aggiunge la colonna del tenant alle entità di un modello indicato multi-tenant.',
  'derive/tenant-scope': 'Limita ogni query al tenant del chiamante in un modello indicato multi-tenant.',
  'derive/token-cookie-httponly-secure-samesite':
    'Mette i token in cookie HttpOnly, Secure e SameSite perché un client browser indicato effettua l’accesso.',
  'derive/transaction-cascading-soft-delete':
    'Cancella logicamente un record e i suoi figli posseduti in un’unica transazione.',
  'derive/constraint-error-on-entity-writes':
    'Solleva l’errore di una regola indicata implementata come vincolo del database (un valore univoco, nessuna sovrapposizione) a ogni creazione e aggiornamento dell’entità che vincola, quando nessun requisito collega la regola a un’operazione.',
  'derive/domain-error-from-rule':
    'Dà un nome all’errore di dominio sollevato da una regola indicata, a partire dall’entità vincolata e dal tipo di regola (`APPOINTMENT_OUTSIDE_WINDOW`), quando la frase della regola non indica alcun codice.',
  'derive/rule-enforced-by-job':
    'Dà il nome al job in background che applica una regola che il progetto applica con un job: il job progettato dalla riga della regola, altrimenti l’unico job indicato la cui riga cita la regola o il suo requisito, altrimenti l’unico job indicato che compie l’atto della regola (eliminare, anonimizzare, archiviare, ricordare), altrimenti l’unico job indicato pianificato nella data dell’anno che la regola indica. Una regola che non nomina alcuna entità vincola l’unica entità nominata dal nome del job indicato (`IssueInvoices`: Invoice).',
  'derive/transaction-no-overlap-constraint':
    'Esegue in un’unica transazione una scrittura vincolata da una regola indicata di non sovrapposizione o di doppia prenotazione, che il vincolo univoco o di esclusione della regola interrompe quando un altro scrittore ha già occupato lo slot.',
  'derive/transaction-with-audit-entry':
    'Scrive in un’unica transazione la modifica vincolata da una regola di audit e la sua voce di audit, così che nessuna delle due venga confermata senza l’altra.',
  'derive/transaction-record-updates-referenced-state':
    'Crea un record e cambia lo stato del record a cui fa riferimento in un’unica transazione.',
  'derive/transaction-register-tenant-and-user':
    'Crea un tenant e il suo primo utente in un’unica transazione.',
  'derive/transaction-state-change-with-history':
    'Cambia uno stato e scrive il relativo record di storico indicato in un’unica transazione.',
  'derive/unit-tests-per-service': 'Aggiunge test unitari per ogni servizio e le sue regole di business.',
  'derive/validate-by-type': 'Valida ogni campo indicato in base al suo tipo.',
  'derive/validate-format-by-name':
    'Valida il formato di un campo indicato in base al suo nome (e-mail, URL, telefono).',
  'derive/validate-required': 'Rende obbligatori i campi indicati non nulli nelle richieste di creazione.',
  'derive/versioned-base-path':
    'Propone un percorso base versionato (/api/v1) dove i documenti non ne indicano alcuno.',
  'extract/join-table-many-to-many':
    'Legge una tabella indicata con due chiavi esterne e nient’altro come una relazione molti a molti.',
  'derive/api-key-client':
    'Aggiunge uno schema di sicurezza con chiave API per un client macchina indicato dai documenti, sulle operazioni che chiama.',
  'derive/api-key-header-default':
    'Propone l’intestazione X-API-Key dove i documenti indicano una chiave API ma nessun nome di intestazione.',
  'derive/guessable-stated-ids':
    'Segnala come indovinabili (OWASP API1) le chiavi intere sequenziali indicate usate come id nei percorsi, con la mitigazione applicata dal progetto.',
  'derive/secret-in-stated-path':
    'Segnala un segreto che i documenti mettono nel percorso di una rotta (OWASP API2), con il modo in cui il progetto lo protegge.',
  'derive/authz-stated-matrix':
    'Nega a un ruolo un’operazione su una risorsa quando la matrice dei permessi ruolo × risorsa indicata non la concede.',
  'derive/authz-stated-route-access':
    'Nega a un ruolo una rotta indicata la cui tabella delle rotte nomina altri chiamanti nella colonna di accesso.',
};

export const ruleOrigins = {
  heading: 'Appendice C. Origine delle regole',
  intro:
    'Gli elementi che i documenti non indicano riga per riga citano come [R1], [R2], … la regola con nome che li ha derivati; ogni regola compare qui una sola volta, con i fatti che legge e quanti elementi di questa specifica ha prodotto.',
  columns: { label: 'Etichetta', rule: 'Regola', derives: 'Cosa deriva e da cosa', items: 'Elementi' },
  uncatalogued: 'Una regola con nome di backend-spec ancora priva di descrizione.',
  sentences,
};
