import type { DerivedPhrase } from '../en/derived.js';

/** French wording of the clauses derive rules write (see en/derived.ts). */
export const derived: Record<DerivedPhrase, string> = {
  'The request is malformed or fails validation.': 'La requête est mal formée ou échoue à la validation.',
  'Missing or invalid credentials.': 'Identifiants absents ou invalides.',
  'The caller may not perform this operation on this resource.':
    'L’appelant n’a pas le droit d’effectuer cette opération sur cette ressource.',
  'The resource does not exist or is not visible to the caller.':
    'La ressource n’existe pas ou n’est pas visible pour l’appelant.',
  'A unique value is already taken, or the resource state does not allow this.':
    'Une valeur unique est déjà prise, ou l’état de la ressource ne le permet pas.',
  'A request with this {} is still being processed.':
    'Une requête avec cette {0} est encore en cours de traitement.',
  'A referenced record does not exist.': 'Un enregistrement référencé n’existe pas.',
  'The {} was used with a different payload.': 'La {0} a été utilisée avec un contenu différent.',
  'Too many requests': 'Trop de requêtes',
  'retry after the time in {}': 'réessayez après le délai indiqué dans {0}',
  'Unique key per logical request': 'Clé unique par requête logique',
  'a retry with the same key returns the first result ({}).':
    'une nouvelle tentative avec la même clé renvoie le premier résultat ({0}).',
  'exponential {} × {}^attempt (cap {}) with full jitter':
    'exponentiel {0} × {1}^tentative (plafond {2}) avec gigue complète',
  'honour {}': 'en respectant {0}',
  'honours {} {} headers': 'respecte les en-têtes {1} de {0}',
  'any thrown error': 'toute erreur levée',
  timeout: 'délai dépassé',
  'network error or timeout': 'erreur réseau ou délai dépassé',
  'network error ({} transport)': 'erreur réseau (transport du {0})',
  'the {} transport’s own backoff': 'l’attente propre au transport du {0}',
  '{} table (payload, error, attempts, {})': 'table {0} (contenu, erreur, tentatives, {1})',
  'BullMQ failed set (kept, inspected and retried from the dashboard)':
    'ensemble des échecs de BullMQ (conservés, inspectés et relancés depuis le tableau de bord)',
  'dropped when the {} buffer is full (reporting never blocks a request)':
    'abandonné quand le tampon du {0} est plein (le signalement ne bloque jamais une requête)',
  'not stated in the documents: a rerun must not repeat work already done':
    'non énoncé dans les documents : une nouvelle exécution ne doit pas refaire le travail déjà fait',
  'load the message by id': 'charger le message par son id',
  'stop if already sent': 's’arrêter s’il est déjà envoyé',
  'store the provider message id and status sent':
    'enregistrer l’id de message du fournisseur et le statut envoyé',
  'failures in the {} list mark it failed without retry':
    'les échecs de la liste {0} le marquent en échec sans nouvelle tentative',
  'delete from the {} store where {} < {} (or {} is set and older than a day), in batches of {}':
    'supprimer du stockage {0} là où {1} < {2} (ou {3} est renseigné et date de plus d’un jour), par lots de {4}',
  'the job loads the stored event, skips it if already processed, applies it, marks it processed':
    'la tâche charge l’événement stocké, l’ignore s’il est déjà traité, l’applique et le marque traité',
  'unique constraint on the provider event id: duplicates and redeliveries are skipped':
    'contrainte d’unicité sur l’id d’événement du fournisseur : doublons et renvois sont ignorés',
  'reject if older than {} minutes': 'rejeter s’il date de plus de {0} minutes',
  'raw body kept for verification': 'corps brut conservé pour la vérification',
  'scheduled by {} cron timer (one leader instance)':
    'planifié par un minuteur cron {0} (une seule instance leader)',
  'profile of the {} user, read by {} /{} on every page load':
    'profil de l’utilisateur connecté, lu par {1} /{2} à chaque chargement de page',
  'no cache store is stated: {} LRU cache per instance (lost on restart, not shared), {} entries':
    'aucun stockage de cache énoncé : cache LRU {0} par instance (perdu au redémarrage, non partagé), {1} entrées',
  'process is up (no dependency checks, so a slow database never restarts the pod)':
    'le processus tourne (sans vérifier les dépendances, pour qu’une base de données lente ne redémarre jamais le pod)',
  'ratio of {} responses to all responses': 'part des réponses {0} dans l’ensemble des réponses',
  'index {}': 'index {0}',
  'load with {}': 'charger avec {0}',
  'one batched query, never a {} per row': 'une seule requête groupée, jamais un {0} par ligne',
  "load with one query over the page's ids ({} {} {} (…)) or a join":
    'charger avec une seule requête sur les ids de la page ({0} {1} {2} (…)) ou une jointure',
  '{} per minute per {} and account (default)': '{0} par minute par {1} et par compte (par défaut)',
  '{} with {} beyond': 'au-delà, {0} avec {1}',
  'deny by default: {} endpoints × {} roles in the permission matrix (section {})':
    'refus par défaut : {0} endpoints × {1} rôles dans la matrice des permissions (section {2})',
  'passwords hashed with bcrypt, cost {} (stated)': 'mots de passe hachés avec bcrypt, coût {0} (énoncé)',
  'JWTs signed with the key in {} (≥ {} bits, from the environment, rotated by key id)':
    'JWT signés avec la clé de {0} (≥ {1} bits, issue de l’environnement, renouvelée par id de clé)',
  '{} sensitive fields never returned in responses (section {})':
    '{0} champs sensibles jamais renvoyés dans les réponses (section {1})',
  'parameterised queries only': 'requêtes paramétrées uniquement',
  "every query through Prisma's query {} (parameterised)":
    'chaque requête passe par l’{0} de requêtes de Prisma (paramétrée)',
  'raw queries only through its parameterised form ({} tagged templates), never string concatenation':
    'requêtes SQL brutes uniquement sous leur forme paramétrée ({0} gabarits étiquetés), jamais par concaténation de chaînes',
  'output encoded by the client framework, {} input sanitised before storage or render':
    'sortie encodée par le framework client ; entrée {0} assainie avant stockage ou affichage',
  '{} {} validation rules enforced in the service layer, whatever the client checked (section {})':
    '{0} règles de validation côté serveur appliquées dans la couche de services, quoi que le client ait vérifié (section {2})',
  '{} {} validation rules and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} règles de validation côté serveur et {2} règles métier appliquées dans la couche de services, quoi que le client ait vérifié (section {3})',
  '{} {} validation rule enforced in the service layer, whatever the client checked (section {})':
    '{0} règle de validation côté serveur appliquée dans la couche de services, quoi que le client ait vérifié (section {2})',
  '{} {} validation rule and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} règle de validation côté serveur et {2} règle métier appliquées dans la couche de services, quoi que le client ait vérifié (section {3})',
  '{} {} validation rule and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} règle de validation côté serveur et {2} règles métier appliquées dans la couche de services, quoi que le client ait vérifié (section {3})',
  '{} {} validation rules and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} règles de validation côté serveur et {2} règle métier appliquées dans la couche de services, quoi que le client ait vérifié (section {3})',
  'error bodies follow the catalogue (section {}) and never carry stack traces or {}':
    'les corps d’erreur suivent le catalogue (section {0}) et ne contiennent jamais de pile d’appels ni de {1}',
  '{} allows only the stated {} origin': '{0} n’autorise que l’origine {1} énoncée',
  'secrets only from environment variables (section {})':
    'secrets uniquement issus des variables d’environnement (section {0})',
  '{} URLs are never fetched {}': 'le serveur ne récupère jamais d’URL fournie par l’utilisateur',
  'every query filtered by {} from the token, never from the request':
    'chaque requête filtrée par {0} tiré du jeton, jamais de la requête',
  'A01 Broken Access Control: for every {} row, each denied role gets {} and another tenant’s or owner’s id gets {}':
    'A01 Contrôle d’accès défaillant : pour chaque ligne de la matrice des permissions, chaque rôle refusé reçoit {1} et l’id d’un autre locataire ou propriétaire reçoit {2}',
  'A01 {} (token storage): a {} request from a foreign Origin, or without the cookie’s SameSite context, is rejected':
    'A01 {0} (stockage des jetons) : une requête qui modifie l’état depuis un Origin étranger, ou sans le contexte SameSite du cookie, est rejetée',
  'A02 Cryptographic Failures: stored passwords are hashes only':
    'A02 Défaillances cryptographiques : les mots de passe stockés ne sont que des hachés',
  'no response body contains a sensitive field': 'aucun corps de réponse ne contient de champ sensible',
  'plain {} is redirected or refused': 'le {0} en clair est redirigé ou refusé',
  'A03 Injection: injection payloads (\' {} {} --, {"$gt": ""}, <script>) in every text and filter parameter return {} or no extra rows':
    'A03 Injection : des charges d’injection (\' {0} {1} --, {"$gt": ""}, <script>) dans chaque paramètre texte et de filtre renvoient {2} ou aucune ligne de plus',
  'A04 Insecure Design: each business rule is enforced when the {} is called directly with a body that breaks it':
    'A04 Conception non sécurisée : chaque règle métier est appliquée quand l’{0} est appelée directement avec un corps qui l’enfreint',
  'A07 Identification and Authentication Failures: expired, tampered and missing tokens get {}':
    'A07 Défaillances d’identification et d’authentification : les jetons expirés, altérés ou absents reçoivent {0}',
  'repeated failed logins hit the lockout or rate limit':
    'des connexions échouées répétées déclenchent le verrouillage ou la limite de débit',
  'A08 Software and Data Integrity Failures: a webhook with a missing or wrong signature (or an old timestamp) is rejected and not processed':
    'A08 Manque d’intégrité des données et du logiciel : un webhook sans signature, avec une signature erronée (ou un horodatage ancien) est rejeté et non traité',
  'A09 Security Logging and Monitoring Failures: a failed login and a {} each produce a log line':
    'A09 Carences de journalisation et de surveillance : une connexion échouée et un {0} produisent chacun une ligne de journal',
  'no redacted field appears in any log line': 'aucun champ masqué n’apparaît dans une ligne de journal',
  'A10 {} Request Forgery: no endpoint fetches a {} taken from the request':
    'A10 Falsification de requête côté serveur : aucun endpoint ne récupère une {1} tirée de la requête',
  'a load tool: ramp to the expected peak for {} minutes':
    'un outil de charge : montée progressive jusqu’au pic attendu pendant {0} minutes',
  'schema: migrations are {}': 'schéma : les migrations sont {0}',
  'a release only adds (columns nullable or defaulted, new tables)':
    'une version ne fait qu’ajouter (colonnes nullables ou avec valeur par défaut, nouvelles tables)',
  'removals ship one release later': 'les suppressions arrivent une version plus tard',
  'so the previous application version runs on the new schema and rolling back the application needs no schema rollback':
    'ainsi la version précédente de l’application fonctionne sur le nouveau schéma et revenir en arrière sur l’application n’exige aucun retour arrière du schéma',
  'the runner records each applied file in a migrations table and applies only new ones, each in a transaction':
    'l’outil consigne chaque fichier appliqué dans une table de migrations et n’applique que les nouveaux, chacun dans une transaction',
  'run before the new release starts': 'exécutées avant le démarrage de la nouvelle version',
  'files are never edited after they have been applied anywhere':
    'les fichiers ne sont jamais modifiés après avoir été appliqués quelque part',
  'a faulty migration is fixed by a new forward migration':
    'une migration défectueuse se corrige par une nouvelle migration en avant',
  'a faulty migration is fixed by a new forward migration (Prisma has no down migrations)':
    'une migration défectueuse se corrige par une nouvelle migration en avant (Prisma n’a pas de migration descendante)',
  'restore from the {} backup only for data loss':
    'restaurer la sauvegarde d’avant déploiement uniquement en cas de perte de données',
  '{} entities of {} with a primary key ({} composite)':
    '{0} entités sur {1} avec une clé primaire ({2} composites)',
  '{} typed fields, {} constraints (not null, unique, foreign key, check)':
    '{0} champs typés, {1} contraintes (not null, unique, clé étrangère, check)',
  '{} indexes ({} stated or unique, {} by rule)': '{0} index ({1} énoncés ou uniques, {2} par règle)',
  '{} of {} foreign keys indexed': '{0} clés étrangères indexées sur {1}',
  '{} of {} tables reachable by primary key': '{0} tables sur {1} accessibles par clé primaire',
  '{} endpoints, {} with {} schemas from the data model, {} of {} entities reachable':
    '{0} endpoints, dont {1} avec des schémas de requête et de réponse issus du modèle de données ; {3} entités sur {4} accessibles',
  'every entity users act on has an endpoint': 'chaque entité manipulée par les utilisateurs a un endpoint',
  '{} jobs, each with retries, a {} destination and a timeout':
    '{0} tâches, chacune avec nouvelles tentatives, une destination pour les échecs et un délai maximal',
  '{} redacted fields and headers': '{0} champs et en-têtes masqués',
  '{} sensitive model fields covered': '{0} champs sensibles du modèle couverts',
  '{} alerts, each from a stated {} or a named default':
    '{0} alertes, chacune issue d’une {1} énoncée ou d’une valeur par défaut nommée',
  'no data model in the documents': 'aucun modèle de données dans les documents',
  '{} endpoints against a real PostgreSQL test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contre une vraie instance PostgreSQL de test, migrations appliquées d’abord (jamais de simulacre de la base de données)',
  '{} endpoints against a real Supabase test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contre une vraie instance Supabase de test, migrations appliquées d’abord (jamais de simulacre de la base de données)',
  'A06 Vulnerable and Outdated Components: the CI dependency audit fails the build on a known {} vulnerability':
    'A06 Composants vulnérables et obsolètes : l’audit des dépendances de la CI fait échouer le build sur une vulnérabilité {0} connue',
  '{} relationships resolved ({} {}, {} {}, {} {})':
    '{0} relations résolues ({1} un-à-un, {3} un-à-plusieurs, {5} plusieurs-à-plusieurs)',
  'load the source record and its template': 'charger l’enregistrement source et son modèle',
  'render to PDF': 'produire le PDF',
  'store the file under a key derived from the document id and version, then record its location':
    'stocker le fichier sous une clé dérivée de l’id et de la version du document, puis enregistrer son emplacement',
  'the storage key is derived from document id + version: a rerun overwrites the same file':
    'la clé de stockage dérive de l’id du document + la version : une nouvelle exécution écrase le même fichier',
  'delete the stored files of those rows from object storage first (a file without a row is unreachable)':
    'supprimer d’abord du stockage objet les fichiers de ces lignes (un fichier sans ligne est inaccessible)',
  'repeat until none remain': 'recommencer jusqu’à ce qu’il n’en reste aucune',
  'record the count deleted': 'consigner le nombre de lignes supprimées',
  'Apply the stated rule "{*}" to each {*} once its time has passed':
    'Appliquer la règle indiquée « {0} » à chaque {1} une fois son délai passé',
  'select ids from {*} where {*} and {*} < cutoff, batchSize at a time':
    'sélectionner les ids de {0} où {1} et {2} < cutoff, par lots de batchSize',
  'select ids from {*} where {*} and {*} <= horizon, batchSize at a time':
    'sélectionner les ids de {0} où {1} et {2} <= horizon, par lots de batchSize',
  'The documents state a rule that applies {*} before "{*}" ("{*}"), but no time column of {*} holds the time of that event: which column does the job compare with?':
    'Les documents indiquent une règle qui s’applique {0} avant « {1} » (« {2} »), mais aucune colonne de temps de {3} ne contient le moment de cet événement : à quelle colonne la tâche compare-t-elle ?',
  'set {*} on each of those rows in its own transaction, only if {*}':
    'mettre {0} sur chacune de ces lignes dans sa propre transaction, seulement si {1}',
  'record the count changed': 'consigner le nombre de lignes modifiées',
  'only rows still in {*} change: a rerun finds the changed rows gone':
    'seules les lignes encore en {0} changent : une nouvelle exécution ne retrouve plus les lignes modifiées',
  'The documents state a rule that applies once a time has passed ("{*}"), but no state of the entity it names is the one it leads to: which table, which time column and which change does the job make?':
    'Les documents indiquent une règle qui s’applique une fois un délai passé (« {0} »), mais aucun état de l’entité qu’elle nomme n’est celui auquel elle mène : quelle table, quelle colonne de temps et quel changement la tâche effectue-t-elle ?',
  'deleting rows older than the cutoff is repeatable: a rerun finds nothing left to delete':
    'supprimer les lignes antérieures à la date limite est répétable : une nouvelle exécution ne trouve plus rien à supprimer',
  'Render the PDF documents the requirements name within the stated < {} seconds target':
    'Produire les documents PDF que nomment les exigences dans l’objectif énoncé de < {0} secondes',
  '{} is the source of truth': '{0} est la source de vérité',
  'creates a timestamped {} migration locally': 'crée localement une migration {0} horodatée',
  '{} runs {} against the target database before the new release starts':
    '{0} exécute {1} sur la base de données cible avant le démarrage de la nouvelle version',
  '> {} over {} (burns the {} monthly error budget of the stated {} availability {} too fast)':
    '> {0} sur {1} (consomme le budget d’erreurs mensuel de {2} de la disponibilité énoncée de {3} {4} trop vite)',
  'a reset link is sent if the account exists (no account enumeration, {} {} {}).':
    'un lien de réinitialisation est envoyé si le compte existe (pas d’énumération des comptes, {0} {1} {2}).',
  'phone in international format, digits only (no +, spaces or leading zeros)':
    'téléphone au format international, chiffres uniquement (sans +, espaces ni zéros initiaux)',
  'external API response from {*}: repeated lookups need not call it again (respect its terms on caching)':
    'réponse de l’API externe {0} : les consultations répétées n’ont pas besoin de la rappeler (en respectant ses conditions sur la mise en cache)',
  'stated in the documents: {*}': 'indiqué dans les documents : {0}',
  'external API response from {*}: the documents ask for caching of integration responses (respect its terms on caching)':
    'réponse de l’API externe {0} : les documents demandent la mise en cache des réponses des intégrations (en respectant ses conditions sur la mise en cache)',
  'The documents cache "{*}", but no endpoint of the API serves it and no entity of the data model is it: which read does the entry hold, and which parameters make its key?':
    'Les documents mettent en cache « {0} », mais aucun endpoint de l’API ne le sert et aucune entité du modèle de données ne l’est : quelle lecture l’entrée contient-elle, et quels paramètres forment sa clé ?',
  'The documents keep "{*}" for {*}, but no entity of the data model holds it: which table does this retention apply to, and is it a minimum or a purge deadline?':
    'Les documents conservent « {0} » pendant {1}, mais aucune entité du modèle de données ne le contient : à quelle table s’applique cette rétention, et est-ce un minimum ou un délai de purge ?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no entity of the data model holds that event and its time: which table and which time column does the reminder scan?':
    'Les documents demandent un rappel {0} avant « {1} » (« {2} »), mais aucune entité du modèle de données ne contient cet événement et son heure : quelle table et quelle colonne de temps le rappel parcourt-il ?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time (its time columns: {*}): which column does the job compare with the cutoff?':
    'Les documents comptent {0} à partir de « {1} » (« {2} »), mais aucune colonne de {3} n’enregistre ce moment (ses colonnes de temps : {4}) : avec quelle colonne la tâche compare-t-elle la limite ?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time: which column does the job compare with the cutoff?':
    'Les documents comptent {0} à partir de « {1} » (« {2} »), mais aucune colonne de {3} n’enregistre ce moment : avec quelle colonne la tâche compare-t-elle la limite ?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but several time columns of {*} may hold that time ({*}): which column does the reminder scan?':
    'Les documents demandent un rappel {0} avant « {1} » (« {2} »), mais plusieurs colonnes de temps de {3} peuvent contenir ce moment ({4}) : quelle colonne le rappel parcourt-il ?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no time column of {*} is named so: which column does the reminder scan?':
    'Les documents demandent un rappel {0} avant « {1} » (« {2} »), mais aucune colonne de temps de {3} ne porte ce nom : quelle colonne le rappel parcourt-il ?',
  'The documents say sign-in is passwordless ("{*}") but not how: a one-time link by e-mail, a one-time code, or an identity provider?':
    'Les documents disent que la connexion se fait sans mot de passe (« {0} ») mais pas comment : un lien à usage unique par e-mail, un code à usage unique ou un fournisseur d’identité ?',
  'The documents ask for an action {*} after a due date has passed ("{*}"): which table and which due-date column does the job scan, and what does it send or change?':
    'Les documents demandent une action {0} après le dépassement d’une échéance (« {1} ») : quelle table et quelle colonne d’échéance la tâche parcourt-elle, et qu’envoie-t-elle ou modifie-t-elle ?',
  'The documents scope {*} ("{*}"), but no foreign key of the data model leads from what it names to the user: which column scopes it?':
    'Les documents limitent le périmètre de {0} (« {1} »), mais aucune clé étrangère du modèle de données ne mène de ce qu’ils nomment à l’utilisateur : quelle colonne le limite ?',
  'The route table lets "{*}" call {*}, but no role of the documents is called that: which role is it, or should the documents add it?':
    'La table des routes permet à « {0} » d’appeler {1}, mais aucun rôle des documents ne s’appelle ainsi : de quel rôle s’agit-il, ou les documents doivent-ils l’ajouter ?',
  'the route table names other callers for the route it asks for':
    'la table des routes nomme d’autres appelants pour la route qu’il demande',
  'no action verb of the languages read': 'aucun verbe d’action des langues lues n’a été trouvé',
  'the documents state no stored data: the story names no record the API keeps':
    'les documents n’indiquent aucune donnée stockée : le récit ne nomme aucun enregistrement que l’API conserve',
  'the documents state no stored data and no stated route serves the story':
    'les documents n’indiquent aucune donnée stockée et aucune route indiquée ne sert le récit',
  'the story names no object': 'le récit ne nomme aucun objet',
  'the story names no entity of the data model': 'le récit ne nomme aucune entité du modèle de données',
  'no role may call it: the requirements that named it are served by another operation a role calls':
    'aucun rôle ne peut l’appeler : les exigences qui la nommaient sont servies par une autre opération qu’un rôle appelle',
  'no role may call it: no story, grant or stated access names a caller':
    'aucun rôle ne peut l’appeler : aucun récit, droit ou accès indiqué ne nomme d’appelant',
  'no requirement or story asks to delete it': 'aucune exigence ni aucun récit ne demande de le supprimer',
  'the documents say the system generates it': 'les documents disent que le système le génère',
  'the documents say it is deactivated or archived, never deleted':
    'les documents disent qu’il est désactivé ou archivé, jamais supprimé',
  'a queue, snapshot or time series is written by the system':
    'une file, un instantané ou une série temporelle est écrit par le système',
  'The dashboard of the signed-in user': 'Le tableau de bord de l’utilisateur connecté',
  'tenant data is reached only within the tenant':
    'les données d’un locataire ne sont atteintes qu’au sein de ce locataire',
  'Start the payment of a {*} at {*}': 'Démarrer le paiement d’un enregistrement {0} chez {1}',
  'no payment provider is stated: which operation starts the payment of a {name} is an open question':
    'aucun prestataire de paiement n’est indiqué : quelle opération démarre le paiement d’un enregistrement {0} est une question ouverte',
  'outbound HTTP only to the integration hosts ({*})':
    'HTTP sortant uniquement vers les hôtes des intégrations ({0})',
  'no entities and no stated routes: the project has no {} to document':
    'aucune entité ni route énoncée : le projet n’a pas d’API à documenter',
  'credential header': 'en-tête d’identification',
  'integration credential': 'identifiant d’intégration',
  'passwords and tokens in {} bodies': 'mots de passe et jetons dans les corps de {0}',
  'secret: never logged': 'secret : jamais journalisé',
  'personal data: masked in logs': 'donnée personnelle : masquée dans les journaux',
  'from {} or generated, echoed in the response and in error bodies':
    'de {0} ou généré, renvoyé dans la réponse et dans les corps d’erreur',
  tenant: 'locataire',
  'the template, not the raw URL': 'le modèle, pas l’URL brute',
  'error level only': 'niveau error uniquement',
  'body of auth routes': 'corps des routes d’authentification',
  'from the provider dashboard': 'depuis le tableau de bord du fournisseur',
  value: 'valeur',
  'random {}+ bytes': '{0}+ octets aléatoires',
  '{} lines, one object per event': 'lignes {0}, un objet par événement',
  '{} lines via {}': 'lignes {0} via {1}',
  'minimum level from {} (debug, info, warn, error)':
    'niveau minimal donné par {0} (debug, info, warn, error)',
  'message id': 'id du message',
  recipient: 'destinataire',
  'template and variables': 'modèle et variables',
  'webhook event id': 'id de l’événement du webhook',
  'event type': 'type d’événement',
  'verified payload': 'contenu vérifié',
  'document id': 'id du document',
  'template version': 'version du modèle',
  'message row status (pending → sent) checked before each send':
    'statut de la ligne du message (pending → sent) vérifié avant chaque envoi',
  'Send {*} through {*} outside the request: {*}': 'Envoyer {0} via {1} en dehors de la requête : {2}',
  'Apply {*} events ({*}) after the endpoint has verified and stored them':
    'Appliquer les événements {0} ({1}) une fois que l’endpoint les a vérifiés et stockés',
  'PostgreSQL job table ({} … {} {} {} {})': 'table de tâches PostgreSQL ({0} … {1} {2} {3} {4})',
  '{} cron timer (one leader instance)': 'minuteur cron {0} (une seule instance leader)',
  'Page size (default {}, at most {}).': 'Taille de page ({0} par défaut, {1} au plus).',
  'Number of records to skip.': 'Nombre d’enregistrements à sauter.',
  'As stated in the documents.': 'Tel qu’énoncé dans les documents.',
  'Id of the {name}.': 'Id de l’enregistrement {0}.',
  'Id of the parent {name}.': 'Id de l’enregistrement parent {0}.',
  'The {*} path parameter.': 'Le paramètre de chemin {0}.',
  'Only {name} records whose {} equals this value (indexed).':
    'Seulement les enregistrements {0} dont {1} vaut cette valeur (indexé).',
  'A page of {name} records.': 'Une page d’enregistrements {0}.',
  'The created {name}.': 'L’enregistrement {0} créé.',
  'The updated {name}.': 'L’enregistrement {0} modifié.',
  'The {name}.': 'L’enregistrement {0}.',
  '{*}: {} must exist': '{0} : {1} doit exister',
  '{*} (+ and {} digits)': '{0} (+ et {1} chiffres)',
  'Get the {} user': 'Obtenir l’utilisateur connecté',
  'The {} user.': 'L’utilisateur connecté.',
  'Send a one-time sign-in link by e-mail': 'Envoyer un lien de connexion à usage unique par e-mail',
  'Send a one-time sign-in code as a text message':
    'Envoyer un code de connexion à usage unique par message texte',
  'Send a one-time sign-in code to the phone number':
    'Envoyer un code de connexion à usage unique au numéro de téléphone',
  'Send a one-time sign-in code by e-mail': 'Envoyer un code de connexion à usage unique par e-mail',
  'Sign in with a one-time link': 'Se connecter avec un lien à usage unique',
  'Sign in with a one-time code': 'Se connecter avec un code à usage unique',
  'Accepted; the link or code is sent if the account exists (no account enumeration).':
    'Accepté ; le lien ou le code est envoyé si le compte existe (pas d’énumération des comptes).',
  'Sign in with credentials': 'Se connecter avec ses identifiants',
  'The credentials are wrong.': 'Les identifiants sont incorrects.',
  'Exchange a refresh token for a new access token':
    'Échanger un jeton de rafraîchissement contre un nouveau jeton d’accès',
  'New tokens were issued.': 'De nouveaux jetons ont été émis.',
  'rate and errors per route ({} endpoints)': 'débit et erreurs par route ({0} endpoints)',
  'duration per route': 'durée par route',
  'buckets around the stated latency targets': 'tranches autour des objectifs de latence énoncés',
  'queue depth per job ({} jobs)': 'profondeur de file par tâche ({0} tâches)',
  'failures per job, including dead-lettered ones': 'échecs par tâche, y compris ceux mis de côté',
  'hit rate per cache entry': 'taux de succès par entrée de cache',
  'connection pool saturation': 'saturation du pool de connexions',
  '{*} calls and failures': 'appels et échecs de {0}',
  '{} list endpoints paginate (cursor)': '{0} endpoints de liste paginent (curseur)',
  '{} list endpoints paginate (offset)': '{0} endpoints de liste paginent (décalage)',
  'default {}, max {}': '{0} par défaut, {1} au plus',
  'larger limits are clamped, never rejected silently':
    'les limites plus grandes sont ramenées au maximum, jamais rejetées en silence',
  'backup taken before migrating': 'sauvegarde faite avant la migration',
  'backups kept {*} (stated)': 'sauvegardes conservées {0} (énoncé)',
  'no secret field in any response schema': 'aucun champ secret dans un schéma de réponse',
  'access tokens expire after {} (stated)': 'les jetons d’accès expirent après {0} (énoncé)',
  'refresh tokens after {}': 'les jetons de rafraîchissement après {0}',
  'refresh tokens after {}, rotated on use':
    'les jetons de rafraîchissement après {0}, renouvelés à chaque usage',
  'auth failures, permission denials and {} are logged (section {})':
    'les échecs d’authentification, les refus d’autorisation et les {0} sont journalisés (section {1})',
  'A05 Security Misconfiguration: error bodies carry no stack trace or {}':
    'A05 Mauvaise configuration de sécurité : les corps d’erreur ne contiennent ni pile d’appels ni {0}',
  '{} entries with key, {} and invalidation': '{0} entrées avec clé, {1} et invalidation',
  '1 entry with key, {} and invalidation': '1 entrée avec clé, {0} et invalidation',
  'deleting expired rows is repeatable': 'supprimer les lignes expirées est répétable',
  '{name}: {} methods, each error path in @throws': '{0} : {1} méthodes, chaque cas d’erreur dans @throws',
  'Broken Access Control': 'Contrôle d’accès défaillant',
  'Cryptographic Failures': 'Défaillances cryptographiques',
  Injection: 'Injection',
  'Insecure Design': 'Conception non sécurisée',
  'Security Misconfiguration': 'Mauvaise configuration de sécurité',
  'Vulnerable and Outdated Components': 'Composants vulnérables et obsolètes',
  'Identification and Authentication Failures': 'Défaillances d’identification et d’authentification',
  'Software and Data Integrity Failures': 'Manque d’intégrité des données et du logiciel',
  'Security Logging and Monitoring Failures': 'Carences de journalisation et de surveillance',
  '{} Request Forgery': 'Falsification de requête côté serveur',
  '{} (token storage)': '{0} (stockage des jetons)',
  Authentication: 'Authentification',
  Database: 'Base de données',
  Caching: 'Cache',
  'Background jobs': 'Tâches en arrière-plan',
  'External integrations': 'Intégrations externes',
  'Backend framework': 'Framework du backend',
  '{} style': 'Style d’{0}',
  Hosting: 'Hébergement',
  'File storage': 'Stockage de fichiers',
  Monitoring: 'Supervision',
  'schema in section {}': 'schéma en section {0}',
  '{*} schema, {*} migrations': 'schéma {0}, migrations {1}',
  '{*} schema and migrations': 'schéma et migrations {0}',
  'raw {}, versioned migrations': '{0} brut, migrations versionnées',
  '{} entities, {} indexes': '{0} entités, {1} index',
  'no data model is described': 'aucun modèle de données n’est décrit',
  'access {}': 'jeton d’accès {0}',
  'refresh {}': 'jeton de rafraîchissement {0}',
  '{*} (proposed)': '{0} (proposé)',
  'none: the documents describe no stored data': 'aucune : les documents ne décrivent aucune donnée stockée',
  '{*} for {} entries': '{0} pour {1} entrées',
  '{*} for 1 entry': '{0} pour 1 entrée',
  'no cache store is stated: {*}, {} entries': 'aucun stockage de cache énoncé : {0}, {1} entrées',
  'no cache store is stated: {*}, 1 entry': 'aucun stockage de cache énoncé : {0}, 1 entrée',
  '{} jobs': '{0} tâches',
  '{} LRU cache per instance (lost on restart, not shared)':
    'cache LRU {0} par instance (perdu au redémarrage, non partagé)',
  // Provider catalogue text (src/knowledge/providers/*).
  'Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'en-tête Stripe-Signature : HMAC-SHA256 de "{timestamp}.{raw body}" avec le secret du endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on event.id':
    'Les événements peuvent arriver dans le désordre et plusieurs fois : dédupliquer sur event.id',
  'HTTP Basic with the Account SID and Auth Token (or an API key pair)':
    'HTTP Basic avec l’Account SID et l’Auth Token (ou une paire de clés d’API)',
  'X-Twilio-Signature header: base64 HMAC-SHA1 of the full URL plus sorted POST parameters, keyed with the Auth Token':
    'en-tête X-Twilio-Signature : HMAC-SHA1 en base64 de l’URL complète et des paramètres POST triés, avec l’Auth Token pour clé',
  'The sending domain must be verified (SPF/DKIM records) before production mail':
    'Le domaine d’envoi doit être vérifié (enregistrements SPF/DKIM) avant tout courrier de production',
  'DSN (public key in the URL)': 'DSN (clé publique dans l’URL)',
  'auth token only for release and source-map upload at build time':
    'jeton d’authentification uniquement pour publier les versions et téléverser les source maps à la compilation',
  'service role key on the server (bypasses RLS)': 'clé de service role sur le serveur (contourne RLS)',
  'user JWT + storage.objects RLS policies from clients':
    'JWT de l’utilisateur + politiques RLS de storage.objects depuis les clients',
  'Never expose the service role key to the client': 'Ne jamais exposer la clé de service role au client',
  'No server-side API: the user sends the message, so there is no delivery status to record':
    'Pas d’API côté serveur : l’utilisateur envoie le message, il n’y a donc aucun statut de remise à enregistrer',
  'Links placed in the message must be safe to share (signed, expiring URLs)':
    'Les liens du message doivent pouvoir être partagés sans risque (URL signées et à expiration)',
  'Accepted (202) is not delivered: delivery state arrives through the Event Webhook':
    'Accepté (202) ne veut pas dire remis : l’état de remise arrive par l’Event Webhook',
  'PUT of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'Un PUT sur la même clé écrase : les clés d’objet dérivent des ids pour qu’une nouvelle tentative écrive la même clé',
  'API key (key parameter or X-Goog-Api-Key), restricted by API and by server IP':
    'clé d’API (paramètre key ou X-Goog-Api-Key), restreinte par API et par IP du serveur',
  'Terms limit caching: place IDs may be stored':
    'Les conditions limitent la mise en cache : les place IDs peuvent être conservés',
  'coordinates only for up to 30 days': 'les coordonnées au plus 30 jours',
  'HTTP Basic with user "api" and the API key': 'HTTP Basic avec l’utilisateur "api" et la clé d’API',
  'documents are upserted by primary key: reuse the entity id':
    'les documents sont insérés ou mis à jour par clé primaire : réutiliser l’id de l’entité',
  // Derive and check text met on the corpus.
  '> {}% over {} (burns the {}% monthly error budget of the stated {}% availability {}× too fast)':
    '> {0}% sur {1} (consomme le budget d’erreur mensuel de {2}% de la disponibilité indiquée de {3}% {4} fois trop vite)',
  'sized for the stated {} concurrent users: pool ≥ {} per instance, statement timeout below the slowest latency target':
    'dimensionné pour les {0} utilisateurs simultanés indiqués : pool ≥ {1} par instance, délai d’instruction sous l’objectif de latence le plus lent',
  'The {} of the {name}.': '{0} de l’enregistrement {1}.',
  'Start of the {*}.': 'Début de {0}.',
  'End of the {*}.': 'Fin de {0}.',
  'Delete {*} older than the stated retention of {*} ("{}")':
    'Supprimer {0} plus anciens que la durée de conservation indiquée de {1} ("{2}")',
  'select ids from {*} where {} < cutoff, oldest first, batchSize at a time':
    'sélectionner les ids de {0} où {1} < cutoff, les plus anciens d’abord, batchSize à la fois',
  'delete those rows from {*} in one transaction per batch':
    'supprimer ces lignes de {0} dans une transaction par lot',
  '{} second': '{0} seconde',
  '{} minute': '{0} minute',
  '{} hour': '{0} heure',
  '{} hours': '{0} heures',
  '{} day': '{0} jour',
  '{} days': '{0} jours',
  '{} week': '{0} semaine',
  '{} weeks': '{0} semaines',
  '{} month': '{0} mois',
  '{} months': '{0} mois',
  '{} year': '{0} an',
  '{} years': '{0} ans',
  'Remind {*} before each {*} ("{*}")': 'Rappeler {0} avant chaque {1} (« {2} »)',
  'select {*} rows whose {*} falls in the window and whose reminder_sent_at is null':
    'sélectionner les lignes de {0} dont {1} tombe dans la fenêtre et dont reminder_sent_at est nul',
  'deadline as stated: {*}': 'échéance indiquée : {0}',
  'select ids from {*} where {*} and the stated deadline has passed, batchSize at a time':
    'sélectionner les ids de {0} où {1} et dont l’échéance indiquée est passée, par lots de batchSize',
  'the user roles, as the identity provider issues them':
    'les rôles de l’utilisateur, tels que le fournisseur d’identité les émet',
  'issuer: {*} — the API accepts only tokens it issued (RFC 7519 §4.1.1)':
    'émetteur : {0} — l’API n’accepte que les jetons qu’il a émis (RFC 7519 §4.1.1)',
  'send one reminder per row through a channel the documents leave undecided':
    'envoyer un rappel par ligne via un canal que les documents laissent non décidé',
  'send one reminder per row through {*}': 'envoyer un rappel par ligne via {0}',
  'set reminder_sent_at = now() on each row in the same transaction as the send is recorded':
    'fixer reminder_sent_at = now() sur chaque ligne dans la même transaction que l’envoi enregistré',
  'reminder_sent_at marks each row: a rerun or an overlapping scan never sends twice':
    'reminder_sent_at marque chaque ligne : une nouvelle exécution ou un parcours qui se chevauche n’envoie jamais deux fois',
  '{*} runs a dependency audit (npm audit --audit-level=high or equivalent) and fails the build on known high-severity vulnerabilities':
    '{0} lance un audit des dépendances (npm audit --audit-level=high ou équivalent) et fait échouer la compilation sur les vulnérabilités connues de gravité haute',
  'lockfile committed': 'lockfile versionné',
  'webhooks accepted only over mutual TLS with the provider’s client certificate: {*}':
    'webhooks acceptés uniquement en TLS mutuel avec le certificat client du fournisseur : {0}',
  'webhooks accepted only with a valid signature: {*}':
    'webhooks acceptés uniquement avec une signature valide : {0}',
  '{*} ({} header)': '{0} (en-tête {1})',
  'each of {*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    'chacune de {0} vérifie la signature ({1}), enregistre l’événement avec un id d’événement unique et répond 2xx aussitôt',
  '{*} checks the client certificate (mutual TLS, as the documents state), stores the event with a unique event id and answers 2xx at once':
    '{0} vérifie le certificat client (TLS mutuel, comme l’indiquent les documents), enregistre l’événement avec un id d’événement unique et répond 2xx aussitôt',
  '{*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    '{0} vérifie la signature ({1}), enregistre l’événement avec un id d’événement unique et répond 2xx aussitôt',
  'OWASP Top 10 2021 items addressed: {*}': 'points de l’OWASP Top 10 2021 traités : {0}',
  '{} story operations allowed for their actors': '{0} opérations des récits permises à leurs acteurs',
  'period start and end (the previous run’s end to now)':
    'début et fin de la période (de la fin de l’exécution précédente à maintenant)',
  'keyed by period: a rerun for the same period replaces its own output':
    'indexé par période : une nouvelle exécution pour la même période remplace sa propre sortie',
  'no entity or field of the data model holds these settings':
    'aucune entité ni aucun champ du modèle de données ne contient ces réglages',
  'Link accounts by the stable {} claim, not by email':
    'Lier les comptes par le claim stable {0}, pas par l’e-mail',
  "load with one query: WHERE {*} = ANY($1) over the page's ids (or a JOIN), parameterised":
    'charger en une requête : WHERE {0} = ANY($1) sur les ids de la page (ou un JOIN), paramétrée',
  "load with one query over the page's ids (WHERE {*} IN (…)) or a join":
    'charger en une requête sur les ids de la page (WHERE {0} IN (…)) ou une jointure',
  "load with {} / relations: ['…'] in the repository query":
    "charger avec {0} / relations: ['…'] dans la requête du repository",
  'load with include: [{ model: … }] in {}': 'charger avec include: [{ model: … }] dans {0}',
  "load with one $in query on {} over the page's ids (or a $lookup), never a find per document":
    'charger en une requête $in sur {0} avec les ids de la page (ou un $lookup), jamais un find par document',
  'load with {} or one join': 'charger avec {0} ou une seule jointure',
  '> {*} over {*} (burns the {*} monthly error budget of the stated {*} availability {*} too fast)':
    '> {0} sur {1} (consomme le budget d’erreur mensuel de {2} de la disponibilité indiquée de {3} {4} trop vite)',
  'user JWTs verified with the project JWKS (or the legacy JWT secret)':
    'JWT utilisateur vérifiés avec le JWKS du projet (ou l’ancien secret JWT)',
  'service role key on the server only': 'clé de service role uniquement sur le serveur',
  'the webhook URL is the secret': 'l’URL du webhook est le secret',
  'reject object values and $-prefixed keys where a scalar is expected (NoSQL operator injection)':
    'rejeter les valeurs objet et les clés préfixées par $ là où un scalaire est attendu (injection d’opérateurs NoSQL)',
  'no string concatenation of input into SQL': 'jamais de concaténation de l’entrée dans le SQL',
  "the application's processes (no queue is stated)": 'les processus de l’application (aucune file indiquée)',
  'in-process queue (no queue or database is stated)':
    'file en processus (aucune file ni base de données indiquée)',
  'The documents state recurring work every {*} ("{}") without saying what it does: what does this task do, and on which data?':
    'Les documents indiquent un travail récurrent toutes les {0} ("{1}") sans dire ce qu’il fait : que fait cette tâche, et sur quelles données ?',
  'Mirror users into the local database from the user.* webhooks':
    'Répliquer les utilisateurs dans la base locale à partir des webhooks user.*',
  '{*} server-side integrations, each with retries ({*})':
    '{0} intégrations côté serveur, chacune avec des reprises ({1})',
  'delete from {*} where {*} < now() (or {*} is set and older than a day), in batches of {*}':
    'supprimer de {0} où {1} < now() (ou {2} est renseigné et date de plus d’un jour), par lots de {3}',
  '{} relationship resolved ({} {}, {} {}, {} {})':
    '{0} relation résolue ({1} un-à-un, {3} un-à-plusieurs, {5} plusieurs-à-plusieurs)',
  '{} endpoints against the real dependencies, migrations applied first (never a mock of the database)':
    '{0} endpoints contre les vraies dépendances, migrations appliquées d’abord (jamais un mock de la base de données)',
  '{*} endpoints against a real {*} test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contre une vraie instance de test {1}, migrations appliquées d’abord (jamais un mock de la base de données)',
  '{*} endpoints against a real PostgreSQL started by Testcontainers, migrations applied first (never a mock of the database)':
    '{0} endpoints contre un vrai PostgreSQL démarré par Testcontainers, migrations appliquées d’abord (jamais un mock de la base de données)',
  'application: {*}': 'application : {0}',
  'redeploy the previous release artifact': 'redéployer l’artefact de la version précédente',
  'promote the previous production deployment (Vercel dashboard "Instant Rollback" or {})':
    'promouvoir le déploiement de production précédent (tableau de bord Vercel "Instant Rollback" ou {0})',
  'redeploy the previous image ({}, then {})': 'redéployer l’image précédente ({0}, puis {1})',
  'set the image tag back to the previous release and {}':
    'remettre l’étiquette d’image de la version précédente et {0}',
  'run the previous image tag': 'exécuter l’étiquette d’image précédente',
  'publish the previous deploy from the Deploys list':
    'publier le déploiement précédent depuis la liste Deploys',
  'roll back to the previous deploy from the service’s Events':
    'revenir au déploiement précédent depuis les Events du service',
  'redeploy the previous deployment': 'redéployer le déploiement précédent',
  'no requirement, story or flow asks to create or change it':
    'aucune exigence, aucun récit ni aucun parcours ne demande de le créer ou de le modifier',
  'no requirement, story or flow names it': 'aucune exigence, aucun récit ni aucun parcours ne le nomme',
  'Guessable identifiers': 'Identifiants devinables',
  'the stated sequential integer keys of {*} are taken as ids in paths such as {*}: they are guessable (OWASP API1:2023)':
    'les clés entières séquentielles indiquées de {0} servent d’id dans des chemins tels que {1} : elles sont devinables (OWASP API1:2023)',
  'every request by id checks ownership or tenant in the query and answers 404 for a record the caller may not see':
    'chaque requête par id vérifie la propriété ou le locataire dans la requête et répond 404 pour un enregistrement que l’appelant ne peut pas voir',
  'replacing them with UUIDs changes a stated contract and needs a decision':
    'les remplacer par des UUID change un contrat indiqué et demande une décision',
  'Secrets in URLs': 'Secrets dans les URL',
  '{*} carry a secret in the path as stated: URLs end up in access logs, proxies and browser history (OWASP API2:2023)':
    '{0} portent un secret dans le chemin, comme indiqué : les URL finissent dans les journaux d’accès, les proxys et l’historique du navigateur (OWASP API2:2023)',
  'the token is random with at least 128 bits, single-purpose and revocable, and request logs mask it':
    'le jeton est aléatoire d’au moins 128 bits, à usage unique et révocable, et les journaux de requêtes le masquent',
  'A01 Guessable identifiers: a request with the next sequential id of a record the caller does not own gets {}':
    'A01 Identifiants devinables : une requête avec l’id séquentiel suivant d’un enregistrement qui n’est pas à l’appelant reçoit {0}',
  'A04 Secrets in URLs: a wrong or revoked token in the path gets {} and request logs show it masked':
    'A04 Secrets dans les URL : un jeton erroné ou révoqué dans le chemin reçoit {0} et les journaux de requêtes le montrent masqué',
  '{} beside {} turns {} off for these path parameters only, each entry citing its stated line, because the stated contract wins':
    '{0} à côté de {1} désactive {2} pour ces seuls paramètres de chemin, chaque entrée citant sa ligne indiquée, car le contrat indiqué prévaut',
  // Provider catalogue (src/knowledge/providers/*): auth, format, limits, failures, idempotency, webhooks, notes.
  'Secret {} key as a Bearer token (server only)': 'Clé {0} secrète comme jeton Bearer (serveur uniquement)',
  'Access token as a Bearer token (server only)': 'Access token comme jeton Bearer (serveur uniquement)',
  'public key in the client': 'clé publique dans le client',
  'X-Idempotency-Key header on payment and refund creation':
    'en-tête X-Idempotency-Key à la création des paiements et des remboursements',
  'merchant id and secret as parameters of every call, from server IP addresses allowed in the portal':
    'identifiant marchand et secret en paramètres de chaque appel, depuis des adresses IP de serveur autorisées dans le portail',
  'form-encoded request and response, code 0 when accepted':
    'requête et réponse encodées comme un formulaire, code 0 si acceptée',
  'code 1400 (wrong query)': 'code 1400 (requête erronée)',
  'the merchant secret in the notification, then the state confirmed with the status call':
    'le secret marchand dans la notification, puis l’état confirmé par l’appel de statut',
  'IYZWSv2 Authorization header: an HMAC-SHA256 signature made with the API key and secret key':
    'en-tête Authorization IYZWSv2 : une signature HMAC-SHA256 faite avec la clé d’API et la clé secrète',
  'Bearer access token from POST /accesstoken/get (client_id, client_secret), with the Ocp-Apim-Subscription-Key and Merchant-Serial-Number headers on every request':
    'jeton d’accès Bearer obtenu par POST /accesstoken/get (client_id, client_secret), avec les en-têtes Ocp-Apim-Subscription-Key et Merchant-Serial-Number sur chaque requête',
  'HMAC-SHA256 signature in the Authorization header over x-ms-date, host and x-ms-content-sha256, made with the webhook secret':
    'signature HMAC-SHA256 dans l’en-tête Authorization sur x-ms-date, host et x-ms-content-sha256, faite avec le secret du webhook',
  'The secret key in the Authorization header (api.dibspayment.eu; test.api.dibspayment.eu for tests)':
    "La clé secrète dans l'en-tête Authorization (api.dibspayment.eu ; test.api.dibspayment.eu pour les tests)",
  'the authorization value set for the webhook when the payment is created, sent back in the Authorization header':
    "la valeur d'autorisation fixée pour le webhook à la création du paiement, renvoyée dans l'en-tête Authorization",
  'Amounts are integers in minor units (øre, cents)':
    'Les montants sont des entiers en unité minimale (øre, centimes)',
  'A payment is reserved at checkout, then charged: charge before delivering what was paid for':
    'Un paiement est réservé au checkout, puis débité : débiter avant de livrer ce qui a été payé',
  'Amounts are integers in minor units (øre), at least 100':
    'Les montants sont des entiers en unités mineures (øre), au moins 100',
  'A payment is authorized in the app, then captured: capture before delivering what was paid for':
    'Un paiement est autorisé dans l’application, puis capturé : capturer avant de livrer ce qui a été payé',
  'X-IYZ-SIGNATURE-V3 header (HMAC-SHA256 with the secret key), once enabled for the account':
    'en-tête X-IYZ-SIGNATURE-V3 (HMAC-SHA256 avec la clé secrète), une fois activé pour le compte',
  'iyzico resends every 15 minutes until a 2xx, 3 attempts':
    'iyzico renvoie toutes les 15 minutes jusqu’à un 2xx, 3 tentatives',
  'A payment response carries a signature parameter to check with the secret key before trusting it':
    'Une réponse de paiement porte un paramètre signature à vérifier avec la clé secrète avant de s’y fier',
  'api-key header with the account API key': 'en-tête api-key avec la clé d’API du compte',
  '201 Created with the messageId': '201 Created avec le messageId',
  'HTTP Basic with the secret key as the user name and no password':
    'HTTP Basic avec la clé secrète comme nom d’utilisateur et sans mot de passe',
  'WECHATPAY2-SHA256-RSA2048 request signature with the merchant private key':
    'signature WECHATPAY2-SHA256-RSA2048 de chaque requête avec la clé privée du marchand',
  'a repeated out_trade_no never charges twice': 'un out_trade_no répété ne débite jamais deux fois',
  'Wechatpay-Signature header verified with the platform certificate':
    'en-tête Wechatpay-Signature vérifié avec le certificat de la plateforme',
  'RSA2 signature of the request parameters with the app private key':
    'signature RSA2 des paramètres de la requête avec la clé privée de l’application',
  'RSA2 signature of the notification verified with the Alipay public key':
    'signature RSA2 de la notification vérifiée avec la clé publique d’Alipay',
  'each request signed with the AccessKey secret': 'chaque requête signée avec le secret de l’AccessKey',
  'API key sent as apiKey in the request body': 'clé d’API envoyée comme apiKey dans le corps de la requête',
  'success false with errors in the body': 'success false avec errors dans le corps',
  'Every call is a POST to one URL, the operation named by modelName and calledMethod in the body':
    'Chaque appel est un POST vers une seule URL, l’opération nommée par modelName et calledMethod dans le corps',
  'A failed call can still answer HTTP 200: read success and errors in the body':
    'Un appel en échec peut quand même répondre HTTP 200 : lire success et errors dans le corps',
  'app id and app secret in the query': 'app id et app secret dans la query',
  'Idempotency-Key header on POST requests': 'en-tête Idempotency-Key sur les requêtes POST',
  'no signature: re-fetch the payment from the API before acting on an event':
    'pas de signature : relire le paiement auprès de l’API avant d’agir sur un événement',
  'X-Secret-Key header with the service secret key': 'en-tête X-Secret-Key avec la clé secrète du service',
  'RS256 ID tokens verified against the provider JWKS (iss, aud = the app key, exp)':
    'ID tokens RS256 vérifiés avec le JWKS du fournisseur (iss, aud = la clé de l’application, exp)',
  'x-signature header (ts and v1): HMAC-SHA256 of "id:{data.id};request-id:{x-request-id};ts:{ts};" with the webhook secret':
    'en-tête x-signature (ts et v1) : HMAC-SHA256 de "id:{data.id};request-id:{x-request-id};ts:{ts};" avec le secret du webhook',
  'A Pix payment is a POST /v1/payments with payment_method_id "pix"':
    'un paiement Pix est un POST /v1/payments avec payment_method_id "pix"',
  'it returns the QR code and stays pending until paid':
    'il renvoie le QR code et reste en attente jusqu’au paiement',
  'Notifications carry only the payment id: fetch GET /v1/payments/{id} for its status':
    'les notifications ne portent que l’id du paiement : lire GET /v1/payments/{id} pour son statut',
  'publishable key in the client': 'clé publiable côté client',
  '{} request bodies ({}), {} responses': 'corps de requête {0} ({1}), réponses {2}',
  '{} read and {} write requests per second in live mode, {} in test mode ({} beyond)':
    '{0} requêtes de lecture et {1} d’écriture par seconde en mode live, {2} en mode test ({3} au-delà)',
  '{} header on every {} (keys are kept {} hours)':
    'en-tête {0} sur chaque {1} (les clés sont conservées {2} heures)',
  '{} header: {} of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'en-tête {0} : {1} de "{timestamp}.{raw body}" avec le secret de l’endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on {}':
    'Les événements peuvent arriver dans le désordre et plusieurs fois : dédupliquer sur {0}',
  'OAuth {} client credentials: client id + secret exchanged for a Bearer access token':
    'OAuth {0} client credentials : identifiant client + secret échangés contre un jeton d’accès Bearer',
  '{} header on order and capture calls': 'en-tête {0} sur les appels de commande et de capture',
  '{} /{} with the {}* headers and the webhook id':
    '{0} /{1} avec les en-têtes {2}* et l’identifiant du webhook',
  'Sandbox and live use different hosts ({}, {})':
    'Sandbox et live utilisent des hôtes différents ({0}, {1})',
  '{} Basic with {} and {}': '{0} Basic avec {1} et {2}',
  'one order per business payment, keyed by the order {}':
    'une commande par paiement métier, identifiée par le {0} de la commande',
  'look the order up before creating again': 'rechercher la commande avant de la recréer',
  '{} header: {} of the raw body with the webhook secret':
    'en-tête {0} : {1} du corps brut avec le secret du webhook',
  'Checkout returns razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verify it server-side before marking paid':
    'Checkout renvoie razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret) : le vérifier côté serveur avant de marquer comme payé',
  '{} header (web service user {} key)': 'en-tête {0} (clé {1} de l’utilisateur du service web)',
  '{} validation error': '{0} erreur de validation',
  '{} header': 'en-tête {0}',
  '{} signature in {}, computed with the {} key of the webhook':
    'signature {0} dans {1}, calculée avec la clé {2} du webhook',
  'Acknowledge webhooks with {} {} (Adyen retries until accepted)':
    'Acquitter les webhooks avec {0} {1} (Adyen réessaie jusqu’à acceptation)',
  '{} key as a Bearer token': 'clé {0} comme jeton Bearer',
  '{} Accepted on success': '{0} Accepted en cas de succès',
  'Signed Event Webhook: {} signature in {} over timestamp + raw body, checked with the account verification key':
    'Signed Event Webhook : signature {0} dans {1} sur horodatage + corps brut, vérifiée avec la clé de vérification du compte',
  'Accepted ({}) is not delivered: delivery state arrives through the Event Webhook':
    'Accepted ({0}) ne veut pas dire livré : l’état de livraison arrive par l’Event Webhook',
  '{} (ErrorCode in body)': '{0} (ErrorCode dans le corps)',
  'no signature: protect the webhook {} with {} Basic credentials (and an {} allowlist)':
    'pas de signature : protéger l’{0} du webhook par des identifiants {1} Basic (et une liste d’{2} autorisées)',
  'Transactional and broadcast mail use separate message streams':
    'Le courriel transactionnel et le courriel de diffusion utilisent des flux de messages séparés',
  '{} Basic with user "api" and the {} key': '{0} Basic avec l’utilisateur "api" et la clé {1}',
  '{} requests, {} responses': 'requêtes {0}, réponses {1}',
  'signature.signature = HMAC-SHA256(timestamp + token) with the webhook signing key':
    'signature.signature = HMAC-SHA256(timestamp + token) avec la clé de signature du webhook',
  'reject reused tokens': 'rejeter les jetons réutilisés',
  '{} domains use {}': 'les domaines {0} utilisent {1}',
  '{} Signature Version {} ({} role or access keys)': '{0} Signature Version {1} (rôle {2} ou clés d’accès)',
  'account sending quota and maximum send rate per second (see the {} console for this account)':
    'quota d’envoi du compte et débit d’envoi maximal par seconde (voir la console {0} de ce compte)',
  'events arrive as Amazon {} notifications: verify the {} message signature with its signing certificate':
    'les événements arrivent comme notifications Amazon {0} : vérifier la signature du message {1} avec son certificat de signature',
  'New accounts start in the sandbox (verified recipients only) until production access is granted':
    'Les nouveaux comptes démarrent dans le sandbox (destinataires vérifiés uniquement) jusqu’à l’octroi de l’accès production',
  '{} requests per second per team by default ({} beyond)':
    '{0} requêtes par seconde par équipe par défaut ({1} au-delà)',
  '{} header on {} /emails': 'en-tête {0} sur {1} /emails',
  'Svix signature: {}, {} and {} headers ({} with the signing secret)':
    'signature Svix : en-têtes {0}, {1} et {2} ({3} avec le secret de signature)',
  'The sending domain must be verified ({} records) before production mail':
    'Le domaine d’envoi doit être vérifié (enregistrements {0}) avant tout envoi en production',
  '{} Basic with the Account {} and Auth Token (or an {} key pair)':
    '{0} Basic avec l’Account {1} et l’Auth Token (ou une paire de clés {2})',
  '{} request bodies, {} responses': 'corps de requête {0}, réponses {1}',
  'messages are queued per sender': 'les messages sont mis en file par expéditeur',
  'throughput depends on the number type (see provider docs)':
    'le débit dépend du type de numéro (voir la documentation du fournisseur)',
  '{} (error {})': '{0} (erreur {1})',
  '{} ({} invalid "To" number)': '{0} ({1} numéro "To" invalide)',
  '{} header: base64 {} of the full {} plus sorted {} parameters, keyed with the Auth Token':
    'en-tête {0} : {1} en base64 de l’{2} complète plus les paramètres {3} triés, avec l’Auth Token comme clé',
  'Numbers in {} format (+{})': 'Numéros au format {0} (+{1})',
  'Authorization: AccessKey {key} header': 'en-tête Authorization: AccessKey {key}',
  '{} header: a {} ({}) signed with the signing key':
    'en-tête {0} : un {1} ({2}) signé avec la clé de signature',
  'Bearer access token of a system user': 'jeton d’accès Bearer d’un utilisateur système',
  'per-number messaging limits and tiers set by Meta (see provider docs)':
    'limites et paliers de messagerie par numéro fixés par Meta (voir la documentation du fournisseur)',
  '{} (invalid parameter, template not approved)': '{0} (paramètre invalide, modèle non approuvé)',
  '{} header: {} of the raw body with the app secret':
    'en-tête {0} : {1} du corps brut avec le secret de l’application',
  'subscription handshake echoes {} when {} matches':
    'la poignée de main d’abonnement renvoie {0} quand {1} correspond',
  'Outside the 24-hour customer service window only approved template messages can be sent':
    'En dehors de la fenêtre de service client de 24 heures, seuls des messages de modèle approuvés peuvent être envoyés',
  none: 'aucune',
  'OAuth {} access token of a service account (scope {})':
    'jeton d’accès OAuth {0} d’un compte de service (portée {1})',
  '{} (honour {})': '{0} (en respectant {1})',
  '{} {} (delete the device token)': '{0} {1} (supprimer le jeton de l’appareil)',
  'Remove device tokens that return {}': 'Retirer les jetons d’appareil qui renvoient {0}',
  'Authorization header with the app {} {} key': 'en-tête Authorization avec la clé {0} {1} de l’application',
  '{} field on notification create': 'champ {0} à la création de la notification',
  '{} ({"text": ...} or Block Kit blocks)': '{0} ({"text": ...} ou blocs Block Kit)',
  'about {} message per second per webhook, short bursts allowed ({} with {} beyond)':
    'environ {0} message par seconde par webhook, courtes rafales permises ({1} avec {2} au-delà)',
  '{} with {} error bodies': '{0} avec des corps d’erreur {1}',
  'object bytes as the body': 'les octets de l’objet comme corps',
  '{} {} and {} {} requests per second per partitioned prefix':
    '{0} requêtes {1} et {2} {3} par seconde par préfixe partitionné',
  '{} of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'un {0} de la même clé écrase : dériver les clés d’objet des identifiants pour qu’une nouvelle tentative écrive la même clé',
  'Keep buckets private (Block Public Access)': 'Garder les buckets privés (Block Public Access)',
  'hand out short-lived presigned URLs': 'distribuer des URL présignées de courte durée',
  '{} Signature Version {} with R2 access keys': '{0} Signature Version {1} avec des clés d’accès R2',
  '{} Signature Version {} with the provider access keys':
    '{0} Signature Version {1} avec les clés d’accès du fournisseur',
  'Keep buckets private': 'Garder les buckets privés',
  '{} of the same key overwrites: derive object keys from ids':
    'un {0} de la même clé écrase : dériver les clés d’objet des identifiants',
  'No egress fees': 'Pas de frais de sortie (egress)',
  'presigned URLs work as with S3': 'les URL présignées fonctionnent comme avec S3',
  'OAuth {} service account credentials': 'identifiants OAuth {0} d’un compte de service',
  '{} precondition makes retried uploads safe': 'la précondition {0} rend sûrs les envois réessayés',
  'service role key on the server (bypasses {})': 'clé service role côté serveur (contourne {0})',
  'user {} + {} {} policies from clients': '{0} de l’utilisateur + politiques {2} sur {1} depuis les clients',
  '{} (multipart or raw body uploads), {} responses': '{0} (envois multipart ou en corps brut), réponses {1}',
  'upload with {} fails on an existing path': 'un envoi avec {0} échoue sur un chemin existant',
  'derive paths from ids': 'dériver les chemins des identifiants',
  'read-write token': 'jeton en lecture-écriture',
  '{} over {}': '{0} sur {1}',
  'Blob URLs are public but unguessable': 'Les URL Blob sont publiques mais impossibles à deviner',
  'do not store private data without access control':
    'ne pas stocker de données privées sans contrôle d’accès',
  '{} and {} headers (admin key on the server, search-only key in clients)':
    'en-têtes {0} et {1} (clé d’administration côté serveur, clé de recherche seule dans les clients)',
  'network error or timeout (clients fail over across hosts)':
    'erreur réseau ou délai dépassé (les clients basculent d’un hôte à l’autre)',
  'objects are upserted by objectID: reuse the entity id':
    'les objets sont insérés ou mis à jour par objectID : réutiliser l’identifiant de l’entité',
  'Indexing is asynchronous ({})': 'L’indexation est asynchrone ({0})',
  'Authorization: Bearer {API key}': 'Authorization: Bearer {clé API}',
  'Document writes are asynchronous tasks: poll /tasks or accept eventual consistency':
    'Les écritures de documents sont des tâches asynchrones : interroger /tasks ou accepter la cohérence à terme',
  '{} key (Authorization: ApiKey …) or {} Basic': 'clé {0} (Authorization: ApiKey …) ou {1} Basic',
  '{} ({} for _bulk)': '{0} ({1} pour _bulk)',
  'index by document id ({} /_doc/{id}) so a retry overwrites':
    'indexer par identifiant de document ({0} /_doc/{id}) pour qu’une nouvelle tentative écrase',
  '_bulk returns 200 with per-item errors: check items[].error':
    '_bulk renvoie 200 avec des erreurs par élément : vérifier items[].error',
  '{} key (key parameter or {}), restricted by {} and by server {}':
    'clé {0} (paramètre key ou {1}), restreinte par {2} et par {3} du serveur',
  'per-API quotas set in the Google Cloud console (see provider docs)':
    'quotas par API fixés dans la console Google Cloud (voir la documentation du fournisseur)',
  '{} (not an error: no match)': '{0} (pas une erreur : aucun résultat)',
  'coordinates only for up to {} days': 'coordonnées seulement pendant {0} jours au plus',
  'access_token query parameter (secret token on the server, URL-restricted public token in clients)':
    'paramètre de requête access_token (jeton secret côté serveur, jeton public restreint par URL dans les clients)',
  'Temporary geocoding results may not be stored':
    'Les résultats de géocodage temporaire ne peuvent pas être stockés',
  'permanent storage needs the permanent endpoint': 'le stockage permanent exige l’endpoint permanent',
  '{} Basic with the source write key as the user name':
    '{0} Basic avec la clé d’écriture de la source comme nom d’utilisateur',
  '{} {} per call, {} {} per batch': '{0} {1} par appel, {2} {3} par lot',
  '{} field: Segment deduplicates repeated {}': 'champ {0} : Segment déduplique les {1} répétés',
  'Send events asynchronously: analytics must never fail a user request':
    'Envoyer les événements de façon asynchrone : l’analytique ne doit jamais faire échouer une requête utilisateur',
  'project {} key in the body ({})': 'clé {0} du projet dans le corps ({1})',
  'personal {} key for private endpoints': 'clé {0} personnelle pour les endpoints privés',
  'uuid field on each event deduplicates retries':
    'le champ uuid de chaque événement déduplique les nouvelles tentatives',
  '{} and {} clouds use different hosts': 'les clouds {0} et {1} utilisent des hôtes différents',
  'service account ({} Basic) for /import': 'compte de service ({0} Basic) pour /import',
  'project token for /track': 'jeton du projet pour /track',
  '${} property deduplicates retried events': 'la propriété ${0} déduplique les événements réessayés',
  'the {} verifies {} access tokens against the tenant {} (iss, aud = {} identifier, exp)':
    'l’{0} vérifie les jetons d’accès {1} avec le {2} du tenant (iss, aud = identifiant de l’{3}, exp)',
  'Authentication and Management {} limits depend on the plan (see provider docs)':
    'les limites des {0} Authentication et Management dépendent de l’offre (voir la documentation du fournisseur)',
  'Cache the {}': 'Mettre le {0} en cache',
  'refetch only on an unknown kid': 'le récupérer à nouveau seulement pour un kid inconnu',
  'secret key as a Bearer token for the Backend {}': 'clé secrète comme jeton Bearer pour la Backend {0}',
  'session JWTs verified with the instance public key':
    'JWT de session vérifiés avec la clé publique de l’instance',
  '{} {} tokens verified against the user pool {}': 'jetons {0} {1} vérifiés avec le {2} du user pool',
  'check iss, {} and {}': 'vérifier iss, {0} et {1}',
  'per-operation quotas per account and region (see provider docs)':
    'quotas par opération, par compte et par région (voir la documentation du fournisseur)',
  '{} {} tokens verified with Google public keys (aud = project id, iss = {})':
    'jetons {0} {1} vérifiés avec les clés publiques de Google (aud = identifiant du projet, iss = {2})',
  'Check revocation ({}) on sensitive operations':
    'Vérifier la révocation ({0}) lors des opérations sensibles',
  'per-endpoint auth rate limits configurable in the project dashboard (see provider docs)':
    'limites de débit d’authentification par endpoint, configurables dans le tableau de bord du projet (voir la documentation du fournisseur)',
  '{} authorization code flow with {} and state': 'flux authorization code {0} avec {1} et state',
  '{} token verified (iss {}, aud = client id, exp)':
    'jeton {0} vérifié (iss {1}, aud = identifiant client, exp)',
  'streaming as server-sent events': 'streaming en server-sent events',
  'requests and tokens per minute per model and usage tier ({}* response headers)':
    'requêtes et jetons par minute par modèle et palier d’usage (en-têtes de réponse {0}*)',
  '{} invalid request': '{0} requête invalide',
  '{} request too large': '{0} requête trop volumineuse',
  'Set a request timeout and a max output token limit per call':
    'Fixer un délai d’expiration de requête et une limite de jetons de sortie par appel',
  '{} header plus {} header': 'en-tête {0} plus en-tête {1}',
  'requests, input tokens and output tokens per minute per usage tier ({}* headers)':
    'requêtes, jetons d’entrée et jetons de sortie par minute par palier d’usage (en-têtes {0}*)',
  'Set {} on every request': 'Fixer {0} sur chaque requête',
  'streamed responses can fail mid-stream': 'les réponses en streaming peuvent échouer en cours de flux',
  'requests and tokens per minute per model and tier (see provider docs)':
    'requêtes et jetons par minute par modèle et palier (voir la documentation du fournisseur)',
  '{} header or a Microsoft Entra {} Bearer token': 'en-tête {0} ou un jeton Bearer Microsoft Entra {1}',
  'tokens and requests per minute per deployment quota (see provider docs)':
    'jetons et requêtes par minute selon le quota du déploiement (voir la documentation du fournisseur)',
  '{} (public key in the {})': '{0} (clé publique dans l’{1})',
  'Sentry envelope (sent by the {})': 'enveloppe Sentry (envoyée par le {0})',
  'plan event quota': 'quota d’événements de l’offre',
  'the {} honours {} and {}': 'le {0} respecte {1} et {2}',
  'handled by the {} transport': 'géré par le transport du {0}',
  'Scrub personal data before send (beforeSend / sendDefaultPii: false)':
    'Effacer les données personnelles avant l’envoi (beforeSend / sendDefaultPii : false)',
  'Never block a request on error reporting': 'Ne jamais bloquer une requête pour le signalement d’erreurs',
  'plan- or account-dependent: see provider docs':
    'dépend de l’offre ou du compte : voir la documentation du fournisseur',
  'call {*} with {*}': 'appeler {0} avec {1}',
  'call {*}': 'appeler {0}',
  // Testing, observability, deployment (env, prerequisites, migrations per ORM), job runners and dead letters per queue, security evidence, auth routes.
  '{*}: recorded responses incl. {*} to exercise retries':
    '{0} : réponses enregistrées, dont {1}, pour éprouver les nouvelles tentatives',
  'each endpoint: success, validation error ({}), unauthenticated ({}), forbidden role ({}), not found ({})':
    'chaque endpoint : succès, erreur de validation ({0}), non authentifié ({1}), rôle interdit ({2}), introuvable ({3})',
  'job {*}: idempotent on rerun': 'tâche {0} : idempotente en cas de réexécution',
  'validators: {} field rules (section {})': 'validateurs : {0} règles de champ (section {1})',
  '{*}: {*} concurrent virtual users (stated {*}) for {*} minutes':
    '{0} : {1} utilisateurs virtuels simultanés (énoncé : {2}) pendant {3} minutes',
  '{*}: {*} requests/s (stated) for {*} minutes': '{0} : {1} requêtes/s (énoncé) pendant {2} minutes',
  'a load tool': 'un outil de charge',
  'pass if p95 of "{*}" ≤ {*} (stated {*})': 'réussi si le p95 de "{0}" ≤ {1} (énoncé : {2})',
  'p95 {} for "{*}"': 'p95 de {0} pour "{1}"',
  'p95 {} for routes {*}': 'p95 de {0} pour les routes {1}',
  'latency target: {*}': 'objectif de latence : « {0} »',
  '< {*} for {*}': '< {0} pour {1}',
  'within {*} for {*}': 'en moins de {0} pour {1}',
  '> {} (default: the documents state no availability target)':
    '> {0} (par défaut : les documents n’énoncent aucun objectif de disponibilité)',
  'database ({*} at {*}): SELECT 1 / ping within {*}':
    'base de données ({0} sur {1}) : SELECT 1 / ping en moins de {2}',
  'cache ({*} at {*}): PING': 'cache ({0} sur {1}) : PING',
  'cache ({*}): PING': 'cache ({0}) : PING',
  'queue ({*}): connection and consumer lag': 'file ({0}) : connexion et retard des consommateurs',
  'no stateful dependency is stated: ready once started':
    'aucune dépendance avec état n’est énoncée : prêt dès le démarrage',
  '{*} connection string (with credentials)': 'chaîne de connexion {0} (avec identifiants)',
  'Redis connection (cache / queue)': 'connexion Redis (cache / file)',
  'JWT signing secret (HS256, ≥ 256 bits)': 'secret de signature des JWT (HS256, ≥ 256 bits)',
  'minimum log level (info in production, debug locally)':
    'niveau de journalisation minimal (info en production, debug en local)',
  'referenced by the spec': 'référencée par la spécification',
  '{*} (payments)': '{0} (paiements)',
  '{*} (email)': '{0} (courriel)',
  '{*} (sms)': '{0} (SMS)',
  '{*} (chat)': '{0} (messagerie)',
  '{*} (whatsapp)': '{0} (WhatsApp)',
  '{*} (push)': '{0} (notifications push)',
  '{*} (storage)': '{0} (stockage)',
  '{*} (identity)': '{0} (identité)',
  '{*} (search)': '{0} (recherche)',
  '{*} (maps)': '{0} (cartographie)',
  '{*} (shipping)': '{0} (expédition)',
  '{*} (analytics)': '{0} (analytique)',
  '{*} (llm)': '{0} (modèle de langage)',
  '{*} (monitoring)': '{0} (supervision)',
  '{*} (other)': '{0} (autre)',
  '{*} runtime': 'environnement d’exécution {0}',
  '{*} database reachable through DATABASE_URL': 'base de données {0} joignable via DATABASE_URL',
  '{*} (cache) reachable through REDIS_URL': '{0} (cache) joignable via REDIS_URL',
  '{*} (queue) reachable through REDIS_URL': '{0} (file) joignable via REDIS_URL',
  '{*} (cache)': '{0} (mémoire cache)',
  '{*} (queue)': '{0} (file)',
  '{*} account and credentials ({*})': 'compte et identifiants {0} ({1})',
  '{*} pipeline: lint, type-check, tests, migrations, deploy':
    'pipeline {0} : lint, vérification des types, tests, migrations, déploiement',
  '{*} project with the environment variables above set per environment':
    'projet {0} avec les variables d’environnement ci-dessus définies par environnement',
  'versioned SQL files (001_init.sql, 002_…) applied in order by a migration runner':
    'fichiers SQL versionnés (001_init.sql, 002_…) appliqués dans l’ordre par un exécuteur de migrations',
  'never {} against shared databases': 'jamais {0} sur des bases de données partagées',
  '{} writes SQL migrations from the schema': '{0} écrit les migrations SQL à partir du schéma',
  '{} (or {} at deploy) applies them in order': '{0} (ou {1} au déploiement) les applique dans l’ordre',
  '{} from entity changes': '{0} à partir des changements d’entités',
  '{} at deploy': '{0} au déploiement',
  'synchronize: false in every shared environment': 'synchronize : false dans tout environnement partagé',
  '{}, then {} at deploy': '{0}, puis {1} au déploiement',
  'Kysely Migrator with FileMigrationProvider': 'Kysely Migrator avec FileMigrationProvider',
  'no schema migrations: new fields are optional':
    'pas de migrations de schéma : les nouveaux champs sont facultatifs',
  'data backfills and index builds run as versioned scripts':
    'les remplissages de données et les constructions d’index s’exécutent en scripts versionnés',
  'no schema migrations: new fields are optional (backward compatible readers)':
    'pas de migrations de schéma : les nouveaux champs sont facultatifs (lecteurs rétrocompatibles)',
  'index creation and backfills as versioned scripts run at deploy':
    'création d’index et remplissages en scripts versionnés exécutés au déploiement',
  'V<n>__<name>.sql files': 'fichiers V<n>__<name>.sql',
  '{*} job table (SELECT … FOR UPDATE SKIP LOCKED)':
    'table de tâches dans {0} (SELECT … FOR UPDATE SKIP LOCKED)',
  '{*} jobs collection (findOneAndUpdate claim)':
    'collection de tâches dans {0} (réservées par findOneAndUpdate)',
  'scheduled by {*} repeatable jobs': 'planifié par des tâches répétables {0}',
  'scheduled by {*}': 'planifié par {0}',
  '{*} repeatable jobs': 'tâches répétables {0}',
  'in-process cron timer (one leader instance)':
    'minuterie cron dans le processus (une seule instance leader)',
  'SQS dead-letter queue (redrive policy, maxReceiveCount = max attempts)':
    'file de lettres mortes SQS (redrive policy, maxReceiveCount = tentatives maximales)',
  'RabbitMQ dead-letter exchange': 'exchange de lettres mortes RabbitMQ',
  'dead-letter topic (<topic>.dlq)': 'topic de lettres mortes (<topic>.dlq)',
  'dead-letter stream (<stream>:dead) after XCLAIM delivery count exceeds max attempts':
    'stream de lettres mortes (<stream>:dead) quand le compteur de livraisons XCLAIM dépasse les tentatives maximales',
  '{} log (payload, error, attempts)': 'journal {0} (contenu, erreur, tentatives)',
  'none: the link opens on the user’s device, nothing is called server-side':
    'aucune : le lien s’ouvre sur l’appareil de l’utilisateur, rien n’est appelé côté serveur',
  'schedule as stated: {*}': 'planification telle qu’énoncée : {0}',
  'HTTPS only as stated ({*})': 'HTTPS uniquement, comme énoncé ({0})',
  'HTTPS only': 'HTTPS uniquement',
  'SameSite=Strict (or Lax plus a CSRF token on state-changing requests)':
    'SameSite=Strict (ou Lax plus un jeton CSRF sur les requêtes qui modifient l’état)',
  'passwords hashed with {*} (stated)': 'mots de passe hachés avec {0} (énoncé)',
  "every query through {*}'s query {} (parameterised)":
    'chaque requête passe par l’{1} de requêtes de {0} (paramétrée)',
  'every query through parameterised statements (tagged templates / ${} placeholders)':
    'chaque requête par des instructions paramétrées (tagged templates / marqueurs ${0})',
  'login rate-limited per IP and account (section {})':
    'connexion limitée en débit par IP et par compte (section {0})',
  '{*} codes, every example valid against the stated envelope':
    '{0} codes, chaque exemple valide selon l’enveloppe énoncée',
  '{*} codes, every example valid against the problem-details envelope':
    '{0} codes, chaque exemple valide selon l’enveloppe problem-details',
  '{} entity of {} with a primary key ({} composite)':
    '{0} entité sur {1} avec une clé primaire ({2} composites)',
  '{} of {} foreign key indexed': '{0} clé étrangère sur {1} indexée',
  '{} of {} table reachable by primary key': '{0} table sur {1} accessible par clé primaire',
  'operator class by rule {}': 'classe d’opérateurs par la règle {0}',
  'reference data: read by most requests, changed rarely':
    'données de référence : lues par la plupart des requêtes, rarement modifiées',
  'build filters from validated scalars': 'construire les filtres à partir de scalaires validés',
  'lookup by email': 'recherche par e-mail',
  'Delete expired {*} rows so lookups stay small and stolen expired tokens are gone':
    'Supprimer les lignes expirées de {0} pour que les recherches restent petites et que les jetons expirés volés disparaissent',
  'run {*} for the period': 'exécuter {0} pour la période',
  'store the period end as the next run’s start':
    'enregistrer la fin de la période comme début de la prochaine exécution',
  'Start signing in with {*}': 'Commencer la connexion avec {0}',
  'OAuth callback from {*}': 'Callback OAuth de {0}',
  'Request a password reset link': 'Demander un lien de réinitialisation du mot de passe',
  'Set a new password with a reset token':
    'Définir un nouveau mot de passe avec un jeton de réinitialisation',
  'The password was changed.': 'Le mot de passe a été modifié.',
  'Confirm an email address with a verification token':
    'Confirmer une adresse e-mail avec un jeton de vérification',
  'The email address is verified.': 'L’adresse e-mail est vérifiée.',
  'Where the browser goes next.': 'Où le navigateur va ensuite.',
  'The id path parameter.': 'Le paramètre de chemin id.',
  'Deactivate a {*} (instead of deleting it)': 'Désactiver {0} (au lieu de le supprimer)',
  'Attach a {*} to a {*}': 'Associer {0} à {1}',
  'no authentication route serves "{*}"': 'aucune route d’authentification ne sert "{0}"',
  'served by the identity provider {*}, not by this API':
    'assuré par le fournisseur d’identité {0}, pas par cette API',
  'no cache (stated)': 'pas de cache (énoncé)',
  // Prisma migration workflow (derive/deployment.ts).
  '{} creates a timestamped SQL migration locally': '{0} crée en local une migration SQL horodatée',
  'commit prisma/migrations/*': 'committer prisma/migrations/*',
  // Slack endpoint, stated alert targets.
  '{} {} (the webhook URL)': '{0} {1} (l’URL du webhook)',
  '> {} (stated target {*})': '> {0} (objectif énoncé : {1})',
  'The {} of the {name}, to print.': '{0} de {1}, à imprimer.',
  'Number of {name} records per {}': 'Nombre d’enregistrements {0} par {1}',
  '{*}, as a file.': '{0}, sous forme de fichier.',
  'The file format, as the documents state them.': 'Le format de fichier, tel que les documents l’indiquent.',
  '{} of the {name}, to print': '{0} de {1}, à imprimer',
  'measured as p95 (section {} alert)': 'mesuré en p95 (alerte de la section {0})',
  '{} per minute per user (default)': '{0} par minute et par utilisateur (par défaut)',
  '{} per minute per {} (default)': '{0} par minute et par {1} (par défaut)',
  '{} per minute per provider (default)': '{0} par minute et par fournisseur (par défaut)',
  'rate limit: auth endpoints ({})': 'limite de requêtes : endpoints d’authentification ({0})',
  'rate limit: read endpoints ({})': 'limite de requêtes : endpoints de lecture ({0})',
  'rate limit: write endpoints ({})': 'limite de requêtes : endpoints d’écriture ({0})',
  'rate limit: expensive endpoints ({})': 'limite de requêtes : endpoints coûteux ({0})',
  'rate limit: webhook endpoints ({})': 'limite de requêtes : endpoints de webhook ({0})',
  'rate limit: public endpoints ({})': 'limite de requêtes : endpoints publics ({0})',
  'rate limit: anonymous callers': 'limite de requêtes : appelants anonymes',
  // A limit the documents state for a class of endpoints, as written ("120 Anfragen pro Minute").
  '{*} (stated)': '{0} (énoncé)',
  'rate limit on {*}': 'limite de requêtes sur {0}',
  'within {*}': 'en {0} au plus',
  '{} seconds': '{0} secondes',
  '{} minutes': '{0} minutes',
  'tokens in cookies as stated ({*}): HttpOnly': 'jetons dans des cookies, comme énoncé ({0}) : HttpOnly',
  'check Origin on {}': 'vérifier Origin sur {0}',
  'password policy as stated (section {})': 'politique de mots de passe telle qu’énoncée (section {0})',
  'lockout: {*}': 'verrouillage : {0}',
  '{} failed attempts then locked for {}': '{0} tentatives échouées puis verrouillage de {1}',
  '{} failed attempts': '{0} tentatives échouées',
  '{} fields redacted': '{0} champs masqués',
  'alerts on error rate': 'alertes sur le taux d’erreurs',
  'store: {*}': 'stockage : {0}',
  'none stated (in-process)': 'aucun énoncé (dans le processus)',
  '{} ownership rules on real columns': '{0} règles de propriété sur des colonnes réelles',
  '{} signed webhook receivers': '{0} récepteurs de webhooks signés',
  '{*}: {} attempts, {*}': '{0} : {1} tentatives, {2}',
  '{*}: {} attempts': '{0} : {1} tentatives',
  'Sign out': 'Se déconnecter',
  'Create an account': 'Créer un compte',
  'a leading {} sorts descending.': 'un {0} initial trie par ordre décroissant.',
  'Only {name} records whose {} equals this value.':
    'Uniquement les enregistrements {0} dont {1} est égal à cette valeur.',
  'Filter {} as stated.': 'Filtre {0} tel qu’énoncé.',
  '{*} a {*} ({} → {})': '{0!} {1} ({2} → {3})',
  '{*} an {*} ({} → {})': '{0!} {1} ({2} → {3})',
  'verb: Approve': 'Approuver',
  'verb: Reject': 'Rejeter',
  'verb: Cancel': 'Annuler',
  'verb: Pay': 'Payer',
  'verb: Send': 'Envoyer',
  'verb: Ship': 'Expédier',
  'verb: Close': 'Clôturer',
  'verb: Complete': 'Terminer',
  'verb: Win': 'Gagner',
  'verb: Lose': 'Perdre',
  'verb: Submit': 'Soumettre',
  'verb: Commit': 'Valider',
  'verb: Refund': 'Rembourser',
  'verb: Write Off': 'Passer en perte',
  'verb: Check In': 'Enregistrer l’arrivée de',
  'verb: Check Out': 'Enregistrer le départ de',
  'verb: Archive': 'Archiver',
  'verb: Publish': 'Publier',
  'verb: Confirm': 'Confirmer',
  'verb: Activate': 'Activer',
  'verb: Deactivate': 'Désactiver',
  'verb: Enable': 'Activer',
  'verb: Disable': 'Désactiver',
  'verb: Suspend': 'Suspendre',
  'verb: Verify': 'Vérifier',
  'verb: Amend': 'Corriger',
  'verb: Authorise': 'Autoriser',
  'verb: Authorize': 'Autoriser',
  'verb: Assign': 'Attribuer',
  'verb: Accept': 'Accepter',
  'verb: Decline': 'Décliner',
  'verb: Deliver': 'Livrer',
  'verb: Review': 'Examiner',
  'verb: Schedule': 'Planifier',
  'verb: Dispatch': 'Expédier',
  'verb: Resolve': 'Résoudre',
  'verb: Block': 'Bloquer',
  'verb: Lock': 'Verrouiller',
  'verb: Unlock': 'Déverrouiller',
  'verb: Expire': 'Faire expirer',
  'verb: Fail': 'Marquer en échec',
  'verb: Receive': 'Réceptionner',
  'verb: Return': 'Rendre',
  'verb: Release': 'Libérer',
  'verb: Validate': 'Valider',
  'verb: Sign': 'Signer',
  'verb: Finalise': 'Finaliser',
  'verb: Finalize': 'Finaliser',
  'verb: Enter': 'Saisir',
  'verb: Collect': 'Collecter',
  'verb: Book': 'Réserver',
  'verb: Reserve': 'Réserver',
  'verb: Open': 'Ouvrir',
  'verb: Start': 'Démarrer',
  'verb: Process': 'Traiter',
  'verb: Report': 'Signaler',
  'verb: Escalate': 'Faire remonter',
  'verb: Delete': 'Supprimer',
  'verb: Restore': 'Restaurer',
  'verb: Invite': 'Inviter',
  'verb: Settle': 'Régler',
  'verb: Invoice': 'Facturer',
  'verb: Print': 'Imprimer',
  'verb: Renew': 'Renouveler',
  'verb: Borrow': 'Emprunter',
  'verb: Lend': 'Prêter',
  'verb: Admit': 'Admettre',
  'verb: Discharge': 'Faire sortir',
  'verb: Vaccinate': 'Vacciner',
  'verb: Treat': 'Traiter',
  'verb: Examine': 'Examiner',
  'verb: Prescribe': 'Prescrire',
  'verb: Hire': 'Embaucher',
  'verb: Retire': 'Retirer',
  'verb: Upload': 'Téléverser',
  'verb: Export': 'Exporter',
  'verb: Import': 'Importer',
  'verb: Plan': 'Planifier',
  pagination: 'pagination',
  'connection pool': 'pool de connexions',
  'versioned SQL files': 'fichiers SQL versionnés',
  'ownership checked on {} entities ({*})': 'propriété vérifiée sur {0} entités ({1})',
  'under {*}': 'en moins de {0}',
  'Server-side sessions via {*}': 'Sessions côté serveur via {0}',
  'Server-side sessions': 'Sessions côté serveur',
  'session via {*}': 'session par {0}',
  'As stated in the contract.': "Tel que le contrat l'établit.",
  'External identity provider (OAuth 2.0 / OIDC) via {*}':
    "Fournisseur d'identité externe (OAuth 2.0 / OIDC) via {0}",
  'External identity provider (OAuth 2.0 / OIDC)': "Fournisseur d'identité externe (OAuth 2.0 / OIDC)",
  'sign-in delegated via {*} (OAuth 2.0 / OIDC)': 'connexion déléguée à {0} (OAuth 2.0 / OIDC)',
  'JWTs issued by {*}': 'JWT émis par {0}',
  "sign-in via {*}, then the API's own JWTs": 'connexion via {0}, puis les JWT propres à l’API',
  'server-side sessions (cookie)': 'sessions côté serveur (cookie)',
  'API keys': 'clés d’API',
  'Opaque bearer tokens via {*}': 'Jetons bearer opaques via {0}',
  'Opaque bearer tokens': 'Jetons bearer opaques',
  'opaque bearer tokens via {*}': 'jetons bearer opaques via {0}',
  'opaque bearer tokens': 'jetons bearer opaques',
  'sign-in by password or a one-time e-mail link':
    'connexion par mot de passe ou par un lien à usage unique envoyé par e-mail',
  'sign-in by a one-time e-mail link': 'connexion par un lien à usage unique envoyé par e-mail',
  '{*} with refresh tokens ({*})': '{0} avec jetons de rafraîchissement ({1})',
  '{*} with refresh tokens': '{0} avec jetons de rafraîchissement',
  'bcrypt, cost {}': 'bcrypt, coût {0}',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints, {} ownership rules':
    'contrôle d’accès par rôles, {0} rôles ({1}), matrice des permissions de {2} endpoints, {3} règles de propriété',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints':
    'contrôle d’accès par rôles, {0} rôles ({1}), matrice des permissions de {2} endpoints',
  'role-based access control, {} roles ({*})': 'contrôle d’accès par rôles, {0} rôles ({1})',
  'per endpoint class: {*}': 'par classe d’endpoint : {0}',
  'access token lifetime': 'durée de vie du jeton d’accès',
  'refresh token lifetime': 'durée de vie du jeton de rafraîchissement',
  'session / idle timeout, automatic logout after inactivity':
    'délai de session ou d’inactivité (déconnexion automatique après inactivité)',
  'lifetime of a passwordless sign-in link': 'durée de vie du lien de connexion sans mot de passe',
  'one-time password lifetime': 'durée de vie du mot de passe à usage unique',
  'password-reset token lifetime': 'durée de vie du jeton de réinitialisation du mot de passe',
  'email verification token lifetime': 'durée de vie du jeton de vérification de l’e-mail',
  'invitation lifetime': 'durée de validité de l’invitation',
  'minimum password length': 'longueur minimale du mot de passe',
  'failed attempts before lockout': 'tentatives échouées avant le verrouillage',
  'lockout duration': 'durée du verrouillage',
  'bcrypt cost / rounds': 'coût ou tours de bcrypt',
  'response time target': 'objectif de temps de réponse',
  'availability / uptime target': 'objectif de disponibilité',
  'share of successful calls or operations': 'part des appels ou opérations réussis',
  'test coverage target': 'objectif de couverture de tests',
  'requests per minute': 'requêtes par minute',
  'simultaneous users': 'utilisateurs simultanés',
  'recovery point objective': 'objectif de point de reprise (RPO)',
  'recovery time objective': 'durée maximale d’interruption admissible (RTO)',
  'backup retention': 'conservation des sauvegardes',
  'how long a kind of data is kept': 'durée de conservation d’un type de données',
  'how long before an event a reminder goes out': 'délai d’un rappel avant un événement',
  'how long after a due date a notice or action follows':
    'délai d’un avis ou d’une action après une échéance',
  'period of a recurring task': 'période d’une tâche récurrente',
  'default page size': 'taille de page par défaut',
  'maximum page size': 'taille de page maximale',
  'requests allowed, normalised to req/min': 'requêtes autorisées, ramenées en req/min',
  'largest upload or attachment': 'plus gros téléversement ou pièce jointe',
  'a stated maximum of something': 'un maximum énoncé',
  'a stated cache lifetime': 'une durée de vie de cache énoncée',
  'a stated sync / polling interval': 'un intervalle de synchronisation ou d’interrogation énoncé',
  'session timeout {*}': 'délai de session {0}',
  'refresh token {*}': 'jeton de rafraîchissement {0}',
  'access token {*}': 'jeton d’accès {0}',
  'no limit': 'sans limite',
  '{*} states {*} as {*}: which one holds?': '{0} énonce {1} comme {2} : lequel s’applique ?',
  'Render the PDF documents the requirements name': 'Produire les documents PDF que nomment les exigences',
  'CORS rejects an unlisted origin': 'CORS rejette une origine non listée',
  'window = [now + {*} - {*}, now + {*})': 'fenêtre = [maintenant + {0} - {1}, maintenant + {2})',
  'PRD and architecture': 'PRD et architecture',
  '{*} (does not exist)': '{0} (n’existe pas)',
  'Anonymise {*} once the stated period of {*} has passed ("{*}")':
    'Anonymiser {0} une fois écoulée la durée indiquée de {1} (« {2} »)',
  'Archive {*} once the stated period of {*} has passed ("{*}")':
    'Archiver {0} une fois écoulée la durée indiquée de {1} (« {2} »)',
  'replace the personal data of those rows with anonymous values in one transaction per batch, keeping the rows other records reference':
    'remplacer les données personnelles de ces lignes par des valeurs anonymes, une transaction par lot, en gardant les lignes que d’autres enregistrements référencent',
  'copy those rows to the archive, then delete them from the table, in one transaction per batch':
    'copier ces lignes dans l’archive puis les supprimer de la table, une transaction par lot',
  'an anonymised row has no personal data left: a rerun changes nothing':
    'une ligne anonymisée n’a plus de données personnelles : une nouvelle exécution ne change rien',
  'an archived row is no longer in the table: a rerun finds nothing left to move':
    'une ligne archivée n’est plus dans la table : une nouvelle exécution ne trouve plus rien à déplacer',
  'fixed {*} between attempts ("{*}")': '{0} fixes entre les tentatives (« {1} »)',
  'Sort field': 'Champ de tri',
  '{} endpoints × {} roles decided': '{0} endpoints × {1} rôles décidés',
  'strategy {*}': 'stratégie {0}',
  'statuses {*}': 'statuts {0}',
  'foreign key → {name}': 'clé étrangère → {0}',
  'tenant + status filter': 'filtre tenant + statut',
  'tenant + date range': 'tenant + plage de dates',
  'the provider’s own verification scheme, not in the catalogue':
    'le schéma de vérification propre au fournisseur, absent du catalogue',
  '{*} (the provider’s own verification scheme, not in the catalogue)':
    '{0} (le schéma de vérification propre au fournisseur, absent du catalogue)',
  'client certificate (mutual TLS), as the documents state':
    'certificat client (TLS mutuel), comme l’indiquent les documents',
  'a signature, as the documents state': 'une signature, comme l’indiquent les documents',
  'an API key, as the documents state': 'une clé d’API, comme l’indiquent les documents',
  'OAuth client credentials, as the documents state':
    'des identifiants client OAuth, comme l’indiquent les documents',
  '{*} (as the documents state)': '{0} (comme l’indiquent les documents)',
  'the secret key as the HTTP Basic user name, no password':
    "la clé secrète comme nom d'utilisateur HTTP Basic, sans mot de passe",
  'JSON responses': 'réponses JSON',
  'amounts in the smallest unit of the currency (satang for THB)':
    'montants dans la plus petite unité de la devise (satang pour THB)',
  'fetch the event again with GET /events/{id} and the secret key, and act on that copy: the delivered body is not trusted as sent':
    "récupérer l'événement avec GET /events/{id} et la clé secrète, et agir sur cette copie : le corps livré n'est pas fiable tel quel",
  'A PromptPay charge (source type promptpay) answers pending with a QR code and completes later: charge.complete says how it ended':
    "Un prélèvement PromptPay (source type promptpay) répond pending avec un QR code et se termine plus tard : charge.complete dit comment il s'est terminé",
  'the channel access token as a Bearer token': "le jeton d'accès du canal comme jeton Bearer",
  'X-Line-Retry-Key header (a UUID per message): a retried push is sent once':
    "en-tête X-Line-Retry-Key (un UUID par message) : un push relancé n'est envoyé qu'une fois",
  'X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret':
    'X-Line-Signature : HMAC-SHA256 en base64 du corps brut avec le secret du canal',
  'OpenID Connect: the ID token checked by iss (https://access.line.me), aud (the channel id) and exp, or sent to POST /oauth2/v2.1/verify':
    "OpenID Connect : l'ID token vérifié par iss (https://access.line.me), aud (l'id du canal) et exp, ou envoyé à POST /oauth2/v2.1/verify",
};
