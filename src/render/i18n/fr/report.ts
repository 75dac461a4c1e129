import type { Messages } from '../en/index.js';
import { lifetime } from '../en/report.js';

const n = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`;

/** French wording of Annexe B, the verification results and the completion report. */
export const report: Messages['report'] = {
  checklistIntro:
    'Chaque point de la liste de contrôle du workflow, tranché par les règles de vérification sur le modèle (et non coché à la main). « Preuves » indique ce qui a été compté ; « Problèmes » liste ce qui a échoué.',
  items: {
    'data-models': 'Tous les modèles de données sont définis avec leurs relations et contraintes',
    indexes: 'Le schéma de la base de données comporte des index pour les performances',
    endpoints: 'Tous les endpoints de l’API sont documentés avec leurs schémas de requête et de réponse',
    auth: 'L’authentification et l’autorisation sont clairement spécifiées',
    errors: 'La gestion des erreurs couvre tous les cas d’erreur',
    integrations: 'Les intégrations externes prévoient les nouvelles tentatives et la gestion des erreurs',
    jobs: 'Les tâches en arrière-plan ont des politiques de nouvelle tentative',
    caching: 'Une stratégie de cache est définie pour les performances',
    logging: 'La journalisation exclut les données sensibles',
    security: 'Les bonnes pratiques de sécurité sont suivies',
  },
  verdicts: {
    pass: 'conforme',
    fail: 'non conforme',
    'not-applicable': 'sans objet',
    'not-checked': 'non vérifié',
  },
  table: { item: 'Point', verdict: 'Verdict', evidence: 'Preuves', problems: 'Problèmes' },
  verificationHeading: 'Vérification par de vrais outils',
  verificationTable: { tool: 'Outil', artifact: 'Artefact', result: 'Résultat', summary: 'Résumé' },
  verificationOk: 'réussie',
  verificationFailed: 'échouée',
  notVerified:
    'Les artefacts n’ont pas été vérifiés lors de cette exécution (vérification ignorée) ; lancez `backend-spec generate` sans `--no-verify` pour appliquer schema.sql à PostgreSQL et valider openapi.yaml et les JSON Schema.',
  moreProblems: (count) => `… et ${count} de plus`,
  completion: {
    title: 'Spécification du backend terminée',
    overview: 'Vue d’ensemble :',
    dataModels: (count) => `Modèles de données : ${n(count, 'entité définie', 'entités définies')}`,
    endpoints: (count) => `Endpoints de l’API : ${n(count, 'endpoint documenté', 'endpoints documentés')}`,
    services: (count) =>
      `Services : ${n(count, 'couche de service spécifiée', 'couches de service spécifiées')}`,
    integrations: (count) =>
      `Intégrations externes : ${n(count, 'service configuré', 'services configurés')}`,
    jobs: (count) => `Tâches en arrière-plan : ${n(count, 'tâche spécifiée', 'tâches spécifiées')}`,
    requirements: (traced, total) =>
      `Exigences : ${traced} sur ${total} rattachées à des éléments de la spécification`,
    provenance: (stated, derived, decisions) =>
      `Provenance : ${stated} éléments citent une ligne de document, ${derived} suivent une règle nommée ou une valeur par défaut${decisions > 0 ? `, ${decisions} une décision de l’utilisateur` : ''}`,
    provenanceAssistant: (n: number) =>
      `, ${n} ${n <= 1 ? 'fait' : 'faits'} d’un assistant avec citation vérifiée`,
    coverageHeading: 'Couverture de lecture (blocs et phrases ayant fourni au moins un fait) :',
    coverageSentences: 'phrases',
    coverageDataModel: 'modèle de données',
    coverageUnread: (n: number) =>
      `${n} ${n <= 1 ? 'bloc non lu' : 'blocs non lus'} dans spec.json (coverage.unread), d’abord ceux qui contiennent le plus probablement des faits du modèle`,
    decisions: 'Décisions techniques :',
    noDecisions: 'aucune déduite',
    security: 'Sécurité :',
    authentication: 'Authentification',
    passwordHashing: 'Hachage des mots de passe',
    authorization: 'Autorisation',
    validation: (rules, sensitive) =>
      `Validation des entrées : ${n(rules, 'règle', 'règles')} ; ${n(sensitive, 'champ sensible tenu', 'champs sensibles tenus')} à l’écart des réponses et des journaux`,
    rateLimiting: 'Limitation de débit',
    perEndpointClass: (classes) => `par classe d’endpoint : ${classes}`,
    statedLimits: (list) => `déclarées : ${list}`,
    rateClasses: {
      auth: 'authentification',
      read: 'lecture',
      write: 'écriture',
      expensive: 'coûteuse',
      webhook: 'webhook',
      public: 'publique',
    },
    tokenLifetime: (kind, seconds, proposed) =>
      `${kind === 'access' ? 'accès' : 'rafraîchissement'} ${lifetime(seconds, [' jour', ' jours'], ' h', ' min', ' s')}${proposed ? ' (proposé)' : ''}`,
    performance: 'Performances :',
    indexes: (count, fk) =>
      `${n(count, 'index de base de données défini', 'index de base de données définis')} (${fk} sur des clés étrangères)`,
    caching: (entries, store) =>
      entries > 0
        ? `Cache : ${n(entries, 'entrée', 'entrées')}${store ? ` dans ${store}` : ''}`
        : 'Cache : aucun spécifié',
    pagination: (def, max, endpoints) =>
      `Pagination par défaut : ${def} éléments, ${max} au plus (${n(endpoints, 'endpoint de liste', 'endpoints de liste')})`,
    noPagination: 'Pagination : aucun endpoint de liste',
    checklist: (pass, fail, na, unchecked) =>
      `Liste de contrôle : ${pass} conformes, ${fail} non conformes, ${na} sans objet, ${unchecked} non vérifiés`,
    missingSections: (list) => `Sections manquantes : ${list}`,
    output: (path, lines, size) => `Sortie : ${path} (${lines} lignes, ${size})`,
    size: (bytes) => (bytes < 1024 ? `${bytes} octets` : `${(bytes / 1024).toFixed(1).replace('.', ',')} Ko`),
    artifacts: (list) => `Artefacts : ${list}`,
    noArtifacts: 'aucun',
    files: (count) => n(count, 'fichier', 'fichiers'),
    verified: 'vérifié',
    failed: 'ÉCHEC',
    notVerified: 'non vérifié (--no-verify)',
    diagnostics: (errors, warnings, notes) =>
      `Diagnostics : ${n(errors, 'erreur', 'erreurs')}, ${n(warnings, 'avertissement', 'avertissements')}, ${n(notes, 'remarque', 'remarques')}`,
    nextSteps: 'Prochaines étapes :',
    notProduced: (orm: string, ...instead: string[]) =>
      `Non produit : aucun schéma ${orm} (pris en charge : Prisma, Drizzle)${instead.length > 0 ? ` ; utilisez ${instead.join(' et ')}` : ''}.`,
    applyMigration: (file: string) => `Relire et appliquer la migration initiale ${file}`,
    noDataStore: 'Concevoir le stockage de données que les documents laissent ouvert',
    steps: [
      'Relire la spécification avec l’équipe, en commençant par la section 0 (Rapprochement des sources)',
      'Créer les migrations de base de données à partir de schema.sql',
      'Générer les clients et SDK de l’API à partir de openapi.yaml',
      'S’y référer lors du découpage en épopées et récits',
      'Implémenter en suivant les standards de .bmad/standards/backend/',
    ],
  },
  terminal: {
    sources: 'Sources :',
    noneFound: '(aucune trouvée)',
    duplicateOf: (of: string, reason: string) => `doublon de ${of} : ${reason}`,
    supersededBy: (of: string, reason: string) => `remplacé par ${of} : ${reason}`,
    ignored: (reason: string) => `ignoré : ${reason}`,
    configError:
      'Le fichier de configuration contient une erreur : rien n’a été lu par son intermédiaire et rien n’a été écrit.',
    missingPrerequisites: 'Prérequis manquants : rien n’a été généré. Recherché dans :',
    runInit: (command: string) =>
      `Lancez \`${command}\` pour créer les documents de planification, ou passez --docs DIR.`,
    dryRun: '(essai à blanc : rien n’a été écrit)',
    created: (file: string) => `créé     ${file}`,
    skipped: (file: string) => `ignoré   ${file} (existe déjà, laissé tel quel)`,
    next: (command: string) =>
      `Étape suivante : remplacez le contenu d’exemple par les faits de votre projet, puis lancez \`${command}\`.`,
    checkMissingPrerequisites:
      'backend-spec : prérequis manquants (pas de PRD ou pas d’architecture) : rien à comparer',
    upToDate: (files: number) => `à jour : ${files} fichiers correspondent à ce que les documents compilent`,
    outOfDate: (differ: number, files: number) =>
      `pas à jour : ${differ} fichiers sur ${files} diffèrent (rien n’a été écrit)`,
    specNotFound: (file: string) =>
      `backend-spec : ${file} introuvable (indiquez le fichier de spécification à vérifier)`,
    checked: (file: string, project: string | null) =>
      `Vérifié ${file}${project ? ` par rapport aux documents de ${project}` : ''} :`,
    checkSections: (found: number, missing: string) =>
      `- sections : ${found} sur 15 trouvées${missing ? ` (manquantes : ${missing})` : ''}`,
    checkSql: (statements: number, blocks: number, engine: string | null, applied: number, failed: number) =>
      `- SQL : ${statements} instructions dans ${blocks} blocs${engine ? `, ${applied} appliquées sur ${engine} dans l’ordre des dépendances, ${failed} en échec` : ', non appliquées'}`,
    checkBlocks: (documents: number, errors: number, json: number, invalid: number) =>
      `- documents OpenAPI : ${documents} (${errors} erreurs) ; blocs JSON : ${json} (${invalid} invalides)`,
    checkTotals: (errors: number, warnings: number) => `- ${errors} erreurs, ${warnings} avertissements`,
  },
};
