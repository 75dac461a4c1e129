import type { Messages } from '../en/index.js';

/** Dutch wording of 5. Authenticatie en autorisatie, 6. Gegevensvalidatie, 7. Foutafhandeling. */
export const security: Messages['security'] = {
  auth: {
    authentication: '5.1 Authenticatie',
    strategyTable: { setting: 'Instelling', value: 'Waarde', source: 'Herkomst' },
    settings: {
      strategy: 'Strategie',
      provider: 'Identiteitsprovider',
      accessTokenFormat: 'Formaat van het toegangstoken',
      accessTokenTtl: 'Levensduur van het toegangstoken',
      refreshTokenTtl: 'Levensduur van het refreshtoken',
      refreshRotation: 'Rotatie van het refreshtoken',
      refreshReuse: 'Detectie van hergebruik van het refreshtoken',
      sessionTimeout: 'Sessietime-out',
      tokenStorage: 'Opslag van tokens',
      refreshTokenStorage: 'Opslag van het vernieuwingstoken',
      refreshStore: 'Opslag van refresh tokens',
      passwordHashing: 'Wachtwoordhashing',
      passwordMinLength: 'Minimale wachtwoordlengte',
      passwordRequires: 'Wachtwoord moet bevatten',
      socialProviders: 'Providers voor social login',
      mfa: 'MFA / eenmalige wachtwoorden',
      lockout: 'Blokkering tegen brute force',
      signInMethod: 'Inlogmethode',
      signInLinkTtl: 'Geldigheid van de inloglink',
      signInCodeTtl: 'Geldigheid van de inlogcode',
      tokenVerification: 'Verificatie van het token',
    },
    signInSent: {
      'magic-link': 'een eenmalige link per e-mail',
      'email-code': 'een eenmalige code per e-mail',
      'sms-code': 'een eenmalige code per sms',
      'phone-code': 'een eenmalige code naar het telefoonnummer',
    },
    signInBesidePassword: {
      'magic-link': 'een wachtwoord, of een eenmalige inloglink per e-mail (magic link)',
      'email-code': 'een wachtwoord, of een eenmalige code per e-mail',
      'sms-code': 'een wachtwoord, of een eenmalige code per sms',
      'phone-code': 'een wachtwoord, of een eenmalige code naar het telefoonnummer',
    },
    signInMethods: {
      'magic-link':
        'een eenmalige link die per e-mail wordt verstuurd (magic link); er wordt geen wachtwoord opgeslagen',
      'email-code': 'een eenmalige code die per e-mail wordt verstuurd; er wordt geen wachtwoord opgeslagen',
      'sms-code': 'een eenmalige code die per sms wordt verstuurd; er wordt geen wachtwoord opgeslagen',
      'phone-code':
        'een eenmalige code die naar het telefoonnummer wordt verstuurd; er wordt geen wachtwoord opgeslagen',
    },
    /** The API's own tokens after a provider's or a one-time link's sign-in; `ways`: each way in with its roles. */
    strategyOwnAfter: (ways: string) =>
      `JWT-bearertokens (RFC 7519) die de API zelf uitgeeft na het inloggen (${ways})`,
    strategies: {
      jwt: 'JWT-bearertokens (RFC 7519)',
      session: 'Sessies aan de serverkant (cookie)',
      'oauth-provider': 'Externe identiteitsprovider (OAuth 2.0 / OpenID Connect)',
      'api-key': 'API-sleutels',
      'opaque-token': 'Ondoorzichtige bearer-tokens (gehasht op de server bewaard)',
      none: 'Geen (er zijn geen beveiligde endpoints)',
    },
    tokenVerification: (algorithm: string | null, jwks: boolean) =>
      algorithm && jwks
        ? `${algorithm}-handtekening gecontroleerd met de door de provider gepubliceerde sleutels (JWKS)`
        : algorithm
          ? `${algorithm}-handtekening bij elk verzoek gecontroleerd`
          : 'handtekening gecontroleerd met de door de provider gepubliceerde sleutels (JWKS)',
    refreshStore: (store: string, ttl: string | null) =>
      `${store}: elke sleutel verloopt via zijn TTL${ttl ? ` (${ttl})` : ''}; geen taak ruimt ze op`,
    noRefresh: 'geen (vermeld): de client logt opnieuw in wanneer het token verloopt',
    lockoutDefault:
      'na 5 mislukte inlogpogingen op hetzelfde account binnen 15 minuten worden verdere pogingen 15 minuten lang geweigerd (429); mislukkingen worden ook per IP beperkt',
    yes: 'ja',
    requires: {
      uppercase: 'een hoofdletter',
      lowercase: 'een kleine letter',
      number: 'een cijfer',
      symbol: 'een symbool',
    },
    perRoleIntro: 'Hoe elke groep rollen zich authenticeert, zoals de documenten het per groep vermelden:',
    perRoleTable: { roles: 'Rollen', with: 'Authenticeert zich met', source: 'Bron' },
    perRoleCookie: 'een ondoorzichtig sessietoken in een cookie (HttpOnly); geen bearertoken',
    perRoleIssuedBy: (who) => `uitgegeven door ${who}`,
    perRoleApi: 'de API',
    perRoleBearer: (provider) =>
      provider
        ? `aanmelden met ${provider}; een toegangstoken in de header Authorization (RFC 6750)`
        : 'een toegangstoken in de header Authorization (RFC 6750)',
    jwtHeading: '5.2 Inhoud van het JWT',
    jwtIntro: 'Claims in het toegangstoken (voorbeeldwaarden):',
    claimsTable: { claim: 'Claim', meaning: 'Betekenis', source: 'Herkomst' },
    claims: {
      sub: 'Subject: het id van de gebruiker (RFC 7519 §4.1.2)',
      iat: 'Tijdstip van uitgifte (RFC 7519 §4.1.6)',
      exp: 'Vervaltijd (RFC 7519 §4.1.4)',
      jti: 'Id van het token, gebruikt om het in te trekken (RFC 7519 §4.1.7)',
      iss: 'Uitgever (RFC 7519 §4.1.1)',
      aud: 'Doelgroep (RFC 7519 §4.1.3)',
      role: 'De rol van de gebruiker, een van de rollen hieronder',
      roles: 'De rollen van de gebruiker',
    },
    tenantClaim: (column) => `Tenant van de gebruiker: elke query wordt beperkt door \`${column}\``,
    userClaim: 'Het id van de gebruiker',
    lifecycleHeading: '5.3 Levenscyclus van de tokens',
    lifecycle: {
      providerThenOwn: (name) =>
        `${name} verzorgt de aanmelding; daarna geeft de API eigen tokens uit (hieronder) en controleert ze bij elk verzoek.`,
      issueOwn: (ttl) =>
        `Na de aanmelding geeft de API een eigen toegangstoken uit, geldig gedurende ${ttl}.`,
      issue: (ttl) =>
        `Inloggen controleert de inloggegevens en geeft een toegangstoken uit dat ${ttl} geldig is.`,
      refresh: (ttl, route) =>
        `Daarbij wordt een refreshtoken uitgegeven dat ${ttl} geldig is; ${route ? `\`${route}\` ruilt het in` : 'het wordt ingeruild'} voor een nieuw paar.`,
      rotation:
        'Elke vernieuwing roteert het refreshtoken; wie een al gebruikt refreshtoken opnieuw aanbiedt, trekt de hele tokenfamilie in (detectie van hergebruik, RFC 9700 §4.14.2).',
      noRefresh:
        'Er wordt geen refreshtoken uitgegeven: wanneer het toegangstoken verloopt, logt de client opnieuw in.',
      session: (ttl) => `De sessie eindigt na ${ttl}, ongeacht vernieuwingen; de gebruiker logt opnieuw in.`,
      logout: 'Uitloggen trekt het refreshtoken (of de sessie) op de server in en wist de cookie.',
      logoutStateless:
        'Uitloggen wist de cookie; een eerder gekopieerd token blijft geldig tot het verloopt, tenzij zijn `jti` tot dan op een blokkeerlijst wordt gezet.',
      storage: (value) =>
        `Tokens reizen in een cookie met de attributen ${value}; met HttpOnly kan JavaScript ze nooit lezen.`,
      provider: (name) =>
        `${name} verzorgt het inloggen; de API controleert bij elk verzoek de tokens van de provider (handtekening, uitgever, doelgroep, vervaltijd).`,
      providerAndMethods: (name, methods) =>
        `Het inloggen loopt via ${name} en de genoemde inlogmethoden (${methods}); de API controleert bij elk verzoek de tokens (handtekening, uitgever, doelgroep, vervaltijd).`,
      providerIssues: (name, access, refresh) =>
        `${name} geeft de tokens uit${access || refresh ? ` (${[access ? `toegangstoken geldig voor ${access}` : null, refresh ? `verversingstoken geldig voor ${refresh}` : null].filter(Boolean).join('; ')}, zoals vermeld)` : ''}; ze vernieuwen is zijn werk, en de API bewaart er geen.`,
      logoutProvider: (name) =>
        `Afmelden beëindigt de sessie bij ${name} en de client gooit zijn tokens weg; de API heeft geen token om in te trekken.`,
      managed: (name) =>
        `${name} geeft de tokens uit, vernieuwt ze en laat ze verlopen; hun levensduur hoort bij de configuratie daarvan, die de documenten niet vermelden.`,
      opaqueOnly:
        'Elk token is een willekeurige tekenreeks in de header `Authorization: Bearer`; de server bewaart alleen de hash en zoekt die bij elk verzoek op.',
      logoutHeader:
        'Uitloggen trekt op de server het refreshtoken (of de `jti` van het token) in; de client gooit zijn tokens weg.',
      logoutOpaque:
        'Uitloggen verwijdert de rij van het token op de server; het token werkt meteen niet meer.',
      sessionOnly: 'De server bewaart de sessie; de cookie bevat alleen een ondoorzichtig sessie-id.',
      signInLink: (method: string, ttl: string | null) =>
        `Inloggen verstuurt ${method}${ttl ? `, ${ttl} geldig en één keer bruikbaar` : ', één keer bruikbaar'}; wie die inwisselt, is ingelogd.`,
    },
    findingsHeading: 'Waar de documenten het oneens zijn',
    findings: {
      'session-timeout-vs-refresh': (v) =>
        `De sessietime-out (${v[0]}) is korter dan de levensduur van het refreshtoken (${v[1]}): de sessiegrens gaat voor en beëindigt de reeks vernieuwingen.`,
      'access-ttl-conflict': (v) =>
        `Er worden twee levensduren voor het toegangstoken vermeld (${v[0]} en ${v[1]}); de eerste wordt gebruikt.`,
      'refresh-ttl-conflict': (v) =>
        `Er worden twee levensduren voor het refreshtoken vermeld (${v[0]} en ${v[1]}); de eerste wordt gebruikt.`,
      'session-timeout-conflict': (v) =>
        `Er worden twee sessietime-outs vermeld (${v[0]} en ${v[1]}); de eerste wordt gebruikt.`,
      'hash-cost-below-minimum': (v) =>
        `De vermelde bcrypt-kostfactor, ${v[0]}, ligt onder ${v[1]} (OWASP Password Storage Cheat Sheet); verhoog hem.`,
    },
    rolesHeading: '5.4 Rollen',
    rolesTable: {
      role: 'Rol',
      label: 'Naam',
      level: 'Niveau',
      inherits: 'Omvat de rechten van',
      description: 'Beschrijving',
      source: 'Herkomst',
    },
    defaultRoles:
      'De documenten vermelden geen rollen: dit zijn de gedocumenteerde standaardwaarden (regel `derive/default-role-user`; een rol `admin` alleen wanneer de documenten over beheer spreken).',
    matrixHeading: '5.5 Rechtenmatrix per endpoint',
    matrixIntro:
      'Elk endpoint × elke rol, met deze waarden: toegestaan = elk record; eigen = alleen de records van de gebruiker; tenant = alleen de records van de tenant van de gebruiker; geweigerd = 403. Standaard geweigerd (OWASP ASVS V4.1.3).',
    matrixEndpoint: 'Endpoint',
    access: { allowed: 'toegestaan', own: 'eigen', tenant: 'tenant', denied: 'geweigerd' },
    webhookNote:
      'Webhook-endpoints zijn voor elke rol geweigerd: hun aanbieder roept ze aan, een machinale aanroeper die met zijn controle bij de aanroepers van de API staat.',
    servedBy: (surface: string) => `${surface}, geen JSON-route`,
    publicNote:
      'Openbare endpoints (zonder authenticatie) staan als toegestaan voor alle rollen en beantwoorden ook anonieme aanroepen.',
    grantsHeading: '5.6 Rechten per resource',
    actionWords: {
      manage: 'beheren',
      create: 'aanmaken',
      read: 'lezen',
      update: 'bijwerken',
      delete: 'verwijderen',
    },
    grantsTable: { role: 'Rol', resource: 'Resource', actions: 'Acties', source: 'Herkomst' },
    everyResource: 'alle resources',
    ownershipHeading: '5.7 Eigendom van resources en scheiding per tenant',
    ownershipTable: { entity: 'Entiteit', rule: 'Regel', column: 'Kolom', source: 'Herkomst' },
    ownershipKinds: {
      column: 'eigenaarskolom',
      parent: 'eigendom via de ouder',
      self: 'het eigen record van de gebruiker',
      'role-column': 'kolom met de naam van een rol',
      reference: 'verwijzing naar de gebruiker (beperkt op zichzelf niemand)',
    },
    scopesIntro:
      'Vermelde bereiken: elke rol hieronder bereikt de records die zijn zin noemt, en wat daarvan afhangt, alleen via het getoonde pad van vreemde sleutels; een rol die „alleen” die records ziet, bereikt verder niets behalve het eigen gebruikersrecord.',
    scopesTable: {
      role: 'Rol',
      entity: 'Ziet',
      access: 'Toegang',
      path: 'Pad naar de gebruiker',
      covers: 'Records binnen het bereik',
      source: 'Herkomst',
    },
    noOwnership:
      'Geen enkele entiteit heeft een vreemde sleutel naar de gebruikersentiteit: eigendom wordt niet per record gecontroleerd.',
    tenant: (column) =>
      `Multi-tenant: elke per tenant gescheiden query filtert op \`${column}\` uit het token, nooit uit het verzoek; een record van een andere tenant antwoordt 404.`,
    ownershipEnforcement:
      'Eigendom wordt in de query gecontroleerd (`WHERE <owner column> = :currentUser`), niet na het laden, zodat een record van een andere gebruiker 404 antwoordt (OWASP ASVS V4.2.1).',
    callersHeading: '5.8 Wie de API aanroept',
    callersIntro:
      'Elke aanroeper van de API en hoe die zich authenticeert: gebruikers per rol, de clientapplicaties die ze gebruiken, machineclients en afzenders van webhooks. Machines zijn nooit gebruikersrollen.',
    callersTable: {
      caller: 'Aanroeper',
      kind: 'Soort',
      authentication: 'Authenticeert zich met',
      operations: 'Operaties',
      source: 'Bron',
    },
    callerKinds: {
      user: 'gebruiker (rol)',
      browser: 'clientapplicatie (browser)',
      anonymous: 'anoniem (niet ingelogd)',
      webhook: 'afzender van webhooks',
      device: 'apparaat',
      service: 'machineclient',
      agent: 'automatiseringsagent',
    },
    apiKeyClient: 'Client met API-sleutel',
    anonymousAuth: 'geen: geen token; alleen openbare endpoints',
    browserAuth:
      'de inloggegevens van de geauthenticeerde gebruiker; zijn cross-originverzoeken krijgen antwoord (CORS)',
    apiKeyAuth: (header: string) => `API-sleutel in de header \`${header}\``,
    apiKeyProposedHeader: (header: string) =>
      `API-sleutel; de documenten vermelden de header niet, \`${header}\` is een voorstel`,
    signatureAuth: 'de handtekening van de provider, gecontroleerd op de ruwe body; geen bearertoken',
    mtlsAuth: 'clientcertificaat (wederzijdse TLS)',
    clientCredentialsAuth: 'OAuth 2.0-clientcredentials (RFC 6749 §4.4)',
    authNotStated: 'niet vermeld in de documenten',
    operationsCount: (n: number) => `${n} endpoint${n === 1 ? '' : 's'}`,
    moreOperations: (n: number) => `en nog ${n}`,
  },
  validation: {
    fieldsHeading: '6.1 Validatieregels voor invoer',
    fieldsIntro:
      'Validatie aan de serverkant bij elk verzoek tegen een lijst van toegestane waarden (OWASP ASVS V5.1); onbekende eigenschappen worden geweigerd (400).',
    fieldsTable: { field: 'Veld', rules: 'Regels', source: 'Herkomst' },
    rules: {
      required: 'verplicht',
      type: (t) => `type ${t}`,
      format: (f) => `formaat ${f}`,
      maxLength: (n) => `maximale lengte ${n}`,
      minLength: (n) => `minimale lengte ${n}`,
      length: (d) => d,
      lengthBound: (op, n) => `lengte ${op} ${n}`,
      precision: (p, s) => `precisie ${p}, schaal ${s}`,
      range: (d) => `bereik ${d}`,
      enum: (v) => `een van ${v}`,
      pattern: (p) => `patroon \`${p}\``,
      unique: 'uniek (409 bij een duplicaat)',
      reference: (d) => `verwijzing: ${d}`,
    },
    businessRule: (id) => `bedrijfsregel ${id}`,
    general: 'algemeen',
    sanitisationHeading: '6.2 Opschonen van de uitvoer',
    sanitisation: {
      secrets:
        'Geheime velden (hieronder) worden nooit in een antwoord geserialiseerd en nooit gelogd (OWASP ASVS V8.3).',
      'personal-data':
        'Persoonsgegevens (hieronder) worden alleen teruggegeven aan rollen die het record mogen lezen en worden in logs gemaskeerd.',
      nulls:
        'Ontbrekende optionele waarden worden als `null` teruggegeven, nooit weggelaten, zodat clients één vorm zien.',
      datetimes:
        'Datums en tijden worden teruggegeven als RFC 3339-strings in UTC (`2025-01-31T09:30:00Z`); datums als `YYYY-MM-DD`.',
      decimals: 'Decimale bedragen worden als strings teruggegeven om hun precisie te behouden.',
      html: 'Tekst wordt teruggegeven als JSON-strings, nooit als HTML; clients coderen hem bij het weergeven (OWASP XSS Prevention).',
    },
    sensitiveTable: { entity: 'Entiteit', field: 'Veld', kind: 'Classificatie', handling: 'Behandeling' },
    sensitiveKinds: { secret: 'geheim', personal: 'persoonsgegeven' },
    handling: { secret: 'nooit in antwoorden of logs', personal: 'gemaskeerd in logs' },
  },
  errors: {
    envelopeHeading: '7.1 Formaat van de foutantwoorden',
    why: {
      stated: (source) =>
        `De documenten vermelden een eigen foutbody (${source}); alle fouten gebruiken die vorm, zodat clients één parser houden.`,
      'problem-details':
        'De documenten vermelden geen foutbody, dus fouten volgen RFC 9457-problem details (`application/problem+json`): een standaardmediatype dat clients en OpenAPI-tools al kennen. Het bevat de velden van de workflow als extensieleden: `code` (foutcode), `detail` (bericht), `errors` (veldfouten) en `request_id` (voor traceerbaarheid).',
      envelope: 'Fouten gebruiken het formaat `{ code, message, details, request_id }`.',
    },
    mediaType: (m) => `Mediatype: \`${m}\`.`,
    schemaCaption: 'JSON Schema van de foutbody:',
    fieldMap: {
      code: 'Foutcode',
      message: 'Bericht',
      status: 'HTTP-status',
      details: 'Veldfouten',
      requestId: 'Id van het verzoek',
    },
    fieldMapTable: { part: 'Onderdeel', location: 'Locatie (JSON Pointer)' },
    notCarried: 'de vermelde vorm bevat het niet',
    titlesNote:
      'De titels blijven bewust Engels: ze zijn het veld `title` dat de API teruggeeft en horen bij haar contract; clients tonen een eigen tekst op basis van de code.',
    title: (title: string) => `“${title}”`,
    catalogHeading: '7.2 Foutcatalogus',
    catalogTable: {
      status: 'Status',
      code: 'Code',
      title: 'Titel',
      category: 'Categorie',
      endpoints: 'Teruggegeven door',
      source: 'Herkomst',
    },
    allEndpoints: 'alle endpoints',
    endpointCount: (n) => `${n} endpoint${n === 1 ? '' : 's'}`,
    categories: {
      validation: 'validatie',
      authentication: 'authenticatie',
      authorization: 'autorisatie',
      'not-found': 'niet gevonden',
      conflict: 'conflict',
      'business-rule': 'bedrijfsregel',
      'rate-limit': 'frequentielimiet',
      server: 'server',
      unavailable: 'niet beschikbaar',
    },
    examplesHeading: '7.3 Voorbeelden per categorie',
    exampleCaption: (status, code) => `${status} ${code}`,
    handlingHeading: '7.4 Afhandelingsregels',
    handling: [
      'Onverwachte fouten worden gelogd met het id van het verzoek en als 500 teruggegeven, zonder stacktraces of interne berichten (OWASP ASVS V7.4.1).',
      'Antwoorden 401 bevatten `WWW-Authenticate`; 429 bevatten `Retry-After`; 503 bevatten `Retry-After` wanneer de storing een bekend einde heeft.',
      'Records buiten het eigendom of de tenant van de aanroeper antwoorden 404 in plaats van 403, om geen identificatoren prijs te geven.',
      'Validatiefouten noemen alle ongeldige velden tegelijk, elk met een JSON Pointer naar het veld.',
    ],
  },
};
