import type { Messages } from '../en/index.js';

/** French wording of 5. Authentification et autorisation, 6. Validation des données, 7. Gestion des erreurs. */
export const security: Messages['security'] = {
  auth: {
    authentication: '5.1 Authentification',
    strategyTable: { setting: 'Paramètre', value: 'Valeur', source: 'Source' },
    settings: {
      strategy: 'Stratégie',
      provider: 'Fournisseur d’identité',
      accessTokenFormat: 'Format du jeton d’accès',
      accessTokenTtl: 'Durée de vie du jeton d’accès',
      refreshTokenTtl: 'Durée de vie du jeton de rafraîchissement',
      refreshRotation: 'Rotation du jeton de rafraîchissement',
      refreshReuse: 'Détection de réutilisation du jeton de rafraîchissement',
      sessionTimeout: 'Expiration de la session',
      tokenStorage: 'Stockage des jetons',
      refreshTokenStorage: 'Stockage du jeton de rafraîchissement',
      refreshStore: 'Stockage des jetons de rafraîchissement',
      passwordHashing: 'Hachage des mots de passe',
      passwordMinLength: 'Longueur minimale du mot de passe',
      passwordRequires: 'Le mot de passe doit contenir',
      socialProviders: 'Fournisseurs de connexion sociale',
      mfa: 'MFA / mots de passe à usage unique',
      lockout: 'Verrouillage contre la force brute',
      signInMethod: 'Méthode de connexion',
      signInLinkTtl: 'Validité du lien de connexion',
      signInCodeTtl: 'Validité du code de connexion',
      tokenVerification: 'Vérification du jeton',
    },
    signInSent: {
      'magic-link': 'un lien à usage unique par e-mail',
      'email-code': 'un code à usage unique par e-mail',
      'sms-code': 'un code à usage unique par SMS',
      'phone-code': 'un code à usage unique au numéro de téléphone',
    },
    signInBesidePassword: {
      'magic-link': 'un mot de passe, ou un lien à usage unique envoyé par e-mail (lien magique)',
      'email-code': 'un mot de passe, ou un code à usage unique envoyé par e-mail',
      'sms-code': 'un mot de passe, ou un code à usage unique envoyé par SMS',
      'phone-code': 'un mot de passe, ou un code à usage unique envoyé au numéro de téléphone',
    },
    signInMethods: {
      'magic-link':
        'un lien à usage unique envoyé par e-mail (lien magique) ; aucun mot de passe n’est stocké',
      'email-code': 'un code à usage unique envoyé par e-mail ; aucun mot de passe n’est stocké',
      'sms-code': 'un code à usage unique envoyé par SMS ; aucun mot de passe n’est stocké',
      'phone-code': 'un code à usage unique envoyé au numéro de téléphone ; aucun mot de passe n’est stocké',
    },
    /** The API's own tokens after a provider's or a one-time link's sign-in; `ways`: each way in with its roles. */
    strategyOwnAfter: (ways: string) =>
      `Jetons bearer JWT (RFC 7519) émis par l’API elle-même après la connexion (${ways})`,
    strategies: {
      jwt: 'Jetons bearer JWT (RFC 7519)',
      session: 'Sessions côté serveur (cookie)',
      'oauth-provider': 'Fournisseur d’identité externe (OAuth 2.0 / OpenID Connect)',
      'api-key': 'Clés d’API',
      'opaque-token': 'Jetons bearer opaques (conservés hachés côté serveur)',
      none: 'Aucune (aucun endpoint protégé)',
    },
    tokenVerification: (algorithm: string | null, jwks: boolean) =>
      algorithm && jwks
        ? `signature ${algorithm} vérifiée avec les clés publiées par le fournisseur (JWKS)`
        : algorithm
          ? `signature ${algorithm} vérifiée à chaque requête`
          : 'signature vérifiée avec les clés publiées par le fournisseur (JWKS)',
    refreshStore: (store: string, ttl: string | null) =>
      `${store} : chaque clé expire selon son TTL${ttl ? ` (${ttl})` : ''} ; aucune tâche ne les purge`,
    noRefresh: 'aucun (énoncé) : le client se reconnecte quand le jeton expire',
    lockoutDefault:
      'après 5 connexions échouées pour un même compte en 15 minutes, les tentatives suivantes sont refusées pendant 15 minutes (429) ; les échecs sont aussi limités par IP',
    yes: 'oui',
    requires: {
      uppercase: 'une majuscule',
      lowercase: 'une minuscule',
      number: 'un chiffre',
      symbol: 'un symbole',
    },
    perRoleIntro:
      'Comment chaque groupe de rôles s’authentifie, tel que les documents l’indiquent par groupe :',
    perRoleTable: { roles: 'Rôles', with: 'S’authentifie avec', source: 'Source' },
    perRoleCookie: 'un jeton de session opaque dans un cookie (HttpOnly) ; aucun jeton bearer',
    perRoleIssuedBy: (who) => `émis par ${who}`,
    perRoleApi: 'l’API',
    perRoleBearer: (provider) =>
      provider
        ? `connexion avec ${provider} ; un jeton d’accès dans l’en-tête Authorization (RFC 6750)`
        : 'un jeton d’accès dans l’en-tête Authorization (RFC 6750)',
    jwtHeading: '5.2 Contenu du JWT',
    jwtIntro: 'Claims portées par le jeton d’accès (valeurs d’exemple) :',
    claimsTable: { claim: 'Claim', meaning: 'Signification', source: 'Source' },
    claims: {
      sub: 'Sujet : l’id de l’utilisateur (RFC 7519 §4.1.2)',
      iat: 'Date d’émission (RFC 7519 §4.1.6)',
      exp: 'Expiration (RFC 7519 §4.1.4)',
      jti: 'Id du jeton, utilisé pour la révocation (RFC 7519 §4.1.7)',
      iss: 'Émetteur (RFC 7519 §4.1.1)',
      aud: 'Audience (RFC 7519 §4.1.3)',
      role: 'Le rôle de l’utilisateur, parmi les rôles ci-dessous',
      roles: 'Les rôles de l’utilisateur',
    },
    tenantClaim: (column) => `Locataire de l’utilisateur : chaque requête est restreinte par \`${column}\``,
    userClaim: 'L’id de l’utilisateur',
    lifecycleHeading: '5.3 Cycle de vie des jetons',
    lifecycle: {
      providerThenOwn: (name) =>
        `${name} assure la connexion ; l’API émet ensuite ses propres jetons (ci-dessous) et les vérifie à chaque requête.`,
      issueOwn: (ttl) => `Après la connexion, l’API émet son propre jeton d’accès, valable ${ttl}.`,
      issue: (ttl) => `La connexion vérifie les identifiants et émet un jeton d’accès valable ${ttl}.`,
      refresh: (ttl, route) =>
        `Un jeton de rafraîchissement valable ${ttl} est émis avec lui ; ${route ? `\`${route}\` l’échange` : 'il s’échange'} contre une nouvelle paire.`,
      rotation:
        'Chaque rafraîchissement fait tourner le jeton de rafraîchissement ; présenter à nouveau un jeton déjà utilisé révoque toute la famille de jetons (détection de réutilisation, RFC 9700 §4.14.2).',
      noRefresh:
        'Aucun jeton de rafraîchissement n’est émis : quand le jeton d’accès expire, le client se reconnecte.',
      session: (ttl) =>
        `La session prend fin au bout de ${ttl}, quel que soit l’état du rafraîchissement ; l’utilisateur se reconnecte.`,
      logout:
        'La déconnexion révoque le jeton de rafraîchissement (ou la session) côté serveur et efface le cookie.',
      logoutStateless:
        'La déconnexion efface le cookie ; un jeton copié auparavant reste valable jusqu’à son expiration, sauf si son `jti` est conservé sur une liste de refus jusque-là.',
      storage: (value) =>
        `Les jetons circulent dans un cookie avec les attributs ${value} ; avec HttpOnly, JavaScript ne peut jamais les lire.`,
      provider: (name) =>
        `${name} gère la connexion ; l’API vérifie les jetons du fournisseur (signature, émetteur, audience, expiration) à chaque requête.`,
      providerAndMethods: (name, methods) =>
        `La connexion passe par ${name} et les méthodes de connexion indiquées (${methods}) ; l’API vérifie les jetons (signature, émetteur, audience, expiration) à chaque requête.`,
      providerIssues: (name, access, refresh) =>
        `${name} émet les jetons${access || refresh ? ` (${[access ? `jeton d’accès valable ${access}` : null, refresh ? `jeton de rafraîchissement valable ${refresh}` : null].filter(Boolean).join(' ; ')}, comme indiqué)` : ''} ; les renouveler est son travail, et l’API n’en stocke aucun.`,
      logoutProvider: (name) =>
        `La déconnexion termine la session chez ${name} et le client oublie ses jetons ; l’API ne garde aucun jeton à révoquer.`,
      managed: (name) =>
        `${name} émet, renouvelle et fait expirer les jetons ; leurs durées de vie relèvent de sa configuration, que les documents n’énoncent pas.`,
      opaqueOnly:
        'Chaque jeton est une chaîne aléatoire envoyée dans l’en-tête `Authorization: Bearer` ; le serveur n’en garde que le haché et le recherche à chaque requête.',
      logoutHeader:
        'La déconnexion révoque sur le serveur le jeton de rafraîchissement (ou le `jti` du jeton) ; le client abandonne ses jetons.',
      logoutOpaque:
        'La déconnexion supprime la ligne du jeton sur le serveur ; le jeton cesse aussitôt de fonctionner.',
      sessionOnly: 'Le serveur conserve la session ; le cookie ne porte qu’un identifiant de session opaque.',
      signInLink: (method: string, ttl: string | null) =>
        `La connexion envoie ${method}${ttl ? `, valable ${ttl} et à usage unique` : ', à usage unique'} ; son échange connecte l’utilisateur.`,
    },
    findingsHeading: 'Là où les documents divergent',
    findings: {
      'session-timeout-vs-refresh': (v) =>
        `L’expiration de session (${v[0]}) est plus courte que la durée de vie du jeton de rafraîchissement (${v[1]}) : la limite de session l’emporte et met fin à la chaîne de rafraîchissement.`,
      'access-ttl-conflict': (v) =>
        `Deux durées de vie du jeton d’accès sont énoncées (${v[0]} et ${v[1]}) ; la première est utilisée.`,
      'refresh-ttl-conflict': (v) =>
        `Deux durées de vie du jeton de rafraîchissement sont énoncées (${v[0]} et ${v[1]}) ; la première est utilisée.`,
      'session-timeout-conflict': (v) =>
        `Deux expirations de session sont énoncées (${v[0]} et ${v[1]}) ; la première est utilisée.`,
      'hash-cost-below-minimum': (v) =>
        `Le coût bcrypt énoncé, ${v[0]}, est inférieur à ${v[1]} (OWASP Password Storage Cheat Sheet) ; augmentez-le.`,
    },
    rolesHeading: '5.4 Rôles',
    rolesTable: {
      role: 'Rôle',
      label: 'Nom',
      level: 'Niveau',
      inherits: 'Inclut les permissions de',
      description: 'Description',
      source: 'Source',
    },
    defaultRoles:
      'Les documents n’énoncent aucun rôle : voici les valeurs par défaut documentées (règle `derive/default-role-user` ; un rôle `admin` seulement quand les documents parlent d’administration).',
    matrixHeading: '5.5 Matrice des permissions par endpoint',
    matrixIntro:
      'Chaque endpoint × chaque rôle. autorisé : tout enregistrement ; propre : seulement les enregistrements de l’utilisateur ; locataire : seulement les enregistrements du locataire de l’utilisateur ; refusé : 403. Refus par défaut (OWASP ASVS V4.1.3).',
    matrixEndpoint: 'Endpoint',
    access: { allowed: 'autorisé', own: 'propre', tenant: 'locataire', denied: 'refusé' },
    webhookNote:
      'Les endpoints de webhook sont refusés à tous les rôles : leur fournisseur les appelle, un appelant machine listé, avec sa vérification, parmi ceux qui appellent l’API.',
    servedBy: (surface: string) => `${surface}, sans route JSON`,
    publicNote:
      'Les endpoints publics (sans authentification) sont marqués autorisés pour tous les rôles et répondent aussi aux appelants anonymes.',
    grantsHeading: '5.6 Permissions par ressource',
    actionWords: { manage: 'gérer', create: 'créer', read: 'lire', update: 'modifier', delete: 'supprimer' },
    grantsTable: { role: 'Rôle', resource: 'Ressource', actions: 'Actions', source: 'Source' },
    everyResource: 'toutes les ressources',
    ownershipHeading: '5.7 Propriété des ressources et cloisonnement par locataire',
    ownershipTable: { entity: 'Entité', rule: 'Règle', column: 'Colonne', source: 'Source' },
    ownershipKinds: {
      column: 'colonne propriétaire',
      parent: 'possédé via le parent',
      self: 'l’enregistrement de l’utilisateur lui-même',
      'role-column': 'colonne au nom d’un rôle',
      reference: 'référence à l’utilisateur (ne limite personne à elle seule)',
    },
    scopesIntro:
      'Périmètres indiqués : chaque rôle ci-dessous n’atteint les enregistrements que sa phrase nomme, et ceux qui en dépendent, que par le chemin de clés étrangères indiqué ; un rôle qui « ne voit que » ces enregistrements n’atteint rien d’autre que son propre enregistrement utilisateur.',
    scopesTable: {
      role: 'Rôle',
      entity: 'Voit',
      access: 'Accès',
      path: 'Chemin vers l’utilisateur',
      covers: 'Enregistrements du périmètre',
      source: 'Source',
    },
    noOwnership:
      'Aucune entité n’a de clé étrangère vers l’entité utilisateur : la propriété n’est pas contrôlée par enregistrement.',
    tenant: (column) =>
      `Multi-locataire : chaque requête cloisonnée filtre par \`${column}\` tiré du jeton, jamais de la requête ; un enregistrement d’un autre locataire répond 404.`,
    ownershipEnforcement:
      'La propriété est vérifiée dans la requête (`WHERE <owner column> = :currentUser`), pas après le chargement : un enregistrement d’un autre utilisateur répond donc 404 (OWASP ASVS V4.2.1).',
    callersHeading: '5.8 Qui appelle l’API',
    callersIntro:
      'Chaque appelant de l’API et son authentification : les utilisateurs par rôle, les applications clientes qu’ils utilisent, les clients machines et les émetteurs de webhooks. Une machine n’est jamais un rôle utilisateur.',
    callersTable: {
      caller: 'Appelant',
      kind: 'Type',
      authentication: 'S’authentifie par',
      operations: 'Opérations',
      source: 'Source',
    },
    callerKinds: {
      user: 'utilisateur (rôle)',
      browser: 'application cliente (navigateur)',
      anonymous: 'anonyme (non connecté)',
      webhook: 'émetteur de webhooks',
      device: 'appareil',
      service: 'client machine',
      agent: 'agent d’automatisation',
    },
    apiKeyClient: 'Client à clé d’API',
    anonymousAuth: 'aucune : pas de jeton ; endpoints publics seulement',
    browserAuth:
      'les identifiants de l’utilisateur connecté ; ses requêtes cross-origin reçoivent une réponse (CORS)',
    apiKeyAuth: (header: string) => `clé d’API dans l’en-tête \`${header}\``,
    apiKeyProposedHeader: (header: string) =>
      `clé d’API ; les documents ne nomment pas l’en-tête, \`${header}\` est une proposition`,
    signatureAuth: 'la signature du fournisseur, vérifiée sur le corps brut ; pas de jeton bearer',
    mtlsAuth: 'certificat client (TLS mutuel)',
    clientCredentialsAuth: 'identifiants client OAuth 2.0 (RFC 6749 §4.4)',
    authNotStated: 'non indiqué dans les documents',
    operationsCount: (n: number) => `${n} endpoints`,
    moreOperations: (n: number) => `et ${n} de plus`,
  },
  validation: {
    fieldsHeading: '6.1 Règles de validation des entrées',
    fieldsIntro:
      'Validé côté serveur à chaque requête selon une liste d’autorisation (OWASP ASVS V5.1) ; les propriétés inconnues sont rejetées (400).',
    fieldsTable: { field: 'Champ', rules: 'Règles', source: 'Source' },
    rules: {
      required: 'obligatoire',
      type: (t) => `type ${t}`,
      format: (f) => `format ${f}`,
      maxLength: (n) => `longueur max. ${n}`,
      minLength: (n) => `longueur min. ${n}`,
      length: (d) => d,
      lengthBound: (op, n) => `longueur ${op} ${n}`,
      precision: (p, s) => `précision ${p}, échelle ${s}`,
      range: (d) => `plage ${d}`,
      enum: (v) => `parmi ${v}`,
      pattern: (p) => `motif \`${p}\``,
      unique: 'unique (409 en cas de doublon)',
      reference: (d) => `référence : ${d}`,
    },
    businessRule: (id) => `règle métier ${id}`,
    general: 'générale',
    sanitisationHeading: '6.2 Assainissement des sorties',
    sanitisation: {
      secrets:
        'Les champs secrets (ci-dessous) ne sont jamais sérialisés dans une réponse ni journalisés (OWASP ASVS V8.3).',
      'personal-data':
        'Les données personnelles (ci-dessous) ne sont renvoyées qu’aux rôles autorisés à lire l’enregistrement et sont masquées dans les journaux.',
      nulls:
        'Les valeurs facultatives absentes sont renvoyées comme `null`, jamais omises, pour que les clients voient une seule forme.',
      datetimes:
        'Les dates et heures sont renvoyées comme chaînes RFC 3339 en UTC (`2025-01-31T09:30:00Z`) ; les dates comme `YYYY-MM-DD`.',
      decimals: 'Les montants décimaux sont renvoyés sous forme de chaînes pour conserver leur précision.',
      html: 'Le texte est renvoyé sous forme de chaînes JSON, jamais en HTML ; les clients l’encodent à l’affichage (OWASP XSS Prevention).',
    },
    sensitiveTable: { entity: 'Entité', field: 'Champ', kind: 'Classification', handling: 'Traitement' },
    sensitiveKinds: { secret: 'secret', personal: 'donnée personnelle' },
    handling: { secret: 'jamais dans les réponses ni les journaux', personal: 'masqué dans les journaux' },
  },
  errors: {
    envelopeHeading: '7.1 Format des réponses d’erreur',
    why: {
      stated: (source) =>
        `Les documents énoncent leur propre corps d’erreur (${source}) ; toutes les erreurs utilisent cette forme pour que les clients gardent un seul analyseur.`,
      'problem-details':
        'Les documents n’énoncent aucun corps d’erreur : les erreurs suivent donc les problem details de la RFC 9457 (`application/problem+json`), un type de média standard que les clients et les outils OpenAPI comprennent déjà. Il porte les champs du workflow comme membres d’extension : `code` (code d’erreur), `detail` (message), `errors` (erreurs de champ) et `request_id` (pour le suivi).',
      envelope: 'Les erreurs utilisent l’enveloppe `{ code, message, details, request_id }`.',
    },
    mediaType: (m) => `Type de média : \`${m}\`.`,
    schemaCaption: 'JSON Schema du corps d’erreur :',
    fieldMap: {
      code: 'Code d’erreur',
      message: 'Message',
      status: 'Statut HTTP',
      details: 'Erreurs de champ',
      requestId: 'Id de la requête',
    },
    fieldMapTable: { part: 'Partie', location: 'Emplacement (JSON Pointer)' },
    notCarried: 'absent de la forme énoncée',
    titlesNote:
      'Les titres restent en anglais à dessein : ils sont le champ `title` que renvoie l’API et font partie de son contrat ; les clients affichent leur propre texte selon le code.',
    title: (title: string) => `“${title}”`,
    catalogHeading: '7.2 Catalogue des erreurs',
    catalogTable: {
      status: 'Statut',
      code: 'Code',
      title: 'Titre',
      category: 'Catégorie',
      endpoints: 'Renvoyée par',
      source: 'Source',
    },
    allEndpoints: 'tous les endpoints',
    endpointCount: (n) => `${n} endpoints`,
    categories: {
      validation: 'validation',
      authentication: 'authentification',
      authorization: 'autorisation',
      'not-found': 'introuvable',
      conflict: 'conflit',
      'business-rule': 'règle métier',
      'rate-limit': 'limite de débit',
      server: 'serveur',
      unavailable: 'indisponible',
    },
    examplesHeading: '7.3 Exemples par catégorie',
    exampleCaption: (status, code) => `${status} ${code}`,
    handlingHeading: '7.4 Règles de traitement',
    handling: [
      'Les erreurs inattendues sont journalisées avec l’id de la requête et reçoivent une réponse 500 sans pile d’appels ni message interne (OWASP ASVS V7.4.1).',
      'Les réponses 401 portent `WWW-Authenticate` ; les réponses 429 portent `Retry-After` ; les réponses 503 portent `Retry-After` quand la fin de l’interruption est connue.',
      'Les enregistrements hors de la propriété ou du locataire de l’appelant répondent 404 plutôt que 403, pour ne pas divulguer d’identifiants.',
      'Les erreurs de validation listent d’un coup tous les champs en échec, chacun avec un JSON Pointer vers le champ.',
    ],
  },
};
