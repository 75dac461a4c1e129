import type { Messages } from '../en/index.js';

const cap = (s: string) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

/** French wording of the api sections (3. Endpoints de l’API, 4. Services métier) and the api checks. */
export const api: Messages['api'] = {
  rules: {
    heading: 'Règles métier',
    intro: (n: number) =>
      `${n} ${n <= 1 ? 'règle énoncée' : 'règles énoncées'} dans les documents, avec l’entité ou les opérations que chacune contraint, la façon dont la conception l’applique et l’erreur métier qu’elle lève.`,
    header: ['Id', 'Règle', 'Origine', 'Contraint', 'Appliquée par', 'Code d’erreur'],
    enforcement: {
      'db-constraint': 'contrainte de base de données',
      validation: 'validation de la requête',
      'service-check': 'contrôle dans le service',
      job: 'tâche de fond',
      authorization: 'autorisation',
      'retention-policy': 'politique de conservation des données (aucune purge avant le minimum indiqué)',
      'audit-trail': "entrée d'audit écrite dans la transaction de la modification",
      behaviour: 'comportement indiqué (aucune vérification de la requête)',
      'period-quota':
        'compté sur la période (un rapport ou une vérification à son terme ; aucune vérification de la requête)',
      'visibility-scope':
        'périmètre de visibilité (les lectures ne renvoient que les enregistrements du périmètre ; aucune erreur de requête)',
    } as Record<string, string>,
    lifecycles: 'Machines à états',
    lifecycleIntro: (entity: string, field: string, n: number) =>
      `\`${entity}.${field}\` : ${n} ${n <= 1 ? 'état' : 'états'} ; transitions telles que les documents les énoncent et que les endpoints d’action les effectuent, avec les rôles autorisés pour chacune.`,
    transitionHeader: ['De', 'Vers', 'Déclencheur', 'Qui', 'Origine'],
    system: 'le système (tâche)',
    fromUnstated: 'non précisé dans les documents',
    unstated: 'non précisé : aucune opération ni tâche de cette conception ne l’effectue',
    noTransitions:
      'Aucune transition n’est énoncée dans les documents et aucun endpoint d’action ne change ce statut.',
  },
  stories: {
    heading: 'Récits et opérations qui les mettent en œuvre',
    intro: (mapped: number, total: number) =>
      `${mapped} récits utilisateur et phrases de capacité sur ${total} correspondent à une opération (règle \`derive/operation-from-story\`) ; le rôle de l’acteur peut appeler chacune.`,
    header: ['Récit', 'Acteur', 'Rôle', 'Action', 'Opérations'],
    none: (why: string) => `aucune — ${why}`,
    suppressedHeading: 'Opérations écartées volontairement',
    suppressedIntro: (n: number) =>
      `${n} ${n <= 1 ? 'opération' : 'opérations'} qu’une règle de dérivation aurait produites ont été écartées parce qu’un fait énoncé ou une règle nommée le dit.`,
    suppressedHeader: ['Opération', 'Règle', 'Motif', 'Origine'],
    surfaceHeading: (surface: string) => `Servies par le ${surface} (sans routes JSON)`,
    surfaceIntro: (n: number, surface: string, at: string) =>
      `${n} opération(s) que seuls les rôles du ${surface} peuvent appeler sont servies par ses écrans, qui n’ont pas d’API JSON (${at}) : chacune reste une méthode de service de la section 4, hors d’openapi.yaml.`,
    surfaceHeader: ['Opération', 'Rôles', 'Entrée', 'Règle'],
    calledBySurface: (surface: string) => `écrans du ${surface} (sans route JSON)`,
  },
  endpoints: {
    intro: (endpoints, resources, stated, fromNeeds, derived) =>
      `${plural(endpoints, 'endpoint', 'endpoints')} répartis en ${plural(resources, 'ressource', 'ressources')} : ${stated} énoncés dans les documents (repris tels quels, avec leur ligne source), ${fromNeeds} conçus à partir des récits utilisateur et des exigences, et ${derived} déduits du modèle de données par des règles nommées.`,
    artifact: (path) =>
      `La même API sous forme de document OpenAPI 3.1 : \`${path}\` (schémas de composants issus du modèle de données, réponses d’erreur partagées, schémas de sécurité, exemples validés).`,
    conventionsHeading: 'Conventions',
    basePath: (path) =>
      path
        ? `Chemin de base : \`${path}\`.`
        : 'Les routes sont reprises telles qu’énoncées, sans chemin de base commun.',
    json: 'Les corps sont en JSON (`application/json`) ; les dates et heures sont des chaînes RFC 3339 ; les décimaux sont des nombres avec la précision de stockage indiquée.',
    pagination: (style, def, max, n) =>
      style === 'page'
        ? `Les listes sont paginées par numéro de page : \`${n.page}\` (à partir de 1) et \`${n.limit}\` (${def} par défaut, ${max} au plus) ; la réponse contient \`items\`, \`total\`, \`${n.limit}\` et \`${n.page}\`.`
        : style === 'cursor'
          ? `Les listes sont paginées par curseur : \`${n.limit}\` (${def} par défaut, ${max} au plus) et \`${n.cursor}\` ; la réponse contient \`items\` et \`nextCursor\`.`
          : `Les listes sont paginées avec \`${n.limit}\` (${def} par défaut, ${max} au plus) et \`${n.offset}\` ; la réponse contient \`items\`, \`total\`, \`${n.limit}\` et \`${n.offset}\`.`,
    errorsFromCatalog: (mediaType) =>
      `Chaque réponse d’erreur utilise l’enveloppe d’erreur de la section 7 (\`${mediaType}\`), partagée dans openapi.yaml sous \`components/responses\`.`,
    errorsFallback:
      'Aucun catalogue d’erreurs n’a été conçu : les réponses d’erreur utilisent donc les problem details de la RFC 9457 (`application/problem+json`) ; c’est la section 7 qu’un catalogue viendrait préciser.',
    authScheme: (scheme) =>
      `Les endpoints authentifiés exigent ${scheme} ; les endpoints publics le précisent.`,
    noAuth: 'Aucune stratégie d’authentification n’est conçue : aucun schéma de sécurité n’est donc déclaré.',
    schemes: {
      bearerAuth: 'un jeton bearer dans l’en-tête `Authorization` (RFC 6750)',
      cookieAuth: 'le cookie d’identification posé à la connexion',
      apiKeyAuth: 'une clé d’API dans l’en-tête `X-API-Key`',
    },
    successEnvelope: (wrapper, key, from) =>
      `Tout corps de succès est enveloppé comme l’indiquent les documents : \`${wrapper}\`, la ressource ou la page dans \`${key}\` (${from}).`,
    created:
      'Les créations répondent `201 Created` avec un en-tête `Location` (RFC 9110 §15.3.2) ; les suppressions répondent `204 No Content` ; une valeur unique déjà prise répond `409 Conflict` ; les requêtes limitées en débit répondent `429` avec `Retry-After` (RFC 6585).',
    idempotency:
      'Les requêtes qui déplacent de l’argent exigent un en-tête `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header) : une nouvelle tentative avec la même clé renvoie le premier résultat.',
    summaryHeading: 'Index des endpoints',
    summaryTable: {
      method: 'Méthode',
      path: 'Chemin',
      operation: 'Opération',
      auth: 'Authentification',
      source: 'Source',
    },
    schemasHeading: (entity) => `Schémas : ${entity}`,
    schemasNote: (entity) =>
      `\`${entity}\` est le corps de réponse (sans les secrets) ; \`${entity}Create\`, le corps de création ; \`${entity}Update\` a les mêmes propriétés, toutes facultatives (PATCH est une mise à jour partielle, RFC 5789).`,
    operation: 'Opération',
    auth: 'Authentification',
    public: 'publique',
    authenticated: 'authentifiée',
    roles: (roles) => `rôles : ${roles.join(', ')}`,
    anyRole: 'tout utilisateur connecté',
    noRole:
      "aucun rôle pour l'instant : refusé par défaut tant qu'aucune story ni aucun document ne nomme l'appelant (5.5)",
    rateLimit: 'Limite de débit',
    /** Who a stated rate limit counts ("volunteer"), as the documents name them. */
    ratePer: (who: string) => `compté par ${who}`,
    rateClasses: {
      auth: 'authentification (stricte, par IP et par compte)',
      read: 'lecture',
      write: 'écriture',
      expensive: 'coûteuse (recherche, export)',
      webhook: 'webhook (par fournisseur)',
      public: 'publique',
    },
    paginationLine: (style, def, max) =>
      `${style === 'cursor' ? 'par curseur' : 'par décalage'}, ${def} par défaut, ${max} au plus`,
    paginationLabel: 'Pagination',
    idempotencyLabel: 'Idempotency-Key',
    required: 'obligatoire',
    requirements: 'Exigences',
    source: 'Source',
    parameters: 'Paramètres',
    parameterTable: {
      name: 'Nom',
      in: 'Emplacement',
      type: 'Type',
      required: 'Obligatoire',
      description: 'Description',
    },
    yes: 'oui',
    no: 'non',
    requestBody: 'Corps de la requête',
    responses: 'Réponses',
    responseTable: { status: 'Statut', meaning: 'Signification', body: 'Corps', errors: 'Codes d’erreur' },
    noBody: '—',
    errorBody: 'enveloppe d’erreur',
  },
  actions: {
    list: (entity) => `Lister les enregistrements ${entity}`,
    get: (entity) => `Obtenir un enregistrement ${entity}`,
    create: (entity) => `Créer un enregistrement ${entity}`,
    update: (entity) => `Modifier un enregistrement ${entity} (partiellement)`,
    replace: (entity) => `Remplacer un enregistrement ${entity}`,
    delete: (entity) => `Supprimer un enregistrement ${entity}`,
    search: (entity) => `Rechercher des enregistrements ${entity}`,
  },
  stateAction: { ownWord: true, title: (verb, entity) => `${cap(verb)} ${entity}` },
  services: {
    intro: (services, methods, transactional) =>
      `${plural(services, 'service', 'services')} avec ${methods} méthodes publiques ; ${transactional <= 1 ? `${transactional} méthode écrit` : `${transactional} méthodes écrivent`} dans plus d’une table et ${transactional <= 1 ? 's’exécute' : 's’exécutent'} dans une seule transaction de base de données.`,
    signatures: (language: string, source: string) =>
      `Les signatures des méthodes sont écrites en ${language}, le langage qu’indique la pile (${source}).`,
    signaturesNeutral: (language: string, source: string) =>
      `La pile indique ${language} (${source}) ; les signatures des méthodes sont écrites sous une forme neutre, \`nom(paramètre: Type) → Résultat\`.`,
    conventions:
      '`Actor` est l’appelant authentifié (id d’utilisateur, rôle et, dans un produit multi-locataire, id de locataire), tiré de l’identifiant de connexion. Les services lèvent des erreurs typées ; la couche HTTP les traduit en statuts :',
    errorTable: { error: 'Erreur', status: 'Statut HTTP', meaning: 'Signification' },
    errors: {
      ValidationError: ['400 / 422', 'entrée invalide, ou un enregistrement référencé n’existe pas'],
      UnauthorizedError: ['401', 'identifiants incorrects'],
      ForbiddenError: ['403', 'l’appelant n’a pas le droit d’agir sur cet enregistrement'],
      NotFoundError: ['404', 'aucun enregistrement de ce type visible par l’appelant'],
      ConflictError: ['409', 'une valeur unique est déjà prise, ou l’état ne permet pas la modification'],
      IntegrationError: ['502 / 503', 'un service tiers a échoué malgré les nouvelles tentatives'],
    },
    purpose: {
      aggregate: (entity, members) =>
        members.length > 1
          ? `Logique métier de l’agrégat ${entity} (${members.join(', ')}).`
          : `Logique métier de ${entity}.`,
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
          'sign-up': 'inscription',
          'sign-in': 'connexion',
          'sign-out': 'déconnexion',
          refresh: 'renouvellement du jeton',
          'password-reset': 'réinitialisation du mot de passe',
          'current-user': 'l’utilisateur courant',
        };
        const list = parts.map((x) => names[x] ?? x);
        const joined =
          list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}` : (list[0] ?? '');
        const through = at.map(({ name, roles: rs }) => {
          const roles = rs.map((r) => `\`${r}\``).join(', ');
          return rs.length > 0 ? `${roles} se connectent via ${name}` : `la connexion passe par ${name}`;
        });
        const text = [joined, ...through].filter((x) => x.length > 0).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      },
      notification: 'Envoie les notifications via les fournisseurs retenus.',
      payment: 'Encaisse les paiements via le fournisseur retenu.',
      'stated-routes': (resource) => `Opérations des routes \`${resource}\` énoncées dans les documents.`,
    },
    dependencies: 'Dépendances',
    transactions: 'Transactions',
    sideEffectsIntro:
      'Ce que les documents indiquent que chaque méthode provoque en plus de ses écritures (après la validation de la transaction ; une entrée d’audit à l’intérieur de celle-ci) :',
    sideEffectsHeader: ['Méthode', 'Effet', 'Via', 'Quand', 'Source'],
    sideEffectKinds: {
      email: 'envoie un e-mail',
      sms: 'envoie un SMS',
      push: 'envoie une notification push',
      job: 'met une tâche en file',
      event: 'émet un événement',
      webhook: 'appelle un webhook',
      integration: 'appelle une intégration',
      audit: "écrit une entrée d'audit",
    },
    noTransactions: 'Chaque méthode écrit dans une table au plus.',
    transactional: (method, rule) => `\`${method}\` — une transaction (${rule})`,
    transactionWith: (method, how, source) => `\`${method}\` — ${how} (${source})`,
    transactionMechanisms: {
      'row-lock': 'une transaction, les lignes verrouillées par SELECT … FOR UPDATE',
      'optimistic-version': 'une transaction, la colonne de version vérifiée à la mise à jour',
      'advisory-lock': 'une transaction sous un verrou consultatif (advisory lock)',
      constraint: 'une transaction que la contrainte de {rule} annule face à un rédacteur concurrent',
      outbox: 'une transaction avec son enregistrement dans l’outbox, publié après le commit',
      none: 'aucune transaction entre ses écritures',
      eventual: 'pas de transaction partagée : cohérence à terme',
      audit: 'une transaction avec l’entrée d’audit de {rule}',
    },
    endpoint: 'Endpoint',
    source: 'Source',
  },
  checks: {
    entityWithoutEndpoints: (entity) => `${entity} n’a aucun endpoint`,
    evidence: (endpoints, withSchemas, entities) =>
      `${endpoints} endpoints, dont ${withSchemas} avec des schémas de requête et de réponse issus du modèle de données, couvrant ${entities} entités`,
  },
  compact: {
    parameters:
      "Sur les endpoints dérivés, un paramètre de requête qui porte le nom d'un champ filtre par égalité sur ce champ, `sort` trie selon un champ (un `-` initial trie par ordre décroissant) et un paramètre de chemin `{id}` est l'identifiant de l'enregistrement ; `*` marque un paramètre obligatoire. Les types et contraintes sont ceux de la section 1.",
    standardHeading: 'Réponses standard',
    standardIntro:
      "Ce que signifie chaque statut, et les codes d'erreur que tout endpoint peut renvoyer avec lui, déclarés une seule fois. Les tableaux d'endpoints donnent les statuts de chaque endpoint et ne précisent une signification ou un code d'erreur que lorsqu'il diffère.",
    standardHeader: ['Statut', 'Signification', "Codes d'erreur sur tous les endpoints"],
    schemasHeading: 'Schémas de requête et de réponse',
    schemasIntro:
      "Déclarés une seule fois comme composants nommés (`components/schemas` dans openapi.yaml, un fichier par entité dans `schemas/`) et cités par leur nom dans les tableaux d'endpoints. `<Entité>` est le corps de réponse (sans les secrets), `<Entité>Create` le corps de création, `<Entité>Update` la mise à jour partielle (tout est facultatif, RFC 5789) ; `<Entité>Page` enveloppe une liste dans `items` et les champs de pagination. Les propriétés obligatoires sont en gras ; les types et contraintes sont ceux de la section 1.",
    schemasHeader: ['Schéma', 'Propriétés'],
    serverSet: (list: string) =>
      `Absents des corps de création et de mise à jour car le serveur les fixe (chacun avec la règle qui le justifie) : ${list}.`,
    singlesHeading: 'Ressources à un seul endpoint',
    resourceColumn: 'Ressource',
    endpointHeader: [
      'Méthode',
      'Chemin',
      'Opération',
      'Authentification',
      'Limite de débit',
      'Requête',
      'Réponses',
      'Source',
    ],
    paginated: 'paginé',
    idempotencyKey: 'en-tête `Idempotency-Key`',
    methodHeader: ['Service', 'Méthode', 'Appelée par', 'Lève'],
    serviceHeader: ['Service', 'Rôle', 'Dépendances', 'Transactions', 'Source'],
    exampleHeader: ['Erreur', 'Corps d’exemple'],
    everyJob: 'Toutes les tâches ci-dessous, sauf si leur propre tableau dit autre chose',
    sharedFields: (name: string) =>
      `Les champs que la plupart des entités partagent ligne pour ligne sont déclarés une seule fois dans \`${name}\` ; une entité qui \`extends ${name}\` les possède, avec le même type, les mêmes contraintes et la même origine.`,
    entity: 'Entité',
    tablesHeading: 'Tables de la base de données',
    summaryHeading: 'Résumé',
    glanceLabel: 'En bref',
    counts: ['entités', 'endpoints', 'services', 'rôles', 'tâches de fond', 'intégrations externes'],
    stackLabel: 'Technologies et choix de conception',
    proposedLabel: 'Proposé ici, non indiqué dans les documents',
    attention: (conflicts, questions, gaps, link) =>
      `**Décision requise** : ${conflicts} conflit(s) entre les documents (résolus par priorité ; le fichier de décisions l’emporte), ${questions} question(s) ouverte(s) et ${gaps} lacune(s) de modélisation ; voir ${link}.`,
  },
  flows: {
    heading: 'Parcours indiqués',
    intro: (n: number) =>
      `${n} parcours indiqué(s) par les documents, dessiné(s) en diagrammes de séquence : chaque étape est un message du rôle qui l’effectue vers l’API (avec l’opération correspondante) ou vers une intégration nommée ; une étape qui ne nomme aucun appel est une note. Un diagramme de séquence des documents est repris tel qu’il est écrit.`,
    api: 'API',
    client: 'Client',
  },
};
