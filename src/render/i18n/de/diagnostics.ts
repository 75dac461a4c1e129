import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** German wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'Fehler', warning: 'Warnung', info: 'Info', hint: 'Hinweis' },
  texts: {
    'pattern {*} of {*}.{*} ({*}) is left out of the JSON Schemas and OpenAPI: {*}':
      'Muster {0} von {1}.{2} ({3}) bleibt aus den JSON Schemas und OpenAPI heraus: {4}',
    'state it as an ECMA-262 pattern without flags, or validate it in code':
      'geben Sie es als ECMA-262-Muster ohne Flags an, oder prüfen Sie es im Code',
    'pattern {*} of {*}.{*} ({*}) gets no PostgreSQL CHECK: {*}':
      'Muster {0} von {1}.{2} ({3}) erhält keinen PostgreSQL-CHECK: {4}',
    'the API validates it; state a CHECK in SQL if the database must too':
      'die API prüft es; nennen Sie einen CHECK in SQL, wenn auch die Datenbank es prüfen soll',
    '{*}.{*} must match `{*}` in {*} ({*}) but `{*}` in {*} ({*}); {*} wins':
      '{0}.{1} muss in {3} ({4}) auf `{2}` passen, aber in {6} ({7}) auf `{5}`; {8} gewinnt',
    'the route list at {*} covers {*}; not added: {*}':
      'die Routenliste in {0} deckt {1} ab; nicht hinzugefügt: {2}',
    'the documents say the {*} has no JSON API but name no role it is for: its operations stay in the JSON API':
      'laut den Dokumenten hat {0} keine JSON-API, aber keine Rolle wird genannt, für die es ist: seine Operationen bleiben in der JSON-API',
    'the {*} has no JSON API ({*}): {*} operation(s) served by its screens, left out of the OpenAPI document: {*}':
      '{0} hat keine JSON-API ({1}): {2} Operation(en) von seinen Bildschirmen bedient, aus dem OpenAPI-Dokument herausgelassen: {3}',
    '{*} is also stated as {*} ({*}); using {*}': '{0} ist auch als {1} angegeben ({2}); verwendet wird {3}',
    '{*} stated route(s) name no entity of the data model and are kept as stated, without schemas: {*}':
      '{0} angegebene Route(n) nennen keine Entität des Datenmodells und bleiben wie angegeben, ohne Schemas: {1}',
    '{*} ("{*}") has no operation: {*}': '{0} ("{1}") hat keine Operation: {2}',
    '{*} is {*} in section 0 ({*}) but {*}': '{0} ist in Abschnitt 0 als {1} markiert ({2}), aber {3}',
    'the key decision "{*}" is {*}': 'die Schlüsselentscheidung "{0}" ist {1}',
    'role {*} reaches no operation beyond sign-in':
      'die Rolle {0} erreicht keine Operation über die Anmeldung hinaus',
    "{*}: {*} is denied to {*}, the story's actor": '{0}: {1} ist {2} verweigert, dem Akteur der Story',
    '{*} reaches {*} across tenants': '{0} erreicht {1} mandantenübergreifend',
    'no config file found: the project was not initialised, defaults are used':
      'keine Konfigurationsdatei gefunden: das Projekt wurde nicht initialisiert, es gelten die Standardwerte',
    'run `backend-spec init` or create one of: {*}':
      'führen Sie `backend-spec init` aus oder legen Sie eine davon an: {0}',
    'documentation language "{*}" (set in {*}) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'die Dokumentationssprache "{0}" (gesetzt in {1}) hat noch keinen Nachrichtenkatalog: backend-spec.md wird auf Englisch geschrieben (verfügbar: {2})',
    'documentation language "{*}" (set by --lang) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'die Dokumentationssprache "{0}" (gesetzt mit --lang) hat noch keinen Nachrichtenkatalog: backend-spec.md wird auf Englisch geschrieben (verfügbar: {1})',
    'documentation language "{*}" has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'die Dokumentationssprache "{0}" hat noch keinen Nachrichtenkatalog: backend-spec.md wird auf Englisch geschrieben (verfügbar: {1})',
    'add src/render/i18n/{*}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this':
      'legen Sie src/render/i18n/{0}/ an (eine übersetzte Kopie von en/; siehe CONTRIBUTING.md), oder übergeben Sie --lang en, um diese Warnung abzustellen',
    'default {*} of {*} is made by the application (the ORM client), not by the database: the column has no database default':
      'der Standardwert {0} von {1} wird von der Anwendung (dem ORM-Client) erzeugt, nicht von der Datenbank: die Spalte hat keinen Datenbank-Standardwert',
    'default {*} of {*} is not a literal or a known function for a {*} column: left out of the schema':
      'der Standardwert {0} von {1} ist weder ein Literal noch eine bekannte Funktion für eine {2}-Spalte: er bleibt außerhalb des Schemas',
    'default {*} of {*} is not one of {*}: left out of the schema':
      'der Standardwert {0} von {1} gehört nicht zu {2}: er bleibt außerhalb des Schemas',
    "state it as a literal (`0`, `'draft'`, `true`) or `now()`":
      "geben Sie ihn als Literal (`0`, `'draft'`, `true`) oder `now()` an",
    '{*} is defined twice: the second definition is ignored':
      '{0} ist doppelt definiert: die zweite Definition wird ignoriert',
    "{*} is {*} but references {*} ({*}): the column takes the key's type":
      '{0} ist {1}, verweist aber auf {2} ({3}): die Spalte übernimmt den Typ des Schlüssels',
    "{*} is {*} but references {*} (): the column takes the key's type":
      '{0} ist {1}, verweist aber auf {2} (): die Spalte übernimmt den Typ des Schlüssels',
    'index on {*} ({*}) names {*}, not a column of {*}: left out':
      'der Index auf {0} ({1}) nennt {2}, keine Spalte von {3}: ausgelassen',
    '{*} is {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0} ist {1} in {2} ({3}), aber {4} in {5} ({6}); {7} gilt',
    'enum {*} has values ({*}) here but ({*}) at {*}; the first definition is kept':
      'das Enum {0} hat hier die Werte ({1}), aber ({2}) in {3}; die erste Definition bleibt',
    '{*} is defined twice in {*} (also at {*}); the definitions were merged':
      '{0} ist in {1} doppelt definiert (auch in {2}); die Definitionen wurden zusammengeführt',
    '{*}: {*} is described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} ist in {2} ({3}) beschrieben, aber nicht in {4} ({5})',
    '{*}: {*} are described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} sind in {2} ({3}) beschrieben, aber nicht in {4} ({5})',
    'add {*} to the {*} definition, or remove it from the {*}':
      'fügen Sie {0} der {1}-Definition hinzu, oder entfernen Sie es aus {2}',
    'add {*} to the {*} definition, or remove them from the {*}':
      'fügen Sie {0} der {1}-Definition hinzu, oder entfernen Sie sie aus {2}',
    '{*} of {*} is not read: {*}': '{0} von {1} wird nicht gelesen: {2}',
    'function {*} is not allowed in a {*}': 'die Funktion {0} ist in einem {1} nicht erlaubt',
    '{*} is not allowed': '{0} ist nicht erlaubt',
    'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql':
      'schreiben Sie die Bedingung mit Spalten, Literalen, Operatoren, IN/LIKE/BETWEEN, IS NULL, CASE, Casts und einfachen Funktionen wie lower(), length() oder now(); Unterabfragen, andere Funktionen und Anweisungen werden nicht in schema.sql übernommen',
    'SQL does not parse: {*}; this statement was skipped':
      'das SQL lässt sich nicht parsen: {0}; diese Anweisung wurde übersprungen',
    'Prisma schema does not parse: {*}; this block was skipped':
      'das Prisma-Schema lässt sich nicht parsen: {0}; dieser Block wurde übersprungen',
    'DBML does not parse: {*}; that element was skipped':
      'das DBML lässt sich nicht parsen: {0}; dieses Element wurde übersprungen',
    'DBML does not parse: a line is longer than {*} characters; the block was skipped':
      'das DBML lässt sich nicht parsen: eine Zeile ist länger als {0} Zeichen; der Block wurde übersprungen',
    'DBML does not parse: brackets nest deeper than {*}; the block was skipped':
      'das DBML lässt sich nicht parsen: Klammern sind tiefer als {0} verschachtelt; der Block wurde übersprungen',
    'erDiagram attribute not understood: "{*}"; skipped':
      'erDiagram-Attribut nicht verstanden: "{0}"; übersprungen',
    'the statement is read as PostgreSQL': 'die Anweisung wird als PostgreSQL gelesen',
    'read as {*}, rewritten to PostgreSQL': 'als {0} gelesen, nach PostgreSQL umgeschrieben',
    '{*} references {*}, which no data model defines; the foreign key is dropped':
      '{0} verweist auf {1}, das kein Datenmodell definiert; der Fremdschlüssel entfällt',
    'relationship {*} – {*}: {*} is not defined by any data model':
      'Beziehung {0} – {1}: {2} ist in keinem Datenmodell definiert',
    'relationship {*} – {*}: {*} are not defined by any data model':
      'Beziehung {0} – {1}: {2} sind in keinem Datenmodell definiert',
    '{*} has type {*}, which is neither a known type nor a defined enum; kept as text':
      '{0} hat den Typ {1}, der weder ein bekannter Typ noch ein definiertes Enum ist; als Text behalten',
    'the only {*} document lies in the archive folder {*}; it is read, but may be out of date':
      'das einzige {0}-Dokument liegt im Archivordner {1}; es wird gelesen, kann aber veraltet sein',
    'move the current version out of the archive, or confirm the archived one still holds':
      'holen Sie die aktuelle Fassung aus dem Archiv, oder bestätigen Sie, dass die archivierte noch gilt',
    'classified as {*} ({*})': 'eingeordnet als {0} ({1})',
    'the config names {*} for the planning documents, but the {*} is not there; found by scanning in {*}':
      'die Konfiguration nennt {0} für die Planungsdokumente, aber {1} ist dort nicht; beim Durchsuchen von {2} gefunden',
    'the config names {*} for the planning documents, but the {*} are not there; found by scanning in {*}':
      'die Konfiguration nennt {0} für die Planungsdokumente, aber {1} sind dort nicht; beim Durchsuchen von {2} gefunden',
    'point the config at the folder that holds the documents':
      'richten Sie die Konfiguration auf den Ordner mit den Dokumenten',
    'documentation_dir "{*}" does not exist; the documents were found in {*}, and the spec is written to {*}':
      'documentation_dir "{0}" existiert nicht; die Dokumente wurden in {1} gefunden, und die Spezifikation wird nach {2} geschrieben',
    'set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)':
      'setzen Sie documentation_dir in .bmad/config.yaml (oder übergeben Sie --docs DIR, oder --out DIR nur für die Ausgabe)',
    'duplicate of {*}: {*}; it is not read': 'Duplikat von {0}: {1}; wird nicht gelesen',
    'monolithic copy of the shards in {*} ({*} of its lines)':
      'monolithische Kopie der Teile in {0} ({1} ihrer Zeilen)',
    'identical copy of {*}': 'identische Kopie von {0}',
    'near-identical copy ({*} of lines shared) of {*}':
      'nahezu identische Kopie ({0} der Zeilen gemeinsam) von {1}',
    'the config says {*}': 'die Konfiguration sagt {0}',
    'the other copy lies in {*}': 'die andere Kopie liegt in {0}',
    'the one read is newer ({*})': 'die gelesene ist neuer ({0})',
    'neither is newer; the one with the shorter path is read':
      'keine ist neuer; die mit dem kürzeren Pfad wird gelesen',
    'neither is newer; the shards are read': 'keine ist neuer; die Teile werden gelesen',
    'front matter is not valid YAML: {*}': 'das Front Matter ist kein gültiges YAML: {0}',
    'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile':
      'korrigieren Sie das YAML zwischen den einleitenden `---`-Zeilen; bis dahin wird das Dokument als reiner Text gelesen',
    'no architecture document found; searched: {*}': 'kein Architekturdokument gefunden; durchsucht: {0}',
    'no PRD found; searched: {*}': 'kein PRD gefunden; durchsucht: {0}',
    'run `backend-spec init` to create the planning documents, or pass --docs DIR':
      'führen Sie `backend-spec init` aus, um die Planungsdokumente anzulegen, oder übergeben Sie --docs DIR',
    'no tech-stack document (expected {*}); stack choices are read from the other documents':
      'kein Tech-Stack-Dokument (erwartet: {0}); die Stack-Entscheidungen werden aus den anderen Dokumenten gelesen',
    'no UX flows document (expected {*}); flows are not traced to endpoints':
      'kein Dokument mit UX-Abläufen (erwartet: {0}); die Abläufe werden nicht auf Endpunkte zurückgeführt',
    'this copy states a newer date than {*} ({*} against {*}), but the config makes {*} the copy read; its changes are not in the spec':
      'diese Kopie nennt ein neueres Datum als {0} ({1} gegenüber {2}), aber die Konfiguration macht {3} zur gelesenen Kopie; ihre Änderungen sind nicht in der Spezifikation',
    're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config':
      'teilen Sie die neuere Kopie neu auf (oder übertragen Sie ihre Änderungen in die andere), oder ändern Sie das sharded-Flag in der Konfiguration',
    'superseded by {*} ({*}); read as history only': 'ersetzt durch {0} ({1}); nur als Historie gelesen',
    'superseded by {*} where they differ ({*})': 'ersetzt durch {0}, wo sie abweichen ({1})',
    'a later spec-kit feature ({*} after {*})': 'ein späteres spec-kit-Feature ({0} nach {1})',
    'a summary at the specs root that revises {*}':
      'eine Zusammenfassung im specs-Stammordner, die {0} überarbeitet',
    'no cache store is chosen: cache entries are in-process only':
      'kein Cache-Speicher gewählt: Cache-Einträge liegen nur im Prozess',
    'no queue or scheduler is chosen: jobs run on {*}':
      'keine Queue und kein Scheduler gewählt: Jobs laufen auf {0}',
    '{*}: "{*}" — no purge job': '{0}: "{1}" — kein Lösch-Job',
    '{*}: "{*}" is a minimum retention — no purge job (no deletion is stated)':
      '{0}: „{1}“ ist eine Mindestaufbewahrung — kein Löschjob (keine Löschung angegeben)',
    '{*} is stated, but not whether it issues JWTs or sessions: JWT bearer tokens are proposed (rule derive/auth-default-jwt)':
      '{0} ist angegeben, aber nicht, ob es JWTs oder Sitzungen ausstellt: JWT-Bearer-Tokens werden vorgeschlagen (Regel derive/auth-default-jwt)',
    'state the mechanism beside the library (e.g. "session cookies")':
      'geben Sie den Mechanismus neben der Bibliothek an (z. B. „Sitzungs-Cookies“)',
    'retention "{*}" ({*}) matches no entity': 'die Aufbewahrung "{0}" ({1}) passt zu keiner Entität',
    '"{*}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known':
      '"{0}" ist nicht im Anbieterkatalog: Endpunkte, Authentifizierung, Limits und Webhooks sind nicht bekannt',
    'state "{*}" is not a value of {*} ({*})': 'der Zustand "{0}" ist kein Wert von {1} ({2})',
    'map each stated state to an enum value, or add it to the data model':
      'ordnen Sie jeden angegebenen Zustand einem Enum-Wert zu, oder ergänzen Sie ihn im Datenmodell',
    '"{*}" is named in the documents but no data model defines it':
      '"{0}" wird in den Dokumenten genannt, aber kein Datenmodell definiert es',
    'define the entity in the data model, or state it as an assumption in the decisions file':
      'definieren Sie die Entität im Datenmodell, oder halten Sie sie als Annahme in der Entscheidungsdatei fest',
    '{*} is defined differently in {*}': '{0} ist in {1} anders definiert',
    'session timeout {*} is shorter than the refresh token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'das Sitzungs-Timeout {0} ist kürzer als die Lebensdauer des Refresh-Tokens {1} in {2}: das Timeout gilt als Leerlauf-Timeout und die Token-Lebensdauer als absolute Sitzungsdauer',
    'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'das Sitzungs-Timeout {0} ist kürzer als die Lebensdauer des Access-Tokens {1} in {2}: das Timeout gilt als Leerlauf-Timeout und die Token-Lebensdauer als absolute Sitzungsdauer',
    'confirm or change this in the decisions file (id: {*})':
      'bestätigen oder ändern Sie dies in der Entscheidungsdatei (id: {0})',
    '{*}: {*} in {*} replaces {*} in this older version':
      '{0}: {1} in {2} ersetzt {3} in dieser älteren Fassung',
    '{*} is not satisfied by any endpoint, job, entity, rule or alert':
      '{0} wird von keinem Endpunkt, Job, keiner Entität, Regel oder Alarmierung erfüllt',
    '{*}: {*} here, but {*} in {*}; using {*} ({*})':
      '{0}: hier {1}, aber {2} in {3}; verwendet wird {4} ({5})',
    'align the documents, or record a choice in the decisions file':
      'gleichen Sie die Dokumente an, oder halten Sie eine Wahl in der Entscheidungsdatei fest',
    'section "{*}" could not be derived from the documents':
      'der Abschnitt "{0}" ließ sich nicht aus den Dokumenten ableiten',
    '{*}: {*} ({*}) vs {*} ({*}); the first is used': '{0}: {1} ({2}) gegenüber {3} ({4}); der erste gilt',
    'the documents state no roles: using {*}': 'die Dokumente nennen keine Rollen: verwendet wird {0}',
    '{*} (administration is mentioned)': '{0} (Administration wird erwähnt)',
    'state the roles in the PRD (a roles table or "roles: a, b") to replace the default':
      'nennen Sie die Rollen im PRD (eine Rollentabelle oder "roles: a, b"), um den Standard zu ersetzen',
    'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)':
      'keine Authentifizierungsstrategie angegeben: JWT-Bearer-Tokens werden angenommen (Regel derive/auth-default-jwt)',
    'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)':
      'nennen Sie die Strategie in der Architektur (z. B. "Authentication: JWT" oder den Identitätsanbieter)',
    'role "{*}" received no permission: it reaches only public and self-service endpoints':
      'die Rolle "{0}" hat keine Berechtigung erhalten: sie erreicht nur öffentliche und Self-Service-Endpunkte',
    'session timeout {*} ({*}) is shorter than the refresh-token lifetime {*} ({*}): the session limit caps the refresh chain':
      'das Sitzungs-Timeout {0} ({1}) ist kürzer als die Lebensdauer des Refresh-Tokens {2} ({3}): das Sitzungslimit begrenzt die Refresh-Kette',
    'user-story actor "{*}" matches none of the roles {*}':
      'der Story-Akteur "{0}" passt zu keiner der Rollen {1}',
    'the route table lets "{*}" call {*}, but no role is called "{*}": the route is granted to no role':
      'die Routentabelle lässt „{0}“ {1} aufrufen, aber keine Rolle heißt „{2}“: die Route wird keiner Rolle gewährt',
    'write one of the roles ({*}) in the access cell, or state the role "{*}" in the documents':
      'schreiben Sie eine der Rollen ({0}) in die Zugriffszelle oder nennen Sie die Rolle „{1}“ in den Dokumenten',
    'TypeScript does not parse: {*}; declarations that parsed were read':
      'das TypeScript lässt sich nicht parsen: {0}; die geparsten Deklarationen wurden gelesen',
    '{*} needs {*}, but no entity or field of the data model holds them':
      '{0} braucht {1}, aber keine Entität und kein Feld des Datenmodells hält sie',
    '{*} need {*}, but no entity or field of the data model holds them':
      '{0} brauchen {1}, aber keine Entität und kein Feld des Datenmodells hält sie',
    'model the record, or state an assumption in the decisions file':
      'modellieren Sie den Datensatz, oder halten Sie eine Annahme in der Entscheidungsdatei fest',
    'no entity or field of the data model holds these settings':
      'keine Entität und kein Feld des Datenmodells hält diese Einstellungen',
    'PostgreSQL could not be started: {*}': 'PostgreSQL konnte nicht gestartet werden: {0}',
    'embedded PostgreSQL: {*}': 'eingebettetes PostgreSQL: {0}',
    'PostgreSQL at --postgres-url failed: {*}': 'PostgreSQL unter --postgres-url ist fehlgeschlagen: {0}',
    'check that the server runs, accepts this role and answers; or leave out --postgres-url to verify with embedded PGlite':
      'prüfen Sie, ob der Server läuft, diese Rolle annimmt und antwortet; oder lassen Sie --postgres-url weg, um mit eingebettetem PGlite zu prüfen',
    'connect as a role without superuser that may CREATE in the database, or pass --allow-superuser':
      'verbinden Sie sich mit einer Rolle ohne Superuser-Recht, die in der Datenbank CREATE darf, oder übergeben Sie --allow-superuser',
    '{*} is not the text the renderer emits: not applied':
      '{0} ist nicht der Text, den der Renderer ausgibt: nicht angewendet',
    'verification applies only the statements backend-spec renders from the model':
      'die Prüfung wendet nur die Anweisungen an, die backend-spec aus dem Modell erzeugt',
    '{*} — in: {*}': '{0} — in: {1}',
    '{*} was edited by hand since it was generated: not overwritten, nothing was written':
      '{0} wurde seit der Erzeugung von Hand bearbeitet: nicht überschrieben, nichts wurde geschrieben',
    'move your edits into the planning documents (or a decisions file), or re-run with --force to replace it':
      'übertragen Sie Ihre Änderungen in die Planungsdokumente (oder eine Entscheidungsdatei), oder starten Sie erneut mit --force, um sie zu ersetzen',
    '--out {*} is a file, not a folder: nothing was written':
      '--out {0} ist eine Datei, kein Ordner: nichts wurde geschrieben',
    'pass a folder (it is created when missing), e.g. --out build/spec':
      'übergeben Sie einen Ordner (er wird bei Bedarf angelegt), z. B. --out build/spec',
    'the output folder {*} resolves outside the project: nothing was written':
      'der Ausgabeordner {0} liegt außerhalb des Projekts: nichts wurde geschrieben',
    'write inside the project, or name the folder explicitly with --out DIR':
      'schreiben Sie innerhalb des Projekts, oder nennen Sie den Ordner ausdrücklich mit --out DIR',
    "an earlier run was interrupted after its output was complete; it was put in place before this run's output":
      'ein früherer Lauf wurde nach vollständiger Ausgabe unterbrochen; sie wurde vor der Ausgabe dieses Laufs übernommen',
    'an earlier run was interrupted while writing; its partial files were removed (its previous output had stayed intact)':
      'ein früherer Lauf wurde beim Schreiben unterbrochen; seine unvollständigen Dateien wurden entfernt (die vorherige Ausgabe war unverändert geblieben)',
    'invalid YAML: {*}': 'ungültiges YAML: {0}',
    'fix the YAML syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); values with `:` or `{` need quotes':
      'korrigieren Sie die YAML-Syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); Werte mit `:` oder `{` brauchen Anführungszeichen',
    'the documentation folder "{*}" is outside the project ({*})':
      'der Dokumentationsordner "{0}" liegt außerhalb des Projekts ({1})',
    'use a folder inside the project (e.g. `docs`), or pass --docs DIR and --out DIR on the command line to work elsewhere':
      'verwenden Sie einen Ordner im Projekt (z. B. `docs`), oder übergeben Sie --docs DIR und --out DIR auf der Kommandozeile, um anderswo zu arbeiten',
    'the config file must be a mapping of `key: value` pairs':
      'die Konfigurationsdatei muss eine Zuordnung von `key: value`-Paaren sein',
    'write one `key: value` per line, e.g. `documentation_dir: docs`':
      'schreiben Sie ein `key: value` pro Zeile, z. B. `documentation_dir: docs`',
    '`{*}` must be a string, found {*}': '`{0}` muss ein Text sein, gefunden: {1}',
    'write it as text: {*}: "..."': 'schreiben Sie es als Text: {0}: "..."',
    '{*} has no text besides front matter and comments; it is not read':
      '{0} hat außer Front Matter und Kommentaren keinen Text; es wird nicht gelesen',
    'write the document, or delete the empty file':
      'schreiben Sie das Dokument, oder löschen Sie die leere Datei',
    'read as {*}': 'gelesen als {0}',
    '{*} is {*}; it is not read': '{0} ist {1}; es wird nicht gelesen',
    'replace it with a regular file, or move it out of the documentation folder':
      'ersetzen Sie es durch eine normale Datei, oder verschieben Sie es aus dem Dokumentationsordner',
    'split the document (BMAD shards work), or move generated dumps out of the documentation folder':
      'teilen Sie das Dokument (BMAD-Shards funktionieren), oder verschieben Sie erzeugte Dumps aus dem Dokumentationsordner',
    'save it as UTF-8 text, or move it out of the documentation folder':
      'speichern Sie es als UTF-8-Text, oder verschieben Sie es aus dem Dokumentationsordner',
    'check the file permissions': 'prüfen Sie die Dateiberechtigungen',
    'nothing to compile: {*} planning file was found, but none has text that can be read':
      'nichts zu kompilieren: {0} Planungsdatei gefunden, aber keine hat lesbaren Text',
    'nothing to compile: {*} planning files were found, but none has text that can be read':
      'nichts zu kompilieren: {0} Planungsdateien gefunden, aber keine hat lesbaren Text',
    'write the PRD and the architecture document, or run `backend-spec init` for a starting point':
      'schreiben Sie das PRD und das Architekturdokument, oder führen Sie `backend-spec init` als Ausgangspunkt aus',
    'reading the documents took longer than {*} s; nothing is generated from a partial read':
      'das Lesen der Dokumente dauerte länger als {0} s; aus einem unvollständigen Lesen wird nichts erzeugt',
    'check for slow or network file systems under the documentation folder, or pass --docs DIR':
      'suchen Sie nach langsamen oder Netzwerk-Dateisystemen unter dem Dokumentationsordner, oder übergeben Sie --docs DIR',
    '{*} exists and was not written by backend-spec: left untouched, nothing was written':
      '{0} existiert und wurde nicht von backend-spec geschrieben: unverändert gelassen, nichts wurde geschrieben',
    'move {*} away, or write the output elsewhere with --out DIR':
      'verschieben Sie {0}, oder schreiben Sie die Ausgabe mit --out DIR an einen anderen Ort',
    'another backend-spec run is writing {*}; nothing was written':
      'ein anderer backend-spec-Lauf schreibt {0}; nichts wurde geschrieben',
    'wait for it to finish and run again (a lock left by a killed run, {*}/.backend-spec.lock, is taken over automatically)':
      'warten Sie, bis er fertig ist, und starten Sie erneut (eine Sperre eines abgebrochenen Laufs, {0}/.backend-spec.lock, wird automatisch übernommen)',
    'could not read {*}: {*} ({*}); the previous output is unchanged':
      '{0} konnte nicht gelesen werden: {1} ({2}); die bisherige Ausgabe bleibt unverändert',
    'could not write {*}: {*} ({*}); the previous output is unchanged':
      '{0} konnte nicht geschrieben werden: {1} ({2}); die bisherige Ausgabe bleibt unverändert',
    'could not read {*}: {*} ({*})': '{0} konnte nicht gelesen werden: {1} ({2})',
    'could not write {*}: {*} ({*})': '{0} konnte nicht geschrieben werden: {1} ({2})',
    'backend-spec failed: {*}': 'backend-spec ist fehlgeschlagen: {0}',
    'this is a bug in backend-spec: please report it with the command and, if you can, the documents':
      'das ist ein Fehler in backend-spec: bitte melden Sie ihn mit dem Befehl und, wenn möglich, den Dokumenten',
    '{*} is not a directory': '{0} ist kein Ordner',
    'pass the project folder that holds the planning documents':
      'übergeben Sie den Projektordner, der die Planungsdokumente enthält',
    'run `backend-spec --help` for usage': 'führen Sie `backend-spec --help` aus, um die Verwendung zu sehen',
    '"{*}" is none of the stated values of {*} and cannot be read as one':
      '"{0}" ist keiner der angegebenen Werte von {1} und kann nicht als einer gelesen werden',
    'no open question, conflict or parameter "{*}" was found':
      'keine offene Frage, kein Konflikt und kein Parameter "{0}" wurde gefunden',
    'this run asks no open questions; conflict subjects are listed in section 0 of backend-spec.md':
      'dieser Lauf stellt keine offenen Fragen; Konfliktthemen stehen in Abschnitt 0 von backend-spec.md',
    'open question ids: {*}; conflict subjects are listed in section 0 of backend-spec.md':
      'IDs der offenen Fragen: {0}; Konfliktthemen stehen in Abschnitt 0 von backend-spec.md',
    '"{*}" is not an option of question {*}': '"{0}" ist keine Option der Frage {1}',
    'this question offers no options: answer it with `assume: <value>` or `dismiss: true`':
      'diese Frage bietet keine Optionen: beantworten Sie sie mit `assume: <value>` oder `dismiss: true`',
    'options: {*}; or answer with `assume: <value>`':
      'Optionen: {0}; oder antworten Sie mit `assume: <value>`',
    'the documents state there is no authentication: every operation is public':
      'die Dokumente legen fest, dass es keine Authentifizierung gibt: jede Operation ist öffentlich',
    'the chosen database "{*}" has no schema dialect here: no schema file is written for it':
      'die gewählte Datenbank "{0}" hat hier keinen Schema-Dialekt: für sie wird keine Schemadatei geschrieben',
    'PostgreSQL, MySQL, SQLite and MongoDB schemas are supported':
      'Schemas für PostgreSQL, MySQL, SQLite und MongoDB werden unterstützt',
    'table name {*} is used by two entities: {*} gets {*}':
      'der Tabellenname {0} wird von zwei Entitäten verwendet: {1} erhält {2}',
    '{*}.{*} is an enum but no document lists its values: stored as text':
      '{0}.{1} ist ein Enum, aber kein Dokument nennt seine Werte: als Text gespeichert',
    '{*}.{*} lists values {*} but enum {*} has {*}: the field gets its own type':
      '{0}.{1} nennt die Werte {2}, aber das Enum {3} hat {4}: das Feld erhält einen eigenen Typ',
    'index on {*} names a table no data model defines: left out':
      'der Index auf {0} nennt eine Tabelle, die kein Datenmodell definiert: weggelassen',
    'index on {*} ({*}) is stated as {*}, but {*}: it becomes a b-tree index':
      'der Index auf {0} ({1}) ist als {2} angegeben, aber {3}: er wird ein B-Tree-Index',
    '{*}.{*} references "{*}", which no data model defines: kept as a plain column':
      '{0}.{1} verweist auf "{2}", das kein Datenmodell definiert: als einfache Spalte behalten',
    '{*}.{*} references {*}.{*}, which is not a column with a single-column key':
      '{0}.{1} verweist auf {2}.{3}, das keine Spalte mit einspaltigem Schlüssel ist',
    'relationship {*} → {*} names an entity no data model defines: left out':
      'die Beziehung {0} → {1} nennt eine Entität, die kein Datenmodell definiert: weggelassen',
    'relationship {*} → {*} has no foreign key in the SQL of {*}: not added':
      'die Beziehung {0} → {1} hat keinen Fremdschlüssel im SQL von {2}: nicht hinzugefügt',
    'add a column referencing {*} to {*}, or remove the relationship':
      'fügen Sie {1} eine Spalte hinzu, die auf {0} verweist, oder entfernen Sie die Beziehung',
    'bcrypt cost {*} is below 12 (OWASP Password Storage Cheat Sheet)':
      'der bcrypt-Kostenfaktor {0} liegt unter 12 (OWASP Password Storage Cheat Sheet)',
    '{*}.{*} references {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0}.{1} verweist in {3} ({4}) auf {2}, aber in {6} ({7}) auf {5}; {8} gilt',
    'the {*} extractor failed on this document: {*}':
      'der Extraktor {0} ist an diesem Dokument gescheitert: {1}',
    'what it would have read is missing from the spec; please report this with the document':
      'was er gelesen hätte, fehlt in der Spezifikation; bitte melden Sie das mit dem Dokument',
    'index on {*}, which no data model defines': 'Index auf {0}, das kein Datenmodell definiert',
    '{*} ({*}, {*}) and {*} ({*}, {*}) share {*} fields: probably one entity under two names':
      '{0} ({1}, {2}) und {3} ({4}, {5}) teilen {6} Felder: vermutlich eine Entität unter zwei Namen',
    'erDiagram cardinality not understood: "{*}"; skipped':
      'erDiagram-Kardinalität nicht verstanden: "{0}"; übersprungen',
    'erDiagram line not understood: "{*}"; skipped': 'erDiagram-Zeile nicht verstanden: "{0}"; übersprungen',
    'erDiagram entity {*} is not closed with "}"': 'die erDiagram-Entität {0} wird nicht mit "}" geschlossen',
    'SQL blocks were not read: the PostgreSQL parser was not loaded':
      'SQL-Blöcke wurden nicht gelesen: der PostgreSQL-Parser wurde nicht geladen',
    'call prepare() from src/extract/sql.ts before extract()':
      'rufen Sie prepare() aus src/extract/sql.ts vor extract() auf',
    'ALTER TABLE {*}: no CREATE TABLE {*} in this document':
      'ALTER TABLE {0}: kein CREATE TABLE {1} in diesem Dokument',
    'a field table has no heading or caption naming its entity; skipped':
      'eine Feldtabelle hat keine Überschrift oder Beschriftung, die ihre Entität nennt; übersprungen',
    'put the entity name in a heading or a `**Table: name**` line above the table':
      'setzen Sie den Entitätsnamen in eine Überschrift oder eine Zeile `**Table: name**` über der Tabelle',
    '{*} is a code sample in a note, not an entity of the data model; not designed':
      '{0} ist ein Codebeispiel in einer Notiz, keine Entität des Datenmodells; nicht entworfen',
    'define it in the data model document if it is stored':
      'definieren Sie es im Datenmodell-Dokument, wenn es gespeichert wird',
    'TypeScript fence has a line of {*} characters, too long to be a declaration; skipped':
      'der TypeScript-Block hat eine Zeile mit {0} Zeichen, zu lang für eine Deklaration; übersprungen',
    'break the line, or mark the fence as another language if it is not TypeScript':
      'brechen Sie die Zeile um, oder kennzeichnen Sie den Block mit einer anderen Sprache, wenn er kein TypeScript ist',
    'TypeScript fence is nested too deeply to parse; skipped':
      'der TypeScript-Block ist zu tief verschachtelt, um ihn zu parsen; übersprungen',
    'split the declaration, or mark the fence as another language if it is not TypeScript':
      'teilen Sie die Deklaration auf, oder kennzeichnen Sie den Block mit einer anderen Sprache, wenn er kein TypeScript ist',
    '{*} rejected: {*}': '{0} abgelehnt: {1}',
    'copy the words from the document and cite the line they are on':
      'kopieren Sie die Wörter aus dem Dokument und nennen Sie die Zeile, in der sie stehen',
    'run `backend-spec schema facts` for the shape of the overlay':
      'führen Sie `backend-spec schema facts` aus, um die Form des Overlays zu sehen',
    'this copy states a newer date than {*} ({*}), but the config makes {*} the copy read; its changes are not in the spec':
      'diese Kopie nennt ein neueres Datum als {0} ({1}), aber die Konfiguration macht {2} zur gelesenen Kopie; ihre Änderungen fehlen in der Spezifikation',
    'no single {*} document: {*} shard in folders named {*} are read as the {*}':
      'kein einzelnes {0}-Dokument: {1} Teil in Ordnern namens {2} wird als {3} gelesen',
    'no single {*} document: {*} shards in folders named {*} are read as the {*}':
      'kein einzelnes {0}-Dokument: {1} Teile in Ordnern namens {2} werden als {3} gelesen',
    '{*} is drawn as {*} here, but the keys make it {*} ({*})':
      '{0} ist hier als {1} gezeichnet, aber die Schlüssel machen es zu {2} ({3})',
    'correct the drawing or the summary, or change the keys if the drawing is right':
      'korrigieren Sie die Zeichnung oder die Zusammenfassung, oder ändern Sie die Schlüssel, wenn die Zeichnung stimmt',
    '{*} is listed as the {*} here, but {*} marks it {*}':
      '{0} ist hier als {1} aufgeführt, aber {2} kennzeichnet es als {3}',
    'state {*} is not a value of {*} ({*})': 'der Zustand {0} ist kein Wert von {1} ({2})',
    'states {*} are not values of {*} ({*})': 'die Zustände {0} sind keine Werte von {1} ({2})',
    '{*}: {*}; decided: {*} ({*})': '{0}: {1}; entschieden: {2} ({3})',
    '{*} is still defined here, but {*} says: "{*}" — dropped as decided':
      '{0} ist hier noch definiert, aber {1} sagt: "{2}" — wie entschieden entfernt',
    '{*} is still defined here, but {*} says: "{*}" — kept until question {*} is answered':
      '{0} ist hier noch definiert, aber {1} sagt: "{2}" — behalten, bis Frage {3} beantwortet ist',
    '{*}.{*} here is {*}.{*} in {*}; the spec uses {*}':
      '{0}.{1} heißt hier, aber {2}.{3} in {4}; die Spezifikation verwendet {5}',
    'use one name in every document': 'verwenden Sie in jedem Dokument denselben Namen',
    'role {*} has no value in {*} ({*})': 'die Rolle {0} hat keinen Wert in {1} ({2})',
    'roles {*} have no value in {*} ({*})': 'die Rollen {0} haben keinen Wert in {1} ({2})',
    'add the role to the enum, or say which existing role the persona uses':
      'fügen Sie die Rolle dem Enum hinzu, oder sagen Sie, welche bestehende Rolle die Persona nutzt',
    '{*} `{*}` is not copied into the schema: {*}': '{0} `{1}` wird nicht in das Schema übernommen: {2}',
    '{*} is named as part of the design, but {*} marks it {*}':
      '{0} wird als Teil des Entwurfs genannt, aber {1} kennzeichnet es als {2}',
    'table {*}: no planning document mentions it': 'Tabelle {0}: kein Planungsdokument erwähnt sie',
    'cite the requirement it serves, or record it as an assumption':
      'nennen Sie die Anforderung, der es dient, oder halten Sie es als Annahme fest',
    'role {*}: no planning document mentions it': 'Rolle {0}: kein Planungsdokument erwähnt sie',
    'the permission matrix lists {*}, which the API section does not document':
      'die Berechtigungsmatrix nennt {0}, das der API-Abschnitt nicht dokumentiert',
    '{*} has no row in the permission matrix (line {*})':
      '{0} hat keine Zeile in der Berechtigungsmatrix (Zeile {1})',
    'the permission matrix has a column for role "{*}", which the spec never defines':
      'die Berechtigungsmatrix hat eine Spalte für die Rolle "{0}", die die Spezifikation nie definiert',
    'entity {*} has no CREATE TABLE in the SQL': 'die Entität {0} hat kein CREATE TABLE im SQL',
    '{*} does not exist; the documents compile to it':
      '{0} existiert nicht; die Dokumente werden dazu kompiliert',
    '{*} differs from what the documents compile to now (first difference at line {*})':
      '{0} weicht davon ab, was die Dokumente jetzt ergeben (erster Unterschied in Zeile {1})',
    'run `backend-spec generate` and commit the result':
      'führen Sie `backend-spec generate` aus und committen Sie das Ergebnis',
    'no "{*}" section: the workflow\'s 15 sections are all required':
      'kein Abschnitt "{0}": alle 15 Abschnitte des Workflows sind erforderlich',
    'a json block is not JSON: {*}': 'ein json-Block ist kein JSON: {0}',
    '{*}: {*} at {*}': '{0}: {1} bei {2}',
    'SQL does not parse: {*}': 'SQL lässt sich nicht parsen: {0}',
    'permission denied': 'Zugriff verweigert',
    'give your user access to it (chmod/chown), or choose another folder':
      'geben Sie Ihrem Benutzer Zugriff (chmod/chown), oder wählen Sie einen anderen Ordner',
    'operation not permitted': 'Vorgang nicht erlaubt',
    'give your user access to it, or choose another folder':
      'geben Sie Ihrem Benutzer Zugriff, oder wählen Sie einen anderen Ordner',
    'a symlink loop': 'eine Symlink-Schleife',
    'remove or fix the symlink that points back at itself':
      'entfernen oder reparieren Sie den Symlink, der auf sich selbst zeigt',
    'a file is in the way where a folder is needed': 'eine Datei liegt dort, wo ein Ordner nötig ist',
    'move that file, or choose another folder':
      'verschieben Sie diese Datei, oder wählen Sie einen anderen Ordner',
    'a folder is in the way where a file is needed': 'ein Ordner liegt dort, wo eine Datei nötig ist',
    'move that folder, or choose another path':
      'verschieben Sie diesen Ordner, oder wählen Sie einen anderen Pfad',
    'no space left on the device': 'kein Platz mehr auf dem Gerät',
    'free some disk space and run again': 'geben Sie Speicherplatz frei und starten Sie erneut',
    'the disk quota is exceeded': 'das Festplattenkontingent ist überschritten',
    'free some space and run again': 'geben Sie Platz frei und starten Sie erneut',
    'a read-only file system': 'ein schreibgeschütztes Dateisystem',
    'write to a writable folder with --out DIR': 'schreiben Sie mit --out DIR in einen beschreibbaren Ordner',
    'the path is too long': 'der Pfad ist zu lang',
    'use a shorter path': 'verwenden Sie einen kürzeren Pfad',
    'too many open files': 'zu viele offene Dateien',
    'raise the open-file limit (ulimit -n) and run again':
      'erhöhen Sie das Limit offener Dateien (ulimit -n) und starten Sie erneut',
    'an I/O error of the device': 'ein E/A-Fehler des Geräts',
    'check the disk or mount, then run again':
      'prüfen Sie die Festplatte oder das Mount und starten Sie dann erneut',
    'the path is busy': 'der Pfad ist belegt',
    'close whatever holds it, then run again': 'schließen Sie, was ihn belegt, und starten Sie dann erneut',
    'a device or pipe without a reader': 'ein Gerät oder eine Pipe ohne Leser',
    'replace it with a regular file': 'ersetzen Sie es durch eine normale Datei',
    'it does not exist': 'es existiert nicht',
    'check the path': 'prüfen Sie den Pfad',
    'check the path and run again': 'prüfen Sie den Pfad und starten Sie erneut',
    'a path': 'ein Pfad',
    'not valid YAML: {*}': 'kein gültiges YAML: {0}',
    'expected a list of decisions (or a `decisions:` list)':
      'erwartet wurde eine Liste von Entscheidungen (oder eine Liste `decisions:`)',
    'a decision is a mapping: `{ id, choose | assume | dismiss, reason }` or `{ assume, reason }`':
      'eine Entscheidung ist eine Zuordnung: `{ id, choose | assume | dismiss, reason }` oder `{ assume, reason }`',
    'unknown key {*}': 'unbekannter Schlüssel {0}',
    'unknown keys {*}': 'unbekannte Schlüssel {0}',
    'a decision needs a non-empty `reason`': 'eine Entscheidung braucht einen nicht leeren `reason`',
    'one answer per entry: `choose`, `assume` or `dismiss`, not several':
      'eine Antwort pro Eintrag: `choose`, `assume` oder `dismiss`, nicht mehrere',
    '`dismiss` needs the `id` of the question it sets aside':
      '`dismiss` braucht die `id` der Frage, die es beiseitelegt',
    '`dismiss` takes `true`': '`dismiss` nimmt `true`',
    '`assume` must not be empty': '`assume` darf nicht leer sein',
    'a choice needs both `id` (the conflict subject) and `choose` (the value to use)':
      'eine Wahl braucht sowohl `id` (das Konfliktthema) als auch `choose` (den zu verwendenden Wert)',
    '{*} entities but no endpoints': '{0} Entitäten, aber keine Endpunkte',
    '{*} {*} has no success response': '{0} {1} hat keine Erfolgsantwort',
    '{*} {*} does not declare path parameter {*}': '{0} {1} deklariert den Pfadparameter {2} nicht',
    '{*} {*} has no request schema': '{0} {1} hat kein Anfrageschema',
    '{*} has no endpoint': '{0} hat keinen Endpunkt',
    'job {*} targets no table: {*}': 'der Job {0} zielt auf keine Tabelle: {1}',
    'job {*} targets table {*}, which the data model lacks':
      'der Job {0} zielt auf die Tabelle {1}, die dem Datenmodell fehlt',
    'integration {*} has no name': 'die Integration {0} hat keinen Namen',
    'cache entry {*} is invalidated by {*}, which the data model lacks':
      'der Cache-Eintrag {0} wird durch {1} invalidiert, das dem Datenmodell fehlt',
    '{*} has no primary key': '{0} hat keinen Primärschlüssel',
    '{*}.{*} has no type': '{0}.{1} hat keinen Typ',
    '{*}.{*} is an enum without values': '{0}.{1} ist ein Enum ohne Werte',
    'relationship {*} → {*} names an entity that is not in the model':
      'die Beziehung {0} → {1} nennt eine Entität, die nicht im Modell ist',
    'many-to-many {*} ↔ {*} has no join table referencing both':
      'die Viele-zu-viele-Beziehung {0} ↔ {1} hat keine Verknüpfungstabelle, die beide referenziert',
    '{*} → {*}: {*}.{*} is not a foreign key': '{0} → {1}: {2}.{3} ist kein Fremdschlüssel',
    '{*}.{*} (foreign key) is not the leading column of any index':
      '{0}.{1} (Fremdschlüssel) ist nicht die führende Spalte eines Index',
    '{*} cannot be read by primary key': '{0} kann nicht über den Primärschlüssel gelesen werden',
    '{*} has no usable retry policy': '{0} hat keine brauchbare Wiederholungsrichtlinie',
    'job {*} lacks retries, a dead-letter destination or a timeout':
      'dem Job {0} fehlen Wiederholungen, ein Dead-Letter-Ziel oder ein Timeout',
    'cache entry {*} is not tied to entity writes':
      'der Cache-Eintrag {0} ist an keine Entitätsschreibvorgänge gebunden',
    '{*}.{*} is sensitive but not redacted from logs':
      '{0}.{1} ist sensibel, wird aber in Logs nicht geschwärzt',
    'alert on {*} cites no NFR': 'der Alarm zu {0} nennt keine nichtfunktionale Anforderung',
    'the API has endpoints but no OWASP Top 10 item is addressed':
      'die API hat Endpunkte, aber kein Punkt der OWASP Top 10 wird behandelt',
    'there is no permission matrix': 'es gibt keine Berechtigungsmatrix',
    'endpoint {*} has {*} matrix rows (expected 1)': 'der Endpunkt {0} hat {1} Matrixzeilen (erwartet: 1)',
    'endpoint {*} has no decision for role {*}': 'der Endpunkt {0} hat keine Entscheidung für die Rolle {1}',
    'no authentication strategy': 'keine Authentifizierungsstrategie',
    'ownership rule {*}.{*} does not name a primary key column':
      'die Eigentumsregel {0}.{1} nennt keine Primärschlüsselspalte',
    'ownership rule {*}.{*} does not name a foreign key column':
      'die Eigentumsregel {0}.{1} nennt keine Fremdschlüsselspalte',
    '{*} {*} response exposes secret field {*}': 'die Antwort von {0} {1} legt das geheime Feld {2} offen',
    '{*} {*}: the stated contract returns the secret field {*}; it is withheld from the response until the team confirms it may leave the server':
      '{0} {1}: der festgelegte Vertrag gibt das geheime Feld {2} zurück; es wird aus der Antwort zurückgehalten, bis das Team bestätigt, dass es den Server verlassen darf',
    'there is no error catalogue': 'es gibt keinen Fehlerkatalog',
    'example of {*} does not match the envelope: {*}': 'das Beispiel von {0} passt nicht zum Umschlag: {1}',
    'no error code for status {*}': 'kein Fehlercode für den Status {0}',
    'the same file as {*} (a symbolic link)': 'dieselbe Datei wie {0} (ein symbolischer Link)',
    'empty: no text to read': 'leer: kein Text zu lesen',
    'a symbolic link to a file outside the project':
      'ein symbolischer Link auf eine Datei außerhalb des Projekts',
    'archived ({*}/) and not a PRD, architecture, UX or tech-stack document':
      'archiviert ({0}/) und kein PRD-, Architektur-, UX- oder Tech-Stack-Dokument',
    'not found': 'nicht gefunden',
    '{*}, not a regular file': '{0}, keine normale Datei',
    'a named pipe (FIFO)': 'eine benannte Pipe (FIFO)',
    'a device': 'ein Gerät',
    'a socket': 'ein Socket',
    'a folder': 'ein Ordner',
    'not a regular file': 'keine normale Datei',
    'cannot be read ({*})': 'nicht lesbar ({0})',
    'not text: {*}': 'kein Text: {0}',
    '{*}, over the {*} limit per document': '{0}, über der Grenze von {1} pro Dokument',
    'not read: reading took longer than the {*} s budget':
      'nicht gelesen: das Lesen dauerte länger als das Budget von {0} s',
    'copy the document into the project (or link a whole shared docs folder); a link to a file elsewhere is never followed':
      'kopieren Sie das Dokument ins Projekt (oder verlinken Sie einen ganzen gemeinsamen Dokumentordner); ein Link auf eine Datei anderswo wird nie verfolgt',
    'shard of {*}, which holds its text; {*}': 'Teil von {0}, das seinen Text enthält; {1}',
    '{*}; read as history only': '{0}; nur als Verlauf gelesen',
    '{*}; read where the newer does not change it': '{0}; gelesen, wo das neuere es nicht ändert',
    'the role of --postgres-url is a superuser; verification needs only CREATE on the database':
      'die Rolle von --postgres-url ist ein Superuser; die Verifikation braucht nur CREATE auf der Datenbank',
    '{*} is the stated database, but the documents describe no stored record: sections 1 and 2 cannot be written':
      '{0} ist die angegebene Datenbank, aber die Dokumente beschreiben keinen gespeicherten Datensatz: die Abschnitte 1 und 2 können nicht geschrieben werden',
    'describe the entities (a table of fields, SQL, an ER diagram), or supply them under `entities` in the facts file':
      'beschreiben Sie die Entitäten (eine Feldtabelle, SQL, ein ER-Diagramm) oder liefern Sie sie unter `entities` in der Faktendatei',
    '{*}: {*} here, but {*} in the same document (line {*}); assuming {*} until question {*} is answered':
      '{0}: {1} hier, aber {2} im selben Dokument (Zeile {3}); {4} wird angenommen, bis Frage {5} beantwortet ist',
    '{*}: {*} here, but {*} in the same document (line {*}); using {*} as decided':
      '{0}: {1} hier, aber {2} im selben Dokument (Zeile {3}); {4} wird wie entschieden verwendet',
    'correct one of the two lines, or answer the question in the decisions file':
      'korrigieren Sie eine der beiden Zeilen, oder beantworten Sie die Frage in der Entscheidungsdatei',
    '{*} relies on {*}, which {*} leaves undecided ("{*}"); asked as question {*}':
      '{0} hängt von {1} ab, das {2} offen lässt ("{3}"); als Frage {4} gestellt',
    'decide it in the documents, or answer the question in the decisions file':
      'entscheiden Sie es in den Dokumenten, oder beantworten Sie die Frage in der Entscheidungsdatei',
    '"{*}" in the {*} {*} body is not a column of {*} ({*}); the closest is {*}':
      '"{0}" im Body von {1} {2} ist keine Spalte von {3} ({4}); am nächsten ist {5}',
    '"{*}" in the {*} {*} body is not a column of {*} ({*})':
      '"{0}" im Body von {1} {2} ist keine Spalte von {3} ({4})',
    'name the field as the data model does, or add the column':
      'benennen Sie das Feld wie das Datenmodell, oder fügen Sie die Spalte hinzu',
    'no documentation language is set: the spec is written in {*}, the language of the documents':
      'keine Dokumentationssprache gesetzt: die Spezifikation wird in {0} geschrieben, der Sprache der Dokumente',
    'no documentation language is set: the documents are written in {*}, which has no catalog; the spec is written in English':
      'keine Dokumentationssprache gesetzt: die Dokumente sind in {0} geschrieben, für das es keinen Katalog gibt; die Spezifikation wird auf Englisch geschrieben',
    'set documentation_language in the config (or pass --lang) to choose another':
      'setzen Sie documentation_language in der Konfiguration (oder übergeben Sie --lang), um eine andere zu wählen',
    'story {*} lets {*} call {*}, which the stated permission matrix does not grant {*}':
      'Story {0} erlaubt {1}, {2} aufzurufen, was die angegebene Berechtigungsmatrix {3} nicht gewährt',
    'story {*} asks {*} to call {*}, whose route table names other callers: the stated callers are kept':
      'Story {0} lässt {1} {2} aufrufen, dessen Routentabelle andere Aufrufer nennt: die angegebenen Aufrufer bleiben',
    'add the role to the route table, or correct the story':
      'tragen Sie die Rolle in die Routentabelle ein oder korrigieren Sie die Story',
    'correct the matrix or the story, or record the choice in the decisions file':
      'korrigieren Sie die Matrix oder die Story, oder halten Sie die Wahl in der Entscheidungsdatei fest',
    '{*} is not one of the planning documents read ({*})':
      '{0} ist keines der gelesenen Planungsdokumente ({1})',
    'the quote "{*}" is too short to check (at least {*} characters)':
      'das Zitat "{0}" ist zu kurz für eine Prüfung (mindestens {1} Zeichen)',
    '{*} has {*} lines, the fact cites line {*}': '{0} hat {1} Zeilen, der Fakt zitiert Zeile {2}',
    'the quote does not occur in {*}': 'das Zitat kommt in {0} nicht vor',
    'the quote occurs in {*} at line {*}, not within {*} lines of line {*}':
      'das Zitat steht in {0} in Zeile {1}, nicht innerhalb von {2} Zeilen um Zeile {3}',
    'quote found in {*} near line {*}': 'Zitat in {0} nahe Zeile {1} gefunden',
    'stated at {*}': 'angegeben in {0}',
    'given twice in the overlay': 'zweimal in der Faktendatei angegeben',
    'defined at {*}; its fields below fill gaps only':
      'definiert in {0}; ihre Felder unten ergänzen nur Fehlendes',
    'no entity {*} is defined': 'keine Entität {0} ist definiert',
    'no role {*} is defined': 'keine Rolle {0} ist definiert',
    '{*} states {*} as {*}, not {*}': '{0} gibt {1} als {2} an, nicht {3}',
    '{*} states its values as {*}': '{0} gibt ihre Werte als {1} an',
    '{*} rejects {*}': '{0} lehnt {1} ab',
    '{*} marks {*} as {*}': '{0} kennzeichnet {1} als {2}',
    '{*} chooses {*} for {*}': '{0} wählt {1} für {2}',
    '{*} states {*} {*} {*}': '{0} gibt {1} {2} {3} an',
    'field {*}': 'Feld {0}',
    'entity {*}': 'Entität {0}',
    'relationship {*}': 'Beziehung {0}',
    'enum {*}': 'Aufzählung {0}',
    'role {*}': 'Rolle {0}',
    'permission {*}': 'Berechtigung {0}',
    'job {*}': 'Job {0}',
    'integration {*}': 'Integration {0}',
    'rule {*}': 'Regel {0}',
    'stack {*}': 'Technologie {0}',
  },
};
