import type { DerivedPhrase } from '../en/derived.js';

/** Dutch wording of the clauses derive rules write (see en/derived.ts). */
export const derived: Record<DerivedPhrase, string> = {
  'The request is malformed or fails validation.': 'Het verzoek is misvormd of doorstaat de validatie niet.',
  'Missing or invalid credentials.': 'Ontbrekende of ongeldige inloggegevens.',
  'The caller may not perform this operation on this resource.':
    'De aanroeper mag deze operatie niet uitvoeren op deze resource.',
  'The resource does not exist or is not visible to the caller.':
    'De resource bestaat niet of is niet zichtbaar voor de aanroeper.',
  'A unique value is already taken, or the resource state does not allow this.':
    'Een unieke waarde is al in gebruik, of de toestand van de resource staat dit niet toe.',
  'A request with this {} is still being processed.': 'Een verzoek met deze {0} wordt nog verwerkt.',
  'A referenced record does not exist.': 'Een record waarnaar verwezen wordt, bestaat niet.',
  'The {} was used with a different payload.': 'De {0} is gebruikt met een andere inhoud.',
  'Too many requests': 'Te veel verzoeken',
  'retry after the time in {}': 'probeer opnieuw na de tijd in {0}',
  'Unique key per logical request': 'Unieke sleutel per logisch verzoek',
  'a retry with the same key returns the first result ({}).':
    'een nieuwe poging met dezelfde sleutel geeft het eerste resultaat terug ({0}).',
  'exponential {} × {}^attempt (cap {}) with full jitter':
    'exponentieel {0} × {1}^poging (maximaal {2}) met volledige jitter',
  'honour {}': 'met inachtneming van {0}',
  'honours {} {} headers': 'respecteert de {1}-headers van {0}',
  'any thrown error': 'elke opgeworpen fout',
  timeout: 'time-out',
  'network error or timeout': 'netwerkfout of time-out',
  'network error ({} transport)': 'netwerkfout (transport van {0})',
  'the {} transport’s own backoff': 'de eigen wachttijd van het transport van {0}',
  '{} table (payload, error, attempts, {})': 'tabel {0} (inhoud, fout, pogingen, {1})',
  'BullMQ failed set (kept, inspected and retried from the dashboard)':
    'failed-set van BullMQ (bewaard, bekeken en opnieuw geprobeerd vanuit het dashboard)',
  'dropped when the {} buffer is full (reporting never blocks a request)':
    'weggegooid wanneer de buffer van {0} vol is (rapporteren blokkeert nooit een verzoek)',
  'not stated in the documents: a rerun must not repeat work already done':
    'niet vermeld in de documenten: een nieuwe run mag al gedaan werk niet herhalen',
  'load the message by id': 'laad het bericht op id',
  'stop if already sent': 'stop als het al verstuurd is',
  'store the provider message id and status sent':
    'sla het bericht-id van de aanbieder en de status verstuurd op',
  'failures in the {} list mark it failed without retry':
    'mislukkingen in de lijst {0} markeren het als mislukt zonder nieuwe poging',
  'delete from the {} store where {} < {} (or {} is set and older than a day), in batches of {}':
    'verwijder uit de opslag {0} waar {1} < {2} (of {3} is gezet en ouder dan een dag), in batches van {4}',
  'the job loads the stored event, skips it if already processed, applies it, marks it processed':
    'de taak laadt de opgeslagen gebeurtenis, slaat haar over als ze al verwerkt is, past haar toe en markeert haar als verwerkt',
  'unique constraint on the provider event id: duplicates and redeliveries are skipped':
    'uniciteitsbeperking op het gebeurtenis-id van de aanbieder: duplicaten en herhaalde leveringen worden overgeslagen',
  'reject if older than {} minutes': 'weigeren als ouder dan {0} minuten',
  'raw body kept for verification': 'ruwe body bewaard voor de verificatie',
  'scheduled by {} cron timer (one leader instance)':
    'gepland door een cron-timer {0} (één leidende instantie)',
  'profile of the {} user, read by {} /{} on every page load':
    'profiel van de ingelogde gebruiker, bij elke paginalading gelezen door {1} /{2}',
  'no cache store is stated: {} LRU cache per instance (lost on restart, not shared), {} entries':
    'er is geen cacheopslag vermeld: LRU-cache {0} per instantie (verloren bij herstart, niet gedeeld), {1} items',
  'process is up (no dependency checks, so a slow database never restarts the pod)':
    'het proces draait (geen controle van afhankelijkheden, zodat een trage database de pod nooit herstart)',
  'ratio of {} responses to all responses': 'verhouding van {0}-antwoorden tot alle antwoorden',
  'index {}': 'index {0}',
  'load with {}': 'laden met {0}',
  'one batched query, never a {} per row': 'één gebundelde query, nooit een {0} per rij',
  "load with one query over the page's ids ({} {} {} (…)) or a join":
    "laden met één query over de id's van de pagina ({0} {1} {2} (…)) of met een join",
  '{} per minute per {} and account (default)': '{0} per minuut per {1} en per account (standaard)',
  '{} with {} beyond': 'daarboven {0} met {1}',
  'deny by default: {} endpoints × {} roles in the permission matrix (section {})':
    'standaard geweigerd: {0} endpoints × {1} rollen in de rechtenmatrix (sectie {2})',
  'passwords hashed with bcrypt, cost {} (stated)':
    'wachtwoorden gehasht met bcrypt, kostfactor {0} (vermeld)',
  'JWTs signed with the key in {} (≥ {} bits, from the environment, rotated by key id)':
    "JWT's ondertekend met de sleutel in {0} (≥ {1} bits, uit de omgeving, geroteerd via sleutel-id)",
  '{} sensitive fields never returned in responses (section {})':
    'gevoelige velden nooit teruggegeven in antwoorden: {0} (sectie {1})',
  'parameterised queries only': 'alleen geparametriseerde queries',
  "every query through Prisma's query {} (parameterised)":
    'elke query via de query-{0} van Prisma (geparametriseerd)',
  'raw queries only through its parameterised form ({} tagged templates), never string concatenation':
    'ruwe queries alleen in hun geparametriseerde vorm (getagde templates {0}), nooit via het aaneenrijgen van strings',
  'output encoded by the client framework, {} input sanitised before storage or render':
    'uitvoer gecodeerd door het clientframework; {0}-invoer opgeschoond vóór opslag of weergave',
  '{} {} validation rules enforced in the service layer, whatever the client checked (section {})':
    '{0} validatieregels aan de serverkant gehandhaafd in de servicelaag, wat de client ook controleerde (sectie {2})',
  '{} {} validation rules and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} validatieregels aan de serverkant en {2} bedrijfsregels gehandhaafd in de servicelaag, wat de client ook controleerde (sectie {3})',
  '{} {} validation rule enforced in the service layer, whatever the client checked (section {})':
    '{0} validatieregel aan de serverkant gehandhaafd in de servicelaag, wat de client ook controleerde (sectie {2})',
  '{} {} validation rule and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} validatieregel aan de serverkant en {2} bedrijfsregel gehandhaafd in de servicelaag, wat de client ook controleerde (sectie {3})',
  '{} {} validation rule and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} validatieregel aan de serverkant en {2} bedrijfsregels gehandhaafd in de servicelaag, wat de client ook controleerde (sectie {3})',
  '{} {} validation rules and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} validatieregels aan de serverkant en {2} bedrijfsregel gehandhaafd in de servicelaag, wat de client ook controleerde (sectie {3})',
  'error bodies follow the catalogue (section {}) and never carry stack traces or {}':
    'foutbodies volgen de catalogus (sectie {0}) en bevatten nooit stacktraces of {1}',
  '{} allows only the stated {} origin': '{0} staat alleen de vermelde origin {1} toe',
  'secrets only from environment variables (section {})':
    'geheimen alleen uit omgevingsvariabelen (sectie {0})',
  '{} URLs are never fetched {}': "de server haalt nooit door gebruikers aangeleverde URL's op",
  'every query filtered by {} from the token, never from the request':
    'elke query gefilterd op {0} uit het token, nooit uit het verzoek',
  'A01 Broken Access Control: for every {} row, each denied role gets {} and another tenant’s or owner’s id gets {}':
    'A01 Gebrekkige toegangscontrole: voor elke rij van de rechtenmatrix krijgt elke geweigerde rol {1} en krijgt het id van een andere tenant of eigenaar {2}',
  'A01 {} (token storage): a {} request from a foreign Origin, or without the cookie’s SameSite context, is rejected':
    'A01 {0} (opslag van tokens): een toestandswijzigend verzoek vanaf een vreemde Origin, of zonder de SameSite-context van de cookie, wordt geweigerd',
  'A02 Cryptographic Failures: stored passwords are hashes only':
    'A02 Cryptografische fouten: opgeslagen wachtwoorden zijn alleen hashes',
  'no response body contains a sensitive field': 'geen enkele antwoordbody bevat een gevoelig veld',
  'plain {} is redirected or refused': 'onversleuteld {0} wordt omgeleid of geweigerd',
  'A03 Injection: injection payloads (\' {} {} --, {"$gt": ""}, <script>) in every text and filter parameter return {} or no extra rows':
    'A03 Injectie: injectiepayloads (\' {0} {1} --, {"$gt": ""}, <script>) in elke tekst- en filterparameter geven {2} of geen extra rijen',
  'A04 Insecure Design: each business rule is enforced when the {} is called directly with a body that breaks it':
    'A04 Onveilig ontwerp: elke bedrijfsregel wordt gehandhaafd wanneer de {0} rechtstreeks wordt aangeroepen met een body die haar overtreedt',
  'A07 Identification and Authentication Failures: expired, tampered and missing tokens get {}':
    'A07 Fouten in identificatie en authenticatie: verlopen, gemanipuleerde en ontbrekende tokens krijgen {0}',
  'repeated failed logins hit the lockout or rate limit':
    'herhaalde mislukte logins activeren de blokkering of de frequentielimiet',
  'A08 Software and Data Integrity Failures: a webhook with a missing or wrong signature (or an old timestamp) is rejected and not processed':
    'A08 Fouten in de integriteit van software en gegevens: een webhook zonder of met een verkeerde handtekening (of met een oud tijdstempel) wordt geweigerd en niet verwerkt',
  'A09 Security Logging and Monitoring Failures: a failed login and a {} each produce a log line':
    'A09 Tekortkomingen in beveiligingslogging en -monitoring: een mislukte login en een {0} leveren elk een logregel op',
  'no redacted field appears in any log line': 'geen gemaskeerd veld verschijnt in een logregel',
  'A10 {} Request Forgery: no endpoint fetches a {} taken from the request':
    'A10 Server-Side Request Forgery (SSRF): geen enkel endpoint haalt een {1} op die uit het verzoek komt',
  'a load tool: ramp to the expected peak for {} minutes':
    'een belastingtool: opbouwen tot de verwachte piek gedurende {0} minuten',
  'schema: migrations are {}': 'schema: migraties zijn {0}',
  'a release only adds (columns nullable or defaulted, new tables)':
    'een release voegt alleen toe (kolommen nullable of met standaardwaarde, nieuwe tabellen)',
  'removals ship one release later': 'verwijderingen komen één release later',
  'so the previous application version runs on the new schema and rolling back the application needs no schema rollback':
    'zodat de vorige versie van de applicatie op het nieuwe schema draait en het terugdraaien van de applicatie geen terugdraaien van het schema vraagt',
  'the runner records each applied file in a migrations table and applies only new ones, each in a transaction':
    'de runner legt elk toegepast bestand vast in een migratietabel en past alleen nieuwe toe, elk in een transactie',
  'run before the new release starts': 'uitgevoerd voordat de nieuwe release start',
  'files are never edited after they have been applied anywhere':
    'bestanden worden nooit bewerkt nadat ze ergens zijn toegepast',
  'a faulty migration is fixed by a new forward migration':
    'een foutieve migratie wordt hersteld met een nieuwe voorwaartse migratie',
  'a faulty migration is fixed by a new forward migration (Prisma has no down migrations)':
    'een foutieve migratie wordt hersteld met een nieuwe voorwaartse migratie (Prisma kent geen terugdraaimigraties)',
  'restore from the {} backup only for data loss':
    'herstel de back-up van vóór de deployment alleen bij gegevensverlies',
  '{} entities of {} with a primary key ({} composite)':
    '{0} van {1} entiteiten met een primaire sleutel ({2} samengesteld)',
  '{} typed fields, {} constraints (not null, unique, foreign key, check)':
    '{0} getypeerde velden, {1} beperkingen (not null, unique, vreemde sleutel, check)',
  '{} indexes ({} stated or unique, {} by rule)': '{0} indexen ({1} vermeld of uniek, {2} volgens regel)',
  '{} of {} foreign keys indexed': '{0} van {1} vreemde sleutels geïndexeerd',
  '{} of {} tables reachable by primary key': '{0} van {1} tabellen bereikbaar via de primaire sleutel',
  '{} endpoints, {} with {} schemas from the data model, {} of {} entities reachable':
    "{0} endpoints, {1} met verzoek- en antwoordschema's uit het datamodel, {3} van {4} entiteiten bereikbaar",
  'every entity users act on has an endpoint': 'elke entiteit waarop gebruikers handelen heeft een endpoint',
  '{} jobs, each with retries, a {} destination and a timeout':
    '{0} taken, elk met nieuwe pogingen, een dead-letterbestemming en een time-out',
  '{} redacted fields and headers': '{0} gemaskeerde velden en headers',
  '{} sensitive model fields covered': 'gevoelige velden van het model gedekt: {0}',
  '{} alerts, each from a stated {} or a named default':
    '{0} alarmen, elk uit een vermeld {1} of een benoemde standaardwaarde',
  'no data model in the documents': 'geen datamodel in de documenten',
  '{} endpoints against a real PostgreSQL test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints tegen een echte PostgreSQL-testinstantie, migraties eerst toegepast (nooit een mock van de database)',
  '{} endpoints against a real Supabase test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints tegen een echte Supabase-testinstantie, migraties eerst toegepast (nooit een mock van de database)',
  'A06 Vulnerable and Outdated Components: the CI dependency audit fails the build on a known {} vulnerability':
    'A06 Kwetsbare en verouderde componenten: de audit van afhankelijkheden in de CI laat de build falen bij een bekende {0}-kwetsbaarheid',
  '{} relationships resolved ({} {}, {} {}, {} {})':
    '{0} relaties opgelost ({1} een-op-een, {3} een-op-veel, {5} veel-op-veel)',
  'load the source record and its template': 'laad het bronrecord en zijn sjabloon',
  'render to PDF': 'genereer de pdf',
  'store the file under a key derived from the document id and version, then record its location':
    'sla het bestand op onder een sleutel afgeleid van het id en de versie van het document, en leg daarna de locatie vast',
  'the storage key is derived from document id + version: a rerun overwrites the same file':
    'de opslagsleutel is afgeleid van document-id + versie: een nieuwe run overschrijft hetzelfde bestand',
  'delete the stored files of those rows from object storage first (a file without a row is unreachable)':
    'verwijder eerst de opgeslagen bestanden van die rijen uit de objectopslag (een bestand zonder rij is onbereikbaar)',
  'repeat until none remain': 'herhaal tot er geen meer over zijn',
  'record the count deleted': 'leg het aantal verwijderde rijen vast',
  'Apply the stated rule "{*}" to each {*} once its time has passed':
    'Pas de vermelde regel „{0}” toe op elke {1} zodra de tijd daarvoor verstreken is',
  'select ids from {*} where {*} and {*} < cutoff, batchSize at a time':
    "selecteer id's uit {0} waar {1} en {2} < cutoff, batchSize tegelijk",
  'select ids from {*} where {*} and {*} <= horizon, batchSize at a time':
    "selecteer id's uit {0} waar {1} en {2} <= horizon, batchSize tegelijk",
  'The documents state a rule that applies {*} before "{*}" ("{*}"), but no time column of {*} holds the time of that event: which column does the job compare with?':
    'De documenten vermelden een regel die {0} vóór „{1}” geldt („{2}”), maar geen tijdkolom van {3} bevat het tijdstip van die gebeurtenis: met welke kolom vergelijkt de taak?',
  'set {*} on each of those rows in its own transaction, only if {*}':
    'zet {0} op elk van die rijen in een eigen transactie, alleen als {1}',
  'record the count changed': 'leg het aantal gewijzigde rijen vast',
  'only rows still in {*} change: a rerun finds the changed rows gone':
    'alleen rijen die nog in {0} staan veranderen: een nieuwe run vindt de gewijzigde rijen niet meer',
  'The documents state a rule that applies once a time has passed ("{*}"), but no state of the entity it names is the one it leads to: which table, which time column and which change does the job make?':
    'De documenten vermelden een regel die geldt zodra een tijd verstreken is („{0}”), maar geen toestand van de entiteit die ze noemt is die waartoe ze leidt: welke tabel, welke tijdkolom en welke wijziging voert de taak uit?',
  'deleting rows older than the cutoff is repeatable: a rerun finds nothing left to delete':
    'rijen ouder dan de grens verwijderen is herhaalbaar: een nieuwe run vindt niets meer om te verwijderen',
  'Render the PDF documents the requirements name within the stated < {} seconds target':
    'Genereer de pdf-documenten die de eisen noemen binnen het vermelde doel van < {0} seconden',
  '{} is the source of truth': '{0} is de bron van waarheid',
  'creates a timestamped {} migration locally': 'maakt lokaal een {0}-migratie met tijdstempel aan',
  '{} runs {} against the target database before the new release starts':
    '{0} voert {1} uit op de doeldatabase voordat de nieuwe release start',
  '> {} over {} (burns the {} monthly error budget of the stated {} availability {} too fast)':
    '> {0} over {1} (verbruikt het maandelijkse foutbudget van {2} van de vermelde beschikbaarheid van {3} {4} te snel)',
  'a reset link is sent if the account exists (no account enumeration, {} {} {}).':
    'er wordt een herstellink verstuurd als het account bestaat (geen opsomming van accounts, {0} {1} {2}).',
  'phone in international format, digits only (no +, spaces or leading zeros)':
    'telefoon in internationaal formaat, alleen cijfers (zonder +, spaties of voorloopnullen)',
  'external API response from {*}: repeated lookups need not call it again (respect its terms on caching)':
    'antwoord van de externe API van {0}: herhaalde opvragingen hoeven haar niet opnieuw aan te roepen (respecteer haar voorwaarden voor caching)',
  'external API response from {*}: the documents ask for caching of integration responses (respect its terms on caching)':
    'antwoord van de externe API van {0}: de documenten vragen om caching van integratieantwoorden (respecteer haar voorwaarden voor caching)',
  'stated in the documents: {*}': 'vermeld in de documenten: {0}',
  'Start the payment of a {*} at {*}': 'De betaling van een {0}-record starten bij {1}',
  'no payment provider is stated: which operation starts the payment of a {name} is an open question':
    'geen betaalprovider vermeld: welke operatie de betaling van een {0}-record start, is een open vraag',
  'outbound HTTP only to the integration hosts ({*})':
    'uitgaand HTTP alleen naar de hosts van de integraties ({0})',
  'the route table names other callers for the route it asks for':
    'de routetabel noemt andere aanroepers voor de route die het vraagt',
  'no action verb of the languages read': 'geen actiewerkwoord uit de gelezen talen',
  'the documents state no stored data: the story names no record the API keeps':
    'de documenten vermelden geen opgeslagen gegevens: de user story noemt geen record dat de API bewaart',
  'the documents state no stored data and no stated route serves the story':
    'de documenten vermelden geen opgeslagen gegevens en geen vermelde route bedient de user story',
  'the story names no object': 'de user story noemt geen object',
  'the story names no entity of the data model': 'de user story noemt geen entiteit van het datamodel',
  'no role may call it: the requirements that named it are served by another operation a role calls':
    'geen rol mag haar aanroepen: de eisen die haar noemden worden bediend door een andere operatie die een rol aanroept',
  'no role may call it: no story, grant or stated access names a caller':
    'geen rol mag het aanroepen: geen user story, recht of vermelde toegang noemt een aanroeper',
  'no requirement or story asks to delete it': 'geen eis of user story vraagt om het te verwijderen',
  'the documents say the system generates it': 'de documenten zeggen dat het systeem het genereert',
  'the documents say it is deactivated or archived, never deleted':
    'de documenten zeggen dat het wordt gedeactiveerd of gearchiveerd, nooit verwijderd',
  'a queue, snapshot or time series is written by the system':
    'een wachtrij, momentopname of tijdreeks wordt door het systeem geschreven',
  'The dashboard of the signed-in user': 'Het dashboard van de ingelogde gebruiker',
  'The {} of the {name}, to print.': '{0} van {1}, om af te drukken.',
  '{} of the {name}, to print': '{0} van {1}, om af te drukken',
  'Number of {name} records per {}': 'Aantal {0}-records per {1}',
  '{*}, as a file.': '{0}, als bestand.',
  'The file format, as the documents state them.': 'Het bestandsformaat, zoals de documenten het vermelden.',
  'tenant data is reached only within the tenant':
    'gegevens van een tenant zijn alleen binnen die tenant bereikbaar',
  'The documents cache "{*}", but no endpoint of the API serves it and no entity of the data model is it: which read does the entry hold, and which parameters make its key?':
    'De documenten cachen "{0}", maar geen endpoint van de API levert het en geen entiteit van het datamodel is het: welke leesactie bevat de entry, en welke parameters vormen de sleutel?',
  'The documents keep "{*}" for {*}, but no entity of the data model holds it: which table does this retention apply to, and is it a minimum or a purge deadline?':
    'De documenten bewaren „{0}” gedurende {1}, maar geen entiteit van het datamodel bevat het: op welke tabel is deze bewaartermijn van toepassing, en is het een minimum of een uiterste verwijderdatum?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no entity of the data model holds that event and its time: which table and which time column does the reminder scan?':
    'De documenten vragen om een herinnering {0} vóór „{1}” („{2}”), maar geen entiteit van het datamodel bevat die gebeurtenis en het tijdstip ervan: welke tabel en welke tijdkolom doorzoekt de herinnering?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time (its time columns: {*}): which column does the job compare with the cutoff?':
    'De documenten tellen {0} vanaf „{1}” („{2}”), maar geen enkele kolom van {3} legt dat tijdstip vast (de tijdkolommen: {4}): met welke kolom vergelijkt de taak de grens?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time: which column does the job compare with the cutoff?':
    'De documenten tellen {0} vanaf „{1}” („{2}”), maar geen enkele kolom van {3} legt dat tijdstip vast: met welke kolom vergelijkt de taak de grens?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but several time columns of {*} may hold that time ({*}): which column does the reminder scan?':
    'De documenten vragen om een herinnering {0} vóór „{1}” („{2}”), maar meerdere tijdkolommen van {3} kunnen dat tijdstip bevatten ({4}): welke kolom doorzoekt de herinnering?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no time column of {*} is named so: which column does the reminder scan?':
    'De documenten vragen om een herinnering {0} vóór „{1}” („{2}”), maar geen tijdkolom van {3} heet zo: welke kolom doorzoekt de herinnering?',
  'The documents say sign-in is passwordless ("{*}") but not how: a one-time link by e-mail, a one-time code, or an identity provider?':
    'De documenten zeggen dat inloggen zonder wachtwoord gaat („{0}”) maar niet hoe: een eenmalige link per e-mail, een eenmalige code of een identiteitsprovider?',
  'The documents ask for an action {*} after a due date has passed ("{*}"): which table and which due-date column does the job scan, and what does it send or change?':
    'De documenten vragen om een actie {0} nadat een vervaldatum is verstreken („{1}”): welke tabel en welke vervaldatumkolom doorzoekt de taak, en wat verstuurt of wijzigt ze?',
  'The route table lets "{*}" call {*}, but no role of the documents is called that: which role is it, or should the documents add it?':
    'De routetabel laat „{0}” {1} aanroepen, maar geen rol uit de documenten heet zo: welke rol is het, of moeten de documenten haar toevoegen?',
  'The documents scope {*} ("{*}"), but no foreign key of the data model leads from what it names to the user: which column scopes it?':
    'De documenten bakenen {0} af („{1}”), maar geen vreemde sleutel van het datamodel leidt van wat ze noemen naar de gebruiker: welke kolom bakent het af?',
  'no entities and no stated routes: the project has no {} to document':
    'geen entiteiten en geen vermelde routes: het project heeft geen API om te documenteren',
  'credential header': 'header met inloggegevens',
  'integration credential': 'inloggegevens van de integratie',
  'passwords and tokens in {} bodies': 'wachtwoorden en tokens in {0}-bodies',
  'secret: never logged': 'geheim: nooit gelogd',
  'personal data: masked in logs': 'persoonsgegeven: gemaskeerd in logs',
  'from {} or generated, echoed in the response and in error bodies':
    'uit {0} of gegenereerd, herhaald in het antwoord en in foutbodies',
  tenant: 'tenantkolom',
  'the template, not the raw URL': 'het sjabloon, niet de ruwe URL',
  'error level only': 'alleen op foutniveau',
  'body of auth routes': 'body van de authenticatieroutes',
  'from the provider dashboard': 'uit het dashboard van de aanbieder',
  value: 'waarde',
  'random {}+ bytes': '{0}+ willekeurige bytes',
  '{} lines, one object per event': '{0}-regels, één object per gebeurtenis',
  '{} lines via {}': '{0}-regels via {1}',
  'minimum level from {} (debug, info, warn, error)': 'minimumniveau uit {0} (debug, info, warn, error)',
  'message id': 'bericht-id',
  recipient: 'ontvanger',
  'template and variables': 'sjabloon en variabelen',
  'webhook event id': 'gebeurtenis-id van de webhook',
  'event type': 'soort gebeurtenis',
  'verified payload': 'geverifieerde inhoud',
  'document id': 'document-id',
  'template version': 'versie van het sjabloon',
  'message row status (pending → sent) checked before each send':
    'status van de berichtrij (pending → sent) gecontroleerd vóór elke verzending',
  'Send {*} through {*} outside the request: {*}': 'Verstuur {0} via {1} buiten het verzoek om: {2}',
  'Apply {*} events ({*}) after the endpoint has verified and stored them':
    'Pas gebeurtenissen van {0} ({1}) toe nadat het endpoint ze heeft geverifieerd en opgeslagen',
  'PostgreSQL job table ({} … {} {} {} {})': 'taaktabel in PostgreSQL ({0} … {1} {2} {3} {4})',
  '{} cron timer (one leader instance)': 'cron-timer {0} (één leidende instantie)',
  'Page size (default {}, at most {}).': 'Paginagrootte (standaard {0}, hoogstens {1}).',
  'Number of records to skip.': 'Aantal records om over te slaan.',
  'As stated in the documents.': 'Zoals vermeld in de documenten.',
  'Id of the {name}.': 'Id van het {0}-record.',
  'Id of the parent {name}.': 'Id van het bovenliggende {0}-record.',
  'The {*} path parameter.': 'De padparameter {0}.',
  'Only {name} records whose {} equals this value (indexed).':
    'Alleen {0}-records waarvan {1} gelijk is aan deze waarde (geïndexeerd).',
  'A page of {name} records.': 'Een pagina {0}-records.',
  'The created {name}.': 'Het aangemaakte {0}-record.',
  'The updated {name}.': 'Het bijgewerkte {0}-record.',
  'The {name}.': 'Het {0}-record.',
  '{*}: {} must exist': '{0}: {1} moet bestaan',
  '{*} (+ and {} digits)': '{0} (+ en {1} cijfers)',
  'Get the {} user': 'De ingelogde gebruiker lezen',
  'The {} user.': 'De ingelogde gebruiker.',
  'Sign in with credentials': 'Inloggen met inloggegevens',
  'Send a one-time sign-in link by e-mail': 'Een eenmalige inloglink per e-mail versturen',
  'Send a one-time sign-in code as a text message': 'Een eenmalige inlogcode als sms-bericht versturen',
  'Send a one-time sign-in code to the phone number':
    'Een eenmalige inlogcode naar het telefoonnummer versturen',
  'Send a one-time sign-in code by e-mail': 'Een eenmalige inlogcode per e-mail versturen',
  'Sign in with a one-time link': 'Inloggen met een eenmalige link',
  'Sign in with a one-time code': 'Inloggen met een eenmalige code',
  'Accepted; the link or code is sent if the account exists (no account enumeration).':
    'Geaccepteerd; de link of code wordt verstuurd als het account bestaat (geen opsomming van accounts).',
  'The credentials are wrong.': 'De inloggegevens zijn onjuist.',
  'Exchange a refresh token for a new access token':
    'Een refreshtoken inwisselen voor een nieuw toegangstoken',
  'New tokens were issued.': 'Er zijn nieuwe tokens uitgegeven.',
  'rate and errors per route ({} endpoints)': 'aantal en fouten per route ({0} endpoints)',
  'duration per route': 'duur per route',
  'buckets around the stated latency targets': 'buckets rond de vermelde latentiedoelen',
  'queue depth per job ({} jobs)': 'wachtrijdiepte per taak ({0} taken)',
  'failures per job, including dead-lettered ones':
    'mislukkingen per taak, inclusief die in de dead-letter zijn beland',
  'hit rate per cache entry': 'trefferpercentage per cache-item',
  'connection pool saturation': 'verzadiging van de connectiepool',
  '{*} calls and failures': 'aanroepen en mislukkingen van {0}',
  '{} list endpoints paginate (cursor)': '{0} lijst-endpoints pagineren (cursor)',
  '{} list endpoints paginate (offset)': '{0} lijst-endpoints pagineren (offset)',
  'larger limits are clamped, never rejected silently':
    'grotere limieten worden teruggebracht tot het maximum, nooit stilzwijgend geweigerd',
  'backup taken before migrating': 'back-up gemaakt vóór het migreren',
  'backups kept {*} (stated)': 'back-ups {0} bewaard (vermeld)',
  'no secret field in any response schema': 'geen geheim veld in enig antwoordschema',
  'access tokens expire after {} (stated)': 'toegangstokens verlopen na {0} (vermeld)',
  'refresh tokens after {}': 'refreshtokens na {0}',
  'refresh tokens after {}, rotated on use': 'refreshtokens na {0}, geroteerd bij gebruik',
  'auth failures, permission denials and {} are logged (section {})':
    'mislukte authenticaties, geweigerde rechten en {0} worden gelogd (sectie {1})',
  'A05 Security Misconfiguration: error bodies carry no stack trace or {}':
    'A05 Onjuiste beveiligingsconfiguratie: foutbodies bevatten geen stacktraces of {0}',
  '{} entries with key, {} and invalidation': '{0} items met sleutel, {1} en ongeldig maken',
  '1 entry with key, {} and invalidation': '1 item met sleutel, {0} en ongeldig maken',
  'deleting expired rows is repeatable': 'verlopen rijen verwijderen is herhaalbaar',
  '{name}: {} methods, each error path in @throws': '{0}: {1} methoden, elk foutpad in @throws',
  'Broken Access Control': 'Gebrekkige toegangscontrole',
  'Cryptographic Failures': 'Cryptografische fouten',
  Injection: 'Injectie',
  'Insecure Design': 'Onveilig ontwerp',
  'Security Misconfiguration': 'Onjuiste beveiligingsconfiguratie',
  'Vulnerable and Outdated Components': 'Kwetsbare en verouderde componenten',
  'Identification and Authentication Failures': 'Fouten in identificatie en authenticatie',
  'Software and Data Integrity Failures': 'Fouten in de integriteit van software en gegevens',
  'Security Logging and Monitoring Failures': 'Tekortkomingen in beveiligingslogging en -monitoring',
  '{} Request Forgery': 'Server-Side Request Forgery (SSRF)',
  '{} (token storage)': '{0} (opslag van tokens)',
  Authentication: 'Authenticatie',
  Database: 'Databank',
  Caching: 'Caching',
  'Background jobs': 'Achtergrondtaken',
  'External integrations': 'Externe integraties',
  'Backend framework': 'Backendframework',
  '{} style': 'Stijl {0}',
  Hosting: 'Hosting',
  'File storage': 'Bestandsopslag',
  Monitoring: 'Bewaking',
  'schema in section {}': 'schema in sectie {0}',
  '{*} schema, {*} migrations': 'schema van {0}, migraties van {1}',
  '{*} schema and migrations': 'schema en migraties van {0}',
  'raw {}, versioned migrations': 'ruwe {0}, geversioneerde migraties',
  '{} entities, {} indexes': '{0} entiteiten, {1} indexen',
  'no data model is described': 'er is geen datamodel beschreven',
  'access {}': 'toegangstoken {0}',
  'refresh {}': 'refreshtoken {0}',
  '{*} (proposed)': '{0} (voorgesteld)',
  'none: the documents describe no stored data': 'geen: de documenten beschrijven geen opgeslagen gegevens',
  '{*} for {} entries': '{0} voor {1} items',
  '{*} for 1 entry': '{0} voor 1 item',
  'no cache store is stated: {*}, {} entries': 'er is geen cacheopslag vermeld: {0}, {1} items',
  'no cache store is stated: {*}, 1 entry': 'er is geen cacheopslag vermeld: {0}, 1 item',
  '{} jobs': '{0} taken',
  '{} LRU cache per instance (lost on restart, not shared)':
    'LRU-cache {0} per instantie (verloren bij herstart, niet gedeeld)',
  'Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'header Stripe-Signature: HMAC-SHA256 van "{timestamp}.{raw body}" met het geheim van het endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on event.id':
    'Gebeurtenissen kunnen in willekeurige volgorde en meer dan eens aankomen: ontdubbel op event.id',
  'HTTP Basic with the Account SID and Auth Token (or an API key pair)':
    'HTTP Basic met de Account SID en het Auth Token (of een API-sleutelpaar)',
  'X-Twilio-Signature header: base64 HMAC-SHA1 of the full URL plus sorted POST parameters, keyed with the Auth Token':
    'header X-Twilio-Signature: base64-HMAC-SHA1 van de volledige URL plus de gesorteerde POST-parameters, met het Auth Token als sleutel',
  'The sending domain must be verified (SPF/DKIM records) before production mail':
    'Het verzenddomein moet geverifieerd zijn (SPF/DKIM-records) vóór productiemail',
  'DSN (public key in the URL)': 'DSN (publieke sleutel in de URL)',
  'auth token only for release and source-map upload at build time':
    'authenticatietoken alleen voor de release en het uploaden van source maps tijdens de build',
  'service role key on the server (bypasses RLS)': 'service-role-sleutel op de server (omzeilt RLS)',
  'user JWT + storage.objects RLS policies from clients':
    "JWT van de gebruiker + RLS-policy's van storage.objects vanuit de clients",
  'Never expose the service role key to the client': 'Stel de service-role-sleutel nooit bloot aan de client',
  'No server-side API: the user sends the message, so there is no delivery status to record':
    'Geen API aan de serverkant: de gebruiker verstuurt het bericht, dus er is geen bezorgstatus om vast te leggen',
  'Links placed in the message must be safe to share (signed, expiring URLs)':
    "Links in het bericht moeten veilig te delen zijn (ondertekende, verlopende URL's)",
  'Accepted (202) is not delivered: delivery state arrives through the Event Webhook':
    'Geaccepteerd (202) is niet bezorgd: de bezorgstatus komt binnen via de Event Webhook',
  'PUT of the same key overwrites: derive object keys from ids so a retry writes the same key':
    "Een PUT op dezelfde sleutel overschrijft: leid objectsleutels af van id's zodat een nieuwe poging dezelfde sleutel schrijft",
  'API key (key parameter or X-Goog-Api-Key), restricted by API and by server IP':
    'API-sleutel (parameter key of X-Goog-Api-Key), beperkt per API en per IP van de server',
  'Terms limit caching: place IDs may be stored':
    "De voorwaarden beperken caching: place-id's mogen worden opgeslagen",
  'coordinates only for up to 30 days': 'coördinaten slechts tot 30 dagen',
  'HTTP Basic with user "api" and the API key': 'HTTP Basic met gebruiker "api" en de API-sleutel',
  'documents are upserted by primary key: reuse the entity id':
    'documenten worden ge-upsert op primaire sleutel: hergebruik het id van de entiteit',
  '> {}% over {} (burns the {}% monthly error budget of the stated {}% availability {}× too fast)':
    '> {0}% over {1} (verbruikt het maandelijkse foutbudget van {2}% van de vermelde beschikbaarheid van {3}% {4} keer te snel)',
  'sized for the stated {} concurrent users: pool ≥ {} per instance, statement timeout below the slowest latency target':
    'gedimensioneerd voor de vermelde {0} gelijktijdige gebruikers: pool ≥ {1} per instantie, statement-time-out onder het traagste latentiedoel',
  'The {} of the {name}.': '{0} van het {1}-record.',
  'Start of the {*}.': 'Begin van {0}.',
  'End of the {*}.': 'Einde van {0}.',
  'Delete {*} older than the stated retention of {*} ("{}")':
    'Verwijder {0} ouder dan de vermelde bewaartermijn van {1} („{2}”)',
  'select ids from {*} where {} < cutoff, oldest first, batchSize at a time':
    "selecteer id's uit {0} waar {1} < cutoff, oudste eerst, batchSize tegelijk",
  'delete those rows from {*} in one transaction per batch':
    'verwijder die rijen uit {0} in één transactie per batch',
  '{} second': '{0} seconde',
  '{} minute': '{0} minuut',
  '{} hour': '{0} uur',
  '{} hours': '{0} uur',
  '{} day': '{0} dag',
  '{} days': '{0} dagen',
  '{} week': '{0} week',
  '{} weeks': '{0} weken',
  '{} month': '{0} maand',
  '{} months': '{0} maanden',
  '{} year': '{0} jaar',
  '{} years': '{0} jaar',
  'Remind {*} before each {*} ("{*}")': 'Herinner {0} vóór elke {1} („{2}”)',
  'select {*} rows whose {*} falls in the window and whose reminder_sent_at is null':
    'selecteer {0}-rijen waarvan {1} in het venster valt en waarvan reminder_sent_at null is',
  'deadline as stated: {*}': 'deadline zoals vermeld: {0}',
  'select ids from {*} where {*} and the stated deadline has passed, batchSize at a time':
    "selecteer id's uit {0} waar {1} en de vermelde deadline verstreken is, batchSize tegelijk",
  'the user roles, as the identity provider issues them':
    'de rollen van de gebruiker, zoals de identiteitsprovider ze uitgeeft',
  'issuer: {*} — the API accepts only tokens it issued (RFC 7519 §4.1.1)':
    'uitgever: {0} — de API accepteert alleen tokens die deze uitgever heeft uitgegeven (RFC 7519 §4.1.1)',
  'send one reminder per row through a channel the documents leave undecided':
    'verstuur één herinnering per rij via een kanaal dat de documenten onbeslist laten',
  'send one reminder per row through {*}': 'verstuur één herinnering per rij via {0}',
  'set reminder_sent_at = now() on each row in the same transaction as the send is recorded':
    'zet reminder_sent_at = now() op elke rij in dezelfde transactie waarin de verzending wordt vastgelegd',
  'reminder_sent_at marks each row: a rerun or an overlapping scan never sends twice':
    'reminder_sent_at markeert elke rij: een nieuwe run of een overlappende scan verstuurt nooit twee keer',
  '{*} runs a dependency audit (npm audit --audit-level=high or equivalent) and fails the build on known high-severity vulnerabilities':
    '{0} voert een audit van de afhankelijkheden uit (npm audit --audit-level=high of gelijkwaardig) en laat de build falen bij bekende kwetsbaarheden met hoge ernst',
  'lockfile committed': 'lockfile gecommit',
  'webhooks accepted only over mutual TLS with the provider’s client certificate: {*}':
    'webhooks alleen geaccepteerd via wederzijdse TLS met het clientcertificaat van de aanbieder: {0}',
  'webhooks accepted only with a valid signature: {*}':
    'webhooks alleen geaccepteerd met een geldige handtekening: {0}',
  '{*} ({} header)': '{0} (header {1})',
  'each of {*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    'elk van {0} controleert de handtekening ({1}), slaat de gebeurtenis op met een uniek gebeurtenis-id en antwoordt meteen 2xx',
  '{*} checks the client certificate (mutual TLS, as the documents state), stores the event with a unique event id and answers 2xx at once':
    '{0} controleert het clientcertificaat (wederzijdse TLS, zoals de documenten vermelden), slaat de gebeurtenis op met een uniek gebeurtenis-id en antwoordt meteen 2xx',
  '{*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    '{0} controleert de handtekening ({1}), slaat de gebeurtenis op met een uniek gebeurtenis-id en antwoordt meteen 2xx',
  'OWASP Top 10 2021 items addressed: {*}': 'behandelde punten van de OWASP Top 10 2021: {0}',
  '{} story operations allowed for their actors':
    '{0} operaties uit user stories toegestaan voor hun actoren',
  'period start and end (the previous run’s end to now)':
    'begin en einde van de periode (van het einde van de vorige run tot nu)',
  'keyed by period: a rerun for the same period replaces its own output':
    'sleutel per periode: een nieuwe run voor dezelfde periode vervangt zijn eigen uitvoer',
  'no entity or field of the data model holds these settings':
    'geen entiteit of veld van het datamodel bevat deze instellingen',
  'Link accounts by the stable {} claim, not by email':
    'Koppel accounts via de stabiele claim {0}, niet via het e-mailadres',
  "load with one query: WHERE {*} = ANY($1) over the page's ids (or a JOIN), parameterised":
    "laden met één query: WHERE {0} = ANY($1) over de id's van de pagina (of een JOIN), geparametriseerd",
  "load with one query over the page's ids (WHERE {*} IN (…)) or a join":
    "laden met één query over de id's van de pagina (WHERE {0} IN (…)) of met een join",
  "load with {} / relations: ['…'] in the repository query":
    "laden met {0} / relations: ['…'] in de repositoryquery",
  'load with include: [{ model: … }] in {}': 'laden met include: [{ model: … }] in {0}',
  "load with one $in query on {} over the page's ids (or a $lookup), never a find per document":
    "laden met één $in-query op {0} over de id's van de pagina (of een $lookup), nooit een find per document",
  'load with {} or one join': 'laden met {0} of één join',
  '> {*} over {*} (burns the {*} monthly error budget of the stated {*} availability {*} too fast)':
    '> {0} over {1} (verbruikt het maandelijkse foutbudget van {2} van de vermelde beschikbaarheid van {3} {4} te snel)',
  'user JWTs verified with the project JWKS (or the legacy JWT secret)':
    "JWT's van gebruikers gecontroleerd met de JWKS van het project (of het verouderde JWT-geheim)",
  'service role key on the server only': 'service-role-sleutel alleen op de server',
  'the webhook URL is the secret': 'de URL van de webhook is het geheim',
  'reject object values and $-prefixed keys where a scalar is expected (NoSQL operator injection)':
    'weiger objectwaarden en sleutels met een $-voorvoegsel waar een scalaire waarde wordt verwacht (NoSQL-operatorinjectie)',
  'no string concatenation of input into SQL': 'nooit invoer via stringaaneenschakeling in SQL',
  "the application's processes (no queue is stated)":
    'de processen van de applicatie (er is geen wachtrij vermeld)',
  'in-process queue (no queue or database is stated)':
    'wachtrij binnen het proces (er is geen wachtrij of database vermeld)',
  'The documents state recurring work every {*} ("{}") without saying what it does: what does this task do, and on which data?':
    'De documenten vermelden terugkerend werk elke {0} („{1}”) zonder te zeggen wat het doet: wat doet deze taak, en op welke gegevens?',
  'Mirror users into the local database from the user.* webhooks':
    'Spiegel gebruikers naar de lokale database vanuit de webhooks user.*',
  '{*} server-side integrations, each with retries ({*})':
    '{0} integraties aan de serverkant, elk met nieuwe pogingen ({1})',
  'delete from {*} where {*} < now() (or {*} is set and older than a day), in batches of {*}':
    'verwijder uit {0} waar {1} < now() (of {2} is gezet en ouder dan een dag), in batches van {3}',
  '{} relationship resolved ({} {}, {} {}, {} {})':
    '{0} relatie opgelost ({1} een-op-een, {3} een-op-veel, {5} veel-op-veel)',
  '{} endpoints against the real dependencies, migrations applied first (never a mock of the database)':
    '{0} endpoints tegen de echte afhankelijkheden, migraties eerst toegepast (nooit een mock van de database)',
  '{*} endpoints against a real {*} test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints tegen een echte testinstantie van {1}, migraties eerst toegepast (nooit een mock van de database)',
  '{*} endpoints against a real PostgreSQL started by Testcontainers, migrations applied first (never a mock of the database)':
    '{0} endpoints tegen een echte PostgreSQL gestart door Testcontainers, migraties eerst toegepast (nooit een mock van de database)',
  'application: {*}': 'applicatie: {0}',
  'redeploy the previous release artifact': 'deploy het artefact van de vorige release opnieuw',
  'promote the previous production deployment (Vercel dashboard "Instant Rollback" or {})':
    'promoveer de vorige productiedeployment (Vercel-dashboard "Instant Rollback" of {0})',
  'redeploy the previous image ({}, then {})': 'deploy het vorige image opnieuw ({0}, daarna {1})',
  'set the image tag back to the previous release and {}':
    'zet de imagetag terug naar de vorige release en {0}',
  'run the previous image tag': 'draai de vorige imagetag',
  'publish the previous deploy from the Deploys list': 'publiceer de vorige deploy vanuit de lijst Deploys',
  'roll back to the previous deploy from the service’s Events':
    'rol terug naar de vorige deploy vanuit de Events van de service',
  'redeploy the previous deployment': 'deploy de vorige deployment opnieuw',
  'no requirement, story or flow asks to create or change it':
    'geen eis, user story of stroom vraagt om het aan te maken of te wijzigen',
  'no requirement, story or flow names it': 'geen eis, user story of stroom noemt het',
  'Guessable identifiers': 'Raadbare identificatoren',
  'the stated sequential integer keys of {*} are taken as ids in paths such as {*}: they are guessable (OWASP API1:2023)':
    'de vermelde oplopende gehele sleutels van {0} worden als id gebruikt in paden zoals {1}: ze zijn raadbaar (OWASP API1:2023)',
  'every request by id checks ownership or tenant in the query and answers 404 for a record the caller may not see':
    'elk verzoek op id controleert eigendom of tenant in de query en antwoordt 404 voor een record dat de aanroeper niet mag zien',
  'replacing them with UUIDs changes a stated contract and needs a decision':
    "ze vervangen door UUID's wijzigt een vermeld contract en vraagt om een beslissing",
  'Secrets in URLs': "Geheimen in URL's",
  '{*} carry a secret in the path as stated: URLs end up in access logs, proxies and browser history (OWASP API2:2023)':
    "{0} dragen zoals vermeld een geheim in het pad: URL's belanden in toegangslogs, proxy's en de browsergeschiedenis (OWASP API2:2023)",
  'the token is random with at least 128 bits, single-purpose and revocable, and request logs mask it':
    'het token is willekeurig met ten minste 128 bits, voor één doel en intrekbaar, en verzoeklogs maskeren het',
  'A01 Guessable identifiers: a request with the next sequential id of a record the caller does not own gets {}':
    'A01 Raadbare identificatoren: een verzoek met het volgende oplopende id van een record dat niet van de aanroeper is, krijgt {0}',
  'A04 Secrets in URLs: a wrong or revoked token in the path gets {} and request logs show it masked':
    "A04 Geheimen in URL's: een verkeerd of ingetrokken token in het pad krijgt {0} en verzoeklogs tonen het gemaskeerd",
  '{} beside {} turns {} off for these path parameters only, each entry citing its stated line, because the stated contract wins':
    '{0} naast {1} zet {2} alleen voor deze padparameters uit, elk item met zijn vermelde regel, omdat het vermelde contract voorgaat',
  'Secret {} key as a Bearer token (server only)':
    'Geheime {0}-sleutel als bearertoken (alleen op de server)',
  'Access token as a Bearer token (server only)': 'Toegangstoken als bearertoken (alleen op de server)',
  'public key in the client': 'publieke sleutel in de client',
  'X-Idempotency-Key header on payment and refund creation':
    'header X-Idempotency-Key bij het aanmaken van betalingen en terugbetalingen',
  'merchant id and secret as parameters of every call, from server IP addresses allowed in the portal':
    'merchant-id en geheim als parameters van elke aanroep, vanaf server-IP-adressen die in het portaal zijn toegestaan',
  'form-encoded request and response, code 0 when accepted':
    'formuliergecodeerd verzoek en antwoord, code 0 bij acceptatie',
  'code 1400 (wrong query)': 'code 1400 (foutieve aanvraag)',
  'the merchant secret in the notification, then the state confirmed with the status call':
    'het merchantgeheim in de melding, daarna de status bevestigd met de statusaanroep',
  'IYZWSv2 Authorization header: an HMAC-SHA256 signature made with the API key and secret key':
    'Authorization-header IYZWSv2: een HMAC-SHA256-handtekening gemaakt met de API-sleutel en de geheime sleutel',
  'Bearer access token from POST /accesstoken/get (client_id, client_secret), with the Ocp-Apim-Subscription-Key and Merchant-Serial-Number headers on every request':
    'Bearer-toegangstoken via POST /accesstoken/get (client_id, client_secret), met de headers Ocp-Apim-Subscription-Key en Merchant-Serial-Number bij elk verzoek',
  'HMAC-SHA256 signature in the Authorization header over x-ms-date, host and x-ms-content-sha256, made with the webhook secret':
    'HMAC-SHA256-handtekening in de Authorization-header over x-ms-date, host en x-ms-content-sha256, gemaakt met het webhookgeheim',
  'The secret key in the Authorization header (api.dibspayment.eu; test.api.dibspayment.eu for tests)':
    'De geheime sleutel in de Authorization-header (api.dibspayment.eu; test.api.dibspayment.eu voor tests)',
  'the authorization value set for the webhook when the payment is created, sent back in the Authorization header':
    'de autorisatiewaarde die bij het aanmaken van de betaling voor de webhook is ingesteld, teruggestuurd in de Authorization-header',
  'Amounts are integers in minor units (øre, cents)':
    'Bedragen zijn gehele getallen in de kleinste eenheid (øre, cent)',
  'A payment is reserved at checkout, then charged: charge before delivering what was paid for':
    'Een betaling wordt bij de checkout gereserveerd en daarna afgeschreven: afschrijven vóór levering van wat betaald is',
  'Amounts are integers in minor units (øre), at least 100':
    'Bedragen zijn gehele getallen in de kleinste eenheid (øre), minstens 100',
  'A payment is authorized in the app, then captured: capture before delivering what was paid for':
    'Een betaling wordt in de app geautoriseerd en daarna geïncasseerd: incasseer voordat het betaalde wordt geleverd',
  'X-IYZ-SIGNATURE-V3 header (HMAC-SHA256 with the secret key), once enabled for the account':
    'header X-IYZ-SIGNATURE-V3 (HMAC-SHA256 met de geheime sleutel), zodra ingeschakeld voor het account',
  'iyzico resends every 15 minutes until a 2xx, 3 attempts':
    'iyzico verstuurt elke 15 minuten opnieuw tot een 2xx, 3 pogingen',
  'A payment response carries a signature parameter to check with the secret key before trusting it':
    'Een betalingsantwoord bevat een parameter signature die met de geheime sleutel gecontroleerd moet worden voordat erop vertrouwd wordt',
  'api-key header with the account API key': 'header api-key met de API-sleutel van het account',
  '201 Created with the messageId': '201 Created met de messageId',
  'HTTP Basic with the secret key as the user name and no password':
    'HTTP Basic met de geheime sleutel als gebruikersnaam en zonder wachtwoord',
  'WECHATPAY2-SHA256-RSA2048 request signature with the merchant private key':
    'WECHATPAY2-SHA256-RSA2048-handtekening van elk verzoek met de privésleutel van de handelaar',
  'a repeated out_trade_no never charges twice': 'een herhaald out_trade_no rekent nooit twee keer af',
  'Wechatpay-Signature header verified with the platform certificate':
    'Wechatpay-Signature-header, gecontroleerd met het platformcertificaat',
  'RSA2 signature of the request parameters with the app private key':
    'RSA2-handtekening van de verzoekparameters met de privésleutel van de app',
  'RSA2 signature of the notification verified with the Alipay public key':
    'RSA2-handtekening van de melding, gecontroleerd met de publieke sleutel van Alipay',
  'each request signed with the AccessKey secret': 'elk verzoek ondertekend met het AccessKey-geheim',
  'API key sent as apiKey in the request body': 'API-sleutel verstuurd als apiKey in de body van het verzoek',
  'success false with errors in the body': 'success false met errors in de body',
  'Every call is a POST to one URL, the operation named by modelName and calledMethod in the body':
    'Elke aanroep is een POST naar één URL, de operatie benoemd door modelName en calledMethod in de body',
  'A failed call can still answer HTTP 200: read success and errors in the body':
    'Een mislukte aanroep kan toch HTTP 200 geven: lees success en errors in de body',
  'app id and app secret in the query': 'app-id en app-secret in de query',
  'Idempotency-Key header on POST requests': 'Idempotency-Key-header bij POST-verzoeken',
  'no signature: re-fetch the payment from the API before acting on an event':
    'geen handtekening: de betaling opnieuw via de API ophalen voordat op een gebeurtenis wordt gereageerd',
  'X-Secret-Key header with the service secret key':
    'X-Secret-Key-header met de geheime sleutel van de dienst',
  'RS256 ID tokens verified against the provider JWKS (iss, aud = the app key, exp)':
    'RS256-ID-tokens gecontroleerd tegen de JWKS van de provider (iss, aud = de app-sleutel, exp)',
  'x-signature header (ts and v1): HMAC-SHA256 of "id:{data.id};request-id:{x-request-id};ts:{ts};" with the webhook secret':
    'header x-signature (ts en v1): HMAC-SHA256 van "id:{data.id};request-id:{x-request-id};ts:{ts};" met het geheim van de webhook',
  'A Pix payment is a POST /v1/payments with payment_method_id "pix"':
    'Een Pix-betaling is een POST /v1/payments met payment_method_id "pix"',
  'it returns the QR code and stays pending until paid':
    'ze geeft de QR-code terug en blijft in afwachting tot ze betaald is',
  'Notifications carry only the payment id: fetch GET /v1/payments/{id} for its status':
    'Meldingen bevatten alleen het id van de betaling: haal GET /v1/payments/{id} op voor de status',
  'publishable key in the client': 'publiceerbare sleutel in de client',
  '{} request bodies ({}), {} responses': '{0}-bodies van verzoeken ({1}), {2}-antwoorden',
  '{} read and {} write requests per second in live mode, {} in test mode ({} beyond)':
    '{0} lees- en {1} schrijfverzoeken per seconde in live-modus, {2} in testmodus (daarboven {3})',
  '{} header on every {} (keys are kept {} hours)':
    'header {0} bij elke {1} (sleutels worden {2} uur bewaard)',
  '{} header: {} of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'header {0}: {1} van "{timestamp}.{raw body}" met het geheim van het endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on {}':
    'Gebeurtenissen kunnen in willekeurige volgorde en meer dan eens aankomen: ontdubbel op {0}',
  'OAuth {} client credentials: client id + secret exchanged for a Bearer access token':
    'OAuth {0}-clientcredentials: client-id + geheim ingewisseld voor een bearer-toegangstoken',
  '{} header on order and capture calls': 'header {0} bij aanroepen voor orders en captures',
  '{} /{} with the {}* headers and the webhook id': '{0} /{1} met de headers {2}* en het id van de webhook',
  'Sandbox and live use different hosts ({}, {})': 'Sandbox en live gebruiken verschillende hosts ({0}, {1})',
  '{} Basic with {} and {}': '{0} Basic met {1} en {2}',
  'one order per business payment, keyed by the order {}':
    'één order per zakelijke betaling, met de {0} van de order als sleutel',
  'look the order up before creating again': 'zoek de order op voordat je hem opnieuw aanmaakt',
  '{} header: {} of the raw body with the webhook secret':
    'header {0}: {1} van de ruwe body met het geheim van de webhook',
  'Checkout returns razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verify it server-side before marking paid':
    'Checkout geeft razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret) terug: controleer die aan de serverkant voordat je als betaald markeert',
  '{} header (web service user {} key)': 'header {0} (sleutel {1} van de webservicegebruiker)',
  '{} validation error': '{0} validatiefout',
  '{} header': 'header {0}',
  '{} signature in {}, computed with the {} key of the webhook':
    '{0}-handtekening in {1}, berekend met de {2}-sleutel van de webhook',
  'Acknowledge webhooks with {} {} (Adyen retries until accepted)':
    'Bevestig webhooks met {0} {1} (Adyen probeert opnieuw tot ze geaccepteerd zijn)',
  '{} key as a Bearer token': '{0}-sleutel als bearertoken',
  '{} Accepted on success': '{0} Accepted bij succes',
  'Signed Event Webhook: {} signature in {} over timestamp + raw body, checked with the account verification key':
    'Signed Event Webhook: {0}-handtekening in {1} over tijdstempel + ruwe body, gecontroleerd met de verificatiesleutel van het account',
  'Accepted ({}) is not delivered: delivery state arrives through the Event Webhook':
    'Accepted ({0}) is niet bezorgd: de bezorgstatus komt binnen via de Event Webhook',
  '{} (ErrorCode in body)': '{0} (ErrorCode in de body)',
  'no signature: protect the webhook {} with {} Basic credentials (and an {} allowlist)':
    'geen handtekening: bescherm het {0} van de webhook met {1} Basic-credentials (en een allowlist van {2})',
  'Transactional and broadcast mail use separate message streams':
    'Transactionele en bulkmail gebruiken aparte berichtstromen',
  '{} Basic with user "api" and the {} key': '{0} Basic met gebruiker "api" en de {1}-sleutel',
  '{} requests, {} responses': '{0}-verzoeken, {1}-antwoorden',
  'signature.signature = HMAC-SHA256(timestamp + token) with the webhook signing key':
    'signature.signature = HMAC-SHA256(timestamp + token) met de ondertekeningssleutel van de webhook',
  'reject reused tokens': 'weiger hergebruikte tokens',
  '{} domains use {}': '{0}-domeinen gebruiken {1}',
  '{} Signature Version {} ({} role or access keys)':
    '{0} Signature Version {1} ({2}-rol of toegangssleutels)',
  'account sending quota and maximum send rate per second (see the {} console for this account)':
    'verzendquotum van het account en maximale verzendsnelheid per seconde (zie de {0}-console van dit account)',
  'events arrive as Amazon {} notifications: verify the {} message signature with its signing certificate':
    'gebeurtenissen komen binnen als Amazon {0}-meldingen: controleer de handtekening van het {1}-bericht met het bijbehorende ondertekeningscertificaat',
  'New accounts start in the sandbox (verified recipients only) until production access is granted':
    'Nieuwe accounts starten in de sandbox (alleen geverifieerde ontvangers) totdat productietoegang wordt verleend',
  '{} requests per second per team by default ({} beyond)':
    'standaard {0} verzoeken per seconde per team (daarboven {1})',
  '{} header on {} /emails': 'header {0} bij {1} /emails',
  'Svix signature: {}, {} and {} headers ({} with the signing secret)':
    'Svix-handtekening: headers {0}, {1} en {2} ({3} met het ondertekeningsgeheim)',
  'The sending domain must be verified ({} records) before production mail':
    'Het verzenddomein moet geverifieerd zijn ({0}-records) vóór productiemail',
  '{} Basic with the Account {} and Auth Token (or an {} key pair)':
    '{0} Basic met de Account {1} en het Auth Token (of een {2}-sleutelpaar)',
  '{} request bodies, {} responses': '{0}-bodies van verzoeken, {1}-antwoorden',
  'messages are queued per sender': 'berichten worden per afzender in de wachtrij gezet',
  'throughput depends on the number type (see provider docs)':
    'de doorvoer hangt af van het nummertype (zie de documentatie van de aanbieder)',
  '{} (error {})': '{0} (fout {1})',
  '{} ({} invalid "To" number)': '{0} ({1} ongeldig "To"-nummer)',
  '{} header: base64 {} of the full {} plus sorted {} parameters, keyed with the Auth Token':
    'header {0}: base64-{1} van de volledige {2} plus de gesorteerde {3}-parameters, met het Auth Token als sleutel',
  'Numbers in {} format (+{})': 'Nummers in {0}-formaat (+{1})',
  'Authorization: AccessKey {key} header': 'header Authorization: AccessKey {key}',
  '{} header: a {} ({}) signed with the signing key':
    'header {0}: een {1} ({2}) ondertekend met de ondertekeningssleutel',
  'Bearer access token of a system user': 'bearer-toegangstoken van een systeemgebruiker',
  'per-number messaging limits and tiers set by Meta (see provider docs)':
    'berichtlimieten en niveaus per nummer, vastgesteld door Meta (zie de documentatie van de aanbieder)',
  '{} (invalid parameter, template not approved)': '{0} (ongeldige parameter, sjabloon niet goedgekeurd)',
  '{} header: {} of the raw body with the app secret':
    'header {0}: {1} van de ruwe body met het geheim van de app',
  'subscription handshake echoes {} when {} matches':
    'de abonnementshandshake geeft {0} terug wanneer {1} overeenkomt',
  'Outside the 24-hour customer service window only approved template messages can be sent':
    'Buiten het klantenservicevenster van 24 uur kunnen alleen goedgekeurde sjabloonberichten worden verstuurd',
  none: 'geen',
  'OAuth {} access token of a service account (scope {})':
    'OAuth {0}-toegangstoken van een serviceaccount (scope {1})',
  '{} (honour {})': '{0} (met inachtneming van {1})',
  '{} {} (delete the device token)': '{0} {1} (verwijder het apparaattoken)',
  'Remove device tokens that return {}': 'Verwijder apparaattokens die {0} teruggeven',
  'Authorization header with the app {} {} key': 'header Authorization met de {0} {1}-sleutel van de app',
  '{} field on notification create': 'veld {0} bij het aanmaken van de melding',
  '{} ({"text": ...} or Block Kit blocks)': '{0} ({"text": ...} of Block Kit-blokken)',
  'about {} message per second per webhook, short bursts allowed ({} with {} beyond)':
    'ongeveer {0} bericht per seconde per webhook, korte pieken toegestaan (daarboven {1} met {2})',
  '{} with {} error bodies': '{0} met {1}-foutbodies',
  'object bytes as the body': 'de bytes van het object als body',
  '{} {} and {} {} requests per second per partitioned prefix':
    '{0} {1}- en {2} {3}-verzoeken per seconde per gepartitioneerd voorvoegsel',
  '{} of the same key overwrites: derive object keys from ids so a retry writes the same key':
    "een {0} op dezelfde sleutel overschrijft: leid objectsleutels af van id's zodat een nieuwe poging dezelfde sleutel schrijft",
  'Keep buckets private (Block Public Access)': 'Houd buckets privé (Block Public Access)',
  'hand out short-lived presigned URLs': "geef kortlevende presigned URL's uit",
  '{} Signature Version {} with R2 access keys': '{0} Signature Version {1} met R2-toegangssleutels',
  '{} Signature Version {} with the provider access keys':
    '{0} Signature Version {1} met de toegangssleutels van de provider',
  'Keep buckets private': 'Houd buckets privé',
  '{} of the same key overwrites: derive object keys from ids':
    "een {0} op dezelfde sleutel overschrijft: leid objectsleutels af van id's",
  'No egress fees': 'Geen egresskosten',
  'presigned URLs work as with S3': "presigned URL's werken zoals bij S3",
  'OAuth {} service account credentials': 'OAuth {0}-credentials van een serviceaccount',
  '{} precondition makes retried uploads safe': 'de preconditie {0} maakt herhaalde uploads veilig',
  'service role key on the server (bypasses {})': 'service-role-sleutel op de server (omzeilt {0})',
  'user {} + {} {} policies from clients': "{0} van de gebruiker + {2}-policy's op {1} vanuit de clients",
  '{} (multipart or raw body uploads), {} responses':
    '{0} (multipart-uploads of uploads met ruwe body), {1}-antwoorden',
  'upload with {} fails on an existing path': 'een upload met {0} mislukt op een bestaand pad',
  'derive paths from ids': "leid paden af van id's",
  'read-write token': 'lees-schrijftoken',
  '{} over {}': '{0} over {1}',
  'Blob URLs are public but unguessable': "Blob-URL's zijn openbaar maar onraadbaar",
  'do not store private data without access control': 'sla geen privégegevens op zonder toegangscontrole',
  '{} and {} headers (admin key on the server, search-only key in clients)':
    'headers {0} en {1} (beheersleutel op de server, zoeksleutel in de clients)',
  'network error or timeout (clients fail over across hosts)':
    'netwerkfout of time-out (clients wijken uit naar een andere host)',
  'objects are upserted by objectID: reuse the entity id':
    'objecten worden ge-upsert op objectID: hergebruik het id van de entiteit',
  'Indexing is asynchronous ({})': 'Indexeren gebeurt asynchroon ({0})',
  'Authorization: Bearer {API key}': 'Authorization: Bearer {API-sleutel}',
  'Document writes are asynchronous tasks: poll /tasks or accept eventual consistency':
    'Schrijfacties op documenten zijn asynchrone taken: poll /tasks of accepteer uiteindelijke consistentie',
  '{} key (Authorization: ApiKey …) or {} Basic': '{0}-sleutel (Authorization: ApiKey …) of {1} Basic',
  '{} ({} for _bulk)': '{0} ({1} voor _bulk)',
  'index by document id ({} /_doc/{id}) so a retry overwrites':
    'indexeer op document-id ({0} /_doc/{id}) zodat een nieuwe poging overschrijft',
  '_bulk returns 200 with per-item errors: check items[].error':
    '_bulk geeft 200 terug met fouten per item: controleer items[].error',
  '{} key (key parameter or {}), restricted by {} and by server {}':
    '{0}-sleutel (parameter key of {1}), beperkt per {2} en per {3} van de server',
  'per-API quotas set in the Google Cloud console (see provider docs)':
    'quota per API ingesteld in de Google Cloud-console (zie de documentatie van de aanbieder)',
  '{} (not an error: no match)': '{0} (geen fout: geen resultaat)',
  'coordinates only for up to {} days': 'coördinaten slechts tot {0} dagen',
  'access_token query parameter (secret token on the server, URL-restricted public token in clients)':
    'queryparameter access_token (geheim token op de server, per URL beperkt openbaar token in de clients)',
  'Temporary geocoding results may not be stored':
    'Tijdelijke geocoderingsresultaten mogen niet worden opgeslagen',
  'permanent storage needs the permanent endpoint': 'permanente opslag vereist het permanente endpoint',
  '{} Basic with the source write key as the user name':
    '{0} Basic met de schrijfsleutel van de bron als gebruikersnaam',
  '{} {} per call, {} {} per batch': '{0} {1} per aanroep, {2} {3} per batch',
  '{} field: Segment deduplicates repeated {}': 'veld {0}: Segment ontdubbelt herhaalde {1}',
  'Send events asynchronously: analytics must never fail a user request':
    'Verstuur gebeurtenissen asynchroon: analytics mag een verzoek van een gebruiker nooit laten mislukken',
  'project {} key in the body ({})': '{0}-sleutel van het project in de body ({1})',
  'personal {} key for private endpoints': 'persoonlijke {0}-sleutel voor privé-endpoints',
  'uuid field on each event deduplicates retries':
    'het uuid-veld van elke gebeurtenis ontdubbelt nieuwe pogingen',
  '{} and {} clouds use different hosts': 'de {0}- en {1}-clouds gebruiken verschillende hosts',
  'service account ({} Basic) for /import': 'serviceaccount ({0} Basic) voor /import',
  'project token for /track': 'projecttoken voor /track',
  '${} property deduplicates retried events': 'de eigenschap ${0} ontdubbelt herhaalde gebeurtenissen',
  'the {} verifies {} access tokens against the tenant {} (iss, aud = {} identifier, exp)':
    'de {0} controleert {1}-toegangstokens tegen de {2} van de tenant (iss, aud = identificator van de {3}, exp)',
  'Authentication and Management {} limits depend on the plan (see provider docs)':
    'de limieten van de Authentication- en Management-{0} hangen af van het abonnement (zie de documentatie van de aanbieder)',
  'Cache the {}': 'Cache de {0}',
  'refetch only on an unknown kid': 'haal opnieuw op alleen bij een onbekende kid',
  'secret key as a Bearer token for the Backend {}': 'geheime sleutel als bearertoken voor de Backend-{0}',
  'session JWTs verified with the instance public key':
    "sessie-JWT's gecontroleerd met de publieke sleutel van de instantie",
  '{} {} tokens verified against the user pool {}':
    '{0} {1}-tokens gecontroleerd tegen de {2} van de user pool',
  'check iss, {} and {}': 'controleer iss, {0} en {1}',
  'per-operation quotas per account and region (see provider docs)':
    'quota per operatie per account en regio (zie de documentatie van de aanbieder)',
  '{} {} tokens verified with Google public keys (aud = project id, iss = {})':
    '{0} {1}-tokens gecontroleerd met de publieke sleutels van Google (aud = project-id, iss = {2})',
  'Check revocation ({}) on sensitive operations': 'Controleer intrekking ({0}) bij gevoelige operaties',
  'per-endpoint auth rate limits configurable in the project dashboard (see provider docs)':
    'frequentielimieten voor authenticatie per endpoint, instelbaar in het projectdashboard (zie de documentatie van de aanbieder)',
  '{} authorization code flow with {} and state': '{0}-authorization-code-flow met {1} en state',
  '{} token verified (iss {}, aud = client id, exp)':
    '{0}-token gecontroleerd (iss {1}, aud = client-id, exp)',
  'streaming as server-sent events': 'streaming als server-sent events',
  'requests and tokens per minute per model and usage tier ({}* response headers)':
    'verzoeken en tokens per minuut per model en gebruiksniveau ({0}*-antwoordheaders)',
  '{} invalid request': '{0} ongeldig verzoek',
  '{} request too large': '{0} verzoek te groot',
  'Set a request timeout and a max output token limit per call':
    'Stel per aanroep een time-out voor het verzoek en een maximum aantal uitvoertokens in',
  '{} header plus {} header': 'header {0} plus header {1}',
  'requests, input tokens and output tokens per minute per usage tier ({}* headers)':
    'verzoeken, invoertokens en uitvoertokens per minuut per gebruiksniveau ({0}*-headers)',
  'Set {} on every request': 'Stel {0} in bij elk verzoek',
  'streamed responses can fail mid-stream': 'gestreamde antwoorden kunnen halverwege mislukken',
  'requests and tokens per minute per model and tier (see provider docs)':
    'verzoeken en tokens per minuut per model en niveau (zie de documentatie van de aanbieder)',
  '{} header or a Microsoft Entra {} Bearer token': 'header {0} of een Microsoft Entra {1}-bearertoken',
  'tokens and requests per minute per deployment quota (see provider docs)':
    'tokens en verzoeken per minuut volgens het quotum van de deployment (zie de documentatie van de aanbieder)',
  '{} (public key in the {})': '{0} (publieke sleutel in de {1})',
  'Sentry envelope (sent by the {})': 'Sentry-envelope (verstuurd door de {0})',
  'plan event quota': 'gebeurtenissenquotum van het abonnement',
  'the {} honours {} and {}': 'de {0} respecteert {1} en {2}',
  'handled by the {} transport': 'afgehandeld door het transport van de {0}',
  'Scrub personal data before send (beforeSend / sendDefaultPii: false)':
    'Verwijder persoonsgegevens vóór verzending (beforeSend / sendDefaultPii: false)',
  'Never block a request on error reporting': 'Blokkeer nooit een verzoek voor het rapporteren van een fout',
  'plan- or account-dependent: see provider docs':
    'afhankelijk van abonnement of account: zie de documentatie van de aanbieder',
  'call {*} with {*}': 'roep {0} aan met {1}',
  'call {*}': 'roep {0} aan',
  '{*}: recorded responses incl. {*} to exercise retries':
    '{0}: opgenomen antwoorden, inclusief {1}, om de nieuwe pogingen te testen',
  'each endpoint: success, validation error ({}), unauthenticated ({}), forbidden role ({}), not found ({})':
    'elk endpoint: succes, validatiefout ({0}), niet geauthenticeerd ({1}), verboden rol ({2}), niet gevonden ({3})',
  'job {*}: idempotent on rerun': 'taak {0}: idempotent bij een nieuwe run',
  'validators: {} field rules (section {})': 'validators: {0} veldregels (sectie {1})',
  '{*}: {*} concurrent virtual users (stated {*}) for {*} minutes':
    '{0}: {1} gelijktijdige virtuele gebruikers (vermeld: {2}) gedurende {3} minuten',
  '{*}: {*} requests/s (stated) for {*} minutes': '{0}: {1} verzoeken/s (vermeld) gedurende {2} minuten',
  'a load tool': 'een belastingtool',
  'pass if p95 of "{*}" ≤ {*} (stated {*})': 'geslaagd als de p95 van „{0}” ≤ {1} (vermeld: {2})',
  'p95 {} for "{*}"': 'p95 {0} voor „{1}”',
  'p95 {} for routes {*}': 'p95 {0} voor de routes {1}',
  'latency target: {*}': 'latentiedoel: „{0}”',
  '< {*} for {*}': '< {0} voor {1}',
  'within {*} for {*}': 'binnen {0} voor {1}',
  '> {} (default: the documents state no availability target)':
    '> {0} (standaard: de documenten vermelden geen beschikbaarheidsdoel)',
  'database ({*} at {*}): SELECT 1 / ping within {*}': 'database ({0} op {1}): SELECT 1 / ping binnen {2}',
  'cache ({*} at {*}): PING': 'cache ({0} op {1}): PING',
  'cache ({*}): PING': 'cacheopslag ({0}): PING',
  'queue ({*}): connection and consumer lag': 'wachtrij ({0}): verbinding en achterstand van de consumers',
  'no stateful dependency is stated: ready once started':
    'er is geen afhankelijkheid met toestand vermeld: gereed zodra gestart',
  '{*} connection string (with credentials)': 'connectiestring van {0} (met inloggegevens)',
  'Redis connection (cache / queue)': 'Redis-verbinding (cache / wachtrij)',
  'JWT signing secret (HS256, ≥ 256 bits)': "ondertekeningsgeheim voor JWT's (HS256, ≥ 256 bits)",
  'minimum log level (info in production, debug locally)':
    'minimaal logniveau (info in productie, debug lokaal)',
  'referenced by the spec': 'aangehaald door de specificatie',
  '{*} (payments)': '{0} (betalingen)',
  '{*} (email)': '{0} (e-mail)',
  '{*} (sms)': '{0} (sms-dienst)',
  '{*} (chat)': '{0} (chatdienst)',
  '{*} (whatsapp)': '{0} (WhatsApp)',
  '{*} (push)': '{0} (pushmeldingen)',
  '{*} (storage)': '{0} (opslag)',
  '{*} (identity)': '{0} (identiteit)',
  '{*} (search)': '{0} (zoeken)',
  '{*} (maps)': '{0} (kaarten)',
  '{*} (shipping)': '{0} (verzending)',
  '{*} (analytics)': '{0} (analysedienst)',
  '{*} (llm)': '{0} (taalmodel)',
  '{*} (monitoring)': '{0} (monitoringdienst)',
  '{*} (other)': '{0} (overig)',
  '{*} runtime': '{0}-runtime',
  '{*} database reachable through DATABASE_URL': '{0}-database bereikbaar via DATABASE_URL',
  '{*} (cache) reachable through REDIS_URL': '{0} (cache) bereikbaar via REDIS_URL',
  '{*} (queue) reachable through REDIS_URL': '{0} (wachtrij) bereikbaar via REDIS_URL',
  '{*} (cache)': '{0} (voor de cache)',
  '{*} (queue)': '{0} (wachtrij)',
  '{*} account and credentials ({*})': '{0}-account en inloggegevens ({1})',
  '{*} pipeline: lint, type-check, tests, migrations, deploy':
    '{0}-pipeline: lint, typecontrole, tests, migraties, deployment',
  '{*} project with the environment variables above set per environment':
    '{0}-project met de bovenstaande omgevingsvariabelen per omgeving ingesteld',
  'versioned SQL files (001_init.sql, 002_…) applied in order by a migration runner':
    'geversioneerde SQL-bestanden (001_init.sql, 002_…) in volgorde toegepast door een migratierunner',
  'never {} against shared databases': 'nooit {0} op gedeelde databases',
  '{} writes SQL migrations from the schema': '{0} schrijft SQL-migraties op basis van het schema',
  '{} (or {} at deploy) applies them in order': '{0} (of {1} bij de deployment) past ze in volgorde toe',
  '{} from entity changes': '{0} op basis van wijzigingen in de entiteiten',
  '{} at deploy': '{0} bij de deployment',
  'synchronize: false in every shared environment': 'synchronize: false in elke gedeelde omgeving',
  '{}, then {} at deploy': '{0}, daarna {1} bij de deployment',
  'Kysely Migrator with FileMigrationProvider': 'Kysely Migrator met FileMigrationProvider',
  'no schema migrations: new fields are optional': 'geen schemamigraties: nieuwe velden zijn optioneel',
  'data backfills and index builds run as versioned scripts':
    'het aanvullen van gegevens en het bouwen van indexen gebeurt via geversioneerde scripts',
  'no schema migrations: new fields are optional (backward compatible readers)':
    'geen schemamigraties: nieuwe velden zijn optioneel (achterwaarts compatibele lezers)',
  'index creation and backfills as versioned scripts run at deploy':
    'het aanmaken van indexen en het aanvullen van gegevens als geversioneerde scripts die bij de deployment draaien',
  'V<n>__<name>.sql files': 'bestanden V<n>__<name>.sql',
  '{*} job table (SELECT … FOR UPDATE SKIP LOCKED)': 'taaktabel in {0} (SELECT … FOR UPDATE SKIP LOCKED)',
  '{*} jobs collection (findOneAndUpdate claim)': 'takencollectie in {0} (geclaimd met findOneAndUpdate)',
  'scheduled by {*} repeatable jobs': 'gepland door herhaalbare taken van {0}',
  'scheduled by {*}': 'gepland door {0}',
  '{*} repeatable jobs': 'herhaalbare taken van {0}',
  'in-process cron timer (one leader instance)': 'cron-timer binnen het proces (één leidende instantie)',
  'SQS dead-letter queue (redrive policy, maxReceiveCount = max attempts)':
    'dead-letterwachtrij van SQS (redrive policy, maxReceiveCount = maximum aantal pogingen)',
  'RabbitMQ dead-letter exchange': 'dead-letter-exchange van RabbitMQ',
  'dead-letter topic (<topic>.dlq)': 'dead-lettertopic (<topic>.dlq)',
  'dead-letter stream (<stream>:dead) after XCLAIM delivery count exceeds max attempts':
    'dead-letterstream (<stream>:dead) zodra de leveringsteller van XCLAIM het maximum aantal pogingen overschrijdt',
  '{} log (payload, error, attempts)': 'log {0} (inhoud, fout, pogingen)',
  'none: the link opens on the user’s device, nothing is called server-side':
    'geen: de link opent op het apparaat van de gebruiker, er wordt niets aan de serverkant aangeroepen',
  'schedule as stated: {*}': 'planning zoals vermeld: {0}',
  'HTTPS only as stated ({*})': 'alleen HTTPS, zoals vermeld ({0})',
  'HTTPS only': 'alleen HTTPS',
  'SameSite=Strict (or Lax plus a CSRF token on state-changing requests)':
    'SameSite=Strict (of Lax plus een CSRF-token bij toestandswijzigende verzoeken)',
  'passwords hashed with {*} (stated)': 'wachtwoorden gehasht met {0} (vermeld)',
  "every query through {*}'s query {} (parameterised)":
    'elke query via de query-{1} van {0} (geparametriseerd)',
  'every query through parameterised statements (tagged templates / ${} placeholders)':
    'elke query via geparametriseerde statements (getagde templates / placeholders ${0})',
  'login rate-limited per IP and account (section {})':
    'login met frequentielimiet per IP en per account (sectie {0})',
  '{*} codes, every example valid against the stated envelope':
    '{0} codes, elk voorbeeld geldig volgens het vermelde foutformaat',
  '{*} codes, every example valid against the problem-details envelope':
    '{0} codes, elk voorbeeld geldig volgens het problem-details-formaat',
  '{} entity of {} with a primary key ({} composite)':
    '{0} van {1} entiteiten met een primaire sleutel ({2} samengesteld)',
  '{} of {} foreign key indexed': '{0} van {1} vreemde sleutel geïndexeerd',
  '{} of {} table reachable by primary key': '{0} van {1} tabel bereikbaar via de primaire sleutel',
  'operator class by rule {}': 'operatorklasse volgens regel {0}',
  'reference data: read by most requests, changed rarely':
    'referentiegegevens: door de meeste verzoeken gelezen, zelden gewijzigd',
  'build filters from validated scalars': 'bouw filters op uit gevalideerde scalaire waarden',
  'lookup by email': 'opzoeken op e-mail',
  'Delete expired {*} rows so lookups stay small and stolen expired tokens are gone':
    'Verwijder verlopen {0}-rijen zodat opzoekingen klein blijven en gestolen verlopen tokens verdwijnen',
  'run {*} for the period': 'voer {0} uit voor de periode',
  'store the period end as the next run’s start':
    'sla het einde van de periode op als begin van de volgende run',
  'Start signing in with {*}': 'Inloggen starten met {0}',
  'OAuth callback from {*}': 'OAuth-callback van {0}',
  'Request a password reset link': 'Een link aanvragen om het wachtwoord te herstellen',
  'Set a new password with a reset token': 'Een nieuw wachtwoord instellen met een hersteltoken',
  'The password was changed.': 'Het wachtwoord is gewijzigd.',
  'Confirm an email address with a verification token': 'Een e-mailadres bevestigen met een verificatietoken',
  'The email address is verified.': 'Het e-mailadres is geverifieerd.',
  'Where the browser goes next.': 'Waar de browser daarna naartoe gaat.',
  'The id path parameter.': 'De padparameter id.',
  'Deactivate a {*} (instead of deleting it)': '{0} deactiveren (in plaats van verwijderen)',
  'Attach a {*} to a {*}': '{0} aan {1} koppelen',
  'no authentication route serves "{*}"': 'geen authenticatieroute bedient „{0}”',
  'served by the identity provider {*}, not by this API':
    'verzorgd door de identiteitsprovider {0}, niet door deze API',
  'no cache (stated)': 'geen cache (vermeld)',
  '{} creates a timestamped SQL migration locally': '{0} maakt lokaal een SQL-migratie met tijdstempel aan',
  'commit prisma/migrations/*': 'prisma/migrations/* committen',
  '{} {} (the webhook URL)': '{0} {1} (de URL van de webhook)',
  '> {} (stated target {*})': '> {0} (vermeld doel: {1})',
  'measured as p95 (section {} alert)': 'gemeten als p95 (alarm uit sectie {0})',
  '{} per minute per user (default)': '{0} per minuut per gebruiker (standaard)',
  '{} per minute per {} (default)': '{0} per minuut per {1} (standaard)',
  '{} per minute per provider (default)': '{0} per minuut per aanbieder (standaard)',
  'rate limit: auth endpoints ({})': 'frequentielimiet: authenticatie-endpoints ({0})',
  'rate limit: read endpoints ({})': 'frequentielimiet: lees-endpoints ({0})',
  'rate limit: write endpoints ({})': 'frequentielimiet: schrijf-endpoints ({0})',
  'rate limit: expensive endpoints ({})': 'frequentielimiet: zware endpoints ({0})',
  'rate limit: webhook endpoints ({})': 'frequentielimiet: webhook-endpoints ({0})',
  'rate limit: public endpoints ({})': 'frequentielimiet: openbare endpoints ({0})',
  'rate limit: anonymous callers': 'frequentielimiet: anonieme aanroepers',
  // A limit the documents state for a class of endpoints, as written ("120 Anfragen pro Minute").
  '{*} (stated)': '{0} (vermeld)',
  'rate limit on {*}': 'frequentielimiet op {0}',
  'within {*}': 'binnen {0}',
  '{} seconds': '{0} seconden',
  '{} minutes': '{0} minuten',
  'tokens in cookies as stated ({*}): HttpOnly': 'tokens in cookies zoals vermeld ({0}): HttpOnly',
  'check Origin on {}': 'controleer Origin bij {0}',
  'password policy as stated (section {})': 'wachtwoordbeleid zoals vermeld (sectie {0})',
  'lockout: {*}': 'blokkering: {0}',
  '{} failed attempts then locked for {}': '{0} mislukte pogingen en daarna {1} geblokkeerd',
  '{} failed attempts': '{0} mislukte pogingen',
  '{} fields redacted': '{0} gemaskeerde velden',
  'alerts on error rate': 'alarmen op het foutpercentage',
  'store: {*}': 'opslag: {0}',
  'none stated (in-process)': 'geen vermeld (binnen het proces)',
  '{} ownership rules on real columns': '{0} eigendomsregels op echte kolommen',
  '{} signed webhook receivers': '{0} ontvangers van ondertekende webhooks',
  '{*}: {} attempts, {*}': '{0}: {1} pogingen, {2}',
  '{*}: {} attempts': '{0}: {1} pogingen',
  'Sign out': 'Uitloggen',
  'Create an account': 'Een account aanmaken',
  'a leading {} sorts descending.': 'een voorafgaand {0} sorteert aflopend.',
  'Only {name} records whose {} equals this value.':
    'Alleen {0}-records waarvan {1} gelijk is aan deze waarde.',
  'Filter {} as stated.': 'Filter {0} zoals vermeld.',
  '{*} a {*} ({} → {})': 'Een {1} {0!} ({2} → {3})',
  '{*} an {*} ({} → {})': 'Een {1} {0!} ({2} → {3})',
  'verb: Approve': 'goedkeuren',
  'verb: Reject': 'afwijzen',
  'verb: Cancel': 'annuleren',
  'verb: Pay': 'betalen',
  'verb: Send': 'versturen',
  'verb: Ship': 'verzenden',
  'verb: Close': 'sluiten',
  'verb: Complete': 'voltooien',
  'verb: Win': 'winnen',
  'verb: Lose': 'verliezen',
  'verb: Submit': 'indienen',
  'verb: Commit': 'vastleggen',
  'verb: Refund': 'terugbetalen',
  'verb: Write Off': 'afschrijven',
  'verb: Check In': 'inchecken',
  'verb: Check Out': 'uitchecken',
  'verb: Archive': 'archiveren',
  'verb: Publish': 'publiceren',
  'verb: Confirm': 'bevestigen',
  'verb: Activate': 'activeren',
  'verb: Deactivate': 'deactiveren',
  'verb: Enable': 'inschakelen',
  'verb: Disable': 'uitschakelen',
  'verb: Suspend': 'opschorten',
  'verb: Verify': 'verifiëren',
  'verb: Amend': 'corrigeren',
  'verb: Authorise': 'autoriseren',
  'verb: Authorize': 'autoriseren',
  'verb: Assign': 'toewijzen',
  'verb: Accept': 'accepteren',
  'verb: Decline': 'weigeren',
  'verb: Deliver': 'afleveren',
  'verb: Review': 'beoordelen',
  'verb: Schedule': 'inplannen',
  'verb: Dispatch': 'verzenden',
  'verb: Resolve': 'oplossen',
  'verb: Block': 'blokkeren',
  'verb: Lock': 'vergrendelen',
  'verb: Unlock': 'ontgrendelen',
  'verb: Expire': 'laten verlopen',
  'verb: Fail': 'als mislukt markeren',
  'verb: Receive': 'ontvangen',
  'verb: Return': 'retourneren',
  'verb: Release': 'vrijgeven',
  'verb: Validate': 'valideren',
  'verb: Sign': 'ondertekenen',
  'verb: Finalise': 'afronden',
  'verb: Finalize': 'afronden',
  'verb: Enter': 'invoeren',
  'verb: Collect': 'ophalen',
  'verb: Book': 'boeken',
  'verb: Reserve': 'reserveren',
  'verb: Open': 'openen',
  'verb: Start': 'starten',
  'verb: Process': 'verwerken',
  'verb: Report': 'melden',
  'verb: Escalate': 'escaleren',
  'verb: Delete': 'verwijderen',
  'verb: Restore': 'herstellen',
  'verb: Invite': 'uitnodigen',
  'verb: Settle': 'vereffenen',
  'verb: Invoice': 'factureren',
  'verb: Print': 'afdrukken',
  'verb: Renew': 'verlengen',
  'verb: Borrow': 'lenen',
  'verb: Lend': 'uitlenen',
  'verb: Admit': 'opnemen',
  'verb: Discharge': 'ontslaan',
  'verb: Vaccinate': 'vaccineren',
  'verb: Treat': 'behandelen',
  'verb: Examine': 'onderzoeken',
  'verb: Prescribe': 'voorschrijven',
  'verb: Hire': 'aannemen',
  'verb: Retire': 'buiten gebruik stellen',
  'verb: Upload': 'uploaden',
  'verb: Export': 'exporteren',
  'verb: Import': 'importeren',
  'verb: Plan': 'plannen',
  pagination: 'paginering',
  'connection pool': 'connectiepool',
  'versioned SQL files': 'geversioneerde SQL-bestanden',
  'ownership checked on {} entities ({*})': 'eigendom gecontroleerd bij {0} entiteiten ({1})',
  'under {*}': 'onder {0}',
  'Server-side sessions via {*}': 'Sessies aan de serverkant via {0}',
  'Server-side sessions': 'Sessies aan de serverkant',
  'session via {*}': 'sessie via {0}',
  'As stated in the contract.': 'Zoals vastgelegd in het contract.',
  'External identity provider (OAuth 2.0 / OIDC) via {*}':
    'Externe identiteitsprovider (OAuth 2.0 / OIDC) via {0}',
  'External identity provider (OAuth 2.0 / OIDC)': 'Externe identiteitsprovider (OAuth 2.0 / OIDC)',
  'sign-in delegated via {*} (OAuth 2.0 / OIDC)': 'inloggen gedelegeerd via {0} (OAuth 2.0 / OIDC)',
  'JWTs issued by {*}': "JWT's uitgegeven door {0}",
  "sign-in via {*}, then the API's own JWTs": "inloggen via {0}, daarna de eigen JWT's van de API",
  'server-side sessions (cookie)': 'sessies aan de serverkant (cookie)',
  'API keys': 'API-sleutels',
  'Opaque bearer tokens via {*}': 'Ondoorzichtige bearer-tokens via {0}',
  'Opaque bearer tokens': 'Ondoorzichtige bearer-tokens',
  'opaque bearer tokens via {*}': 'ondoorzichtige bearer-tokens via {0}',
  'opaque bearer tokens': 'ondoorzichtige bearer-tokens',
  'sign-in by password or a one-time e-mail link':
    'inloggen met een wachtwoord of een eenmalige link per e-mail',
  'sign-in by a one-time e-mail link': 'inloggen met een eenmalige link per e-mail',
  '{*} with refresh tokens ({*})': '{0} met refreshtokens ({1})',
  '{*} with refresh tokens': '{0} met refreshtokens',
  'bcrypt, cost {}': 'bcrypt, kostfactor {0}',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints, {} ownership rules':
    'rolgebaseerde toegangscontrole, {0} rollen ({1}), rechtenmatrix van {2} endpoints, {3} eigendomsregels',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints':
    'rolgebaseerde toegangscontrole, {0} rollen ({1}), rechtenmatrix van {2} endpoints',
  'role-based access control, {} roles ({*})': 'rolgebaseerde toegangscontrole, {0} rollen ({1})',
  'per endpoint class: {*}': 'per klasse van endpoints: {0}',
  'access token lifetime': 'levensduur van het toegangstoken',
  'refresh token lifetime': 'levensduur van het refreshtoken',
  'session / idle timeout, automatic logout after inactivity':
    'sessie- / inactiviteitstime-out, automatisch uitloggen na inactiviteit',
  'lifetime of a passwordless sign-in link': 'levensduur van een inloglink zonder wachtwoord',
  'one-time password lifetime': 'levensduur van een eenmalig wachtwoord',
  'password-reset token lifetime': 'levensduur van het token voor wachtwoordherstel',
  'email verification token lifetime': 'levensduur van het token voor e-mailverificatie',
  'invitation lifetime': 'levensduur van een uitnodiging',
  'minimum password length': 'minimale wachtwoordlengte',
  'failed attempts before lockout': 'mislukte pogingen vóór blokkering',
  'lockout duration': 'duur van de blokkering',
  'bcrypt cost / rounds': 'bcrypt-kostfactor / rondes',
  'response time target': 'doel voor de responstijd',
  'availability / uptime target': 'doel voor beschikbaarheid / uptime',
  'share of successful calls or operations': 'aandeel geslaagde aanroepen of operaties',
  'test coverage target': 'doel voor de testdekking',
  'requests per minute': 'verzoeken per minuut',
  'simultaneous users': 'gelijktijdige gebruikers',
  'recovery point objective': 'recovery point objective (RPO)',
  'recovery time objective': 'recovery time objective (RTO)',
  'backup retention': 'bewaartermijn van back-ups',
  'how long a kind of data is kept': 'hoe lang een soort gegevens wordt bewaard',
  'how long before an event a reminder goes out': 'hoe lang vóór een gebeurtenis een herinnering uitgaat',
  'how long after a due date a notice or action follows':
    'hoe lang na een vervaldatum een melding of actie volgt',
  'period of a recurring task': 'periode van een terugkerende taak',
  'default page size': 'standaardpaginagrootte',
  'maximum page size': 'maximale paginagrootte',
  'requests allowed, normalised to req/min': 'toegestane verzoeken, omgerekend naar req/min',
  'largest upload or attachment': 'grootste upload of bijlage',
  'a stated maximum of something': 'een vermeld maximum van iets',
  'a stated cache lifetime': 'een vermelde levensduur van een cache',
  'a stated sync / polling interval': 'een vermeld synchronisatie- / pollinginterval',
  'session timeout {*}': 'sessietime-out {0}',
  'refresh token {*}': 'refreshtoken {0}',
  'access token {*}': 'toegangstoken {0}',
  'no limit': 'geen limiet',
  '{*} states {*} as {*}: which one holds?': '{0} vermeldt {1} als {2}: welke geldt?',
  'Render the PDF documents the requirements name': 'Genereer de pdf-documenten die de eisen noemen',
  'CORS rejects an unlisted origin': 'CORS weigert een origin die niet op de lijst staat',
  'window = [now + {*} - {*}, now + {*})': 'venster = [nu + {0} - {1}, nu + {2})',
  'PRD and architecture': 'PRD en architectuur',
  '{*} (does not exist)': '{0} (bestaat niet)',
  'Anonymise {*} once the stated period of {*} has passed ("{*}")':
    'Anonimiseer {0} zodra de vermelde periode van {1} verstreken is („{2}”)',
  'Archive {*} once the stated period of {*} has passed ("{*}")':
    'Archiveer {0} zodra de vermelde periode van {1} verstreken is („{2}”)',
  'replace the personal data of those rows with anonymous values in one transaction per batch, keeping the rows other records reference':
    'vervang de persoonsgegevens van die rijen door anonieme waarden in één transactie per batch, met behoud van de rijen waarnaar andere records verwijzen',
  'copy those rows to the archive, then delete them from the table, in one transaction per batch':
    'kopieer die rijen naar het archief en verwijder ze daarna uit de tabel, in één transactie per batch',
  'an anonymised row has no personal data left: a rerun changes nothing':
    'een geanonimiseerde rij bevat geen persoonsgegevens meer: een nieuwe run verandert niets',
  'an archived row is no longer in the table: a rerun finds nothing left to move':
    'een gearchiveerde rij staat niet meer in de tabel: een nieuwe run vindt niets meer om te verplaatsen',
  'fixed {*} between attempts ("{*}")': 'vast {0} tussen pogingen („{1}”)',
  'Sort field': 'Sorteerveld',
  'default {}, max {}': 'standaard {0}, hoogstens {1}',
  '{} endpoints × {} roles decided': '{0} endpoints × {1} rollen beslist',
  'strategy {*}': 'strategie {0}',
  'statuses {*}': 'statussen {0}',
  'foreign key → {name}': 'vreemde sleutel → {0}',
  'tenant + status filter': 'filter op tenant + status',
  'tenant + date range': 'tenant + datumbereik',
  'the provider’s own verification scheme, not in the catalogue':
    'de eigen verificatiemethode van de aanbieder, niet in de catalogus',
  '{*} (the provider’s own verification scheme, not in the catalogue)':
    '{0} (de eigen verificatiemethode van de aanbieder, niet in de catalogus)',
  'client certificate (mutual TLS), as the documents state':
    'clientcertificaat (wederzijdse TLS), zoals de documenten vermelden',
  'a signature, as the documents state': 'een handtekening, zoals de documenten vermelden',
  'an API key, as the documents state': 'een API-sleutel, zoals de documenten vermelden',
  'OAuth client credentials, as the documents state':
    'OAuth-clientcredentials, zoals de documenten vermelden',
  '{*} (as the documents state)': '{0} (zoals de documenten vermelden)',
  'the secret key as the HTTP Basic user name, no password':
    'de geheime sleutel als gebruikersnaam van HTTP Basic, zonder wachtwoord',
  'JSON responses': 'JSON-antwoorden',
  'amounts in the smallest unit of the currency (satang for THB)':
    'bedragen in de kleinste eenheid van de valuta (satang voor THB)',
  'fetch the event again with GET /events/{id} and the secret key, and act on that copy: the delivered body is not trusted as sent':
    'het event opnieuw ophalen met GET /events/{id} en de geheime sleutel, en met die kopie werken: de geleverde body wordt niet vertrouwd zoals hij binnenkomt',
  'A PromptPay charge (source type promptpay) answers pending with a QR code and completes later: charge.complete says how it ended':
    'Een PromptPay-betaling (source type promptpay) antwoordt pending met een QR-code en wordt later afgerond: charge.complete zegt hoe die eindigde',
  'the channel access token as a Bearer token': 'het toegangstoken van het kanaal als Bearer-token',
  'X-Line-Retry-Key header (a UUID per message): a retried push is sent once':
    'header X-Line-Retry-Key (een UUID per bericht): een herhaalde push wordt één keer verzonden',
  'X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret':
    'X-Line-Signature: base64-HMAC-SHA256 van de ruwe body met het kanaalgeheim',
  'OpenID Connect: the ID token checked by iss (https://access.line.me), aud (the channel id) and exp, or sent to POST /oauth2/v2.1/verify':
    'OpenID Connect: het ID-token gecontroleerd op iss (https://access.line.me), aud (het kanaal-id) en exp, of verstuurd naar POST /oauth2/v2.1/verify',
};
