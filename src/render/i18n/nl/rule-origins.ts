import type { RuleId } from '../../../derive/rule-origins.js';

/** Dutch wording of the "Rule origins" appendix (see en/rule-origins.ts). */
const sentences: Record<RuleId, string> = {
  'derive/access-token-default-15m':
    'Stelt een levensduur van 15 minuten voor het toegangstoken voor waar de documenten tokenauthenticatie vermelden maar geen levensduur.',
  'derive/action-from-state-enum':
    'Voegt een actie-endpoint toe voor elke toestandswijziging die een vermelde statusopsomming en haar levenscyclus toestaan.',
  'derive/add-created-at':
    'Voegt een tijdstempel created_at toe aan elke vermelde entiteit die er geen heeft.',
  'derive/add-primary-key':
    'Voegt een UUID-primaire sleutel toe aan een vermelde entiteit die geen sleutel noemt.',
  'derive/add-updated-at':
    'Voegt een tijdstempel updated_at toe aan elke wijzigbare vermelde entiteit die er geen heeft.',
  'derive/alert-from-availability-nfr':
    'Maakt van een vermeld beschikbaarheidsdoel een alarm op het foutbudget.',
  'derive/alert-from-latency-nfr': 'Maakt van een vermeld latentiedoel een alarm op de p95-latentie.',
  'derive/append-only-record':
    'Maakt een entiteit alleen-toevoegen (geen updated_at, geen wijzigingen) omdat de documenten haar beschrijven als logboek of geschiedenis.',
  'derive/auth-default-jwt':
    'Stelt JWT-bearerauthenticatie voor waar de documenten inloggen vereisen maar geen mechanisme noemen.',
  'derive/auth-endpoints':
    'Voegt de inlog-endpoints toe die het vermelde authenticatiemechanisme nodig heeft.',
  'derive/auth-login': 'Voegt een login-endpoint toe omdat de documenten vermelden dat gebruikers inloggen.',
  'derive/auth-passwordless-sign-in':
    'Laat gebruikers zonder wachtwoord inloggen, omdat de documenten een eenmalige link of code per e-mail vermelden: één route verstuurt die (202, of het account nu bestaat of niet), een andere wisselt hem één keer in voor de sessie.',
  'derive/auth-logout':
    'Voegt een logout-endpoint toe dat de sessie beëindigt of het refreshtoken van het vermelde authenticatiemechanisme intrekt.',
  'derive/auth-me':
    'Voegt een endpoint voor de huidige gebruiker toe omdat ingelogde gebruikers hun eigen profiel lezen.',
  'derive/auth-none-no-protected-endpoint':
    'Legt vast dat er geen authenticatie nodig is omdat geen enkele vermelde operatie beveiligd is.',
  'derive/auth-oauth-per-provider':
    'Voegt voor elke vermelde identiteitsprovider een OAuth-start- en callback-endpoint toe.',
  'derive/auth-password-reset-from-requirement':
    'Voegt de endpoints voor het herstellen van het wachtwoord toe waar een vermelde eis om vraagt.',
  'derive/auth-refresh-when-stated':
    'Voegt een endpoint voor het vernieuwen van tokens toe omdat de documenten refreshtokens vermelden.',
  'derive/auth-register-from-requirement':
    'Voegt een registratie-endpoint toe waar een vermelde eis of user story om vraagt.',
  'derive/auth-strategy-of-provider':
    'Neemt de token- en sessie-instellingen over van de vermelde authenticatieprovider of -bibliotheek.',
  'derive/auth-verify-email':
    'Voegt een endpoint voor e-mailverificatie toe omdat de documenten e-mailverificatie vermelden.',
  'derive/authentication-service':
    'Voegt een authenticatieservice toe die het vermelde inloggen, de tokens en de wachtwoordafhandeling beheert.',
  'derive/auth-issuer-after-group':
    'Geeft een groep rollen de eigen tokens van de API wanneer een zin direct na de aanmelding van de groep zegt dat de API eigen tokens uitgeeft.',
  'derive/auth-issuer-own-sign-in':
    'Laat de API de tokens uitgeven van een groep die zich aanmeldt met een eenmalige link of code per e-mail en geen identiteitsprovider noemt.',
  'derive/password-hash-of-library':
    'Neemt de wachtwoordhashing over die de genoemde authenticatiebibliotheek zelf uitvoert (Devise: bcrypt, kosten 12) in plaats van een andere voor te stellen.',
  'derive/auth-staff-group-other-roles':
    'Geeft een vermelde personeelsgroep („Staff: Auth0 access tokens”) elke rol die geen andere groep uit de authenticatie-uitspraken noemt.',
  'derive/authz-admin-all': 'Geeft een vermelde beheerdersrol elke operatie binnen haar tenant.',
  'derive/authz-deny-by-default':
    'Weigert elke operatie die de vermelde rollen en user stories niet toekennen (OWASP A01).',
  'derive/authz-own-by-story':
    'Beperkt een vermelde aanroeper tot de eigen records waar een vermelde user story de actor op een eigen record laat handelen.',
  'derive/authz-from-story':
    'Kent een rol een operatie toe omdat een vermelde user story die rol de actie geeft.',
  'derive/authz-owner-column':
    'Leest het eigendom van een record uit een vermelde kolom die naar de handelende gebruiker wijst.',
  'derive/authz-owner-only':
    'Beperkt een operatie tot de eigenaar van het record, zoals de vermelde eigenaarskolom aangeeft.',
  'derive/authz-owner-via-parent':
    'Leest het eigendom van een kindrecord via de eigenaar van zijn vermelde ouder.',
  'derive/authz-public-endpoint':
    'Laat een operatie open voor anonieme aanroepers omdat de documenten vermelden dat ze openbaar is.',
  'derive/authz-read-referenced':
    'Laat een rol de records lezen waarnaar de records die ze mag beheren verwijzen.',
  'derive/authz-self-profile': 'Laat elke ingelogde gebruiker het eigen profiel lezen en bewerken.',
  'derive/authz-role-column':
    'Leest een vreemde sleutel naar de gebruikersentiteit die naar een rol is genoemd als de eigen records van die rol.',
  'derive/authz-user-reference':
    'Legt een vreemde sleutel naar de gebruikersentiteit vast die zegt wie handelde: een echt pad naar de gebruiker dat op zichzelf niemand afbakent.',
  'derive/authz-stated-scope':
    'Houdt een rol binnen het bereik dat een zin vermeldt („ziet alleen …”), langs de vreemde sleutels van wat de zin noemt naar de gebruiker.',
  'derive/creator-from-caller':
    'Zet de vreemde sleutel naar de gebruikersentiteit die vastlegt wie het record aanmaakte uit het token van de aanroeper, nooit uit de body.',
  'derive/parent-from-path':
    'Zet de vreemde sleutel naar de ouder van een record dat onder het pad van zijn ouder wordt aangemaakt uit het pad, nooit uit de body.',
  'derive/authz-self-record':
    'Beperkt een rol tot haar eigen record van een entiteit die een-op-een aan de gebruiker is gekoppeld.',
  'derive/authz-self-service':
    'Laat een gebruiker de operaties uitvoeren die een vermelde user story hem op zijn eigen gegevens geeft.',
  'derive/authz-single-role-all':
    'Geeft de enige vermelde rol elke operatie, omdat er geen andere rol bestaat.',
  'derive/authz-state-action-by-story-actor':
    'Kent een toestandswijzigende actie toe aan de rol wiens vermelde user story haar uitvoert.',
  'derive/authz-webhook-machine-only':
    'Stelt een webhook-endpoint alleen open voor de ondertekende aanroepen van de vermelde aanbieder.',
  'derive/authz-writer-reads': 'Laat een rol die een resource mag schrijven haar ook lezen.',
  'derive/base-path-as-stated': 'Gebruikt het API-basispad dat de documenten vermelden.',
  'derive/bcrypt-min-cost-12':
    'Stelt een bcrypt-kostfactor van ten minste 12 in omdat de documenten voor bcrypt kiezen.',
  'derive/browser-client':
    'Past beschermingen voor browserclients toe (CORS, cookies, CSRF) omdat een vermelde webfrontend de API aanroept.',
  'derive/cache-aggregate-endpoint':
    'Cachet een aggregaat-endpoint (dashboard of rapport) waarvan de documenten vermelden dat het vaak wordt gelezen.',
  'derive/cache-current-user':
    'Cachet het profiel van de ingelogde gebruiker dat bij elke paginalading wordt gelezen.',
  'derive/cache-external-response':
    'Cachet de antwoorden van een vermelde externe dienst die herhaaldelijk worden gelezen.',
  'derive/cache-stated-external':
    'Cachet de antwoorden van een gekozen externe dienst omdat een uitspraak om caching van integratieantwoorden vraagt.',
  'derive/cache-metrics':
    'Voegt metrieken voor cachetreffers en -missers toe omdat de specificatie een cache heeft.',
  'derive/cache-reference-entity': 'Cachet referentiegegevens die het vermelde model zelden wijzigt.',
  'derive/cache-ttl-aggregate':
    'Stelt de levensduur van gecachete aggregaten voor waar de documenten er geen vermelden.',
  'derive/cache-ttl-external':
    'Stelt de levensduur van gecachete externe antwoorden voor waar de documenten er geen vermelden.',
  'derive/cache-ttl-profile':
    'Stelt de levensduur van het gecachete gebruikersprofiel voor waar de documenten er geen vermelden.',
  'derive/cache-ttl-stated-entry':
    'Stelt de levensduur voor van een cache-item dat de documenten zonder levensduur vermelden.',
  'derive/cache-ttl-reference':
    'Stelt de levensduur van gecachete referentiegegevens voor waar de documenten er geen vermelden.',
  'derive/client-side-integration-no-retry':
    'Geeft geen nieuwe pogingen aan de serverkant aan een integratie waarvan de documenten zeggen dat de client haar rechtstreeks aanroept.',
  'derive/coverage-80':
    'Stelt een minimale regeldekking van 80 % voor waar de documenten geen doel vermelden.',
  'derive/crud-for-aggregate-root':
    'Voegt de operaties aanmaken, lezen, bijwerken en opvragen toe van een vermelde entiteit op het hoogste niveau die vermelde behoeften gebruiken.',
  'derive/crud-for-owned-child':
    'Voegt de operaties toe van een entiteit die bij een vermelde ouder hoort, genest onder het pad van de ouder.',
  'derive/db-pool-metric':
    'Voegt metrieken voor de databasepool toe omdat de specificatie een relationele database gebruikt.',
  'derive/deactivate-not-delete':
    'Vervangt verwijderen door deactiveren voor records waarnaar andere vermelde records blijven verwijzen.',
  'derive/default-database-postgresql':
    'Stelt PostgreSQL voor waar de documenten een datamodel vermelden maar geen database.',
  'derive/default-error-rate-alert':
    'Stelt een alarm op het percentage 5xx-fouten voor waar de documenten geen alarm vermelden.',
  'derive/default-role-admin':
    'Stelt een beheerdersrol voor waar de documenten beheer vermelden maar geen rol noemen.',
  'derive/default-role-user':
    'Stelt een gebruikersrol voor waar de documenten inloggen vermelden maar geen rol noemen.',
  'derive/e2e-per-top-priority-story':
    'Voegt een end-to-endtest toe voor elke vermelde user story met de hoogste prioriteit.',
  'derive/e2e-per-ux-flow': 'Voegt een end-to-endtest toe voor elke vermelde UX-stroom.',
  'derive/env-database-url':
    'Voegt een instelling DATABASE_URL toe omdat de specificatie een database gebruikt.',
  'derive/env-log-level': 'Voegt een instelling LOG_LEVEL toe voor de gestructureerde logs.',
  'derive/env-redis-url': 'Voegt een instelling REDIS_URL toe omdat de vermelde stack Redis gebruikt.',
  'derive/env-referenced':
    'Voegt elke omgevingsvariabele toe die de documenten of de vermelde integraties nodig hebben.',
  'derive/error-400-validation':
    'Voegt de validatiefout 400 toe die elke operatie met invoer kan teruggeven.',
  'derive/error-401-invalid-credentials': 'Voegt de fout 401 toe voor een mislukte inlogpoging.',
  'derive/error-401-token-expired':
    'Voegt de fout 401 toe voor een verlopen token van de vermelde tokenauthenticatie.',
  'derive/error-401-unauthenticated':
    'Voegt de fout 401 toe voor aanroepen zonder geldige inloggegevens naar beveiligde operaties.',
  'derive/error-403-forbidden': 'Voegt de fout 403 toe voor aanroepers die de rechtenmatrix weigert.',
  'derive/error-404-not-found': 'Voegt de fout 404 toe voor operaties op één record.',
  'derive/error-409-conflict':
    'Voegt de fout 409 toe voor toestandswijzigingen die de vermelde levenscyclus niet toestaat.',
  'derive/error-409-unique': 'Voegt de fout 409 toe voor een vermelde unieke waarde die al in gebruik is.',
  'derive/error-422-business-rule':
    'Voegt de fout 422 toe voor een vermelde bedrijfsregel die een verzoek overtreedt.',
  'derive/error-429-rate-limited': 'Voegt de fout 429 van de frequentielimieten toe.',
  'derive/error-500-internal': 'Voegt de fout 500 toe die elke operatie kan teruggeven.',
  'derive/error-503-unavailable':
    'Voegt de fout 503 toe voor een vermelde afhankelijkheid die niet beschikbaar is.',
  'derive/errors-rfc9457-problem-details':
    'Stelt RFC 9457-problem details voor als foutformaat waar de documenten er geen vermelden.',
  'derive/extension-citext':
    'Voegt de extensie citext toe voor vermelde unieke tekst die hoofdletterongevoelig is, zoals e-mailadressen.',
  'derive/extension-pg-trgm':
    'Voegt de extensie pg_trgm toe voor het zoeken in tekst waar een vermelde eis om vraagt.',
  'derive/foreign-key-by-name':
    'Leest een vermeld veld dat naar een entiteit is genoemd (`patient_id`) als vreemde sleutel naar die entiteit.',
  'derive/foreign-key-from-relationship':
    'Voegt de kolom met de vreemde sleutel toe die een vermelde relatie nodig heeft.',
  'derive/foreign-key-type-follows-key':
    'Geeft een vreemde sleutel het type van de vermelde sleutel waarnaar hij verwijst.',
  'derive/format-from-field-name':
    'Leidt het formaat van een vermeld veld, zoals een e-mailadres of een telefoonnummer, af uit de naam.',
  'derive/health-liveness': 'Voegt een liveness-endpoint toe voor de orchestrator.',
  'derive/health-readiness-real-dependencies':
    'Voegt een readiness-endpoint toe dat de vermelde database en diensten controleert.',
  'derive/hide-internal-records': 'Houdt interne records (tokens, logs, outbox) buiten de openbare API.',
  'derive/id-is-primary-key': 'Maakt van een vermeld veld `id` de primaire sleutel.',
  'derive/in-process-cache-when-no-store':
    'Stelt een cache binnen het proces voor waar caching nodig is maar de documenten geen cacheopslag vermelden.',
  'derive/index-every-foreign-key': 'Indexeert elke vreemde sleutel van het vermelde model.',
  'derive/index-lookup-field': 'Indexeert een vermeld veld waarop een vermelde query records opzoekt.',
  'derive/index-tenant-created-at':
    'Indexeert tenant en aanmaaktijd voor de lijsten van een vermelde multi-tenantentiteit.',
  'derive/index-tenant-status':
    'Indexeert tenant en status voor de statusfilters van een vermelde multi-tenantentiteit.',
  'derive/index-unique-field':
    'Voegt een unieke index toe voor een veld waarvan de documenten vermelden dat het uniek is.',
  'derive/integration-retry-catalogue':
    'Neemt het beleid voor nieuwe pogingen van een vermelde integratie over uit de catalogus van aanbieders.',
  'derive/integration-retry-unknown-provider':
    'Stelt een algemeen beleid voor nieuwe pogingen voor bij een vermelde integratie die de catalogus niet kent.',
  'derive/integration-tests-real-database':
    'Draait integratietests tegen een echte instantie van de vermelde database.',
  'derive/integrations-in-use':
    'Noemt de integraties waarvan de documenten vermelden dat ze in gebruik zijn.',
  'derive/job-expired-token-cleanup':
    'Voegt een taak toe die verlopen tokens van de vermelde tokenauthenticatie verwijdert.',
  'derive/job-for-document-generation':
    'Voegt een taak toe voor de documentgeneratie die een vermelde eis beschrijft.',
  'derive/job-for-outgoing-message':
    'Voegt een bezorgtaak toe voor elke vermelde aanbieder van e-mail of berichten.',
  'derive/job-for-reminder':
    'Voegt een herinneringstaak toe voor de herinneringen die een vermelde eis beschrijft.',
  'derive/job-for-retention': 'Voegt een opschoontaak toe voor een vermelde bewaartermijn.',
  'derive/job-for-period-end':
    'Voegt een taak toe die de gegevens anonimiseert of archiveert waarvan de vermelde termijn is verstreken („na 24 maanden geanonimiseerd”).',
  'derive/job-for-schedule': 'Voegt een taak toe voor een vermelde planning („elke nacht”, „elk uur”).',
  'derive/job-for-timed-rule':
    'Voegt een taak toe die de overgang uitvoert die een vermelde getimede systeemregel beschrijft zodra de tijd daarvoor verstreken is.',
  'derive/job-schedule-proposed':
    'Stelt een scanplanning voor een taak voor waarvan de documenten het werk vermelden maar geen planning.',
  'derive/error-status-from-criterion':
    'Geeft een foutcode die de documenten zonder HTTP-status noemen er een: 409 wanneer de bijzin zegt dat de toestand van het record de actie verbiedt, 429 wanneer een aantal wordt overschreden, anders 422.',
  'derive/job-time-proposed':
    'Stelt een tijdstip voor (03:00; maandag bij een wekelijkse, de 1e bij een maandelijkse periode) voor een taak waarvan de documenten de periode zonder tijdstip vermelden („dagelijks”, „elke 24 uur”, „maandelijks”).',
  'derive/job-for-webhook': 'Voegt een taak toe die de webhooks van een vermelde aanbieder verwerkt.',
  'derive/job-metrics':
    'Voegt metrieken voor de duur en het mislukken van taken toe omdat de specificatie achtergrondtaken heeft.',
  'derive/job-retry':
    'Stelt een beleid voor nieuwe pogingen voor bij een vermelde taak waar de documenten er geen vermelden.',
  'derive/job-runner-default':
    'Stelt een taakrunner voor waar de documenten taken vermelden maar geen runner.',
  'derive/job-runner-partly-stated': 'Vult een taakrunner aan die de documenten maar gedeeltelijk noemen.',
  'derive/job-runner-stated': 'Gebruikt de taakrunner die de documenten vermelden.',
  'derive/join-table': 'Behandelt een vermelde tabel die alleen twee entiteiten koppelt als koppeltabel.',
  'derive/join-table-as-sub-resource':
    'Stelt een koppeltabel beschikbaar als subresource van één kant van haar relatie.',
  'derive/join-table-composite-key':
    'Geeft een koppeltabel de samengestelde sleutel van haar twee vreemde sleutels.',
  'derive/join-table-for-many-to-many': 'Voegt een koppeltabel toe voor een vermelde veel-op-veelrelatie.',
  'derive/json-structured-logs': "Stelt gestructureerde JSON-logs met verzoek-id's voor.",
  'derive/jwt-claims-minimal':
    'Beperkt de JWT-claims tot het subject, de rollen en de tenant die het vermelde model nodig heeft.',
  'derive/load-test-from-nfr': 'Voegt een belastingtest toe voor elk vermeld prestatiedoel.',
  'derive/lockout-5-attempts-15m':
    'Stelt een blokkering van 15 minuten na 5 mislukte inlogpogingen voor waar de documenten er geen vermelden.',
  'derive/log-server-errors': 'Logt elke serverfout met het id van het verzoek.',
  'derive/anonymous-caller':
    'Behandelt een rol die de documenten als niet ingelogd beschrijven als de anonieme aanroeper: alleen openbare routes, geen tokenrol.',
  'derive/machine-principal': 'Voegt een machineaanroeper toe voor de vermelde webhooks en serviceaanroepen.',
  'derive/many-to-many-from-join-table': 'Leest een veel-op-veelrelatie uit een vermelde koppeltabel.',
  'derive/migrations-versioned-sql':
    'Stelt geversioneerde SQL-migraties voor waar de documenten geen migratietool vermelden.',
  'derive/mongodb-collections':
    'Zet de vermelde entiteiten om naar MongoDB-collecties omdat de documenten voor MongoDB kiezen.',
  'derive/mongodb-object-id':
    'Geeft MongoDB-documenten een ObjectId-sleutel omdat de documenten voor MongoDB kiezen.',
  'derive/monitoring-sdk-retry': 'Laat nieuwe pogingen van een vermelde monitoringdienst over aan diens SDK.',
  'derive/n-plus-one-per-relationship': 'Noemt het N+1-risico van elke vermelde relatie die lijsten lezen.',
  'derive/name-enum-type': 'Benoemt het enumtype in de database van een vermeld status- of soortveld.',
  'derive/nest-owned-child': 'Nest het pad van een vermeld kind dat bij een ouder hoort onder die ouder.',
  'derive/no-auth-stated': 'Legt vast dat de documenten geen authenticatie vermelden.',
  'derive/no-change-to-append-only':
    'Laat bijwerken en verwijderen weg bij een vermeld alleen-toevoegenrecord.',
  'derive/no-change-to-money-records':
    'Laat bijwerken en verwijderen weg bij geldrecords (betalingen, facturen): die worden tegengeboekt, niet bewerkt.',
  'derive/no-database':
    'Legt vast dat de documenten geen database vermelden: het systeem bewaart geen eigen gegevens.',
  'derive/no-delete-without-requirement':
    'Laat een verwijderoperatie weg waar geen vermelde eis of user story om vraagt.',
  'derive/no-write-without-caller':
    'Laat een ontworpen aanmaak of wijziging weg die elke rol geweigerd is wanneer elke eis die haar noemde bediend wordt door een andere operatie van hetzelfde soort die een rol aanroept (`POST /berths` naast `POST /reservations` van de bezoeker voor FR-2).',
  'derive/no-delete-without-caller':
    'Laat een ontworpen verwijderoperatie weg die elke rol geweigerd wordt: geen user story, recht of vermelde toegang noemt een aanroeper.',
  'derive/no-list-without-requirement':
    'Laat een opvraagoperatie weg waar geen vermelde eis of user story om vraagt.',
  'derive/no-write-without-requirement':
    'Laat een schrijfoperatie weg waar geen vermelde eis of user story om vraagt.',
  'derive/no-writes-on-read-only-data':
    'Laat schrijfacties weg op gegevens waarvan de documenten vermelden dat ze alleen-lezen of geïmporteerd zijn.',
  'derive/no-writes-on-system-data':
    'Laat schrijfacties van clients weg op records die alleen het systeem aanmaakt.',
  'derive/not-null-key': 'Maakt een sleutelkolom NOT NULL.',
  'derive/notification-channel-per-provider':
    'Voegt een meldingskanaal toe voor elke vermelde berichtenaanbieder.',
  'derive/notification-service': 'Voegt een meldingsservice toe omdat de documenten meldingen vermelden.',
  'derive/pattern-check':
    "Schrijft een opmaakpatroon dat een codenotatie voor een veld noemt (Mongoose match, zod .regex, Rails format, Pydantic pattern) als PostgreSQL-CHECK (col ~ '…'), zodat de database afdwingt wat de API valideert.",
  'derive/nullable-when-unstated':
    'Maakt een vermeld veld nullable waar de documenten niet zeggen dat het verplicht is.',
  'derive/on-delete-cascade-join-table':
    'Verwijdert rijen van een koppeltabel samen met een van beide kanten.',
  'derive/on-delete-cascade-owned-child': 'Verwijdert een kind samen met zijn vermelde ouder.',
  'derive/on-delete-restrict-shared':
    'Weigert een record te verwijderen waarnaar een verplichte vreemde sleutel van het vermelde model nog verwijst.',
  'derive/on-delete-set-null-optional':
    'Maakt een optionele vreemde sleutel leeg wanneer het record waarnaar hij verwijst wordt verwijderd.',
  'derive/create-from-verb-noun':
    'Leest een werkwoord dat geen lexicon kent en waarvan de stam een entiteit van het model noemt („vote” → Vote, „votare” → Voto) als het aanmaken van die entiteit.',
  'derive/operation-from-story': 'Voegt de operatie toe die een vermelde user story nodig heeft.',
  'derive/owasp-a01-from-matrix':
    'Beschrijft de toegangscontrolepraktijk van OWASP A01 op basis van de rechtenmatrix.',
  'derive/owasp-a02':
    'Beschrijft de cryptografische praktijk van OWASP A02 voor de vermelde geheimen en persoonsgegevens.',
  'derive/owasp-a04-validation':
    'Beschrijft de invoervalidatiepraktijk van OWASP A04 op basis van de validatieregels.',
  'derive/owasp-a08-webhooks':
    'Vereist controle van handtekeningen op de webhooks van de vermelde aanbieders (OWASP A08).',
  'derive/owasp-a10-allowlist': 'Beperkt uitgaande aanroepen tot de vermelde integraties (OWASP A10).',
  'derive/pagination-20-100':
    "Stelt pagina's van 20 items voor, hoogstens 100, waar de documenten geen paginagrootte vermelden.",
  'derive/password-hash-argon2id':
    'Stelt Argon2id-wachtwoordhashing voor waar de documenten wachtwoorden vermelden maar geen hash.',
  'derive/password-max-length-128': 'Begrenst wachtwoorden op 128 tekens om de hashkosten te begrenzen.',
  'derive/password-min-length-8':
    'Stelt een minimale wachtwoordlengte van 8 voor waar de documenten er geen vermelden.',
  'derive/payment-service': 'Voegt een betaalservice toe omdat de documenten een betaalaanbieder vermelden.',
  'derive/pool-from-concurrency':
    'Bepaalt de grootte van de databasepool uit het vermelde doel voor gelijktijdigheid.',
  'derive/rate-limit-per-class':
    'Stelt frequentielimieten per klasse van operaties voor waar de documenten er geen vermelden.',
  'derive/read-only-log':
    'Stelt een vermeld logboek of een vermelde geschiedenis alleen beschikbaar om te lezen.',
  'derive/read-only-reference-data':
    'Stelt vermelde referentiegegevens alleen beschikbaar om te lezen, behalve voor beheerders.',
  'derive/red-metrics': 'Voegt metrieken voor aantal, fouten en duur toe voor elk endpoint.',
  'derive/refresh-rotation-reuse-detection':
    'Roteert refreshtokens en trekt bij hergebruik de hele familie in omdat de documenten refreshtokens vermelden.',
  'derive/refresh-token-capped-by-session':
    'Begrenst de levensduur van het refreshtoken op de vermelde sessieduur.',
  'derive/refresh-token-default-7d':
    'Stelt een levensduur van 7 dagen voor het refreshtoken voor waar de documenten er geen vermelden.',
  'derive/relationship-from-foreign-key': 'Leest een relatie uit een vermelde vreemde sleutel.',
  'derive/resource-from-story-noun':
    'Voegt een resource toe voor een entiteit waarop vermelde user stories handelen.',
  'derive/resource-per-aggregate-root':
    'Voegt een resource toe voor elke vermelde entiteit op het hoogste niveau.',
  'derive/sanitise-decimal-as-string':
    'Geeft geld- en decimale waarden terug als strings zodat er geen precisie verloren gaat.',
  'derive/sanitise-explicit-null': 'Geeft ontbrekende optionele waarden terug als expliciete nulls.',
  'derive/sanitise-no-html': 'Geeft tekst terug als gegevens, nooit als HTML.',
  'derive/sanitise-personal-data':
    'Houdt vermelde persoonsgegevens buiten de logs en buiten antwoorden aan andere gebruikers.',
  'derive/sanitise-rfc3339-utc': 'Geeft tijdstempels terug als RFC 3339 in UTC.',
  'derive/sanitise-secrets-never-returned':
    'Geeft vermelde geheimen zoals wachtwoordhashes of tokens nooit terug.',
  'derive/search-from-requirement':
    'Voegt een zoekparameter of -operatie toe waar een vermelde eis om vraagt.',
  'derive/security-tests-per-owasp-item':
    'Voegt een beveiligingstest toe voor elke OWASP-praktijk uit sectie 13.',
  'derive/sensitive-field':
    'Markeert een vermeld veld als gevoelig op basis van de naam (wachtwoord, token, geheim).',
  'derive/sensitive-personal':
    'Markeert een vermeld veld als persoonsgegeven op basis van de naam (e-mail, telefoon, geboortedatum).',
  'derive/sensitive-secret':
    'Markeert een vermeld veld als geheim op basis van de naam (wachtwoordhash, token, API-sleutel).',
  'derive/owner-from-caller':
    'Laat de verwijzing naar het eigen record van de aanroeper weg uit een aanmaakbody wanneer alleen die rol het record aanmaakt: de server haalt haar uit het token.',
  'derive/state-time-server-set':
    'Laat een datum-tijd die is genoemd naar een status die het record na het aanmaken bereikt weg uit de bodies van verzoeken: de server legt hem vast, of stelt hem in als deadline.',
  'derive/state-flag-from-action':
    'Laat uit de aanmaak- en wijzigingsbody’s een boolean weg die naar een toestand heet waarvan een vermelde actie van het record, of van het record waartoe het hoort, het werkwoord uitvoert: die actie zet hem.',
  'derive/action-time-from-action':
    'Laat uit de aanmaak- en wijzigingsbody’s een tijdstip weg dat naar het werkwoord van een vermelde actie van het record heet (`picked_up_at` naast `POST …/{id}/pickup`): die actie legt het vast.',
  'derive/action-reading-from-action':
    'Laat uit de aanmaak- en wijzigingsbody’s een getal weg dat naar het werkwoord van een vermelde actie van het record heet (`return_battery_level` naast `POST …/{id}/return`): die actie legt de meting vast.',
  'derive/status-from-actions':
    "Laat uit de aanmaak- en wijzigingsbody’s een statuskolom met vermelde standaardwaarde weg van een record dat vermelde acties verplaatsen (`status DEFAULT 'open'` naast `POST …/{id}/close`): het record ontstaat in die waarde en alleen de acties wijzigen hem.",
  'derive/role-column-from-caller':
    'Laat uit de aanmaak- en wijzigingsbody’s de verwijzing naar een gebruiker weg die naar de enige rol heet die het record aanmaakt (`mechanic_id` als alleen een monteur schade meldt): de server neemt de aanroeper uit het token.',
  'derive/total-from-rate':
    'Laat uit de aanmaak- en wijzigingsbody’s het ene totaal van een record weg wanneer een ander record van het model een tarief bevat (`total_cents` naast `prices.daily_rate_cents`): de server berekent het uit het tarief.',
  'derive/role-column-from-action':
    'Laat uit de aanmaakbody een optionele verwijzing naar de gebruiker weg, genoemd naar een rol die een genoemde actie op het record uitvoert en er geen aanmaakt (`courier_id` naast `POST /orders/{id}/pickup` voor een koerier): een actie zet die na het aanmaken (die van de rol of een toewijzing), nooit de aanmaker.',
  'derive/distance-from-places':
    'Laat uit verzoekbodies een getal weg dat naar een afstand is genoemd, op een record dat naar twee records met coördinaten verwijst (`distance_km` naast het adres en de vestiging): de server meet die.',
  'derive/code-of-owned-record':
    'Laat uit verzoekbodies een unieke code of nummer weg van een record dat van de aanroeper is (`orders.code`): een aanroeper kent de codes van anderen niet, dus de server geeft die uit.',
  'derive/status-from-webhook':
    'Laat uit verzoekbodies de status weg van een record onder wiens collectie een genoemde webhookroute ligt (`POST /fizetesek/simplepay/ipn` naast `fizetesek.statusz`): de melding van de aanbieder wijzigt die.',
  'derive/subject-from-token':
    'Laat het kenmerk van een persoon bij de identiteitsprovider (`kakao_sub`, `bankid_subject`, `keycloak_id`) uit request bodies: de server neemt die uit de `sub` van het geverifieerde token.',
  'derive/sign-in-state':
    'Laat de aanmeldstatus van een account (`failed_logins`, `locked_until`, `email_verified`, de laatste aanmelding) uit request bodies: aanmelding en verificatie schrijven die.',
  'derive/last-event-time':
    'Laat het tijdstip van de laatste gebeurtenis van een soort (`last_order_at`) uit request bodies: de server legt het vast als de gebeurtenissen plaatsvinden.',
  'derive/stored-file-size':
    'Laat een grootte in bytes (`pdf_size_bytes`) uit request bodies: de server meet het opgeslagen bestand.',
  'derive/actor-from-caller':
    'Laat uit request bodies wie iets deed (`recorded_by`, `adjusted_by`, `registrado_por`): de server neemt de aanroeper uit het token.',
  'derive/tenant-from-token':
    'Laat de `tenant_id` van een record uit request bodies: de server neemt de tenant van de aanroeper uit het token.',
  'derive/anonymised-time':
    'Laat het tijdstip waarop een record werd geanonimiseerd (`anonymised_at`) uit request bodies: het wissen zet het.',
  'derive/record-time':
    'Laat het tijdstip waarop een record werd vastgelegd (`recorded_at`, `registrado_en`) uit request bodies: de server neemt het moment waarop hij het opslaat.',
  'derive/hold-expiry':
    'Laat het einde van een voorlopige reservering (`held_until`, `hold_expires_at`) uit request bodies: de server geeft haar haar termijn.',
  'derive/action-note-from-action':
    'Laat uit de aanmaak- en wijzigingsbodies een tekst weg waarvan de naam begint met het werkwoord van een actie waarvan het record het tijdstip houdt (`void_reason` naast `voided_at` en `POST …/{id}/void`): de actie legt die vast, en een toestandsactie ontworpen uit een story of een routetabel neemt die in haar body aan.',
  'derive/server-rendered-surface':
    'Laat een operatie die alleen de rollen van een oppervlak zonder JSON-API volgens de documenten (een server-side gerenderde backoffice) mogen aanroepen, door de schermen van dat oppervlak bedienen: ze blijft een servicemethode, buiten het OpenAPI-document.',
  'derive/provider-reference-server-set':
    'Laat de referentie van een aanbieder (een veld genoemd naar een gebruikte integratie en een woord voor een kenmerk, `stripe_payment_intent_id`) weg uit de bodies van verzoeken: de aanbieder geeft haar terug wanneer de server hem aanroept.',
  'derive/start-payment-from-provider':
    'Voegt de operatie toe waarmee de betaler een betaling start bij de genoemde betaalprovider (`POST /invoices/{id}/payment`, antwoord: de checkout-URL) voor een story die een record betaalt: de webhook van de provider legt de uitkomst vast en is nooit de operatie van de betaler.',
  'derive/total-of-line-items':
    'Laat het totaal van een record waarvan de regels een hoeveelheid en een stukprijs vermelden weg uit de bodies van verzoeken: de server berekent de som.',
  'derive/server-owned-fields':
    "Houdt velden die de server zet (id's, tijdstempels, eigenaar) buiten de bodies van verzoeken.",
  'derive/service-method-per-endpoint': 'Voegt een servicemethode toe voor elk endpoint.',
  'derive/service-per-aggregate':
    'Voegt een service toe voor elke groep vermelde entiteiten die bij één aggregaat hoort.',
  'derive/soft-delete-stated':
    'Voegt een kolom deleted_at toe omdat de documenten zacht verwijderen vermelden.',
  'derive/status-change-from-story':
    'Brengt de status van een record via een eigen actie verder wanneer een user story de status wijzigt.',
  'derive/system-default':
    'Geeft een sleutel- of tijdstempelkolom haar databasestandaard (gen_random_uuid(), now()).',
  'derive/tenant-column': 'Voegt de tenantkolom toe aan de entiteiten van een vermeld multi-tenantmodel.',
  'derive/tenant-scope':
    'Beperkt elke query tot de tenant van de aanroeper in een vermeld multi-tenantmodel.',
  'derive/token-cookie-httponly-secure-samesite':
    'Zet tokens in HttpOnly-, Secure- en SameSite-cookies omdat een vermelde browserclient inlogt.',
  'derive/transaction-cascading-soft-delete':
    'Verwijdert een record en de kinderen die erbij horen zacht in één transactie.',
  'derive/constraint-error-on-entity-writes':
    'Geeft de fout van een vermelde databasebeperkingsregel (een unieke waarde, geen overlap) bij elk aanmaken en bijwerken van de entiteit die ze beperkt, waar geen eis de regel aan een operatie koppelt.',
  'derive/domain-error-from-rule':
    'Benoemt de domeinfout die een vermelde regel geeft op basis van de beperkte entiteit en de soort regel (`APPOINTMENT_OUTSIDE_WINDOW`) waar de zin van de regel geen code noemt.',
  'derive/rule-enforced-by-job':
    'Benoemt de achtergrondtaak die een regel afdwingt die het ontwerp met een taak afdwingt: de taak ontworpen vanuit de regel van de regel zelf, anders de enige vermelde taak waarvan de regel de bedrijfsregel of haar eis noemt, anders de enige vermelde taak die de handeling van de regel doet (verwijderen, anonimiseren, archiveren, herinneren), anders de enige vermelde taak die gepland staat op de datum van het jaar die de regel noemt. Een regel die geen entiteit noemt, beperkt de ene entiteit die de naam van de vermelde taak noemt (`IssueInvoices`: Invoice).',
  'derive/transaction-no-overlap-constraint':
    'Voert een schrijfactie die een vermelde regel tegen overlap of dubbele boekingen beperkt uit in één transactie, die de unieke of uitsluitingsbeperking van de regel afbreekt wanneer een andere schrijver het tijdslot al nam.',
  'derive/transaction-with-audit-entry':
    'Schrijft de wijziging die een audittrailregel beperkt en haar auditregel in één transactie, zodat geen van beide zonder de ander wordt vastgelegd.',
  'derive/transaction-record-updates-referenced-state':
    'Maakt een record aan en wijzigt de toestand van het record waarnaar het verwijst in één transactie.',
  'derive/transaction-register-tenant-and-user':
    'Maakt een tenant en zijn eerste gebruiker aan in één transactie.',
  'derive/transaction-state-change-with-history':
    'Wijzigt een toestand en schrijft het vermelde geschiedenisrecord ervan in één transactie.',
  'derive/unit-tests-per-service': 'Voegt unittests toe voor elke service en haar bedrijfsregels.',
  'derive/validate-by-type': 'Valideert elk vermeld veld op zijn type.',
  'derive/validate-format-by-name':
    'Valideert het formaat van een vermeld veld op basis van de naam (e-mail, URL, telefoon).',
  'derive/validate-required': 'Vereist de vermelde niet-null-velden in aanmaakverzoeken.',
  'derive/versioned-base-path':
    'Stelt een geversioneerd basispad (/api/v1) voor waar de documenten er geen vermelden.',
  'extract/join-table-many-to-many':
    'Leest een vermelde tabel met twee vreemde sleutels en verder niets als veel-op-veelrelatie.',
  'derive/api-key-client':
    'Voegt een beveiligingsschema met API-sleutel toe voor een machineclient die de documenten vermelden, op de operaties die hij aanroept.',
  'derive/api-key-header-default':
    'Stelt de header X-API-Key voor waar de documenten een API-sleutel vermelden maar geen headernaam.',
  'derive/guessable-stated-ids':
    'Meldt de vermelde oplopende gehele sleutels die als id in paden worden gebruikt als raadbaar (OWASP API1), met de maatregel die het ontwerp toepast.',
  'derive/secret-in-stated-path':
    'Meldt een geheim dat de documenten in het pad van een route zetten (OWASP API2), met hoe het ontwerp het beschermt.',
  'derive/authz-stated-matrix':
    'Weigert een rol een operatie op een resource wanneer de vermelde rechtenmatrix rol × resource die niet toekent.',
  'derive/authz-stated-route-access':
    'Weigert een rol een vermelde route waarvan de routetabel in de toegangskolom andere aanroepers noemt.',
  'derive/queue-position-server-set':
    'Laat een getal dat naar een status en een plaats in de wachtrij is genoemd (`waitlistPos` naast `waitlisted`) uit de request bodies: de server nummert de wachtrij wanneer records erbij komen en eruit gaan.',
  'derive/authz-subject-record':
    'Neemt het record dat het subject van de identiteitsprovider bevat en een rol noemt als het eigen record van die rol (de API koppelt het token eraan).',
};

export const ruleOrigins = {
  heading: 'Bijlage C. Herkomst van de regels',
  intro:
    'Onderdelen die de documenten niet regel voor regel vermelden, verwijzen als [R1], [R2], … naar de benoemde regel die ze heeft afgeleid; elke regel staat hier één keer, met de feiten die ze leest en hoeveel onderdelen van deze specificatie ze heeft opgeleverd.',
  columns: { label: 'Label', rule: 'Regel', derives: 'Wat ze afleidt, en waaruit', items: 'Onderdelen' },
  uncatalogued: 'Een benoemde regel van backend-spec die nog geen beschrijving heeft.',
  sentences,
};
