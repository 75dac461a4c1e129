import type { Messages } from '../en/index.js';

/** Italian wording of 5. Autenticazione e autorizzazione, 6. Validazione dei dati, 7. Gestione degli errori. */
export const security: Messages['security'] = {
  auth: {
    authentication: '5.1 Autenticazione',
    strategyTable: { setting: 'Impostazione', value: 'Valore', source: 'Origine' },
    settings: {
      strategy: 'Strategia',
      provider: 'Provider di identità',
      accessTokenFormat: 'Formato del token di accesso',
      accessTokenTtl: 'Durata del token di accesso',
      refreshTokenTtl: 'Durata del refresh token',
      refreshRotation: 'Rotazione del refresh token',
      refreshReuse: 'Rilevamento del riutilizzo del refresh token',
      sessionTimeout: 'Scadenza della sessione',
      tokenStorage: 'Conservazione dei token',
      refreshTokenStorage: 'Conservazione del token di aggiornamento',
      refreshStore: 'Archivio dei refresh token',
      passwordHashing: 'Hash delle password',
      passwordMinLength: 'Lunghezza minima della password',
      passwordRequires: 'La password deve contenere',
      socialProviders: 'Provider di accesso social',
      mfa: 'MFA / password monouso',
      lockout: 'Blocco contro la forza bruta',
      signInMethod: 'Metodo di accesso',
      signInLinkTtl: 'Validità del link di accesso',
      signInCodeTtl: 'Validità del codice di accesso',
      tokenVerification: 'Verifica del token',
    },
    signInSent: {
      'magic-link': 'un link monouso via e-mail',
      'email-code': 'un codice monouso via e-mail',
      'sms-code': 'un codice monouso via SMS',
      'phone-code': 'un codice monouso al numero di telefono',
    },
    signInBesidePassword: {
      'magic-link': 'una password, oppure un link monouso inviato per e-mail (magic link)',
      'email-code': 'una password, oppure un codice monouso inviato per e-mail',
      'sms-code': 'una password, oppure un codice monouso inviato per SMS',
      'phone-code': 'una password, oppure un codice monouso inviato al numero di telefono',
    },
    signInMethods: {
      'magic-link': 'un link monouso inviato per e-mail (magic link); nessuna password viene conservata',
      'email-code': 'un codice monouso inviato per e-mail; nessuna password viene conservata',
      'sms-code': 'un codice monouso inviato via SMS; nessuna password viene conservata',
      'phone-code': 'un codice monouso inviato al numero di telefono; nessuna password viene conservata',
    },
    /** The API's own tokens after a provider's or a one-time link's sign-in; `ways`: each way in with its roles. */
    strategyOwnAfter: (ways: string) =>
      `Token bearer JWT (RFC 7519) emessi dall’API stessa dopo l’accesso (${ways})`,
    strategies: {
      jwt: 'Token bearer JWT (RFC 7519)',
      session: 'Sessioni lato server (cookie)',
      'oauth-provider': 'Provider di identità esterno (OAuth 2.0 / OpenID Connect)',
      'api-key': 'Chiavi API',
      'opaque-token': 'Token bearer opachi (salvati come hash sul server)',
      none: 'Nessuna (non ci sono endpoint protetti)',
    },
    tokenVerification: (algorithm: string | null, jwks: boolean) =>
      algorithm && jwks
        ? `firma ${algorithm} verificata con le chiavi pubblicate dal provider (JWKS)`
        : algorithm
          ? `firma ${algorithm} verificata a ogni richiesta`
          : 'firma verificata con le chiavi pubblicate dal provider (JWKS)',
    refreshStore: (store: string, ttl: string | null) =>
      `${store}: ogni chiave scade con il suo TTL${ttl ? ` (${ttl})` : ''}; nessun job li elimina`,
    noRefresh: 'nessuno (indicato): il client ripete l’accesso quando il token scade',
    lockoutDefault:
      'dopo 5 accessi falliti dello stesso account in 15 minuti, i tentativi successivi vengono rifiutati per 15 minuti (429); i fallimenti sono limitati anche per IP',
    yes: 'sì',
    requires: {
      uppercase: 'una lettera maiuscola',
      lowercase: 'una lettera minuscola',
      number: 'una cifra',
      symbol: 'un simbolo',
    },
    perRoleIntro: 'Come si autentica ogni gruppo di ruoli, come i documenti indicano per gruppo:',
    perRoleTable: { roles: 'Ruoli', with: 'Si autentica con', source: 'Fonte' },
    perRoleCookie: 'un token di sessione opaco in un cookie (HttpOnly); nessun token bearer',
    perRoleIssuedBy: (who) => `emesso da ${who}`,
    perRoleApi: 'l’API',
    perRoleBearer: (provider) =>
      provider
        ? `accesso con ${provider}; un token di accesso nell’header Authorization (RFC 6750)`
        : 'un token di accesso nell’header Authorization (RFC 6750)',
    jwtHeading: '5.2 Contenuto del JWT',
    jwtIntro: 'Claim contenuti nel token di accesso (valori di esempio):',
    claimsTable: { claim: 'Claim', meaning: 'Significato', source: 'Origine' },
    claims: {
      sub: 'Soggetto: l’id dell’utente (RFC 7519 §4.1.2)',
      iat: 'Istante di emissione (RFC 7519 §4.1.6)',
      exp: 'Scadenza (RFC 7519 §4.1.4)',
      jti: 'Id del token, usato per revocarlo (RFC 7519 §4.1.7)',
      iss: 'Emittente (RFC 7519 §4.1.1)',
      aud: 'Destinatario (RFC 7519 §4.1.3)',
      role: 'Il ruolo dell’utente, uno dei ruoli sotto',
      roles: 'I ruoli dell’utente',
    },
    tenantClaim: (column) => `Tenant dell’utente: ogni query è limitata da \`${column}\``,
    userClaim: 'L’id dell’utente',
    lifecycleHeading: '5.3 Ciclo di vita dei token',
    lifecycle: {
      providerThenOwn: (name) =>
        `${name} gestisce l’accesso; poi l’API emette i propri token (sotto) e li verifica a ogni richiesta.`,
      issueOwn: (ttl) => `Dopo l’accesso l’API emette il proprio token di accesso, valido per ${ttl}.`,
      issue: (ttl) => `L’accesso verifica le credenziali ed emette un token di accesso valido per ${ttl}.`,
      refresh: (ttl, route) =>
        `Insieme a esso viene emesso un refresh token valido per ${ttl}; ${route ? `\`${route}\` lo scambia` : 'si scambia'} con una nuova coppia.`,
      rotation:
        'Ogni rinnovo ruota il refresh token; ripresentare un refresh token già usato revoca l’intera famiglia di token (rilevamento del riutilizzo, RFC 9700 §4.14.2).',
      noRefresh:
        'Non viene emesso alcun refresh token: quando il token di accesso scade, il client ripete l’accesso.',
      session: (ttl) =>
        `La sessione termina dopo ${ttl} indipendentemente dai rinnovi; l’utente ripete l’accesso.`,
      logout: 'La disconnessione revoca il refresh token (o la sessione) sul server e cancella il cookie.',
      logoutStateless:
        'La disconnessione cancella il cookie; un token copiato in precedenza resta valido fino alla scadenza, a meno che il suo `jti` non venga tenuto in una lista di blocco fino ad allora.',
      storage: (value) =>
        `I token viaggiano in un cookie con gli attributi ${value}; con HttpOnly, JavaScript non può mai leggerli.`,
      provider: (name) =>
        `${name} gestisce l’accesso; l’API verifica i token del provider (firma, emittente, destinatario, scadenza) a ogni richiesta.`,
      providerAndMethods: (name, methods) =>
        `L’accesso passa da ${name} e dai metodi di accesso indicati (${methods}); l’API verifica i token (firma, emittente, destinatario, scadenza) a ogni richiesta.`,
      providerIssues: (name, access, refresh) =>
        `${name} emette i token${access || refresh ? ` (${[access ? `token di accesso valido per ${access}` : null, refresh ? `token di refresh valido per ${refresh}` : null].filter(Boolean).join('; ')}, come indicato)` : ''}; rinnovarli è compito suo e l’API non ne conserva nessuno.`,
      logoutProvider: (name) =>
        `La disconnessione chiude la sessione presso ${name} e il client scarta i suoi token; l’API non conserva alcun token da revocare.`,
      managed: (name) =>
        `${name} emette, rinnova e fa scadere i token; la loro durata fa parte della sua configurazione, che i documenti non indicano.`,
      opaqueOnly:
        'Ogni token è una stringa casuale inviata nell’intestazione `Authorization: Bearer`; il server ne conserva solo l’hash e lo cerca a ogni richiesta.',
      logoutHeader:
        'La disconnessione revoca sul server il refresh token (o il `jti` del token); il client scarta i propri token.',
      logoutOpaque:
        'La disconnessione elimina la riga del token sul server; il token smette subito di funzionare.',
      sessionOnly: 'Il server conserva la sessione; il cookie contiene solo un id di sessione opaco.',
      signInLink: (method: string, ttl: string | null) =>
        `L’accesso invia ${method}${ttl ? `, valido per ${ttl} e usabile una sola volta` : ', usabile una sola volta'}; riscattarlo fa entrare l’utente.`,
    },
    findingsHeading: 'Dove i documenti non concordano',
    findings: {
      'session-timeout-vs-refresh': (v) =>
        `La scadenza della sessione (${v[0]}) è più breve della durata del refresh token (${v[1]}): prevale il limite della sessione, che interrompe la catena dei rinnovi.`,
      'access-ttl-conflict': (v) =>
        `Sono indicate due durate del token di accesso (${v[0]} e ${v[1]}); si usa la prima.`,
      'refresh-ttl-conflict': (v) =>
        `Sono indicate due durate del refresh token (${v[0]} e ${v[1]}); si usa la prima.`,
      'session-timeout-conflict': (v) =>
        `Sono indicate due scadenze della sessione (${v[0]} e ${v[1]}); si usa la prima.`,
      'hash-cost-below-minimum': (v) =>
        `Il costo bcrypt indicato, ${v[0]}, è inferiore a ${v[1]} (OWASP Password Storage Cheat Sheet); va aumentato.`,
    },
    rolesHeading: '5.4 Ruoli',
    rolesTable: {
      role: 'Ruolo',
      label: 'Nome',
      level: 'Livello',
      inherits: 'Include i permessi di',
      description: 'Descrizione',
      source: 'Origine',
    },
    defaultRoles:
      'I documenti non indicano ruoli: questi sono i valori predefiniti documentati (regola `derive/default-role-user`; un ruolo `admin` solo quando i documenti parlano di amministrazione).',
    matrixHeading: '5.5 Matrice dei permessi per endpoint',
    matrixIntro:
      'Ogni endpoint × ogni ruolo, con questi valori: consentito = qualsiasi record; proprio = solo i record dell’utente; del tenant = solo i record del tenant dell’utente; negato = 403. Negazione per impostazione predefinita (OWASP ASVS V4.1.3).',
    matrixEndpoint: 'Endpoint',
    access: { allowed: 'consentito', own: 'proprio', tenant: 'del tenant', denied: 'negato' },
    webhookNote:
      'Gli endpoint di webhook sono negati a tutti i ruoli: li chiama il loro fornitore, un chiamante macchina elencato, con la sua verifica, tra chi chiama l’API.',
    servedBy: (surface: string) => `${surface}, nessuna rotta JSON`,
    publicNote:
      'Gli endpoint pubblici (senza autenticazione) risultano consentiti a tutti i ruoli e rispondono anche alle chiamate anonime.',
    grantsHeading: '5.6 Permessi per risorsa',
    actionWords: {
      manage: 'gestire',
      create: 'creare',
      read: 'leggere',
      update: 'aggiornare',
      delete: 'eliminare',
    },
    grantsTable: { role: 'Ruolo', resource: 'Risorsa', actions: 'Azioni', source: 'Origine' },
    everyResource: 'tutte le risorse',
    ownershipHeading: '5.7 Proprietà delle risorse e isolamento per tenant',
    ownershipTable: { entity: 'Entità', rule: 'Regola', column: 'Colonna', source: 'Origine' },
    ownershipKinds: {
      column: 'colonna del proprietario',
      parent: 'proprietà tramite il padre',
      self: 'il record dell’utente stesso',
      'role-column': 'colonna col nome di un ruolo',
      reference: 'riferimento all’utente (da solo non limita nessuno)',
    },
    scopesIntro:
      'Ambiti indicati: ogni ruolo qui sotto raggiunge i record che la sua frase nomina, e quelli che ne dipendono, solo tramite il percorso di chiavi esterne mostrato; un ruolo che «vede solo» quei record non raggiunge nient’altro oltre al proprio record utente.',
    scopesTable: {
      role: 'Ruolo',
      entity: 'Vede',
      access: 'Accesso',
      path: 'Percorso fino all’utente',
      covers: 'Record nell’ambito',
      source: 'Origine',
    },
    noOwnership:
      'Nessuna entità ha una chiave esterna verso l’entità utente: la proprietà non è controllata per singolo record.',
    tenant: (column) =>
      `Multi-tenant: ogni query isolata per tenant filtra per \`${column}\` preso dal token, mai dalla richiesta; un record di un altro tenant risponde 404.`,
    ownershipEnforcement:
      'La proprietà è verificata nella query (`WHERE <owner column> = :currentUser`), non dopo il caricamento, così un record di un altro utente risponde 404 (OWASP ASVS V4.2.1).',
    callersHeading: '5.8 Chi chiama l’API',
    callersIntro:
      'Ogni chiamante dell’API e il modo in cui si autentica: utenti per ruolo, le applicazioni client che usano, client macchina e mittenti di webhook. Le macchine non sono mai ruoli utente.',
    callersTable: {
      caller: 'Chiamante',
      kind: 'Tipo',
      authentication: 'Si autentica con',
      operations: 'Operazioni',
      source: 'Fonte',
    },
    callerKinds: {
      user: 'utente (ruolo)',
      browser: 'applicazione client (browser)',
      anonymous: 'anonimo (non autenticato)',
      webhook: 'mittente di webhook',
      device: 'dispositivo',
      service: 'client macchina',
      agent: 'agente di automazione',
    },
    apiKeyClient: 'Client con chiave API',
    anonymousAuth: 'nessuna: nessun token; solo endpoint pubblici',
    browserAuth:
      'le credenziali dell’utente autenticato; le sue richieste cross-origin ricevono risposta (CORS)',
    apiKeyAuth: (header: string) => `chiave API nell’intestazione \`${header}\``,
    apiKeyProposedHeader: (header: string) =>
      `chiave API; i documenti non indicano l’intestazione, \`${header}\` è una proposta`,
    signatureAuth: 'la firma del provider, verificata sul corpo grezzo; nessun token bearer',
    mtlsAuth: 'certificato client (TLS reciproco)',
    clientCredentialsAuth: 'credenziali client OAuth 2.0 (RFC 6749 §4.4)',
    authNotStated: 'non indicato nei documenti',
    operationsCount: (n: number) => `${n} endpoint`,
    moreOperations: (n: number) => `e altri ${n}`,
  },
  validation: {
    fieldsHeading: '6.1 Regole di validazione dell’input',
    fieldsIntro:
      'Validazione lato server a ogni richiesta rispetto a una lista di valori ammessi (OWASP ASVS V5.1); le proprietà sconosciute vengono rifiutate (400).',
    fieldsTable: { field: 'Campo', rules: 'Regole', source: 'Origine' },
    rules: {
      required: 'obbligatorio',
      type: (t) => `tipo ${t}`,
      format: (f) => `formato ${f}`,
      maxLength: (n) => `lunghezza massima ${n}`,
      minLength: (n) => `lunghezza minima ${n}`,
      length: (d) => d,
      lengthBound: (op, n) => `lunghezza ${op} ${n}`,
      precision: (p, s) => `precisione ${p}, scala ${s}`,
      range: (d) => `intervallo ${d}`,
      enum: (v) => `uno tra ${v}`,
      pattern: (p) => `pattern \`${p}\``,
      unique: 'univoco (409 se duplicato)',
      reference: (d) => `riferimento: ${d}`,
    },
    businessRule: (id) => `regola di business ${id}`,
    general: 'generale',
    sanitisationHeading: '6.2 Sanificazione dell’output',
    sanitisation: {
      secrets:
        'I campi segreti (sotto) non vengono mai serializzati in alcuna risposta né scritti nei log (OWASP ASVS V8.3).',
      'personal-data':
        'I dati personali (sotto) vengono restituiti solo ai ruoli autorizzati a leggere il record e sono mascherati nei log.',
      nulls:
        'I valori facoltativi assenti vengono restituiti come `null`, mai omessi, così i client vedono un’unica forma.',
      datetimes:
        'Date e orari vengono restituiti come stringhe RFC 3339 in UTC (`2025-01-31T09:30:00Z`); le date come `YYYY-MM-DD`.',
      decimals: 'Gli importi decimali vengono restituiti come stringhe per conservarne la precisione.',
      html: 'Il testo viene restituito come stringhe JSON, mai come HTML; i client lo codificano al momento della visualizzazione (OWASP XSS Prevention).',
    },
    sensitiveTable: { entity: 'Entità', field: 'Campo', kind: 'Classificazione', handling: 'Trattamento' },
    sensitiveKinds: { secret: 'segreto', personal: 'dato personale' },
    handling: { secret: 'mai nelle risposte né nei log', personal: 'mascherato nei log' },
  },
  errors: {
    envelopeHeading: '7.1 Formato delle risposte di errore',
    why: {
      stated: (source) =>
        `I documenti indicano un proprio corpo di errore (${source}); tutti gli errori usano quella forma, così i client mantengono un unico parser.`,
      'problem-details':
        'I documenti non indicano un corpo di errore, quindi gli errori seguono i problem details RFC 9457 (`application/problem+json`): un media type standard che i client e gli strumenti OpenAPI già conoscono. Include i campi del workflow come membri di estensione: `code` (codice di errore), `detail` (messaggio), `errors` (errori sui campi) e `request_id` (per la tracciabilità).',
      envelope: 'Gli errori usano il formato `{ code, message, details, request_id }`.',
    },
    mediaType: (m) => `Media type: \`${m}\`.`,
    schemaCaption: 'JSON Schema del corpo di errore:',
    fieldMap: {
      code: 'Codice di errore',
      message: 'Messaggio',
      status: 'Stato HTTP',
      details: 'Errori sui campi',
      requestId: 'Id della richiesta',
    },
    fieldMapTable: { part: 'Parte', location: 'Posizione (JSON Pointer)' },
    notCarried: 'la forma indicata non lo contiene',
    titlesNote:
      'I titoli restano volutamente in inglese: sono il campo `title` restituito dall’API e fanno parte del suo contratto; i client mostrano un proprio testo in base al codice.',
    title: (title: string) => `“${title}”`,
    catalogHeading: '7.2 Catalogo degli errori',
    catalogTable: {
      status: 'Stato',
      code: 'Codice',
      title: 'Titolo',
      category: 'Categoria',
      endpoints: 'Restituito da',
      source: 'Origine',
    },
    allEndpoints: 'tutti gli endpoint',
    endpointCount: (n) => `${n} endpoint`,
    categories: {
      validation: 'validazione',
      authentication: 'autenticazione',
      authorization: 'autorizzazione',
      'not-found': 'non trovato',
      conflict: 'conflitto',
      'business-rule': 'regola di business',
      'rate-limit': 'limite di frequenza',
      server: 'server',
      unavailable: 'non disponibile',
    },
    examplesHeading: '7.3 Esempi per categoria',
    exampleCaption: (status, code) => `${status} ${code}`,
    handlingHeading: '7.4 Regole di gestione',
    handling: [
      'Gli errori imprevisti vengono registrati con l’id della richiesta e restituiti come 500, senza stack trace né messaggi interni (OWASP ASVS V7.4.1).',
      'Le risposte 401 contengono `WWW-Authenticate`; le 429 contengono `Retry-After`; le 503 contengono `Retry-After` quando l’interruzione ha una fine nota.',
      'I record al di fuori della proprietà o del tenant del chiamante rispondono 404 invece di 403, per non rivelare identificativi.',
      'Gli errori di validazione elencano insieme tutti i campi non validi, ciascuno con un JSON Pointer al campo.',
    ],
  },
};
