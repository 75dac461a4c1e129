import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** Italian wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'errore', warning: 'avviso', info: 'info', hint: 'suggerimento' },
  texts: {
    'pattern {*} of {*}.{*} ({*}) is left out of the JSON Schemas and OpenAPI: {*}':
      'il pattern {0} di {1}.{2} ({3}) resta fuori dai JSON Schema e da OpenAPI: {4}',
    'state it as an ECMA-262 pattern without flags, or validate it in code':
      'indicatelo come pattern ECMA-262 senza flag, o validatelo nel codice',
    'pattern {*} of {*}.{*} ({*}) gets no PostgreSQL CHECK: {*}':
      'il pattern {0} di {1}.{2} ({3}) non riceve un CHECK PostgreSQL: {4}',
    'the API validates it; state a CHECK in SQL if the database must too':
      "l'API lo valida; indicate un CHECK in SQL se anche il database deve imporlo",
    '{*}.{*} must match `{*}` in {*} ({*}) but `{*}` in {*} ({*}); {*} wins':
      '{0}.{1} deve corrispondere a `{2}` in {3} ({4}) ma a `{5}` in {6} ({7}); vince {8}',
    'the route list at {*} covers {*}; not added: {*}':
      'l’elenco delle rotte in {0} copre {1}; non aggiunte: {2}',
    'the documents say the {*} has no JSON API but name no role it is for: its operations stay in the JSON API':
      'i documenti dicono che {0} non ha API JSON ma non nominano alcun ruolo a cui serve: le sue operazioni restano nell’API JSON',
    'the {*} has no JSON API ({*}): {*} operation(s) served by its screens, left out of the OpenAPI document: {*}':
      '{0} non ha API JSON ({1}): {2} operazione/i servite dalle sue schermate, fuori dal documento OpenAPI: {3}',
    '{*} is also stated as {*} ({*}); using {*}': '{0} è indicato anche come {1} ({2}); si usa {3}',
    '{*} stated route(s) name no entity of the data model and are kept as stated, without schemas: {*}':
      '{0} rotta/e indicata/e non nominano alcuna entità del modello dei dati e sono mantenute come indicate, senza schemi: {1}',
    '{*} ("{*}") has no operation: {*}': '{0} ("{1}") non ha alcuna operazione: {2}',
    '{*} is {*} in section 0 ({*}) but {*}': '{0} è {1} nella sezione 0 ({2}) ma {3}',
    'the key decision "{*}" is {*}': 'la decisione chiave "{0}" è {1}',
    'role {*} reaches no operation beyond sign-in':
      'il ruolo {0} non raggiunge alcuna operazione oltre all’accesso',
    "{*}: {*} is denied to {*}, the story's actor": '{0}: {1} è negata a {2}, l’attore della storia',
    '{*} reaches {*} across tenants': '{0} raggiunge {1} attraverso tenant diversi',
    'no config file found: the project was not initialised, defaults are used':
      'nessun file di configurazione trovato: il progetto non è stato inizializzato, si usano i valori predefiniti',
    'run `backend-spec init` or create one of: {*}': 'eseguire `backend-spec init` o creare uno tra: {0}',
    'documentation language "{*}" (set in {*}) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'la lingua della documentazione "{0}" (impostata in {1}) non ha ancora un catalogo dei messaggi: backend-spec.md è scritto in inglese (disponibili: {2})',
    'documentation language "{*}" (set by --lang) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'la lingua della documentazione "{0}" (impostata con --lang) non ha ancora un catalogo dei messaggi: backend-spec.md è scritto in inglese (disponibili: {1})',
    'documentation language "{*}" has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'la lingua della documentazione "{0}" non ha ancora un catalogo dei messaggi: backend-spec.md è scritto in inglese (disponibili: {1})',
    'add src/render/i18n/{*}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this':
      'aggiungere src/render/i18n/{0}/ (una copia tradotta di en/; vedere CONTRIBUTING.md), oppure passare --lang en per non ricevere questo avviso',
    'default {*} of {*} is made by the application (the ORM client), not by the database: the column has no database default':
      'il valore predefinito {0} di {1} è generato dall’applicazione (il client dell’ORM), non dal database: la colonna non ha un valore predefinito nel database',
    'default {*} of {*} is not a literal or a known function for a {*} column: left out of the schema':
      'il valore predefinito {0} di {1} non è un letterale né una funzione nota per una colonna {2}: escluso dallo schema',
    'default {*} of {*} is not one of {*}: left out of the schema':
      'il valore predefinito {0} di {1} non è tra {2}: escluso dallo schema',
    "state it as a literal (`0`, `'draft'`, `true`) or `now()`":
      "indicarlo come letterale (`0`, `'draft'`, `true`) o `now()`",
    '{*} is defined twice: the second definition is ignored':
      '{0} è definito due volte: la seconda definizione viene ignorata',
    "{*} is {*} but references {*} ({*}): the column takes the key's type":
      '{0} è {1} ma fa riferimento a {2} ({3}): la colonna assume il tipo della chiave',
    "{*} is {*} but references {*} (): the column takes the key's type":
      '{0} è {1} ma fa riferimento a {2} (): la colonna assume il tipo della chiave',
    'index on {*} ({*}) names {*}, not a column of {*}: left out':
      'l’indice su {0} ({1}) nomina {2}, che non è una colonna di {3}: escluso',
    '{*} is {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0} è {1} in {2} ({3}) ma {4} in {5} ({6}); prevale {7}',
    'enum {*} has values ({*}) here but ({*}) at {*}; the first definition is kept':
      'l’enum {0} ha i valori ({1}) qui ma ({2}) in {3}; si mantiene la prima definizione',
    '{*} is defined twice in {*} (also at {*}); the definitions were merged':
      '{0} è definito due volte in {1} (anche in {2}); le definizioni sono state unite',
    '{*}: {*} is described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} è descritto in {2} ({3}) ma non in {4} ({5})',
    '{*}: {*} are described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} sono descritti in {2} ({3}) ma non in {4} ({5})',
    'add {*} to the {*} definition, or remove it from the {*}':
      'aggiungere {0} alla definizione {1}, oppure rimuoverlo da {2}',
    'add {*} to the {*} definition, or remove them from the {*}':
      'aggiungere {0} alla definizione {1}, oppure rimuoverli da {2}',
    '{*} of {*} is not read: {*}': '{0} di {1} non viene letto: {2}',
    'function {*} is not allowed in a {*}': 'la funzione {0} non è ammessa in un {1}',
    '{*} is not allowed': '{0} non è ammesso',
    'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql':
      'scrivere il vincolo con colonne, letterali, operatori, IN/LIKE/BETWEEN, IS NULL, CASE, conversioni e funzioni semplici come lower(), length() o now(); sottoquery, altre funzioni e istruzioni non vengono copiate in schema.sql',
    'SQL does not parse: {*}; this statement was skipped':
      'l’SQL non è analizzabile: {0}; questa istruzione è stata saltata',
    'Prisma schema does not parse: {*}; this block was skipped':
      'lo schema Prisma non è analizzabile: {0}; questo blocco è stato saltato',
    'DBML does not parse: {*}; that element was skipped':
      'il DBML non è analizzabile: {0}; quell’elemento è stato saltato',
    'DBML does not parse: a line is longer than {*} characters; the block was skipped':
      'il DBML non è analizzabile: una riga supera i {0} caratteri; il blocco è stato saltato',
    'DBML does not parse: brackets nest deeper than {*}; the block was skipped':
      'il DBML non è analizzabile: le parentesi sono annidate oltre {0} livelli; il blocco è stato saltato',
    'erDiagram attribute not understood: "{*}"; skipped':
      'attributo di erDiagram non compreso: "{0}"; saltato',
    'the statement is read as PostgreSQL': 'l’istruzione viene letta come PostgreSQL',
    'read as {*}, rewritten to PostgreSQL': 'letto come {0}, riscritto in PostgreSQL',
    '{*} references {*}, which no data model defines; the foreign key is dropped':
      '{0} fa riferimento a {1}, che nessun modello dei dati definisce; la chiave esterna viene scartata',
    'relationship {*} – {*}: {*} is not defined by any data model':
      'relazione {0} – {1}: {2} non è definito da alcun modello dei dati',
    'relationship {*} – {*}: {*} are not defined by any data model':
      'relazione {0} – {1}: {2} non sono definiti da alcun modello dei dati',
    '{*} has type {*}, which is neither a known type nor a defined enum; kept as text':
      '{0} ha il tipo {1}, che non è né un tipo noto né un enum definito; mantenuto come testo',
    'the only {*} document lies in the archive folder {*}; it is read, but may be out of date':
      'l’unico documento {0} si trova nella cartella di archivio {1}; viene letto, ma potrebbe non essere aggiornato',
    'move the current version out of the archive, or confirm the archived one still holds':
      'spostare la versione attuale fuori dall’archivio, oppure confermare che quella archiviata è ancora valida',
    'classified as {*} ({*})': 'classificato come {0} ({1})',
    'the config names {*} for the planning documents, but the {*} is not there; found by scanning in {*}':
      'la configurazione indica {0} per i documenti di pianificazione, ma {1} non si trova lì; trovato cercando in {2}',
    'the config names {*} for the planning documents, but the {*} are not there; found by scanning in {*}':
      'la configurazione indica {0} per i documenti di pianificazione, ma {1} non si trovano lì; trovati cercando in {2}',
    'point the config at the folder that holds the documents':
      'far puntare la configurazione alla cartella che contiene i documenti',
    'documentation_dir "{*}" does not exist; the documents were found in {*}, and the spec is written to {*}':
      'documentation_dir "{0}" non esiste; i documenti sono stati trovati in {1} e la specifica viene scritta in {2}',
    'set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)':
      'impostare documentation_dir in .bmad/config.yaml (oppure passare --docs DIR, o --out DIR solo per l’output)',
    'duplicate of {*}: {*}; it is not read': 'duplicato di {0}: {1}; non viene letto',
    'monolithic copy of the shards in {*} ({*} of its lines)':
      'copia monolitica dei frammenti in {0} ({1} delle sue righe)',
    'identical copy of {*}': 'copia identica di {0}',
    'near-identical copy ({*} of lines shared) of {*}':
      'copia quasi identica ({0} delle righe in comune) di {1}',
    'the config says {*}': 'la configurazione indica {0}',
    'the other copy lies in {*}': 'l’altra copia si trova in {0}',
    'the one read is newer ({*})': 'quella letta è più recente ({0})',
    'neither is newer; the one with the shorter path is read':
      'nessuna delle due è più recente; si legge quella con il percorso più breve',
    'neither is newer; the shards are read': 'nessuna delle due è più recente; si leggono i frammenti',
    'front matter is not valid YAML: {*}': 'il front matter non è YAML valido: {0}',
    'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile':
      'correggere lo YAML tra le righe `---` iniziali; nel frattempo il documento viene letto come testo semplice',
    'no architecture document found; searched: {*}':
      'nessun documento di architettura trovato; cercato in: {0}',
    'no PRD found; searched: {*}': 'nessun PRD trovato; cercato in: {0}',
    'run `backend-spec init` to create the planning documents, or pass --docs DIR':
      'eseguire `backend-spec init` per creare i documenti di pianificazione, oppure passare --docs DIR',
    'no tech-stack document (expected {*}); stack choices are read from the other documents':
      'nessun documento sullo stack tecnologico (atteso {0}); le scelte dello stack vengono lette dagli altri documenti',
    'no UX flows document (expected {*}); flows are not traced to endpoints':
      'nessun documento dei flussi UX (atteso {0}); i flussi non vengono collegati agli endpoint',
    'this copy states a newer date than {*} ({*} against {*}), but the config makes {*} the copy read; its changes are not in the spec':
      'questa copia indica una data più recente di {0} ({1} rispetto a {2}), ma la configurazione fa leggere {3}; le sue modifiche non sono nella specifica',
    're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config':
      'suddividere di nuovo in frammenti la copia più recente (o riportarne le modifiche nell’altra), oppure cambiare l’opzione sharded nella configurazione',
    'superseded by {*} ({*}); read as history only': 'sostituito da {0} ({1}); letto solo come storico',
    'superseded by {*} where they differ ({*})': 'sostituito da {0} dove differiscono ({1})',
    'a later spec-kit feature ({*} after {*})': 'una funzionalità spec-kit successiva ({0} dopo {1})',
    'a summary at the specs root that revises {*}': 'un riepilogo nella radice di specs che rivede {0}',
    'no cache store is chosen: cache entries are in-process only':
      'nessun archivio di cache scelto: le voci di cache vivono solo nel processo',
    'no queue or scheduler is chosen: jobs run on {*}':
      'nessuna coda né scheduler scelti: i job vengono eseguiti su {0}',
    '{*}: "{*}" — no purge job': '{0}: "{1}" — nessun job di eliminazione',
    '{*}: "{*}" is a minimum retention — no purge job (no deletion is stated)':
      '{0}: "{1}" è una conservazione minima — nessun job di eliminazione (non è indicata alcuna cancellazione)',
    '{*} is stated, but not whether it issues JWTs or sessions: JWT bearer tokens are proposed (rule derive/auth-default-jwt)':
      '{0} è indicato, ma non se emette JWT o sessioni: si propongono token bearer JWT (regola derive/auth-default-jwt)',
    'state the mechanism beside the library (e.g. "session cookies")':
      'indicare il meccanismo accanto alla libreria (ad es. "cookie di sessione")',
    'retention "{*}" ({*}) matches no entity':
      'la conservazione "{0}" ({1}) non corrisponde ad alcuna entità',
    '"{*}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known':
      '"{0}" non è nel catalogo dei provider: endpoint, autenticazione, limiti e webhook non sono noti',
    'state "{*}" is not a value of {*} ({*})': 'lo stato "{0}" non è un valore di {1} ({2})',
    'map each stated state to an enum value, or add it to the data model':
      'associare ogni stato indicato a un valore dell’enum, oppure aggiungerlo al modello dei dati',
    '"{*}" is named in the documents but no data model defines it':
      '"{0}" è nominato nei documenti ma nessun modello dei dati lo definisce',
    'define the entity in the data model, or state it as an assumption in the decisions file':
      'definire l’entità nel modello dei dati, oppure indicarla come ipotesi nel file delle decisioni',
    '{*} is defined differently in {*}': '{0} è definito diversamente in {1}',
    'session timeout {*} is shorter than the refresh token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'la scadenza della sessione {0} è più breve della durata del refresh token {1} in {2}: la scadenza si applica come timeout di inattività e la durata del token come durata assoluta della sessione',
    'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'la scadenza della sessione {0} è più breve della durata del token di accesso {1} in {2}: la scadenza si applica come timeout di inattività e la durata del token come durata assoluta della sessione',
    'confirm or change this in the decisions file (id: {*})':
      'confermare o modificare nel file delle decisioni (id: {0})',
    '{*}: {*} in {*} replaces {*} in this older version':
      '{0}: {1} in {2} sostituisce {3} in questa versione precedente',
    '{*} is not satisfied by any endpoint, job, entity, rule or alert':
      '{0} non è soddisfatto da alcun endpoint, job, entità, regola o allarme',
    '{*}: {*} here, but {*} in {*}; using {*} ({*})': '{0}: {1} qui, ma {2} in {3}; si usa {4} ({5})',
    'align the documents, or record a choice in the decisions file':
      'allineare i documenti, oppure registrare una scelta nel file delle decisioni',
    'section "{*}" could not be derived from the documents':
      'non è stato possibile ricavare la sezione "{0}" dai documenti',
    '{*}: {*} ({*}) vs {*} ({*}); the first is used': '{0}: {1} ({2}) rispetto a {3} ({4}); si usa il primo',
    'the documents state no roles: using {*}': 'i documenti non indicano ruoli: si usa {0}',
    '{*} (administration is mentioned)': '{0} (si parla di amministrazione)',
    'state the roles in the PRD (a roles table or "roles: a, b") to replace the default':
      'indicare i ruoli nel PRD (una tabella dei ruoli o "ruoli: a, b") per sostituire il valore predefinito',
    'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)':
      'non è indicata alcuna strategia di autenticazione: si assumono token bearer JWT (regola derive/auth-default-jwt)',
    'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)':
      'indicare la strategia nell’architettura (ad es. "Autenticazione: JWT" o il provider di identità)',
    'role "{*}" received no permission: it reaches only public and self-service endpoints':
      'il ruolo "{0}" non ha ricevuto alcun permesso: raggiunge solo endpoint pubblici e self-service',
    'session timeout {*} ({*}) is shorter than the refresh-token lifetime {*} ({*}): the session limit caps the refresh chain':
      'la scadenza della sessione {0} ({1}) è più breve della durata del refresh token {2} ({3}): il limite della sessione interrompe la catena dei rinnovi',
    'user-story actor "{*}" matches none of the roles {*}':
      'l’attore della storia utente "{0}" non corrisponde ad alcuno dei ruoli {1}',
    'the route table lets "{*}" call {*}, but no role is called "{*}": the route is granted to no role':
      'la tabella delle rotte consente a «{0}» di chiamare {1}, ma nessun ruolo si chiama «{2}»: la rotta non è concessa ad alcun ruolo',
    'write one of the roles ({*}) in the access cell, or state the role "{*}" in the documents':
      'scrivere uno dei ruoli ({0}) nella cella di accesso, oppure indicare il ruolo «{1}» nei documenti',
    'TypeScript does not parse: {*}; declarations that parsed were read':
      'il TypeScript non è analizzabile: {0}; sono state lette le dichiarazioni analizzabili',
    '{*} needs {*}, but no entity or field of the data model holds them':
      '{0} richiede {1}, ma nessuna entità o campo del modello dei dati li contiene',
    '{*} need {*}, but no entity or field of the data model holds them':
      '{0} richiedono {1}, ma nessuna entità o campo del modello dei dati li contiene',
    'model the record, or state an assumption in the decisions file':
      'modellare il record, oppure indicare un’ipotesi nel file delle decisioni',
    'no entity or field of the data model holds these settings':
      'nessuna entità o campo del modello dei dati contiene queste impostazioni',
    'PostgreSQL could not be started: {*}': 'impossibile avviare PostgreSQL: {0}',
    'embedded PostgreSQL: {*}': 'PostgreSQL integrato: {0}',
    'PostgreSQL at --postgres-url failed: {*}': 'PostgreSQL su --postgres-url ha fallito: {0}',
    'check that the server runs, accepts this role and answers; or leave out --postgres-url to verify with embedded PGlite':
      'verificare che il server sia in esecuzione, accetti questo ruolo e risponda; oppure omettere --postgres-url per verificare con PGlite integrato',
    'connect as a role without superuser that may CREATE in the database, or pass --allow-superuser':
      'connettersi con un ruolo senza superuser che possa eseguire CREATE nel database, oppure passare --allow-superuser',
    '{*} is not the text the renderer emits: not applied':
      '{0} non è il testo prodotto dal renderer: non applicato',
    'verification applies only the statements backend-spec renders from the model':
      'la verifica applica solo le istruzioni che backend-spec genera dal modello',
    '{*} — in: {*}': '{0} — in: {1}',
    '{*} was edited by hand since it was generated: not overwritten, nothing was written':
      '{0} è stato modificato a mano dopo la generazione: non sovrascritto, non è stato scritto nulla',
    'move your edits into the planning documents (or a decisions file), or re-run with --force to replace it':
      'riportare le modifiche nei documenti di pianificazione (o in un file delle decisioni), oppure rieseguire con --force per sostituirlo',
    '--out {*} is a file, not a folder: nothing was written':
      '--out {0} è un file, non una cartella: non è stato scritto nulla',
    'pass a folder (it is created when missing), e.g. --out build/spec':
      'passare una cartella (viene creata se manca), ad es. --out build/spec',
    'the output folder {*} resolves outside the project: nothing was written':
      'la cartella di output {0} risulta fuori dal progetto: non è stato scritto nulla',
    'write inside the project, or name the folder explicitly with --out DIR':
      'scrivere all’interno del progetto, oppure indicare esplicitamente la cartella con --out DIR',
    "an earlier run was interrupted after its output was complete; it was put in place before this run's output":
      'un’esecuzione precedente è stata interrotta quando il suo output era già completo; è stato messo al suo posto prima dell’output di questa esecuzione',
    'an earlier run was interrupted while writing; its partial files were removed (its previous output had stayed intact)':
      'un’esecuzione precedente è stata interrotta durante la scrittura; i suoi file parziali sono stati rimossi (l’output precedente era rimasto intatto)',
    'invalid YAML: {*}': 'YAML non valido: {0}',
    'fix the YAML syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); values with `:` or `{` need quotes':
      'correggere la sintassi YAML (YAML 1.2, https://yaml.org/spec/1.2.2/); i valori con `:` o `{` richiedono le virgolette',
    'the documentation folder "{*}" is outside the project ({*})':
      'la cartella della documentazione "{0}" è fuori dal progetto ({1})',
    'use a folder inside the project (e.g. `docs`), or pass --docs DIR and --out DIR on the command line to work elsewhere':
      'usare una cartella all’interno del progetto (ad es. `docs`), oppure passare --docs DIR e --out DIR sulla riga di comando per lavorare altrove',
    'the config file must be a mapping of `key: value` pairs':
      'il file di configurazione deve essere una mappa di coppie `key: value`',
    'write one `key: value` per line, e.g. `documentation_dir: docs`':
      'scrivere una coppia `key: value` per riga, ad es. `documentation_dir: docs`',
    '`{*}` must be a string, found {*}': '`{0}` deve essere una stringa, trovato {1}',
    'write it as text: {*}: "..."': 'scriverlo come testo: {0}: "..."',
    '{*} has no text besides front matter and comments; it is not read':
      '{0} non contiene testo oltre al front matter e ai commenti; non viene letto',
    'write the document, or delete the empty file': 'scrivere il documento, oppure eliminare il file vuoto',
    'read as {*}': 'letto come {0}',
    '{*} is {*}; it is not read': '{0} è {1}; non viene letto',
    'replace it with a regular file, or move it out of the documentation folder':
      'sostituirlo con un file normale, oppure spostarlo fuori dalla cartella della documentazione',
    'split the document (BMAD shards work), or move generated dumps out of the documentation folder':
      'suddividere il documento (i frammenti BMAD vanno bene), oppure spostare i dump generati fuori dalla cartella della documentazione',
    'save it as UTF-8 text, or move it out of the documentation folder':
      'salvarlo come testo UTF-8, oppure spostarlo fuori dalla cartella della documentazione',
    'check the file permissions': 'verificare i permessi del file',
    'nothing to compile: {*} planning file was found, but none has text that can be read':
      'nulla da compilare: è stato trovato {0} file di pianificazione, ma nessuno contiene testo leggibile',
    'nothing to compile: {*} planning files were found, but none has text that can be read':
      'nulla da compilare: sono stati trovati {0} file di pianificazione, ma nessuno contiene testo leggibile',
    'write the PRD and the architecture document, or run `backend-spec init` for a starting point':
      'scrivere il PRD e il documento di architettura, oppure eseguire `backend-spec init` come punto di partenza',
    'reading the documents took longer than {*} s; nothing is generated from a partial read':
      'la lettura dei documenti ha richiesto più di {0} s; non si genera nulla da una lettura parziale',
    'check for slow or network file systems under the documentation folder, or pass --docs DIR':
      'verificare la presenza di file system lenti o di rete nella cartella della documentazione, oppure passare --docs DIR',
    '{*} exists and was not written by backend-spec: left untouched, nothing was written':
      '{0} esiste e non è stato scritto da backend-spec: lasciato intatto, non è stato scritto nulla',
    'move {*} away, or write the output elsewhere with --out DIR':
      'spostare {0} altrove, oppure scrivere l’output in un’altra cartella con --out DIR',
    'another backend-spec run is writing {*}; nothing was written':
      'un’altra esecuzione di backend-spec sta scrivendo {0}; non è stato scritto nulla',
    'wait for it to finish and run again (a lock left by a killed run, {*}/.backend-spec.lock, is taken over automatically)':
      'attendere che termini e rieseguire (un lock lasciato da un’esecuzione interrotta, {0}/.backend-spec.lock, viene rilevato automaticamente)',
    'could not read {*}: {*} ({*}); the previous output is unchanged':
      'impossibile leggere {0}: {1} ({2}); l’output precedente è invariato',
    'could not write {*}: {*} ({*}); the previous output is unchanged':
      'impossibile scrivere {0}: {1} ({2}); l’output precedente è invariato',
    'could not read {*}: {*} ({*})': 'impossibile leggere {0}: {1} ({2})',
    'could not write {*}: {*} ({*})': 'impossibile scrivere {0}: {1} ({2})',
    'backend-spec failed: {*}': 'backend-spec non è riuscito: {0}',
    'this is a bug in backend-spec: please report it with the command and, if you can, the documents':
      'questo è un bug di backend-spec: segnalarlo indicando il comando e, se possibile, i documenti',
    '{*} is not a directory': '{0} non è una cartella',
    'pass the project folder that holds the planning documents':
      'passare la cartella del progetto che contiene i documenti di pianificazione',
    'run `backend-spec --help` for usage': 'eseguire `backend-spec --help` per l’utilizzo',
    '"{*}" is none of the stated values of {*} and cannot be read as one':
      '"{0}" non è nessuno dei valori indicati di {1} e non può essere letto come uno di essi',
    'no open question, conflict or parameter "{*}" was found':
      'nessuna domanda aperta, conflitto o parametro "{0}" trovato',
    'this run asks no open questions; conflict subjects are listed in section 0 of backend-spec.md':
      'questa esecuzione non pone domande aperte; gli argomenti in conflitto sono elencati nella sezione 0 di backend-spec.md',
    'open question ids: {*}; conflict subjects are listed in section 0 of backend-spec.md':
      'id delle domande aperte: {0}; gli argomenti in conflitto sono elencati nella sezione 0 di backend-spec.md',
    '"{*}" is not an option of question {*}': '"{0}" non è un’opzione della domanda {1}',
    'this question offers no options: answer it with `assume: <value>` or `dismiss: true`':
      'questa domanda non offre opzioni: rispondere con `assume: <value>` o `dismiss: true`',
    'options: {*}; or answer with `assume: <value>`': 'opzioni: {0}; oppure rispondere con `assume: <value>`',
    'the documents state there is no authentication: every operation is public':
      'i documenti indicano che non c’è autenticazione: tutte le operazioni sono pubbliche',
    'the chosen database "{*}" has no schema dialect here: no schema file is written for it':
      'il database scelto "{0}" non ha qui un dialetto di schema: non viene scritto alcun file di schema',
    'PostgreSQL, MySQL, SQLite and MongoDB schemas are supported':
      'sono supportati schemi PostgreSQL, MySQL, SQLite e MongoDB',
    'table name {*} is used by two entities: {*} gets {*}':
      'il nome di tabella {0} è usato da due entità: {1} riceve {2}',
    '{*}.{*} is an enum but no document lists its values: stored as text':
      '{0}.{1} è un enum ma nessun documento ne elenca i valori: memorizzato come testo',
    '{*}.{*} lists values {*} but enum {*} has {*}: the field gets its own type':
      '{0}.{1} elenca i valori {2} ma l’enum {3} ha {4}: il campo riceve un tipo proprio',
    'index on {*} names a table no data model defines: left out':
      'l’indice su {0} nomina una tabella che nessun modello dei dati definisce: escluso',
    'index on {*} ({*}) is stated as {*}, but {*}: it becomes a b-tree index':
      'l’indice su {0} ({1}) è indicato come {2}, ma {3}: diventa un indice b-tree',
    '{*}.{*} references "{*}", which no data model defines: kept as a plain column':
      '{0}.{1} fa riferimento a "{2}", che nessun modello dei dati definisce: mantenuto come colonna semplice',
    '{*}.{*} references {*}.{*}, which is not a column with a single-column key':
      '{0}.{1} fa riferimento a {2}.{3}, che non è una colonna con una chiave a colonna singola',
    'relationship {*} → {*} names an entity no data model defines: left out':
      'la relazione {0} → {1} nomina un’entità che nessun modello dei dati definisce: esclusa',
    'relationship {*} → {*} has no foreign key in the SQL of {*}: not added':
      'la relazione {0} → {1} non ha una chiave esterna nell’SQL di {2}: non aggiunta',
    'add a column referencing {*} to {*}, or remove the relationship':
      'aggiungere a {1} una colonna che faccia riferimento a {0}, oppure rimuovere la relazione',
    'bcrypt cost {*} is below 12 (OWASP Password Storage Cheat Sheet)':
      'il costo bcrypt {0} è inferiore a 12 (OWASP Password Storage Cheat Sheet)',
    '{*}.{*} references {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0}.{1} fa riferimento a {2} in {3} ({4}) ma a {5} in {6} ({7}); prevale {8}',
    'the {*} extractor failed on this document: {*}': 'l’estrattore {0} ha fallito su questo documento: {1}',
    'what it would have read is missing from the spec; please report this with the document':
      'ciò che avrebbe letto manca dalla specifica; segnalarlo allegando il documento',
    'index on {*}, which no data model defines': 'indice su {0}, che nessun modello dei dati definisce',
    '{*} ({*}, {*}) and {*} ({*}, {*}) share {*} fields: probably one entity under two names':
      '{0} ({1}, {2}) e {3} ({4}, {5}) condividono {6} campi: probabilmente un’unica entità con due nomi',
    'erDiagram cardinality not understood: "{*}"; skipped':
      'cardinalità di erDiagram non compresa: "{0}"; saltata',
    'erDiagram line not understood: "{*}"; skipped': 'riga di erDiagram non compresa: "{0}"; saltata',
    'erDiagram entity {*} is not closed with "}"': 'l’entità di erDiagram {0} non è chiusa con "}"',
    'SQL blocks were not read: the PostgreSQL parser was not loaded':
      'i blocchi SQL non sono stati letti: il parser PostgreSQL non è stato caricato',
    'call prepare() from src/extract/sql.ts before extract()':
      'chiamare prepare() di src/extract/sql.ts prima di extract()',
    'ALTER TABLE {*}: no CREATE TABLE {*} in this document':
      'ALTER TABLE {0}: nessun CREATE TABLE {1} in questo documento',
    'a field table has no heading or caption naming its entity; skipped':
      'una tabella di campi non ha un titolo o una didascalia che nomini la sua entità; saltata',
    'put the entity name in a heading or a `**Table: name**` line above the table':
      'mettere il nome dell’entità in un titolo o in una riga `**Table: name**` sopra la tabella',
    '{*} is a code sample in a note, not an entity of the data model; not designed':
      '{0} è un esempio di codice in una nota, non un’entità del modello dei dati; non progettato',
    'define it in the data model document if it is stored':
      'definirlo nel documento del modello dei dati se viene memorizzato',
    'TypeScript fence has a line of {*} characters, too long to be a declaration; skipped':
      'il blocco TypeScript ha una riga di {0} caratteri, troppo lunga per essere una dichiarazione; saltato',
    'break the line, or mark the fence as another language if it is not TypeScript':
      'spezzare la riga, oppure marcare il blocco con un altro linguaggio se non è TypeScript',
    'TypeScript fence is nested too deeply to parse; skipped':
      'il blocco TypeScript è annidato troppo in profondità per essere analizzato; saltato',
    'split the declaration, or mark the fence as another language if it is not TypeScript':
      'suddividere la dichiarazione, oppure marcare il blocco con un altro linguaggio se non è TypeScript',
    '{*} rejected: {*}': '{0} rifiutato: {1}',
    'copy the words from the document and cite the line they are on':
      'copiare le parole dal documento e citare la riga in cui si trovano',
    'run `backend-spec schema facts` for the shape of the overlay':
      'eseguire `backend-spec schema facts` per la forma dell’overlay',
    'this copy states a newer date than {*} ({*}), but the config makes {*} the copy read; its changes are not in the spec':
      'questa copia indica una data più recente di {0} ({1}), ma la configurazione fa leggere {2}; le sue modifiche non sono nella specifica',
    'no single {*} document: {*} shard in folders named {*} are read as the {*}':
      'nessun documento {0} unico: {1} frammento in cartelle chiamate {2} viene letto come {3}',
    'no single {*} document: {*} shards in folders named {*} are read as the {*}':
      'nessun documento {0} unico: {1} frammenti in cartelle chiamate {2} vengono letti come {3}',
    '{*} is drawn as {*} here, but the keys make it {*} ({*})':
      '{0} è disegnata qui come {1}, ma le chiavi la rendono {2} ({3})',
    'correct the drawing or the summary, or change the keys if the drawing is right':
      'correggere il disegno o il riepilogo, oppure cambiare le chiavi se il disegno è corretto',
    '{*} is listed as the {*} here, but {*} marks it {*}':
      '{0} è elencato qui come {1}, ma {2} lo indica come {3}',
    'state {*} is not a value of {*} ({*})': 'lo stato {0} non è un valore di {1} ({2})',
    'states {*} are not values of {*} ({*})': 'gli stati {0} non sono valori di {1} ({2})',
    '{*}: {*}; decided: {*} ({*})': '{0}: {1}; deciso: {2} ({3})',
    '{*} is still defined here, but {*} says: "{*}" — dropped as decided':
      '{0} è ancora definito qui, ma {1} dice: "{2}" — eliminato come deciso',
    '{*} is still defined here, but {*} says: "{*}" — kept until question {*} is answered':
      '{0} è ancora definito qui, ma {1} dice: "{2}" — mantenuto finché non si risponde alla domanda {3}',
    '{*}.{*} here is {*}.{*} in {*}; the spec uses {*}': '{0}.{1} qui è {2}.{3} in {4}; la specifica usa {5}',
    'use one name in every document': 'usare un solo nome in tutti i documenti',
    'role {*} has no value in {*} ({*})': 'il ruolo {0} non ha un valore in {1} ({2})',
    'roles {*} have no value in {*} ({*})': 'i ruoli {0} non hanno un valore in {1} ({2})',
    'add the role to the enum, or say which existing role the persona uses':
      'aggiungere il ruolo all’enum, oppure indicare quale ruolo esistente usa la persona',
    '{*} `{*}` is not copied into the schema: {*}': '{0} `{1}` non viene copiato nello schema: {2}',
    '{*} is named as part of the design, but {*} marks it {*}':
      '{0} è nominato come parte del progetto, ma {1} lo indica come {2}',
    'table {*}: no planning document mentions it':
      'tabella {0}: nessun documento di pianificazione la menziona',
    'cite the requirement it serves, or record it as an assumption':
      'citare il requisito a cui serve, oppure registrarla come ipotesi',
    'role {*}: no planning document mentions it': 'ruolo {0}: nessun documento di pianificazione lo menziona',
    'the permission matrix lists {*}, which the API section does not document':
      'la matrice dei permessi elenca {0}, che la sezione dell’API non documenta',
    '{*} has no row in the permission matrix (line {*})':
      '{0} non ha una riga nella matrice dei permessi (riga {1})',
    'the permission matrix has a column for role "{*}", which the spec never defines':
      'la matrice dei permessi ha una colonna per il ruolo "{0}", che la specifica non definisce mai',
    'entity {*} has no CREATE TABLE in the SQL': 'l’entità {0} non ha un CREATE TABLE nell’SQL',
    '{*} does not exist; the documents compile to it':
      '{0} non esiste; i documenti vengono compilati in esso',
    '{*} differs from what the documents compile to now (first difference at line {*})':
      '{0} differisce da quanto i documenti producono ora (prima differenza alla riga {1})',
    'run `backend-spec generate` and commit the result':
      'eseguire `backend-spec generate` ed effettuare il commit del risultato',
    'no "{*}" section: the workflow\'s 15 sections are all required':
      'manca la sezione "{0}": le 15 sezioni del workflow sono tutte obbligatorie',
    'a json block is not JSON: {*}': 'un blocco json non è JSON: {0}',
    '{*}: {*} at {*}': '{0}: {1} in {2}',
    'SQL does not parse: {*}': 'l’SQL non è analizzabile: {0}',
    'permission denied': 'permesso negato',
    'give your user access to it (chmod/chown), or choose another folder':
      'dare accesso al proprio utente (chmod/chown), oppure scegliere un’altra cartella',
    'operation not permitted': 'operazione non consentita',
    'give your user access to it, or choose another folder':
      'dare accesso al proprio utente, oppure scegliere un’altra cartella',
    'a symlink loop': 'un ciclo di collegamenti simbolici',
    'remove or fix the symlink that points back at itself':
      'rimuovere o correggere il collegamento simbolico che punta a sé stesso',
    'a file is in the way where a folder is needed': 'c’è un file dove serve una cartella',
    'move that file, or choose another folder': 'spostare quel file, oppure scegliere un’altra cartella',
    'a folder is in the way where a file is needed': 'c’è una cartella dove serve un file',
    'move that folder, or choose another path':
      'spostare quella cartella, oppure scegliere un altro percorso',
    'no space left on the device': 'spazio esaurito sul dispositivo',
    'free some disk space and run again': 'liberare spazio su disco e rieseguire',
    'the disk quota is exceeded': 'la quota disco è superata',
    'free some space and run again': 'liberare spazio e rieseguire',
    'a read-only file system': 'un file system di sola lettura',
    'write to a writable folder with --out DIR': 'scrivere in una cartella scrivibile con --out DIR',
    'the path is too long': 'il percorso è troppo lungo',
    'use a shorter path': 'usare un percorso più breve',
    'too many open files': 'troppi file aperti',
    'raise the open-file limit (ulimit -n) and run again':
      'aumentare il limite dei file aperti (ulimit -n) e rieseguire',
    'an I/O error of the device': 'un errore di I/O del dispositivo',
    'check the disk or mount, then run again':
      'controllare il disco o il punto di montaggio, quindi rieseguire',
    'the path is busy': 'il percorso è occupato',
    'close whatever holds it, then run again': 'chiudere ciò che lo tiene occupato, quindi rieseguire',
    'a device or pipe without a reader': 'un dispositivo o una pipe senza lettore',
    'replace it with a regular file': 'sostituirlo con un file normale',
    'it does not exist': 'non esiste',
    'check the path': 'controllare il percorso',
    'check the path and run again': 'controllare il percorso e rieseguire',
    'a path': 'un percorso',
    'not valid YAML: {*}': 'YAML non valido: {0}',
    'expected a list of decisions (or a `decisions:` list)':
      'era attesa una lista di decisioni (o una lista `decisions:`)',
    'a decision is a mapping: `{ id, choose | assume | dismiss, reason }` or `{ assume, reason }`':
      'una decisione è una mappa: `{ id, choose | assume | dismiss, reason }` oppure `{ assume, reason }`',
    'unknown key {*}': 'chiave sconosciuta {0}',
    'unknown keys {*}': 'chiavi sconosciute {0}',
    'a decision needs a non-empty `reason`': 'una decisione richiede un `reason` non vuoto',
    'one answer per entry: `choose`, `assume` or `dismiss`, not several':
      'una sola risposta per voce: `choose`, `assume` o `dismiss`, non più di una',
    '`dismiss` needs the `id` of the question it sets aside':
      '`dismiss` richiede l’`id` della domanda che archivia',
    '`dismiss` takes `true`': '`dismiss` accetta `true`',
    '`assume` must not be empty': '`assume` non deve essere vuoto',
    'a choice needs both `id` (the conflict subject) and `choose` (the value to use)':
      'una scelta richiede sia `id` (l’argomento in conflitto) sia `choose` (il valore da usare)',
    '{*} entities but no endpoints': '{0} entità ma nessun endpoint',
    '{*} {*} has no success response': '{0} {1} non ha una risposta di successo',
    '{*} {*} does not declare path parameter {*}': '{0} {1} non dichiara il parametro di percorso {2}',
    '{*} {*} has no request schema': '{0} {1} non ha uno schema di richiesta',
    '{*} has no endpoint': '{0} non ha alcun endpoint',
    'job {*} targets no table: {*}': 'il job {0} non ha una tabella di destinazione: {1}',
    'job {*} targets table {*}, which the data model lacks':
      'il job {0} agisce sulla tabella {1}, che manca nel modello dei dati',
    'integration {*} has no name': 'l’integrazione {0} non ha un nome',
    'cache entry {*} is invalidated by {*}, which the data model lacks':
      'la voce di cache {0} è invalidata da {1}, che manca nel modello dei dati',
    '{*} has no primary key': '{0} non ha una chiave primaria',
    '{*}.{*} has no type': '{0}.{1} non ha un tipo',
    '{*}.{*} is an enum without values': '{0}.{1} è un enum senza valori',
    'relationship {*} → {*} names an entity that is not in the model':
      'la relazione {0} → {1} nomina un’entità che non è nel modello',
    'many-to-many {*} ↔ {*} has no join table referencing both':
      'la relazione molti a molti {0} ↔ {1} non ha una tabella di collegamento che faccia riferimento a entrambe',
    '{*} → {*}: {*}.{*} is not a foreign key': '{0} → {1}: {2}.{3} non è una chiave esterna',
    '{*}.{*} (foreign key) is not the leading column of any index':
      '{0}.{1} (chiave esterna) non è la prima colonna di alcun indice',
    '{*} cannot be read by primary key': '{0} non può essere letto per chiave primaria',
    '{*} has no usable retry policy': '{0} non ha una politica di nuovi tentativi utilizzabile',
    'job {*} lacks retries, a dead-letter destination or a timeout':
      'al job {0} mancano i nuovi tentativi, una destinazione dead-letter o un tempo massimo',
    'cache entry {*} is not tied to entity writes':
      'la voce di cache {0} non è legata alle scritture delle entità',
    '{*}.{*} is sensitive but not redacted from logs': '{0}.{1} è sensibile ma non è mascherato nei log',
    'alert on {*} cites no NFR': 'l’allarme su {0} non cita alcun requisito non funzionale',
    'the API has endpoints but no OWASP Top 10 item is addressed':
      'l’API ha endpoint ma nessuna voce dell’OWASP Top 10 è trattata',
    'there is no permission matrix': 'non c’è una matrice dei permessi',
    'endpoint {*} has {*} matrix rows (expected 1)': 'l’endpoint {0} ha {1} righe nella matrice (attesa 1)',
    'endpoint {*} has no decision for role {*}': 'l’endpoint {0} non ha una decisione per il ruolo {1}',
    'no authentication strategy': 'nessuna strategia di autenticazione',
    'ownership rule {*}.{*} does not name a primary key column':
      'la regola di proprietà {0}.{1} non nomina una colonna di chiave primaria',
    'ownership rule {*}.{*} does not name a foreign key column':
      'la regola di proprietà {0}.{1} non nomina una colonna di chiave esterna',
    '{*} {*} response exposes secret field {*}': 'la risposta di {0} {1} espone il campo segreto {2}',
    '{*} {*}: the stated contract returns the secret field {*}; it is withheld from the response until the team confirms it may leave the server':
      '{0} {1}: il contratto indicato restituisce il campo segreto {2}; viene escluso dalla risposta finché il team non conferma che può uscire dal server',
    'there is no error catalogue': 'non c’è un catalogo degli errori',
    'example of {*} does not match the envelope: {*}':
      'l’esempio di {0} non corrisponde al formato di errore: {1}',
    'no error code for status {*}': 'nessun codice di errore per lo stato {0}',
    'the same file as {*} (a symbolic link)': 'lo stesso file di {0} (un collegamento simbolico)',
    'empty: no text to read': 'vuoto: nessun testo da leggere',
    'a symbolic link to a file outside the project': 'un collegamento simbolico a un file fuori dal progetto',
    'archived ({*}/) and not a PRD, architecture, UX or tech-stack document':
      'archiviato ({0}/) e non è un documento PRD, di architettura, UX o sullo stack tecnologico',
    'not found': 'non trovato',
    '{*}, not a regular file': '{0}, non un file normale',
    'a named pipe (FIFO)': 'una pipe con nome (FIFO)',
    'a device': 'un dispositivo',
    'a socket': 'un socket',
    'a folder': 'una cartella',
    'not a regular file': 'non è un file normale',
    'cannot be read ({*})': 'non leggibile ({0})',
    'not text: {*}': 'non è testo: {0}',
    '{*}, over the {*} limit per document': '{0}, oltre il limite di {1} per documento',
    'not read: reading took longer than the {*} s budget':
      'non letto: la lettura ha superato il tempo disponibile di {0} s',
    'copy the document into the project (or link a whole shared docs folder); a link to a file elsewhere is never followed':
      'copiare il documento nel progetto (o collegare un’intera cartella di documenti condivisa); un collegamento a un file altrove non viene mai seguito',
    'shard of {*}, which holds its text; {*}': 'frammento di {0}, che ne contiene il testo; {1}',
    '{*}; read as history only': '{0}; letto solo come storico',
    '{*}; read where the newer does not change it': '{0}; letto dove il più recente non lo modifica',
    'the role of --postgres-url is a superuser; verification needs only CREATE on the database':
      'il ruolo di --postgres-url è un superuser; la verifica richiede solo CREATE sul database',
    '{*} is the stated database, but the documents describe no stored record: sections 1 and 2 cannot be written':
      '{0} è il database indicato, ma i documenti non descrivono alcun record memorizzato: le sezioni 1 e 2 non possono essere scritte',
    'describe the entities (a table of fields, SQL, an ER diagram), or supply them under `entities` in the facts file':
      'descrivere le entità (una tabella di campi, SQL, un diagramma ER), oppure fornirle in `entities` nel file dei fatti',
    '{*}: {*} here, but {*} in the same document (line {*}); assuming {*} until question {*} is answered':
      '{0}: {1} qui, ma {2} nello stesso documento (riga {3}); si assume {4} finché non si risponde alla domanda {5}',
    '{*}: {*} here, but {*} in the same document (line {*}); using {*} as decided':
      '{0}: {1} qui, ma {2} nello stesso documento (riga {3}); si usa {4} come deciso',
    'correct one of the two lines, or answer the question in the decisions file':
      'correggere una delle due righe, oppure rispondere alla domanda nel file delle decisioni',
    '{*} relies on {*}, which {*} leaves undecided ("{*}"); asked as question {*}':
      '{0} dipende da {1}, che {2} lascia in sospeso ("{3}"); posto come domanda {4}',
    'decide it in the documents, or answer the question in the decisions file':
      'deciderlo nei documenti, oppure rispondere alla domanda nel file delle decisioni',
    '"{*}" in the {*} {*} body is not a column of {*} ({*}); the closest is {*}':
      '"{0}" nel corpo di {1} {2} non è una colonna di {3} ({4}); la più vicina è {5}',
    '"{*}" in the {*} {*} body is not a column of {*} ({*})':
      '"{0}" nel corpo di {1} {2} non è una colonna di {3} ({4})',
    'name the field as the data model does, or add the column':
      'nominare il campo come fa il modello dei dati, oppure aggiungere la colonna',
    'no documentation language is set: the spec is written in {*}, the language of the documents':
      'nessuna lingua della documentazione impostata: la specifica è scritta in {0}, la lingua dei documenti',
    'no documentation language is set: the documents are written in {*}, which has no catalog; the spec is written in English':
      'nessuna lingua di documentazione impostata: i documenti sono scritti in {0}, che non ha un catalogo; la specifica è scritta in inglese',
    'set documentation_language in the config (or pass --lang) to choose another':
      'impostare documentation_language nella configurazione (o passare --lang) per sceglierne un’altra',
    'story {*} lets {*} call {*}, which the stated permission matrix does not grant {*}':
      'la storia {0} consente a {1} di chiamare {2}, che la matrice dei permessi indicata non concede a {3}',
    'story {*} asks {*} to call {*}, whose route table names other callers: the stated callers are kept':
      'la storia {0} chiede che {1} chiami {2}, la cui tabella delle rotte indica altri chiamanti: si mantengono i chiamanti indicati',
    'add the role to the route table, or correct the story':
      'aggiungere il ruolo alla tabella delle rotte o correggere la storia',
    'correct the matrix or the story, or record the choice in the decisions file':
      'correggere la matrice o la storia, oppure registrare la scelta nel file delle decisioni',
    '{*} is not one of the planning documents read ({*})':
      '{0} non è uno dei documenti di pianificazione letti ({1})',
    'the quote "{*}" is too short to check (at least {*} characters)':
      'la citazione "{0}" è troppo breve per essere verificata (almeno {1} caratteri)',
    '{*} has {*} lines, the fact cites line {*}': '{0} ha {1} righe, il fatto cita la riga {2}',
    'the quote does not occur in {*}': 'la citazione non compare in {0}',
    'the quote occurs in {*} at line {*}, not within {*} lines of line {*}':
      'la citazione compare in {0} alla riga {1}, non entro {2} righe dalla riga {3}',
    'quote found in {*} near line {*}': 'citazione trovata in {0} vicino alla riga {1}',
    'stated at {*}': 'indicato in {0}',
    'given twice in the overlay': 'fornito due volte nel file dei fatti',
    'defined at {*}; its fields below fill gaps only':
      'definita in {0}; i suoi campi sotto colmano solo le lacune',
    'no entity {*} is defined': 'nessuna entità {0} definita',
    'no role {*} is defined': 'nessun ruolo {0} definito',
    '{*} states {*} as {*}, not {*}': '{0} indica {1} come {2}, non {3}',
    '{*} states its values as {*}': '{0} indica i suoi valori come {1}',
    '{*} rejects {*}': '{0} scarta {1}',
    '{*} marks {*} as {*}': '{0} indica {1} come {2}',
    '{*} chooses {*} for {*}': '{0} sceglie {1} per {2}',
    '{*} states {*} {*} {*}': '{0} indica {1} {2} {3}',
    'field {*}': 'campo {0}',
    'entity {*}': 'entità {0}',
    'relationship {*}': 'relazione {0}',
    'enum {*}': 'enum {0}',
    'role {*}': 'ruolo {0}',
    'permission {*}': 'permesso {0}',
    'job {*}': 'job {0}',
    'integration {*}': 'integrazione {0}',
    'rule {*}': 'regola {0}',
    'stack {*}': 'stack {0}',
  },
};
