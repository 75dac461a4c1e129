import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** German wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'Fehler', warning: 'Warnung', info: 'Info', hint: 'Hinweis' },
  texts: {
    'the route list at {*} covers {*}; not added: {*}':
      'die Routenliste in {0} deckt {1} ab; nicht hinzugefügt: {2}',
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
  },
};
