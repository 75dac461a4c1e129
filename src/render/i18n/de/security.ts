import type { Messages } from '../en/index.js';

/** German wording of 5. Authentifizierung und Autorisierung, 6. Datenvalidierung, 7. Fehlerbehandlung. */
export const security: Messages['security'] = {
  auth: {
    authentication: '5.1 Authentifizierung',
    strategyTable: { setting: 'Einstellung', value: 'Wert', source: 'Quelle' },
    settings: {
      strategy: 'Strategie',
      provider: 'Identitätsanbieter',
      accessTokenFormat: 'Format des Access-Tokens',
      accessTokenTtl: 'Laufzeit des Access-Tokens',
      refreshTokenTtl: 'Laufzeit des Refresh-Tokens',
      refreshRotation: 'Rotation des Refresh-Tokens',
      refreshReuse: 'Erkennung wiederverwendeter Refresh-Tokens',
      sessionTimeout: 'Sitzungs-Timeout',
      tokenStorage: 'Token-Speicherung',
      refreshTokenStorage: 'Speicherung des Refresh-Tokens',
      refreshStore: 'Speicher der Refresh-Tokens',
      passwordHashing: 'Passwort-Hashing',
      passwordMinLength: 'Mindestlänge des Passworts',
      passwordRequires: 'Das Passwort muss enthalten',
      socialProviders: 'Anbieter für Social Login',
      mfa: 'MFA / Einmalpasswörter',
      lockout: 'Sperre gegen Brute-Force',
      signInMethod: 'Anmeldeverfahren',
      signInLinkTtl: 'Gültigkeit des Anmeldelinks',
      signInCodeTtl: 'Gültigkeit des Anmeldecodes',
      tokenVerification: 'Token-Prüfung',
    },
    signInSent: {
      'magic-link': 'einen Einmal-Link per E-Mail',
      'email-code': 'einen Einmalcode per E-Mail',
      'sms-code': 'einen Einmalcode per SMS',
      'phone-code': 'einen Einmalcode an die Telefonnummer',
    },
    signInBesidePassword: {
      'magic-link': 'ein Passwort oder ein Einmal-Anmeldelink per E-Mail (Magic Link)',
      'email-code': 'ein Passwort oder ein Einmalcode per E-Mail',
      'sms-code': 'ein Passwort oder ein Einmalcode per SMS',
      'phone-code': 'ein Passwort oder ein Einmalcode an die Telefonnummer',
    },
    signInMethods: {
      'magic-link': 'ein Einmal-Anmeldelink per E-Mail (Magic Link); es wird kein Passwort gespeichert',
      'email-code': 'ein Einmalcode per E-Mail; es wird kein Passwort gespeichert',
      'sms-code': 'ein Einmalcode per SMS; es wird kein Passwort gespeichert',
      'phone-code': 'ein Einmalcode an die Telefonnummer; es wird kein Passwort gespeichert',
    },
    /** The API's own tokens after a provider's or a one-time link's sign-in; `ways`: each way in with its roles. */
    strategyOwnAfter: (ways: string) =>
      `JWT-Bearer-Tokens (RFC 7519), die die API nach der Anmeldung selbst ausstellt (${ways})`,
    strategies: {
      jwt: 'JWT-Bearer-Tokens (RFC 7519)',
      session: 'Serverseitige Sitzungen (Cookie)',
      'oauth-provider': 'Externer Identitätsanbieter (OAuth 2.0 / OpenID Connect)',
      'api-key': 'API-Schlüssel',
      'opaque-token': 'Opake Bearer-Tokens (serverseitig gehasht gespeichert)',
      none: 'Keine (kein geschützter Endpunkt)',
    },
    tokenVerification: (algorithm: string | null, jwks: boolean) =>
      algorithm && jwks
        ? `${algorithm}-Signatur, geprüft mit den veröffentlichten Schlüsseln des Anbieters (JWKS)`
        : algorithm
          ? `${algorithm}-Signatur, bei jeder Anfrage geprüft`
          : 'Signatur, geprüft mit den veröffentlichten Schlüsseln des Anbieters (JWKS)',
    refreshStore: (store: string, ttl: string | null) =>
      `${store}: jeder Schlüssel läuft mit seiner TTL ab${ttl ? ` (${ttl})` : ''}; kein Job löscht sie`,
    noRefresh: 'keines (festgelegt): Der Client meldet sich nach Ablauf des Tokens erneut an',
    lockoutDefault:
      'nach 5 fehlgeschlagenen Anmeldungen eines Kontos innerhalb von 15 Minuten werden weitere Versuche 15 Minuten lang abgelehnt (429); Fehlversuche werden zusätzlich pro IP gedrosselt',
    yes: 'ja',
    requires: {
      uppercase: 'einen Großbuchstaben',
      lowercase: 'einen Kleinbuchstaben',
      number: 'eine Ziffer',
      symbol: 'ein Sonderzeichen',
    },
    perRoleIntro: 'Wie sich jede Rollengruppe authentifiziert, wie die Dokumente es je Gruppe angeben:',
    perRoleTable: { roles: 'Rollen', with: 'Authentifiziert sich mit', source: 'Quelle' },
    perRoleCookie: 'einem opaken Sitzungstoken in einem Cookie (HttpOnly); kein Bearer-Token',
    perRoleIssuedBy: (who) => `ausgestellt von ${who}`,
    perRoleApi: 'der API',
    perRoleBearer: (provider) =>
      provider
        ? `Anmeldung über ${provider}; einem Zugriffstoken im Authorization-Header (RFC 6750)`
        : 'einem Zugriffstoken im Authorization-Header (RFC 6750)',
    jwtHeading: '5.2 JWT-Inhalt',
    jwtIntro: 'Claims im Access-Token (Beispielwerte):',
    claimsTable: { claim: 'Claim', meaning: 'Bedeutung', source: 'Quelle' },
    claims: {
      sub: 'Subjekt: die Benutzer-ID (RFC 7519 §4.1.2)',
      iat: 'Ausstellungszeitpunkt (RFC 7519 §4.1.6)',
      exp: 'Ablauf (RFC 7519 §4.1.4)',
      jti: 'Token-ID, für den Widerruf genutzt (RFC 7519 §4.1.7)',
      iss: 'Aussteller (RFC 7519 §4.1.1)',
      aud: 'Zielgruppe (RFC 7519 §4.1.3)',
      role: 'Die Rolle des Benutzers, eine der unten genannten Rollen',
      roles: 'Die Rollen des Benutzers',
    },
    tenantClaim: (column) => `Mandant des Benutzers: Jede Abfrage wird auf \`${column}\` eingeschränkt`,
    userClaim: 'Die Benutzer-ID',
    lifecycleHeading: '5.3 Lebenszyklus der Tokens',
    lifecycle: {
      providerThenOwn: (name) =>
        `${name} führt die Anmeldung durch; danach stellt die API eigene Tokens aus (unten) und prüft sie bei jeder Anfrage.`,
      issueOwn: (ttl) =>
        `Nach der Anmeldung stellt die API ein eigenes Zugriffstoken aus, gültig für ${ttl}.`,
      issue: (ttl) =>
        `Die Anmeldung prüft die Zugangsdaten und stellt ein Access-Token aus, das ${ttl} gültig ist.`,
      refresh: (ttl, route) =>
        `Zusammen damit wird ein Refresh-Token ausgestellt, das ${ttl} gültig ist; ${route ? `\`${route}\` tauscht es` : 'es wird'} gegen ein neues Paar${route ? '' : ' getauscht'}.`,
      rotation:
        'Jede Erneuerung rotiert das Refresh-Token; wird ein bereits benutztes Refresh-Token erneut vorgelegt, wird die gesamte Token-Familie widerrufen (Wiederverwendungserkennung, RFC 9700 §4.14.2).',
      noRefresh:
        'Es wird kein Refresh-Token ausgestellt: Läuft das Access-Token ab, meldet sich der Client erneut an.',
      session: (ttl) =>
        `Die Sitzung endet nach ${ttl}, unabhängig vom Stand der Erneuerung; der Benutzer meldet sich erneut an.`,
      logout:
        'Die Abmeldung widerruft das Refresh-Token (oder die Sitzung) serverseitig und löscht das Cookie.',
      logoutStateless:
        'Die Abmeldung löscht das Cookie; ein zuvor kopiertes Token bleibt bis zu seinem Ablauf gültig, sofern seine `jti` nicht bis dahin auf einer Sperrliste steht.',
      storage: (value) =>
        `Tokens werden in einem Cookie mit den Attributen ${value} übertragen; mit HttpOnly kann JavaScript sie nie lesen.`,
      provider: (name) =>
        `${name} übernimmt die Anmeldung; die API prüft die Tokens des Anbieters (Signatur, Aussteller, Zielgruppe, Ablauf) bei jeder Anfrage.`,
      providerAndMethods: (name, methods) =>
        `Die Anmeldung läuft über ${name} und die genannten Anmeldeverfahren (${methods}); die API prüft die Tokens (Signatur, Aussteller, Zielgruppe, Ablauf) bei jeder Anfrage.`,
      providerIssues: (name, access, refresh) =>
        `${name} stellt die Tokens aus${access || refresh ? ` (${[access ? `Zugriffstoken gültig für ${access}` : null, refresh ? `Refresh-Token gültig für ${refresh}` : null].filter(Boolean).join('; ')}, wie angegeben)` : ''}; sie zu erneuern ist seine Aufgabe, und die API speichert keines davon.`,
      logoutProvider: (name) =>
        `Die Abmeldung beendet die Sitzung bei ${name}, und der Client verwirft seine Tokens; die API hat kein Token zu widerrufen.`,
      managed: (name) =>
        `${name} stellt die Tokens aus, erneuert sie und lässt sie ablaufen; ihre Laufzeiten gehören zu seiner Konfiguration, die die Dokumente nicht festlegen.`,
      opaqueOnly:
        'Jedes Token ist eine Zufallszeichenfolge im Header `Authorization: Bearer`; der Server speichert nur seinen Hash und schlägt ihn bei jeder Anfrage nach.',
      logoutHeader:
        'Die Abmeldung widerruft auf dem Server das Refresh-Token (oder die `jti` des Tokens); der Client verwirft seine Tokens.',
      logoutOpaque:
        'Die Abmeldung löscht die Zeile des Tokens auf dem Server; das Token ist sofort ungültig.',
      sessionOnly: 'Der Server hält die Sitzung; das Cookie trägt nur eine undurchsichtige Sitzungs-ID.',
      signInLink: (method: string, ttl: string | null) =>
        `Die Anmeldung sendet ${method}${ttl ? `, ${ttl} gültig und nur einmal verwendbar` : ', nur einmal verwendbar'}; wer ihn einlöst, ist angemeldet.`,
    },
    findingsHeading: 'Wo die Dokumente voneinander abweichen',
    findings: {
      'session-timeout-vs-refresh': (v) =>
        `Der Sitzungs-Timeout (${v[0]}) ist kürzer als die Laufzeit des Refresh-Tokens (${v[1]}): Das Sitzungslimit hat Vorrang und beendet die Erneuerungskette.`,
      'access-ttl-conflict': (v) =>
        `Es sind zwei Laufzeiten für das Access-Token festgelegt (${v[0]} und ${v[1]}); die erste wird verwendet.`,
      'refresh-ttl-conflict': (v) =>
        `Es sind zwei Laufzeiten für das Refresh-Token festgelegt (${v[0]} und ${v[1]}); die erste wird verwendet.`,
      'session-timeout-conflict': (v) =>
        `Es sind zwei Sitzungs-Timeouts festgelegt (${v[0]} und ${v[1]}); der erste wird verwendet.`,
      'hash-cost-below-minimum': (v) =>
        `Der festgelegte bcrypt-Kostenfaktor ${v[0]} liegt unter ${v[1]} (OWASP Password Storage Cheat Sheet); erhöhen Sie ihn.`,
    },
    rolesHeading: '5.4 Rollen',
    rolesTable: {
      role: 'Rolle',
      label: 'Name',
      level: 'Stufe',
      inherits: 'Umfasst die Berechtigungen von',
      description: 'Beschreibung',
      source: 'Quelle',
    },
    defaultRoles:
      'Die Dokumente legen keine Rollen fest: Dies sind die dokumentierten Standardwerte (Regel `derive/default-role-user`; eine Rolle `admin` nur, wenn die Dokumente eine Administration erwähnen).',
    matrixHeading: '5.5 Berechtigungsmatrix je Endpunkt',
    matrixIntro:
      'Jeder Endpunkt × jede Rolle. erlaubt: jeder Datensatz; eigene: nur Datensätze des Benutzers; Mandant: nur Datensätze des Mandanten des Benutzers; verweigert: 403. Standardmäßig verweigert (OWASP ASVS V4.1.3).',
    matrixEndpoint: 'Endpunkt',
    access: { allowed: 'erlaubt', own: 'eigene', tenant: 'Mandant', denied: 'verweigert' },
    webhookNote:
      'Webhook-Endpunkte sind für jede Rolle verweigert: Ihr Anbieter ruft sie auf, ein maschineller Aufrufer, der mit seiner Prüfung unter den Aufrufern der API steht.',
    servedBy: (surface: string) => `${surface}, keine JSON-Route`,
    publicNote:
      'Öffentliche Endpunkte (ohne Authentifizierung) sind für jede Rolle als erlaubt markiert und beantworten auch anonyme Aufrufer.',
    grantsHeading: '5.6 Berechtigungen je Ressource',
    actionWords: {
      manage: 'verwalten',
      create: 'anlegen',
      read: 'lesen',
      update: 'ändern',
      delete: 'löschen',
    },
    grantsTable: { role: 'Rolle', resource: 'Ressource', actions: 'Aktionen', source: 'Quelle' },
    everyResource: 'alle Ressourcen',
    ownershipHeading: '5.7 Eigentum an Ressourcen und Mandantentrennung',
    ownershipTable: { entity: 'Entität', rule: 'Regel', column: 'Spalte', source: 'Quelle' },
    ownershipKinds: {
      column: 'Eigentümerspalte',
      parent: 'Eigentum über den übergeordneten Datensatz',
      self: 'der Benutzerdatensatz selbst',
      'role-column': 'nach einer Rolle benannte Spalte',
      reference: 'Verweis auf den Benutzer (schränkt allein niemanden ein)',
    },
    scopesIntro:
      'Genannte Bereiche: jede Rolle unten erreicht die Datensätze, die ihr Satz nennt, und die darunter liegenden nur über den gezeigten Fremdschlüsselpfad; eine Rolle, die „nur“ diese sieht, erreicht sonst nur ihren eigenen Benutzerdatensatz.',
    scopesTable: {
      role: 'Rolle',
      entity: 'Sieht',
      access: 'Zugriff',
      path: 'Pfad zum Benutzer',
      covers: 'Datensätze im Bereich',
      source: 'Quelle',
    },
    noOwnership:
      'Keine Entität hat einen Fremdschlüssel auf die Benutzer-Entität: Eigentum wird nicht pro Datensatz durchgesetzt.',
    tenant: (column) =>
      `Mandantenfähig: Jede mandantengetrennte Abfrage filtert nach \`${column}\` aus dem Token, nie aus der Anfrage; ein Datensatz eines anderen Mandanten ergibt 404.`,
    ownershipEnforcement:
      'Eigentum wird in der Abfrage geprüft (`WHERE <owner column> = :currentUser`), nicht erst nach dem Laden, sodass ein Datensatz eines anderen Benutzers 404 ergibt (OWASP ASVS V4.2.1).',
    callersHeading: '5.8 Wer die API aufruft',
    callersIntro:
      'Jeder Aufrufer der API und wie er sich authentifiziert: Benutzer nach Rolle, die Client-Anwendungen, die sie nutzen, Maschinen-Clients und Webhook-Absender. Maschinen sind nie Benutzerrollen.',
    callersTable: {
      caller: 'Aufrufer',
      kind: 'Art',
      authentication: 'Authentifiziert sich mit',
      operations: 'Operationen',
      source: 'Quelle',
    },
    callerKinds: {
      user: 'Benutzer (Rolle)',
      browser: 'Client-Anwendung (Browser)',
      anonymous: 'anonym (nicht angemeldet)',
      webhook: 'Webhook-Absender',
      device: 'Gerät',
      service: 'Maschinen-Client',
      agent: 'Automatisierungsagent',
    },
    apiKeyClient: 'API-Schlüssel-Client',
    anonymousAuth: 'keine: kein Token; nur öffentliche Endpunkte',
    browserAuth:
      'den Anmeldedaten des angemeldeten Benutzers; seine Cross-Origin-Anfragen werden beantwortet (CORS)',
    apiKeyAuth: (header: string) => `API-Schlüssel im Header \`${header}\``,
    apiKeyProposedHeader: (header: string) =>
      `API-Schlüssel; die Dokumente nennen keinen Header, \`${header}\` ist ein Vorschlag`,
    signatureAuth: 'der Signatur des Anbieters, über den unveränderten Body geprüft; kein Bearer-Token',
    mtlsAuth: 'Client-Zertifikat (gegenseitiges TLS)',
    clientCredentialsAuth: 'OAuth-2.0-Client-Credentials (RFC 6749 §4.4)',
    authNotStated: 'in den Dokumenten nicht angegeben',
    operationsCount: (n: number) => `${n} Endpunkte`,
    moreOperations: (n: number) => `und ${n} weitere`,
  },
  validation: {
    fieldsHeading: '6.1 Regeln zur Eingabevalidierung',
    fieldsIntro:
      'Wird bei jeder Anfrage serverseitig gegen eine Positivliste geprüft (OWASP ASVS V5.1); unbekannte Eigenschaften werden abgelehnt (400).',
    fieldsTable: { field: 'Feld', rules: 'Regeln', source: 'Quelle' },
    rules: {
      required: 'erforderlich',
      type: (t) => `Typ ${t}`,
      format: (f) => `Format ${f}`,
      maxLength: (n) => `Höchstlänge ${n}`,
      minLength: (n) => `Mindestlänge ${n}`,
      length: (d) => d,
      lengthBound: (op, n) => `Länge ${op} ${n}`,
      precision: (p, s) => `Genauigkeit ${p}, Nachkommastellen ${s}`,
      range: (d) => `Bereich ${d}`,
      enum: (v) => `einer von ${v}`,
      pattern: (p) => `Muster \`${p}\``,
      unique: 'eindeutig (409 bei Duplikat)',
      reference: (d) => `Verweis: ${d}`,
    },
    businessRule: (id) => `Geschäftsregel ${id}`,
    general: 'allgemein',
    sanitisationHeading: '6.2 Bereinigung der Ausgabe',
    sanitisation: {
      secrets:
        'Geheime Felder (unten) werden in keiner Antwort serialisiert und nie geloggt (OWASP ASVS V8.3).',
      'personal-data':
        'Personenbezogene Daten (unten) werden nur an Rollen zurückgegeben, die den Datensatz lesen dürfen, und in Logs geschwärzt.',
      nulls:
        'Fehlende optionale Werte werden als `null` zurückgegeben, nie weggelassen, damit Clients nur eine Form sehen.',
      datetimes:
        'Datums- und Zeitwerte werden als RFC-3339-Strings in UTC zurückgegeben (`2025-01-31T09:30:00Z`); Datumswerte als `YYYY-MM-DD`.',
      decimals: 'Dezimalbeträge werden als Strings zurückgegeben, damit ihre Genauigkeit erhalten bleibt.',
      html: 'Text wird als JSON-String zurückgegeben, nie als HTML; Clients kodieren ihn bei der Ausgabe (OWASP XSS Prevention).',
    },
    sensitiveTable: { entity: 'Entität', field: 'Feld', kind: 'Einstufung', handling: 'Behandlung' },
    sensitiveKinds: { secret: 'geheim', personal: 'personenbezogen' },
    handling: { secret: 'nie in Antworten oder Logs', personal: 'in Logs geschwärzt' },
  },
  errors: {
    envelopeHeading: '7.1 Format der Fehlerantworten',
    why: {
      stated: (source) =>
        `Die Dokumente legen einen eigenen Fehler-Body fest (${source}); jeder Fehler verwendet diese Form, damit Clients nur einen Parser brauchen.`,
      'problem-details':
        'Die Dokumente legen keinen Fehler-Body fest, daher folgen Fehler RFC 9457 Problem Details (`application/problem+json`): ein Standard-Medientyp, den Clients und OpenAPI-Werkzeuge bereits verstehen. Er trägt die Felder des Workflows als Erweiterungsfelder: `code` (Fehlercode), `detail` (Meldung), `errors` (Feldfehler) und `request_id` (zur Nachverfolgung).',
      envelope: 'Fehler verwenden das Format `{ code, message, details, request_id }`.',
    },
    mediaType: (m) => `Medientyp: \`${m}\`.`,
    schemaCaption: 'JSON Schema des Fehler-Bodys:',
    fieldMap: {
      code: 'Fehlercode',
      message: 'Meldung',
      status: 'HTTP-Status',
      details: 'Feldfehler',
      requestId: 'Anfrage-ID',
    },
    fieldMapTable: { part: 'Teil', location: 'Position (JSON Pointer)' },
    notCarried: 'in der festgelegten Form nicht enthalten',
    titlesNote:
      'Die Titel bleiben absichtlich englisch: Sie sind das Feld `title`, das die API zurückgibt, und gehören zu ihrem Vertrag; Clients zeigen je nach Code ihren eigenen Text.',
    title: (title: string) => `„${title}“`,
    catalogHeading: '7.2 Fehlerkatalog',
    catalogTable: {
      status: 'Status',
      code: 'Code',
      title: 'Titel',
      category: 'Kategorie',
      endpoints: 'Zurückgegeben von',
      source: 'Quelle',
    },
    allEndpoints: 'allen Endpunkten',
    endpointCount: (n) => `${n} Endpunkten`,
    categories: {
      validation: 'Validierung',
      authentication: 'Authentifizierung',
      authorization: 'Autorisierung',
      'not-found': 'nicht gefunden',
      conflict: 'Konflikt',
      'business-rule': 'Geschäftsregel',
      'rate-limit': 'Ratenlimit',
      server: 'Server',
      unavailable: 'nicht verfügbar',
    },
    examplesHeading: '7.3 Beispiele je Kategorie',
    exampleCaption: (status, code) => `${status} ${code}`,
    handlingHeading: '7.4 Regeln der Fehlerbehandlung',
    handling: [
      'Unerwartete Fehler werden mit der Anfrage-ID geloggt und mit 500 beantwortet, ohne Stacktraces oder interne Meldungen (OWASP ASVS V7.4.1).',
      '401-Antworten tragen `WWW-Authenticate`; 429-Antworten tragen `Retry-After`; 503-Antworten tragen `Retry-After`, wenn das Ende des Ausfalls bekannt ist.',
      'Datensätze außerhalb des Eigentums oder Mandanten des Aufrufers ergeben 404 statt 403, damit keine Kennungen preisgegeben werden.',
      'Validierungsfehler listen alle fehlerhaften Felder auf einmal auf, jedes mit einem JSON Pointer auf das Feld.',
    ],
  },
};
