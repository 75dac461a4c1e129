import type { DerivedPhrase } from '../en/derived.js';

/** Italian wording of the clauses derive rules write (see en/derived.ts). */
export const derived: Record<DerivedPhrase, string> = {
  'The request is malformed or fails validation.': 'La richiesta è malformata o non supera la validazione.',
  'Missing or invalid credentials.': 'Credenziali mancanti o non valide.',
  'The caller may not perform this operation on this resource.':
    'Il chiamante non può eseguire questa operazione su questa risorsa.',
  'The resource does not exist or is not visible to the caller.':
    'La risorsa non esiste o non è visibile al chiamante.',
  'A unique value is already taken, or the resource state does not allow this.':
    'Un valore univoco è già in uso, oppure lo stato della risorsa non lo consente.',
  'A request with this {} is still being processed.':
    'Una richiesta con questa {0} è ancora in elaborazione.',
  'A referenced record does not exist.': 'Un record referenziato non esiste.',
  'The {} was used with a different payload.': 'La {0} è stata usata con un contenuto diverso.',
  'Too many requests': 'Troppe richieste',
  'retry after the time in {}': 'riprovare dopo il tempo indicato in {0}',
  'Unique key per logical request': 'Chiave univoca per ogni richiesta logica',
  'a retry with the same key returns the first result ({}).':
    'un nuovo tentativo con la stessa chiave restituisce il primo risultato ({0}).',
  'exponential {} × {}^attempt (cap {}) with full jitter':
    'esponenziale {0} × {1}^tentativo (massimo {2}) con jitter completo',
  'honour {}': 'rispettando {0}',
  'honours {} {} headers': 'rispetta le intestazioni {1} di {0}',
  'any thrown error': 'qualsiasi errore sollevato',
  timeout: 'timeout scaduto',
  'network error or timeout': 'errore di rete o timeout',
  'network error ({} transport)': 'errore di rete (trasporto di {0})',
  'the {} transport’s own backoff': 'l’attesa propria del trasporto di {0}',
  '{} table (payload, error, attempts, {})': 'tabella {0} (contenuto, errore, tentativi, {1})',
  'BullMQ failed set (kept, inspected and retried from the dashboard)':
    'insieme dei falliti di BullMQ (conservati, ispezionati e ritentati dalla dashboard)',
  'dropped when the {} buffer is full (reporting never blocks a request)':
    'scartato quando il buffer di {0} è pieno (l’invio delle segnalazioni non blocca mai una richiesta)',
  'not stated in the documents: a rerun must not repeat work already done':
    'non indicato nei documenti: una nuova esecuzione non deve ripetere il lavoro già fatto',
  'load the message by id': 'caricare il messaggio per id',
  'stop if already sent': 'fermarsi se già inviato',
  'store the provider message id and status sent':
    'salvare l’id del messaggio del provider e lo stato inviato',
  'failures in the {} list mark it failed without retry':
    'i fallimenti nell’elenco {0} lo segnano come fallito senza nuovi tentativi',
  'delete from the {} store where {} < {} (or {} is set and older than a day), in batches of {}':
    'eliminare dall’archivio {0} dove {1} < {2} (o {3} è valorizzato e risale a più di un giorno fa), a blocchi di {4}',
  'the job loads the stored event, skips it if already processed, applies it, marks it processed':
    'il job carica l’evento salvato, lo salta se è già stato elaborato, lo applica e lo segna come elaborato',
  'unique constraint on the provider event id: duplicates and redeliveries are skipped':
    'vincolo di unicità sull’id dell’evento del provider: duplicati e nuove consegne vengono saltati',
  'reject if older than {} minutes': 'rifiutare se più vecchio di {0} minuti',
  'raw body kept for verification': 'corpo grezzo conservato per la verifica',
  'scheduled by {} cron timer (one leader instance)':
    'pianificato da un timer cron {0} (una sola istanza leader)',
  'profile of the {} user, read by {} /{} on every page load':
    'profilo dell’utente autenticato, letto da {1} /{2} a ogni caricamento di pagina',
  'no cache store is stated: {} LRU cache per instance (lost on restart, not shared), {} entries':
    'nessun archivio di cache indicato: cache LRU {0} per istanza (persa al riavvio, non condivisa), {1} voci',
  'process is up (no dependency checks, so a slow database never restarts the pod)':
    'il processo è attivo (nessun controllo delle dipendenze, così un database lento non riavvia mai il pod)',
  'ratio of {} responses to all responses': 'rapporto tra le risposte {0} e il totale delle risposte',
  'index {}': 'indice {0}',
  'load with {}': 'caricare con {0}',
  'one batched query, never a {} per row': 'una sola query a blocchi, mai una {0} per riga',
  "load with one query over the page's ids ({} {} {} (…)) or a join":
    'caricare con una sola query sugli id della pagina ({0} {1} {2} (…)) oppure con un join',
  '{} per minute per {} and account (default)': '{0} al minuto per {1} e per account (predefinito)',
  '{} with {} beyond': 'oltre, {0} con {1}',
  'deny by default: {} endpoints × {} roles in the permission matrix (section {})':
    'negazione predefinita: {0} endpoint × {1} ruoli nella matrice dei permessi (sezione {2})',
  'passwords hashed with bcrypt, cost {} (stated)': 'password con hash bcrypt, costo {0} (indicato)',
  'JWTs signed with the key in {} (≥ {} bits, from the environment, rotated by key id)':
    'JWT firmati con la chiave in {0} (≥ {1} bit, dall’ambiente, ruotata tramite id della chiave)',
  '{} sensitive fields never returned in responses (section {})':
    'campi sensibili mai restituiti nelle risposte: {0} (sezione {1})',
  'parameterised queries only': 'solo query parametrizzate',
  "every query through Prisma's query {} (parameterised)":
    'ogni query passa per la {0} di query di Prisma (parametrizzata)',
  'raw queries only through its parameterised form ({} tagged templates), never string concatenation':
    'query SQL dirette solo nella forma parametrizzata (template con tag {0}), mai per concatenazione di stringhe',
  'output encoded by the client framework, {} input sanitised before storage or render':
    'output codificato dal framework del client; l’input {0} viene sanificato prima del salvataggio o della visualizzazione',
  '{} {} validation rules enforced in the service layer, whatever the client checked (section {})':
    '{0} regole di validazione lato server applicate nel livello dei servizi, qualunque cosa abbia controllato il client (sezione {2})',
  '{} {} validation rules and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} regole di validazione lato server e {2} regole di business applicate nel livello dei servizi, qualunque cosa abbia controllato il client (sezione {3})',
  '{} {} validation rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regola di validazione lato server applicata nel livello dei servizi, qualunque cosa abbia controllato il client (sezione {2})',
  '{} {} validation rule and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regola di validazione lato server e {2} regola di business applicate nel livello dei servizi, qualunque cosa abbia controllato il client (sezione {3})',
  '{} {} validation rule and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} regola di validazione lato server e {2} regole di business applicate nel livello dei servizi, qualunque cosa abbia controllato il client (sezione {3})',
  '{} {} validation rules and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regole di validazione lato server e {2} regola di business applicate nel livello dei servizi, qualunque cosa abbia controllato il client (sezione {3})',
  'error bodies follow the catalogue (section {}) and never carry stack traces or {}':
    'i corpi di errore seguono il catalogo (sezione {0}) e non contengono mai stack trace né {1}',
  '{} allows only the stated {} origin': '{0} consente solo l’origine {1} indicata',
  'secrets only from environment variables (section {})':
    'segreti solo da variabili d’ambiente (sezione {0})',
  '{} URLs are never fetched {}': 'il server non scarica mai URL forniti dall’utente',
  'every query filtered by {} from the token, never from the request':
    'ogni query è filtrata per {0} preso dal token, mai dalla richiesta',
  'A01 Broken Access Control: for every {} row, each denied role gets {} and another tenant’s or owner’s id gets {}':
    'A01 Violazione del controllo degli accessi: per ogni riga della matrice dei permessi, ogni ruolo negato riceve {1} e l’id di un altro tenant o proprietario riceve {2}',
  'A01 {} (token storage): a {} request from a foreign Origin, or without the cookie’s SameSite context, is rejected':
    'A01 {0} (conservazione dei token): una richiesta che modifica lo stato da un Origin estraneo, o senza il contesto SameSite del cookie, viene rifiutata',
  'A02 Cryptographic Failures: stored passwords are hashes only':
    'A02 Errori crittografici: le password memorizzate sono solo hash',
  'no response body contains a sensitive field': 'nessun corpo di risposta contiene un campo sensibile',
  'plain {} is redirected or refused': 'l’{0} in chiaro viene reindirizzato o rifiutato',
  'A03 Injection: injection payloads (\' {} {} --, {"$gt": ""}, <script>) in every text and filter parameter return {} or no extra rows':
    'A03 Iniezione: i payload di injection (\' {0} {1} --, {"$gt": ""}, <script>) in ogni parametro di testo e di filtro restituiscono {2} oppure nessuna riga in più',
  'A04 Insecure Design: each business rule is enforced when the {} is called directly with a body that breaks it':
    'A04 Progettazione insicura: ogni regola di business viene applicata quando si chiama direttamente l’{0} con un corpo che la viola',
  'A07 Identification and Authentication Failures: expired, tampered and missing tokens get {}':
    'A07 Errori di identificazione e autenticazione: i token scaduti, manomessi o assenti ricevono {0}',
  'repeated failed logins hit the lockout or rate limit':
    'i login falliti ripetuti fanno scattare il blocco o il limite di frequenza',
  'A08 Software and Data Integrity Failures: a webhook with a missing or wrong signature (or an old timestamp) is rejected and not processed':
    'A08 Errori di integrità di software e dati: un webhook senza firma, con firma errata (o con un timestamp vecchio) viene rifiutato e non elaborato',
  'A09 Security Logging and Monitoring Failures: a failed login and a {} each produce a log line':
    'A09 Carenze di logging e monitoraggio della sicurezza: un login fallito e un {0} producono ciascuno una riga di log',
  'no redacted field appears in any log line': 'nessun campo mascherato compare in alcuna riga di log',
  'A10 {} Request Forgery: no endpoint fetches a {} taken from the request':
    'A10 Server-Side Request Forgery (SSRF): nessun endpoint scarica un {1} preso dalla richiesta',
  'a load tool: ramp to the expected peak for {} minutes':
    'uno strumento di carico: salita graduale fino al picco previsto per {0} minuti',
  'schema: migrations are {}': 'schema: le migrazioni sono {0}',
  'a release only adds (columns nullable or defaulted, new tables)':
    'un rilascio si limita ad aggiungere (colonne nullable o con valore predefinito, nuove tabelle)',
  'removals ship one release later': 'le rimozioni arrivano con il rilascio successivo',
  'so the previous application version runs on the new schema and rolling back the application needs no schema rollback':
    'così la versione precedente dell’applicazione funziona sul nuovo schema e il rollback dell’applicazione non richiede un rollback dello schema',
  'the runner records each applied file in a migrations table and applies only new ones, each in a transaction':
    'l’esecutore registra ogni file applicato in una tabella delle migrazioni e applica solo quelli nuovi, ciascuno in una transazione',
  'run before the new release starts': 'eseguite prima dell’avvio del nuovo rilascio',
  'files are never edited after they have been applied anywhere':
    'i file non vengono mai modificati dopo essere stati applicati in qualche ambiente',
  'a faulty migration is fixed by a new forward migration':
    'una migrazione difettosa si corregge con una nuova migrazione in avanti',
  'a faulty migration is fixed by a new forward migration (Prisma has no down migrations)':
    'una migrazione difettosa si corregge con una nuova migrazione in avanti (Prisma non ha migrazioni di rollback)',
  'restore from the {} backup only for data loss':
    'ripristinare il backup precedente al deployment solo in caso di perdita di dati',
  '{} entities of {} with a primary key ({} composite)':
    '{0} entità su {1} con chiave primaria ({2} composte)',
  '{} typed fields, {} constraints (not null, unique, foreign key, check)':
    '{0} campi tipizzati, {1} vincoli (not null, unique, chiave esterna, check)',
  '{} indexes ({} stated or unique, {} by rule)': '{0} indici ({1} indicati o univoci, {2} da regola)',
  '{} of {} foreign keys indexed': '{0} chiavi esterne indicizzate su {1}',
  '{} of {} tables reachable by primary key': '{0} tabelle su {1} raggiungibili per chiave primaria',
  '{} endpoints, {} with {} schemas from the data model, {} of {} entities reachable':
    '{0} endpoint, {1} con schemi di richiesta e risposta ricavati dal modello dei dati, {3} entità raggiungibili su {4}',
  'every entity users act on has an endpoint': 'ogni entità su cui agiscono gli utenti ha un endpoint',
  '{} jobs, each with retries, a {} destination and a timeout':
    '{0} job, ciascuno con nuovi tentativi, una destinazione dead-letter e un tempo massimo',
  '{} redacted fields and headers': '{0} campi e intestazioni mascherati',
  '{} sensitive model fields covered': 'campi sensibili del modello coperti: {0}',
  '{} alerts, each from a stated {} or a named default':
    '{0} allarmi, ciascuno da un {1} indicato o da un valore predefinito con nome',
  'no data model in the documents': 'nessun modello dei dati nei documenti',
  '{} endpoints against a real PostgreSQL test instance, migrations applied first (never a mock of the database)':
    '{0} endpoint su un’istanza di test reale di PostgreSQL, con le migrazioni applicate prima (mai un mock del database)',
  '{} endpoints against a real Supabase test instance, migrations applied first (never a mock of the database)':
    '{0} endpoint su un’istanza di test reale di Supabase, con le migrazioni applicate prima (mai un mock del database)',
  'A06 Vulnerable and Outdated Components: the CI dependency audit fails the build on a known {} vulnerability':
    'A06 Componenti vulnerabili e obsoleti: l’audit delle dipendenze nella CI fa fallire la build in presenza di una vulnerabilità {0} nota',
  '{} relationships resolved ({} {}, {} {}, {} {})':
    '{0} relazioni risolte ({1} uno a uno, {3} uno a molti, {5} molti a molti)',
  'load the source record and its template': 'caricare il record di origine e il suo modello',
  'render to PDF': 'generare il PDF',
  'store the file under a key derived from the document id and version, then record its location':
    'salvare il file con una chiave ricavata dall’id e dalla versione del documento, poi registrarne la posizione',
  'the storage key is derived from document id + version: a rerun overwrites the same file':
    'la chiave di archiviazione è ricavata da id del documento + versione: una nuova esecuzione sovrascrive lo stesso file',
  'delete the stored files of those rows from object storage first (a file without a row is unreachable)':
    'eliminare prima dall’object storage i file memorizzati di quelle righe (un file senza riga è irraggiungibile)',
  'repeat until none remain': 'ripetere finché non ne resta nessuna',
  'record the count deleted': 'registrare il numero di righe eliminate',
  'Apply the stated rule "{*}" to each {*} once its time has passed':
    'Applicare la regola indicata «{0}» a ogni {1} una volta trascorso il suo tempo',
  'select ids from {*} where {*} and {*} < cutoff, batchSize at a time':
    'selezionare gli id da {0} dove {1} e {2} < cutoff, batchSize alla volta',
  'select ids from {*} where {*} and {*} <= horizon, batchSize at a time':
    'selezionare gli id da {0} dove {1} e {2} <= horizon, batchSize alla volta',
  'The documents state a rule that applies {*} before "{*}" ("{*}"), but no time column of {*} holds the time of that event: which column does the job compare with?':
    'I documenti indicano una regola che si applica {0} prima di «{1}» («{2}»), ma nessuna colonna temporale di {3} contiene il momento di quell’evento: con quale colonna confronta il job?',
  'set {*} on each of those rows in its own transaction, only if {*}':
    'impostare {0} su ciascuna di quelle righe nella propria transazione, solo se {1}',
  'record the count changed': 'registrare il numero di righe modificate',
  'only rows still in {*} change: a rerun finds the changed rows gone':
    'cambiano solo le righe ancora in {0}: una nuova esecuzione non trova più le righe modificate',
  'The documents state a rule that applies once a time has passed ("{*}"), but no state of the entity it names is the one it leads to: which table, which time column and which change does the job make?':
    'I documenti indicano una regola che si applica una volta trascorso un tempo («{0}»), ma nessuno stato dell’entità che nomina è quello a cui porta: quale tabella, quale colonna temporale e quale modifica esegue il job?',
  'deleting rows older than the cutoff is repeatable: a rerun finds nothing left to delete':
    'eliminare le righe più vecchie del limite è ripetibile: una nuova esecuzione non trova più nulla da eliminare',
  'Render the PDF documents the requirements name within the stated < {} seconds target':
    'Generare i documenti PDF nominati dai requisiti entro l’obiettivo indicato di < {0} secondi',
  '{} is the source of truth': '{0} è la fonte di verità',
  'creates a timestamped {} migration locally': 'crea in locale una migrazione {0} con timestamp',
  '{} runs {} against the target database before the new release starts':
    '{0} esegue {1} sul database di destinazione prima dell’avvio del nuovo rilascio',
  '> {} over {} (burns the {} monthly error budget of the stated {} availability {} too fast)':
    '> {0} su {1} (consuma troppo in fretta il budget di errore mensile del {2} della disponibilità indicata del {3} {4})',
  'a reset link is sent if the account exists (no account enumeration, {} {} {}).':
    'se l’account esiste viene inviato un link di reimpostazione (nessuna enumerazione degli account, {0} {1} {2}).',
  'phone in international format, digits only (no +, spaces or leading zeros)':
    'telefono in formato internazionale, solo cifre (senza +, spazi o zeri iniziali)',
  'external API response from {*}: repeated lookups need not call it again (respect its terms on caching)':
    'risposta dell’API esterna di {0}: le consultazioni ripetute non devono richiamarla (rispettando le sue condizioni sul caching)',
  'stated in the documents: {*}': 'indicato nei documenti: {0}',
  'external API response from {*}: the documents ask for caching of integration responses (respect its terms on caching)':
    'risposta dell’API esterna di {0}: i documenti chiedono di mettere in cache le risposte delle integrazioni (rispettando le sue condizioni sul caching)',
  'The documents cache "{*}", but no endpoint of the API serves it and no entity of the data model is it: which read does the entry hold, and which parameters make its key?':
    'I documenti mettono in cache «{0}», ma nessun endpoint dell’API lo serve e nessuna entità del modello dati lo è: quale lettura contiene la voce, e quali parametri ne formano la chiave?',
  'The documents keep "{*}" for {*}, but no entity of the data model holds it: which table does this retention apply to, and is it a minimum or a purge deadline?':
    'I documenti conservano «{0}» per {1}, ma nessuna entità del modello dei dati lo contiene: a quale tabella si applica questa conservazione, ed è un minimo o una scadenza di eliminazione?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no entity of the data model holds that event and its time: which table and which time column does the reminder scan?':
    'I documenti chiedono un promemoria {0} prima di «{1}» («{2}»), ma nessuna entità del modello dei dati contiene quell’evento e il suo orario: quale tabella e quale colonna temporale scansiona il promemoria?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time (its time columns: {*}): which column does the job compare with the cutoff?':
    'I documenti contano {0} da «{1}» («{2}»), ma nessuna colonna di {3} registra quel momento (le sue colonne temporali: {4}): con quale colonna il job confronta il limite?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time: which column does the job compare with the cutoff?':
    'I documenti contano {0} da «{1}» («{2}»), ma nessuna colonna di {3} registra quel momento: con quale colonna il job confronta il limite?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but several time columns of {*} may hold that time ({*}): which column does the reminder scan?':
    'I documenti chiedono un promemoria {0} prima di «{1}» («{2}»), ma più colonne temporali di {3} possono contenere quel momento ({4}): quale colonna scorre il promemoria?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no time column of {*} is named so: which column does the reminder scan?':
    'I documenti chiedono un promemoria {0} prima di «{1}» («{2}»), ma nessuna colonna temporale di {3} si chiama così: quale colonna scorre il promemoria?',
  'The documents say sign-in is passwordless ("{*}") but not how: a one-time link by e-mail, a one-time code, or an identity provider?':
    'I documenti dicono che l’accesso è senza password («{0}») ma non come: un link monouso via e-mail, un codice monouso o un provider di identità?',
  'The documents ask for an action {*} after a due date has passed ("{*}"): which table and which due-date column does the job scan, and what does it send or change?':
    'I documenti chiedono un’azione {0} dopo una scadenza («{1}»): quale tabella e quale colonna di scadenza scansiona il job, e cosa invia o modifica?',
  'The documents scope {*} ("{*}"), but no foreign key of the data model leads from what it names to the user: which column scopes it?':
    'I documenti limitano l’ambito di {0} («{1}»), ma nessuna chiave esterna del modello dei dati porta da ciò che nominano all’utente: quale colonna lo limita?',
  'The route table lets "{*}" call {*}, but no role of the documents is called that: which role is it, or should the documents add it?':
    'La tabella delle rotte consente a «{0}» di chiamare {1}, ma nessun ruolo dei documenti si chiama così: di quale ruolo si tratta, oppure i documenti devono aggiungerlo?',
  'the route table names other callers for the route it asks for':
    'la tabella delle rotte indica altri chiamanti per la rotta che chiede',
  'no action verb of the languages read': 'nessun verbo d’azione delle lingue lette',
  'the documents state no stored data: the story names no record the API keeps':
    'i documenti non indicano dati memorizzati: la storia non nomina alcun record conservato dall’API',
  'the documents state no stored data and no stated route serves the story':
    'i documenti non indicano dati memorizzati e nessuna rotta indicata serve la storia',
  'the story names no object': 'la storia non nomina alcun oggetto',
  'the story names no entity of the data model': 'la storia non nomina alcuna entità del modello dei dati',
  'no role may call it: the requirements that named it are served by another operation a role calls':
    'nessun ruolo può chiamarla: i requisiti che la nominavano sono serviti da un’altra operazione che un ruolo chiama',
  'no role may call it: no story, grant or stated access names a caller':
    'nessun ruolo può chiamarla: nessuna storia, permesso o accesso indicato nomina chi la chiama',
  'no requirement or story asks to delete it': 'nessun requisito o storia chiede di eliminarlo',
  'the documents say the system generates it': 'i documenti dicono che è il sistema a generarlo',
  'the documents say it is deactivated or archived, never deleted':
    'i documenti dicono che viene disattivato o archiviato, mai eliminato',
  'a queue, snapshot or time series is written by the system':
    'una coda, uno snapshot o una serie temporale viene scritta dal sistema',
  'The dashboard of the signed-in user': 'La dashboard dell’utente autenticato',
  'tenant data is reached only within the tenant':
    'i dati di un tenant sono raggiungibili solo all’interno del tenant',
  'Start the payment of a {*} at {*}': 'Avviare il pagamento di un record {0} presso {1}',
  'no payment provider is stated: which operation starts the payment of a {name} is an open question':
    'nessun fornitore di pagamenti indicato: quale operazione avvia il pagamento di un record {0} è una domanda aperta',
  'outbound HTTP only to the integration hosts ({*})':
    'HTTP in uscita solo verso gli host delle integrazioni ({0})',
  'no entities and no stated routes: the project has no {} to document':
    'nessuna entità e nessuna rotta indicata: il progetto non ha alcuna API da documentare',
  'credential header': 'intestazione delle credenziali',
  'integration credential': 'credenziale dell’integrazione',
  'passwords and tokens in {} bodies': 'password e token nei corpi di {0}',
  'secret: never logged': 'segreto: mai nei log',
  'personal data: masked in logs': 'dato personale: mascherato nei log',
  'from {} or generated, echoed in the response and in error bodies':
    'da {0} o generato, riportato nella risposta e nei corpi di errore',
  tenant: 'colonna del tenant',
  'the template, not the raw URL': 'il template, non l’URL grezzo',
  'error level only': 'solo a livello error',
  'body of auth routes': 'corpo delle rotte di autenticazione',
  'from the provider dashboard': 'dalla dashboard del provider',
  value: 'valore',
  'random {}+ bytes': '{0}+ byte casuali',
  '{} lines, one object per event': 'righe {0}, un oggetto per evento',
  '{} lines via {}': 'righe {0} tramite {1}',
  'minimum level from {} (debug, info, warn, error)': 'livello minimo da {0} (debug, info, warn, error)',
  'message id': 'id del messaggio',
  recipient: 'destinatario',
  'template and variables': 'template e variabili',
  'webhook event id': 'id dell’evento del webhook',
  'event type': 'tipo di evento',
  'verified payload': 'contenuto verificato',
  'document id': 'id del documento',
  'template version': 'versione del template',
  'message row status (pending → sent) checked before each send':
    'stato della riga del messaggio (pending → sent) verificato prima di ogni invio',
  'Send {*} through {*} outside the request: {*}': 'Inviare {0} tramite {1} fuori dalla richiesta: {2}',
  'Apply {*} events ({*}) after the endpoint has verified and stored them':
    'Applicare gli eventi di {0} ({1}) dopo che l’endpoint li ha verificati e salvati',
  'PostgreSQL job table ({} … {} {} {} {})': 'tabella dei job in PostgreSQL ({0} … {1} {2} {3} {4})',
  '{} cron timer (one leader instance)': 'timer cron {0} (una sola istanza leader)',
  'Page size (default {}, at most {}).': 'Dimensione della pagina (predefinita {0}, al massimo {1}).',
  'Number of records to skip.': 'Numero di record da saltare.',
  'As stated in the documents.': 'Come indicato nei documenti.',
  'Id of the {name}.': 'Id del record {0}.',
  'Id of the parent {name}.': 'Id del record padre {0}.',
  'The {*} path parameter.': 'Il parametro di percorso {0}.',
  'Only {name} records whose {} equals this value (indexed).':
    'Solo i record di {0} il cui {1} è uguale a questo valore (indicizzato).',
  'A page of {name} records.': 'Una pagina di record di {0}.',
  'The created {name}.': 'Il record di {0} creato.',
  'The updated {name}.': 'Il record di {0} aggiornato.',
  'The {name}.': 'Il record di {0}.',
  '{*}: {} must exist': '{0}: {1} deve esistere',
  '{*} (+ and {} digits)': '{0} (+ e {1} cifre)',
  'Get the {} user': 'Leggere l’utente autenticato',
  'The {} user.': 'L’utente autenticato.',
  'Send a one-time sign-in link by e-mail': 'Inviare un link di accesso monouso via e-mail',
  'Send a one-time sign-in code as a text message':
    'Inviare un codice di accesso monouso come messaggio di testo',
  'Send a one-time sign-in code to the phone number':
    'Inviare un codice di accesso monouso al numero di telefono',
  'Send a one-time sign-in code by e-mail': 'Inviare un codice di accesso monouso via e-mail',
  'Sign in with a one-time link': 'Accedere con un link monouso',
  'Sign in with a one-time code': 'Accedere con un codice monouso',
  'Accepted; the link or code is sent if the account exists (no account enumeration).':
    'Accettato; il link o il codice viene inviato se l’account esiste (nessuna enumerazione degli account).',
  'Sign in with credentials': 'Accedere con le credenziali',
  'The credentials are wrong.': 'Le credenziali sono errate.',
  'Exchange a refresh token for a new access token':
    'Scambiare un refresh token con un nuovo token di accesso',
  'New tokens were issued.': 'Sono stati emessi nuovi token.',
  'rate and errors per route ({} endpoints)': 'frequenza ed errori per rotta ({0} endpoint)',
  'duration per route': 'durata per rotta',
  'buckets around the stated latency targets': 'intervalli attorno agli obiettivi di latenza indicati',
  'queue depth per job ({} jobs)': 'profondità della coda per job ({0} job)',
  'failures per job, including dead-lettered ones':
    'fallimenti per job, compresi quelli finiti in dead-letter',
  'hit rate per cache entry': 'percentuale di hit per voce di cache',
  'connection pool saturation': 'saturazione del pool di connessioni',
  '{*} calls and failures': 'chiamate e fallimenti di {0}',
  '{} list endpoints paginate (cursor)': '{0} endpoint di elenco paginano (cursore)',
  '{} list endpoints paginate (offset)': '{0} endpoint di elenco paginano (offset)',
  'default {}, max {}': 'predefinito {0}, massimo {1}',
  'larger limits are clamped, never rejected silently':
    'i limiti più alti vengono ridotti al massimo, mai rifiutati in silenzio',
  'backup taken before migrating': 'backup eseguito prima della migrazione',
  'backups kept {*} (stated)': 'backup conservati {0} (indicato)',
  'no secret field in any response schema': 'nessun campo segreto in alcuno schema di risposta',
  'access tokens expire after {} (stated)': 'i token di accesso scadono dopo {0} (indicato)',
  'refresh tokens after {}': 'i refresh token dopo {0}',
  'refresh tokens after {}, rotated on use': 'i refresh token dopo {0}, ruotati a ogni uso',
  'auth failures, permission denials and {} are logged (section {})':
    'i fallimenti di autenticazione, i permessi negati e i {0} vengono registrati nei log (sezione {1})',
  'A05 Security Misconfiguration: error bodies carry no stack trace or {}':
    'A05 Errata configurazione della sicurezza: i corpi di errore non contengono stack trace né {0}',
  '{} entries with key, {} and invalidation': '{0} voci con chiave, {1} e invalidazione',
  '1 entry with key, {} and invalidation': '1 voce con chiave, {0} e invalidazione',
  'deleting expired rows is repeatable': 'eliminare le righe scadute è ripetibile',
  '{name}: {} methods, each error path in @throws': '{0}: {1} metodi, ogni percorso di errore in @throws',
  'Broken Access Control': 'Violazione del controllo degli accessi',
  'Cryptographic Failures': 'Errori crittografici',
  Injection: 'Iniezione',
  'Insecure Design': 'Progettazione insicura',
  'Security Misconfiguration': 'Errata configurazione della sicurezza',
  'Vulnerable and Outdated Components': 'Componenti vulnerabili e obsoleti',
  'Identification and Authentication Failures': 'Errori di identificazione e autenticazione',
  'Software and Data Integrity Failures': 'Errori di integrità di software e dati',
  'Security Logging and Monitoring Failures': 'Carenze di logging e monitoraggio della sicurezza',
  '{} Request Forgery': 'Server-Side Request Forgery (SSRF)',
  '{} (token storage)': '{0} (conservazione dei token)',
  Authentication: 'Autenticazione',
  Database: 'Base dati',
  Caching: 'Caching',
  'Background jobs': 'Job in background',
  'External integrations': 'Integrazioni esterne',
  'Backend framework': 'Framework del backend',
  '{} style': 'Stile {0}',
  Hosting: 'Hosting',
  'File storage': 'Archiviazione dei file',
  Monitoring: 'Monitoraggio',
  'schema in section {}': 'schema nella sezione {0}',
  '{*} schema, {*} migrations': 'schema di {0}, migrazioni di {1}',
  '{*} schema and migrations': 'schema e migrazioni di {0}',
  'raw {}, versioned migrations': '{0} diretto, migrazioni versionate',
  '{} entities, {} indexes': '{0} entità, {1} indici',
  'no data model is described': 'non è descritto alcun modello dei dati',
  'access {}': 'token di accesso {0}',
  'refresh {}': 'refresh token {0}',
  '{*} (proposed)': '{0} (proposto)',
  'none: the documents describe no stored data': 'nessuno: i documenti non descrivono dati memorizzati',
  '{*} for {} entries': '{0} per {1} voci',
  '{*} for 1 entry': '{0} per 1 voce',
  'no cache store is stated: {*}, {} entries': 'nessun archivio di cache indicato: {0}, {1} voci',
  'no cache store is stated: {*}, 1 entry': 'nessun archivio di cache indicato: {0}, 1 voce',
  '{} jobs': '{0} job',
  '{} LRU cache per instance (lost on restart, not shared)':
    'cache LRU {0} per istanza (persa al riavvio, non condivisa)',
  'Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'intestazione Stripe-Signature: HMAC-SHA256 di "{timestamp}.{raw body}" con il segreto dell’endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on event.id':
    'Gli eventi possono arrivare fuori ordine e più di una volta: deduplicare su event.id',
  'HTTP Basic with the Account SID and Auth Token (or an API key pair)':
    'HTTP Basic con Account SID e Auth Token (o una coppia di chiavi API)',
  'X-Twilio-Signature header: base64 HMAC-SHA1 of the full URL plus sorted POST parameters, keyed with the Auth Token':
    'intestazione X-Twilio-Signature: HMAC-SHA1 in base64 dell’URL completo più i parametri POST ordinati, con l’Auth Token come chiave',
  'The sending domain must be verified (SPF/DKIM records) before production mail':
    'Il dominio di invio deve essere verificato (record SPF/DKIM) prima della posta di produzione',
  'DSN (public key in the URL)': 'DSN (chiave pubblica nell’URL)',
  'auth token only for release and source-map upload at build time':
    'token di autenticazione solo per il rilascio e il caricamento delle source map in fase di build',
  'service role key on the server (bypasses RLS)': 'chiave service role sul server (aggira la RLS)',
  'user JWT + storage.objects RLS policies from clients':
    'JWT dell’utente + policy RLS di storage.objects dai client',
  'Never expose the service role key to the client': 'Non esporre mai la chiave service role al client',
  'No server-side API: the user sends the message, so there is no delivery status to record':
    'Nessuna API lato server: è l’utente a inviare il messaggio, quindi non c’è uno stato di consegna da registrare',
  'Links placed in the message must be safe to share (signed, expiring URLs)':
    'I link inseriti nel messaggio devono poter essere condivisi in sicurezza (URL firmati e con scadenza)',
  'Accepted (202) is not delivered: delivery state arrives through the Event Webhook':
    'Accettato (202) non significa consegnato: lo stato di consegna arriva tramite l’Event Webhook',
  'PUT of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'Un PUT sulla stessa chiave sovrascrive: ricavare le chiavi degli oggetti dagli id, così un nuovo tentativo scrive la stessa chiave',
  'API key (key parameter or X-Goog-Api-Key), restricted by API and by server IP':
    'chiave API (parametro key o X-Goog-Api-Key), limitata per API e per IP del server',
  'Terms limit caching: place IDs may be stored':
    'Le condizioni limitano il caching: i place ID possono essere memorizzati',
  'coordinates only for up to 30 days': 'le coordinate solo per un massimo di 30 giorni',
  'HTTP Basic with user "api" and the API key': 'HTTP Basic con l’utente "api" e la chiave API',
  'documents are upserted by primary key: reuse the entity id':
    'i documenti vengono inseriti o aggiornati per chiave primaria: riutilizzare l’id dell’entità',
  '> {}% over {} (burns the {}% monthly error budget of the stated {}% availability {}× too fast)':
    '> {0}% su {1} (consuma il budget di errore mensile del {2}% della disponibilità indicata del {3}% {4} volte troppo in fretta)',
  'sized for the stated {} concurrent users: pool ≥ {} per instance, statement timeout below the slowest latency target':
    'dimensionato per i {0} utenti concorrenti indicati: pool ≥ {1} per istanza, timeout delle istruzioni inferiore all’obiettivo di latenza più lento',
  'The {} of the {name}.': '{0} del record {1}.',
  'Start of the {*}.': 'Inizio di {0}.',
  'End of the {*}.': 'Fine di {0}.',
  'Delete {*} older than the stated retention of {*} ("{}")':
    'Eliminare {0} più vecchi della conservazione indicata di {1} ("{2}")',
  'select ids from {*} where {} < cutoff, oldest first, batchSize at a time':
    'selezionare gli id da {0} dove {1} < cutoff, dal più vecchio, batchSize alla volta',
  'delete those rows from {*} in one transaction per batch':
    'eliminare quelle righe da {0} con una transazione per blocco',
  '{} second': '{0} secondo',
  '{} minute': '{0} minuto',
  '{} hour': '{0} ora',
  '{} hours': '{0} ore',
  '{} day': '{0} giorno',
  '{} days': '{0} giorni',
  '{} week': '{0} settimana',
  '{} weeks': '{0} settimane',
  '{} month': '{0} mese',
  '{} months': '{0} mesi',
  '{} year': '{0} anno',
  '{} years': '{0} anni',
  'Remind {*} before each {*} ("{*}")': 'Inviare un promemoria {0} prima di ogni {1} ("{2}")',
  'select {*} rows whose {*} falls in the window and whose reminder_sent_at is null':
    'selezionare le righe di {0} il cui {1} cade nella finestra e il cui reminder_sent_at è null',
  'deadline as stated: {*}': 'scadenza indicata: {0}',
  'select ids from {*} where {*} and the stated deadline has passed, batchSize at a time':
    'selezionare gli id da {0} dove {1} e la scadenza indicata è passata, batchSize alla volta',
  'the user roles, as the identity provider issues them':
    'i ruoli dell’utente, come li emette il provider di identità',
  'issuer: {*} — the API accepts only tokens it issued (RFC 7519 §4.1.1)':
    'emittente: {0} — l’API accetta solo i token emessi da questo emittente (RFC 7519 §4.1.1)',
  'send one reminder per row through a channel the documents leave undecided':
    'inviare un promemoria per riga tramite un canale che i documenti lasciano da decidere',
  'send one reminder per row through {*}': 'inviare un promemoria per riga tramite {0}',
  'set reminder_sent_at = now() on each row in the same transaction as the send is recorded':
    'impostare reminder_sent_at = now() su ogni riga nella stessa transazione in cui si registra l’invio',
  'reminder_sent_at marks each row: a rerun or an overlapping scan never sends twice':
    'reminder_sent_at marca ogni riga: una nuova esecuzione o una scansione sovrapposta non invia mai due volte',
  '{*} runs a dependency audit (npm audit --audit-level=high or equivalent) and fails the build on known high-severity vulnerabilities':
    '{0} esegue un audit delle dipendenze (npm audit --audit-level=high o equivalente) e fa fallire la build in presenza di vulnerabilità note di gravità alta',
  'lockfile committed': 'lockfile versionato nel repository',
  'webhooks accepted only over mutual TLS with the provider’s client certificate: {*}':
    'webhook accettati solo tramite TLS reciproco con il certificato client del fornitore: {0}',
  'webhooks accepted only with a valid signature: {*}': 'webhook accettati solo con una firma valida: {0}',
  '{*} ({} header)': '{0} (intestazione {1})',
  'each of {*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    'ciascuna di {0} verifica la firma ({1}), salva l’evento con un id evento univoco e risponde subito 2xx',
  '{*} checks the client certificate (mutual TLS, as the documents state), stores the event with a unique event id and answers 2xx at once':
    '{0} verifica il certificato client (TLS reciproco, come indicano i documenti), salva l’evento con un id evento univoco e risponde subito 2xx',
  '{*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    '{0} verifica la firma ({1}), salva l’evento con un id evento univoco e risponde subito 2xx',
  'OWASP Top 10 2021 items addressed: {*}': 'voci dell’OWASP Top 10 2021 trattate: {0}',
  '{} story operations allowed for their actors':
    '{0} operazioni delle storie consentite ai rispettivi attori',
  'period start and end (the previous run’s end to now)':
    'inizio e fine del periodo (dalla fine dell’esecuzione precedente a ora)',
  'keyed by period: a rerun for the same period replaces its own output':
    'chiave per periodo: una nuova esecuzione per lo stesso periodo sostituisce il proprio output',
  'no entity or field of the data model holds these settings':
    'nessuna entità o campo del modello dei dati contiene queste impostazioni',
  'Link accounts by the stable {} claim, not by email':
    'Collegare gli account tramite il claim stabile {0}, non tramite l’e-mail',
  "load with one query: WHERE {*} = ANY($1) over the page's ids (or a JOIN), parameterised":
    'caricare con una sola query: WHERE {0} = ANY($1) sugli id della pagina (o un JOIN), parametrizzata',
  "load with one query over the page's ids (WHERE {*} IN (…)) or a join":
    'caricare con una sola query sugli id della pagina (WHERE {0} IN (…)) oppure con un join',
  "load with {} / relations: ['…'] in the repository query":
    "caricare con {0} / relations: ['…'] nella query del repository",
  'load with include: [{ model: … }] in {}': 'caricare con include: [{ model: … }] in {0}',
  "load with one $in query on {} over the page's ids (or a $lookup), never a find per document":
    'caricare con una query $in su {0} sugli id della pagina (o un $lookup), mai un find per documento',
  'load with {} or one join': 'caricare con {0} o un solo join',
  '> {*} over {*} (burns the {*} monthly error budget of the stated {*} availability {*} too fast)':
    '> {0} su {1} (consuma troppo in fretta il budget di errore mensile del {2} della disponibilità indicata del {3} {4})',
  'user JWTs verified with the project JWKS (or the legacy JWT secret)':
    'JWT degli utenti verificati con il JWKS del progetto (o con il segreto JWT legacy)',
  'service role key on the server only': 'chiave service role solo sul server',
  'the webhook URL is the secret': 'l’URL del webhook è il segreto',
  'reject object values and $-prefixed keys where a scalar is expected (NoSQL operator injection)':
    'rifiutare valori oggetto e chiavi con prefisso $ dove è atteso uno scalare (injection di operatori NoSQL)',
  'no string concatenation of input into SQL': 'mai concatenare l’input in stringhe SQL',
  "the application's processes (no queue is stated)":
    'i processi dell’applicazione (non è indicata alcuna coda)',
  'in-process queue (no queue or database is stated)':
    'coda nel processo (non è indicata alcuna coda né alcun database)',
  'The documents state recurring work every {*} ("{}") without saying what it does: what does this task do, and on which data?':
    'I documenti indicano un lavoro ricorrente ogni {0} ("{1}") senza dire che cosa fa: che cosa fa questo job, e su quali dati?',
  'Mirror users into the local database from the user.* webhooks':
    'Replicare gli utenti nel database locale a partire dai webhook user.*',
  '{*} server-side integrations, each with retries ({*})':
    '{0} integrazioni lato server, ciascuna con nuovi tentativi ({1})',
  'delete from {*} where {*} < now() (or {*} is set and older than a day), in batches of {*}':
    'eliminare da {0} dove {1} < now() (o {2} è valorizzato e risale a più di un giorno fa), a blocchi di {3}',
  '{} relationship resolved ({} {}, {} {}, {} {})':
    '{0} relazione risolta ({1} uno a uno, {3} uno a molti, {5} molti a molti)',
  '{} endpoints against the real dependencies, migrations applied first (never a mock of the database)':
    '{0} endpoint sulle dipendenze reali, con le migrazioni applicate prima (mai un mock del database)',
  '{*} endpoints against a real {*} test instance, migrations applied first (never a mock of the database)':
    '{0} endpoint su un’istanza di test reale di {1}, con le migrazioni applicate prima (mai un mock del database)',
  '{*} endpoints against a real PostgreSQL started by Testcontainers, migrations applied first (never a mock of the database)':
    '{0} endpoint su un PostgreSQL reale avviato da Testcontainers, con le migrazioni applicate prima (mai un mock del database)',
  'application: {*}': 'applicazione: {0}',
  'redeploy the previous release artifact': 'ridistribuire l’artefatto del rilascio precedente',
  'promote the previous production deployment (Vercel dashboard "Instant Rollback" or {})':
    'promuovere il deployment di produzione precedente (dashboard di Vercel "Instant Rollback" o {0})',
  'redeploy the previous image ({}, then {})': 'ridistribuire l’immagine precedente ({0}, poi {1})',
  'set the image tag back to the previous release and {}':
    'riportare il tag dell’immagine al rilascio precedente e {0}',
  'run the previous image tag': 'eseguire il tag dell’immagine precedente',
  'publish the previous deploy from the Deploys list': 'pubblicare il deploy precedente dall’elenco Deploys',
  'roll back to the previous deploy from the service’s Events':
    'tornare al deploy precedente dagli Events del servizio',
  'redeploy the previous deployment': 'ridistribuire il deployment precedente',
  'no requirement, story or flow asks to create or change it':
    'nessun requisito, storia o flusso chiede di crearlo o modificarlo',
  'no requirement, story or flow names it': 'nessun requisito, storia o flusso lo nomina',
  'Guessable identifiers': 'Identificativi indovinabili',
  'the stated sequential integer keys of {*} are taken as ids in paths such as {*}: they are guessable (OWASP API1:2023)':
    'le chiavi intere sequenziali indicate di {0} sono usate come id in percorsi come {1}: sono indovinabili (OWASP API1:2023)',
  'every request by id checks ownership or tenant in the query and answers 404 for a record the caller may not see':
    'ogni richiesta per id verifica la proprietà o il tenant nella query e risponde 404 per un record che il chiamante non può vedere',
  'replacing them with UUIDs changes a stated contract and needs a decision':
    'sostituirle con UUID modifica un contratto indicato e richiede una decisione',
  'Secrets in URLs': 'Segreti negli URL',
  '{*} carry a secret in the path as stated: URLs end up in access logs, proxies and browser history (OWASP API2:2023)':
    '{0} portano un segreto nel percorso, come indicato: gli URL finiscono nei log di accesso, nei proxy e nella cronologia del browser (OWASP API2:2023)',
  'the token is random with at least 128 bits, single-purpose and revocable, and request logs mask it':
    'il token è casuale con almeno 128 bit, monouso per scopo e revocabile, e i log delle richieste lo mascherano',
  'A01 Guessable identifiers: a request with the next sequential id of a record the caller does not own gets {}':
    'A01 Identificativi indovinabili: una richiesta con l’id sequenziale successivo di un record che non appartiene al chiamante riceve {0}',
  'A04 Secrets in URLs: a wrong or revoked token in the path gets {} and request logs show it masked':
    'A04 Segreti negli URL: un token errato o revocato nel percorso riceve {0} e i log delle richieste lo mostrano mascherato',
  '{} beside {} turns {} off for these path parameters only, each entry citing its stated line, because the stated contract wins':
    '{0} accanto a {1} disattiva {2} solo per questi parametri di percorso, ogni voce cita la propria riga indicata, perché prevale il contratto indicato',
  'Secret {} key as a Bearer token (server only)': 'Chiave {0} segreta come token Bearer (solo sul server)',
  'Access token as a Bearer token (server only)': 'Access token come token Bearer (solo lato server)',
  'public key in the client': 'chiave pubblica nel client',
  'X-Idempotency-Key header on payment and refund creation':
    'header X-Idempotency-Key nella creazione di pagamenti e rimborsi',
  'merchant id and secret as parameters of every call, from server IP addresses allowed in the portal':
    'id esercente e segreto come parametri di ogni chiamata, da indirizzi IP del server consentiti nel portale',
  'form-encoded request and response, code 0 when accepted':
    'richiesta e risposta codificate come form, codice 0 se accettata',
  'code 1400 (wrong query)': 'codice 1400 (richiesta errata)',
  'the merchant secret in the notification, then the state confirmed with the status call':
    'il segreto dell’esercente nella notifica, poi lo stato confermato con la chiamata di stato',
  'IYZWSv2 Authorization header: an HMAC-SHA256 signature made with the API key and secret key':
    'header Authorization IYZWSv2: una firma HMAC-SHA256 fatta con la chiave API e la chiave segreta',
  'Bearer access token from POST /accesstoken/get (client_id, client_secret), with the Ocp-Apim-Subscription-Key and Merchant-Serial-Number headers on every request':
    'token di accesso Bearer ottenuto con POST /accesstoken/get (client_id, client_secret), con gli header Ocp-Apim-Subscription-Key e Merchant-Serial-Number in ogni richiesta',
  'HMAC-SHA256 signature in the Authorization header over x-ms-date, host and x-ms-content-sha256, made with the webhook secret':
    'firma HMAC-SHA256 nell’header Authorization su x-ms-date, host e x-ms-content-sha256, fatta con il segreto del webhook',
  'The secret key in the Authorization header (api.dibspayment.eu; test.api.dibspayment.eu for tests)':
    "La chiave segreta nell'header Authorization (api.dibspayment.eu; test.api.dibspayment.eu per i test)",
  'the authorization value set for the webhook when the payment is created, sent back in the Authorization header':
    "il valore di autorizzazione impostato per il webhook alla creazione del pagamento, rinviato nell'header Authorization",
  'Amounts are integers in minor units (øre, cents)':
    "Gli importi sono interi nell'unità minima (øre, centesimi)",
  'A payment is reserved at checkout, then charged: charge before delivering what was paid for':
    'Un pagamento è riservato al checkout, poi addebitato: addebitare prima di consegnare quanto pagato',
  'Amounts are integers in minor units (øre), at least 100':
    'Gli importi sono interi in unità minori (øre), almeno 100',
  'A payment is authorized in the app, then captured: capture before delivering what was paid for':
    'Un pagamento viene autorizzato nell’app, poi catturato: catturare prima di consegnare quanto pagato',
  'X-IYZ-SIGNATURE-V3 header (HMAC-SHA256 with the secret key), once enabled for the account':
    'header X-IYZ-SIGNATURE-V3 (HMAC-SHA256 con la chiave segreta), una volta attivato per l’account',
  'iyzico resends every 15 minutes until a 2xx, 3 attempts':
    'iyzico reinvia ogni 15 minuti fino a un 2xx, 3 tentativi',
  'A payment response carries a signature parameter to check with the secret key before trusting it':
    'Una risposta di pagamento porta un parametro signature da verificare con la chiave segreta prima di fidarsene',
  'api-key header with the account API key': 'header api-key con la chiave API dell’account',
  '201 Created with the messageId': '201 Created con il messageId',
  'HTTP Basic with the secret key as the user name and no password':
    'HTTP Basic con la chiave segreta come nome utente e senza password',
  'WECHATPAY2-SHA256-RSA2048 request signature with the merchant private key':
    'firma WECHATPAY2-SHA256-RSA2048 di ogni richiesta con la chiave privata del commerciante',
  'a repeated out_trade_no never charges twice': 'un out_trade_no ripetuto non addebita mai due volte',
  'Wechatpay-Signature header verified with the platform certificate':
    'header Wechatpay-Signature verificato con il certificato della piattaforma',
  'RSA2 signature of the request parameters with the app private key':
    'firma RSA2 dei parametri della richiesta con la chiave privata dell’app',
  'RSA2 signature of the notification verified with the Alipay public key':
    'firma RSA2 della notifica verificata con la chiave pubblica di Alipay',
  'each request signed with the AccessKey secret': 'ogni richiesta firmata con il segreto della AccessKey',
  'API key sent as apiKey in the request body': 'chiave API inviata come apiKey nel corpo della richiesta',
  'success false with errors in the body': 'success false con errors nel corpo',
  'Every call is a POST to one URL, the operation named by modelName and calledMethod in the body':
    'Ogni chiamata è un POST a un solo URL, l’operazione indicata da modelName e calledMethod nel corpo',
  'A failed call can still answer HTTP 200: read success and errors in the body':
    'Una chiamata fallita può comunque rispondere HTTP 200: leggere success ed errors nel corpo',
  'app id and app secret in the query': 'app id e app secret nella query',
  'Idempotency-Key header on POST requests': 'header Idempotency-Key sulle richieste POST',
  'no signature: re-fetch the payment from the API before acting on an event':
    'nessuna firma: rileggere il pagamento dall’API prima di agire su un evento',
  'X-Secret-Key header with the service secret key': 'header X-Secret-Key con la chiave segreta del servizio',
  'RS256 ID tokens verified against the provider JWKS (iss, aud = the app key, exp)':
    'ID token RS256 verificati con il JWKS del provider (iss, aud = la chiave dell’app, exp)',
  'x-signature header (ts and v1): HMAC-SHA256 of "id:{data.id};request-id:{x-request-id};ts:{ts};" with the webhook secret':
    'header x-signature (ts e v1): HMAC-SHA256 di "id:{data.id};request-id:{x-request-id};ts:{ts};" con il segreto del webhook',
  'A Pix payment is a POST /v1/payments with payment_method_id "pix"':
    'un pagamento Pix è un POST /v1/payments con payment_method_id "pix"',
  'it returns the QR code and stays pending until paid':
    'restituisce il codice QR e resta in attesa fino al pagamento',
  'Notifications carry only the payment id: fetch GET /v1/payments/{id} for its status':
    'le notifiche portano solo l’id del pagamento: leggere GET /v1/payments/{id} per il suo stato',
  'publishable key in the client': 'chiave pubblicabile nel client',
  '{} request bodies ({}), {} responses': 'corpi di richiesta {0} ({1}), risposte {2}',
  '{} read and {} write requests per second in live mode, {} in test mode ({} beyond)':
    '{0} richieste di lettura e {1} di scrittura al secondo in modalità live, {2} in modalità test ({3} oltre)',
  '{} header on every {} (keys are kept {} hours)':
    'intestazione {0} su ogni {1} (le chiavi sono conservate {2} ore)',
  '{} header: {} of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'intestazione {0}: {1} di "{timestamp}.{raw body}" con il segreto dell’endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on {}':
    'Gli eventi possono arrivare fuori ordine e più di una volta: deduplicare su {0}',
  'OAuth {} client credentials: client id + secret exchanged for a Bearer access token':
    'OAuth {0} client credentials: id client + segreto scambiati con un token di accesso Bearer',
  '{} header on order and capture calls': 'intestazione {0} sulle chiamate di ordine e di cattura',
  '{} /{} with the {}* headers and the webhook id': '{0} /{1} con le intestazioni {2}* e l’id del webhook',
  'Sandbox and live use different hosts ({}, {})': 'Sandbox e live usano host diversi ({0}, {1})',
  '{} Basic with {} and {}': '{0} Basic con {1} e {2}',
  'one order per business payment, keyed by the order {}':
    'un ordine per ogni pagamento di business, identificato dal {0} dell’ordine',
  'look the order up before creating again': 'cercare l’ordine prima di crearlo di nuovo',
  '{} header: {} of the raw body with the webhook secret':
    'intestazione {0}: {1} del corpo grezzo con il segreto del webhook',
  'Checkout returns razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verify it server-side before marking paid':
    'Checkout restituisce razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verificarla lato server prima di segnare come pagato',
  '{} header (web service user {} key)': 'intestazione {0} (chiave {1} dell’utente del servizio web)',
  '{} validation error': '{0} errore di validazione',
  '{} header': 'intestazione {0}',
  '{} signature in {}, computed with the {} key of the webhook':
    'firma {0} in {1}, calcolata con la chiave {2} del webhook',
  'Acknowledge webhooks with {} {} (Adyen retries until accepted)':
    'Confermare i webhook con {0} {1} (Adyen riprova finché non vengono accettati)',
  '{} key as a Bearer token': 'chiave {0} come token Bearer',
  '{} Accepted on success': '{0} Accepted in caso di successo',
  'Signed Event Webhook: {} signature in {} over timestamp + raw body, checked with the account verification key':
    'Signed Event Webhook: firma {0} in {1} su timestamp + corpo grezzo, verificata con la chiave di verifica dell’account',
  'Accepted ({}) is not delivered: delivery state arrives through the Event Webhook':
    'Accepted ({0}) non significa consegnato: lo stato di consegna arriva tramite l’Event Webhook',
  '{} (ErrorCode in body)': '{0} (ErrorCode nel corpo)',
  'no signature: protect the webhook {} with {} Basic credentials (and an {} allowlist)':
    'nessuna firma: proteggere l’{0} del webhook con credenziali {1} Basic (e una lista di {2} consentiti)',
  'Transactional and broadcast mail use separate message streams':
    'La posta transazionale e quella massiva usano flussi di messaggi separati',
  '{} Basic with user "api" and the {} key': '{0} Basic con l’utente "api" e la chiave {1}',
  '{} requests, {} responses': 'richieste {0}, risposte {1}',
  'signature.signature = HMAC-SHA256(timestamp + token) with the webhook signing key':
    'signature.signature = HMAC-SHA256(timestamp + token) con la chiave di firma del webhook',
  'reject reused tokens': 'rifiutare i token riutilizzati',
  '{} domains use {}': 'i domini {0} usano {1}',
  '{} Signature Version {} ({} role or access keys)':
    '{0} Signature Version {1} (ruolo {2} o chiavi di accesso)',
  'account sending quota and maximum send rate per second (see the {} console for this account)':
    'quota di invio dell’account e velocità massima di invio al secondo (vedere la console {0} di questo account)',
  'events arrive as Amazon {} notifications: verify the {} message signature with its signing certificate':
    'gli eventi arrivano come notifiche Amazon {0}: verificare la firma del messaggio {1} con il suo certificato di firma',
  'New accounts start in the sandbox (verified recipients only) until production access is granted':
    'I nuovi account partono nel sandbox (solo destinatari verificati) finché non viene concesso l’accesso di produzione',
  '{} requests per second per team by default ({} beyond)':
    '{0} richieste al secondo per team per impostazione predefinita ({1} oltre)',
  '{} header on {} /emails': 'intestazione {0} su {1} /emails',
  'Svix signature: {}, {} and {} headers ({} with the signing secret)':
    'firma Svix: intestazioni {0}, {1} e {2} ({3} con il segreto di firma)',
  'The sending domain must be verified ({} records) before production mail':
    'Il dominio di invio deve essere verificato (record {0}) prima della posta di produzione',
  '{} Basic with the Account {} and Auth Token (or an {} key pair)':
    '{0} Basic con l’Account {1} e l’Auth Token (o una coppia di chiavi {2})',
  '{} request bodies, {} responses': 'corpi di richiesta {0}, risposte {1}',
  'messages are queued per sender': 'i messaggi vengono accodati per mittente',
  'throughput depends on the number type (see provider docs)':
    'il throughput dipende dal tipo di numero (vedere la documentazione del provider)',
  '{} (error {})': '{0} (errore {1})',
  '{} ({} invalid "To" number)': '{0} ({1} numero "To" non valido)',
  '{} header: base64 {} of the full {} plus sorted {} parameters, keyed with the Auth Token':
    'intestazione {0}: {1} in base64 dell’{2} completo più i parametri {3} ordinati, con l’Auth Token come chiave',
  'Numbers in {} format (+{})': 'Numeri in formato {0} (+{1})',
  'Authorization: AccessKey {key} header': 'intestazione Authorization: AccessKey {key}',
  '{} header: a {} ({}) signed with the signing key':
    'intestazione {0}: un {1} ({2}) firmato con la chiave di firma',
  'Bearer access token of a system user': 'token di accesso Bearer di un utente di sistema',
  'per-number messaging limits and tiers set by Meta (see provider docs)':
    'limiti e livelli di messaggistica per numero stabiliti da Meta (vedere la documentazione del provider)',
  '{} (invalid parameter, template not approved)': '{0} (parametro non valido, template non approvato)',
  '{} header: {} of the raw body with the app secret':
    'intestazione {0}: {1} del corpo grezzo con il segreto dell’app',
  'subscription handshake echoes {} when {} matches':
    'l’handshake di sottoscrizione restituisce {0} quando {1} corrisponde',
  'Outside the 24-hour customer service window only approved template messages can be sent':
    'Fuori dalla finestra di assistenza clienti di 24 ore si possono inviare solo messaggi basati su template approvati',
  none: 'nessuno',
  'OAuth {} access token of a service account (scope {})':
    'token di accesso OAuth {0} di un account di servizio (scope {1})',
  '{} (honour {})': '{0} (rispettando {1})',
  '{} {} (delete the device token)': '{0} {1} (eliminare il token del dispositivo)',
  'Remove device tokens that return {}': 'Rimuovere i token dei dispositivi che restituiscono {0}',
  'Authorization header with the app {} {} key': 'intestazione Authorization con la chiave {0} {1} dell’app',
  '{} field on notification create': 'campo {0} alla creazione della notifica',
  '{} ({"text": ...} or Block Kit blocks)': '{0} ({"text": ...} o blocchi Block Kit)',
  'about {} message per second per webhook, short bursts allowed ({} with {} beyond)':
    'circa {0} messaggio al secondo per webhook, brevi picchi consentiti ({1} con {2} oltre)',
  '{} with {} error bodies': '{0} con corpi di errore {1}',
  'object bytes as the body': 'i byte dell’oggetto come corpo',
  '{} {} and {} {} requests per second per partitioned prefix':
    '{0} richieste {1} e {2} {3} al secondo per prefisso partizionato',
  '{} of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'un {0} sulla stessa chiave sovrascrive: ricavare le chiavi degli oggetti dagli id, così un nuovo tentativo scrive la stessa chiave',
  'Keep buckets private (Block Public Access)': 'Mantenere i bucket privati (Block Public Access)',
  'hand out short-lived presigned URLs': 'distribuire URL prefirmati di breve durata',
  '{} Signature Version {} with R2 access keys': '{0} Signature Version {1} con chiavi di accesso R2',
  '{} Signature Version {} with the provider access keys':
    '{0} Signature Version {1} con le chiavi di accesso del provider',
  'Keep buckets private': 'Mantenere i bucket privati',
  '{} of the same key overwrites: derive object keys from ids':
    'un {0} sulla stessa chiave sovrascrive: ricavare le chiavi degli oggetti dagli id',
  'No egress fees': 'Nessun costo di egress',
  'presigned URLs work as with S3': 'gli URL prefirmati funzionano come con S3',
  'OAuth {} service account credentials': 'credenziali OAuth {0} di un account di servizio',
  '{} precondition makes retried uploads safe': 'la precondizione {0} rende sicuri i caricamenti ritentati',
  'service role key on the server (bypasses {})': 'chiave service role sul server (aggira la {0})',
  'user {} + {} {} policies from clients': '{0} dell’utente + policy {2} su {1} dai client',
  '{} (multipart or raw body uploads), {} responses':
    '{0} (caricamenti multipart o con corpo grezzo), risposte {1}',
  'upload with {} fails on an existing path': 'un caricamento con {0} fallisce su un percorso esistente',
  'derive paths from ids': 'ricavare i percorsi dagli id',
  'read-write token': 'token di lettura e scrittura',
  '{} over {}': '{0} su {1}',
  'Blob URLs are public but unguessable': 'Gli URL di Blob sono pubblici ma non indovinabili',
  'do not store private data without access control':
    'non memorizzare dati privati senza controllo degli accessi',
  '{} and {} headers (admin key on the server, search-only key in clients)':
    'intestazioni {0} e {1} (chiave di amministrazione sul server, chiave di sola ricerca nei client)',
  'network error or timeout (clients fail over across hosts)':
    'errore di rete o timeout (i client passano a un altro host)',
  'objects are upserted by objectID: reuse the entity id':
    'gli oggetti vengono inseriti o aggiornati per objectID: riutilizzare l’id dell’entità',
  'Indexing is asynchronous ({})': 'L’indicizzazione è asincrona ({0})',
  'Authorization: Bearer {API key}': 'Authorization: Bearer {chiave API}',
  'Document writes are asynchronous tasks: poll /tasks or accept eventual consistency':
    'Le scritture dei documenti sono attività asincrone: interrogare /tasks o accettare la consistenza eventuale',
  '{} key (Authorization: ApiKey …) or {} Basic': 'chiave {0} (Authorization: ApiKey …) o {1} Basic',
  '{} ({} for _bulk)': '{0} ({1} per _bulk)',
  'index by document id ({} /_doc/{id}) so a retry overwrites':
    'indicizzare per id del documento ({0} /_doc/{id}) così un nuovo tentativo sovrascrive',
  '_bulk returns 200 with per-item errors: check items[].error':
    '_bulk restituisce 200 con errori per singolo elemento: controllare items[].error',
  '{} key (key parameter or {}), restricted by {} and by server {}':
    'chiave {0} (parametro key o {1}), limitata per {2} e per {3} del server',
  'per-API quotas set in the Google Cloud console (see provider docs)':
    'quote per API impostate nella console di Google Cloud (vedere la documentazione del provider)',
  '{} (not an error: no match)': '{0} (non è un errore: nessuna corrispondenza)',
  'coordinates only for up to {} days': 'coordinate solo per un massimo di {0} giorni',
  'access_token query parameter (secret token on the server, URL-restricted public token in clients)':
    'parametro di query access_token (token segreto sul server, token pubblico limitato per URL nei client)',
  'Temporary geocoding results may not be stored':
    'I risultati di geocodifica temporanea non possono essere memorizzati',
  'permanent storage needs the permanent endpoint':
    'la memorizzazione permanente richiede l’endpoint permanente',
  '{} Basic with the source write key as the user name':
    '{0} Basic con la chiave di scrittura della sorgente come nome utente',
  '{} {} per call, {} {} per batch': '{0} {1} per chiamata, {2} {3} per batch',
  '{} field: Segment deduplicates repeated {}': 'campo {0}: Segment deduplica i {1} ripetuti',
  'Send events asynchronously: analytics must never fail a user request':
    'Inviare gli eventi in modo asincrono: l’analitica non deve mai far fallire una richiesta dell’utente',
  'project {} key in the body ({})': 'chiave {0} del progetto nel corpo ({1})',
  'personal {} key for private endpoints': 'chiave {0} personale per gli endpoint privati',
  'uuid field on each event deduplicates retries': 'il campo uuid di ogni evento deduplica i nuovi tentativi',
  '{} and {} clouds use different hosts': 'i cloud {0} e {1} usano host diversi',
  'service account ({} Basic) for /import': 'account di servizio ({0} Basic) per /import',
  'project token for /track': 'token del progetto per /track',
  '${} property deduplicates retried events': 'la proprietà ${0} deduplica gli eventi ritentati',
  'the {} verifies {} access tokens against the tenant {} (iss, aud = {} identifier, exp)':
    'l’{0} verifica i token di accesso {1} rispetto al {2} del tenant (iss, aud = identificativo dell’{3}, exp)',
  'Authentication and Management {} limits depend on the plan (see provider docs)':
    'i limiti delle {0} Authentication e Management dipendono dal piano (vedere la documentazione del provider)',
  'Cache the {}': 'Mettere in cache il {0}',
  'refetch only on an unknown kid': 'recuperarlo di nuovo solo in presenza di un kid sconosciuto',
  'secret key as a Bearer token for the Backend {}': 'chiave segreta come token Bearer per la Backend {0}',
  'session JWTs verified with the instance public key':
    'JWT di sessione verificati con la chiave pubblica dell’istanza',
  '{} {} tokens verified against the user pool {}':
    'token {0} {1} verificati rispetto al {2} dello user pool',
  'check iss, {} and {}': 'verificare iss, {0} e {1}',
  'per-operation quotas per account and region (see provider docs)':
    'quote per operazione, per account e regione (vedere la documentazione del provider)',
  '{} {} tokens verified with Google public keys (aud = project id, iss = {})':
    'token {0} {1} verificati con le chiavi pubbliche di Google (aud = id del progetto, iss = {2})',
  'Check revocation ({}) on sensitive operations': 'Verificare la revoca ({0}) nelle operazioni sensibili',
  'per-endpoint auth rate limits configurable in the project dashboard (see provider docs)':
    'limiti di frequenza per l’autenticazione per endpoint, configurabili nella dashboard del progetto (vedere la documentazione del provider)',
  '{} authorization code flow with {} and state': 'flusso authorization code {0} con {1} e state',
  '{} token verified (iss {}, aud = client id, exp)':
    'token {0} verificato (iss {1}, aud = id del client, exp)',
  'streaming as server-sent events': 'streaming come server-sent events',
  'requests and tokens per minute per model and usage tier ({}* response headers)':
    'richieste e token al minuto per modello e livello di utilizzo (intestazioni di risposta {0}*)',
  '{} invalid request': '{0} richiesta non valida',
  '{} request too large': '{0} richiesta troppo grande',
  'Set a request timeout and a max output token limit per call':
    'Impostare un timeout della richiesta e un limite massimo di token di output per chiamata',
  '{} header plus {} header': 'intestazione {0} più intestazione {1}',
  'requests, input tokens and output tokens per minute per usage tier ({}* headers)':
    'richieste, token di input e token di output al minuto per livello di utilizzo (intestazioni {0}*)',
  'Set {} on every request': 'Impostare {0} su ogni richiesta',
  'streamed responses can fail mid-stream': 'le risposte in streaming possono fallire a metà flusso',
  'requests and tokens per minute per model and tier (see provider docs)':
    'richieste e token al minuto per modello e livello (vedere la documentazione del provider)',
  '{} header or a Microsoft Entra {} Bearer token': 'intestazione {0} o un token Bearer Microsoft Entra {1}',
  'tokens and requests per minute per deployment quota (see provider docs)':
    'token e richieste al minuto secondo la quota del deployment (vedere la documentazione del provider)',
  '{} (public key in the {})': '{0} (chiave pubblica nell’{1})',
  'Sentry envelope (sent by the {})': 'envelope di Sentry (inviato dall’{0})',
  'plan event quota': 'quota di eventi del piano',
  'the {} honours {} and {}': 'l’{0} rispetta {1} e {2}',
  'handled by the {} transport': 'gestito dal trasporto dell’{0}',
  'Scrub personal data before send (beforeSend / sendDefaultPii: false)':
    'Rimuovere i dati personali prima dell’invio (beforeSend / sendDefaultPii: false)',
  'Never block a request on error reporting':
    'Non bloccare mai una richiesta per la segnalazione di un errore',
  'plan- or account-dependent: see provider docs':
    'dipende dal piano o dall’account: vedere la documentazione del provider',
  'call {*} with {*}': 'chiamare {0} con {1}',
  'call {*}': 'chiamare {0}',
  '{*}: recorded responses incl. {*} to exercise retries':
    '{0}: risposte registrate, incluse {1}, per mettere alla prova i nuovi tentativi',
  'each endpoint: success, validation error ({}), unauthenticated ({}), forbidden role ({}), not found ({})':
    'ogni endpoint: successo, errore di validazione ({0}), non autenticato ({1}), ruolo non autorizzato ({2}), non trovato ({3})',
  'job {*}: idempotent on rerun': 'job {0}: idempotente a ogni nuova esecuzione',
  'validators: {} field rules (section {})': 'validatori: {0} regole sui campi (sezione {1})',
  '{*}: {*} concurrent virtual users (stated {*}) for {*} minutes':
    '{0}: {1} utenti virtuali concorrenti (indicati: {2}) per {3} minuti',
  '{*}: {*} requests/s (stated) for {*} minutes': '{0}: {1} richieste/s (indicate) per {2} minuti',
  'a load tool': 'uno strumento di carico',
  'pass if p95 of "{*}" ≤ {*} (stated {*})': 'superato se il p95 di "{0}" ≤ {1} (indicato: {2})',
  'p95 {} for "{*}"': 'p95 {0} per "{1}"',
  'p95 {} for routes {*}': 'p95 {0} per le rotte {1}',
  'latency target: {*}': 'obiettivo di latenza: “{0}”',
  '< {*} for {*}': '< {0} per {1}',
  'within {*} for {*}': 'entro {0} per {1}',
  '> {} (default: the documents state no availability target)':
    '> {0} (predefinito: i documenti non indicano alcun obiettivo di disponibilità)',
  'database ({*} at {*}): SELECT 1 / ping within {*}': 'database ({0} su {1}): SELECT 1 / ping entro {2}',
  'cache ({*} at {*}): PING': 'cache ({0} su {1}): PING',
  'cache ({*}): PING': 'archivio di cache ({0}): PING',
  'queue ({*}): connection and consumer lag': 'coda ({0}): connessione e ritardo dei consumer',
  'no stateful dependency is stated: ready once started':
    'non è indicata alcuna dipendenza con stato: pronto appena avviato',
  '{*} connection string (with credentials)': 'stringa di connessione {0} (con credenziali)',
  'Redis connection (cache / queue)': 'connessione Redis (cache / coda)',
  'JWT signing secret (HS256, ≥ 256 bits)': 'segreto di firma dei JWT (HS256, ≥ 256 bit)',
  'minimum log level (info in production, debug locally)':
    'livello minimo dei log (info in produzione, debug in locale)',
  'referenced by the spec': 'richiamata dalla specifica',
  '{*} (payments)': '{0} (pagamenti)',
  '{*} (email)': '{0} (e-mail)',
  '{*} (sms)': '{0} (SMS)',
  '{*} (chat)': '{0} (messaggistica)',
  '{*} (whatsapp)': '{0} (WhatsApp)',
  '{*} (push)': '{0} (notifiche push)',
  '{*} (storage)': '{0} (archiviazione)',
  '{*} (identity)': '{0} (identità)',
  '{*} (search)': '{0} (ricerca)',
  '{*} (maps)': '{0} (mappe)',
  '{*} (shipping)': '{0} (spedizioni)',
  '{*} (analytics)': '{0} (analitica)',
  '{*} (llm)': '{0} (modello linguistico)',
  '{*} (monitoring)': '{0} (monitoraggio)',
  '{*} (other)': '{0} (altro)',
  '{*} runtime': 'runtime {0}',
  '{*} database reachable through DATABASE_URL': 'database {0} raggiungibile tramite DATABASE_URL',
  '{*} (cache) reachable through REDIS_URL': '{0} (cache) raggiungibile tramite REDIS_URL',
  '{*} (queue) reachable through REDIS_URL': '{0} (coda) raggiungibile tramite REDIS_URL',
  '{*} (cache)': '{0} (per la cache)',
  '{*} (queue)': '{0} (coda)',
  '{*} account and credentials ({*})': 'account e credenziali {0} ({1})',
  '{*} pipeline: lint, type-check, tests, migrations, deploy':
    'pipeline {0}: lint, controllo dei tipi, test, migrazioni, deployment',
  '{*} project with the environment variables above set per environment':
    'progetto {0} con le variabili d’ambiente sopra impostate per ambiente',
  'versioned SQL files (001_init.sql, 002_…) applied in order by a migration runner':
    'file SQL versionati (001_init.sql, 002_…) applicati in ordine da un esecutore di migrazioni',
  'never {} against shared databases': 'mai {0} sui database condivisi',
  '{} writes SQL migrations from the schema': '{0} scrive le migrazioni SQL a partire dallo schema',
  '{} (or {} at deploy) applies them in order': '{0} (o {1} al deployment) le applica in ordine',
  '{} from entity changes': '{0} a partire dalle modifiche delle entità',
  '{} at deploy': '{0} al deployment',
  'synchronize: false in every shared environment': 'synchronize: false in ogni ambiente condiviso',
  '{}, then {} at deploy': '{0}, poi {1} al deployment',
  'Kysely Migrator with FileMigrationProvider': 'Kysely Migrator con FileMigrationProvider',
  'no schema migrations: new fields are optional':
    'nessuna migrazione dello schema: i nuovi campi sono facoltativi',
  'data backfills and index builds run as versioned scripts':
    'i riempimenti di dati e la creazione degli indici vengono eseguiti come script versionati',
  'no schema migrations: new fields are optional (backward compatible readers)':
    'nessuna migrazione dello schema: i nuovi campi sono facoltativi (lettori retrocompatibili)',
  'index creation and backfills as versioned scripts run at deploy':
    'creazione degli indici e riempimenti come script versionati eseguiti al deployment',
  'V<n>__<name>.sql files': 'file V<n>__<name>.sql',
  '{*} job table (SELECT … FOR UPDATE SKIP LOCKED)':
    'tabella dei job in {0} (SELECT … FOR UPDATE SKIP LOCKED)',
  '{*} jobs collection (findOneAndUpdate claim)':
    'collezione dei job in {0} (acquisiti con findOneAndUpdate)',
  'scheduled by {*} repeatable jobs': 'pianificato con i job ripetibili di {0}',
  'scheduled by {*}': 'pianificato da {0}',
  '{*} repeatable jobs': 'job ripetibili di {0}',
  'in-process cron timer (one leader instance)': 'timer cron nel processo (una sola istanza leader)',
  'SQS dead-letter queue (redrive policy, maxReceiveCount = max attempts)':
    'coda dead-letter di SQS (redrive policy, maxReceiveCount = numero massimo di tentativi)',
  'RabbitMQ dead-letter exchange': 'exchange dead-letter di RabbitMQ',
  'dead-letter topic (<topic>.dlq)': 'topic dead-letter (<topic>.dlq)',
  'dead-letter stream (<stream>:dead) after XCLAIM delivery count exceeds max attempts':
    'stream dead-letter (<stream>:dead) quando il contatore di consegne di XCLAIM supera il numero massimo di tentativi',
  '{} log (payload, error, attempts)': 'log {0} (contenuto, errore, tentativi)',
  'none: the link opens on the user’s device, nothing is called server-side':
    'nessuna: il link si apre sul dispositivo dell’utente, nulla viene chiamato lato server',
  'schedule as stated: {*}': 'pianificazione come indicata: {0}',
  'HTTPS only as stated ({*})': 'solo HTTPS, come indicato ({0})',
  'HTTPS only': 'solo HTTPS',
  'SameSite=Strict (or Lax plus a CSRF token on state-changing requests)':
    'SameSite=Strict (o Lax più un token CSRF sulle richieste che modificano lo stato)',
  'passwords hashed with {*} (stated)': 'password con hash {0} (indicato)',
  "every query through {*}'s query {} (parameterised)":
    'ogni query passa per la {1} di query di {0} (parametrizzata)',
  'every query through parameterised statements (tagged templates / ${} placeholders)':
    'ogni query tramite istruzioni parametrizzate (tagged template / segnaposto ${0})',
  'login rate-limited per IP and account (section {})':
    'login con limite di frequenza per IP e per account (sezione {0})',
  '{*} codes, every example valid against the stated envelope':
    '{0} codici, ogni esempio valido rispetto al formato di errore indicato',
  '{*} codes, every example valid against the problem-details envelope':
    '{0} codici, ogni esempio valido rispetto al formato problem-details',
  '{} entity of {} with a primary key ({} composite)': '{0} entità su {1} con chiave primaria ({2} composte)',
  '{} of {} foreign key indexed': '{0} chiave esterna indicizzata su {1}',
  '{} of {} table reachable by primary key': '{0} tabella su {1} raggiungibile per chiave primaria',
  'operator class by rule {}': 'classe di operatori secondo la regola {0}',
  'reference data: read by most requests, changed rarely':
    'dati di riferimento: letti dalla maggior parte delle richieste, modificati di rado',
  'build filters from validated scalars': 'costruire i filtri a partire da scalari validati',
  'lookup by email': 'ricerca per e-mail',
  'Delete expired {*} rows so lookups stay small and stolen expired tokens are gone':
    'Eliminare le righe scadute di {0}, così le ricerche restano piccole e i token scaduti rubati spariscono',
  'run {*} for the period': 'eseguire {0} per il periodo',
  'store the period end as the next run’s start':
    'salvare la fine del periodo come inizio dell’esecuzione successiva',
  'Start signing in with {*}': 'Avviare l’accesso con {0}',
  'OAuth callback from {*}': 'Callback OAuth da {0}',
  'Request a password reset link': 'Richiedere un link per reimpostare la password',
  'Set a new password with a reset token': 'Impostare una nuova password con un token di reimpostazione',
  'The password was changed.': 'La password è stata cambiata.',
  'Confirm an email address with a verification token':
    'Confermare un indirizzo e-mail con un token di verifica',
  'The email address is verified.': 'L’indirizzo e-mail è verificato.',
  'Where the browser goes next.': 'Dove va il browser subito dopo.',
  'The id path parameter.': 'Il parametro di percorso id.',
  'Deactivate a {*} (instead of deleting it)': 'Disattivare {0} (invece di eliminarlo)',
  'Attach a {*} to a {*}': 'Collegare {0} a {1}',
  'no authentication route serves "{*}"': 'nessuna rotta di autenticazione serve "{0}"',
  'served by the identity provider {*}, not by this API':
    'servito dal provider di identità {0}, non da questa API',
  'no cache (stated)': 'nessuna cache (indicato)',
  '{} creates a timestamped SQL migration locally': '{0} crea in locale una migrazione SQL con timestamp',
  'commit prisma/migrations/*': 'versionare prisma/migrations/*',
  '{} {} (the webhook URL)': '{0} {1} (l’URL del webhook)',
  '> {} (stated target {*})': '> {0} (obiettivo indicato: {1})',
  'The {} of the {name}, to print.': '{0} di {1}, da stampare.',
  'Number of {name} records per {}': 'Numero di record di {0} per {1}',
  '{*}, as a file.': '{0}, come file.',
  'The file format, as the documents state them.': 'Il formato del file, come lo indicano i documenti.',
  '{} of the {name}, to print': '{0} di {1}, da stampare',
  'measured as p95 (section {} alert)': 'misurato come p95 (allarme della sezione {0})',
  '{} per minute per user (default)': '{0} al minuto per utente (predefinito)',
  '{} per minute per {} (default)': '{0} al minuto per {1} (predefinito)',
  '{} per minute per provider (default)': '{0} al minuto per provider (predefinito)',
  'rate limit: auth endpoints ({})': 'limite di frequenza: endpoint di autenticazione ({0})',
  'rate limit: read endpoints ({})': 'limite di frequenza: endpoint di lettura ({0})',
  'rate limit: write endpoints ({})': 'limite di frequenza: endpoint di scrittura ({0})',
  'rate limit: expensive endpoints ({})': 'limite di frequenza: endpoint onerosi ({0})',
  'rate limit: webhook endpoints ({})': 'limite di frequenza: endpoint di webhook ({0})',
  'rate limit: public endpoints ({})': 'limite di frequenza: endpoint pubblici ({0})',
  'rate limit: anonymous callers': 'limite di frequenza: chiamanti anonimi',
  // A limit the documents state for a class of endpoints, as written ("120 Anfragen pro Minute").
  '{*} (stated)': '{0} (indicato)',
  'rate limit on {*}': 'limite di frequenza su {0}',
  'within {*}': 'entro {0}',
  '{} seconds': '{0} secondi',
  '{} minutes': '{0} minuti',
  'tokens in cookies as stated ({*}): HttpOnly': 'token nei cookie, come indicato ({0}): HttpOnly',
  'check Origin on {}': 'verificare Origin su {0}',
  'password policy as stated (section {})': 'politica delle password come indicata (sezione {0})',
  'lockout: {*}': 'blocco: {0}',
  '{} failed attempts then locked for {}': '{0} tentativi falliti e poi blocco di {1}',
  '{} failed attempts': '{0} tentativi falliti',
  '{} fields redacted': '{0} campi mascherati',
  'alerts on error rate': 'allarmi sul tasso di errore',
  'store: {*}': 'archivio: {0}',
  'none stated (in-process)': 'nessuno indicato (nel processo)',
  '{} ownership rules on real columns': '{0} regole di proprietà su colonne reali',
  '{} signed webhook receivers': '{0} ricevitori di webhook firmati',
  '{*}: {} attempts, {*}': '{0}: {1} tentativi, {2}',
  '{*}: {} attempts': '{0}: {1} tentativi',
  'Sign out': 'Disconnettersi',
  'Create an account': 'Creare un account',
  'a leading {} sorts descending.': 'un {0} iniziale ordina in modo decrescente.',
  'Only {name} records whose {} equals this value.':
    'Solo i record di {0} il cui {1} è uguale a questo valore.',
  'Filter {} as stated.': 'Filtro {0} come indicato.',
  '{*} a {*} ({} → {})': '{0!} {1} ({2} → {3})',
  '{*} an {*} ({} → {})': '{0!} {1} ({2} → {3})',
  'verb: Approve': 'Approvare',
  'verb: Reject': 'Rifiutare',
  'verb: Cancel': 'Annullare',
  'verb: Pay': 'Pagare',
  'verb: Send': 'Inviare',
  'verb: Ship': 'Spedire',
  'verb: Close': 'Chiudere',
  'verb: Complete': 'Completare',
  'verb: Win': 'Vincere',
  'verb: Lose': 'Perdere',
  'verb: Submit': 'Inoltrare',
  'verb: Commit': 'Confermare',
  'verb: Refund': 'Rimborsare',
  'verb: Write Off': 'Stralciare',
  'verb: Check In': 'Registrare l’arrivo di',
  'verb: Check Out': 'Registrare l’uscita di',
  'verb: Archive': 'Archiviare',
  'verb: Publish': 'Pubblicare',
  'verb: Confirm': 'Confermare',
  'verb: Activate': 'Attivare',
  'verb: Deactivate': 'Disattivare',
  'verb: Enable': 'Abilitare',
  'verb: Disable': 'Disabilitare',
  'verb: Suspend': 'Sospendere',
  'verb: Verify': 'Verificare',
  'verb: Amend': 'Rettificare',
  'verb: Authorise': 'Autorizzare',
  'verb: Authorize': 'Autorizzare',
  'verb: Assign': 'Assegnare',
  'verb: Accept': 'Accettare',
  'verb: Decline': 'Declinare',
  'verb: Deliver': 'Consegnare',
  'verb: Review': 'Revisionare',
  'verb: Schedule': 'Pianificare',
  'verb: Dispatch': 'Evadere',
  'verb: Resolve': 'Risolvere',
  'verb: Block': 'Bloccare',
  'verb: Lock': 'Bloccare',
  'verb: Unlock': 'Sbloccare',
  'verb: Expire': 'Far scadere',
  'verb: Fail': 'Segnare come fallito',
  'verb: Receive': 'Ricevere',
  'verb: Return': 'Restituire',
  'verb: Release': 'Rilasciare',
  'verb: Validate': 'Convalidare',
  'verb: Sign': 'Firmare',
  'verb: Finalise': 'Finalizzare',
  'verb: Finalize': 'Finalizzare',
  'verb: Enter': 'Registrare',
  'verb: Collect': 'Ritirare',
  'verb: Book': 'Prenotare',
  'verb: Reserve': 'Riservare',
  'verb: Open': 'Aprire',
  'verb: Start': 'Avviare',
  'verb: Process': 'Elaborare',
  'verb: Report': 'Segnalare',
  'verb: Escalate': 'Inoltrare al livello superiore',
  'verb: Delete': 'Eliminare',
  'verb: Restore': 'Ripristinare',
  'verb: Invite': 'Invitare',
  'verb: Settle': 'Saldare',
  'verb: Invoice': 'Fatturare',
  'verb: Print': 'Stampare',
  'verb: Renew': 'Rinnovare',
  'verb: Borrow': 'Prendere in prestito',
  'verb: Lend': 'Prestare',
  'verb: Admit': 'Ricoverare',
  'verb: Discharge': 'Dimettere',
  'verb: Vaccinate': 'Vaccinare',
  'verb: Treat': 'Curare',
  'verb: Examine': 'Visitare',
  'verb: Prescribe': 'Prescrivere',
  'verb: Hire': 'Assumere',
  'verb: Retire': 'Dismettere',
  'verb: Upload': 'Caricare',
  'verb: Export': 'Esportare',
  'verb: Import': 'Importare',
  'verb: Plan': 'Pianificare',
  pagination: 'paginazione',
  'connection pool': 'pool di connessioni',
  'versioned SQL files': 'file SQL versionati',
  'ownership checked on {} entities ({*})': 'proprietà verificata su {0} entità ({1})',
  'under {*}': 'sotto {0}',
  'Server-side sessions via {*}': 'Sessioni lato server tramite {0}',
  'Server-side sessions': 'Sessioni lato server',
  'session via {*}': 'sessione tramite {0}',
  'As stated in the contract.': 'Come stabilito dal contratto.',
  'External identity provider (OAuth 2.0 / OIDC) via {*}':
    'Provider di identità esterno (OAuth 2.0 / OIDC) tramite {0}',
  'External identity provider (OAuth 2.0 / OIDC)': 'Provider di identità esterno (OAuth 2.0 / OIDC)',
  'sign-in delegated via {*} (OAuth 2.0 / OIDC)': 'accesso delegato a {0} (OAuth 2.0 / OIDC)',
  'JWTs issued by {*}': 'JWT emessi da {0}',
  "sign-in via {*}, then the API's own JWTs": 'accesso tramite {0}, poi i JWT propri dell’API',
  'server-side sessions (cookie)': 'sessioni lato server (cookie)',
  'API keys': 'chiavi API',
  'Opaque bearer tokens via {*}': 'Token bearer opachi tramite {0}',
  'Opaque bearer tokens': 'Token bearer opachi',
  'opaque bearer tokens via {*}': 'token bearer opachi tramite {0}',
  'opaque bearer tokens': 'token bearer opachi',
  'sign-in by password or a one-time e-mail link':
    'accesso con password o con un link monouso inviato per e-mail',
  'sign-in by a one-time e-mail link': 'accesso con un link monouso inviato per e-mail',
  '{*} with refresh tokens ({*})': '{0} con refresh token ({1})',
  '{*} with refresh tokens': '{0} con refresh token',
  'bcrypt, cost {}': 'bcrypt, costo {0}',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints, {} ownership rules':
    'controllo degli accessi basato sui ruoli, {0} ruoli ({1}), matrice dei permessi di {2} endpoint, {3} regole di proprietà',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints':
    'controllo degli accessi basato sui ruoli, {0} ruoli ({1}), matrice dei permessi di {2} endpoint',
  'role-based access control, {} roles ({*})': 'controllo degli accessi basato sui ruoli, {0} ruoli ({1})',
  'per endpoint class: {*}': 'per classe di endpoint: {0}',
  'access token lifetime': 'durata del token di accesso',
  'refresh token lifetime': 'durata del refresh token',
  'session / idle timeout, automatic logout after inactivity':
    'timeout di sessione / di inattività, disconnessione automatica dopo un periodo di inattività',
  'lifetime of a passwordless sign-in link': 'durata del link di accesso senza password',
  'one-time password lifetime': 'durata della password monouso',
  'password-reset token lifetime': 'durata del token di reimpostazione della password',
  'email verification token lifetime': 'durata del token di verifica dell’e-mail',
  'invitation lifetime': 'durata dell’invito',
  'minimum password length': 'lunghezza minima della password',
  'failed attempts before lockout': 'tentativi falliti prima del blocco',
  'lockout duration': 'durata del blocco',
  'bcrypt cost / rounds': 'costo / round di bcrypt',
  'response time target': 'obiettivo del tempo di risposta',
  'availability / uptime target': 'obiettivo di disponibilità / uptime',
  'share of successful calls or operations': 'quota di chiamate o operazioni riuscite',
  'test coverage target': 'obiettivo di copertura dei test',
  'requests per minute': 'richieste al minuto',
  'simultaneous users': 'utenti simultanei',
  'recovery point objective': 'obiettivo del punto di ripristino (RPO)',
  'recovery time objective': 'obiettivo del tempo di ripristino (RTO)',
  'backup retention': 'conservazione dei backup',
  'how long a kind of data is kept': 'per quanto tempo si conserva un tipo di dati',
  'how long before an event a reminder goes out': 'quanto tempo prima di un evento parte un promemoria',
  'how long after a due date a notice or action follows':
    'quanto tempo dopo una scadenza segue un avviso o un’azione',
  'period of a recurring task': 'periodo di un’attività ricorrente',
  'default page size': 'dimensione predefinita della pagina',
  'maximum page size': 'dimensione massima della pagina',
  'requests allowed, normalised to req/min': 'richieste consentite, normalizzate in req/min',
  'largest upload or attachment': 'caricamento o allegato più grande',
  'a stated maximum of something': 'un massimo indicato di qualcosa',
  'a stated cache lifetime': 'una durata di cache indicata',
  'a stated sync / polling interval': 'un intervallo di sincronizzazione / polling indicato',
  'session timeout {*}': 'scadenza della sessione {0}',
  'refresh token {*}': 'token di refresh {0}',
  'access token {*}': 'token di accesso {0}',
  'no limit': 'nessun limite',
  '{*} states {*} as {*}: which one holds?': '{0} indica {1} come {2}: quale vale?',
  'Render the PDF documents the requirements name': 'Generare i documenti PDF nominati dai requisiti',
  'CORS rejects an unlisted origin': 'CORS rifiuta un’origine non in elenco',
  'window = [now + {*} - {*}, now + {*})': 'finestra = [adesso + {0} - {1}, adesso + {2})',
  'PRD and architecture': 'PRD e architettura',
  '{*} (does not exist)': '{0} (non esiste)',
  'Anonymise {*} once the stated period of {*} has passed ("{*}")':
    'Anonimizzare {0} una volta trascorso il periodo indicato di {1} ("{2}")',
  'Archive {*} once the stated period of {*} has passed ("{*}")':
    'Archiviare {0} una volta trascorso il periodo indicato di {1} ("{2}")',
  'replace the personal data of those rows with anonymous values in one transaction per batch, keeping the rows other records reference':
    'sostituire i dati personali di quelle righe con valori anonimi in una transazione per lotto, conservando le righe a cui fanno riferimento altri record',
  'copy those rows to the archive, then delete them from the table, in one transaction per batch':
    'copiare quelle righe nell’archivio e poi eliminarle dalla tabella, in una transazione per lotto',
  'an anonymised row has no personal data left: a rerun changes nothing':
    'una riga anonimizzata non ha più dati personali: una nuova esecuzione non cambia nulla',
  'an archived row is no longer in the table: a rerun finds nothing left to move':
    'una riga archiviata non è più nella tabella: una nuova esecuzione non trova nulla da spostare',
  'fixed {*} between attempts ("{*}")': '{0} fissi tra un tentativo e l’altro ("{1}")',
  'Sort field': 'Campo di ordinamento',
  '{} endpoints × {} roles decided': '{0} endpoint × {1} ruoli decisi',
  'strategy {*}': 'strategia {0}',
  'statuses {*}': 'stati {0}',
  'foreign key → {name}': 'chiave esterna → {0}',
  'tenant + status filter': 'filtro per tenant + stato',
  'tenant + date range': 'tenant + intervallo di date',
  'the provider’s own verification scheme, not in the catalogue':
    'lo schema di verifica proprio del fornitore, non presente nel catalogo',
  '{*} (the provider’s own verification scheme, not in the catalogue)':
    '{0} (lo schema di verifica proprio del fornitore, non presente nel catalogo)',
  'client certificate (mutual TLS), as the documents state':
    'certificato client (TLS reciproco), come indicano i documenti',
  'a signature, as the documents state': 'una firma, come indicano i documenti',
  'an API key, as the documents state': 'una chiave API, come indicano i documenti',
  'OAuth client credentials, as the documents state': 'credenziali client OAuth, come indicano i documenti',
  '{*} (as the documents state)': '{0} (come indicano i documenti)',
  'the secret key as the HTTP Basic user name, no password':
    'la chiave segreta come nome utente HTTP Basic, senza password',
  'JSON responses': 'risposte JSON',
  'amounts in the smallest unit of the currency (satang for THB)':
    'importi nella più piccola unità della valuta (satang per THB)',
  'fetch the event again with GET /events/{id} and the secret key, and act on that copy: the delivered body is not trusted as sent':
    "recuperare di nuovo l'evento con GET /events/{id} e la chiave segreta, e agire su quella copia: il corpo consegnato non è affidabile così com'è",
  'A PromptPay charge (source type promptpay) answers pending with a QR code and completes later: charge.complete says how it ended':
    'Un addebito PromptPay (source type promptpay) risponde pending con un codice QR e si completa più tardi: charge.complete dice come è finito',
  'the channel access token as a Bearer token': 'il token di accesso del canale come token Bearer',
  'X-Line-Retry-Key header (a UUID per message): a retried push is sent once':
    'intestazione X-Line-Retry-Key (un UUID per messaggio): un push ritentato viene inviato una volta',
  'X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret':
    'X-Line-Signature: HMAC-SHA256 in base64 del corpo grezzo con il segreto del canale',
  'OpenID Connect: the ID token checked by iss (https://access.line.me), aud (the channel id) and exp, or sent to POST /oauth2/v2.1/verify':
    "OpenID Connect: l'ID token verificato tramite iss (https://access.line.me), aud (l'id del canale) ed exp, o inviato a POST /oauth2/v2.1/verify",
};
