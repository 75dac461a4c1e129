import type { Messages } from '../en/index.js';

/** French wording of the operations sections (8 to 15) and the key technical decisions. */
export const operations: Messages['operations'] = {
  kv: ['Aspect', 'Détail'],
  status: {
    chosen: 'utilisé',
    mentioned: 'mentionné',
    future: 'prévu (phase ultérieure)',
    'out-of-scope': 'hors périmètre',
    rejected: 'écarté',
  },
  integrations: {
    summary: (active, planned, rejected) =>
      `Intégrations : ${active} utilisées, ${planned} prévues pour une phase ultérieure, ${rejected} envisagées puis écartées.`,
    none: 'Les documents ne nomment aucun service tiers ; le backend n’effectue aucun appel d’intégration sortant.',
    unknown:
      'Absent du catalogue des fournisseurs : seul ce que disent les documents est repris ; les endpoints, limites et webhooks sont à prendre chez le fournisseur.',
    clientSide:
      'S’exécute sur l’appareil de l’utilisateur : ni appel, ni identifiants, ni nouvelle tentative côté serveur.',
    fields: {
      status: 'Statut',
      purpose: 'Rôle dans ce projet',
      docs: 'Référence de l’API',
      baseUrl: 'URL de base',
      endpoints: 'Endpoints utilisés',
      auth: 'Authentification',
      format: 'Format des requêtes et réponses',
      rateLimits: 'Limites de débit',
      retry: 'Nouvelles tentatives',
      failFast: 'Jamais retenté',
      idempotency: 'Idempotence',
      webhooks: 'Webhook',
      env: 'Configuration',
      notes: 'Remarques',
      mentions: 'Où les documents le nomment',
    },
    retry: (on, attempts, backoff, dead) =>
      attempts <= 1
        ? `une tentative, jamais renouvelée${dead ? ` ; ensuite ${dead}` : ''}`
        : `${on.length > 0 ? `en cas de ${on.join(', ')} ; ` : ''}jusqu’à ${attempts} tentatives ; ${backoff}${dead ? ` ; ensuite ${dead}` : ''}`,
    planned: 'Prévus ou écartés',
    plannedHeader: ['Service', 'Statut', 'Ce que disent les documents', 'Source'],
  },
  jobs: {
    runner: (queue, scheduler) =>
      `Les tâches s’exécutent sur **${queue}** ; les planifications sont déclenchées par **${scheduler}**.`,
    unresolved: (n) =>
      `Aucune tâche n’est encore conçue : ${n === 1 ? 'une période ou une planification énoncée ne nomme' : `${n} périodes ou planifications énoncées ne nomment`} aucun enregistrement du modèle de données (section 0, questions ouvertes). Une fois ${n === 1 ? 'la réponse donnée' : 'les réponses données'}, la tâche suit.`,
    none: (checked) =>
      `Aucune tâche en arrière-plan n’est nécessaire : les documents n’énoncent ${checked}. Chaque requête termine son travail immédiatement.`,
    checked:
      'aucune durée de conservation, aucun rappel, aucune planification récurrente, aucun stockage de jetons côté serveur, aucun fournisseur à webhooks, aucun fournisseur de messages sortants ni aucune génération de documents',
    fields: {
      purpose: 'Rôle',
      trigger: 'Déclencheur',
      inputs: 'Entrées',
      steps: 'Traitement',
      idempotency: 'Idempotence',
      retry: 'Nouvelles tentatives',
      timeout: 'Délai maximal',
      logs: 'Journaux',
      requirements: 'Exigences',
      basis: 'Déduit de',
    },
    seconds: (n) => `${n} s`,
  },
  caching: {
    store: (value) => `Stockage du cache : **${value}** (énoncé).`,
    statedNone:
      'Les documents décident que rien n’est mis en cache : ni stockage de cache ni entrées de cache.',
    noStore: (fallback) =>
      `Les documents n’énoncent aucun stockage de cache. Les entrées ci-dessous résident dans ${fallback}.`,
    considered: 'Mentionné mais non retenu',
    header: ['Entrée', 'Type', 'Motif de clé', 'TTL', 'Source du TTL', 'Invalidée par', 'Raison', 'Source'],
    /** What a cached entry holds (the Kind column) and a considered store's status. */
    kinds: { entity: 'lignes d’entité', query: 'résultat de requête', external: 'réponse d’API externe' },
    statuses: {
      chosen: 'choisi',
      mentioned: 'mentionné',
      rejected: 'écarté',
      superseded: 'remplacé',
      deprecated: 'obsolète',
      'out-of-scope': 'hors périmètre',
      future: 'prévu (phase ultérieure)',
      deferred: 'reporté',
      proposed: 'proposé',
      undecided: 'non décidé',
    },
    ttlOnly: 'Expiration par TTL uniquement (aucune de nos entités ne la modifie)',
    /** A query entry with no invalidating write: the model links none to it (it may not know the data). */
    /** The key of a stated entry no endpoint serves (its parameters are asked in section 0). */
    keyUnmapped: 'aucun endpoint ne le sert : les paramètres de sa clé sont une question ouverte (section 0)',
    ttlOnlyQuery: 'Expiration par TTL uniquement (aucune écriture du modèle de données n’y est liée)',
    none: 'Aucune entrée ne justifie un cache : ni données de référence, ni lectures agrégées, ni consultations externes.',
    rules: [
      'Lecture traversante : en cas d’absence, charger depuis la source de vérité et stocker avec le TTL.',
      'Invalider (supprimer la clé) dans le même chemin de code que l’écriture, après la validation de la transaction.',
      'Une panne du cache se replie sur une lecture directe ; elle ne fait jamais échouer la requête.',
    ],
  },
  observability: {
    format: 'Format des journaux',
    fields: 'Champs présents sur chaque ligne',
    example: 'Exemple',
    redact: 'Jamais journalisé (liste de masquage)',
    redactHeader: ['Champ', 'Raison'],
    events: 'Quoi journaliser',
    eventsHeader: ['Événement', 'Niveau', 'Source'],
    levels:
      'Niveaux : `error` pour les requêtes en échec (5xx) et les nouvelles tentatives épuisées, `warn` pour les accès refusés et les connexions échouées, `info` pour les événements métier et les changements d’état, `debug` en local uniquement.',
    health: 'Contrôles de santé',
    healthHeader: ['Chemin', 'Vérifie', 'Source'],
    metrics: 'Métriques',
    metricsHeader: ['Métrique', 'Type', 'Ce qu’elle montre', 'Source'],
    alerts: 'Seuils d’alerte',
    alertsHeader: ['Métrique', 'Seuil', 'Fenêtre', 'Gravité', 'Provenance', 'Source'],
    tracking: (v) =>
      `Les erreurs sont aussi remontées à **${v}** (énoncé), les données personnelles étant retirées avant l’envoi.`,
  },
  performance: {
    database: 'Base de données : index et prévention du N+1 par relation',
    api: 'API : pagination et limites de débit',
    latency: 'Objectifs de latence énoncés',
    header: ['Où', 'Mesure', 'Source'],
    none: 'Le modèle n’a ni relation, ni endpoint de liste, ni objectif énoncé dont déduire des mesures de performance.',
  },
  security: {
    intro: 'Chaque catégorie de l’OWASP Top 10 (2021), avec ce que cette spécification prévoit à son sujet.',
    header: ['OWASP', 'Risque', 'Ce que prévoit cette spécification', 'Source'],
  },
  testing: {
    coverage: (n) =>
      `Objectif de couverture : **${n} %** des lignes et des branches dans les services et les validateurs.`,
    tools: 'Outils de test énoncés',
    kinds: {
      unit: 'Tests unitaires',
      integration: 'Tests d’intégration',
      e2e: 'Tests de bout en bout (parcours critiques)',
      load: 'Tests de charge',
      security: 'Tests de sécurité',
    },
  },
  deployment: {
    env: 'Variables d’environnement',
    envHeader: ['Variable', 'Utilisée pour', 'Exemple', 'Secrète', 'Obligatoire', 'Source'],
    yes: 'oui',
    no: 'non',
    migration: (tool) => `Stratégie de migration (${tool})`,
    noMigration: 'Pas de base de données : aucun schéma à migrer.',
    rollback: 'Procédure de retour arrière',
    prerequisites: 'Prérequis',
    secrets:
      'Les secrets viennent du coffre-fort de secrets de la plateforme, jamais du dépôt ; `.env.example` liste toutes les variables ci-dessus avec des valeurs fictives.',
  },
  decisions: {
    header: ['Décision', 'Choix', 'Source'],
    proposed: 'Proposé — non indiqué dans les documents',
  },
};
