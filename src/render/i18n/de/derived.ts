import type { DerivedPhrase } from '../en/derived.js';

/** German wording of the clauses derive rules write (see en/derived.ts). */
export const derived: Record<DerivedPhrase, string> = {
  'The request is malformed or fails validation.':
    'Die Anfrage ist fehlerhaft aufgebaut oder besteht die Validierung nicht.',
  'Missing or invalid credentials.': 'Zugangsdaten fehlen oder sind ungültig.',
  'The caller may not perform this operation on this resource.':
    'Der Aufrufer darf diese Operation auf dieser Ressource nicht ausführen.',
  'The resource does not exist or is not visible to the caller.':
    'Die Ressource existiert nicht oder ist für den Aufrufer nicht sichtbar.',
  'A unique value is already taken, or the resource state does not allow this.':
    'Ein eindeutiger Wert ist bereits vergeben, oder der Zustand der Ressource erlaubt dies nicht.',
  'A request with this {} is still being processed.': 'Eine Anfrage mit diesem {0} wird noch verarbeitet.',
  'A referenced record does not exist.': 'Ein referenzierter Datensatz existiert nicht.',
  'The {} was used with a different payload.': 'Der {0} wurde mit einem anderen Inhalt verwendet.',
  'Too many requests': 'Zu viele Anfragen',
  'retry after the time in {}': 'nach der in {0} angegebenen Zeit erneut versuchen',
  'Unique key per logical request': 'Eindeutiger Schlüssel je logischer Anfrage',
  'a retry with the same key returns the first result ({}).':
    'eine Wiederholung mit demselben Schlüssel liefert das erste Ergebnis ({0}).',
  'exponential {} × {}^attempt (cap {}) with full jitter':
    'exponentiell {0} × {1}^Versuch (höchstens {2}) mit vollem Jitter',
  'honour {}': '{0} wird beachtet',
  'honours {} {} headers': 'beachtet die {1}-Header von {0}',
  'any thrown error': 'jedem geworfenen Fehler',
  timeout: 'Zeitüberschreitung',
  'network error or timeout': 'Netzwerkfehler oder Zeitüberschreitung',
  'network error ({} transport)': 'Netzwerkfehler ({0}-Transport)',
  'the {} transport’s own backoff': 'die eigene Wartestrategie des {0}-Transports',
  '{} table (payload, error, attempts, {})': 'Tabelle {0} (Inhalt, Fehler, Versuche, {1})',
  'BullMQ failed set (kept, inspected and retried from the dashboard)':
    'Fehlgeschlagen-Menge von BullMQ (aufbewahrt, im Dashboard geprüft und erneut gestartet)',
  'dropped when the {} buffer is full (reporting never blocks a request)':
    'verworfen, wenn der {0}-Puffer voll ist (das Melden blockiert nie eine Anfrage)',
  'not stated in the documents: a rerun must not repeat work already done':
    'in den Dokumenten nicht festgelegt: Ein erneuter Lauf darf bereits erledigte Arbeit nicht wiederholen',
  'load the message by id': 'die Nachricht anhand ihrer ID laden',
  'stop if already sent': 'abbrechen, wenn sie bereits gesendet wurde',
  'store the provider message id and status sent':
    'die Nachrichten-ID des Anbieters und den Status gesendet speichern',
  'failures in the {} list mark it failed without retry':
    'Fehler aus der Liste {0} markieren sie ohne Wiederholung als fehlgeschlagen',
  'delete from the {} store where {} < {} (or {} is set and older than a day), in batches of {}':
    'aus dem {0}-Speicher löschen, wo {1} < {2} (oder {3} gesetzt und älter als ein Tag ist), in Stapeln von {4}',
  'the job loads the stored event, skips it if already processed, applies it, marks it processed':
    'der Job lädt das gespeicherte Ereignis, überspringt es, wenn es schon verarbeitet ist, wendet es an und markiert es als verarbeitet',
  'unique constraint on the provider event id: duplicates and redeliveries are skipped':
    'Eindeutigkeits-Constraint auf der Ereignis-ID des Anbieters: Duplikate und erneute Zustellungen werden übersprungen',
  'reject if older than {} minutes': 'ablehnen, wenn älter als {0} Minuten',
  'raw body kept for verification': 'Roh-Body für die Prüfung aufbewahrt',
  'scheduled by {} cron timer (one leader instance)':
    'geplant durch einen {0}-Cron-Timer (eine einzige führende Instanz)',
  'profile of the {} user, read by {} /{} on every page load':
    'Profil des angemeldeten Benutzers, bei jedem Seitenaufruf über {1} /{2} gelesen',
  'no cache store is stated: {} LRU cache per instance (lost on restart, not shared), {} entries':
    'kein Cache-Speicher festgelegt: {0}-LRU-Cache je Instanz (geht beim Neustart verloren, nicht geteilt), {1} Einträge',
  'process is up (no dependency checks, so a slow database never restarts the pod)':
    'der Prozess läuft (ohne Prüfung der Abhängigkeiten, damit eine langsame Datenbank nie einen Neustart des Pods auslöst)',
  'ratio of {} responses to all responses': 'Anteil der {0}-Antworten an allen Antworten',
  'index {}': 'Index {0}',
  'load with {}': 'laden mit {0}',
  'one batched query, never a {} per row': 'eine gebündelte Abfrage, nie ein {0} pro Zeile',
  "load with one query over the page's ids ({} {} {} (…)) or a join":
    'mit einer Abfrage über die IDs der Seite ({0} {1} {2} (…)) oder einem Join laden',
  '{} per minute per {} and account (default)': '{0} pro Minute je {1} und Konto (Standard)',
  '{} with {} beyond': 'darüber {0} mit {1}',
  'deny by default: {} endpoints × {} roles in the permission matrix (section {})':
    'standardmäßig verweigert: {0} Endpunkte × {1} Rollen in der Berechtigungsmatrix (Abschnitt {2})',
  'passwords hashed with bcrypt, cost {} (stated)':
    'Passwörter mit bcrypt gehasht, Kostenfaktor {0} (festgelegt)',
  'JWTs signed with the key in {} (≥ {} bits, from the environment, rotated by key id)':
    'JWTs mit dem Schlüssel aus {0} signiert (≥ {1} Bit, aus der Umgebung, per Schlüssel-ID rotiert)',
  '{} sensitive fields never returned in responses (section {})':
    '{0} sensible Felder werden nie in Antworten zurückgegeben (Abschnitt {1})',
  'parameterised queries only': 'nur parametrisierte Abfragen',
  "every query through Prisma's query {} (parameterised)":
    'jede Abfrage über die Abfrage-{0} von Prisma (parametrisiert)',
  'raw queries only through its parameterised form ({} tagged templates), never string concatenation':
    'Roh-Abfragen nur in ihrer parametrisierten Form ({0} Tagged Templates), nie durch String-Verkettung',
  'output encoded by the client framework, {} input sanitised before storage or render':
    'Ausgabe vom Client-Framework kodiert; {0}-Eingaben vor dem Speichern oder Anzeigen bereinigt',
  '{} {} validation rules enforced in the service layer, whatever the client checked (section {})':
    '{0} serverseitige Validierungsregeln in der Service-Schicht durchgesetzt, unabhängig davon, was der Client geprüft hat (Abschnitt {2})',
  '{} {} validation rules and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} serverseitige Validierungsregeln und {2} Geschäftsregeln in der Service-Schicht durchgesetzt, unabhängig davon, was der Client geprüft hat (Abschnitt {3})',
  '{} {} validation rule enforced in the service layer, whatever the client checked (section {})':
    '{0} serverseitige Validierungsregel in der Service-Schicht durchgesetzt, unabhängig davon, was der Client geprüft hat (Abschnitt {2})',
  '{} {} validation rule and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} serverseitige Validierungsregel und {2} Geschäftsregel in der Service-Schicht durchgesetzt, unabhängig davon, was der Client geprüft hat (Abschnitt {3})',
  '{} {} validation rule and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} serverseitige Validierungsregel und {2} Geschäftsregeln in der Service-Schicht durchgesetzt, unabhängig davon, was der Client geprüft hat (Abschnitt {3})',
  '{} {} validation rules and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} serverseitige Validierungsregeln und {2} Geschäftsregel in der Service-Schicht durchgesetzt, unabhängig davon, was der Client geprüft hat (Abschnitt {3})',
  'error bodies follow the catalogue (section {}) and never carry stack traces or {}':
    'Fehler-Bodies folgen dem Katalog (Abschnitt {0}) und enthalten nie Stacktraces oder {1}',
  '{} allows only the stated {} origin': '{0} erlaubt nur den festgelegten {1}-Origin',
  'secrets only from environment variables (section {})':
    'Geheimnisse nur aus Umgebungsvariablen (Abschnitt {0})',
  '{} URLs are never fetched {}': 'vom Benutzer gelieferte URLs werden serverseitig nie abgerufen',
  'every query filtered by {} from the token, never from the request':
    'jede Abfrage nach {0} aus dem Token gefiltert, nie aus der Anfrage',
  'A01 Broken Access Control: for every {} row, each denied role gets {} and another tenant’s or owner’s id gets {}':
    'A01 Fehlerhafte Zugriffskontrolle: Für jede Zeile der Berechtigungsmatrix erhält jede verweigerte Rolle {1} und die ID eines anderen Mandanten oder Eigentümers {2}',
  'A01 {} (token storage): a {} request from a foreign Origin, or without the cookie’s SameSite context, is rejected':
    'A01 {0} (Token-Speicherung): Eine zustandsändernde Anfrage von einem fremden Origin oder ohne den SameSite-Kontext des Cookies wird abgelehnt',
  'A02 Cryptographic Failures: stored passwords are hashes only':
    'A02 Kryptografische Fehler: Gespeicherte Passwörter sind nur Hashes',
  'no response body contains a sensitive field': 'kein Antwort-Body enthält ein sensibles Feld',
  'plain {} is redirected or refused': 'unverschlüsseltes {0} wird umgeleitet oder abgelehnt',
  'A03 Injection: injection payloads (\' {} {} --, {"$gt": ""}, <script>) in every text and filter parameter return {} or no extra rows':
    'A03 Injection: Injection-Payloads (\' {0} {1} --, {"$gt": ""}, <script>) in jedem Text- und Filterparameter ergeben {2} oder keine zusätzlichen Zeilen',
  'A04 Insecure Design: each business rule is enforced when the {} is called directly with a body that breaks it':
    'A04 Unsicheres Design: Jede Geschäftsregel wird durchgesetzt, wenn die {0} direkt mit einem Body aufgerufen wird, der sie verletzt',
  'A07 Identification and Authentication Failures: expired, tampered and missing tokens get {}':
    'A07 Fehler bei Identifizierung und Authentifizierung: Abgelaufene, manipulierte und fehlende Tokens erhalten {0}',
  'repeated failed logins hit the lockout or rate limit':
    'wiederholte fehlgeschlagene Anmeldungen lösen die Sperre oder das Ratenlimit aus',
  'A08 Software and Data Integrity Failures: a webhook with a missing or wrong signature (or an old timestamp) is rejected and not processed':
    'A08 Fehler der Software- und Datenintegrität: Ein Webhook ohne oder mit falscher Signatur (oder mit altem Zeitstempel) wird abgelehnt und nicht verarbeitet',
  'A09 Security Logging and Monitoring Failures: a failed login and a {} each produce a log line':
    'A09 Fehler beim Sicherheits-Logging und -Monitoring: Eine fehlgeschlagene Anmeldung und ein {0} erzeugen je eine Logzeile',
  'no redacted field appears in any log line': 'kein geschwärztes Feld erscheint in einer Logzeile',
  'A10 {} Request Forgery: no endpoint fetches a {} taken from the request':
    'A10 Serverseitige Anfragefälschung: Kein Endpunkt ruft eine aus der Anfrage übernommene {1} ab',
  'a load tool: ramp to the expected peak for {} minutes':
    'ein Lastwerkzeug: {0} Minuten lang bis zur erwarteten Spitzenlast hochfahren',
  'schema: migrations are {}': 'Schema: Migrationen sind {0}',
  'a release only adds (columns nullable or defaulted, new tables)':
    'ein Release fügt nur hinzu (Spalten nullbar oder mit Standardwert, neue Tabellen)',
  'removals ship one release later': 'Entfernungen folgen ein Release später',
  'so the previous application version runs on the new schema and rolling back the application needs no schema rollback':
    'so läuft die vorherige Anwendungsversion auf dem neuen Schema, und ein Rollback der Anwendung braucht kein Schema-Rollback',
  'the runner records each applied file in a migrations table and applies only new ones, each in a transaction':
    'das Werkzeug vermerkt jede angewendete Datei in einer Migrationstabelle und wendet nur neue an, jede in einer Transaktion',
  'run before the new release starts': 'laufen, bevor das neue Release startet',
  'files are never edited after they have been applied anywhere':
    'Dateien werden nie geändert, nachdem sie irgendwo angewendet wurden',
  'a faulty migration is fixed by a new forward migration':
    'eine fehlerhafte Migration wird durch eine neue Vorwärtsmigration korrigiert',
  'a faulty migration is fixed by a new forward migration (Prisma has no down migrations)':
    'eine fehlerhafte Migration wird durch eine neue Vorwärtsmigration korrigiert (Prisma hat keine Down-Migrationen)',
  'restore from the {} backup only for data loss':
    'das Backup von vor dem Deployment nur bei Datenverlust wiederherstellen',
  '{} entities of {} with a primary key ({} composite)':
    '{0} von {1} Entitäten mit Primärschlüssel ({2} zusammengesetzt)',
  '{} typed fields, {} constraints (not null, unique, foreign key, check)':
    '{0} typisierte Felder, {1} Constraints (not null, unique, Fremdschlüssel, check)',
  '{} indexes ({} stated or unique, {} by rule)':
    '{0} Indizes ({1} festgelegt oder eindeutig, {2} per Regel)',
  '{} of {} foreign keys indexed': '{0} von {1} Fremdschlüsseln indiziert',
  '{} of {} tables reachable by primary key': '{0} von {1} Tabellen per Primärschlüssel erreichbar',
  '{} endpoints, {} with {} schemas from the data model, {} of {} entities reachable':
    '{0} Endpunkte, {1} mit Anfrage- und Antwortschemas aus dem Datenmodell; {3} von {4} Entitäten erreichbar',
  'every entity users act on has an endpoint': 'jede Entität, mit der Benutzer arbeiten, hat einen Endpunkt',
  '{} jobs, each with retries, a {} destination and a timeout':
    '{0} Jobs, jeder mit Wiederholungen, einem Ziel für fehlgeschlagene Nachrichten und einem Zeitlimit',
  '{} redacted fields and headers': '{0} geschwärzte Felder und Header',
  '{} sensitive model fields covered': '{0} sensible Modellfelder abgedeckt',
  '{} alerts, each from a stated {} or a named default':
    '{0} Alarme, jeder aus einer festgelegten {1} oder einem benannten Standardwert',
  'no data model in the documents': 'kein Datenmodell in den Dokumenten',
  '{} endpoints against a real PostgreSQL test instance, migrations applied first (never a mock of the database)':
    '{0} Endpunkte gegen eine echte PostgreSQL-Testinstanz, Migrationen vorher angewendet (nie ein Mock der Datenbank)',
  '{} endpoints against a real Supabase test instance, migrations applied first (never a mock of the database)':
    '{0} Endpunkte gegen eine echte Supabase-Testinstanz, Migrationen vorher angewendet (nie ein Mock der Datenbank)',
  'A06 Vulnerable and Outdated Components: the CI dependency audit fails the build on a known {} vulnerability':
    'A06 Verwundbare und veraltete Komponenten: Das Abhängigkeits-Audit der CI lässt den Build bei einer bekannten {0}-Schwachstelle scheitern',
  '{} relationships resolved ({} {}, {} {}, {} {})': '{0} Beziehungen aufgelöst ({1} 1:1, {3} 1:n, {5} n:m)',
  'load the source record and its template': 'den Quelldatensatz und seine Vorlage laden',
  'render to PDF': 'als PDF rendern',
  'store the file under a key derived from the document id and version, then record its location':
    'die Datei unter einem aus Dokument-ID und Version abgeleiteten Schlüssel speichern und dann ihren Ort vermerken',
  'the storage key is derived from document id + version: a rerun overwrites the same file':
    'der Speicherschlüssel ergibt sich aus Dokument-ID + Version: Ein erneuter Lauf überschreibt dieselbe Datei',
  'delete the stored files of those rows from object storage first (a file without a row is unreachable)':
    'zuerst die gespeicherten Dateien dieser Zeilen aus dem Objektspeicher löschen (eine Datei ohne Zeile ist unerreichbar)',
  'repeat until none remain': 'wiederholen, bis keine mehr übrig sind',
  'record the count deleted': 'die Anzahl gelöschter Zeilen festhalten',
  'Apply the stated rule "{*}" to each {*} once its time has passed':
    'Die genannte Regel „{0}“ auf jede(n) {1} anwenden, sobald die Frist abgelaufen ist',
  'select ids from {*} where {*} and {*} < cutoff, batchSize at a time':
    'IDs aus {0} auswählen, wo {1} und {2} < cutoff, jeweils batchSize auf einmal',
  'select ids from {*} where {*} and {*} <= horizon, batchSize at a time':
    'IDs aus {0} auswählen, wo {1} und {2} <= horizon, jeweils batchSize auf einmal',
  'The documents state a rule that applies {*} before "{*}" ("{*}"), but no time column of {*} holds the time of that event: which column does the job compare with?':
    'Die Dokumente nennen eine Regel, die {0} vor „{1}“ gilt („{2}“), aber keine Zeitspalte von {3} enthält den Zeitpunkt dieses Ereignisses: mit welcher Spalte vergleicht der Job?',
  'set {*} on each of those rows in its own transaction, only if {*}':
    '{0} in jeder dieser Zeilen in einer eigenen Transaktion setzen, nur wenn {1}',
  'record the count changed': 'die Anzahl geänderter Zeilen festhalten',
  'only rows still in {*} change: a rerun finds the changed rows gone':
    'nur Zeilen, die noch in {0} sind, ändern sich: ein erneuter Lauf findet die geänderten Zeilen nicht mehr',
  'The documents state a rule that applies once a time has passed ("{*}"), but no state of the entity it names is the one it leads to: which table, which time column and which change does the job make?':
    'Die Dokumente nennen eine Regel, die nach Ablauf einer Frist gilt („{0}“), aber kein Zustand der genannten Entität ist der, zu dem sie führt: welche Tabelle, welche Zeitspalte und welche Änderung nimmt der Job vor?',
  'deleting rows older than the cutoff is repeatable: a rerun finds nothing left to delete':
    'das Löschen von Zeilen vor dem Stichtag ist wiederholbar: Ein erneuter Lauf findet nichts mehr zu löschen',
  'Render the PDF documents the requirements name within the stated < {} seconds target':
    'Die in den Anforderungen genannten PDF-Dokumente innerhalb des festgelegten Ziels von < {0} Sekunden rendern',
  '{} is the source of truth': '{0} ist die maßgebliche Quelle',
  'creates a timestamped {} migration locally': 'erzeugt lokal eine {0}-Migration mit Zeitstempel',
  '{} runs {} against the target database before the new release starts':
    '{0} führt {1} gegen die Zieldatenbank aus, bevor das neue Release startet',
  '> {} over {} (burns the {} monthly error budget of the stated {} availability {} too fast)':
    '> {0} über {1} (verbraucht das monatliche Fehlerbudget von {2} der festgelegten Verfügbarkeit von {3} {4} zu schnell)',
  'a reset link is sent if the account exists (no account enumeration, {} {} {}).':
    'ein Link zum Zurücksetzen wird gesendet, wenn das Konto existiert (keine Konto-Enumeration, {0} {1} {2}).',
  'phone in international format, digits only (no +, spaces or leading zeros)':
    'Telefonnummer im internationalen Format, nur Ziffern (ohne +, Leerzeichen oder führende Nullen)',
  'external API response from {*}: repeated lookups need not call it again (respect its terms on caching)':
    'Antwort der externen API {0}: wiederholte Abfragen müssen sie nicht erneut aufrufen (unter Beachtung ihrer Caching-Bedingungen)',
  'stated in the documents: {*}': 'in den Dokumenten festgelegt: {0}',
  'external API response from {*}: the documents ask for caching of integration responses (respect its terms on caching)':
    'Antwort der externen API {0}: Die Dokumente verlangen das Caching von Integrationsantworten (unter Beachtung ihrer Caching-Bedingungen)',
  'The documents cache "{*}", but no endpoint of the API serves it and no entity of the data model is it: which read does the entry hold, and which parameters make its key?':
    'Die Dokumente cachen „{0}“, aber kein Endpunkt der API liefert es und keine Entität des Datenmodells ist es: Welche Abfrage hält der Eintrag, und welche Parameter bilden seinen Schlüssel?',
  'The documents keep "{*}" for {*}, but no entity of the data model holds it: which table does this retention apply to, and is it a minimum or a purge deadline?':
    'Die Dokumente bewahren „{0}“ {1} lang auf, aber keine Entität des Datenmodells enthält es: Für welche Tabelle gilt diese Aufbewahrung, und ist sie ein Minimum oder eine Löschfrist?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no entity of the data model holds that event and its time: which table and which time column does the reminder scan?':
    'Die Dokumente verlangen eine Erinnerung {0} vor „{1}“ („{2}“), aber keine Entität des Datenmodells enthält dieses Ereignis und seine Zeit: Welche Tabelle und welche Zeitspalte durchsucht die Erinnerung?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time (its time columns: {*}): which column does the job compare with the cutoff?':
    'Die Dokumente zählen {0} ab „{1}“ („{2}“), aber keine Spalte von {3} hält diesen Zeitpunkt fest (ihre Zeitspalten: {4}): Mit welcher Spalte vergleicht der Job die Grenze?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time: which column does the job compare with the cutoff?':
    'Die Dokumente zählen {0} ab „{1}“ („{2}“), aber keine Spalte von {3} hält diesen Zeitpunkt fest: Mit welcher Spalte vergleicht der Job die Grenze?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but several time columns of {*} may hold that time ({*}): which column does the reminder scan?':
    'Die Dokumente verlangen eine Erinnerung {0} vor „{1}“ („{2}“), aber mehrere Zeitspalten von {3} können diesen Zeitpunkt enthalten ({4}): Welche Spalte durchsucht die Erinnerung?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no time column of {*} is named so: which column does the reminder scan?':
    'Die Dokumente verlangen eine Erinnerung {0} vor „{1}“ („{2}“), aber keine Zeitspalte von {3} heißt so: Welche Spalte durchsucht die Erinnerung?',
  'The documents say sign-in is passwordless ("{*}") but not how: a one-time link by e-mail, a one-time code, or an identity provider?':
    'Die Dokumente sagen, die Anmeldung sei passwortlos („{0}“), aber nicht wie: ein Einmal-Link per E-Mail, ein Einmalcode oder ein Identitätsanbieter?',
  'The documents ask for an action {*} after a due date has passed ("{*}"): which table and which due-date column does the job scan, and what does it send or change?':
    'Die Dokumente verlangen eine Aktion {0} nach Ablauf einer Frist („{1}“): Welche Tabelle und welche Fälligkeitsspalte durchsucht der Job, und was sendet oder ändert er?',
  'The documents scope {*} ("{*}"), but no foreign key of the data model leads from what it names to the user: which column scopes it?':
    'Die Dokumente beschränken {0} („{1}“), aber kein Fremdschlüssel des Datenmodells führt vom Genannten zum Benutzer: welche Spalte beschränkt es?',
  'The route table lets "{*}" call {*}, but no role of the documents is called that: which role is it, or should the documents add it?':
    'Die Routentabelle lässt „{0}“ {1} aufrufen, aber keine Rolle der Dokumente heißt so: welche Rolle ist gemeint, oder sollen die Dokumente sie ergänzen?',
  'the route table names other callers for the route it asks for':
    'die Routentabelle nennt für die verlangte Route andere Aufrufer',
  'no action verb of the languages read': 'kein Handlungsverb der gelesenen Sprachen',
  'the documents state no stored data: the story names no record the API keeps':
    'die Dokumente nennen keine gespeicherten Daten: die Story nennt keinen Datensatz, den die API hält',
  'the documents state no stored data and no stated route serves the story':
    'die Dokumente nennen keine gespeicherten Daten und keine genannte Route bedient die Story',
  'the story names no object': 'die Story nennt kein Objekt',
  'the story names no entity of the data model': 'die Story nennt keine Entität des Datenmodells',
  'no role may call it: the requirements that named it are served by another operation a role calls':
    'keine Rolle darf es aufrufen: die Anforderungen, die es nannten, bedient eine andere Operation, die eine Rolle aufruft',
  'no role may call it: no story, grant or stated access names a caller':
    'keine Rolle darf es aufrufen: keine Story, keine Berechtigung und kein genannter Zugriff nennt einen Aufrufer',
  'no requirement or story asks to delete it': 'keine Anforderung und keine Story verlangt, es zu löschen',
  'the documents say the system generates it': 'die Dokumente sagen, dass das System es erzeugt',
  'the documents say it is deactivated or archived, never deleted':
    'die Dokumente sagen, dass es deaktiviert oder archiviert, nie gelöscht wird',
  'a queue, snapshot or time series is written by the system':
    'eine Warteschlange, ein Snapshot oder eine Zeitreihe wird vom System geschrieben',
  'The dashboard of the signed-in user': 'Das Dashboard des angemeldeten Benutzers',
  'tenant data is reached only within the tenant':
    'Mandantendaten sind nur innerhalb des Mandanten erreichbar',
  'Start the payment of a {*} at {*}': 'Die Zahlung eines {0}-Datensatzes bei {1} starten',
  'no payment provider is stated: which operation starts the payment of a {name} is an open question':
    'kein Zahlungsanbieter genannt: welche Operation die Zahlung eines {0}-Datensatzes startet, ist eine offene Frage',
  'outbound HTTP only to the integration hosts ({*})':
    'ausgehendes HTTP nur zu den Hosts der Integrationen ({0})',
  'no entities and no stated routes: the project has no {} to document':
    'keine Entitäten und keine festgelegten Routen: Das Projekt hat keine API zu dokumentieren',
  'credential header': 'Credential-Header',
  'integration credential': 'Integrations-Zugangsdaten',
  'passwords and tokens in {} bodies': 'Passwörter und Tokens in den Bodies von {0}',
  'secret: never logged': 'geheim: wird nie geloggt',
  'personal data: masked in logs': 'personenbezogen: in Logs maskiert',
  'from {} or generated, echoed in the response and in error bodies':
    'aus {0} oder erzeugt, in der Antwort und in Fehlerkörpern zurückgegeben',
  tenant: 'Mandant',
  'the template, not the raw URL': 'die Vorlage, nicht die rohe URL',
  'error level only': 'nur auf Stufe error',
  'body of auth routes': 'Body der Authentifizierungsrouten',
  'from the provider dashboard': 'aus dem Dashboard des Anbieters',
  value: 'Wert',
  'random {}+ bytes': '{0}+ zufällige Bytes',
  '{} lines, one object per event': '{0}-Zeilen, ein Objekt pro Ereignis',
  '{} lines via {}': '{0}-Zeilen über {1}',
  'minimum level from {} (debug, info, warn, error)': 'Mindestlevel aus {0} (debug, info, warn, error)',
  'message id': 'Nachrichten-ID',
  recipient: 'Empfänger',
  'template and variables': 'Vorlage und Variablen',
  'webhook event id': 'ID des Webhook-Ereignisses',
  'event type': 'Ereignistyp',
  'verified payload': 'geprüfter Inhalt',
  'document id': 'Dokument-ID',
  'template version': 'Vorlagenversion',
  'message row status (pending → sent) checked before each send':
    'Status der Nachrichtenzeile (pending → sent) vor jedem Versand geprüft',
  'Send {*} through {*} outside the request: {*}': '{0} über {1} außerhalb der Anfrage senden: {2}',
  'Apply {*} events ({*}) after the endpoint has verified and stored them':
    '{0}-Ereignisse ({1}) anwenden, nachdem der Endpunkt sie geprüft und gespeichert hat',
  'PostgreSQL job table ({} … {} {} {} {})': 'PostgreSQL-Jobtabelle ({0} … {1} {2} {3} {4})',
  '{} cron timer (one leader instance)': '{0}-Cron-Timer (eine einzige führende Instanz)',
  'Page size (default {}, at most {}).': 'Seitengröße (Standard {0}, höchstens {1}).',
  'Number of records to skip.': 'Anzahl zu überspringender Datensätze.',
  'As stated in the documents.': 'Wie in den Dokumenten festgelegt.',
  'Id of the {name}.': 'ID des {0}-Datensatzes.',
  'Id of the parent {name}.': 'ID des übergeordneten {0}-Datensatzes.',
  'The {*} path parameter.': 'Der Pfadparameter {0}.',
  'Only {name} records whose {} equals this value (indexed).':
    'Nur {0}-Datensätze, deren {1} diesem Wert entspricht (indiziert).',
  'A page of {name} records.': 'Eine Seite von {0}-Datensätzen.',
  'The created {name}.': 'Der angelegte {0}-Datensatz.',
  'The updated {name}.': 'Der geänderte {0}-Datensatz.',
  'The {name}.': 'Der {0}-Datensatz.',
  '{*}: {} must exist': '{0}: {1} muss existieren',
  '{*} (+ and {} digits)': '{0} (+ und {1} Ziffern)',
  'Get the {} user': 'Den angemeldeten Benutzer abrufen',
  'The {} user.': 'Der angemeldete Benutzer.',
  'Send a one-time sign-in link by e-mail': 'Einen Einmal-Anmeldelink per E-Mail senden',
  'Send a one-time sign-in code as a text message': 'Einen Einmal-Anmeldecode als Textnachricht senden',
  'Send a one-time sign-in code to the phone number': 'Einen Einmal-Anmeldecode an die Telefonnummer senden',
  'Send a one-time sign-in code by e-mail': 'Einen Einmal-Anmeldecode per E-Mail senden',
  'Sign in with a one-time link': 'Mit einem Einmal-Link anmelden',
  'Sign in with a one-time code': 'Mit einem Einmalcode anmelden',
  'Accepted; the link or code is sent if the account exists (no account enumeration).':
    'Angenommen; Link oder Code werden gesendet, wenn das Konto existiert (keine Konto-Enumeration).',
  'Sign in with credentials': 'Mit Zugangsdaten anmelden',
  'The credentials are wrong.': 'Die Zugangsdaten sind falsch.',
  'Exchange a refresh token for a new access token':
    'Ein Refresh-Token gegen ein neues Access-Token tauschen',
  'New tokens were issued.': 'Neue Tokens wurden ausgestellt.',
  'rate and errors per route ({} endpoints)': 'Rate und Fehler je Route ({0} Endpunkte)',
  'duration per route': 'Dauer je Route',
  'buckets around the stated latency targets': 'Buckets um die festgelegten Latenzziele',
  'queue depth per job ({} jobs)': 'Warteschlangentiefe je Job ({0} Jobs)',
  'failures per job, including dead-lettered ones': 'Fehlschläge je Job, einschließlich der aussortierten',
  'hit rate per cache entry': 'Trefferquote je Cache-Eintrag',
  'connection pool saturation': 'Auslastung des Verbindungspools',
  '{*} calls and failures': 'Aufrufe und Fehlschläge von {0}',
  '{} list endpoints paginate (cursor)': '{0} Listen-Endpoints paginieren (Cursor)',
  '{} list endpoints paginate (offset)': '{0} Listen-Endpoints paginieren (Offset)',
  'default {}, max {}': 'Standard {0}, höchstens {1}',
  'larger limits are clamped, never rejected silently':
    'größere Limits werden gekappt, nie stillschweigend abgelehnt',
  'backup taken before migrating': 'Backup vor der Migration',
  'backups kept {*} (stated)': 'Backups {0} aufbewahrt (festgelegt)',
  'no secret field in any response schema': 'kein geheimes Feld in einem Antwortschema',
  'access tokens expire after {} (stated)': 'Access-Tokens laufen nach {0} ab (festgelegt)',
  'refresh tokens after {}': 'Refresh-Tokens nach {0}',
  'refresh tokens after {}, rotated on use': 'Refresh-Tokens nach {0}, bei Nutzung rotiert',
  'auth failures, permission denials and {} are logged (section {})':
    'Authentifizierungsfehler, verweigerte Berechtigungen und {0} werden geloggt (Abschnitt {1})',
  'A05 Security Misconfiguration: error bodies carry no stack trace or {}':
    'A05 Sicherheitsrelevante Fehlkonfiguration: Fehler-Bodies enthalten keinen Stacktrace und kein {0}',
  '{} entries with key, {} and invalidation': '{0} Einträge mit Schlüssel, {1} und Invalidierung',
  '1 entry with key, {} and invalidation': '1 Eintrag mit Schlüssel, {0} und Invalidierung',
  'deleting expired rows is repeatable': 'das Löschen abgelaufener Zeilen ist wiederholbar',
  '{name}: {} methods, each error path in @throws': '{0}: {1} Methoden, jeder Fehlerpfad in @throws',
  'Broken Access Control': 'Fehlerhafte Zugriffskontrolle',
  'Cryptographic Failures': 'Kryptografische Fehler',
  Injection: 'Injection',
  'Insecure Design': 'Unsicheres Design',
  'Security Misconfiguration': 'Sicherheitsrelevante Fehlkonfiguration',
  'Vulnerable and Outdated Components': 'Verwundbare und veraltete Komponenten',
  'Identification and Authentication Failures': 'Fehler bei Identifizierung und Authentifizierung',
  'Software and Data Integrity Failures': 'Fehler der Software- und Datenintegrität',
  'Security Logging and Monitoring Failures': 'Fehler beim Sicherheits-Logging und -Monitoring',
  '{} Request Forgery': 'Serverseitige Anfragefälschung',
  '{} (token storage)': '{0} (Token-Speicherung)',
  Authentication: 'Authentifizierung',
  Database: 'Datenbank',
  Caching: 'Caching',
  'Background jobs': 'Hintergrundjobs',
  'External integrations': 'Externe Integrationen',
  'Backend framework': 'Backend-Framework',
  '{} style': '{0}-Stil',
  Hosting: 'Hosting',
  'File storage': 'Dateispeicher',
  Monitoring: 'Überwachung',
  'schema in section {}': 'Schema in Abschnitt {0}',
  '{*} schema, {*} migrations': '{0}-Schema, {1}-Migrationen',
  '{*} schema and migrations': '{0}-Schema und -Migrationen',
  'raw {}, versioned migrations': 'reines {0}, versionierte Migrationen',
  '{} entities, {} indexes': '{0} Entitäten, {1} Indizes',
  'no data model is described': 'es wird kein Datenmodell beschrieben',
  'access {}': 'Access-Token {0}',
  'refresh {}': 'Refresh-Token {0}',
  '{*} (proposed)': '{0} (vorgeschlagen)',
  'none: the documents describe no stored data': 'keine: Die Dokumente beschreiben keine gespeicherten Daten',
  '{*} for {} entries': '{0} für {1} Einträge',
  '{*} for 1 entry': '{0} für 1 Eintrag',
  'no cache store is stated: {*}, {} entries': 'kein Cache-Speicher festgelegt: {0}, {1} Einträge',
  'no cache store is stated: {*}, 1 entry': 'kein Cache-Speicher festgelegt: {0}, 1 Eintrag',
  '{} jobs': '{0} Jobs',
  '{} LRU cache per instance (lost on restart, not shared)':
    '{0}-LRU-Cache je Instanz (geht beim Neustart verloren, nicht geteilt)',
  // Provider catalogue text (src/knowledge/providers/*).
  'Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'Header Stripe-Signature: HMAC-SHA256 über "{timestamp}.{raw body}" mit dem Endpoint-Secret (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on event.id':
    'Ereignisse können ungeordnet und mehrfach eintreffen: nach event.id deduplizieren',
  'HTTP Basic with the Account SID and Auth Token (or an API key pair)':
    'HTTP Basic mit Account SID und Auth Token (oder einem API-Schlüsselpaar)',
  'X-Twilio-Signature header: base64 HMAC-SHA1 of the full URL plus sorted POST parameters, keyed with the Auth Token':
    'Header X-Twilio-Signature: HMAC-SHA1 in Base64 über die vollständige URL und die sortierten POST-Parameter, mit dem Auth Token als Schlüssel',
  'The sending domain must be verified (SPF/DKIM records) before production mail':
    'Die Absenderdomain muss vor dem Produktivversand verifiziert sein (SPF/DKIM-Einträge)',
  'DSN (public key in the URL)': 'DSN (öffentlicher Schlüssel in der URL)',
  'auth token only for release and source-map upload at build time':
    'Auth-Token nur für Releases und das Hochladen der Source Maps beim Build',
  'service role key on the server (bypasses RLS)': 'Service-Role-Schlüssel auf dem Server (umgeht RLS)',
  'user JWT + storage.objects RLS policies from clients':
    'JWT des Benutzers + RLS-Richtlinien auf storage.objects von den Clients',
  'Never expose the service role key to the client': 'Den Service-Role-Schlüssel nie an den Client geben',
  'No server-side API: the user sends the message, so there is no delivery status to record':
    'Keine serverseitige API: der Benutzer sendet die Nachricht selbst, daher gibt es keinen Zustellstatus zu speichern',
  'Links placed in the message must be safe to share (signed, expiring URLs)':
    'Links in der Nachricht müssen gefahrlos teilbar sein (signierte, ablaufende URLs)',
  'Accepted (202) is not delivered: delivery state arrives through the Event Webhook':
    'Angenommen (202) heißt nicht zugestellt: der Zustellstatus kommt über den Event Webhook',
  'PUT of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'Ein PUT auf denselben Schlüssel überschreibt: Objektschlüssel werden aus den IDs gebildet, damit eine Wiederholung denselben Schlüssel schreibt',
  'API key (key parameter or X-Goog-Api-Key), restricted by API and by server IP':
    'API-Schlüssel (Parameter key oder X-Goog-Api-Key), beschränkt auf API und Server-IP',
  'Terms limit caching: place IDs may be stored':
    'Die Nutzungsbedingungen begrenzen das Caching: Place IDs dürfen gespeichert werden',
  'coordinates only for up to 30 days': 'Koordinaten höchstens 30 Tage',
  'HTTP Basic with user "api" and the API key': 'HTTP Basic mit dem Benutzer "api" und dem API-Schlüssel',
  'documents are upserted by primary key: reuse the entity id':
    'Dokumente werden per Primärschlüssel eingefügt oder aktualisiert: die ID der Entität wiederverwenden',
  // Derive and check text met on the corpus.
  '> {}% over {} (burns the {}% monthly error budget of the stated {}% availability {}× too fast)':
    '> {0}% über {1} (verbraucht das monatliche Fehlerbudget von {2}% der angegebenen Verfügbarkeit von {3}% {4}-mal zu schnell)',
  'sized for the stated {} concurrent users: pool ≥ {} per instance, statement timeout below the slowest latency target':
    'ausgelegt für die angegebenen {0} gleichzeitigen Benutzer: Pool ≥ {1} pro Instanz, Statement-Timeout unter dem langsamsten Latenzziel',
  'The {} of the {name}.': '{0} des {1}-Datensatzes.',
  'Start of the {*}.': 'Beginn von {0}.',
  'End of the {*}.': 'Ende von {0}.',
  'Delete {*} older than the stated retention of {*} ("{}")':
    '{0} löschen, die älter als die angegebene Aufbewahrungsfrist von {1} sind ("{2}")',
  'select ids from {*} where {} < cutoff, oldest first, batchSize at a time':
    'IDs aus {0} mit {1} < cutoff auswählen, älteste zuerst, jeweils batchSize',
  'delete those rows from {*} in one transaction per batch':
    'diese Zeilen aus {0} löschen, eine Transaktion pro Stapel',
  '{} second': '{0} Sekunde',
  '{} minute': '{0} Minute',
  '{} hour': '{0} Stunde',
  '{} hours': '{0} Stunden',
  '{} day': '{0} Tag',
  '{} days': '{0} Tage',
  '{} week': '{0} Woche',
  '{} weeks': '{0} Wochen',
  '{} month': '{0} Monat',
  '{} months': '{0} Monate',
  '{} year': '{0} Jahr',
  '{} years': '{0} Jahre',
  'Remind {*} before each {*} ("{*}")': 'Erinnern {0} vor jedem {1} („{2}“)',
  'select {*} rows whose {*} falls in the window and whose reminder_sent_at is null':
    'die Zeilen von {0} wählen, deren {1} im Fenster liegt und deren reminder_sent_at leer ist',
  'deadline as stated: {*}': 'eine Frist wie angegeben: {0}',
  'select ids from {*} where {*} and the stated deadline has passed, batchSize at a time':
    'IDs aus {0} wählen, bei denen {1} gilt und die angegebene Frist abgelaufen ist, jeweils batchSize',
  'the user roles, as the identity provider issues them':
    'die Rollen des Benutzers, wie der Identitätsanbieter sie ausstellt',
  'issuer: {*} — the API accepts only tokens it issued (RFC 7519 §4.1.1)':
    'Aussteller: {0} — die API akzeptiert nur von ihm ausgestellte Tokens (RFC 7519 §4.1.1)',
  'send one reminder per row through a channel the documents leave undecided':
    'eine Erinnerung pro Zeile über einen Kanal senden, den die Dokumente offenlassen',
  'send one reminder per row through {*}': 'eine Erinnerung pro Zeile über {0} senden',
  'set reminder_sent_at = now() on each row in the same transaction as the send is recorded':
    'reminder_sent_at = now() in jeder Zeile in derselben Transaktion setzen, in der der Versand erfasst wird',
  'reminder_sent_at marks each row: a rerun or an overlapping scan never sends twice':
    'reminder_sent_at markiert jede Zeile: ein erneuter Lauf oder ein überlappender Durchlauf sendet nie zweimal',
  '{*} runs a dependency audit (npm audit --audit-level=high or equivalent) and fails the build on known high-severity vulnerabilities':
    '{0} führt eine Abhängigkeitsprüfung aus (npm audit --audit-level=high oder gleichwertig) und lässt den Build bei bekannten Schwachstellen hohen Schweregrads scheitern',
  'lockfile committed': 'Lockfile eingecheckt',
  'webhooks accepted only over mutual TLS with the provider’s client certificate: {*}':
    'Webhooks nur über gegenseitiges TLS mit dem Client-Zertifikat des Anbieters angenommen: {0}',
  'webhooks accepted only with a valid signature: {*}': 'Webhooks nur mit gültiger Signatur angenommen: {0}',
  '{*} ({} header)': '{0} (Header {1})',
  'each of {*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    'jede von {0} prüft die Signatur ({1}), speichert das Ereignis mit eindeutiger Ereignis-ID und antwortet sofort mit 2xx',
  '{*} checks the client certificate (mutual TLS, as the documents state), stores the event with a unique event id and answers 2xx at once':
    '{0} prüft das Client-Zertifikat (gegenseitiges TLS, wie die Dokumente angeben), speichert das Ereignis mit eindeutiger Ereignis-ID und antwortet sofort mit 2xx',
  '{*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    '{0} prüft die Signatur ({1}), speichert das Ereignis mit eindeutiger Ereignis-ID und antwortet sofort mit 2xx',
  'OWASP Top 10 2021 items addressed: {*}': 'behandelte Punkte der OWASP Top 10 2021: {0}',
  '{} story operations allowed for their actors': '{0} Story-Operationen für ihre Akteure erlaubt',
  'period start and end (the previous run’s end to now)':
    'Beginn und Ende des Zeitraums (vom Ende des vorigen Laufs bis jetzt)',
  'keyed by period: a rerun for the same period replaces its own output':
    'nach Zeitraum geschlüsselt: ein erneuter Lauf für denselben Zeitraum ersetzt seine eigene Ausgabe',
  'no entity or field of the data model holds these settings':
    'keine Entität und kein Feld des Datenmodells hält diese Einstellungen',
  'Link accounts by the stable {} claim, not by email':
    'Konten über den stabilen Claim {0} verknüpfen, nicht über die E-Mail',
  "load with one query: WHERE {*} = ANY($1) over the page's ids (or a JOIN), parameterised":
    'mit einer Abfrage laden: WHERE {0} = ANY($1) über die IDs der Seite (oder ein JOIN), parametrisiert',
  "load with one query over the page's ids (WHERE {*} IN (…)) or a join":
    'mit einer Abfrage über die IDs der Seite laden (WHERE {0} IN (…)) oder einem Join',
  "load with {} / relations: ['…'] in the repository query":
    "laden mit {0} / relations: ['…'] in der Repository-Abfrage",
  'load with include: [{ model: … }] in {}': 'laden mit include: [{ model: … }] in {0}',
  "load with one $in query on {} over the page's ids (or a $lookup), never a find per document":
    'mit einer $in-Abfrage auf {0} über die IDs der Seite laden (oder einem $lookup), nie ein find pro Dokument',
  'load with {} or one join': 'laden mit {0} oder einem einzigen Join',
  '> {*} over {*} (burns the {*} monthly error budget of the stated {*} availability {*} too fast)':
    '> {0} über {1} (verbraucht das monatliche Fehlerbudget von {2} der angegebenen Verfügbarkeit von {3} {4} zu schnell)',
  'user JWTs verified with the project JWKS (or the legacy JWT secret)':
    'Benutzer-JWTs mit dem JWKS des Projekts geprüft (oder dem alten JWT-Secret)',
  'service role key on the server only': 'Service-Role-Schlüssel nur auf dem Server',
  'the webhook URL is the secret': 'die Webhook-URL ist das Geheimnis',
  'reject object values and $-prefixed keys where a scalar is expected (NoSQL operator injection)':
    'Objektwerte und Schlüssel mit $-Präfix ablehnen, wo ein Skalar erwartet wird (NoSQL-Operator-Injection)',
  'no string concatenation of input into SQL': 'keine Verkettung von Eingaben in SQL',
  "the application's processes (no queue is stated)": 'die Prozesse der Anwendung (keine Queue angegeben)',
  'in-process queue (no queue or database is stated)':
    'prozessinterne Queue (weder Queue noch Datenbank angegeben)',
  'The documents state recurring work every {*} ("{}") without saying what it does: what does this task do, and on which data?':
    'Die Dokumente nennen eine wiederkehrende Arbeit alle {0} ("{1}"), ohne zu sagen, was sie tut: was tut diese Aufgabe, und mit welchen Daten?',
  'Mirror users into the local database from the user.* webhooks':
    'Benutzer aus den user.*-Webhooks in die lokale Datenbank spiegeln',
  '{*} server-side integrations, each with retries ({*})':
    '{0} serverseitige Integrationen, jede mit Wiederholungen ({1})',
  'delete from {*} where {*} < now() (or {*} is set and older than a day), in batches of {*}':
    'aus {0} löschen, wo {1} < now() (oder {2} gesetzt und älter als ein Tag ist), in Stapeln von {3}',
  '{} relationship resolved ({} {}, {} {}, {} {})': '{0} Beziehung aufgelöst ({1} 1:1, {3} 1:n, {5} n:m)',
  '{} endpoints against the real dependencies, migrations applied first (never a mock of the database)':
    '{0} Endpunkte gegen die echten Abhängigkeiten, Migrationen zuerst angewendet (nie ein Mock der Datenbank)',
  '{*} endpoints against a real {*} test instance, migrations applied first (never a mock of the database)':
    '{0} Endpunkte gegen eine echte {1}-Testinstanz, Migrationen zuerst angewendet (nie ein Mock der Datenbank)',
  '{*} endpoints against a real PostgreSQL started by Testcontainers, migrations applied first (never a mock of the database)':
    '{0} Endpunkte gegen ein echtes, von Testcontainers gestartetes PostgreSQL, Migrationen zuerst angewendet (nie ein Mock der Datenbank)',
  'application: {*}': 'Anwendung: {0}',
  'redeploy the previous release artifact': 'das Artefakt des vorigen Releases erneut ausrollen',
  'promote the previous production deployment (Vercel dashboard "Instant Rollback" or {})':
    'das vorige Produktions-Deployment hochstufen (Vercel-Dashboard "Instant Rollback" oder {0})',
  'redeploy the previous image ({}, then {})': 'das vorige Image erneut ausrollen ({0}, dann {1})',
  'set the image tag back to the previous release and {}':
    'den Image-Tag auf das vorige Release zurücksetzen und {0}',
  'run the previous image tag': 'den vorigen Image-Tag ausführen',
  'publish the previous deploy from the Deploys list':
    'das vorige Deploy aus der Deploys-Liste veröffentlichen',
  'roll back to the previous deploy from the service’s Events':
    'über die Events des Dienstes zum vorigen Deploy zurückkehren',
  'redeploy the previous deployment': 'das vorige Deployment erneut ausrollen',
  'no requirement, story or flow asks to create or change it':
    'keine Anforderung, keine Story und kein Ablauf verlangt, es anzulegen oder zu ändern',
  'no requirement, story or flow names it': 'keine Anforderung, keine Story und kein Ablauf nennt es',
  'Guessable identifiers': 'Erratbare Kennungen',
  'the stated sequential integer keys of {*} are taken as ids in paths such as {*}: they are guessable (OWASP API1:2023)':
    'die angegebenen fortlaufenden Integer-Schlüssel von {0} dienen in Pfaden wie {1} als IDs: sie sind erratbar (OWASP API1:2023)',
  'every request by id checks ownership or tenant in the query and answers 404 for a record the caller may not see':
    'jede Anfrage per ID prüft Eigentum oder Mandant in der Abfrage und antwortet 404 für einen Datensatz, den der Aufrufer nicht sehen darf',
  'replacing them with UUIDs changes a stated contract and needs a decision':
    'sie durch UUIDs zu ersetzen ändert einen angegebenen Vertrag und braucht eine Entscheidung',
  'Secrets in URLs': 'Geheimnisse in URLs',
  '{*} carry a secret in the path as stated: URLs end up in access logs, proxies and browser history (OWASP API2:2023)':
    '{0} tragen wie angegeben ein Geheimnis im Pfad: URLs landen in Zugriffslogs, Proxys und im Browserverlauf (OWASP API2:2023)',
  'the token is random with at least 128 bits, single-purpose and revocable, and request logs mask it':
    'das Token ist zufällig mit mindestens 128 Bit, zweckgebunden und widerrufbar, und Request-Logs maskieren es',
  'A01 Guessable identifiers: a request with the next sequential id of a record the caller does not own gets {}':
    'A01 Erratbare Kennungen: eine Anfrage mit der nächsten fortlaufenden ID eines Datensatzes, der nicht dem Aufrufer gehört, erhält {0}',
  'A04 Secrets in URLs: a wrong or revoked token in the path gets {} and request logs show it masked':
    'A04 Geheimnisse in URLs: ein falsches oder widerrufenes Token im Pfad erhält {0}, und Request-Logs zeigen es maskiert',
  '{} beside {} turns {} off for these path parameters only, each entry citing its stated line, because the stated contract wins':
    '{0} neben {1} schaltet {2} nur für diese Pfadparameter ab, jeder Eintrag nennt seine angegebene Zeile, weil der angegebene Vertrag Vorrang hat',
  // Provider catalogue (src/knowledge/providers/*): auth, format, limits, failures, idempotency, webhooks, notes.
  'Secret {} key as a Bearer token (server only)':
    'Geheimer {0}-Schlüssel als Bearer-Token (nur auf dem Server)',
  'Access token as a Bearer token (server only)': 'Access Token als Bearer-Token (nur serverseitig)',
  'public key in the client': 'öffentlicher Schlüssel im Client',
  'X-Idempotency-Key header on payment and refund creation':
    'X-Idempotency-Key-Header beim Anlegen von Zahlungen und Erstattungen',
  'merchant id and secret as parameters of every call, from server IP addresses allowed in the portal':
    'Händler-ID und Geheimnis als Parameter jedes Aufrufs, von im Portal freigegebenen Server-IP-Adressen',
  'form-encoded request and response, code 0 when accepted':
    'formularkodierte Anfrage und Antwort, Code 0 bei Annahme',
  'code 1400 (wrong query)': 'Code 1400 (fehlerhafte Anfrage)',
  'the merchant secret in the notification, then the state confirmed with the status call':
    'das Händlergeheimnis in der Benachrichtigung, dann der Status per Statusaufruf bestätigt',
  'IYZWSv2 Authorization header: an HMAC-SHA256 signature made with the API key and secret key':
    'Authorization-Header IYZWSv2: eine HMAC-SHA256-Signatur aus API-Schlüssel und geheimem Schlüssel',
  'Bearer access token from POST /accesstoken/get (client_id, client_secret), with the Ocp-Apim-Subscription-Key and Merchant-Serial-Number headers on every request':
    'Bearer-Zugriffstoken aus POST /accesstoken/get (client_id, client_secret), mit den Headern Ocp-Apim-Subscription-Key und Merchant-Serial-Number bei jeder Anfrage',
  'HMAC-SHA256 signature in the Authorization header over x-ms-date, host and x-ms-content-sha256, made with the webhook secret':
    'HMAC-SHA256-Signatur im Authorization-Header über x-ms-date, host und x-ms-content-sha256, erstellt mit dem Webhook-Geheimnis',
  'The secret key in the Authorization header (api.dibspayment.eu; test.api.dibspayment.eu for tests)':
    'Der geheime Schlüssel im Authorization-Header (api.dibspayment.eu; test.api.dibspayment.eu für Tests)',
  'the authorization value set for the webhook when the payment is created, sent back in the Authorization header':
    'der beim Anlegen der Zahlung für den Webhook gesetzte Autorisierungswert, im Authorization-Header zurückgesendet',
  'Amounts are integers in minor units (øre, cents)':
    'Beträge sind Ganzzahlen in der kleinsten Einheit (Øre, Cent)',
  'A payment is reserved at checkout, then charged: charge before delivering what was paid for':
    'Eine Zahlung wird im Checkout reserviert und dann belastet: belasten, bevor das Bezahlte geliefert wird',
  'Amounts are integers in minor units (øre), at least 100':
    'Beträge sind Ganzzahlen in der kleinsten Einheit (Øre), mindestens 100',
  'A payment is authorized in the app, then captured: capture before delivering what was paid for':
    'Eine Zahlung wird in der App autorisiert und dann eingezogen: vor der Lieferung des Bezahlten einziehen',
  'X-IYZ-SIGNATURE-V3 header (HMAC-SHA256 with the secret key), once enabled for the account':
    'Header X-IYZ-SIGNATURE-V3 (HMAC-SHA256 mit dem geheimen Schlüssel), sobald für das Konto aktiviert',
  'iyzico resends every 15 minutes until a 2xx, 3 attempts':
    'iyzico sendet alle 15 Minuten erneut, bis ein 2xx kommt, 3 Versuche',
  'A payment response carries a signature parameter to check with the secret key before trusting it':
    'Eine Zahlungsantwort trägt einen Parameter signature, der vor dem Vertrauen mit dem geheimen Schlüssel zu prüfen ist',
  'api-key header with the account API key': 'Header api-key mit dem API-Schlüssel des Kontos',
  '201 Created with the messageId': '201 Created mit der messageId',
  'HTTP Basic with the secret key as the user name and no password':
    'HTTP Basic mit dem geheimen Schlüssel als Benutzername und ohne Passwort',
  'WECHATPAY2-SHA256-RSA2048 request signature with the merchant private key':
    'WECHATPAY2-SHA256-RSA2048-Signatur jeder Anfrage mit dem privaten Händlerschlüssel',
  'a repeated out_trade_no never charges twice': 'eine wiederholte out_trade_no belastet nie doppelt',
  'Wechatpay-Signature header verified with the platform certificate':
    'Wechatpay-Signature-Header, geprüft mit dem Plattformzertifikat',
  'RSA2 signature of the request parameters with the app private key':
    'RSA2-Signatur der Anfrageparameter mit dem privaten Schlüssel der App',
  'RSA2 signature of the notification verified with the Alipay public key':
    'RSA2-Signatur der Benachrichtigung, geprüft mit dem öffentlichen Alipay-Schlüssel',
  'each request signed with the AccessKey secret': 'jede Anfrage mit dem AccessKey-Secret signiert',
  'API key sent as apiKey in the request body': 'API-Schlüssel als apiKey im Anfragekörper',
  'success false with errors in the body': 'success false mit errors im Antwortkörper',
  'Every call is a POST to one URL, the operation named by modelName and calledMethod in the body':
    'Jeder Aufruf ist ein POST an eine URL, die Operation durch modelName und calledMethod im Körper benannt',
  'A failed call can still answer HTTP 200: read success and errors in the body':
    'Ein fehlgeschlagener Aufruf kann trotzdem HTTP 200 liefern: success und errors im Körper lesen',
  'app id and app secret in the query': 'App-ID und App-Secret in der Query',
  'Idempotency-Key header on POST requests': 'Idempotency-Key-Header bei POST-Anfragen',
  'no signature: re-fetch the payment from the API before acting on an event':
    'keine Signatur: die Zahlung vor der Verarbeitung eines Ereignisses erneut über die API abrufen',
  'X-Secret-Key header with the service secret key':
    'X-Secret-Key-Header mit dem geheimen Schlüssel des Dienstes',
  'RS256 ID tokens verified against the provider JWKS (iss, aud = the app key, exp)':
    'RS256-ID-Tokens gegen das JWKS des Anbieters geprüft (iss, aud = der App-Schlüssel, exp)',
  'x-signature header (ts and v1): HMAC-SHA256 of "id:{data.id};request-id:{x-request-id};ts:{ts};" with the webhook secret':
    'x-signature-Header (ts und v1): HMAC-SHA256 von "id:{data.id};request-id:{x-request-id};ts:{ts};" mit dem Webhook-Secret',
  'A Pix payment is a POST /v1/payments with payment_method_id "pix"':
    'eine Pix-Zahlung ist ein POST /v1/payments mit payment_method_id "pix"',
  'it returns the QR code and stays pending until paid':
    'sie liefert den QR-Code und bleibt bis zur Zahlung ausstehend',
  'Notifications carry only the payment id: fetch GET /v1/payments/{id} for its status':
    'Benachrichtigungen enthalten nur die Zahlungs-ID: GET /v1/payments/{id} liefert den Status',
  'publishable key in the client': 'veröffentlichbarer Schlüssel im Client',
  '{} request bodies ({}), {} responses': 'Request-Bodys als {0} ({1}), Antworten als {2}',
  '{} read and {} write requests per second in live mode, {} in test mode ({} beyond)':
    '{0} Lese- und {1} Schreibanfragen pro Sekunde im Live-Modus, {2} im Testmodus ({3} darüber)',
  '{} header on every {} (keys are kept {} hours)':
    '{0}-Header bei jedem {1} (Schlüssel werden {2} Stunden aufbewahrt)',
  '{} header: {} of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    '{0}-Header: {1} über "{timestamp}.{raw body}" mit dem Endpoint-Secret (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on {}':
    'Ereignisse können ungeordnet und mehrfach eintreffen: nach {0} deduplizieren',
  'OAuth {} client credentials: client id + secret exchanged for a Bearer access token':
    'OAuth {0} Client Credentials: Client-ID + Secret gegen ein Bearer-Access-Token getauscht',
  '{} header on order and capture calls': '{0}-Header bei Order- und Capture-Aufrufen',
  '{} /{} with the {}* headers and the webhook id': '{0} /{1} mit den {2}*-Headern und der Webhook-ID',
  'Sandbox and live use different hosts ({}, {})':
    'Sandbox und Live verwenden unterschiedliche Hosts ({0}, {1})',
  '{} Basic with {} and {}': '{0} Basic mit {1} und {2}',
  'one order per business payment, keyed by the order {}':
    'eine Order pro fachlicher Zahlung, identifiziert über das {0} der Order',
  'look the order up before creating again': 'die Order vor dem erneuten Anlegen nachschlagen',
  '{} header: {} of the raw body with the webhook secret':
    '{0}-Header: {1} über den Roh-Body mit dem Webhook-Secret',
  'Checkout returns razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verify it server-side before marking paid':
    'Checkout liefert razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): serverseitig prüfen, bevor als bezahlt markiert wird',
  '{} header (web service user {} key)': '{0}-Header ({1}-Schlüssel des Webservice-Benutzers)',
  '{} validation error': '{0} Validierungsfehler',
  '{} header': '{0}-Header',
  '{} signature in {}, computed with the {} key of the webhook':
    '{0}-Signatur in {1}, berechnet mit dem {2}-Schlüssel des Webhooks',
  'Acknowledge webhooks with {} {} (Adyen retries until accepted)':
    'Webhooks mit {0} {1} bestätigen (Adyen wiederholt, bis sie angenommen werden)',
  '{} key as a Bearer token': '{0}-Schlüssel als Bearer-Token',
  '{} Accepted on success': '{0} Accepted bei Erfolg',
  'Signed Event Webhook: {} signature in {} over timestamp + raw body, checked with the account verification key':
    'Signed Event Webhook: {0}-Signatur in {1} über Zeitstempel + Roh-Body, geprüft mit dem Verifizierungsschlüssel des Kontos',
  'Accepted ({}) is not delivered: delivery state arrives through the Event Webhook':
    'Accepted ({0}) heißt nicht zugestellt: der Zustellstatus kommt über den Event Webhook',
  '{} (ErrorCode in body)': '{0} (ErrorCode im Body)',
  'no signature: protect the webhook {} with {} Basic credentials (and an {} allowlist)':
    'keine Signatur: die Webhook-{0} mit {1}-Basic-Zugangsdaten schützen (und einer {2}-Allowlist)',
  'Transactional and broadcast mail use separate message streams':
    'Transaktions- und Broadcast-Mails nutzen getrennte Message Streams',
  '{} Basic with user "api" and the {} key': '{0} Basic mit dem Benutzer "api" und dem {1}-Schlüssel',
  '{} requests, {} responses': 'Requests als {0}, Antworten als {1}',
  'signature.signature = HMAC-SHA256(timestamp + token) with the webhook signing key':
    'signature.signature = HMAC-SHA256(timestamp + token) mit dem Signaturschlüssel des Webhooks',
  'reject reused tokens': 'wiederverwendete Tokens ablehnen',
  '{} domains use {}': '{0}-Domains verwenden {1}',
  '{} Signature Version {} ({} role or access keys)':
    '{0} Signature Version {1} ({2}-Rolle oder Zugriffsschlüssel)',
  'account sending quota and maximum send rate per second (see the {} console for this account)':
    'Sendekontingent des Kontos und maximale Senderate pro Sekunde (siehe die {0}-Konsole dieses Kontos)',
  'events arrive as Amazon {} notifications: verify the {} message signature with its signing certificate':
    'Ereignisse kommen als Amazon-{0}-Benachrichtigungen: die Signatur der {1}-Nachricht mit ihrem Signaturzertifikat prüfen',
  'New accounts start in the sandbox (verified recipients only) until production access is granted':
    'Neue Konten starten in der Sandbox (nur verifizierte Empfänger), bis der Produktionszugang gewährt ist',
  '{} requests per second per team by default ({} beyond)':
    'standardmäßig {0} Anfragen pro Sekunde pro Team ({1} darüber)',
  '{} header on {} /emails': '{0}-Header bei {1} /emails',
  'Svix signature: {}, {} and {} headers ({} with the signing secret)':
    'Svix-Signatur: Header {0}, {1} und {2} ({3} mit dem Signatur-Secret)',
  'The sending domain must be verified ({} records) before production mail':
    'Die Absenderdomain muss vor Produktionsmails verifiziert sein ({0}-Einträge)',
  '{} Basic with the Account {} and Auth Token (or an {} key pair)':
    '{0} Basic mit Account {1} und Auth Token (oder einem {2}-Schlüsselpaar)',
  '{} request bodies, {} responses': 'Request-Bodys als {0}, Antworten als {1}',
  'messages are queued per sender': 'Nachrichten werden pro Absender in eine Warteschlange gestellt',
  'throughput depends on the number type (see provider docs)':
    'der Durchsatz hängt vom Nummerntyp ab (siehe Anbieterdokumentation)',
  '{} (error {})': '{0} (Fehler {1})',
  '{} ({} invalid "To" number)': '{0} ({1} ungültige "To"-Nummer)',
  '{} header: base64 {} of the full {} plus sorted {} parameters, keyed with the Auth Token':
    '{0}-Header: Base64-{1} der vollständigen {2} plus sortierte {3}-Parameter, mit dem Auth Token als Schlüssel',
  'Numbers in {} format (+{})': 'Nummern im {0}-Format (+{1})',
  'Authorization: AccessKey {key} header': 'Header Authorization: AccessKey {key}',
  '{} header: a {} ({}) signed with the signing key':
    '{0}-Header: ein {1} ({2}), signiert mit dem Signaturschlüssel',
  'Bearer access token of a system user': 'Bearer-Access-Token eines Systembenutzers',
  'per-number messaging limits and tiers set by Meta (see provider docs)':
    'Messaging-Limits und -Stufen pro Nummer, von Meta festgelegt (siehe Anbieterdokumentation)',
  '{} (invalid parameter, template not approved)': '{0} (ungültiger Parameter, Vorlage nicht freigegeben)',
  '{} header: {} of the raw body with the app secret': '{0}-Header: {1} über den Roh-Body mit dem App-Secret',
  'subscription handshake echoes {} when {} matches':
    'der Abonnement-Handshake gibt {0} zurück, wenn {1} übereinstimmt',
  'Outside the 24-hour customer service window only approved template messages can be sent':
    'Außerhalb des 24-Stunden-Kundenservice-Fensters können nur freigegebene Vorlagennachrichten gesendet werden',
  none: 'keine',
  'OAuth {} access token of a service account (scope {})':
    'OAuth-{0}-Access-Token eines Dienstkontos (Scope {1})',
  '{} (honour {})': '{0} ({1} beachten)',
  '{} {} (delete the device token)': '{0} {1} (Geräte-Token löschen)',
  'Remove device tokens that return {}': 'Geräte-Tokens entfernen, die {0} zurückgeben',
  'Authorization header with the app {} {} key': 'Authorization-Header mit dem {0}-{1}-Schlüssel der App',
  '{} field on notification create': '{0}-Feld beim Anlegen der Benachrichtigung',
  '{} ({"text": ...} or Block Kit blocks)': '{0} ({"text": ...} oder Block-Kit-Blöcke)',
  'about {} message per second per webhook, short bursts allowed ({} with {} beyond)':
    'etwa {0} Nachricht pro Sekunde pro Webhook, kurze Spitzen erlaubt ({1} mit {2} darüber)',
  '{} with {} error bodies': '{0} mit {1}-Fehler-Bodys',
  'object bytes as the body': 'die Objekt-Bytes als Body',
  '{} {} and {} {} requests per second per partitioned prefix':
    '{0} {1}- und {2} {3}-Anfragen pro Sekunde pro partitioniertem Präfix',
  '{} of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'ein {0} auf denselben Schlüssel überschreibt: Objektschlüssel aus IDs ableiten, damit eine Wiederholung denselben Schlüssel schreibt',
  'Keep buckets private (Block Public Access)': 'Buckets privat halten (Block Public Access)',
  'hand out short-lived presigned URLs': 'kurzlebige vorsignierte URLs ausgeben',
  '{} Signature Version {} with R2 access keys': '{0} Signature Version {1} mit R2-Zugriffsschlüsseln',
  '{} Signature Version {} with the provider access keys':
    '{0} Signature Version {1} mit den Zugriffsschlüsseln des Anbieters',
  'Keep buckets private': 'Buckets privat halten',
  '{} of the same key overwrites: derive object keys from ids':
    'ein {0} auf denselben Schlüssel überschreibt: Objektschlüssel aus IDs ableiten',
  'No egress fees': 'Keine Egress-Gebühren',
  'presigned URLs work as with S3': 'vorsignierte URLs funktionieren wie bei S3',
  'OAuth {} service account credentials': 'OAuth-{0}-Zugangsdaten eines Dienstkontos',
  '{} precondition makes retried uploads safe': 'die Vorbedingung {0} macht wiederholte Uploads sicher',
  'service role key on the server (bypasses {})': 'Service-Role-Schlüssel auf dem Server (umgeht {0})',
  'user {} + {} {} policies from clients': 'Benutzer-{0} + {2}-Policies auf {1} aus den Clients',
  '{} (multipart or raw body uploads), {} responses':
    '{0} (Multipart- oder Roh-Body-Uploads), Antworten als {1}',
  'upload with {} fails on an existing path': 'ein Upload mit {0} schlägt bei einem vorhandenen Pfad fehl',
  'derive paths from ids': 'Pfade aus IDs ableiten',
  'read-write token': 'Lese-/Schreib-Token',
  '{} over {}': '{0} über {1}',
  'Blob URLs are public but unguessable': 'Blob-URLs sind öffentlich, aber nicht zu erraten',
  'do not store private data without access control': 'keine privaten Daten ohne Zugriffskontrolle speichern',
  '{} and {} headers (admin key on the server, search-only key in clients)':
    'Header {0} und {1} (Admin-Schlüssel auf dem Server, reiner Such-Schlüssel in den Clients)',
  'network error or timeout (clients fail over across hosts)':
    'Netzwerkfehler oder Zeitüberschreitung (Clients wechseln zwischen Hosts)',
  'objects are upserted by objectID: reuse the entity id':
    'Objekte werden per objectID eingefügt oder aktualisiert: die Entitäts-ID wiederverwenden',
  'Indexing is asynchronous ({})': 'Die Indexierung ist asynchron ({0})',
  'Authorization: Bearer {API key}': 'Authorization: Bearer {API-Schlüssel}',
  'Document writes are asynchronous tasks: poll /tasks or accept eventual consistency':
    'Dokument-Schreibvorgänge sind asynchrone Tasks: /tasks abfragen oder Eventual Consistency akzeptieren',
  '{} key (Authorization: ApiKey …) or {} Basic': '{0}-Schlüssel (Authorization: ApiKey …) oder {1} Basic',
  '{} ({} for _bulk)': '{0} ({1} für _bulk)',
  'index by document id ({} /_doc/{id}) so a retry overwrites':
    'nach Dokument-ID indexieren ({0} /_doc/{id}), damit eine Wiederholung überschreibt',
  '_bulk returns 200 with per-item errors: check items[].error':
    '_bulk liefert 200 mit Fehlern pro Eintrag: items[].error prüfen',
  '{} key (key parameter or {}), restricted by {} and by server {}':
    '{0}-Schlüssel (Parameter key oder {1}), beschränkt auf {2} und auf die {3} des Servers',
  'per-API quotas set in the Google Cloud console (see provider docs)':
    'Kontingente pro API, in der Google Cloud Console festgelegt (siehe Anbieterdokumentation)',
  '{} (not an error: no match)': '{0} (kein Fehler: kein Treffer)',
  'coordinates only for up to {} days': 'Koordinaten nur für höchstens {0} Tage',
  'access_token query parameter (secret token on the server, URL-restricted public token in clients)':
    'Query-Parameter access_token (geheimes Token auf dem Server, auf URLs beschränktes öffentliches Token in den Clients)',
  'Temporary geocoding results may not be stored':
    'Temporäre Geocoding-Ergebnisse dürfen nicht gespeichert werden',
  'permanent storage needs the permanent endpoint':
    'dauerhafte Speicherung erfordert den permanenten Endpoint',
  '{} Basic with the source write key as the user name':
    '{0} Basic mit dem Write Key der Quelle als Benutzername',
  '{} {} per call, {} {} per batch': '{0} {1} pro Aufruf, {2} {3} pro Batch',
  '{} field: Segment deduplicates repeated {}': '{0}-Feld: Segment dedupliziert wiederholte {1}',
  'Send events asynchronously: analytics must never fail a user request':
    'Ereignisse asynchron senden: Analytics darf nie eine Benutzeranfrage scheitern lassen',
  'project {} key in the body ({})': '{0}-Schlüssel des Projekts im Body ({1})',
  'personal {} key for private endpoints': 'persönlicher {0}-Schlüssel für private Endpoints',
  'uuid field on each event deduplicates retries':
    'das Feld uuid jedes Ereignisses dedupliziert Wiederholungen',
  '{} and {} clouds use different hosts': 'die Clouds {0} und {1} verwenden unterschiedliche Hosts',
  'service account ({} Basic) for /import': 'Dienstkonto ({0} Basic) für /import',
  'project token for /track': 'Projekt-Token für /track',
  '${} property deduplicates retried events': 'die Eigenschaft ${0} dedupliziert wiederholte Ereignisse',
  'the {} verifies {} access tokens against the tenant {} (iss, aud = {} identifier, exp)':
    'die {0} prüft {1}-Access-Tokens gegen das {2} des Tenants (iss, aud = {3}-Identifier, exp)',
  'Authentication and Management {} limits depend on the plan (see provider docs)':
    'die Limits der Authentication- und Management-{0} hängen vom Tarif ab (siehe Anbieterdokumentation)',
  'Cache the {}': 'Das {0} cachen',
  'refetch only on an unknown kid': 'nur bei einer unbekannten kid neu abrufen',
  'secret key as a Bearer token for the Backend {}':
    'geheimer Schlüssel als Bearer-Token für die Backend-{0}',
  'session JWTs verified with the instance public key':
    'Session-JWTs, geprüft mit dem öffentlichen Schlüssel der Instanz',
  '{} {} tokens verified against the user pool {}': '{0}-{1}-Tokens, geprüft gegen das {2} des User Pools',
  'check iss, {} and {}': 'iss, {0} und {1} prüfen',
  'per-operation quotas per account and region (see provider docs)':
    'Kontingente pro Operation, pro Konto und Region (siehe Anbieterdokumentation)',
  '{} {} tokens verified with Google public keys (aud = project id, iss = {})':
    '{0}-{1}-Tokens, geprüft mit den öffentlichen Schlüsseln von Google (aud = Projekt-ID, iss = {2})',
  'Check revocation ({}) on sensitive operations': 'Bei sensiblen Operationen den Widerruf prüfen ({0})',
  'per-endpoint auth rate limits configurable in the project dashboard (see provider docs)':
    'Auth-Rate-Limits pro Endpoint, im Projekt-Dashboard konfigurierbar (siehe Anbieterdokumentation)',
  '{} authorization code flow with {} and state': '{0}-Authorization-Code-Flow mit {1} und state',
  '{} token verified (iss {}, aud = client id, exp)': '{0}-Token geprüft (iss {1}, aud = Client-ID, exp)',
  'streaming as server-sent events': 'Streaming als Server-Sent Events',
  'requests and tokens per minute per model and usage tier ({}* response headers)':
    'Anfragen und Tokens pro Minute pro Modell und Nutzungsstufe ({0}*-Antwort-Header)',
  '{} invalid request': '{0} ungültige Anfrage',
  '{} request too large': '{0} Anfrage zu groß',
  'Set a request timeout and a max output token limit per call':
    'Pro Aufruf ein Request-Timeout und ein Limit für Ausgabe-Tokens setzen',
  '{} header plus {} header': '{0}-Header plus {1}-Header',
  'requests, input tokens and output tokens per minute per usage tier ({}* headers)':
    'Anfragen, Eingabe- und Ausgabe-Tokens pro Minute pro Nutzungsstufe ({0}*-Header)',
  'Set {} on every request': '{0} bei jeder Anfrage setzen',
  'streamed responses can fail mid-stream': 'gestreamte Antworten können mitten im Stream fehlschlagen',
  'requests and tokens per minute per model and tier (see provider docs)':
    'Anfragen und Tokens pro Minute pro Modell und Stufe (siehe Anbieterdokumentation)',
  '{} header or a Microsoft Entra {} Bearer token':
    '{0}-Header oder ein Bearer-Token von Microsoft Entra {1}',
  'tokens and requests per minute per deployment quota (see provider docs)':
    'Tokens und Anfragen pro Minute gemäß Deployment-Kontingent (siehe Anbieterdokumentation)',
  '{} (public key in the {})': '{0} (öffentlicher Schlüssel in der {1})',
  'Sentry envelope (sent by the {})': 'Sentry-Envelope (vom {0} gesendet)',
  'plan event quota': 'Ereigniskontingent des Tarifs',
  'the {} honours {} and {}': 'das {0} beachtet {1} und {2}',
  'handled by the {} transport': 'vom Transport des {0} behandelt',
  'Scrub personal data before send (beforeSend / sendDefaultPii: false)':
    'Personenbezogene Daten vor dem Senden entfernen (beforeSend / sendDefaultPii: false)',
  'Never block a request on error reporting': 'Eine Anfrage nie durch Fehlerberichte blockieren',
  'plan- or account-dependent: see provider docs':
    'abhängig von Tarif oder Konto: siehe Anbieterdokumentation',
  'call {*} with {*}': '{0} mit {1} aufrufen',
  'call {*}': '{0} aufrufen',
  // Testing, observability, deployment (env, prerequisites, migrations per ORM), job runners and dead letters per queue, security evidence, auth routes.
  '{*}: recorded responses incl. {*} to exercise retries':
    '{0}: aufgezeichnete Antworten inkl. {1}, um die Wiederholungen zu prüfen',
  'each endpoint: success, validation error ({}), unauthenticated ({}), forbidden role ({}), not found ({})':
    'jeder Endpoint: Erfolg, Validierungsfehler ({0}), nicht authentifiziert ({1}), verbotene Rolle ({2}), nicht gefunden ({3})',
  'job {*}: idempotent on rerun': 'Job {0}: idempotent bei erneutem Lauf',
  'validators: {} field rules (section {})': 'Validatoren: {0} Feldregeln (Abschnitt {1})',
  '{*}: {*} concurrent virtual users (stated {*}) for {*} minutes':
    '{0}: {1} gleichzeitige virtuelle Benutzer (angegeben: {2}) für {3} Minuten',
  '{*}: {*} requests/s (stated) for {*} minutes': '{0}: {1} Anfragen/s (angegeben) für {2} Minuten',
  'a load tool': 'ein Lasttest-Werkzeug',
  'pass if p95 of "{*}" ≤ {*} (stated {*})': 'bestanden, wenn p95 von "{0}" ≤ {1} (angegeben: {2})',
  'p95 {} for "{*}"': 'p95 von {0} für "{1}"',
  'p95 {} for routes {*}': 'p95 von {0} für die Routen {1}',
  'latency target: {*}': 'Latenzziel: „{0}“',
  '< {*} for {*}': '< {0} für {1}',
  'within {*} for {*}': 'innerhalb von {0} für {1}',
  '> {} (default: the documents state no availability target)':
    '> {0} (Standard: die Dokumente nennen kein Verfügbarkeitsziel)',
  'database ({*} at {*}): SELECT 1 / ping within {*}':
    'Datenbank ({0} unter {1}): SELECT 1 / Ping innerhalb von {2}',
  'cache ({*} at {*}): PING': 'Cache ({0} unter {1}): PING',
  'cache ({*}): PING': 'Cache ({0}): PING',
  'queue ({*}): connection and consumer lag': 'Queue ({0}): Verbindung und Verzögerung der Consumer',
  'no stateful dependency is stated: ready once started':
    'keine zustandsbehaftete Abhängigkeit angegeben: bereit, sobald gestartet',
  '{*} connection string (with credentials)': '{0}-Verbindungszeichenfolge (mit Zugangsdaten)',
  'Redis connection (cache / queue)': 'Redis-Verbindung (Cache / Queue)',
  'JWT signing secret (HS256, ≥ 256 bits)': 'Signatur-Secret der JWTs (HS256, ≥ 256 Bit)',
  'minimum log level (info in production, debug locally)':
    'minimales Log-Level (info in Produktion, debug lokal)',
  'referenced by the spec': 'von der Spezifikation referenziert',
  '{*} (payments)': '{0} (Zahlungen)',
  '{*} (email)': '{0} (E-Mail)',
  '{*} (sms)': '{0} (SMS-Versand)',
  '{*} (chat)': '{0} (Messaging)',
  '{*} (whatsapp)': '{0} (WhatsApp)',
  '{*} (push)': '{0} (Push-Benachrichtigungen)',
  '{*} (storage)': '{0} (Speicher)',
  '{*} (identity)': '{0} (Identität)',
  '{*} (search)': '{0} (Suche)',
  '{*} (maps)': '{0} (Karten)',
  '{*} (shipping)': '{0} (Versand)',
  '{*} (analytics)': '{0} (Analytics-Dienst)',
  '{*} (llm)': '{0} (Sprachmodell)',
  '{*} (monitoring)': '{0} (Überwachung)',
  '{*} (other)': '{0} (sonstiger Dienst)',
  '{*} runtime': '{0}-Laufzeitumgebung',
  '{*} database reachable through DATABASE_URL': '{0}-Datenbank erreichbar über DATABASE_URL',
  '{*} (cache) reachable through REDIS_URL': '{0} (Cache) erreichbar über REDIS_URL',
  '{*} (queue) reachable through REDIS_URL': '{0} (Queue) erreichbar über REDIS_URL',
  '{*} (cache)': '{0} (Cache)',
  '{*} (queue)': '{0} (Queue)',
  '{*} account and credentials ({*})': '{0}-Konto und Zugangsdaten ({1})',
  '{*} pipeline: lint, type-check, tests, migrations, deploy':
    '{0}-Pipeline: Lint, Typprüfung, Tests, Migrationen, Deployment',
  '{*} project with the environment variables above set per environment':
    '{0}-Projekt mit den obigen Umgebungsvariablen je Umgebung gesetzt',
  'versioned SQL files (001_init.sql, 002_…) applied in order by a migration runner':
    'versionierte SQL-Dateien (001_init.sql, 002_…), von einem Migrations-Runner der Reihe nach angewendet',
  'never {} against shared databases': 'niemals {0} gegen gemeinsam genutzte Datenbanken',
  '{} writes SQL migrations from the schema': '{0} schreibt SQL-Migrationen aus dem Schema',
  '{} (or {} at deploy) applies them in order': '{0} (oder {1} beim Deployment) wendet sie der Reihe nach an',
  '{} from entity changes': '{0} aus Änderungen an den Entitäten',
  '{} at deploy': '{0} beim Deployment',
  'synchronize: false in every shared environment':
    'synchronize: false in jeder gemeinsam genutzten Umgebung',
  '{}, then {} at deploy': '{0}, dann {1} beim Deployment',
  'Kysely Migrator with FileMigrationProvider': 'Kysely Migrator mit FileMigrationProvider',
  'no schema migrations: new fields are optional': 'keine Schema-Migrationen: neue Felder sind optional',
  'data backfills and index builds run as versioned scripts':
    'Daten-Backfills und Index-Aufbau laufen als versionierte Skripte',
  'no schema migrations: new fields are optional (backward compatible readers)':
    'keine Schema-Migrationen: neue Felder sind optional (abwärtskompatible Leser)',
  'index creation and backfills as versioned scripts run at deploy':
    'Index-Erstellung und Backfills als versionierte Skripte, beim Deployment ausgeführt',
  'V<n>__<name>.sql files': 'Dateien V<n>__<name>.sql',
  '{*} job table (SELECT … FOR UPDATE SKIP LOCKED)': 'Job-Tabelle in {0} (SELECT … FOR UPDATE SKIP LOCKED)',
  '{*} jobs collection (findOneAndUpdate claim)': 'Job-Collection in {0} (Übernahme per findOneAndUpdate)',
  'scheduled by {*} repeatable jobs': 'geplant über wiederholbare {0}-Jobs',
  'scheduled by {*}': 'geplant mit {0}',
  '{*} repeatable jobs': 'wiederholbare {0}-Jobs',
  'in-process cron timer (one leader instance)': 'prozessinterner Cron-Timer (eine Leader-Instanz)',
  'SQS dead-letter queue (redrive policy, maxReceiveCount = max attempts)':
    'SQS-Dead-Letter-Queue (Redrive Policy, maxReceiveCount = maximale Versuche)',
  'RabbitMQ dead-letter exchange': 'RabbitMQ-Dead-Letter-Exchange',
  'dead-letter topic (<topic>.dlq)': 'Dead-Letter-Topic (<topic>.dlq)',
  'dead-letter stream (<stream>:dead) after XCLAIM delivery count exceeds max attempts':
    'Dead-Letter-Stream (<stream>:dead), sobald der XCLAIM-Zustellzähler die maximalen Versuche übersteigt',
  '{} log (payload, error, attempts)': '{0}-Protokoll (Nutzlast, Fehler, Versuche)',
  'none: the link opens on the user’s device, nothing is called server-side':
    'keine: der Link öffnet sich auf dem Gerät des Benutzers, serverseitig wird nichts aufgerufen',
  'schedule as stated: {*}': 'Zeitplan wie angegeben: {0}',
  'HTTPS only as stated ({*})': 'nur HTTPS, wie angegeben ({0})',
  'HTTPS only': 'nur HTTPS',
  'SameSite=Strict (or Lax plus a CSRF token on state-changing requests)':
    'SameSite=Strict (oder Lax plus ein CSRF-Token bei zustandsändernden Anfragen)',
  'passwords hashed with {*} (stated)': 'Passwörter gehasht mit {0} (angegeben)',
  "every query through {*}'s query {} (parameterised)":
    'jede Abfrage über die Abfrage-{1} von {0} (parametrisiert)',
  'every query through parameterised statements (tagged templates / ${} placeholders)':
    'jede Abfrage über parametrisierte Anweisungen (Tagged Templates / ${0}-Platzhalter)',
  'login rate-limited per IP and account (section {})':
    'Login mit Rate-Limit pro IP und Konto (Abschnitt {0})',
  '{*} codes, every example valid against the stated envelope':
    '{0} Codes, jedes Beispiel gültig gegen den angegebenen Umschlag',
  '{*} codes, every example valid against the problem-details envelope':
    '{0} Codes, jedes Beispiel gültig gegen den Problem-Details-Umschlag',
  '{} entity of {} with a primary key ({} composite)':
    '{0} von {1} Entität mit Primärschlüssel ({2} zusammengesetzt)',
  '{} of {} foreign key indexed': '{0} von {1} Fremdschlüssel indiziert',
  '{} of {} table reachable by primary key': '{0} von {1} Tabelle über den Primärschlüssel erreichbar',
  'operator class by rule {}': 'Operatorklasse nach Regel {0}',
  'reference data: read by most requests, changed rarely':
    'Referenzdaten: von den meisten Anfragen gelesen, selten geändert',
  'build filters from validated scalars': 'Filter aus validierten Skalaren bauen',
  'lookup by email': 'Suche nach E-Mail',
  'Delete expired {*} rows so lookups stay small and stolen expired tokens are gone':
    'Abgelaufene {0}-Zeilen löschen, damit Abfragen klein bleiben und gestohlene abgelaufene Tokens verschwinden',
  'run {*} for the period': '{0} für den Zeitraum ausführen',
  'store the period end as the next run’s start':
    'das Ende des Zeitraums als Beginn des nächsten Laufs speichern',
  'Start signing in with {*}': 'Anmeldung mit {0} starten',
  'OAuth callback from {*}': 'OAuth-Callback von {0}',
  'Request a password reset link': 'Einen Link zum Zurücksetzen des Passworts anfordern',
  'Set a new password with a reset token': 'Ein neues Passwort mit einem Reset-Token setzen',
  'The password was changed.': 'Das Passwort wurde geändert.',
  'Confirm an email address with a verification token':
    'Eine E-Mail-Adresse mit einem Verifizierungstoken bestätigen',
  'The email address is verified.': 'Die E-Mail-Adresse ist verifiziert.',
  'Where the browser goes next.': 'Wohin der Browser als Nächstes geht.',
  'The id path parameter.': 'Der Pfadparameter id.',
  'Deactivate a {*} (instead of deleting it)': '{0} deaktivieren (statt zu löschen)',
  'Attach a {*} to a {*}': '{0} mit {1} verknüpfen',
  'no authentication route serves "{*}"': 'keine Authentifizierungsroute bedient "{0}"',
  'served by the identity provider {*}, not by this API':
    'wird vom Identitätsanbieter {0} bedient, nicht von dieser API',
  'no cache (stated)': 'kein Cache (festgelegt)',
  // Prisma migration workflow (derive/deployment.ts).
  '{} creates a timestamped SQL migration locally': '{0} erzeugt lokal eine SQL-Migration mit Zeitstempel',
  'commit prisma/migrations/*': 'prisma/migrations/* committen',
  // Slack endpoint, stated alert targets.
  '{} {} (the webhook URL)': '{0} {1} (die Webhook-URL)',
  '> {} (stated target {*})': '> {0} (angegebenes Ziel: {1})',
  'The {} of the {name}, to print.': '{0} von {1}, zum Drucken.',
  'Number of {name} records per {}': 'Anzahl der {0}-Datensätze je {1}',
  '{*}, as a file.': '{0}, als Datei.',
  'The file format, as the documents state them.': 'Das Dateiformat, wie es die Dokumente angeben.',
  '{} of the {name}, to print': '{0} von {1}, zum Drucken',
  'measured as p95 (section {} alert)': 'gemessen als p95 (Alarm in Abschnitt {0})',
  '{} per minute per user (default)': '{0} pro Minute und Benutzer (Standard)',
  '{} per minute per {} (default)': '{0} pro Minute und {1} (Standard)',
  '{} per minute per provider (default)': '{0} pro Minute und Anbieter (Standard)',
  'rate limit: auth endpoints ({})': 'Ratenlimit: Authentifizierungs-Endpunkte ({0})',
  'rate limit: read endpoints ({})': 'Ratenlimit: Lese-Endpunkte ({0})',
  'rate limit: write endpoints ({})': 'Ratenlimit: Schreib-Endpunkte ({0})',
  'rate limit: expensive endpoints ({})': 'Ratenlimit: aufwendige Endpunkte ({0})',
  'rate limit: webhook endpoints ({})': 'Ratenlimit: Webhook-Endpunkte ({0})',
  'rate limit: public endpoints ({})': 'Ratenlimit: öffentliche Endpunkte ({0})',
  'rate limit: anonymous callers': 'Ratenlimit: anonyme Aufrufer',
  // A limit the documents state for a class of endpoints, as written ("120 Anfragen pro Minute").
  '{*} (stated)': '{0} (festgelegt)',
  'rate limit on {*}': 'Ratenlimit für {0}',
  'within {*}': 'innerhalb von {0}',
  '{} seconds': '{0} Sekunden',
  '{} minutes': '{0} Minuten',
  'tokens in cookies as stated ({*}): HttpOnly': 'Tokens in Cookies wie angegeben ({0}): HttpOnly',
  'check Origin on {}': 'Origin bei {0} prüfen',
  'password policy as stated (section {})': 'Passwortrichtlinie wie angegeben (Abschnitt {0})',
  'lockout: {*}': 'Sperre: {0}',
  '{} failed attempts then locked for {}': '{0} fehlgeschlagene Versuche und danach {1} gesperrt',
  '{} failed attempts': '{0} fehlgeschlagene Versuche',
  '{} fields redacted': '{0} Felder geschwärzt',
  'alerts on error rate': 'Alarme bei der Fehlerrate',
  'store: {*}': 'Speicher: {0}',
  'none stated (in-process)': 'keiner angegeben (im Prozess)',
  '{} ownership rules on real columns': '{0} Eigentümerregeln auf echten Spalten',
  '{} signed webhook receivers': '{0} signierte Webhook-Empfänger',
  '{*}: {} attempts, {*}': '{0}: {1} Versuche, {2}',
  '{*}: {} attempts': '{0}: {1} Versuche',
  'Sign out': 'Abmelden',
  'Create an account': 'Ein Konto anlegen',
  'a leading {} sorts descending.': 'ein vorangestelltes {0} sortiert absteigend.',
  'Only {name} records whose {} equals this value.': 'Nur {0}-Datensätze, deren {1} diesem Wert entspricht.',
  'Filter {} as stated.': 'Filter {0} wie angegeben.',
  '{*} a {*} ({} → {})': '{1} {0!} ({2} → {3})',
  '{*} an {*} ({} → {})': '{1} {0!} ({2} → {3})',
  'verb: Approve': 'genehmigen',
  'verb: Reject': 'ablehnen',
  'verb: Cancel': 'stornieren',
  'verb: Pay': 'bezahlen',
  'verb: Send': 'senden',
  'verb: Ship': 'versenden',
  'verb: Close': 'schließen',
  'verb: Complete': 'abschließen',
  'verb: Win': 'gewinnen',
  'verb: Lose': 'verlieren',
  'verb: Submit': 'einreichen',
  'verb: Commit': 'festschreiben',
  'verb: Refund': 'erstatten',
  'verb: Write Off': 'abschreiben',
  'verb: Check In': 'einchecken',
  'verb: Check Out': 'auschecken',
  'verb: Archive': 'archivieren',
  'verb: Publish': 'veröffentlichen',
  'verb: Confirm': 'bestätigen',
  'verb: Activate': 'aktivieren',
  'verb: Deactivate': 'deaktivieren',
  'verb: Enable': 'aktivieren',
  'verb: Disable': 'deaktivieren',
  'verb: Suspend': 'sperren',
  'verb: Verify': 'prüfen',
  'verb: Amend': 'korrigieren',
  'verb: Authorise': 'freigeben',
  'verb: Authorize': 'freigeben',
  'verb: Assign': 'zuweisen',
  'verb: Accept': 'annehmen',
  'verb: Decline': 'ablehnen',
  'verb: Deliver': 'zustellen',
  'verb: Review': 'prüfen',
  'verb: Schedule': 'einplanen',
  'verb: Dispatch': 'versenden',
  'verb: Resolve': 'lösen',
  'verb: Block': 'sperren',
  'verb: Lock': 'sperren',
  'verb: Unlock': 'entsperren',
  'verb: Expire': 'ablaufen lassen',
  'verb: Fail': 'als fehlgeschlagen markieren',
  'verb: Receive': 'empfangen',
  'verb: Return': 'zurückgeben',
  'verb: Release': 'freigeben',
  'verb: Validate': 'validieren',
  'verb: Sign': 'unterschreiben',
  'verb: Finalise': 'abschließen',
  'verb: Finalize': 'abschließen',
  'verb: Enter': 'erfassen',
  'verb: Collect': 'einsammeln',
  'verb: Book': 'buchen',
  'verb: Reserve': 'reservieren',
  'verb: Open': 'öffnen',
  'verb: Start': 'starten',
  'verb: Process': 'verarbeiten',
  'verb: Report': 'melden',
  'verb: Escalate': 'eskalieren',
  'verb: Delete': 'löschen',
  'verb: Restore': 'wiederherstellen',
  'verb: Invite': 'einladen',
  'verb: Settle': 'begleichen',
  'verb: Invoice': 'abrechnen',
  'verb: Print': 'drucken',
  'verb: Renew': 'verlängern',
  'verb: Borrow': 'ausleihen',
  'verb: Lend': 'verleihen',
  'verb: Admit': 'aufnehmen',
  'verb: Discharge': 'entlassen',
  'verb: Vaccinate': 'impfen',
  'verb: Treat': 'behandeln',
  'verb: Examine': 'untersuchen',
  'verb: Prescribe': 'verschreiben',
  'verb: Hire': 'einstellen',
  'verb: Retire': 'ausmustern',
  'verb: Upload': 'hochladen',
  'verb: Export': 'exportieren',
  'verb: Import': 'importieren',
  'verb: Plan': 'planen',
  pagination: 'Paginierung',
  'connection pool': 'Verbindungspool',
  'versioned SQL files': 'versionierte SQL-Dateien',
  'ownership checked on {} entities ({*})': 'Eigentum geprüft bei {0} Entitäten ({1})',
  'under {*}': 'unter {0}',
  'Server-side sessions via {*}': 'Serverseitige Sitzungen über {0}',
  'Server-side sessions': 'Serverseitige Sitzungen',
  'session via {*}': 'Sitzung über {0}',
  'As stated in the contract.': 'Wie im Vertrag festgelegt.',
  'External identity provider (OAuth 2.0 / OIDC) via {*}':
    'Externer Identitätsanbieter (OAuth 2.0 / OIDC) über {0}',
  'External identity provider (OAuth 2.0 / OIDC)': 'Externer Identitätsanbieter (OAuth 2.0 / OIDC)',
  'sign-in delegated via {*} (OAuth 2.0 / OIDC)': 'Anmeldung delegiert an {0} (OAuth 2.0 / OIDC)',
  'JWTs issued by {*}': 'Von {0} ausgestellte JWTs',
  "sign-in via {*}, then the API's own JWTs": 'Anmeldung über {0}, danach eigene JWTs der API',
  'server-side sessions (cookie)': 'Serverseitige Sitzungen (Cookie)',
  'API keys': 'API-Schlüssel',
  'Opaque bearer tokens via {*}': 'Opake Bearer-Tokens über {0}',
  'Opaque bearer tokens': 'Opake Bearer-Tokens',
  'opaque bearer tokens via {*}': 'opake Bearer-Tokens über {0}',
  'opaque bearer tokens': 'opake Bearer-Tokens',
  'sign-in by password or a one-time e-mail link':
    'Anmeldung per Passwort oder über einen einmaligen Link per E-Mail',
  'sign-in by a one-time e-mail link': 'Anmeldung über einen einmaligen Link per E-Mail',
  '{*} with refresh tokens ({*})': '{0} mit Refresh-Tokens ({1})',
  '{*} with refresh tokens': '{0} mit Refresh-Tokens',
  'bcrypt, cost {}': 'bcrypt, Kostenfaktor {0}',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints, {} ownership rules':
    'rollenbasierte Zugriffskontrolle, {0} Rollen ({1}), Berechtigungsmatrix mit {2} Endpunkten, {3} Eigentümerregeln',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints':
    'rollenbasierte Zugriffskontrolle, {0} Rollen ({1}), Berechtigungsmatrix mit {2} Endpunkten',
  'role-based access control, {} roles ({*})': 'rollenbasierte Zugriffskontrolle, {0} Rollen ({1})',
  'per endpoint class: {*}': 'je Endpunktklasse: {0}',
  'access token lifetime': 'Lebensdauer des Access-Tokens',
  'refresh token lifetime': 'Lebensdauer des Refresh-Tokens',
  'session / idle timeout, automatic logout after inactivity':
    'Sitzungs- bzw. Leerlauf-Timeout (automatische Abmeldung nach Inaktivität)',
  'lifetime of a passwordless sign-in link': 'Lebensdauer des passwortlosen Anmeldelinks',
  'one-time password lifetime': 'Lebensdauer des Einmalpassworts',
  'password-reset token lifetime': 'Lebensdauer des Tokens zum Zurücksetzen des Passworts',
  'email verification token lifetime': 'Lebensdauer des Tokens zur E-Mail-Bestätigung',
  'invitation lifetime': 'Gültigkeitsdauer der Einladung',
  'minimum password length': 'Mindestlänge des Passworts',
  'failed attempts before lockout': 'Fehlversuche bis zur Sperre',
  'lockout duration': 'Sperrdauer',
  'bcrypt cost / rounds': 'bcrypt-Kosten bzw. -Runden',
  'response time target': 'Zielwert der Antwortzeit',
  'availability / uptime target': 'Verfügbarkeitsziel',
  'share of successful calls or operations': 'Anteil erfolgreicher Aufrufe oder Vorgänge',
  'test coverage target': 'Ziel der Testabdeckung',
  'requests per minute': 'Anfragen pro Minute',
  'simultaneous users': 'gleichzeitige Benutzer',
  'recovery point objective': 'Wiederherstellungspunktziel (RPO)',
  'recovery time objective': 'Wiederherstellungszeitziel (RTO)',
  'backup retention': 'Aufbewahrung der Backups',
  'how long a kind of data is kept': 'Aufbewahrungsdauer einer Datenart',
  'how long before an event a reminder goes out': 'Vorlauf einer Erinnerung vor einem Ereignis',
  'how long after a due date a notice or action follows': 'Frist einer Mahnung oder Aktion nach Fälligkeit',
  'period of a recurring task': 'Intervall einer wiederkehrenden Aufgabe',
  'default page size': 'Standardseitengröße',
  'maximum page size': 'maximale Seitengröße',
  'requests allowed, normalised to req/min': 'erlaubte Anfragen, umgerechnet in req/min',
  'largest upload or attachment': 'größter Upload oder Anhang',
  'a stated maximum of something': 'ein angegebenes Maximum',
  'a stated cache lifetime': 'eine angegebene Cache-Lebensdauer',
  'a stated sync / polling interval': 'ein angegebenes Synchronisations- bzw. Abfrageintervall',
  'session timeout {*}': 'Sitzungs-Timeout {0}',
  'refresh token {*}': 'Refresh-Token {0}',
  'access token {*}': 'Access-Token {0}',
  'no limit': 'ohne Begrenzung',
  '{*} states {*} as {*}: which one holds?': '{0} gibt {1} als {2} an: welcher Wert gilt?',
  'Render the PDF documents the requirements name':
    'Die PDF-Dokumente erzeugen, die die Anforderungen nennen',
  'CORS rejects an unlisted origin': 'CORS weist einen nicht gelisteten Origin ab',
  'window = [now + {*} - {*}, now + {*})': 'Fenster = [jetzt + {0} - {1}, jetzt + {2})',
  'PRD and architecture': 'PRD und Architektur',
  '{*} (does not exist)': '{0} (existiert nicht)',
  'Anonymise {*} once the stated period of {*} has passed ("{*}")':
    '{0} anonymisieren, sobald die genannte Frist von {1} abgelaufen ist („{2}“)',
  'Archive {*} once the stated period of {*} has passed ("{*}")':
    '{0} archivieren, sobald die genannte Frist von {1} abgelaufen ist („{2}“)',
  'replace the personal data of those rows with anonymous values in one transaction per batch, keeping the rows other records reference':
    'die personenbezogenen Daten dieser Zeilen in einer Transaktion je Stapel durch anonyme Werte ersetzen; die Zeilen, auf die andere Datensätze verweisen, bleiben erhalten',
  'copy those rows to the archive, then delete them from the table, in one transaction per batch':
    'diese Zeilen ins Archiv kopieren und dann aus der Tabelle löschen, in einer Transaktion je Stapel',
  'an anonymised row has no personal data left: a rerun changes nothing':
    'eine anonymisierte Zeile enthält keine personenbezogenen Daten mehr: ein erneuter Lauf ändert nichts',
  'an archived row is no longer in the table: a rerun finds nothing left to move':
    'eine archivierte Zeile ist nicht mehr in der Tabelle: ein erneuter Lauf findet nichts mehr zu verschieben',
  'fixed {*} between attempts ("{*}")': 'fest {0} zwischen den Versuchen („{1}“)',
  'Sort field': 'Sortierfeld',
  '{} endpoints × {} roles decided': '{0} Endpunkte × {1} Rollen entschieden',
  'strategy {*}': 'Strategie {0}',
  'statuses {*}': 'Statuscodes {0}',
  'foreign key → {name}': 'Fremdschlüssel → {0}',
  'tenant + status filter': 'Filter nach Mandant + Status',
  'tenant + date range': 'Mandant + Datumsbereich',
  'the provider’s own verification scheme, not in the catalogue':
    'das eigene Prüfverfahren des Anbieters, nicht im Katalog',
  '{*} (the provider’s own verification scheme, not in the catalogue)':
    '{0} (das eigene Prüfverfahren des Anbieters, nicht im Katalog)',
  'client certificate (mutual TLS), as the documents state':
    'Client-Zertifikat (gegenseitiges TLS), wie die Dokumente angeben',
  'a signature, as the documents state': 'eine Signatur, wie die Dokumente angeben',
  'an API key, as the documents state': 'ein API-Schlüssel, wie die Dokumente angeben',
  'OAuth client credentials, as the documents state': 'OAuth-Client-Credentials, wie die Dokumente angeben',
  '{*} (as the documents state)': '{0} (wie die Dokumente angeben)',
  'the secret key as the HTTP Basic user name, no password':
    'der geheime Schlüssel als Benutzername von HTTP Basic, ohne Passwort',
  'JSON responses': 'JSON-Antworten',
  'amounts in the smallest unit of the currency (satang for THB)':
    'Beträge in der kleinsten Einheit der Währung (Satang bei THB)',
  'fetch the event again with GET /events/{id} and the secret key, and act on that copy: the delivered body is not trusted as sent':
    'das Ereignis mit GET /events/{id} und dem geheimen Schlüssel erneut abrufen und mit dieser Kopie arbeiten: dem gelieferten Body wird nicht vertraut',
  'A PromptPay charge (source type promptpay) answers pending with a QR code and completes later: charge.complete says how it ended':
    'Eine PromptPay-Belastung (source type promptpay) antwortet mit pending und einem QR-Code und endet später: charge.complete sagt, wie sie endete',
  'the channel access token as a Bearer token': 'das Zugriffstoken des Kanals als Bearer-Token',
  'X-Line-Retry-Key header (a UUID per message): a retried push is sent once':
    'Header X-Line-Retry-Key (eine UUID pro Nachricht): ein wiederholter Push wird einmal gesendet',
  'X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret':
    'X-Line-Signature: Base64-HMAC-SHA256 des unveränderten Bodys mit dem Kanalgeheimnis',
  'OpenID Connect: the ID token checked by iss (https://access.line.me), aud (the channel id) and exp, or sent to POST /oauth2/v2.1/verify':
    'OpenID Connect: das ID-Token geprüft über iss (https://access.line.me), aud (die Kanal-ID) und exp, oder an POST /oauth2/v2.1/verify gesendet',
};
