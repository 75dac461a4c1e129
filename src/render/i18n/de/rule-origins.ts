import type { RuleId } from '../../../derive/rule-origins.js';

/** German wording of the "Rule origins" appendix (see en/rule-origins.ts). */
const sentences: Record<RuleId, string> = {
  'derive/access-token-default-15m':
    'Schlägt 15 Minuten Lebensdauer für das Access-Token vor, wo die Dokumente Token-Authentifizierung, aber keine Dauer nennen.',
  'derive/action-from-state-enum':
    'Fügt für jeden Zustandswechsel, den ein genanntes Status-Enum und sein Lebenszyklus erlauben, einen Aktions-Endpoint hinzu.',
  'derive/add-created-at': 'Fügt jeder genannten Entität ohne Zeitstempel created_at einen hinzu.',
  'derive/add-primary-key': 'Fügt einer genannten Entität ohne Schlüssel einen UUID-Primärschlüssel hinzu.',
  'derive/add-updated-at': 'Fügt jeder änderbaren genannten Entität ohne Zeitstempel updated_at einen hinzu.',
  'derive/alert-from-availability-nfr':
    'Macht aus einem genannten Verfügbarkeitsziel einen Alarm auf das Fehlerbudget.',
  'derive/alert-from-latency-nfr': 'Macht aus einem genannten Latenzziel einen Alarm auf die p95-Latenz.',
  'derive/append-only-record':
    'Kennzeichnet eine Entität als nur anfügbar (kein updated_at, keine Änderungen), weil die Dokumente sie als Protokoll oder Verlauf beschreiben.',
  'derive/auth-default-jwt':
    'Schlägt JWT-Bearer-Authentifizierung vor, wo die Dokumente eine Anmeldung verlangen, aber kein Verfahren nennen.',
  'derive/auth-endpoints':
    'Fügt die Anmelde-Endpoints hinzu, die das genannte Authentifizierungsverfahren braucht.',
  'derive/auth-passwordless-sign-in':
    'Meldet ohne Passwort an, weil die Dokumente einen Einmal-Link oder -Code per E-Mail nennen: eine Route sendet ihn (202, ob das Konto existiert oder nicht), eine andere löst ihn einmal gegen die Sitzung ein.',
  'derive/auth-login':
    'Fügt einen Login-Endpoint hinzu, weil die Dokumente sagen, dass sich Benutzer anmelden.',
  'derive/auth-logout':
    'Fügt einen Logout-Endpoint hinzu, der die Sitzung beendet oder das Refresh-Token des genannten Verfahrens widerruft.',
  'derive/auth-me':
    'Fügt einen Endpoint für den aktuellen Benutzer hinzu, weil angemeldete Benutzer ihr eigenes Profil lesen.',
  'derive/auth-none-no-protected-endpoint':
    'Hält fest, dass keine Authentifizierung nötig ist, weil keine genannte Operation geschützt ist.',
  'derive/auth-oauth-per-provider':
    'Fügt für jeden genannten Identitätsanbieter einen OAuth-Start- und -Callback-Endpoint hinzu.',
  'derive/auth-password-reset-from-requirement':
    'Fügt die Endpoints zum Zurücksetzen des Passworts hinzu, die eine genannte Anforderung verlangt.',
  'derive/auth-refresh-when-stated':
    'Fügt einen Token-Refresh-Endpoint hinzu, weil die Dokumente Refresh-Tokens nennen.',
  'derive/auth-register-from-requirement':
    'Fügt einen Registrierungs-Endpoint hinzu, den eine genannte Anforderung oder Story verlangt.',
  'derive/auth-strategy-of-provider':
    'Übernimmt die Token- und Sitzungseinstellungen des genannten Authentifizierungsanbieters oder der Bibliothek.',
  'derive/auth-verify-email':
    'Fügt einen Endpoint zur E-Mail-Bestätigung hinzu, weil die Dokumente eine E-Mail-Bestätigung nennen.',
  'derive/authentication-service':
    'Fügt einen Authentifizierungsdienst hinzu, der die genannte Anmeldung, Tokens und Passwörter verantwortet.',
  'derive/auth-issuer-after-group':
    'Gibt einer Rollengruppe die eigenen Tokens der API, wo ein Satz direkt nach der Anmeldung der Gruppe sagt, dass die API eigene Tokens ausstellt.',
  'derive/auth-issuer-own-sign-in':
    'Lässt die API die Tokens einer Gruppe ausstellen, die sich mit einem per E-Mail gesendeten Einmal-Link oder -Code anmeldet und keinen Identitätsanbieter nennt.',
  'derive/password-hash-of-library':
    'Übernimmt das Passwort-Hashing, das die angegebene Authentifizierungsbibliothek selbst ausführt (Devise: bcrypt, Kosten 12), statt ein anderes vorzuschlagen.',
  'derive/auth-staff-group-other-roles':
    'Ordnet einer genannten Personalgruppe („Staff: Auth0-Zugriffstoken“) jede Rolle zu, die keine andere Gruppe der Authentifizierungssätze nennt.',
  'derive/authz-admin-all': 'Erlaubt einer genannten Administrationsrolle jede Operation ihres Mandanten.',
  'derive/authz-deny-by-default':
    'Verweigert jede Operation, die die genannten Rollen und Stories nicht erlauben (OWASP A01).',
  'derive/authz-own-by-story':
    'Beschränkt einen genannten Aufrufer auf seine eigenen Datensätze, wo eine genannte User Story den Akteur an einem eigenen Datensatz handeln lässt.',
  'derive/authz-from-story':
    'Erlaubt einer Rolle eine Operation, weil eine genannte User Story ihr diese Aktion gibt.',
  'derive/authz-owner-column':
    'Liest den Besitz eines Datensatzes aus einer genannten Spalte, die auf den handelnden Benutzer zeigt.',
  'derive/authz-owner-only':
    'Beschränkt eine Operation auf den Besitzer des Datensatzes, wie die genannte Besitzspalte sagt.',
  'derive/authz-owner-via-parent':
    'Liest den Besitz eines Kind-Datensatzes über den Besitzer seines genannten Elternteils.',
  'derive/authz-public-endpoint':
    'Lässt eine Operation für anonyme Aufrufe offen, weil die Dokumente sie öffentlich nennen.',
  'derive/authz-read-referenced':
    'Lässt eine Rolle die Datensätze lesen, auf die ihre verwaltbaren Datensätze verweisen.',
  'derive/authz-self-profile': 'Lässt jeden angemeldeten Benutzer sein eigenes Profil lesen und ändern.',
  'derive/authz-role-column':
    'Liest einen nach einer Rolle benannten Fremdschlüssel auf die Benutzerentität als die eigenen Datensätze dieser Rolle.',
  'derive/authz-user-reference':
    'Vermerkt einen Fremdschlüssel auf die Benutzerentität, der sagt, wer gehandelt hat: ein echter Pfad zum Benutzer, der allein niemanden einschränkt.',
  'derive/authz-stated-scope':
    'Hält eine Rolle in dem Bereich, den ein Satz nennt („sieht nur …“), entlang der Fremdschlüssel vom Genannten bis zum Benutzer.',
  'derive/creator-from-caller':
    'Nimmt den Fremdschlüssel auf die Benutzerentität, der festhält, wer den Datensatz angelegt hat, aus dem Token des Aufrufers, nie aus dem Body.',
  'derive/parent-from-path':
    'Nimmt den Fremdschlüssel auf den übergeordneten Datensatz eines unter dessen Pfad angelegten Datensatzes aus dem Pfad, nie aus dem Body.',
  'derive/authz-self-record':
    'Beschränkt eine Rolle auf ihren eigenen Datensatz einer Entität, die eins zu eins mit dem Benutzer verknüpft ist.',
  'derive/authz-subject-record':
    'Nimmt den Datensatz, der das Subjekt des Identitätsanbieters hält und eine Rolle nennt, als eigenen Datensatz dieser Rolle (die API ordnet ihm das Token zu).',
  'derive/authz-self-service':
    'Lässt einen Benutzer die Operationen, die ihm eine genannte Story gibt, auf seinen eigenen Daten ausführen.',
  'derive/authz-single-role-all':
    'Erlaubt der einzigen genannten Rolle jede Operation, da es keine andere Rolle gibt.',
  'derive/authz-state-action-by-story-actor':
    'Erlaubt eine Zustandsaktion der Rolle, deren genannte Story sie ausführt.',
  'derive/authz-webhook-machine-only':
    'Öffnet einen Webhook-Endpoint nur für signierte Aufrufe seines genannten Anbieters.',
  'derive/authz-writer-reads': 'Lässt eine Rolle, die eine Ressource schreiben darf, sie auch lesen.',
  'derive/base-path-as-stated': 'Verwendet den API-Basispfad, den die Dokumente nennen.',
  'derive/bcrypt-min-cost-12': 'Setzt bcrypt-Kosten von mindestens 12, weil die Dokumente bcrypt wählen.',
  'derive/browser-client':
    'Wendet die Schutzmaßnahmen eines Browser-Clients an (CORS, Cookies, CSRF), weil ein genanntes Web-Frontend die API aufruft.',
  'derive/cache-aggregate-endpoint':
    'Cacht einen Aggregat-Endpoint (Dashboard oder Bericht), den die Dokumente als häufig gelesen nennen.',
  'derive/cache-current-user':
    'Cacht das Profil des angemeldeten Benutzers, das bei jedem Seitenaufruf gelesen wird.',
  'derive/cache-external-response': 'Cacht wiederholt gelesene Antworten eines genannten externen Dienstes.',
  'derive/cache-stated-external':
    'Cacht die Antworten eines gewählten externen Dienstes, weil eine Aussage das Caching von Integrationsantworten verlangt.',
  'derive/cache-metrics':
    'Fügt Metriken für Cache-Treffer und -Fehlschläge hinzu, weil die Spezifikation einen Cache hat.',
  'derive/cache-reference-entity': 'Cacht Referenzdaten, die das genannte Modell selten ändert.',
  'derive/cache-ttl-aggregate':
    'Schlägt die Lebensdauer gecachter Aggregate vor, wo die Dokumente keine nennen.',
  'derive/cache-ttl-external':
    'Schlägt die Lebensdauer gecachter externer Antworten vor, wo die Dokumente keine nennen.',
  'derive/cache-ttl-profile':
    'Schlägt die Lebensdauer des gecachten Benutzerprofils vor, wo die Dokumente keine nennen.',
  'derive/cache-ttl-stated-entry':
    'Schlägt die Lebensdauer eines Cache-Eintrags vor, den die Dokumente ohne sie nennen.',
  'derive/cache-ttl-reference':
    'Schlägt die Lebensdauer gecachter Referenzdaten vor, wo die Dokumente keine nennen.',
  'derive/client-side-integration-no-retry':
    'Gibt einer Integration, die laut den Dokumenten der Client direkt aufruft, keine serverseitigen Wiederholungen.',
  'derive/coverage-80':
    'Schlägt eine Untergrenze von 80 % Zeilenabdeckung vor, wo die Dokumente kein Ziel nennen.',
  'derive/crud-for-aggregate-root':
    'Fügt Anlegen, Lesen, Ändern und Auflisten einer genannten Hauptentität hinzu, die genannte Bedarfe nutzen.',
  'derive/crud-for-owned-child':
    'Fügt die Operationen einer Entität hinzu, die einem genannten Elternteil gehört, verschachtelt unter dessen Pfad.',
  'derive/db-pool-metric':
    'Fügt Metriken des Datenbank-Pools hinzu, weil die Spezifikation eine relationale Datenbank nutzt.',
  'derive/deactivate-not-delete':
    'Ersetzt das Löschen durch Deaktivieren bei Datensätzen, auf die andere genannte Datensätze weiter verweisen.',
  'derive/default-database-postgresql':
    'Schlägt PostgreSQL vor, wo die Dokumente ein Datenmodell, aber keine Datenbank nennen.',
  'derive/default-error-rate-alert':
    'Schlägt einen Alarm auf die 5xx-Fehlerrate vor, wo die Dokumente keinen Alarm nennen.',
  'derive/default-role-admin':
    'Schlägt eine Administrationsrolle vor, wo die Dokumente Administration, aber keine Rolle nennen.',
  'derive/default-role-user':
    'Schlägt eine Benutzerrolle vor, wo die Dokumente eine Anmeldung, aber keine Rolle nennen.',
  'derive/e2e-per-top-priority-story':
    'Fügt für jede genannte Story höchster Priorität einen End-to-End-Test hinzu.',
  'derive/e2e-per-ux-flow': 'Fügt für jeden genannten UX-Ablauf einen End-to-End-Test hinzu.',
  'derive/env-database-url':
    'Fügt die Variable DATABASE_URL hinzu, weil die Spezifikation eine Datenbank nutzt.',
  'derive/env-log-level': 'Fügt die Variable LOG_LEVEL für die strukturierten Logs hinzu.',
  'derive/env-redis-url': 'Fügt die Variable REDIS_URL hinzu, weil der genannte Stack Redis nutzt.',
  'derive/env-referenced':
    'Fügt jede Umgebungsvariable hinzu, die die Dokumente oder die genannten Integrationen brauchen.',
  'derive/error-400-validation':
    'Fügt den Validierungsfehler 400 hinzu, den jede Operation mit Eingaben liefern kann.',
  'derive/error-401-invalid-credentials': 'Fügt den Fehler 401 einer fehlgeschlagenen Anmeldung hinzu.',
  'derive/error-401-token-expired':
    'Fügt den Fehler 401 eines abgelaufenen Tokens der genannten Token-Authentifizierung hinzu.',
  'derive/error-401-unauthenticated':
    'Fügt den Fehler 401 für Aufrufe geschützter Operationen ohne gültige Anmeldedaten hinzu.',
  'derive/error-403-forbidden':
    'Fügt den Fehler 403 für Aufrufer hinzu, die die Berechtigungsmatrix abweist.',
  'derive/error-404-not-found': 'Fügt den Fehler 404 der Operationen auf einem Datensatz hinzu.',
  'derive/error-409-conflict':
    'Fügt den Fehler 409 für Zustandswechsel hinzu, die der genannte Lebenszyklus nicht erlaubt.',
  'derive/error-409-unique':
    'Fügt den Fehler 409 für einen genannten eindeutigen Wert hinzu, der schon vergeben ist.',
  'derive/error-422-business-rule':
    'Fügt den Fehler 422 für eine genannte Geschäftsregel hinzu, die eine Anfrage verletzt.',
  'derive/error-429-rate-limited': 'Fügt den Fehler 429 der Ratenbegrenzung hinzu.',
  'derive/error-500-internal': 'Fügt den Fehler 500 hinzu, den jede Operation liefern kann.',
  'derive/error-503-unavailable':
    'Fügt den Fehler 503 für eine genannte Abhängigkeit hinzu, die nicht erreichbar ist.',
  'derive/errors-rfc9457-problem-details':
    'Schlägt Problem Details nach RFC 9457 als Fehlerformat vor, wo die Dokumente keines nennen.',
  'derive/extension-citext':
    'Fügt die Erweiterung citext für genannte eindeutige Texte ohne Groß-/Kleinschreibung hinzu, etwa E-Mail-Adressen.',
  'derive/extension-pg-trgm':
    'Fügt die Erweiterung pg_trgm für die Textsuche hinzu, die eine genannte Anforderung verlangt.',
  'derive/foreign-key-by-name':
    'Liest ein genanntes Feld mit dem Namen einer Entität (`patient_id`) als Fremdschlüssel auf sie.',
  'derive/foreign-key-from-relationship':
    'Fügt die Fremdschlüsselspalte hinzu, die eine genannte Beziehung braucht.',
  'derive/foreign-key-type-follows-key':
    'Gibt einem Fremdschlüssel den Typ des genannten Schlüssels, auf den er verweist.',
  'derive/format-from-field-name':
    'Liest ein Format (E-Mail, URL, Telefon) aus dem Namen eines genannten Feldes.',
  'derive/health-liveness': 'Fügt einen Liveness-Endpoint für den Orchestrator hinzu.',
  'derive/health-readiness-real-dependencies':
    'Fügt einen Readiness-Endpoint hinzu, der die genannte Datenbank und die Dienste prüft.',
  'derive/hide-internal-records':
    'Hält interne Datensätze (Tokens, Protokolle, Outbox) aus der öffentlichen API heraus.',
  'derive/id-is-primary-key': 'Macht ein genanntes Feld `id` zum Primärschlüssel.',
  'derive/in-process-cache-when-no-store':
    'Schlägt einen Cache im Prozess vor, wo Caching nötig ist, die Dokumente aber keinen Cache-Speicher nennen.',
  'derive/index-every-foreign-key': 'Indiziert jeden Fremdschlüssel des genannten Modells.',
  'derive/index-lookup-field':
    'Indiziert ein genanntes Feld, über das eine genannte Abfrage Datensätze sucht.',
  'derive/index-tenant-created-at':
    'Indiziert Mandant und Erstellungszeit für die Listen einer genannten mandantenfähigen Entität.',
  'derive/index-tenant-status':
    'Indiziert Mandant und Status für die Statusfilter einer genannten mandantenfähigen Entität.',
  'derive/index-unique-field':
    'Fügt einen eindeutigen Index für ein Feld hinzu, das die Dokumente eindeutig nennen.',
  'derive/integration-retry-catalogue':
    'Übernimmt die Wiederholungsstrategie einer genannten Integration aus dem Anbieterkatalog.',
  'derive/integration-retry-unknown-provider':
    'Schlägt eine allgemeine Wiederholungsstrategie für eine genannte Integration vor, die der Katalog nicht kennt.',
  'derive/integration-tests-real-database':
    'Führt Integrationstests gegen eine echte Instanz der genannten Datenbank aus.',
  'derive/integrations-in-use': 'Listet die Integrationen auf, die laut den Dokumenten im Einsatz sind.',
  'derive/job-expired-token-cleanup':
    'Fügt einen Job hinzu, der abgelaufene Tokens der genannten Token-Authentifizierung löscht.',
  'derive/job-for-document-generation':
    'Fügt einen Job für die Dokumenterzeugung hinzu, die eine genannte Anforderung beschreibt.',
  'derive/job-for-outgoing-message':
    'Fügt für jeden genannten E-Mail- oder Nachrichtenanbieter einen Zustell-Job hinzu.',
  'derive/job-for-reminder':
    'Fügt einen Erinnerungs-Job für die Erinnerungen hinzu, die eine genannte Anforderung beschreibt.',
  'derive/job-for-period-end':
    'Fügt einen Job hinzu, der die Daten anonymisiert oder archiviert, deren genannte Frist abgelaufen ist („nach 24 Monaten anonymisiert“).',
  'derive/job-for-retention': 'Fügt einen Lösch-Job für eine genannte Aufbewahrungsfrist hinzu.',
  'derive/job-for-schedule': 'Fügt einen Job für einen genannten Zeitplan hinzu („jede Nacht“, „stündlich“).',
  'derive/job-for-timed-rule':
    'Fügt einen Job hinzu, der den Übergang ausführt, den eine genannte zeitgesteuerte Systemregel nach Ablauf ihrer Frist beschreibt.',
  'derive/error-status-from-criterion':
    'Gibt einem Fehlercode, den die Dokumente ohne HTTP-Status nennen, einen: 409, wenn sein Satz sagt, dass der Zustand des Datensatzes die Aktion verbietet, 429, wenn eine Anzahl überschritten ist, sonst 422.',
  'derive/job-time-proposed':
    'Schlägt eine Uhrzeit (03:00; montags bei wöchentlichem, am 1. bei monatlichem Zeitraum) für einen Job vor, dessen Zeitraum die Dokumente ohne Uhrzeit nennen („täglich“, „alle 24 Stunden“, „monatlich“).',
  'derive/job-schedule-proposed':
    'Schlägt einen Prüfzeitplan für einen Job vor, dessen Arbeit die Dokumente ohne Zeitplan nennen.',
  'derive/job-for-webhook': 'Fügt einen Job hinzu, der die Webhooks eines genannten Anbieters verarbeitet.',
  'derive/job-metrics':
    'Fügt Metriken zu Dauer und Fehlschlägen der Jobs hinzu, weil die Spezifikation Hintergrundjobs hat.',
  'derive/job-retry':
    'Schlägt eine Wiederholungsstrategie für einen genannten Job vor, wo die Dokumente keine nennen.',
  'derive/job-runner-default':
    'Schlägt einen Job-Runner vor, wo die Dokumente Jobs, aber keinen Runner nennen.',
  'derive/job-runner-partly-stated': 'Ergänzt einen Job-Runner, den die Dokumente nur teilweise nennen.',
  'derive/job-runner-stated': 'Verwendet den Job-Runner, den die Dokumente nennen.',
  'derive/join-table':
    'Behandelt eine genannte Tabelle, die nur zwei Entitäten verbindet, als Verknüpfungstabelle.',
  'derive/join-table-as-sub-resource':
    'Stellt eine Verknüpfungstabelle als Unterressource einer Seite ihrer Beziehung bereit.',
  'derive/join-table-composite-key':
    'Gibt einer Verknüpfungstabelle den zusammengesetzten Schlüssel ihrer zwei Fremdschlüssel.',
  'derive/join-table-for-many-to-many':
    'Fügt eine Verknüpfungstabelle für eine genannte n:m-Beziehung hinzu.',
  'derive/json-structured-logs': 'Schlägt strukturierte JSON-Logs mit Request-ID vor.',
  'derive/jwt-claims-minimal':
    'Beschränkt die JWT-Claims auf Subjekt, Rollen und Mandant, die das genannte Modell braucht.',
  'derive/load-test-from-nfr': 'Fügt für jedes genannte Leistungsziel einen Lasttest hinzu.',
  'derive/lockout-5-attempts-15m':
    'Schlägt eine Sperre von 15 Minuten nach 5 fehlgeschlagenen Anmeldungen vor, wo die Dokumente keine nennen.',
  'derive/log-server-errors': 'Protokolliert jeden Serverfehler mit seiner Request-ID.',
  'derive/anonymous-caller':
    'Behandelt eine Rolle, die die Dokumente als nicht angemeldet beschreiben, als anonymen Aufrufer: nur öffentliche Routen, keine Token-Rolle.',
  'derive/machine-principal':
    'Fügt einen maschinellen Aufrufer für die genannten Webhooks und Dienstaufrufe hinzu.',
  'derive/many-to-many-from-join-table': 'Liest eine n:m-Beziehung aus einer genannten Verknüpfungstabelle.',
  'derive/migrations-versioned-sql':
    'Schlägt versionierte SQL-Migrationen vor, wo die Dokumente kein Migrationswerkzeug nennen.',
  'derive/mongodb-collections':
    'Bildet die genannten Entitäten auf MongoDB-Collections ab, weil die Dokumente MongoDB wählen.',
  'derive/mongodb-object-id':
    'Gibt MongoDB-Dokumenten einen ObjectId-Schlüssel, weil die Dokumente MongoDB wählen.',
  'derive/monitoring-sdk-retry': 'Überlässt Wiederholungen eines genannten Monitoring-Dienstes seinem SDK.',
  'derive/n-plus-one-per-relationship': 'Nennt das N+1-Risiko jeder genannten Beziehung, die Listen lesen.',
  'derive/name-enum-type': 'Benennt den Enum-Typ der Datenbank eines genannten Status- oder Art-Feldes.',
  'derive/nest-owned-child': 'Verschachtelt den Pfad eines genannten Kindes unter dem seines Elternteils.',
  'derive/no-auth-stated': 'Hält fest, dass die Dokumente keine Authentifizierung nennen.',
  'derive/no-change-to-append-only':
    'Lässt Ändern und Löschen eines genannten nur anfügbaren Datensatzes weg.',
  'derive/no-change-to-money-records':
    'Lässt Ändern und Löschen von Geldbuchungen (Zahlungen, Rechnungen) weg: sie werden storniert, nicht geändert.',
  'derive/no-database':
    'Hält fest, dass die Dokumente keine Datenbank nennen: das System speichert keine eigenen Daten.',
  'derive/no-delete-without-requirement':
    'Lässt eine Löschoperation weg, die keine genannte Anforderung oder Story verlangt.',
  'derive/no-write-without-caller':
    'Lässt ein entworfenes Anlegen oder Ändern weg, das jeder Rolle verweigert ist, wenn jede Anforderung, die es nannte, von einer anderen Operation derselben Art bedient wird, die eine Rolle aufruft (`POST /berths` neben `POST /reservations` des Besuchers für FR-2).',
  'derive/no-delete-without-caller':
    'Lässt eine entworfene Löschoperation weg, die jeder Rolle verweigert ist: keine Story, keine Berechtigung und kein genannter Zugriff nennt einen Aufrufer.',
  'derive/no-list-without-requirement':
    'Lässt eine Listenoperation weg, die keine genannte Anforderung oder Story verlangt.',
  'derive/no-write-without-requirement':
    'Lässt eine Schreiboperation weg, die keine genannte Anforderung oder Story verlangt.',
  'derive/no-writes-on-read-only-data':
    'Lässt Schreibzugriffe auf Daten weg, die laut den Dokumenten nur lesbar oder importiert sind.',
  'derive/no-writes-on-system-data':
    'Lässt Schreibzugriffe von Clients auf Datensätze weg, die nur das System anlegt.',
  'derive/not-null-key': 'Macht eine Schlüsselspalte NOT NULL.',
  'derive/notification-channel-per-provider':
    'Fügt für jeden genannten Nachrichtenanbieter einen Benachrichtigungskanal hinzu.',
  'derive/notification-service':
    'Fügt einen Benachrichtigungsdienst hinzu, weil die Dokumente Benachrichtigungen nennen.',
  'derive/pattern-check':
    "Schreibt ein Formatmuster, das eine Code-Notation für ein Feld nennt (Mongoose match, zod .regex, Rails format, Pydantic pattern), als PostgreSQL-CHECK (col ~ '…'), damit die Datenbank prüft, was die API prüft.",
  'derive/nullable-when-unstated':
    'Macht ein genanntes Feld optional, wo die Dokumente es nicht als Pflicht nennen.',
  'derive/on-delete-cascade-join-table': 'Löscht Zeilen der Verknüpfungstabelle mit jeder ihrer Seiten.',
  'derive/on-delete-cascade-owned-child': 'Löscht ein Kind mit seinem genannten Elternteil.',
  'derive/on-delete-restrict-shared':
    'Verweigert das Löschen eines Datensatzes, auf den ein Pflicht-Fremdschlüssel des genannten Modells noch verweist.',
  'derive/on-delete-set-null-optional':
    'Leert einen optionalen Fremdschlüssel, wenn der Datensatz gelöscht wird, auf den er verweist.',
  'derive/create-from-verb-noun':
    'Liest ein Verb, das kein Lexikon kennt und dessen Stamm eine Entität des Modells benennt („bewerten“ → Bewertung), als Anlegen dieser Entität.',
  'derive/operation-from-story': 'Fügt die Operation hinzu, die eine genannte User Story braucht.',
  'derive/owasp-a01-from-matrix':
    'Nennt die Zugriffskontrollpraxis von OWASP A01 anhand der Berechtigungsmatrix.',
  'derive/owasp-a02':
    'Nennt die kryptografische Praxis von OWASP A02 für die genannten Geheimnisse und personenbezogenen Daten.',
  'derive/owasp-a04-validation': 'Nennt die Eingabevalidierung von OWASP A04 anhand der Validierungsregeln.',
  'derive/owasp-a08-webhooks':
    'Verlangt Signaturprüfungen für die Webhooks der genannten Anbieter (OWASP A08).',
  'derive/owasp-a10-allowlist': 'Beschränkt ausgehende Aufrufe auf die genannten Integrationen (OWASP A10).',
  'derive/pagination-20-100':
    'Schlägt Seiten mit 20 Einträgen, höchstens 100, vor, wo die Dokumente keine Seitengröße nennen.',
  'derive/password-hash-argon2id':
    'Schlägt Argon2id für Passwörter vor, wo die Dokumente Passwörter, aber kein Hashverfahren nennen.',
  'derive/password-max-length-128': 'Begrenzt Passwörter auf 128 Zeichen, um die Hash-Kosten zu begrenzen.',
  'derive/password-min-length-8':
    'Schlägt eine Mindestlänge von 8 Zeichen für Passwörter vor, wo die Dokumente keine nennen.',
  'derive/payment-service':
    'Fügt einen Zahlungsdienst hinzu, weil die Dokumente einen Zahlungsanbieter nennen.',
  'derive/pool-from-concurrency': 'Bemisst den Datenbank-Pool nach dem genannten Nebenläufigkeitsziel.',
  'derive/rate-limit-per-class':
    'Schlägt Ratenbegrenzungen je Operationsklasse vor, wo die Dokumente keine nennen.',
  'derive/read-only-log': 'Stellt ein genanntes Protokoll oder einen Verlauf nur lesend bereit.',
  'derive/read-only-reference-data':
    'Stellt genannte Referenzdaten nur lesend bereit, außer für Administratoren.',
  'derive/red-metrics': 'Fügt Metriken zu Rate, Fehlern und Dauer für jeden Endpoint hinzu.',
  'derive/refresh-rotation-reuse-detection':
    'Rotiert Refresh-Tokens und widerruft bei Wiederverwendung die ganze Familie, weil die Dokumente Refresh-Tokens nennen.',
  'derive/refresh-token-capped-by-session':
    'Begrenzt die Lebensdauer des Refresh-Tokens auf die genannte Sitzungsdauer.',
  'derive/refresh-token-default-7d':
    'Schlägt 7 Tage Lebensdauer für das Refresh-Token vor, wo die Dokumente keine nennen.',
  'derive/relationship-from-foreign-key': 'Liest eine Beziehung aus einem genannten Fremdschlüssel.',
  'derive/resource-from-story-noun':
    'Fügt eine Ressource für eine Entität hinzu, auf die genannte Stories wirken.',
  'derive/resource-per-aggregate-root': 'Fügt für jede genannte Hauptentität eine Ressource hinzu.',
  'derive/sanitise-decimal-as-string':
    'Liefert Geldbeträge und Dezimalzahlen als Zeichenketten, damit keine Genauigkeit verloren geht.',
  'derive/sanitise-explicit-null': 'Liefert fehlende optionale Werte als explizites null.',
  'derive/sanitise-no-html': 'Liefert Text als Daten, nie als HTML.',
  'derive/sanitise-personal-data':
    'Hält genannte personenbezogene Daten aus Logs und aus Antworten an andere Benutzer heraus.',
  'derive/sanitise-rfc3339-utc': 'Liefert Zeitstempel nach RFC 3339 in UTC.',
  'derive/sanitise-secrets-never-returned':
    'Liefert genannte Geheimnisse wie Passwort-Hashes oder Tokens nie aus.',
  'derive/search-from-requirement':
    'Fügt einen Suchparameter oder eine Suchoperation hinzu, die eine genannte Anforderung verlangt.',
  'derive/security-tests-per-owasp-item':
    'Fügt für jede OWASP-Praxis aus Abschnitt 13 einen Sicherheitstest hinzu.',
  'derive/sensitive-field':
    'Kennzeichnet ein genanntes Feld nach seinem Namen als sensibel (Passwort, Token, Geheimnis).',
  'derive/sensitive-personal':
    'Kennzeichnet ein genanntes Feld nach seinem Namen als personenbezogen (E-Mail, Telefon, Geburtsdatum).',
  'derive/sensitive-secret':
    'Kennzeichnet ein genanntes Feld nach seinem Namen als geheim (Passwort-Hash, Token, API-Schlüssel).',
  'derive/owner-from-caller':
    'Hält den Verweis auf den eigenen Datensatz des Aufrufers aus dem Anlagekörper heraus, wenn nur diese Rolle den Datensatz anlegt: der Server nimmt ihn aus dem Token.',
  'derive/state-time-server-set':
    'Hält einen Zeitpunkt, der nach einem Status benannt ist, den der Datensatz nach der Anlage erreicht, aus Anfragekörpern heraus: der Server erfasst ihn oder setzt ihn als Frist.',
  'derive/queue-position-server-set':
    'Hält eine Zahl, die nach einem Status und einem Platz in dessen Warteschlange benannt ist (`waitlistPos` neben `waitlisted`), aus Anfragekörpern heraus: der Server nummeriert die Warteschlange, wenn Datensätze hinzukommen oder sie verlassen.',
  'derive/state-flag-from-action':
    'Lässt aus den Anlege- und Änderungsbodies einen Boolean heraus, der nach einem Zustand benannt ist, dessen Verb eine genannte Aktion des Datensatzes oder seines übergeordneten Datensatzes ausführt: diese Aktion setzt ihn.',
  'derive/action-time-from-action':
    'Lässt aus den Anlege- und Änderungsbodies einen Zeitpunkt heraus, der nach dem Verb einer genannten Aktion des Datensatzes benannt ist (`picked_up_at` neben `POST …/{id}/pickup`): diese Aktion hält ihn fest.',
  'derive/action-reading-from-action':
    'Lässt aus den Anlege- und Änderungsbodies eine Zahl heraus, die nach dem Verb einer genannten Aktion des Datensatzes benannt ist (`return_battery_level` neben `POST …/{id}/return`): diese Aktion hält den Messwert fest.',
  'derive/status-from-actions':
    "Lässt aus den Anlege- und Änderungsbodies eine Statusspalte mit genanntem Standardwert heraus, wenn genannte Aktionen den Datensatz bewegen (`status DEFAULT 'open'` neben `POST …/{id}/close`): der Datensatz entsteht im Standardwert, nur die Aktionen ändern ihn.",
  'derive/role-column-from-caller':
    'Lässt aus den Anlege- und Änderungsbodies den Verweis auf einen Benutzer heraus, der nach der einzigen Rolle benannt ist, die den Datensatz anlegt (`mechanic_id`, wenn nur ein Mechaniker Schäden meldet): der Server nimmt den Aufrufer aus dem Token.',
  'derive/total-from-rate':
    'Lässt aus den Anlege- und Änderungsbodies die eine Summe eines Datensatzes heraus, wenn ein anderer Datensatz des Modells einen Satz hält (`total_cents` neben `prices.daily_rate_cents`): der Server berechnet sie aus dem Satz.',
  'derive/role-column-from-action':
    'Lässt aus dem Anlegebody einen optionalen Verweis auf den Benutzer heraus, benannt nach einer Rolle, die eine angegebene Aktion am Datensatz ausführt und keinen anlegt (`courier_id` neben `POST /orders/{id}/pickup` für einen Kurier): er wird nach dem Anlegen durch eine Aktion gesetzt (die der Rolle oder eine Zuweisung), nie vom Anlegenden.',
  'derive/distance-from-places':
    'Lässt aus Anfragekörpern eine nach einer Entfernung benannte Zahl heraus, wenn der Datensatz auf zwei Datensätze mit Koordinaten verweist (`distance_km` neben Adresse und Filiale): der Server misst sie.',
  'derive/code-of-owned-record':
    'Lässt aus Anfragekörpern einen eindeutigen Code oder eine Nummer eines Datensatzes heraus, der seinem Aufrufer gehört (`orders.code`): ein Aufrufer kennt die Codes anderer nicht, also vergibt ihn der Server.',
  'derive/status-from-webhook':
    'Lässt aus Anfragekörpern den Status eines Datensatzes heraus, unter dessen Sammlung eine angegebene Webhook-Route liegt (`POST /fizetesek/simplepay/ipn` neben `fizetesek.statusz`): die Benachrichtigung des Anbieters setzt ihn.',
  'derive/subject-from-token':
    'Hält die Kennung einer Person beim Identitätsanbieter (`kakao_sub`, `bankid_subject`, `keycloak_id`) aus Anfragekörpern heraus: der Server nimmt sie aus dem `sub` des geprüften Tokens.',
  'derive/sign-in-state':
    'Hält den Anmeldezustand eines Kontos (`failed_logins`, `locked_until`, `email_verified`, die letzte Anmeldung) aus Anfragekörpern heraus: Anmeldung und Bestätigung schreiben ihn.',
  'derive/last-event-time':
    'Hält den Zeitpunkt des letzten Ereignisses einer Art (`last_order_at`) aus Anfragekörpern heraus: der Server hält ihn fest, wenn die Ereignisse eintreten.',
  'derive/stored-file-size':
    'Hält eine Größe in Bytes (`pdf_size_bytes`) aus Anfragekörpern heraus: der Server misst die gespeicherte Datei.',
  'derive/actor-from-caller':
    'Hält aus Anfragekörpern heraus, wer etwas getan hat (`recorded_by`, `adjusted_by`, `registrado_por`): der Server nimmt den Aufrufer aus dem Token.',
  'derive/tenant-from-token':
    'Hält die `tenant_id` eines Datensatzes aus Anfragekörpern heraus: der Server nimmt den Mandanten des Aufrufers aus dem Token.',
  'derive/anonymised-time':
    'Hält den Zeitpunkt der Anonymisierung eines Datensatzes (`anonymised_at`) aus Anfragekörpern heraus: die Löschung setzt ihn.',
  'derive/record-time':
    'Hält den Zeitpunkt, zu dem ein Datensatz erfasst wurde (`recorded_at`, `registrado_en`), aus Anfragekörpern heraus: der Server nimmt den Moment, in dem er ihn speichert.',
  'derive/hold-expiry':
    'Hält das Ende einer Reservierungssperre (`held_until`, `hold_expires_at`) aus Anfragekörpern heraus: der Server gibt ihr ihre Frist.',
  'derive/action-note-from-action':
    'Lässt aus den Anlege- und Änderungsbodies einen Text heraus, dessen Name mit dem Verb einer Aktion beginnt, deren Zeitpunkt der Datensatz hält (`void_reason` neben `voided_at` und `POST …/{id}/void`): die Aktion hält ihn fest, und eine aus einer Story oder einer Routentabelle entworfene Zustandsaktion nimmt ihn in ihrem Body entgegen.',
  'derive/server-rendered-surface':
    'Lässt eine Operation, die nur die Rollen einer Oberfläche aufrufen dürfen, die laut den Dokumenten keine JSON-API hat (ein serverseitig gerendertes Backoffice), von deren Bildschirmen bedienen: sie bleibt eine Service-Methode, außerhalb des OpenAPI-Dokuments.',
  'derive/provider-reference-server-set':
    'Hält die Referenz eines Anbieters (ein Feld, benannt nach einer genutzten Integration und einem Kennungswort, `stripe_payment_intent_id`) aus Anfragekörpern heraus: der Anbieter liefert sie, wenn der Server ihn aufruft.',
  'derive/start-payment-from-provider':
    'Fügt die Operation hinzu, mit der der Zahlende eine Zahlung beim genannten Zahlungsanbieter startet (`POST /invoices/{id}/payment`, Antwort: die Checkout-URL), für eine Story, die einen Datensatz bezahlt: der Webhook des Anbieters hält das Ergebnis fest und ist nie die Operation des Zahlenden.',
  'derive/total-of-line-items':
    'Hält die Summe eines Datensatzes, dessen Positionen Menge und Einzelpreis angeben, aus Anfragekörpern heraus: der Server berechnet sie.',
  'derive/server-owned-fields':
    'Hält Felder, die der Server setzt (IDs, Zeitstempel, Besitzer), aus Anfragekörpern heraus.',
  'derive/service-method-per-endpoint': 'Fügt für jeden Endpoint eine Dienstmethode hinzu.',
  'derive/service-per-aggregate':
    'Fügt einen Dienst für jede Gruppe genannter Entitäten hinzu, die ein Aggregat besitzt.',
  'derive/soft-delete-stated':
    'Fügt eine Spalte deleted_at hinzu, weil die Dokumente weiches Löschen nennen.',
  'derive/status-change-from-story':
    'Ändert den Status eines Datensatzes über eine eigene Aktion, wenn eine Story den Status ändert.',
  'derive/system-default':
    'Gibt einer Schlüssel- oder Zeitspalte ihren Datenbank-Standardwert (gen_random_uuid(), now()).',
  'derive/tenant-column':
    'Fügt den Entitäten eines genannten mandantenfähigen Modells die Mandantenspalte hinzu.',
  'derive/tenant-scope':
    'Beschränkt in einem genannten mandantenfähigen Modell jede Abfrage auf den Mandanten des Aufrufers.',
  'derive/token-cookie-httponly-secure-samesite':
    'Legt Tokens in HttpOnly-, Secure- und SameSite-Cookies ab, weil sich ein genannter Browser-Client anmeldet.',
  'derive/transaction-cascading-soft-delete':
    'Löscht einen Datensatz und seine Kinder weich in einer einzigen Transaktion.',
  'derive/constraint-error-on-entity-writes':
    'Löst den Fehler einer angegebenen Datenbankbedingung (ein eindeutiger Wert, keine Überschneidung) bei jedem Anlegen und Aktualisieren der eingeschränkten Entität aus, wenn keine Anforderung die Regel an eine Operation bindet.',
  'derive/domain-error-from-rule':
    'Benennt den Domänenfehler einer angegebenen Regel nach der eingeschränkten Entität und der Art der Regel (`APPOINTMENT_OUTSIDE_WINDOW`), wenn der Satz der Regel keinen Code nennt.',
  'derive/rule-enforced-by-job':
    'Benennt den Hintergrundjob, der eine Regel durchsetzt, die der Entwurf mit einem Job durchsetzt: den aus der Zeile der Regel entworfenen Job, sonst den einzigen angegebenen Job, dessen Zeile die Regel oder ihre Anforderung nennt, sonst den einzigen angegebenen Job, der die Handlung der Regel ausführt (löschen, anonymisieren, archivieren, erinnern), sonst den einzigen angegebenen Job, der am von der Regel genannten Tag des Jahres läuft. Eine Regel, die keine Entität nennt, betrifft die eine Entität, die der Name des angegebenen Jobs nennt (`IssueInvoices`: Invoice).',
  'derive/transaction-no-overlap-constraint':
    'Führt einen Schreibvorgang, den eine angegebene Regel gegen Überschneidung oder Doppelbuchung einschränkt, in einer Transaktion aus, die die Eindeutigkeits- oder Ausschlussbedingung der Regel abbricht, wenn ein anderer Schreiber den Zeitraum belegt hat.',
  'derive/transaction-with-audit-entry':
    'Schreibt die Änderung, die eine Audit-Regel erfasst, und ihren Audit-Eintrag in einer Transaktion, sodass keines ohne das andere festgeschrieben wird.',
  'derive/transaction-record-updates-referenced-state':
    'Legt einen Datensatz an und ändert den Zustand des referenzierten Datensatzes in einer einzigen Transaktion.',
  'derive/transaction-register-tenant-and-user':
    'Legt einen Mandanten und seinen ersten Benutzer in einer einzigen Transaktion an.',
  'derive/transaction-state-change-with-history':
    'Ändert einen Zustand und schreibt seinen genannten Verlaufseintrag in einer einzigen Transaktion.',
  'derive/unit-tests-per-service': 'Fügt Unit-Tests für jeden Dienst und seine Geschäftsregeln hinzu.',
  'derive/validate-by-type': 'Validiert jedes genannte Feld nach seinem Typ.',
  'derive/validate-format-by-name':
    'Validiert das Format eines genannten Feldes nach seinem Namen (E-Mail, URL, Telefon).',
  'derive/validate-required': 'Verlangt die genannten Pflichtfelder in Anlegeanfragen.',
  'derive/versioned-base-path':
    'Schlägt einen versionierten Basispfad (/api/v1) vor, wo die Dokumente keinen nennen.',
  'extract/join-table-many-to-many':
    'Liest eine genannte Tabelle mit zwei Fremdschlüsseln und sonst nichts als n:m-Beziehung.',
  'derive/api-key-client':
    'Fügt für einen in den Dokumenten genannten Maschinen-Client ein API-Key-Sicherheitsschema hinzu, auf den Operationen, die er aufruft.',
  'derive/api-key-header-default':
    'Schlägt den Header X-API-Key vor, wo die Dokumente einen API-Schlüssel, aber keinen Headernamen nennen.',
  'derive/guessable-stated-ids':
    'Meldet die angegebenen fortlaufenden Ganzzahlschlüssel, die als IDs in Pfaden dienen, als erratbar (OWASP API1), mit der Gegenmaßnahme des Entwurfs.',
  'derive/secret-in-stated-path':
    'Meldet ein Geheimnis, das die Dokumente in einen Pfad legen (OWASP API2), und wie der Entwurf es schützt.',
  'derive/authz-stated-matrix':
    'Verweigert einer Rolle eine Operation auf einer Ressource, die ihr die angegebene Berechtigungsmatrix Rolle × Ressource nicht gewährt.',
  'derive/authz-stated-route-access':
    'Verweigert einer Rolle eine angegebene Route, deren Routentabelle in ihrer Zugriffsspalte andere Aufrufer nennt.',
};

export const ruleOrigins = {
  heading: 'Anhang C. Herkunft der Regeln',
  intro:
    'Elemente, die die Dokumente nicht Zeile für Zeile nennen, verweisen mit [R1], [R2], … auf die benannte Regel, die sie abgeleitet hat; jede Regel steht hier einmal, mit den Fakten, die sie liest, und der Zahl der Elemente dieser Spezifikation, die sie erzeugt hat.',
  columns: { label: 'Marke', rule: 'Regel', derives: 'Was sie ableitet, und woraus', items: 'Elemente' },
  uncatalogued: 'Eine benannte Regel von backend-spec, die noch keine Beschreibung hat.',
  sentences,
};
