import type { Messages } from '../en/index.js';

const cap = (s: string) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Dutch wording of the api sections (3. API-endpoints, 4. Services) and the api checks. */
export const api: Messages['api'] = {
  rules: {
    heading: 'Bedrijfsregels',
    intro: (n: number) =>
      `${plural(n, 'regel', 'regels')} uit de documenten, met de entiteit of de operaties die elke regel beperkt, de manier waarop het ontwerp haar handhaaft en de domeinfout die ze oplevert.`,
    header: ['Id', 'Regel', 'Herkomst', 'Beperkt', 'Gehandhaafd door', 'Foutcode'],
    enforcement: {
      'db-constraint': 'databasebeperking',
      validation: 'validatie van het verzoek',
      'service-check': 'controle in de service',
      job: 'achtergrondtaak',
      authorization: 'autorisatie',
      'retention-policy': 'bewaarbeleid (niets wordt verwijderd vóór het vermelde minimum)',
      'audit-trail': 'auditregel geschreven in de transactie van de wijziging',
      behaviour: 'vermeld gedrag (geen controle op het verzoek)',
      'period-quota':
        'geteld over de periode (een rapport of een controle aan het einde; geen controle op het verzoek)',
      'visibility-scope':
        'zichtbaarheidsbereik (het lezen geeft alleen de records binnen het bereik; geen fout op het verzoek)',
    } as Record<string, string>,
    lifecycles: 'Toestandsmachines',
    lifecycleIntro: (entity: string, field: string, n: number) =>
      `\`${entity}.${field}\`: ${plural(n, 'toestand', 'toestanden')}; overgangen zoals de documenten ze vermelden en de actie-endpoints ze uitvoeren, met de rollen die elke overgang mogen uitvoeren.`,
    transitionHeader: ['Van', 'Naar', 'Gebeurtenis', 'Wie', 'Herkomst'],
    system: 'het systeem (taak)',
    fromUnstated: 'niet vermeld in de documenten',
    unstated: 'niet vermeld: geen operatie of taak van dit ontwerp voert hem uit',
    noTransitions: 'De documenten vermelden geen overgangen en geen actie-endpoint wijzigt deze toestand.',
  },
  stories: {
    heading: 'User stories en de operaties die ze uitvoeren',
    intro: (mapped: number, total: number) =>
      `${mapped} van ${total} user stories en functiezinnen komen overeen met een operatie (regel \`derive/operation-from-story\`); de rol van de actor mag elk ervan aanroepen.`,
    header: ['Story', 'Actor', 'Rol', 'Actie', 'Operaties'],
    none: (why: string) => `geen — ${why}`,
    suppressedHeading: 'Bewust weggelaten operaties',
    suppressedIntro: (n: number) =>
      `${plural(n, 'operatie', 'operaties')} die een afleidingsregel zou hebben opgeleverd, ${n === 1 ? 'is' : 'zijn'} weggelaten omdat een vermeld feit of een benoemde regel dat vraagt.`,
    suppressedHeader: ['Operatie', 'Regel', 'Reden', 'Herkomst'],
    surfaceHeading: (surface: string) => `Bediend door de ${surface} (geen JSON-routes)`,
    surfaceIntro: (n: number, surface: string, at: string) =>
      `${n} operatie(s) die alleen de rollen van de ${surface} mogen aanroepen, worden bediend door haar schermen, die geen JSON-API hebben (${at}): elk blijft een servicemethode van sectie 4, buiten openapi.yaml.`,
    surfaceHeader: ['Operatie', 'Rollen', 'Invoer', 'Regel'],
    calledBySurface: (surface: string) => `schermen van de ${surface} (geen JSON-route)`,
  },
  endpoints: {
    intro: (endpoints, resources, stated, fromNeeds, derived) =>
      `${plural(endpoints, 'endpoint', 'endpoints')} op ${plural(resources, 'resource', 'resources')}: ${stated} vermeld in de documenten (zoals ze geschreven zijn, met hun bronregel), ${fromNeeds} ontworpen vanuit user stories en eisen en ${derived} via benoemde regels afgeleid uit het datamodel.`,
    artifact: (path) =>
      `Dezelfde API als OpenAPI 3.1-document: \`${path}\` (componentschema's uit het datamodel, gedeelde foutantwoorden, beveiligingsschema's en gevalideerde voorbeelden).`,
    conventionsHeading: 'Conventies',
    basePath: (path) =>
      path
        ? `Basispad: \`${path}\`.`
        : 'De paden worden gebruikt zoals ze vermeld zijn, zonder gemeenschappelijk basispad.',
    json: 'Bodies zijn JSON (`application/json`); datums en tijden zijn RFC 3339-strings; decimalen zijn getallen met de vermelde opgeslagen precisie.',
    pagination: (style, def, max, n) =>
      style === 'page'
        ? `Lijsten worden per paginanummer gepagineerd: \`${n.page}\` (vanaf 1) en \`${n.limit}\` (standaard ${def}, hoogstens ${max}); het antwoord bevat \`items\`, \`total\`, \`${n.limit}\` en \`${n.page}\`.`
        : style === 'cursor'
          ? `Lijsten worden met een cursor gepagineerd: \`${n.limit}\` (standaard ${def}, hoogstens ${max}) en \`${n.cursor}\`; het antwoord bevat \`items\` en \`nextCursor\`.`
          : `Lijsten worden gepagineerd met \`${n.limit}\` (standaard ${def}, hoogstens ${max}) en \`${n.offset}\`; het antwoord bevat \`items\`, \`total\`, \`${n.limit}\` en \`${n.offset}\`.`,
    errorsFromCatalog: (mediaType) =>
      `Elk foutantwoord gebruikt het foutformaat uit sectie 7 (\`${mediaType}\`), in openapi.yaml gedeeld als \`components/responses\`.`,
    errorsFallback:
      'Er is geen foutcatalogus ontworpen, dus foutantwoorden gebruiken RFC 9457-problem details (`application/problem+json`); sectie 7 is de plek waar een catalogus dat zou verfijnen.',
    authScheme: (scheme) =>
      `Geauthenticeerde endpoints vereisen ${scheme}; openbare endpoints geven dat expliciet aan.`,
    noAuth: 'Er is geen authenticatiestrategie ontworpen, dus er is geen beveiligingsschema gedeclareerd.',
    schemes: {
      bearerAuth: 'een bearertoken in de header `Authorization` (RFC 6750)',
      cookieAuth: 'de sessiecookie die bij het inloggen wordt gezet',
      apiKeyAuth: 'een API-sleutel in de header `X-API-Key`',
    },
    successEnvelope: (wrapper, key, from) =>
      `Elke succesvolle body wordt verpakt zoals de documenten aangeven: \`${wrapper}\`, met de resource of de pagina in \`${key}\` (${from}).`,
    created:
      'Aanmaken antwoordt `201 Created` met een `Location`-header (RFC 9110 §15.3.2); verwijderen antwoordt `204 No Content`; een al gebruikte unieke waarde antwoordt `409 Conflict`; verzoeken boven de frequentielimiet antwoorden `429` met `Retry-After` (RFC 6585).',
    idempotency:
      'Verzoeken die geld verplaatsen vereisen een `Idempotency-Key`-header (draft-ietf-httpapi-idempotency-key-header): een nieuwe poging met dezelfde sleutel geeft het eerste resultaat terug.',
    summaryHeading: 'Overzicht van de endpoints',
    summaryTable: {
      method: 'Methode',
      path: 'Pad',
      operation: 'Operatie',
      auth: 'Authenticatie',
      source: 'Herkomst',
    },
    schemasHeading: (entity) => `Schema's: ${entity}`,
    schemasNote: (entity) =>
      `\`${entity}\` is de body van het antwoord (zonder geheimen); \`${entity}Create\` de body bij aanmaken; \`${entity}Update\` heeft dezelfde eigenschappen, alle optioneel (PATCH is een gedeeltelijke update, RFC 5789).`,
    operation: 'Operatie',
    auth: 'Authenticatie',
    public: 'openbaar',
    authenticated: 'geauthenticeerd',
    roles: (roles) => `rollen: ${roles.join(', ')}`,
    anyRole: 'elke geauthenticeerde gebruiker',
    noRole:
      'nog geen rol: standaard geweigerd totdat een user story of de documenten vermelden wie het aanroept (5.5)',
    rateLimit: 'Frequentielimiet',
    /** Who a stated rate limit counts ("volunteer"), as the documents name them. */
    ratePer: (who: string) => `geteld per ${who}`,
    rateClasses: {
      auth: 'authenticatie (streng, per IP en per account)',
      read: 'lezen',
      write: 'schrijven',
      expensive: 'zwaar (zoeken, exporteren)',
      webhook: 'webhook (per aanbieder)',
      public: 'openbaar',
    },
    paginationLine: (style, def, max) =>
      `${style === 'cursor' ? 'cursor' : 'offset'}, standaard ${def}, maximaal ${max}`,
    paginationLabel: 'Paginering',
    idempotencyLabel: 'Idempotency-Key',
    required: 'verplicht',
    requirements: 'Eisen',
    source: 'Herkomst',
    parameters: 'Parameters',
    parameterTable: {
      name: 'Naam',
      in: 'Locatie',
      type: 'Type',
      required: 'Verplicht',
      description: 'Beschrijving',
    },
    yes: 'ja',
    no: 'nee',
    requestBody: 'Body van het verzoek',
    responses: 'Antwoorden',
    responseTable: { status: 'Status', meaning: 'Betekenis', body: 'Body', errors: 'Foutcodes' },
    noBody: '—',
    errorBody: 'foutformaat',
  },
  actions: {
    list: (entity) => `${entity}-records opvragen`,
    get: (entity) => `Eén ${entity}-record lezen`,
    create: (entity) => `Een ${entity}-record aanmaken`,
    update: (entity) => `Een ${entity}-record bijwerken (gedeeltelijk)`,
    replace: (entity) => `Een ${entity}-record vervangen`,
    delete: (entity) => `Een ${entity}-record verwijderen`,
    search: (entity) => `${entity}-records zoeken`,
  },
  stateAction: { ownWord: true, title: (verb, entity) => `${cap(entity)} ${verb}` },
  services: {
    intro: (services, methods, transactional) =>
      `${plural(services, 'service', 'services')} met ${plural(methods, 'openbare methode', 'openbare methoden')}; ${transactional === 1 ? '1 methode schrijft' : `${transactional} methoden schrijven`} naar meer dan één tabel en ${transactional === 1 ? 'loopt' : 'lopen'} in één databasetransactie.`,
    signatures: (language: string, source: string) =>
      `De methodesignaturen zijn geschreven in ${language}, de taal die de stack vermeldt (${source}).`,
    signaturesNeutral: (language: string, source: string) =>
      `De stack vermeldt ${language} (${source}); de methodesignaturen zijn in een neutrale vorm geschreven, \`naam(parameter: Type) → Resultaat\`.`,
    conventions:
      '`Actor` is de al geauthenticeerde aanroeper (gebruikers-id, rol en, in een multi-tenantproduct, tenant-id), afgeleid uit de inloggegevens. Services gooien getypeerde fouten; de HTTP-laag vertaalt ze naar statuscodes:',
    errorTable: { error: 'Fout', status: 'HTTP-status', meaning: 'Betekenis' },
    errors: {
      ValidationError: ['400 / 422', 'ongeldige invoer, of een record waarnaar verwezen wordt bestaat niet'],
      UnauthorizedError: ['401', 'onjuiste inloggegevens'],
      ForbiddenError: ['403', 'de aanroeper mag niets doen met dit record'],
      NotFoundError: ['404', 'geen zodanig record zichtbaar voor de aanroeper'],
      ConflictError: [
        '409',
        'een unieke waarde is al in gebruik, of de toestand staat de wijziging niet toe',
      ],
      IntegrationError: ['502 / 503', 'een externe dienst faalde na de nieuwe pogingen'],
    },
    purpose: {
      aggregate: (entity, members) =>
        members.length > 1
          ? `Bedrijfslogica van het aggregaat ${entity} (${members.join(', ')}).`
          : `Bedrijfslogica van ${entity}.`,
      /**
       * The parts the authentication service has (`sign-up`, `sign-in`, `sign-out`, `refresh`,
       * `password-reset`, `current-user`), and the providers the sign-in goes through, with the roles
       * that sign in there when the documents give groups their own way in.
       */
      authentication: (
        parts: readonly string[],
        at: readonly { name: string; roles: readonly string[] }[],
      ) => {
        const names: Record<string, string> = {
          'sign-up': 'registreren',
          'sign-in': 'inloggen',
          'sign-out': 'uitloggen',
          refresh: 'tokenvernieuwing',
          'password-reset': 'wachtwoordherstel',
          'current-user': 'de huidige gebruiker',
        };
        const list = parts.map((x) => names[x] ?? x);
        const joined =
          list.length > 1 ? `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}` : (list[0] ?? '');
        const through = at.map(({ name, roles: rs }) => {
          const roles = rs.map((r) => `\`${r}\``).join(', ');
          return rs.length > 0 ? `${roles} loggen in via ${name}` : `het inloggen loopt via ${name}`;
        });
        const text = [joined, ...through].filter((x) => x.length > 0).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      },
      notification: 'Verstuurt meldingen via de gekozen aanbieders.',
      payment: 'Int betalingen via de gekozen aanbieder.',
      'stated-routes': (resource) => `Operaties van de in de documenten vermelde routes \`${resource}\`.`,
    },
    dependencies: 'Afhankelijkheden',
    transactions: 'Transacties',
    sideEffectsIntro:
      'Wat elke methode volgens de documenten naast haar schrijfacties veroorzaakt (na de commit van de transactie; een auditregel erbinnen):',
    sideEffectsHeader: ['Methode', 'Effect', 'Via', 'Wanneer', 'Bron'],
    sideEffectKinds: {
      email: 'verstuurt een e-mail',
      sms: 'verstuurt een sms',
      push: 'verstuurt een pushmelding',
      job: 'zet een taak in de wachtrij',
      event: 'publiceert een gebeurtenis',
      webhook: 'roept een webhook aan',
      integration: 'roept een integratie aan',
      audit: 'schrijft een auditregel',
    },
    noTransactions: 'Elke methode schrijft naar hoogstens één tabel.',
    transactional: (method, rule) => `\`${method}\` — één transactie (${rule})`,
    transactionWith: (method, how, source) => `\`${method}\` — ${how} (${source})`,
    transactionMechanisms: {
      'row-lock': 'één transactie, met de rijen vergrendeld via SELECT … FOR UPDATE',
      'optimistic-version': 'één transactie, met de versiekolom gecontroleerd bij het bijwerken',
      'advisory-lock': 'één transactie onder een advisory lock',
      constraint: 'één transactie die de beperking van {rule} afbreekt bij een gelijktijdige schrijver',
      outbox: 'één transactie met haar record in de outbox, gepubliceerd na de commit',
      none: 'geen transactie rond haar schrijfacties',
      eventual: 'geen gedeelde transactie: uiteindelijke consistentie',
      audit: 'één transactie met de auditregel van {rule}',
    },
    endpoint: 'Endpoint',
    source: 'Herkomst',
  },
  checks: {
    entityWithoutEndpoints: (entity) => `${entity} heeft geen enkel endpoint`,
    evidence: (endpoints, withSchemas, entities) =>
      `${endpoints} endpoints, ${withSchemas} met verzoek- en antwoordschema's uit het datamodel, die ${entities} entiteiten dekken`,
  },
  compact: {
    parameters:
      'Bij afgeleide endpoints filtert een queryparameter met de naam van een veld op gelijkheid met dat veld, sorteert `sort` op een veld (een voorafgaand `-` sorteert aflopend) en is een padparameter `{id}` het id van het record; `*` markeert een verplichte parameter. Typen en beperkingen zijn die uit sectie 1.',
    standardHeading: 'Standaardantwoorden',
    standardIntro:
      'De betekenis van elke status en de foutcodes die elk endpoint ermee kan teruggeven, één keer vermeld. De tabellen van de endpoints noemen de statussen van elk endpoint en geven alleen een betekenis of foutcode als die afwijkt.',
    standardHeader: ['Status', 'Betekenis', 'Foutcodes op alle endpoints'],
    schemasHeading: "Verzoek- en antwoordschema's",
    schemasIntro:
      'Eén keer gedeclareerd als benoemde componenten (`components/schemas` in openapi.yaml, één bestand per entiteit in `schemas/`) en in de tabellen van de endpoints bij naam aangehaald. `<Entiteit>` is de body van het antwoord (zonder geheimen), `<Entiteit>Create` de body bij aanmaken, `<Entiteit>Update` de gedeeltelijke update (alles optioneel, RFC 5789); `<Entiteit>Page` verpakt een lijst in `items` met de pagineringsvelden. Verplichte eigenschappen staan vet; typen en beperkingen zijn die uit sectie 1.',
    schemasHeader: ['Schema', 'Eigenschappen'],
    serverSet: (list: string) =>
      `Uitgesloten van de bodies bij aanmaken en bijwerken omdat de server ze zet (elk met de regel die dat zegt): ${list}.`,
    singlesHeading: 'Resources met één endpoint',
    resourceColumn: 'Resource',
    endpointHeader: [
      'Methode',
      'Pad',
      'Operatie',
      'Authenticatie',
      'Frequentielimiet',
      'Verzoek',
      'Antwoorden',
      'Herkomst',
    ],
    paginated: 'gepagineerd',
    idempotencyKey: 'header `Idempotency-Key`',
    methodHeader: ['Service', 'Methode', 'Aangeroepen door', 'Gooit'],
    serviceHeader: ['Service', 'Doel', 'Afhankelijkheden', 'Transacties', 'Herkomst'],
    exampleHeader: ['Fout', 'Voorbeeldbody'],
    everyJob: 'Alle onderstaande taken, tenzij hun tabel iets anders aangeeft',
    sharedFields: (name: string) =>
      `De velden die de meeste entiteiten regel voor regel delen, worden één keer gedeclareerd in \`${name}\`; een entiteit die \`extends ${name}\` heeft ze, met hetzelfde type, dezelfde beperkingen en dezelfde herkomst.`,
    entity: 'Entiteit',
    tablesHeading: 'Tabellen',
    summaryHeading: 'Samenvatting',
    glanceLabel: 'In één oogopslag',
    counts: ['entiteiten', 'endpoints', 'services', 'rollen', 'achtergrondtaken', 'externe integraties'],
    stackLabel: 'Stack en ontwerpkeuzes',
    proposedLabel: 'Hier voorgesteld, niet vermeld in de documenten',
    attention: (conflicts, questions, gaps, link) =>
      `**Vraagt om een beslissing**: ${plural(conflicts, 'conflict', 'conflicten')} tussen de documenten (opgelost volgens voorrang; het beslissingenbestand gaat voor), ${plural(questions, 'open vraag', 'open vragen')} en ${plural(gaps, 'leemte in het model', 'leemten in het model')}; zie ${link}.`,
  },
  flows: {
    heading: 'Vermelde stromen',
    intro: (n: number) =>
      `${plural(n, 'stroom', 'stromen')} uit de documenten, getekend als sequentiediagram${n === 1 ? '' : 'men'}: elke stap is een bericht van de rol die hem uitvoert naar de API (met de bijbehorende operatie) of naar een benoemde integratie; een stap die geen aanroep noemt, is een notitie. Een sequentiediagram uit de documenten wordt getekend zoals het geschreven is.`,
    api: 'API',
    client: 'Client',
  },
};
