import type { RuleId } from '../../../derive/rule-origins.js';

/** French wording of the "Rule origins" appendix (see en/rule-origins.ts). */
const sentences: Record<RuleId, string> = {
  'derive/access-token-default-15m':
    'Propose une durée de 15 minutes pour le jeton d’accès là où les documents indiquent une authentification par jeton sans durée.',
  'derive/action-from-state-enum':
    'Ajoute un endpoint d’action pour chaque changement d’état que permettent un enum d’états indiqué et son cycle de vie.',
  'derive/add-created-at': 'Ajoute un horodatage created_at à chaque entité indiquée qui n’en a pas.',
  'derive/add-primary-key': 'Ajoute une clé primaire UUID à une entité indiquée qui ne nomme aucune clé.',
  'derive/add-updated-at':
    'Ajoute un horodatage updated_at à chaque entité modifiable indiquée qui n’en a pas.',
  'derive/alert-from-availability-nfr':
    'Transforme un objectif de disponibilité indiqué en alerte sur le budget d’erreur.',
  'derive/alert-from-latency-nfr': 'Transforme un objectif de latence indiqué en alerte sur la latence p95.',
  'derive/append-only-record':
    'Marque une entité en ajout seul (sans updated_at ni modification) car les documents la décrivent comme un journal ou un historique.',
  'derive/auth-default-jwt':
    'Propose une authentification bearer par JWT là où les documents exigent une connexion sans nommer de mécanisme.',
  'derive/auth-endpoints':
    'Ajoute les endpoints de connexion dont le mécanisme d’authentification indiqué a besoin.',
  'derive/auth-passwordless-sign-in':
    'Connecte sans mot de passe parce que les documents indiquent un lien ou un code à usage unique par e-mail : une route l’envoie (202 que le compte existe ou non), une autre l’échange une seule fois contre la session.',
  'derive/auth-login':
    'Ajoute un endpoint de connexion car les documents indiquent que les utilisateurs se connectent.',
  'derive/auth-logout':
    'Ajoute un endpoint de déconnexion qui termine la session ou révoque le jeton de rafraîchissement du mécanisme indiqué.',
  'derive/auth-me':
    'Ajoute un endpoint de l’utilisateur courant car les utilisateurs connectés lisent leur propre profil.',
  'derive/auth-none-no-protected-endpoint':
    'Constate qu’aucune authentification n’est nécessaire car aucune opération indiquée n’est protégée.',
  'derive/auth-oauth-per-provider':
    'Ajoute un endpoint de début et un de retour OAuth pour chaque fournisseur d’identité indiqué.',
  'derive/auth-password-reset-from-requirement':
    'Ajoute les endpoints de réinitialisation du mot de passe que demande une exigence indiquée.',
  'derive/auth-refresh-when-stated':
    'Ajoute un endpoint de rafraîchissement car les documents indiquent des jetons de rafraîchissement.',
  'derive/auth-register-from-requirement':
    'Ajoute un endpoint d’inscription que demande une exigence ou une story indiquée.',
  'derive/auth-strategy-of-provider':
    'Reprend les réglages de jeton et de session du fournisseur ou de la bibliothèque d’authentification indiqués.',
  'derive/auth-verify-email':
    'Ajoute un endpoint de vérification d’e-mail car les documents indiquent une vérification d’e-mail.',
  'derive/authentication-service':
    'Ajoute un service d’authentification chargé de la connexion, des jetons et des mots de passe indiqués.',
  'derive/auth-issuer-after-group':
    'Donne à un groupe de rôles les jetons propres de l’API lorsqu’une phrase juste après la connexion du groupe dit que l’API émet ses propres jetons.',
  'derive/auth-issuer-own-sign-in':
    'Fait émettre par l’API les jetons d’un groupe qui se connecte par un lien ou un code à usage unique envoyé par e-mail et ne nomme aucun fournisseur d’identité.',
  'derive/password-hash-of-library':
    'Reprend le hachage des mots de passe que la bibliothèque d’authentification indiquée fait elle-même (Devise : bcrypt, coût 12) au lieu d’en proposer un autre.',
  'derive/auth-staff-group-other-roles':
    'Attribue à un groupe de personnel indiqué (« Staff: jetons d’accès Auth0 ») tous les rôles qu’aucun autre groupe des phrases d’authentification ne nomme.',
  'derive/authz-admin-all': 'Accorde à un rôle d’administration indiqué toutes les opérations de son tenant.',
  'derive/authz-deny-by-default':
    'Refuse toute opération que les rôles et les stories indiqués n’accordent pas (OWASP A01).',
  'derive/authz-own-by-story':
    'Limite un appelant indiqué à ses propres enregistrements quand une user story indiquée fait agir l’acteur sur un enregistrement à lui.',
  'derive/authz-from-story':
    'Accorde une opération à un rôle car une user story indiquée lui donne cette action.',
  'derive/authz-owner-column':
    'Lit la propriété d’un enregistrement dans une colonne indiquée qui désigne l’utilisateur qui agit.',
  'derive/authz-owner-only':
    'Limite une opération au propriétaire de l’enregistrement, selon la colonne de propriété indiquée.',
  'derive/authz-owner-via-parent':
    'Lit la propriété d’un enregistrement enfant par le propriétaire de son parent indiqué.',
  'derive/authz-public-endpoint':
    'Laisse une opération ouverte aux appels anonymes car les documents indiquent qu’elle est publique.',
  'derive/authz-read-referenced':
    'Permet à un rôle de lire les enregistrements référencés par ceux qu’il peut gérer.',
  'derive/authz-self-profile':
    'Permet à chaque utilisateur connecté de lire et de modifier son propre profil.',
  'derive/authz-role-column':
    'Lit une clé étrangère vers l’entité utilisateur nommée d’après un rôle comme les enregistrements propres de ce rôle.',
  'derive/authz-user-reference':
    'Note une clé étrangère vers l’entité utilisateur qui dit qui a agi : un vrai chemin vers l’utilisateur qui, à lui seul, ne limite personne.',
  'derive/authz-stated-scope':
    'Garde un rôle dans le périmètre qu’une phrase indique (« ne voit que … »), en suivant les clés étrangères de ce qu’elle nomme jusqu’à l’utilisateur.',
  'derive/creator-from-caller':
    'Prend du jeton de l’appelant, jamais du corps, la clé étrangère vers l’entité utilisateur qui note qui a créé l’enregistrement.',
  'derive/parent-from-path':
    'Prend du chemin, jamais du corps, la clé étrangère vers le parent d’un enregistrement créé sous le chemin de son parent.',
  'derive/authz-self-record':
    'Limite un rôle à son propre enregistrement d’une entité liée un à un à l’utilisateur.',
  'derive/authz-subject-record':
    'Prend l’enregistrement qui porte le sujet du fournisseur d’identité et nomme un rôle comme l’enregistrement propre de ce rôle (l’API y rattache le jeton).',
  'derive/authz-self-service':
    'Permet à un utilisateur d’effectuer sur ses propres données les opérations qu’une story indiquée lui donne.',
  'derive/authz-single-role-all': 'Accorde toutes les opérations au seul rôle indiqué, faute d’autre rôle.',
  'derive/authz-state-action-by-story-actor':
    'Accorde une action de changement d’état au rôle dont la story indiquée l’effectue.',
  'derive/authz-webhook-machine-only':
    'N’ouvre un endpoint de webhook qu’aux appels signés de son fournisseur indiqué.',
  'derive/authz-writer-reads': 'Permet à un rôle qui peut écrire une ressource de la lire aussi.',
  'derive/base-path-as-stated': 'Utilise le chemin de base de l’API indiqué par les documents.',
  'derive/bcrypt-min-cost-12': 'Fixe un coût bcrypt d’au moins 12 car les documents choisissent bcrypt.',
  'derive/browser-client':
    'Applique les protections d’un client navigateur (CORS, cookies, CSRF) car un front end web indiqué appelle l’API.',
  'derive/cache-aggregate-endpoint':
    'Met en cache un endpoint agrégé (tableau de bord ou rapport) que les documents disent souvent lu.',
  'derive/cache-current-user':
    'Met en cache le profil de l’utilisateur connecté, lu à chaque chargement de page.',
  'derive/cache-external-response':
    'Met en cache les réponses d’un service externe indiqué lues de façon répétée.',
  'derive/cache-stated-external':
    'Met en cache les réponses d’un service externe choisi parce qu’un énoncé demande la mise en cache des réponses des intégrations.',
  'derive/cache-metrics':
    'Ajoute des métriques de succès et d’échecs du cache car la spécification a un cache.',
  'derive/cache-reference-entity':
    'Met en cache les données de référence que le modèle indiqué change rarement.',
  'derive/cache-ttl-aggregate':
    'Propose la durée de vie des agrégats en cache là où les documents n’en indiquent pas.',
  'derive/cache-ttl-external':
    'Propose la durée de vie des réponses externes en cache là où les documents n’en indiquent pas.',
  'derive/cache-ttl-profile':
    'Propose la durée de vie du profil utilisateur en cache là où les documents n’en indiquent pas.',
  'derive/cache-ttl-stated-entry':
    'Propose la durée de vie d’une entrée de cache que les documents indiquent sans elle.',
  'derive/cache-ttl-reference':
    'Propose la durée de vie des données de référence en cache là où les documents n’en indiquent pas.',
  'derive/client-side-integration-no-retry':
    'Ne donne aucune nouvelle tentative côté serveur à une intégration que, selon les documents, le client appelle directement.',
  'derive/coverage-80':
    'Propose un plancher de 80 % de couverture de lignes là où les documents n’indiquent pas d’objectif.',
  'derive/crud-for-aggregate-root':
    'Ajoute la création, la lecture, la mise à jour et la liste d’une entité principale indiquée qu’utilisent les besoins indiqués.',
  'derive/crud-for-owned-child':
    'Ajoute les opérations d’une entité qui appartient à un parent indiqué, imbriquées sous le chemin du parent.',
  'derive/db-pool-metric':
    'Ajoute des métriques du pool de base de données car la spécification utilise une base relationnelle.',
  'derive/deactivate-not-delete':
    'Remplace la suppression par la désactivation pour les enregistrements que d’autres enregistrements indiqués référencent encore.',
  'derive/default-database-postgresql':
    'Propose PostgreSQL là où les documents indiquent un modèle de données sans base de données.',
  'derive/default-error-rate-alert':
    'Propose une alerte sur le taux d’erreurs 5xx là où les documents n’indiquent aucune alerte.',
  'derive/default-role-admin':
    'Propose un rôle d’administration là où les documents indiquent une administration sans nommer de rôle.',
  'derive/default-role-user':
    'Propose un rôle utilisateur là où les documents indiquent une connexion sans nommer de rôle.',
  'derive/e2e-per-top-priority-story':
    'Ajoute un test de bout en bout pour chaque story indiquée de priorité maximale.',
  'derive/e2e-per-ux-flow': 'Ajoute un test de bout en bout pour chaque parcours UX indiqué.',
  'derive/env-database-url':
    'Ajoute la variable DATABASE_URL car la spécification utilise une base de données.',
  'derive/env-log-level': 'Ajoute la variable LOG_LEVEL pour les journaux structurés.',
  'derive/env-redis-url': 'Ajoute la variable REDIS_URL car la pile indiquée utilise Redis.',
  'derive/env-referenced':
    'Ajoute chaque variable d’environnement dont les documents ou les intégrations indiquées ont besoin.',
  'derive/error-400-validation':
    'Ajoute l’erreur 400 de validation que peut renvoyer toute opération avec des données en entrée.',
  'derive/error-401-invalid-credentials': 'Ajoute l’erreur 401 d’une connexion échouée.',
  'derive/error-401-token-expired':
    'Ajoute l’erreur 401 d’un jeton expiré de l’authentification par jeton indiquée.',
  'derive/error-401-unauthenticated':
    'Ajoute l’erreur 401 des appels sans identifiants valides aux opérations protégées.',
  'derive/error-403-forbidden':
    'Ajoute l’erreur 403 pour les appelants que la matrice des permissions refuse.',
  'derive/error-404-not-found': 'Ajoute l’erreur 404 des opérations sur un enregistrement.',
  'derive/error-409-conflict':
    'Ajoute l’erreur 409 des changements d’état que le cycle de vie indiqué ne permet pas.',
  'derive/error-409-unique': 'Ajoute l’erreur 409 d’une valeur unique indiquée déjà prise.',
  'derive/error-422-business-rule':
    'Ajoute l’erreur 422 d’une règle métier indiquée qu’une requête enfreint.',
  'derive/error-429-rate-limited': 'Ajoute l’erreur 429 des limites de débit.',
  'derive/error-500-internal': 'Ajoute l’erreur 500 que peut renvoyer toute opération.',
  'derive/error-503-unavailable': 'Ajoute l’erreur 503 d’une dépendance indiquée indisponible.',
  'derive/errors-rfc9457-problem-details':
    'Propose les problem details de la RFC 9457 comme format d’erreur là où les documents n’en indiquent pas.',
  'derive/extension-citext':
    'Ajoute l’extension citext pour les textes uniques indiqués insensibles à la casse, comme les adresses e-mail.',
  'derive/extension-pg-trgm':
    'Ajoute l’extension pg_trgm pour la recherche textuelle que demande une exigence indiquée.',
  'derive/foreign-key-by-name':
    'Lit un champ indiqué portant le nom d’une entité (`patient_id`) comme une clé étrangère vers elle.',
  'derive/foreign-key-from-relationship':
    'Ajoute la colonne de clé étrangère dont une relation indiquée a besoin.',
  'derive/foreign-key-type-follows-key':
    'Donne à une clé étrangère le type de la clé indiquée qu’elle référence.',
  'derive/format-from-field-name': 'Lit un format (e-mail, URL, téléphone) dans le nom d’un champ indiqué.',
  'derive/health-liveness': 'Ajoute un endpoint de vivacité pour l’orchestrateur.',
  'derive/health-readiness-real-dependencies':
    'Ajoute un endpoint de disponibilité qui vérifie la base de données et les services indiqués.',
  'derive/hide-internal-records':
    'Garde les enregistrements internes (jetons, journaux, outbox) hors de l’API publique.',
  'derive/id-is-primary-key': 'Fait d’un champ `id` indiqué la clé primaire.',
  'derive/in-process-cache-when-no-store':
    'Propose un cache en mémoire du processus là où un cache est utile mais les documents n’indiquent aucun stockage de cache.',
  'derive/index-every-foreign-key': 'Indexe chaque clé étrangère du modèle indiqué.',
  'derive/index-lookup-field':
    'Indexe un champ indiqué par lequel une requête indiquée recherche des enregistrements.',
  'derive/index-tenant-created-at':
    'Indexe le tenant et la date de création pour les listes d’une entité multi-tenant indiquée.',
  'derive/index-tenant-status':
    'Indexe le tenant et le statut pour les filtres par statut d’une entité multi-tenant indiquée.',
  'derive/index-unique-field': 'Ajoute un index unique pour un champ que les documents disent unique.',
  'derive/integration-retry-catalogue':
    'Reprend du catalogue des fournisseurs la politique de nouvelles tentatives d’une intégration indiquée.',
  'derive/integration-retry-unknown-provider':
    'Propose une politique de nouvelles tentatives générique pour une intégration indiquée inconnue du catalogue.',
  'derive/integration-tests-real-database':
    'Exécute les tests d’intégration sur une instance réelle de la base de données indiquée.',
  'derive/integrations-in-use': 'Liste les intégrations que les documents disent utilisées.',
  'derive/job-expired-token-cleanup':
    'Ajoute une tâche qui supprime les jetons expirés de l’authentification par jeton indiquée.',
  'derive/job-for-document-generation':
    'Ajoute une tâche pour la génération de documents que décrit une exigence indiquée.',
  'derive/job-for-outgoing-message':
    'Ajoute une tâche d’envoi pour chaque fournisseur d’e-mail ou de messages indiqué.',
  'derive/job-for-reminder': 'Ajoute une tâche de rappel pour les rappels que décrit une exigence indiquée.',
  'derive/job-for-period-end':
    'Ajoute une tâche qui anonymise ou archive les données dont la durée indiquée est écoulée (« anonymisées après 24 mois »).',
  'derive/job-for-retention': 'Ajoute une tâche de purge pour une durée de conservation indiquée.',
  'derive/job-for-schedule':
    'Ajoute une tâche pour une planification indiquée (« chaque nuit », « toutes les heures »).',
  'derive/job-for-timed-rule':
    'Ajoute une tâche qui effectue la transition qu’une règle temporelle indiquée du système décrit, une fois son délai passé.',
  'derive/error-status-from-criterion':
    'Donne un statut HTTP à un code d’erreur que les documents nomment sans statut : 409 quand sa phrase dit que l’état de l’enregistrement interdit l’action, 429 quand un nombre est dépassé, sinon 422.',
  'derive/job-time-proposed':
    'Propose une heure (03:00 ; le lundi pour une période hebdomadaire, le 1er pour une période mensuelle) pour une tâche dont les documents indiquent la période sans heure (« quotidien », « toutes les 24 heures », « mensuel »).',
  'derive/job-schedule-proposed':
    'Propose une planification de balayage pour une tâche dont les documents indiquent le travail sans planification.',
  'derive/job-for-webhook': 'Ajoute une tâche qui traite les webhooks d’un fournisseur indiqué.',
  'derive/job-metrics':
    'Ajoute des métriques de durée et d’échec des tâches car la spécification a des tâches de fond.',
  'derive/job-retry':
    'Propose une politique de nouvelles tentatives pour une tâche indiquée là où les documents n’en indiquent pas.',
  'derive/job-runner-default':
    'Propose un exécuteur de tâches là où les documents indiquent des tâches sans exécuteur.',
  'derive/job-runner-partly-stated':
    'Complète un exécuteur de tâches que les documents ne nomment qu’en partie.',
  'derive/job-runner-stated': 'Utilise l’exécuteur de tâches indiqué par les documents.',
  'derive/join-table':
    'Traite comme table de jointure une table indiquée qui ne fait que relier deux entités.',
  'derive/join-table-as-sub-resource':
    'Expose une table de jointure comme sous-ressource d’un côté de sa relation.',
  'derive/join-table-composite-key':
    'Donne à une table de jointure la clé composite de ses deux clés étrangères.',
  'derive/join-table-for-many-to-many':
    'Ajoute une table de jointure pour une relation plusieurs-à-plusieurs indiquée.',
  'derive/json-structured-logs': 'Propose des journaux structurés en JSON avec identifiant de requête.',
  'derive/jwt-claims-minimal':
    'Limite les claims du JWT au sujet, aux rôles et au tenant dont le modèle indiqué a besoin.',
  'derive/load-test-from-nfr': 'Ajoute un test de charge pour chaque objectif de performance indiqué.',
  'derive/lockout-5-attempts-15m':
    'Propose un verrouillage de 15 minutes après 5 connexions échouées là où les documents n’en indiquent pas.',
  'derive/log-server-errors': 'Journalise chaque erreur serveur avec son identifiant de requête.',
  'derive/anonymous-caller':
    "Traite un rôle que les documents décrivent comme non connecté comme l'appelant anonyme : routes publiques seulement, aucun rôle de jeton.",
  'derive/machine-principal':
    'Ajoute un appelant machine pour les webhooks et les appels de services indiqués.',
  'derive/many-to-many-from-join-table':
    'Lit une relation plusieurs-à-plusieurs dans une table de jointure indiquée.',
  'derive/migrations-versioned-sql':
    'Propose des migrations SQL versionnées là où les documents n’indiquent aucun outil de migration.',
  'derive/mongodb-collections':
    'Associe les entités indiquées à des collections MongoDB car les documents choisissent MongoDB.',
  'derive/mongodb-object-id':
    'Donne aux documents MongoDB une clé ObjectId car les documents choisissent MongoDB.',
  'derive/monitoring-sdk-retry':
    'Laisse les nouvelles tentatives d’un service de supervision indiqué à son SDK.',
  'derive/n-plus-one-per-relationship':
    'Nomme le risque N+1 de chaque relation indiquée que lisent les listes.',
  'derive/name-enum-type':
    'Nomme le type enum de la base de données d’un champ de statut ou de type indiqué.',
  'derive/nest-owned-child': 'Imbrique le chemin d’un enfant indiqué sous celui de son parent.',
  'derive/no-auth-stated': 'Constate que les documents n’indiquent aucune authentification.',
  'derive/no-change-to-append-only':
    'Omet la mise à jour et la suppression d’un enregistrement indiqué en ajout seul.',
  'derive/no-change-to-money-records':
    'Omet la mise à jour et la suppression des enregistrements monétaires (paiements, factures) : on les contre-passe, on ne les modifie pas.',
  'derive/no-database':
    'Constate que les documents n’indiquent aucune base de données : le système ne conserve pas de données propres.',
  'derive/no-delete-without-requirement':
    'Omet une opération de suppression qu’aucune exigence ni story indiquée ne demande.',
  'derive/no-write-without-caller':
    'Omet une création ou modification conçue refusée à tous les rôles quand chaque exigence qui la nommait est servie par une autre opération du même type qu’un rôle appelle (`POST /berths` à côté de `POST /reservations` du visiteur pour FR-2).',
  'derive/no-delete-without-caller':
    'Omet une suppression conçue refusée à tous les rôles : aucun récit, droit ou accès indiqué ne nomme d’appelant.',
  'derive/no-list-without-requirement':
    'Omet une opération de liste qu’aucune exigence ni story indiquée ne demande.',
  'derive/no-write-without-requirement':
    'Omet une opération d’écriture qu’aucune exigence ni story indiquée ne demande.',
  'derive/no-writes-on-read-only-data':
    'Omet les écritures sur des données que les documents disent en lecture seule ou importées.',
  'derive/no-writes-on-system-data':
    'Omet les écritures des clients sur des enregistrements que seul le système crée.',
  'derive/not-null-key': 'Rend NOT NULL une colonne de clé.',
  'derive/notification-channel-per-provider':
    'Ajoute un canal de notification pour chaque fournisseur de messages indiqué.',
  'derive/notification-service':
    'Ajoute un service de notifications car les documents indiquent des notifications.',
  'derive/pattern-check':
    "Écrit le motif de format qu'une notation de code indique pour un champ (Mongoose match, zod .regex, Rails format, Pydantic pattern) en CHECK PostgreSQL (col ~ '…'), pour que la base impose ce que l'API valide.",
  'derive/nullable-when-unstated':
    'Rend facultatif un champ indiqué là où les documents ne le disent pas obligatoire.',
  'derive/on-delete-cascade-join-table':
    'Supprime les lignes de la table de jointure avec l’un ou l’autre côté.',
  'derive/on-delete-cascade-owned-child': 'Supprime un enfant avec son parent indiqué.',
  'derive/on-delete-restrict-shared':
    'Refuse de supprimer un enregistrement qu’une clé étrangère obligatoire du modèle indiqué référence encore.',
  'derive/on-delete-set-null-optional':
    'Vide une clé étrangère facultative quand l’enregistrement référencé est supprimé.',
  'derive/create-from-verb-noun':
    'Lit un verbe qu’aucun lexique ne connaît et dont le radical nomme une entité du modèle (« voter » → Vote) comme la création de cette entité.',
  'derive/operation-from-story': 'Ajoute l’opération dont une user story indiquée a besoin.',
  'derive/owasp-a01-from-matrix':
    'Énonce la pratique de contrôle d’accès d’OWASP A01 à partir de la matrice des permissions.',
  'derive/owasp-a02':
    'Énonce la pratique cryptographique d’OWASP A02 pour les secrets et les données personnelles indiqués.',
  'derive/owasp-a04-validation':
    'Énonce la pratique de validation des entrées d’OWASP A04 à partir des règles de validation.',
  'derive/owasp-a08-webhooks':
    'Exige la vérification de signature des webhooks des fournisseurs indiqués (OWASP A08).',
  'derive/owasp-a10-allowlist': 'Limite les appels sortants aux intégrations indiquées (OWASP A10).',
  'derive/pagination-20-100':
    'Propose des pages de 20 éléments, 100 au plus, là où les documents n’indiquent pas de taille de page.',
  'derive/password-hash-argon2id':
    'Propose Argon2id pour les mots de passe là où les documents indiquent des mots de passe sans algorithme de hachage.',
  'derive/password-max-length-128':
    'Limite les mots de passe à 128 caractères pour borner le coût du hachage.',
  'derive/password-min-length-8':
    'Propose une longueur minimale de mot de passe de 8 là où les documents n’en indiquent pas.',
  'derive/payment-service':
    'Ajoute un service de paiement car les documents indiquent un fournisseur de paiement.',
  'derive/pool-from-concurrency':
    'Dimensionne le pool de base de données d’après l’objectif de concurrence indiqué.',
  'derive/rate-limit-per-class':
    'Propose des limites de débit par classe d’opération là où les documents n’en indiquent pas.',
  'derive/read-only-log': 'N’expose un journal ou un historique indiqué qu’en lecture.',
  'derive/read-only-reference-data':
    'N’expose les données de référence indiquées qu’en lecture, sauf aux administrateurs.',
  'derive/red-metrics': 'Ajoute des métriques de débit, d’erreurs et de durée pour chaque endpoint.',
  'derive/refresh-rotation-reuse-detection':
    'Fait tourner les jetons de rafraîchissement et révoque la famille en cas de réutilisation, car les documents indiquent des jetons de rafraîchissement.',
  'derive/refresh-token-capped-by-session':
    'Plafonne la durée du jeton de rafraîchissement à la durée de session indiquée.',
  'derive/refresh-token-default-7d':
    'Propose une durée de 7 jours pour le jeton de rafraîchissement là où les documents n’en indiquent pas.',
  'derive/relationship-from-foreign-key': 'Lit une relation dans une clé étrangère indiquée.',
  'derive/resource-from-story-noun':
    'Ajoute une ressource pour une entité sur laquelle agissent des stories indiquées.',
  'derive/resource-per-aggregate-root': 'Ajoute une ressource pour chaque entité principale indiquée.',
  'derive/sanitise-decimal-as-string':
    'Renvoie les montants et les décimaux sous forme de chaînes pour ne perdre aucune précision.',
  'derive/sanitise-explicit-null': 'Renvoie les valeurs facultatives absentes comme null explicite.',
  'derive/sanitise-no-html': 'Renvoie le texte comme donnée, jamais comme HTML.',
  'derive/sanitise-personal-data':
    'Garde les données personnelles indiquées hors des journaux et des réponses aux autres utilisateurs.',
  'derive/sanitise-rfc3339-utc': 'Renvoie les horodatages au format RFC 3339 en UTC.',
  'derive/sanitise-secrets-never-returned':
    'Ne renvoie jamais les secrets indiqués comme les empreintes de mot de passe ou les jetons.',
  'derive/search-from-requirement':
    'Ajoute un paramètre ou une opération de recherche que demande une exigence indiquée.',
  'derive/security-tests-per-owasp-item':
    'Ajoute un test de sécurité pour chaque pratique OWASP de la section 13.',
  'derive/sensitive-field':
    'Marque un champ indiqué comme sensible d’après son nom (mot de passe, jeton, secret).',
  'derive/sensitive-personal':
    'Marque un champ indiqué comme donnée personnelle d’après son nom (e-mail, téléphone, date de naissance).',
  'derive/sensitive-secret':
    'Marque un champ indiqué comme secret d’après son nom (empreinte de mot de passe, jeton, clé d’API).',
  'derive/owner-from-caller':
    'Garde hors du corps de création la référence à l’enregistrement de l’appelant lorsque seul ce rôle crée l’enregistrement : le serveur la tire du jeton.',
  'derive/state-time-server-set':
    'Garde hors des corps de requête la date et l’heure nommées d’après un statut que l’enregistrement atteint après sa création : le serveur l’enregistre, ou la fixe comme échéance.',
  'derive/queue-position-server-set':
    'Garde hors des corps de requête le nombre nommé d’après un statut et une place dans sa file (`waitlistPos` à côté de `waitlisted`) : le serveur numérote la file quand les enregistrements y entrent et en sortent.',
  'derive/state-flag-from-action':
    'Écarte des corps de création et de modification un booléen nommé d’après un état dont le verbe est accompli par une action indiquée de l’enregistrement, ou de celui auquel il appartient : cette action le fixe.',
  'derive/action-time-from-action':
    'Écarte des corps de création et de modification une date-heure nommée d’après le verbe d’une action indiquée de l’enregistrement (`picked_up_at` à côté de `POST …/{id}/pickup`) : cette action l’enregistre.',
  'derive/action-reading-from-action':
    'Écarte des corps de création et de modification un nombre nommé d’après le verbe d’une action indiquée de l’enregistrement (`return_battery_level` à côté de `POST …/{id}/return`) : cette action enregistre la mesure.',
  'derive/status-from-actions':
    "Écarte des corps de création et de modification une colonne d’état à valeur par défaut indiquée d’un enregistrement que des actions indiquées font évoluer (`status DEFAULT 'open'` à côté de `POST …/{id}/close`) : l’enregistrement est créé dans cette valeur et seules les actions la changent.",
  'derive/role-column-from-caller':
    'Écarte des corps de création et de modification la référence à un utilisateur nommée d’après le seul rôle qui crée l’enregistrement (`mechanic_id` quand seul un mécanicien signale une panne) : le serveur prend l’appelant dans le jeton.',
  'derive/total-from-rate':
    'Écarte des corps de création et de modification le seul total d’un enregistrement quand un autre enregistrement du modèle porte un tarif (`total_cents` à côté de `prices.daily_rate_cents`) : le serveur le calcule à partir du tarif.',
  'derive/role-column-from-action':
    'Écarte du corps de création une référence facultative à l’utilisateur nommée d’après un rôle qui effectue une action déclarée sur l’enregistrement sans le créer (`courier_id` à côté de `POST /orders/{id}/pickup` pour un coursier) : une action la fixe après la création (celle du rôle ou une affectation), jamais le créateur.',
  'derive/distance-from-places':
    'Écarte des corps de requête un nombre nommé d’après une distance sur un enregistrement qui renvoie à deux enregistrements ayant des coordonnées (`distance_km` à côté de l’adresse et de l’agence) : le serveur la mesure.',
  'derive/code-of-owned-record':
    'Écarte des corps de requête un code ou numéro unique d’un enregistrement qui appartient à son appelant (`orders.code`) : un appelant ne connaît pas les codes des autres, le serveur l’attribue donc.',
  'derive/status-from-webhook':
    'Écarte des corps de requête le statut d’un enregistrement sous la collection duquel se trouve une route de webhook déclarée (`POST /fizetesek/simplepay/ipn` à côté de `fizetesek.statusz`) : la notification du fournisseur le change.',
  'derive/subject-from-token':
    "Exclut des corps de requête l'identifiant d'une personne chez le fournisseur d'identité (`kakao_sub`, `bankid_subject`, `keycloak_id`) : le serveur le prend du `sub` du jeton vérifié.",
  'derive/sign-in-state':
    "Exclut des corps de requête l'état de connexion d'un compte (`failed_logins`, `locked_until`, `email_verified`, la dernière connexion) : la connexion et la vérification l'écrivent.",
  'derive/last-event-time':
    "Exclut des corps de requête la date et l'heure du dernier événement d'un type (`last_order_at`) : le serveur l'enregistre quand les événements ont lieu.",
  'derive/stored-file-size':
    'Exclut des corps de requête une taille en octets (`pdf_size_bytes`) : le serveur mesure le fichier stocké.',
  'derive/actor-from-caller':
    "Exclut des corps de requête l'auteur d'une action (`recorded_by`, `adjusted_by`, `registrado_por`) : le serveur prend l'appelant du jeton.",
  'derive/tenant-from-token':
    "Exclut le `tenant_id` d'un enregistrement des corps de requête : le serveur prend le locataire de l'appelant du jeton.",
  'derive/anonymised-time':
    "Exclut des corps de requête le moment où un enregistrement a été anonymisé (`anonymised_at`) : l'effacement le fixe.",
  'derive/record-time':
    "Exclut des corps de requête la date et l'heure d'enregistrement d'un enregistrement (`recorded_at`, `registrado_en`) : le serveur prend le moment où il l'enregistre.",
  'derive/hold-expiry':
    "Exclut des corps de requête la fin d'une réservation provisoire (`held_until`, `hold_expires_at`) : le serveur lui donne sa durée.",
  'derive/action-note-from-action':
    'Écarte des corps de création et de modification un texte dont le nom commence par le verbe d’une action dont l’enregistrement garde l’heure (`void_reason` à côté de `voided_at` et `POST …/{id}/void`) : l’action l’enregistre, et une action d’état conçue d’après une story ou une table de routes le reçoit dans son corps.',
  'derive/server-rendered-surface':
    'Fait servir par les écrans d’une interface sans API JSON selon les documents (un back-office rendu côté serveur) une opération que seuls les rôles de cette interface peuvent appeler : elle reste une méthode de service, hors du document OpenAPI.',
  'derive/provider-reference-server-set':
    'Garde hors des corps de requête la référence d’un fournisseur (un champ nommé d’après une intégration utilisée et un mot d’identifiant, `stripe_payment_intent_id`) : le fournisseur la renvoie quand le serveur l’appelle.',
  'derive/start-payment-from-provider':
    'Ajoute l’opération par laquelle le payeur démarre un paiement chez le prestataire de paiement indiqué (`POST /invoices/{id}/payment`, qui répond par l’URL de paiement) pour un récit qui paie un enregistrement : le webhook du prestataire enregistre le résultat, il n’est jamais l’opération du payeur.',
  'derive/total-of-line-items':
    'Garde hors des corps de requête le total d’un enregistrement dont les lignes indiquent quantité et prix unitaire : le serveur en calcule la somme.',
  'derive/server-owned-fields':
    'Garde hors des corps de requête les champs que fixe le serveur (identifiants, horodatages, propriétaire).',
  'derive/service-method-per-endpoint': 'Ajoute une méthode de service pour chaque endpoint.',
  'derive/service-per-aggregate':
    'Ajoute un service pour chaque groupe d’entités indiquées que possède un agrégat.',
  'derive/soft-delete-stated':
    'Ajoute une colonne deleted_at car les documents indiquent une suppression logique.',
  'derive/status-change-from-story':
    'Change le statut d’un enregistrement par sa propre action quand un récit change le statut.',
  'derive/system-default':
    'Donne à une colonne de clé ou d’horodatage sa valeur par défaut en base (gen_random_uuid(), now()).',
  'derive/tenant-column': 'Ajoute la colonne de tenant aux entités d’un modèle multi-tenant indiqué.',
  'derive/tenant-scope': 'Limite chaque requête au tenant de l’appelant dans un modèle multi-tenant indiqué.',
  'derive/token-cookie-httponly-secure-samesite':
    'Place les jetons dans des cookies HttpOnly, Secure et SameSite car un client navigateur indiqué se connecte.',
  'derive/transaction-cascading-soft-delete':
    'Supprime logiquement un enregistrement et ses enfants en une seule transaction.',
  'derive/constraint-error-on-entity-writes':
    'Lève l’erreur d’une règle indiquée de contrainte de base de données (une valeur unique, sans chevauchement) à chaque création et mise à jour de l’entité qu’elle contraint, quand aucune exigence ne lie la règle à une opération.',
  'derive/domain-error-from-rule':
    'Nomme l’erreur de domaine levée par une règle indiquée d’après l’entité contrainte et le type de règle (`APPOINTMENT_OUTSIDE_WINDOW`) quand la phrase de la règle ne nomme aucun code.',
  'derive/rule-enforced-by-job':
    'Nomme la tâche de fond qui applique une règle que la conception applique par une tâche : la tâche conçue à partir de la ligne de la règle, sinon la seule tâche indiquée dont la ligne cite la règle ou son exigence, sinon la seule tâche indiquée qui fait l’acte de la règle (purger, anonymiser, archiver, rappeler), sinon la seule tâche indiquée planifiée à la date de l’année que la règle indique. Une règle qui ne nomme aucune entité contraint la seule entité que nomme le nom de la tâche indiquée (`IssueInvoices` : Invoice).',
  'derive/transaction-no-overlap-constraint':
    'Exécute en une seule transaction une écriture contrainte par une règle indiquée de non-chevauchement ou de non-double réservation ; la contrainte d’unicité ou d’exclusion de la règle l’annule quand un autre rédacteur a pris le créneau.',
  'derive/transaction-with-audit-entry':
    'Écrit en une seule transaction la modification qu’une règle d’audit contraint et son entrée d’audit, afin que l’une ne soit jamais validée sans l’autre.',
  'derive/transaction-record-updates-referenced-state':
    'Crée un enregistrement et change l’état de l’enregistrement qu’il référence en une seule transaction.',
  'derive/transaction-register-tenant-and-user':
    'Crée un tenant et son premier utilisateur en une seule transaction.',
  'derive/transaction-state-change-with-history':
    'Change un état et écrit son enregistrement d’historique indiqué en une seule transaction.',
  'derive/unit-tests-per-service': 'Ajoute des tests unitaires pour chaque service et ses règles métier.',
  'derive/validate-by-type': 'Valide chaque champ indiqué d’après son type.',
  'derive/validate-format-by-name':
    'Valide le format d’un champ indiqué d’après son nom (e-mail, URL, téléphone).',
  'derive/validate-required': 'Exige dans les requêtes de création les champs indiqués non nuls.',
  'derive/versioned-base-path':
    'Propose un chemin de base versionné (/api/v1) là où les documents n’en indiquent pas.',
  'extract/join-table-many-to-many':
    'Lit comme relation plusieurs-à-plusieurs une table indiquée avec deux clés étrangères et rien d’autre.',
  'derive/api-key-client':
    'Ajoute un schéma de sécurité par clé d’API pour un client machine indiqué dans les documents, sur les opérations qu’il appelle.',
  'derive/api-key-header-default':
    'Propose l’en-tête X-API-Key là où les documents indiquent une clé d’API sans nom d’en-tête.',
  'derive/guessable-stated-ids':
    'Signale comme devinables (OWASP API1) les clés entières séquentielles indiquées utilisées comme id dans les chemins, avec la parade qu’applique la conception.',
  'derive/secret-in-stated-path':
    'Signale un secret que les documents placent dans un chemin (OWASP API2), avec la façon dont la conception le protège.',
  'derive/authz-stated-matrix':
    'Refuse à un rôle une opération sur une ressource que la matrice de permissions rôle × ressource indiquée ne lui accorde pas.',
  'derive/authz-stated-route-access':
    'Refuse à un rôle une route indiquée dont la table des routes nomme d’autres appelants dans sa colonne d’accès.',
};

export const ruleOrigins = {
  heading: 'Annexe C. Origine des règles',
  intro:
    'Les éléments que les documents n’indiquent pas ligne par ligne citent sous la forme [R1], [R2], … la règle nommée qui les a dérivés ; chaque règle figure ici une fois, avec les faits qu’elle lit et le nombre d’éléments de cette spécification qu’elle a produits.',
  columns: {
    label: 'Repère',
    rule: 'Règle',
    derives: 'Ce qu’elle dérive, et à partir de quoi',
    items: 'Éléments',
  },
  uncatalogued: 'Une règle nommée de backend-spec encore sans description.',
  sentences,
};
