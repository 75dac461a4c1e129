import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** Dutch wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'tip' },
  texts: {
    'pattern {*} of {*}.{*} ({*}) is left out of the JSON Schemas and OpenAPI: {*}':
      'patroon {0} van {1}.{2} ({3}) blijft buiten de JSON Schemas en OpenAPI: {4}',
    'state it as an ECMA-262 pattern without flags, or validate it in code':
      'geef het als ECMA-262-patroon zonder flags, of valideer het in code',
    'pattern {*} of {*}.{*} ({*}) gets no PostgreSQL CHECK: {*}':
      'patroon {0} van {1}.{2} ({3}) krijgt geen PostgreSQL-CHECK: {4}',
    'the API validates it; state a CHECK in SQL if the database must too':
      'de API valideert het; geef een CHECK in SQL als de database het ook moet afdwingen',
    '{*}.{*} must match `{*}` in {*} ({*}) but `{*}` in {*} ({*}); {*} wins':
      '{0}.{1} moet in {3} ({4}) op `{2}` passen maar in {6} ({7}) op `{5}`; {8} wint',
    'the documents say the {*} has no JSON API but name no role it is for: its operations stay in the JSON API':
      'volgens de documenten heeft {0} geen JSON-API, maar ze noemen geen rol waarvoor het is: de operaties blijven in de JSON-API',
    'the {*} has no JSON API ({*}): {*} operation(s) served by its screens, left out of the OpenAPI document: {*}':
      '{0} heeft geen JSON-API ({1}): {2} operatie(s) bediend door de schermen, buiten het OpenAPI-document: {3}',
    'the route list at {*} covers {*}; not added: {*}': 'de routelijst in {0} dekt {1}; niet toegevoegd: {2}',
    '{*} is also stated as {*} ({*}); using {*}': '{0} wordt ook vermeld als {1} ({2}); {3} wordt gebruikt',
    '{*} stated route(s) name no entity of the data model and are kept as stated, without schemas: {*}':
      "{0} vermelde route(s) noemen geen entiteit van het datamodel en blijven zoals vermeld, zonder schema's: {1}",
    '{*} ("{*}") has no operation: {*}': '{0} („{1}”) heeft geen operatie: {2}',
    '{*} is {*} in section 0 ({*}) but {*}': '{0} is {1} in sectie 0 ({2}) maar {3}',
    'the key decision "{*}" is {*}': 'de belangrijke beslissing „{0}” is {1}',
    'role {*} reaches no operation beyond sign-in': 'rol {0} bereikt geen enkele operatie behalve inloggen',
    "{*}: {*} is denied to {*}, the story's actor":
      '{0}: {1} wordt geweigerd aan {2}, de actor van de user story',
    '{*} reaches {*} across tenants': '{0} bereikt {1} over tenants heen',
    'no config file found: the project was not initialised, defaults are used':
      'geen configuratiebestand gevonden: het project is niet geïnitialiseerd, de standaardwaarden worden gebruikt',
    'run `backend-spec init` or create one of: {*}':
      'voer `backend-spec init` uit of maak een van deze aan: {0}',
    'documentation language "{*}" (set in {*}) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'documentatietaal „{0}” (ingesteld in {1}) heeft nog geen berichtencatalogus: backend-spec.md wordt in het Engels geschreven (beschikbaar: {2})',
    'documentation language "{*}" (set by --lang) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'documentatietaal „{0}” (ingesteld met --lang) heeft nog geen berichtencatalogus: backend-spec.md wordt in het Engels geschreven (beschikbaar: {1})',
    'documentation language "{*}" has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'documentatietaal „{0}” heeft nog geen berichtencatalogus: backend-spec.md wordt in het Engels geschreven (beschikbaar: {1})',
    'add src/render/i18n/{*}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this':
      'voeg src/render/i18n/{0}/ toe (een vertaalde kopie van en/; zie CONTRIBUTING.md), of geef --lang en mee om deze melding te onderdrukken',
    'default {*} of {*} is made by the application (the ORM client), not by the database: the column has no database default':
      'standaardwaarde {0} van {1} wordt door de applicatie (de ORM-client) gemaakt, niet door de database: de kolom heeft geen databasestandaardwaarde',
    'default {*} of {*} is not a literal or a known function for a {*} column: left out of the schema':
      'standaardwaarde {0} van {1} is geen literal of bekende functie voor een {2}-kolom: weggelaten uit het schema',
    'default {*} of {*} is not one of {*}: left out of the schema':
      'standaardwaarde {0} van {1} is niet een van {2}: weggelaten uit het schema',
    "state it as a literal (`0`, `'draft'`, `true`) or `now()`":
      "vermeld haar als literal (`0`, `'draft'`, `true`) of `now()`",
    '{*} is defined twice: the second definition is ignored':
      '{0} is twee keer gedefinieerd: de tweede definitie wordt genegeerd',
    "{*} is {*} but references {*} ({*}): the column takes the key's type":
      '{0} is {1} maar verwijst naar {2} ({3}): de kolom krijgt het type van de sleutel',
    "{*} is {*} but references {*} (): the column takes the key's type":
      '{0} is {1} maar verwijst naar {2} (): de kolom krijgt het type van de sleutel',
    'index on {*} ({*}) names {*}, not a column of {*}: left out':
      'index op {0} ({1}) noemt {2}, geen kolom van {3}: weggelaten',
    '{*} is {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0} is {1} in {2} ({3}) maar {4} in {5} ({6}); {7} gaat voor',
    'enum {*} has values ({*}) here but ({*}) at {*}; the first definition is kept':
      'enum {0} heeft hier de waarden ({1}) maar ({2}) in {3}; de eerste definitie blijft',
    '{*} is defined twice in {*} (also at {*}); the definitions were merged':
      '{0} is twee keer gedefinieerd in {1} (ook in {2}); de definities zijn samengevoegd',
    '{*}: {*} is described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} wordt beschreven in {2} ({3}) maar niet in {4} ({5})',
    '{*}: {*} are described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} worden beschreven in {2} ({3}) maar niet in {4} ({5})',
    'add {*} to the {*} definition, or remove it from the {*}':
      'voeg {0} toe aan de {1}-definitie, of verwijder het uit de {2}',
    'add {*} to the {*} definition, or remove them from the {*}':
      'voeg {0} toe aan de {1}-definitie, of verwijder ze uit de {2}',
    '{*} of {*} is not read: {*}': '{0} van {1} wordt niet gelezen: {2}',
    'function {*} is not allowed in a {*}': 'functie {0} is niet toegestaan in een {1}',
    '{*} is not allowed': '{0} is niet toegestaan',
    'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql':
      'schrijf de beperking met kolommen, literals, operatoren, IN/LIKE/BETWEEN, IS NULL, CASE, casts en eenvoudige functies zoals lower(), length() of now(); subqueries, andere functies en statements worden niet naar schema.sql gekopieerd',
    'SQL does not parse: {*}; this statement was skipped':
      'SQL kan niet worden geparsed: {0}; dit statement is overgeslagen',
    'Prisma schema does not parse: {*}; this block was skipped':
      'Prisma-schema kan niet worden geparsed: {0}; dit blok is overgeslagen',
    'DBML does not parse: {*}; that element was skipped':
      'DBML kan niet worden geparsed: {0}; dat element is overgeslagen',
    'DBML does not parse: a line is longer than {*} characters; the block was skipped':
      'DBML kan niet worden geparsed: een regel is langer dan {0} tekens; het blok is overgeslagen',
    'DBML does not parse: brackets nest deeper than {*}; the block was skipped':
      'DBML kan niet worden geparsed: haakjes zijn dieper genest dan {0}; het blok is overgeslagen',
    'erDiagram attribute not understood: "{*}"; skipped':
      'erDiagram-attribuut niet begrepen: „{0}”; overgeslagen',
    'the statement is read as PostgreSQL': 'het statement wordt gelezen als PostgreSQL',
    'read as {*}, rewritten to PostgreSQL': 'gelezen als {0}, herschreven naar PostgreSQL',
    '{*} references {*}, which no data model defines; the foreign key is dropped':
      '{0} verwijst naar {1}, dat geen datamodel definieert; de vreemde sleutel vervalt',
    'relationship {*} – {*}: {*} is not defined by any data model':
      'relatie {0} – {1}: {2} wordt door geen enkel datamodel gedefinieerd',
    'relationship {*} – {*}: {*} are not defined by any data model':
      'relatie {0} – {1}: {2} worden door geen enkel datamodel gedefinieerd',
    '{*} has type {*}, which is neither a known type nor a defined enum; kept as text':
      '{0} heeft type {1}, dat geen bekend type en geen gedefinieerde enum is; bewaard als tekst',
    'the only {*} document lies in the archive folder {*}; it is read, but may be out of date':
      'het enige {0}-document staat in de archiefmap {1}; het wordt gelezen, maar is mogelijk verouderd',
    'move the current version out of the archive, or confirm the archived one still holds':
      'haal de huidige versie uit het archief, of bevestig dat de gearchiveerde nog klopt',
    'classified as {*} ({*})': 'geclassificeerd als {0} ({1})',
    'the config names {*} for the planning documents, but the {*} is not there; found by scanning in {*}':
      'de configuratie noemt {0} voor de planningsdocumenten, maar de {1} staat daar niet; gevonden door te zoeken in {2}',
    'the config names {*} for the planning documents, but the {*} are not there; found by scanning in {*}':
      'de configuratie noemt {0} voor de planningsdocumenten, maar de {1} staan daar niet; gevonden door te zoeken in {2}',
    'point the config at the folder that holds the documents':
      'laat de configuratie verwijzen naar de map met de documenten',
    'documentation_dir "{*}" does not exist; the documents were found in {*}, and the spec is written to {*}':
      'documentation_dir „{0}” bestaat niet; de documenten zijn gevonden in {1} en de specificatie wordt geschreven naar {2}',
    'set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)':
      'stel documentation_dir in in .bmad/config.yaml (of geef --docs DIR mee, of --out DIR alleen voor de uitvoer)',
    'duplicate of {*}: {*}; it is not read': 'duplicaat van {0}: {1}; het wordt niet gelezen',
    'monolithic copy of the shards in {*} ({*} of its lines)':
      'monolithische kopie van de delen in {0} ({1} van de regels)',
    'identical copy of {*}': 'identieke kopie van {0}',
    'near-identical copy ({*} of lines shared) of {*}':
      'bijna identieke kopie ({0} van de regels gedeeld) van {1}',
    'the config says {*}': 'de configuratie zegt {0}',
    'the other copy lies in {*}': 'de andere kopie staat in {0}',
    'the one read is newer ({*})': 'de gelezen kopie is nieuwer ({0})',
    'neither is newer; the one with the shorter path is read':
      'geen van beide is nieuwer; de kopie met het kortste pad wordt gelezen',
    'neither is newer; the shards are read': 'geen van beide is nieuwer; de delen worden gelezen',
    'front matter is not valid YAML: {*}': 'front matter is geen geldige YAML: {0}',
    'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile':
      'corrigeer de YAML tussen de `---`-regels aan het begin; intussen wordt het document als platte tekst gelezen',
    'no architecture document found; searched: {*}': 'geen architectuurdocument gevonden; gezocht in: {0}',
    'no PRD found; searched: {*}': 'geen PRD gevonden; gezocht in: {0}',
    'run `backend-spec init` to create the planning documents, or pass --docs DIR':
      'voer `backend-spec init` uit om de planningsdocumenten aan te maken, of geef --docs DIR mee',
    'no tech-stack document (expected {*}); stack choices are read from the other documents':
      'geen document over de technologiestack (verwacht: {0}); de stackkeuzes worden uit de andere documenten gelezen',
    'no UX flows document (expected {*}); flows are not traced to endpoints':
      'geen document met UX-stromen (verwacht: {0}); stromen worden niet aan endpoints gekoppeld',
    'this copy states a newer date than {*} ({*} against {*}), but the config makes {*} the copy read; its changes are not in the spec':
      'deze kopie vermeldt een nieuwere datum dan {0} ({1} tegenover {2}), maar de configuratie laat {3} lezen; de wijzigingen ervan staan niet in de specificatie',
    're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config':
      'deel de nieuwere kopie opnieuw op (of neem de wijzigingen over in de andere), of wijzig de optie sharded in de configuratie',
    'superseded by {*} ({*}); read as history only':
      'vervangen door {0} ({1}); alleen als geschiedenis gelezen',
    'superseded by {*} where they differ ({*})': 'vervangen door {0} waar ze verschillen ({1})',
    'a later spec-kit feature ({*} after {*})': 'een latere spec-kit-feature ({0} na {1})',
    'a summary at the specs root that revises {*}': 'een samenvatting in de root van specs die {0} herziet',
    'no cache store is chosen: cache entries are in-process only':
      'er is geen cacheopslag gekozen: cache-items bestaan alleen binnen het proces',
    'no queue or scheduler is chosen: jobs run on {*}':
      'er is geen wachtrij of planner gekozen: taken draaien op {0}',
    '{*}: "{*}" — no purge job': '{0}: „{1}” — geen opschoontaak',
    '{*}: "{*}" is a minimum retention — no purge job (no deletion is stated)':
      '{0}: „{1}” is een minimale bewaartermijn — geen opschoontaak (er wordt geen verwijdering vermeld)',
    '{*} is stated, but not whether it issues JWTs or sessions: JWT bearer tokens are proposed (rule derive/auth-default-jwt)':
      "{0} wordt vermeld, maar niet of het JWT's of sessies uitgeeft: JWT-bearertokens worden voorgesteld (regel derive/auth-default-jwt)",
    'state the mechanism beside the library (e.g. "session cookies")':
      'vermeld het mechanisme naast de bibliotheek (bijv. „sessiecookies”)',
    'retention "{*}" ({*}) matches no entity':
      'bewaartermijn „{0}” ({1}) komt met geen enkele entiteit overeen',
    '"{*}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known':
      '„{0}” staat niet in de catalogus van aanbieders: endpoints, authenticatie, limieten en webhooks zijn niet bekend',
    'state "{*}" is not a value of {*} ({*})': 'toestand „{0}” is geen waarde van {1} ({2})',
    'map each stated state to an enum value, or add it to the data model':
      'koppel elke vermelde toestand aan een enumwaarde, of voeg hem toe aan het datamodel',
    '"{*}" is named in the documents but no data model defines it':
      '„{0}” wordt in de documenten genoemd maar geen datamodel definieert het',
    'define the entity in the data model, or state it as an assumption in the decisions file':
      'definieer de entiteit in het datamodel, of vermeld haar als aanname in het beslissingenbestand',
    '{*} is defined differently in {*}': '{0} is anders gedefinieerd in {1}',
    'session timeout {*} is shorter than the refresh token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'sessietime-out {0} is korter dan de levensduur van het refreshtoken {1} in {2}: de time-out geldt als inactiviteitstime-out en de levensduur van het token als absolute sessieduur',
    'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'sessietime-out {0} is korter dan de levensduur van het toegangstoken {1} in {2}: de time-out geldt als inactiviteitstime-out en de levensduur van het token als absolute sessieduur',
    'confirm or change this in the decisions file (id: {*})':
      'bevestig of wijzig dit in het beslissingenbestand (id: {0})',
    '{*}: {*} in {*} replaces {*} in this older version':
      '{0}: {1} in {2} vervangt {3} in deze oudere versie',
    '{*} is not satisfied by any endpoint, job, entity, rule or alert':
      'aan {0} voldoet geen enkel endpoint, taak, entiteit, regel of alarm',
    '{*}: {*} here, but {*} in {*}; using {*} ({*})':
      '{0}: hier {1}, maar {2} in {3}; {4} wordt gebruikt ({5})',
    'align the documents, or record a choice in the decisions file':
      'breng de documenten in overeenstemming, of leg een keuze vast in het beslissingenbestand',
    'section "{*}" could not be derived from the documents':
      'sectie „{0}” kon niet uit de documenten worden afgeleid',
    '{*}: {*} ({*}) vs {*} ({*}); the first is used':
      '{0}: {1} ({2}) tegenover {3} ({4}); de eerste wordt gebruikt',
    'the documents state no roles: using {*}': 'de documenten vermelden geen rollen: {0} wordt gebruikt',
    '{*} (administration is mentioned)': '{0} (er wordt over beheer gesproken)',
    'state the roles in the PRD (a roles table or "roles: a, b") to replace the default':
      'vermeld de rollen in het PRD (een rollentabel of „rollen: a, b”) om de standaardwaarde te vervangen',
    'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)':
      'er is geen authenticatiestrategie vermeld: JWT-bearertokens worden aangenomen (regel derive/auth-default-jwt)',
    'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)':
      'vermeld de strategie in de architectuur (bijv. „Authenticatie: JWT” of de identiteitsprovider)',
    'role "{*}" received no permission: it reaches only public and self-service endpoints':
      'rol „{0}” heeft geen enkel recht gekregen: ze bereikt alleen openbare en selfservice-endpoints',
    'session timeout {*} ({*}) is shorter than the refresh-token lifetime {*} ({*}): the session limit caps the refresh chain':
      'sessietime-out {0} ({1}) is korter dan de levensduur van het refreshtoken {2} ({3}): de sessiegrens begrenst de reeks vernieuwingen',
    'user-story actor "{*}" matches none of the roles {*}':
      'actor „{0}” van de user story komt met geen van de rollen {1} overeen',
    'the route table lets "{*}" call {*}, but no role is called "{*}": the route is granted to no role':
      'de routetabel laat „{0}” {1} aanroepen, maar geen rol heet „{2}”: de route wordt aan geen enkele rol toegekend',
    'write one of the roles ({*}) in the access cell, or state the role "{*}" in the documents':
      'schrijf een van de rollen ({0}) in de toegangscel, of vermeld de rol „{1}” in de documenten',
    'TypeScript does not parse: {*}; declarations that parsed were read':
      'TypeScript kan niet worden geparsed: {0}; de declaraties die wel geparsed konden worden, zijn gelezen',
    '{*} needs {*}, but no entity or field of the data model holds them':
      '{0} heeft {1} nodig, maar geen entiteit of veld van het datamodel bevat ze',
    '{*} need {*}, but no entity or field of the data model holds them':
      '{0} hebben {1} nodig, maar geen entiteit of veld van het datamodel bevat ze',
    'model the record, or state an assumption in the decisions file':
      'modelleer het record, of vermeld een aanname in het beslissingenbestand',
    'no entity or field of the data model holds these settings':
      'geen entiteit of veld van het datamodel bevat deze instellingen',
    'PostgreSQL could not be started: {*}': 'PostgreSQL kon niet worden gestart: {0}',
    'embedded PostgreSQL: {*}': 'ingebouwde PostgreSQL: {0}',
    'PostgreSQL at --postgres-url failed: {*}': 'PostgreSQL op --postgres-url is mislukt: {0}',
    'check that the server runs, accepts this role and answers; or leave out --postgres-url to verify with embedded PGlite':
      'controleer of de server draait, deze rol accepteert en antwoordt; of laat --postgres-url weg om met de ingebouwde PGlite te verifiëren',
    'connect as a role without superuser that may CREATE in the database, or pass --allow-superuser':
      'verbind als rol zonder superuser die CREATE mag uitvoeren in de database, of geef --allow-superuser mee',
    '{*} is not the text the renderer emits: not applied':
      '{0} is niet de tekst die de renderer uitvoert: niet toegepast',
    'verification applies only the statements backend-spec renders from the model':
      'de verificatie past alleen de statements toe die backend-spec uit het model genereert',
    '{*} — in: {*}': '{0} — in: {1}',
    '{*} was edited by hand since it was generated: not overwritten, nothing was written':
      '{0} is met de hand bewerkt sinds het is gegenereerd: niet overschreven, er is niets geschreven',
    'move your edits into the planning documents (or a decisions file), or re-run with --force to replace it':
      'neem je wijzigingen op in de planningsdocumenten (of in een beslissingenbestand), of voer opnieuw uit met --force om het te vervangen',
    '--out {*} is a file, not a folder: nothing was written':
      '--out {0} is een bestand, geen map: er is niets geschreven',
    'pass a folder (it is created when missing), e.g. --out build/spec':
      'geef een map op (die wordt aangemaakt als ze ontbreekt), bijv. --out build/spec',
    'the output folder {*} resolves outside the project: nothing was written':
      'de uitvoermap {0} ligt buiten het project: er is niets geschreven',
    'write inside the project, or name the folder explicitly with --out DIR':
      'schrijf binnen het project, of noem de map expliciet met --out DIR',
    "an earlier run was interrupted after its output was complete; it was put in place before this run's output":
      'een eerdere run werd onderbroken nadat de uitvoer compleet was; die is vóór de uitvoer van deze run op zijn plaats gezet',
    'an earlier run was interrupted while writing; its partial files were removed (its previous output had stayed intact)':
      'een eerdere run werd tijdens het schrijven onderbroken; de gedeeltelijke bestanden zijn verwijderd (de vorige uitvoer was intact gebleven)',
    'invalid YAML: {*}': 'ongeldige YAML: {0}',
    'fix the YAML syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); values with `:` or `{` need quotes':
      'corrigeer de YAML-syntaxis (YAML 1.2, https://yaml.org/spec/1.2.2/); waarden met `:` of `{` hebben aanhalingstekens nodig',
    'the documentation folder "{*}" is outside the project ({*})':
      'de documentatiemap „{0}” ligt buiten het project ({1})',
    'use a folder inside the project (e.g. `docs`), or pass --docs DIR and --out DIR on the command line to work elsewhere':
      'gebruik een map binnen het project (bijv. `docs`), of geef --docs DIR en --out DIR mee op de opdrachtregel om elders te werken',
    'the config file must be a mapping of `key: value` pairs':
      'het configuratiebestand moet een mapping van `key: value`-paren zijn',
    'write one `key: value` per line, e.g. `documentation_dir: docs`':
      'schrijf één `key: value` per regel, bijv. `documentation_dir: docs`',
    '`{*}` must be a string, found {*}': '`{0}` moet een string zijn, gevonden: {1}',
    'write it as text: {*}: "..."': 'schrijf het als tekst: {0}: "..."',
    '{*} has no text besides front matter and comments; it is not read':
      '{0} bevat geen tekst naast front matter en commentaar; het wordt niet gelezen',
    'write the document, or delete the empty file': 'schrijf het document, of verwijder het lege bestand',
    'read as {*}': 'gelezen als {0}',
    '{*} is {*}; it is not read': '{0} is {1}; het wordt niet gelezen',
    'replace it with a regular file, or move it out of the documentation folder':
      'vervang het door een gewoon bestand, of verplaats het uit de documentatiemap',
    'split the document (BMAD shards work), or move generated dumps out of the documentation folder':
      'splits het document (BMAD-delen werken), of verplaats gegenereerde dumps uit de documentatiemap',
    'save it as UTF-8 text, or move it out of the documentation folder':
      'sla het op als UTF-8-tekst, of verplaats het uit de documentatiemap',
    'check the file permissions': 'controleer de bestandsrechten',
    'nothing to compile: {*} planning file was found, but none has text that can be read':
      'niets te compileren: er is {0} planningsbestand gevonden, maar geen ervan bevat leesbare tekst',
    'nothing to compile: {*} planning files were found, but none has text that can be read':
      'niets te compileren: er zijn {0} planningsbestanden gevonden, maar geen ervan bevat leesbare tekst',
    'write the PRD and the architecture document, or run `backend-spec init` for a starting point':
      'schrijf het PRD en het architectuurdocument, of voer `backend-spec init` uit als startpunt',
    'reading the documents took longer than {*} s; nothing is generated from a partial read':
      'het lezen van de documenten duurde langer dan {0} s; er wordt niets gegenereerd uit een gedeeltelijke lezing',
    'check for slow or network file systems under the documentation folder, or pass --docs DIR':
      'controleer op trage of netwerkbestandssystemen onder de documentatiemap, of geef --docs DIR mee',
    '{*} exists and was not written by backend-spec: left untouched, nothing was written':
      '{0} bestaat en is niet door backend-spec geschreven: ongemoeid gelaten, er is niets geschreven',
    'move {*} away, or write the output elsewhere with --out DIR':
      'verplaats {0}, of schrijf de uitvoer elders met --out DIR',
    'another backend-spec run is writing {*}; nothing was written':
      'een andere run van backend-spec schrijft {0}; er is niets geschreven',
    'wait for it to finish and run again (a lock left by a killed run, {*}/.backend-spec.lock, is taken over automatically)':
      'wacht tot die klaar is en voer opnieuw uit (een vergrendeling die een afgebroken run achterliet, {0}/.backend-spec.lock, wordt automatisch overgenomen)',
    'could not read {*}: {*} ({*}); the previous output is unchanged':
      'kon {0} niet lezen: {1} ({2}); de vorige uitvoer is ongewijzigd',
    'could not write {*}: {*} ({*}); the previous output is unchanged':
      'kon {0} niet schrijven: {1} ({2}); de vorige uitvoer is ongewijzigd',
    'could not read {*}: {*} ({*})': 'kon {0} niet lezen: {1} ({2})',
    'could not write {*}: {*} ({*})': 'kon {0} niet schrijven: {1} ({2})',
    'backend-spec failed: {*}': 'backend-spec is mislukt: {0}',
    'this is a bug in backend-spec: please report it with the command and, if you can, the documents':
      'dit is een bug in backend-spec: meld hem met de opdracht en, als het kan, de documenten',
    '{*} is not a directory': '{0} is geen map',
    'pass the project folder that holds the planning documents':
      'geef de projectmap op die de planningsdocumenten bevat',
    'run `backend-spec --help` for usage': 'voer `backend-spec --help` uit voor het gebruik',
    '"{*}" is none of the stated values of {*} and cannot be read as one':
      '„{0}” is geen van de vermelde waarden van {1} en kan niet als een daarvan worden gelezen',
    'no open question, conflict or parameter "{*}" was found':
      'geen open vraag, conflict of parameter „{0}” gevonden',
    'this run asks no open questions; conflict subjects are listed in section 0 of backend-spec.md':
      'deze run stelt geen open vragen; de onderwerpen van conflicten staan in sectie 0 van backend-spec.md',
    'open question ids: {*}; conflict subjects are listed in section 0 of backend-spec.md':
      "id's van open vragen: {0}; de onderwerpen van conflicten staan in sectie 0 van backend-spec.md",
    '"{*}" is not an option of question {*}': '„{0}” is geen optie van vraag {1}',
    'this question offers no options: answer it with `assume: <value>` or `dismiss: true`':
      'deze vraag biedt geen opties: beantwoord haar met `assume: <value>` of `dismiss: true`',
    'options: {*}; or answer with `assume: <value>`': 'opties: {0}; of antwoord met `assume: <value>`',
    'the documents state there is no authentication: every operation is public':
      'de documenten vermelden dat er geen authenticatie is: elke operatie is openbaar',
    'the chosen database "{*}" has no schema dialect here: no schema file is written for it':
      'de gekozen database „{0}” heeft hier geen schemadialect: er wordt geen schemabestand voor geschreven',
    'PostgreSQL, MySQL, SQLite and MongoDB schemas are supported':
      "schema's voor PostgreSQL, MySQL, SQLite en MongoDB worden ondersteund",
    'table name {*} is used by two entities: {*} gets {*}':
      'tabelnaam {0} wordt door twee entiteiten gebruikt: {1} krijgt {2}',
    '{*}.{*} is an enum but no document lists its values: stored as text':
      '{0}.{1} is een enum maar geen document noemt de waarden: opgeslagen als tekst',
    '{*}.{*} lists values {*} but enum {*} has {*}: the field gets its own type':
      '{0}.{1} noemt de waarden {2} maar enum {3} heeft {4}: het veld krijgt een eigen type',
    'index on {*} names a table no data model defines: left out':
      'index op {0} noemt een tabel die geen datamodel definieert: weggelaten',
    'index on {*} ({*}) is stated as {*}, but {*}: it becomes a b-tree index':
      'index op {0} ({1}) wordt vermeld als {2}, maar {3}: het wordt een b-tree-index',
    '{*}.{*} references "{*}", which no data model defines: kept as a plain column':
      '{0}.{1} verwijst naar „{2}”, dat geen datamodel definieert: bewaard als gewone kolom',
    '{*}.{*} references {*}.{*}, which is not a column with a single-column key':
      '{0}.{1} verwijst naar {2}.{3}, dat geen kolom met een sleutel van één kolom is',
    'relationship {*} → {*} names an entity no data model defines: left out':
      'relatie {0} → {1} noemt een entiteit die geen datamodel definieert: weggelaten',
    'relationship {*} → {*} has no foreign key in the SQL of {*}: not added':
      'relatie {0} → {1} heeft geen vreemde sleutel in de SQL van {2}: niet toegevoegd',
    'add a column referencing {*} to {*}, or remove the relationship':
      'voeg aan {1} een kolom toe die naar {0} verwijst, of verwijder de relatie',
    'bcrypt cost {*} is below 12 (OWASP Password Storage Cheat Sheet)':
      'bcrypt-kostfactor {0} ligt onder 12 (OWASP Password Storage Cheat Sheet)',
    '{*}.{*} references {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0}.{1} verwijst naar {2} in {3} ({4}) maar naar {5} in {6} ({7}); {8} gaat voor',
    'the {*} extractor failed on this document: {*}': 'de extractor {0} is mislukt op dit document: {1}',
    'what it would have read is missing from the spec; please report this with the document':
      'wat hij zou hebben gelezen, ontbreekt in de specificatie; meld dit samen met het document',
    'index on {*}, which no data model defines': 'index op {0}, dat geen datamodel definieert',
    '{*} ({*}, {*}) and {*} ({*}, {*}) share {*} fields: probably one entity under two names':
      '{0} ({1}, {2}) en {3} ({4}, {5}) delen {6} velden: waarschijnlijk één entiteit onder twee namen',
    'erDiagram cardinality not understood: "{*}"; skipped':
      'erDiagram-kardinaliteit niet begrepen: „{0}”; overgeslagen',
    'erDiagram line not understood: "{*}"; skipped': 'erDiagram-regel niet begrepen: „{0}”; overgeslagen',
    'erDiagram entity {*} is not closed with "}"': 'erDiagram-entiteit {0} is niet afgesloten met "}"',
    'SQL blocks were not read: the PostgreSQL parser was not loaded':
      'SQL-blokken zijn niet gelezen: de PostgreSQL-parser is niet geladen',
    'call prepare() from src/extract/sql.ts before extract()':
      'roep prepare() uit src/extract/sql.ts aan vóór extract()',
    'ALTER TABLE {*}: no CREATE TABLE {*} in this document':
      'ALTER TABLE {0}: geen CREATE TABLE {1} in dit document',
    'a field table has no heading or caption naming its entity; skipped':
      'een veldentabel heeft geen kop of bijschrift dat haar entiteit noemt; overgeslagen',
    'put the entity name in a heading or a `**Table: name**` line above the table':
      'zet de naam van de entiteit in een kop of een regel `**Table: name**` boven de tabel',
    '{*} is a code sample in a note, not an entity of the data model; not designed':
      '{0} is een codevoorbeeld in een notitie, geen entiteit van het datamodel; niet ontworpen',
    'define it in the data model document if it is stored':
      'definieer het in het datamodeldocument als het wordt opgeslagen',
    'TypeScript fence has a line of {*} characters, too long to be a declaration; skipped':
      'TypeScript-blok heeft een regel van {0} tekens, te lang voor een declaratie; overgeslagen',
    'break the line, or mark the fence as another language if it is not TypeScript':
      'breek de regel af, of markeer het blok als een andere taal als het geen TypeScript is',
    'TypeScript fence is nested too deeply to parse; skipped':
      'TypeScript-blok is te diep genest om te parsen; overgeslagen',
    'split the declaration, or mark the fence as another language if it is not TypeScript':
      'splits de declaratie, of markeer het blok als een andere taal als het geen TypeScript is',
    '{*} rejected: {*}': '{0} geweigerd: {1}',
    'copy the words from the document and cite the line they are on':
      'kopieer de woorden uit het document en verwijs naar de regel waarop ze staan',
    'run `backend-spec schema facts` for the shape of the overlay':
      'voer `backend-spec schema facts` uit voor de vorm van de overlay',
    'this copy states a newer date than {*} ({*}), but the config makes {*} the copy read; its changes are not in the spec':
      'deze kopie vermeldt een nieuwere datum dan {0} ({1}), maar de configuratie laat {2} lezen; de wijzigingen ervan staan niet in de specificatie',
    'no single {*} document: {*} shard in folders named {*} are read as the {*}':
      'geen enkel {0}-document: {1} deel in mappen met de naam {2} wordt gelezen als het {3}',
    'no single {*} document: {*} shards in folders named {*} are read as the {*}':
      'geen enkel {0}-document: {1} delen in mappen met de naam {2} worden gelezen als het {3}',
    '{*} is drawn as {*} here, but the keys make it {*} ({*})':
      '{0} is hier getekend als {1}, maar de sleutels maken het {2} ({3})',
    'correct the drawing or the summary, or change the keys if the drawing is right':
      'corrigeer de tekening of de samenvatting, of wijzig de sleutels als de tekening klopt',
    '{*} is listed as the {*} here, but {*} marks it {*}':
      '{0} staat hier als de {1}, maar {2} markeert het als {3}',
    'state {*} is not a value of {*} ({*})': 'toestand {0} is geen waarde van {1} ({2})',
    'states {*} are not values of {*} ({*})': 'toestanden {0} zijn geen waarden van {1} ({2})',
    '{*}: {*}; decided: {*} ({*})': '{0}: {1}; beslist: {2} ({3})',
    '{*} is still defined here, but {*} says: "{*}" — dropped as decided':
      '{0} is hier nog gedefinieerd, maar {1} zegt: „{2}” — weggelaten zoals beslist',
    '{*} is still defined here, but {*} says: "{*}" — kept until question {*} is answered':
      '{0} is hier nog gedefinieerd, maar {1} zegt: „{2}” — behouden tot vraag {3} is beantwoord',
    '{*}.{*} here is {*}.{*} in {*}; the spec uses {*}':
      '{0}.{1} hier is {2}.{3} in {4}; de specificatie gebruikt {5}',
    'use one name in every document': 'gebruik één naam in alle documenten',
    'role {*} has no value in {*} ({*})': 'rol {0} heeft geen waarde in {1} ({2})',
    'roles {*} have no value in {*} ({*})': 'rollen {0} hebben geen waarde in {1} ({2})',
    'add the role to the enum, or say which existing role the persona uses':
      'voeg de rol toe aan de enum, of vermeld welke bestaande rol de persona gebruikt',
    '{*} `{*}` is not copied into the schema: {*}': '{0} `{1}` wordt niet naar het schema gekopieerd: {2}',
    '{*} is named as part of the design, but {*} marks it {*}':
      '{0} wordt genoemd als deel van het ontwerp, maar {1} markeert het als {2}',
    'table {*}: no planning document mentions it': 'tabel {0}: geen planningsdocument noemt haar',
    'cite the requirement it serves, or record it as an assumption':
      'verwijs naar de eis die ze dient, of leg haar vast als aanname',
    'role {*}: no planning document mentions it': 'rol {0}: geen planningsdocument noemt haar',
    'the permission matrix lists {*}, which the API section does not document':
      'de rechtenmatrix noemt {0}, dat de API-sectie niet documenteert',
    '{*} has no row in the permission matrix (line {*})':
      '{0} heeft geen rij in de rechtenmatrix (regel {1})',
    'the permission matrix has a column for role "{*}", which the spec never defines':
      'de rechtenmatrix heeft een kolom voor rol „{0}”, die de specificatie nergens definieert',
    'entity {*} has no CREATE TABLE in the SQL': 'entiteit {0} heeft geen CREATE TABLE in de SQL',
    '{*} does not exist; the documents compile to it':
      '{0} bestaat niet; de documenten worden ernaar gecompileerd',
    '{*} differs from what the documents compile to now (first difference at line {*})':
      '{0} wijkt af van wat de documenten nu opleveren (eerste verschil op regel {1})',
    'run `backend-spec generate` and commit the result':
      'voer `backend-spec generate` uit en commit het resultaat',
    'no "{*}" section: the workflow\'s 15 sections are all required':
      'geen sectie „{0}”: de 15 secties van de workflow zijn allemaal verplicht',
    'a json block is not JSON: {*}': 'een json-blok is geen JSON: {0}',
    '{*}: {*} at {*}': '{0}: {1} in {2}',
    'SQL does not parse: {*}': 'SQL kan niet worden geparsed: {0}',
    'permission denied': 'toegang geweigerd',
    'give your user access to it (chmod/chown), or choose another folder':
      'geef je gebruiker er toegang toe (chmod/chown), of kies een andere map',
    'operation not permitted': 'bewerking niet toegestaan',
    'give your user access to it, or choose another folder':
      'geef je gebruiker er toegang toe, of kies een andere map',
    'a symlink loop': 'een lus van symbolische koppelingen',
    'remove or fix the symlink that points back at itself':
      'verwijder of herstel de symbolische koppeling die naar zichzelf terugwijst',
    'a file is in the way where a folder is needed': 'er staat een bestand waar een map nodig is',
    'move that file, or choose another folder': 'verplaats dat bestand, of kies een andere map',
    'a folder is in the way where a file is needed': 'er staat een map waar een bestand nodig is',
    'move that folder, or choose another path': 'verplaats die map, of kies een ander pad',
    'no space left on the device': 'geen ruimte meer op het apparaat',
    'free some disk space and run again': 'maak schijfruimte vrij en voer opnieuw uit',
    'the disk quota is exceeded': 'het schijfquotum is overschreden',
    'free some space and run again': 'maak ruimte vrij en voer opnieuw uit',
    'a read-only file system': 'een alleen-lezen bestandssysteem',
    'write to a writable folder with --out DIR': 'schrijf naar een beschrijfbare map met --out DIR',
    'the path is too long': 'het pad is te lang',
    'use a shorter path': 'gebruik een korter pad',
    'too many open files': 'te veel geopende bestanden',
    'raise the open-file limit (ulimit -n) and run again':
      'verhoog de limiet voor geopende bestanden (ulimit -n) en voer opnieuw uit',
    'an I/O error of the device': 'een I/O-fout van het apparaat',
    'check the disk or mount, then run again':
      'controleer de schijf of het koppelpunt en voer daarna opnieuw uit',
    'the path is busy': 'het pad is bezet',
    'close whatever holds it, then run again': 'sluit af wat het bezet houdt en voer daarna opnieuw uit',
    'a device or pipe without a reader': 'een apparaat of pipe zonder lezer',
    'replace it with a regular file': 'vervang het door een gewoon bestand',
    'it does not exist': 'het bestaat niet',
    'check the path': 'controleer het pad',
    'check the path and run again': 'controleer het pad en voer opnieuw uit',
    'a path': 'een pad',
    'not valid YAML: {*}': 'geen geldige YAML: {0}',
    'expected a list of decisions (or a `decisions:` list)':
      'een lijst met beslissingen verwacht (of een lijst `decisions:`)',
    'a decision is a mapping: `{ id, choose | assume | dismiss, reason }` or `{ assume, reason }`':
      'een beslissing is een mapping: `{ id, choose | assume | dismiss, reason }` of `{ assume, reason }`',
    'unknown key {*}': 'onbekende sleutel {0}',
    'unknown keys {*}': 'onbekende sleutels {0}',
    'a decision needs a non-empty `reason`': 'een beslissing heeft een niet-lege `reason` nodig',
    'one answer per entry: `choose`, `assume` or `dismiss`, not several':
      'één antwoord per item: `choose`, `assume` of `dismiss`, niet meerdere',
    '`dismiss` needs the `id` of the question it sets aside':
      '`dismiss` heeft het `id` nodig van de vraag die het terzijde legt',
    '`dismiss` takes `true`': '`dismiss` accepteert `true`',
    '`assume` must not be empty': '`assume` mag niet leeg zijn',
    'a choice needs both `id` (the conflict subject) and `choose` (the value to use)':
      'een keuze heeft zowel `id` (het onderwerp van het conflict) als `choose` (de te gebruiken waarde) nodig',
    '{*} entities but no endpoints': '{0} entiteiten maar geen endpoints',
    '{*} {*} has no success response': '{0} {1} heeft geen succesantwoord',
    '{*} {*} does not declare path parameter {*}': '{0} {1} declareert de padparameter {2} niet',
    '{*} {*} has no request schema': '{0} {1} heeft geen verzoekschema',
    '{*} has no endpoint': '{0} heeft geen endpoint',
    'job {*} targets no table: {*}': 'taak {0} richt zich op geen enkele tabel: {1}',
    'job {*} targets table {*}, which the data model lacks':
      'taak {0} richt zich op tabel {1}, die in het datamodel ontbreekt',
    'integration {*} has no name': 'integratie {0} heeft geen naam',
    'cache entry {*} is invalidated by {*}, which the data model lacks':
      'cache-item {0} wordt ongeldig gemaakt door {1}, dat in het datamodel ontbreekt',
    '{*} has no primary key': '{0} heeft geen primaire sleutel',
    '{*}.{*} has no type': '{0}.{1} heeft geen type',
    '{*}.{*} is an enum without values': '{0}.{1} is een enum zonder waarden',
    'relationship {*} → {*} names an entity that is not in the model':
      'relatie {0} → {1} noemt een entiteit die niet in het model staat',
    'many-to-many {*} ↔ {*} has no join table referencing both':
      'veel-op-veel {0} ↔ {1} heeft geen koppeltabel die naar beide verwijst',
    '{*} → {*}: {*}.{*} is not a foreign key': '{0} → {1}: {2}.{3} is geen vreemde sleutel',
    '{*}.{*} (foreign key) is not the leading column of any index':
      '{0}.{1} (vreemde sleutel) is niet de eerste kolom van een index',
    '{*} cannot be read by primary key': '{0} kan niet via de primaire sleutel worden gelezen',
    '{*} has no usable retry policy': '{0} heeft geen bruikbaar beleid voor nieuwe pogingen',
    'job {*} lacks retries, a dead-letter destination or a timeout':
      'taak {0} mist nieuwe pogingen, een dead-letterbestemming of een time-out',
    'cache entry {*} is not tied to entity writes':
      'cache-item {0} is niet gekoppeld aan schrijfacties op entiteiten',
    '{*}.{*} is sensitive but not redacted from logs':
      '{0}.{1} is gevoelig maar wordt niet gemaskeerd in logs',
    'alert on {*} cites no NFR': 'alarm op {0} verwijst naar geen enkele niet-functionele eis',
    'the API has endpoints but no OWASP Top 10 item is addressed':
      'de API heeft endpoints maar geen enkel punt van de OWASP Top 10 wordt behandeld',
    'there is no permission matrix': 'er is geen rechtenmatrix',
    'endpoint {*} has {*} matrix rows (expected 1)':
      'endpoint {0} heeft {1} rijen in de matrix (verwacht: 1)',
    'endpoint {*} has no decision for role {*}': 'endpoint {0} heeft geen beslissing voor rol {1}',
    'no authentication strategy': 'geen authenticatiestrategie',
    'ownership rule {*}.{*} does not name a primary key column':
      'eigendomsregel {0}.{1} noemt geen kolom met een primaire sleutel',
    'ownership rule {*}.{*} does not name a foreign key column':
      'eigendomsregel {0}.{1} noemt geen kolom met een vreemde sleutel',
    '{*} {*} response exposes secret field {*}': 'antwoord van {0} {1} geeft geheim veld {2} prijs',
    '{*} {*}: the stated contract returns the secret field {*}; it is withheld from the response until the team confirms it may leave the server':
      '{0} {1}: het vermelde contract geeft het geheime veld {2} terug; het wordt uit het antwoord weggehouden totdat het team bevestigt dat het de server mag verlaten',
    'there is no error catalogue': 'er is geen foutcatalogus',
    'example of {*} does not match the envelope: {*}': 'voorbeeld van {0} past niet bij het foutformaat: {1}',
    'no error code for status {*}': 'geen foutcode voor status {0}',
    'the same file as {*} (a symbolic link)': 'hetzelfde bestand als {0} (een symbolische koppeling)',
    'empty: no text to read': 'leeg: geen tekst om te lezen',
    'a symbolic link to a file outside the project':
      'een symbolische koppeling naar een bestand buiten het project',
    'archived ({*}/) and not a PRD, architecture, UX or tech-stack document':
      'gearchiveerd ({0}/) en geen PRD-, architectuur-, UX- of technologiestackdocument',
    'not found': 'niet gevonden',
    '{*}, not a regular file': '{0}, geen gewoon bestand',
    'a named pipe (FIFO)': 'een named pipe (FIFO)',
    'a device': 'een apparaat',
    'a socket': 'een socket',
    'a folder': 'een map',
    'not a regular file': 'geen gewoon bestand',
    'cannot be read ({*})': 'kan niet worden gelezen ({0})',
    'not text: {*}': 'geen tekst: {0}',
    '{*}, over the {*} limit per document': '{0}, boven de limiet van {1} per document',
    'not read: reading took longer than the {*} s budget':
      'niet gelezen: het lezen duurde langer dan het budget van {0} s',
    'copy the document into the project (or link a whole shared docs folder); a link to a file elsewhere is never followed':
      'kopieer het document naar het project (of koppel een hele gedeelde documentenmap); een koppeling naar een bestand elders wordt nooit gevolgd',
    'shard of {*}, which holds its text; {*}': 'deel van {0}, dat de tekst ervan bevat; {1}',
    '{*}; read as history only': '{0}; alleen als geschiedenis gelezen',
    '{*}; read where the newer does not change it': '{0}; gelezen waar de nieuwere het niet wijzigt',
    'the role of --postgres-url is a superuser; verification needs only CREATE on the database':
      'de rol van --postgres-url is een superuser; de verificatie heeft alleen CREATE op de database nodig',
    '{*} is the stated database, but the documents describe no stored record: sections 1 and 2 cannot be written':
      '{0} is de vermelde database, maar de documenten beschrijven geen opgeslagen record: secties 1 en 2 kunnen niet worden geschreven',
    'describe the entities (a table of fields, SQL, an ER diagram), or supply them under `entities` in the facts file':
      'beschrijf de entiteiten (een veldentabel, SQL, een ER-diagram), of lever ze aan onder `entities` in het feitenbestand',
    '{*}: {*} here, but {*} in the same document (line {*}); assuming {*} until question {*} is answered':
      '{0}: hier {1}, maar {2} in hetzelfde document (regel {3}); {4} wordt aangenomen tot vraag {5} is beantwoord',
    '{*}: {*} here, but {*} in the same document (line {*}); using {*} as decided':
      '{0}: hier {1}, maar {2} in hetzelfde document (regel {3}); {4} wordt gebruikt zoals beslist',
    'correct one of the two lines, or answer the question in the decisions file':
      'corrigeer een van beide regels, of beantwoord de vraag in het beslissingenbestand',
    '{*} relies on {*}, which {*} leaves undecided ("{*}"); asked as question {*}':
      '{0} hangt af van {1}, dat {2} onbeslist laat („{3}”); gesteld als vraag {4}',
    'decide it in the documents, or answer the question in the decisions file':
      'beslis het in de documenten, of beantwoord de vraag in het beslissingenbestand',
    '"{*}" in the {*} {*} body is not a column of {*} ({*}); the closest is {*}':
      '„{0}” in de body van {1} {2} is geen kolom van {3} ({4}); het dichtstbij komt {5}',
    '"{*}" in the {*} {*} body is not a column of {*} ({*})':
      '„{0}” in de body van {1} {2} is geen kolom van {3} ({4})',
    'name the field as the data model does, or add the column':
      'noem het veld zoals het datamodel doet, of voeg de kolom toe',
    'no documentation language is set: the spec is written in {*}, the language of the documents':
      'er is geen documentatietaal ingesteld: de specificatie wordt geschreven in {0}, de taal van de documenten',
    'no documentation language is set: the documents are written in {*}, which has no catalog; the spec is written in English':
      'er is geen documentatietaal ingesteld: de documenten zijn geschreven in {0}, waarvoor geen catalogus bestaat; de specificatie wordt in het Engels geschreven',
    'set documentation_language in the config (or pass --lang) to choose another':
      'stel documentation_language in de configuratie in (of geef --lang mee) om een andere te kiezen',
    'story {*} lets {*} call {*}, which the stated permission matrix does not grant {*}':
      'user story {0} laat {1} {2} aanroepen, wat de vermelde rechtenmatrix {3} niet toekent',
    'story {*} asks {*} to call {*}, whose route table names other callers: the stated callers are kept':
      'verhaal {0} laat {1} {2} aanroepen, waarvan de routetabel andere aanroepers noemt: de genoemde aanroepers blijven',
    'add the role to the route table, or correct the story':
      'voeg de rol toe aan de routetabel of corrigeer het verhaal',
    'correct the matrix or the story, or record the choice in the decisions file':
      'corrigeer de matrix of de user story, of leg de keuze vast in het beslissingenbestand',
    '{*} is not one of the planning documents read ({*})':
      '{0} is niet een van de gelezen planningsdocumenten ({1})',
    'the quote "{*}" is too short to check (at least {*} characters)':
      'het citaat „{0}” is te kort om te controleren (minstens {1} tekens)',
    '{*} has {*} lines, the fact cites line {*}': '{0} heeft {1} regels, het feit verwijst naar regel {2}',
    'the quote does not occur in {*}': 'het citaat komt niet voor in {0}',
    'the quote occurs in {*} at line {*}, not within {*} lines of line {*}':
      'het citaat komt voor in {0} op regel {1}, niet binnen {2} regels van regel {3}',
    'quote found in {*} near line {*}': 'citaat gevonden in {0} bij regel {1}',
    'stated at {*}': 'vermeld in {0}',
    'given twice in the overlay': 'twee keer opgegeven in de overlay',
    'defined at {*}; its fields below fill gaps only':
      'gedefinieerd in {0}; de velden hieronder vullen alleen leemten aan',
    'no entity {*} is defined': 'er is geen entiteit {0} gedefinieerd',
    'no role {*} is defined': 'er is geen rol {0} gedefinieerd',
    '{*} states {*} as {*}, not {*}': '{0} vermeldt {1} als {2}, niet {3}',
    '{*} states its values as {*}': '{0} vermeldt zijn waarden als {1}',
    '{*} rejects {*}': '{0} wijst {1} af',
    '{*} marks {*} as {*}': '{0} markeert {1} als {2}',
    '{*} chooses {*} for {*}': '{0} kiest {1} voor {2}',
    '{*} states {*} {*} {*}': '{0} vermeldt {1} {2} {3}',
    'field {*}': 'veld {0}',
    'entity {*}': 'entiteit {0}',
    'relationship {*}': 'relatie {0}',
    'enum {*}': 'enum {0}',
    'role {*}': 'rol {0}',
    'permission {*}': 'recht {0}',
    'job {*}': 'taak {0}',
    'integration {*}': 'integratie {0}',
    'rule {*}': 'regel {0}',
    'stack {*}': 'stack {0}',
  },
};
