import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** French wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'erreur', warning: 'avertissement', info: 'info', hint: 'conseil' },
  texts: {
    'pattern {*} of {*}.{*} ({*}) is left out of the JSON Schemas and OpenAPI: {*}':
      "le motif {0} de {1}.{2} ({3}) reste hors des JSON Schemas et d'OpenAPI : {4}",
    'state it as an ECMA-262 pattern without flags, or validate it in code':
      'indiquez-le comme un motif ECMA-262 sans drapeaux, ou validez-le dans le code',
    'pattern {*} of {*}.{*} ({*}) gets no PostgreSQL CHECK: {*}':
      'le motif {0} de {1}.{2} ({3}) ne reçoit pas de CHECK PostgreSQL : {4}',
    'the API validates it; state a CHECK in SQL if the database must too':
      "l'API le valide ; indiquez un CHECK en SQL si la base doit aussi l'imposer",
    '{*}.{*} must match `{*}` in {*} ({*}) but `{*}` in {*} ({*}); {*} wins':
      "{0}.{1} doit correspondre à `{2}` dans {3} ({4}) mais à `{5}` dans {6} ({7}) ; {8} l'emporte",
    'the route list at {*} covers {*}; not added: {*}':
      'la liste de routes de {0} couvre {1} ; non ajoutées : {2}',
    'the documents say the {*} has no JSON API but name no role it is for: its operations stay in the JSON API':
      'les documents disent que {0} n’a pas d’API JSON mais ne nomment aucun rôle qu’il sert : ses opérations restent dans l’API JSON',
    'the {*} has no JSON API ({*}): {*} operation(s) served by its screens, left out of the OpenAPI document: {*}':
      '{0} n’a pas d’API JSON ({1}) : {2} opération(s) servies par ses écrans, hors du document OpenAPI : {3}',
    '{*} is also stated as {*} ({*}); using {*}': '{0} est aussi indiqué comme {1} ({2}) ; {3} est utilisé',
    '{*} stated route(s) name no entity of the data model and are kept as stated, without schemas: {*}':
      '{0} route(s) indiquée(s) ne nomment aucune entité du modèle de données et sont gardées telles quelles, sans schémas : {1}',
    '{*} ("{*}") has no operation: {*}': '{0} ("{1}") n’a pas d’opération : {2}',
    '{*} is {*} in section 0 ({*}) but {*}': '{0} est marqué {1} dans la section 0 ({2}) mais {3}',
    'the key decision "{*}" is {*}': 'la décision clé "{0}" est {1}',
    'role {*} reaches no operation beyond sign-in':
      'le rôle {0} n’atteint aucune opération au-delà de la connexion',
    "{*}: {*} is denied to {*}, the story's actor": '{0} : {1} est refusée à {2}, l’acteur du récit',
    '{*} reaches {*} across tenants': '{0} atteint {1} entre locataires',
    'no config file found: the project was not initialised, defaults are used':
      'aucun fichier de configuration trouvé : le projet n’a pas été initialisé, les valeurs par défaut sont utilisées',
    'run `backend-spec init` or create one of: {*}': 'lancez `backend-spec init` ou créez l’un de : {0}',
    'documentation language "{*}" (set in {*}) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'la langue de documentation "{0}" (fixée dans {1}) n’a pas encore de catalogue de messages : backend-spec.md est écrit en anglais (disponibles : {2})',
    'documentation language "{*}" (set by --lang) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'la langue de documentation "{0}" (fixée par --lang) n’a pas encore de catalogue de messages : backend-spec.md est écrit en anglais (disponibles : {1})',
    'documentation language "{*}" has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'la langue de documentation "{0}" n’a pas encore de catalogue de messages : backend-spec.md est écrit en anglais (disponibles : {1})',
    'add src/render/i18n/{*}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this':
      'ajoutez src/render/i18n/{0}/ (une copie traduite de en/ ; voir CONTRIBUTING.md), ou passez --lang en pour taire cet avertissement',
    'default {*} of {*} is made by the application (the ORM client), not by the database: the column has no database default':
      'la valeur par défaut {0} de {1} est produite par l’application (le client de l’ORM), pas par la base de données : la colonne n’a pas de valeur par défaut en base',
    'default {*} of {*} is not a literal or a known function for a {*} column: left out of the schema':
      'la valeur par défaut {0} de {1} n’est ni un littéral ni une fonction connue pour une colonne {2} : elle est laissée hors du schéma',
    'default {*} of {*} is not one of {*}: left out of the schema':
      'la valeur par défaut {0} de {1} ne fait pas partie de {2} : elle est laissée hors du schéma',
    "state it as a literal (`0`, `'draft'`, `true`) or `now()`":
      "indiquez-la comme littéral (`0`, `'draft'`, `true`) ou `now()`",
    '{*} is defined twice: the second definition is ignored':
      '{0} est défini deux fois : la seconde définition est ignorée',
    "{*} is {*} but references {*} ({*}): the column takes the key's type":
      '{0} est {1} mais référence {2} ({3}) : la colonne prend le type de la clé',
    "{*} is {*} but references {*} (): the column takes the key's type":
      '{0} est {1} mais référence {2} () : la colonne prend le type de la clé',
    'index on {*} ({*}) names {*}, not a column of {*}: left out':
      'l’index sur {0} ({1}) nomme {2}, qui n’est pas une colonne de {3} : il est laissé de côté',
    '{*} is {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0} est {1} dans {2} ({3}) mais {4} dans {5} ({6}) ; {7} l’emporte',
    'enum {*} has values ({*}) here but ({*}) at {*}; the first definition is kept':
      'l’enum {0} a les valeurs ({1}) ici mais ({2}) dans {3} ; la première définition est gardée',
    '{*} is defined twice in {*} (also at {*}); the definitions were merged':
      '{0} est défini deux fois dans {1} (aussi dans {2}) ; les définitions ont été fusionnées',
    '{*}: {*} is described in {*} ({*}) but not in {*} ({*})':
      '{0} : {1} est décrit dans {2} ({3}) mais pas dans {4} ({5})',
    '{*}: {*} are described in {*} ({*}) but not in {*} ({*})':
      '{0} : {1} sont décrits dans {2} ({3}) mais pas dans {4} ({5})',
    'add {*} to the {*} definition, or remove it from the {*}':
      'ajoutez {0} à la définition {1}, ou retirez-le de {2}',
    'add {*} to the {*} definition, or remove them from the {*}':
      'ajoutez {0} à la définition {1}, ou retirez-les de {2}',
    '{*} of {*} is not read: {*}': '{0} de {1} n’est pas lu : {2}',
    'function {*} is not allowed in a {*}': 'la fonction {0} n’est pas permise dans un {1}',
    '{*} is not allowed': '{0} n’est pas permis',
    'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql':
      'écrivez la contrainte avec des colonnes, littéraux, opérateurs, IN/LIKE/BETWEEN, IS NULL, CASE, conversions et fonctions simples comme lower(), length() ou now() ; les sous-requêtes, les autres fonctions et les instructions ne sont pas copiées dans schema.sql',
    'SQL does not parse: {*}; this statement was skipped':
      'le SQL ne s’analyse pas : {0} ; cette instruction a été ignorée',
    'Prisma schema does not parse: {*}; this block was skipped':
      'le schéma Prisma ne s’analyse pas : {0} ; ce bloc a été ignoré',
    'DBML does not parse: {*}; that element was skipped':
      'le DBML ne s’analyse pas : {0} ; cet élément a été ignoré',
    'DBML does not parse: a line is longer than {*} characters; the block was skipped':
      'le DBML ne s’analyse pas : une ligne dépasse {0} caractères ; le bloc a été ignoré',
    'DBML does not parse: brackets nest deeper than {*}; the block was skipped':
      'le DBML ne s’analyse pas : les crochets s’imbriquent sur plus de {0} niveaux ; le bloc a été ignoré',
    'erDiagram attribute not understood: "{*}"; skipped': 'attribut erDiagram non compris : "{0}" ; ignoré',
    'the statement is read as PostgreSQL': 'l’instruction est lue comme du PostgreSQL',
    'read as {*}, rewritten to PostgreSQL': 'lu comme {0}, réécrit en PostgreSQL',
    '{*} references {*}, which no data model defines; the foreign key is dropped':
      '{0} référence {1}, qu’aucun modèle de données ne définit ; la clé étrangère est abandonnée',
    'relationship {*} – {*}: {*} is not defined by any data model':
      'relation {0} – {1} : {2} n’est défini par aucun modèle de données',
    'relationship {*} – {*}: {*} are not defined by any data model':
      'relation {0} – {1} : {2} ne sont définis par aucun modèle de données',
    '{*} has type {*}, which is neither a known type nor a defined enum; kept as text':
      '{0} a le type {1}, qui n’est ni un type connu ni un enum défini ; gardé comme texte',
    'the only {*} document lies in the archive folder {*}; it is read, but may be out of date':
      'le seul document {0} se trouve dans le dossier d’archive {1} ; il est lu, mais peut être périmé',
    'move the current version out of the archive, or confirm the archived one still holds':
      'sortez la version actuelle de l’archive, ou confirmez que la version archivée tient toujours',
    'classified as {*} ({*})': 'classé comme {0} ({1})',
    'the config names {*} for the planning documents, but the {*} is not there; found by scanning in {*}':
      'la configuration nomme {0} pour les documents de planification, mais {1} n’y est pas ; trouvé en parcourant {2}',
    'the config names {*} for the planning documents, but the {*} are not there; found by scanning in {*}':
      'la configuration nomme {0} pour les documents de planification, mais {1} n’y sont pas ; trouvés en parcourant {2}',
    'point the config at the folder that holds the documents':
      'faites pointer la configuration vers le dossier qui contient les documents',
    'documentation_dir "{*}" does not exist; the documents were found in {*}, and the spec is written to {*}':
      'documentation_dir "{0}" n’existe pas ; les documents ont été trouvés dans {1}, et la spécification est écrite dans {2}',
    'set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)':
      'fixez documentation_dir dans .bmad/config.yaml (ou passez --docs DIR, ou --out DIR pour la sortie seule)',
    'duplicate of {*}: {*}; it is not read': 'doublon de {0} : {1} ; il n’est pas lu',
    'monolithic copy of the shards in {*} ({*} of its lines)':
      'copie monolithique des fragments de {0} ({1} de ses lignes)',
    'identical copy of {*}': 'copie identique de {0}',
    'near-identical copy ({*} of lines shared) of {*}':
      'copie presque identique ({0} de lignes communes) de {1}',
    'the config says {*}': 'la configuration indique {0}',
    'the other copy lies in {*}': 'l’autre copie se trouve dans {0}',
    'the one read is newer ({*})': 'celle qui est lue est plus récente ({0})',
    'neither is newer; the one with the shorter path is read':
      'aucune n’est plus récente ; celle au chemin le plus court est lue',
    'neither is newer; the shards are read': 'aucune n’est plus récente ; les fragments sont lus',
    'front matter is not valid YAML: {*}': 'le front matter n’est pas du YAML valide : {0}',
    'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile':
      'corrigez le YAML entre les lignes `---` de tête ; en attendant le document est lu comme texte brut',
    'no architecture document found; searched: {*}':
      'aucun document d’architecture trouvé ; cherché dans : {0}',
    'no PRD found; searched: {*}': 'aucun PRD trouvé ; cherché dans : {0}',
    'run `backend-spec init` to create the planning documents, or pass --docs DIR':
      'lancez `backend-spec init` pour créer les documents de planification, ou passez --docs DIR',
    'no tech-stack document (expected {*}); stack choices are read from the other documents':
      'pas de document de stack technique ({0} attendu) ; les choix de stack sont lus dans les autres documents',
    'no UX flows document (expected {*}); flows are not traced to endpoints':
      'pas de document de parcours UX ({0} attendu) ; les parcours ne sont pas reliés aux endpoints',
    'this copy states a newer date than {*} ({*} against {*}), but the config makes {*} the copy read; its changes are not in the spec':
      'cette copie indique une date plus récente que {0} ({1} contre {2}), mais la configuration fait de {3} la copie lue ; ses changements ne sont pas dans la spécification',
    're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config':
      'refragmentez la copie plus récente (ou reportez ses changements dans l’autre), ou changez l’indicateur sharded de la configuration',
    'superseded by {*} ({*}); read as history only': 'remplacé par {0} ({1}) ; lu comme historique seulement',
    'superseded by {*} where they differ ({*})': 'remplacé par {0} là où ils diffèrent ({1})',
    'a later spec-kit feature ({*} after {*})': 'une fonctionnalité spec-kit ultérieure ({0} après {1})',
    'a summary at the specs root that revises {*}': 'un résumé à la racine de specs qui révise {0}',
    'no cache store is chosen: cache entries are in-process only':
      'aucun stockage de cache n’est choisi : les entrées de cache restent dans le processus',
    'no queue or scheduler is chosen: jobs run on {*}':
      'aucune file ni planificateur n’est choisi : les tâches tournent sur {0}',
    '{*}: "{*}" — no purge job': '{0} : "{1}" — pas de tâche de purge',
    '{*}: "{*}" is a minimum retention — no purge job (no deletion is stated)':
      '{0} : « {1} » est une durée de conservation minimale — pas de tâche de purge (aucune suppression n’est indiquée)',
    '{*} is stated, but not whether it issues JWTs or sessions: JWT bearer tokens are proposed (rule derive/auth-default-jwt)':
      '{0} est indiqué, mais pas s’il émet des JWT ou des sessions : des jetons bearer JWT sont proposés (règle derive/auth-default-jwt)',
    'state the mechanism beside the library (e.g. "session cookies")':
      'indiquez le mécanisme à côté de la bibliothèque (par ex. « cookies de session »)',
    'retention "{*}" ({*}) matches no entity': 'la conservation "{0}" ({1}) ne correspond à aucune entité',
    '"{*}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known':
      '"{0}" n’est pas dans le catalogue des fournisseurs : endpoints, authentification, limites et webhooks ne sont pas connus',
    'state "{*}" is not a value of {*} ({*})': 'l’état "{0}" n’est pas une valeur de {1} ({2})',
    'map each stated state to an enum value, or add it to the data model':
      'associez chaque état indiqué à une valeur de l’enum, ou ajoutez-le au modèle de données',
    '"{*}" is named in the documents but no data model defines it':
      '"{0}" est nommé dans les documents mais aucun modèle de données ne le définit',
    'define the entity in the data model, or state it as an assumption in the decisions file':
      'définissez l’entité dans le modèle de données, ou indiquez-la comme hypothèse dans le fichier de décisions',
    '{*} is defined differently in {*}': '{0} est défini autrement dans {1}',
    'session timeout {*} is shorter than the refresh token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'le délai de session {0} est plus court que la durée de vie du jeton de rafraîchissement {1} dans {2} : le délai s’applique comme inactivité et la durée du jeton comme durée absolue de la session',
    'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'le délai de session {0} est plus court que la durée de vie du jeton d’accès {1} dans {2} : le délai s’applique comme inactivité et la durée du jeton comme durée absolue de la session',
    'confirm or change this in the decisions file (id: {*})':
      'confirmez ou changez ceci dans le fichier de décisions (id : {0})',
    '{*}: {*} in {*} replaces {*} in this older version':
      '{0} : {1} dans {2} remplace {3} dans cette version plus ancienne',
    '{*} is not satisfied by any endpoint, job, entity, rule or alert':
      '{0} n’est satisfait par aucun endpoint, tâche, entité, règle ou alerte',
    '{*}: {*} here, but {*} in {*}; using {*} ({*})':
      '{0} : {1} ici, mais {2} dans {3} ; {4} est utilisé ({5})',
    'align the documents, or record a choice in the decisions file':
      'alignez les documents, ou consignez un choix dans le fichier de décisions',
    'section "{*}" could not be derived from the documents':
      'la section "{0}" n’a pas pu être dérivée des documents',
    '{*}: {*} ({*}) vs {*} ({*}); the first is used':
      '{0} : {1} ({2}) contre {3} ({4}) ; le premier est utilisé',
    'the documents state no roles: using {*}': 'les documents n’indiquent aucun rôle : {0} est utilisé',
    '{*} (administration is mentioned)': '{0} (l’administration est mentionnée)',
    'state the roles in the PRD (a roles table or "roles: a, b") to replace the default':
      'indiquez les rôles dans le PRD (un tableau des rôles ou "roles: a, b") pour remplacer la valeur par défaut',
    'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)':
      'aucune stratégie d’authentification n’est indiquée : des jetons bearer JWT sont supposés (règle derive/auth-default-jwt)',
    'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)':
      'indiquez la stratégie dans l’architecture (p. ex. "Authentication: JWT" ou le fournisseur d’identité)',
    'role "{*}" received no permission: it reaches only public and self-service endpoints':
      'le rôle "{0}" n’a reçu aucune permission : il n’atteint que des endpoints publics et en libre-service',
    'session timeout {*} ({*}) is shorter than the refresh-token lifetime {*} ({*}): the session limit caps the refresh chain':
      'le délai de session {0} ({1}) est plus court que la durée de vie du jeton de rafraîchissement {2} ({3}) : la limite de session borne la chaîne de renouvellement',
    'user-story actor "{*}" matches none of the roles {*}':
      'l’acteur de récit "{0}" ne correspond à aucun des rôles {1}',
    'the route table lets "{*}" call {*}, but no role is called "{*}": the route is granted to no role':
      'la table des routes permet à « {0} » d’appeler {1}, mais aucun rôle ne s’appelle « {2} » : la route n’est accordée à aucun rôle',
    'write one of the roles ({*}) in the access cell, or state the role "{*}" in the documents':
      'écrivez l’un des rôles ({0}) dans la cellule d’accès, ou indiquez le rôle « {1} » dans les documents',
    'TypeScript does not parse: {*}; declarations that parsed were read':
      'le TypeScript ne s’analyse pas : {0} ; les déclarations analysées ont été lues',
    '{*} needs {*}, but no entity or field of the data model holds them':
      '{0} a besoin de {1}, mais aucune entité ni aucun champ du modèle de données ne les contient',
    '{*} need {*}, but no entity or field of the data model holds them':
      '{0} ont besoin de {1}, mais aucune entité ni aucun champ du modèle de données ne les contient',
    'model the record, or state an assumption in the decisions file':
      'modélisez l’enregistrement, ou indiquez une hypothèse dans le fichier de décisions',
    'no entity or field of the data model holds these settings':
      'aucune entité ni aucun champ du modèle de données ne contient ces réglages',
    'PostgreSQL could not be started: {*}': 'PostgreSQL n’a pas pu démarrer : {0}',
    'embedded PostgreSQL: {*}': 'PostgreSQL embarqué : {0}',
    'PostgreSQL at --postgres-url failed: {*}': 'PostgreSQL à --postgres-url a échoué : {0}',
    'check that the server runs, accepts this role and answers; or leave out --postgres-url to verify with embedded PGlite':
      'vérifiez que le serveur tourne, accepte ce rôle et répond ; ou omettez --postgres-url pour vérifier avec PGlite embarqué',
    'connect as a role without superuser that may CREATE in the database, or pass --allow-superuser':
      'connectez-vous avec un rôle sans superutilisateur autorisé à CREATE dans la base, ou passez --allow-superuser',
    '{*} is not the text the renderer emits: not applied':
      '{0} n’est pas le texte qu’émet le moteur de rendu : non appliqué',
    'verification applies only the statements backend-spec renders from the model':
      'la vérification n’applique que les instructions que backend-spec produit à partir du modèle',
    '{*} — in: {*}': '{0} — dans : {1}',
    '{*} was edited by hand since it was generated: not overwritten, nothing was written':
      '{0} a été modifié à la main depuis sa génération : non écrasé, rien n’a été écrit',
    'move your edits into the planning documents (or a decisions file), or re-run with --force to replace it':
      'reportez vos modifications dans les documents de planification (ou un fichier de décisions), ou relancez avec --force pour le remplacer',
    '--out {*} is a file, not a folder: nothing was written':
      '--out {0} est un fichier, pas un dossier : rien n’a été écrit',
    'pass a folder (it is created when missing), e.g. --out build/spec':
      'passez un dossier (créé s’il manque), p. ex. --out build/spec',
    'the output folder {*} resolves outside the project: nothing was written':
      'le dossier de sortie {0} se trouve hors du projet : rien n’a été écrit',
    'write inside the project, or name the folder explicitly with --out DIR':
      'écrivez dans le projet, ou nommez le dossier explicitement avec --out DIR',
    "an earlier run was interrupted after its output was complete; it was put in place before this run's output":
      'une exécution précédente a été interrompue une fois sa sortie complète ; elle a été mise en place avant la sortie de celle-ci',
    'an earlier run was interrupted while writing; its partial files were removed (its previous output had stayed intact)':
      'une exécution précédente a été interrompue pendant l’écriture ; ses fichiers partiels ont été supprimés (la sortie précédente était restée intacte)',
    'invalid YAML: {*}': 'YAML invalide : {0}',
    'fix the YAML syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); values with `:` or `{` need quotes':
      'corrigez la syntaxe YAML (YAML 1.2, https://yaml.org/spec/1.2.2/) ; les valeurs avec `:` ou `{` demandent des guillemets',
    'the documentation folder "{*}" is outside the project ({*})':
      'le dossier de documentation "{0}" est hors du projet ({1})',
    'use a folder inside the project (e.g. `docs`), or pass --docs DIR and --out DIR on the command line to work elsewhere':
      'utilisez un dossier dans le projet (p. ex. `docs`), ou passez --docs DIR et --out DIR en ligne de commande pour travailler ailleurs',
    'the config file must be a mapping of `key: value` pairs':
      'le fichier de configuration doit être une table de paires `key: value`',
    'write one `key: value` per line, e.g. `documentation_dir: docs`':
      'écrivez un `key: value` par ligne, p. ex. `documentation_dir: docs`',
    '`{*}` must be a string, found {*}': '`{0}` doit être une chaîne, trouvé {1}',
    'write it as text: {*}: "..."': 'écrivez-le comme texte : {0}: "..."',
    '{*} has no text besides front matter and comments; it is not read':
      '{0} n’a pas de texte en dehors du front matter et des commentaires ; il n’est pas lu',
    'write the document, or delete the empty file': 'écrivez le document, ou supprimez le fichier vide',
    'read as {*}': 'lu comme {0}',
    '{*} is {*}; it is not read': '{0} est {1} ; il n’est pas lu',
    'replace it with a regular file, or move it out of the documentation folder':
      'remplacez-le par un fichier ordinaire, ou sortez-le du dossier de documentation',
    'split the document (BMAD shards work), or move generated dumps out of the documentation folder':
      'découpez le document (les fragments BMAD conviennent), ou sortez les exports générés du dossier de documentation',
    'save it as UTF-8 text, or move it out of the documentation folder':
      'enregistrez-le en texte UTF-8, ou sortez-le du dossier de documentation',
    'check the file permissions': 'vérifiez les droits du fichier',
    'nothing to compile: {*} planning file was found, but none has text that can be read':
      'rien à compiler : {0} fichier de planification trouvé, mais aucun n’a de texte lisible',
    'nothing to compile: {*} planning files were found, but none has text that can be read':
      'rien à compiler : {0} fichiers de planification trouvés, mais aucun n’a de texte lisible',
    'write the PRD and the architecture document, or run `backend-spec init` for a starting point':
      'écrivez le PRD et le document d’architecture, ou lancez `backend-spec init` comme point de départ',
    'reading the documents took longer than {*} s; nothing is generated from a partial read':
      'la lecture des documents a pris plus de {0} s ; rien n’est généré à partir d’une lecture partielle',
    'check for slow or network file systems under the documentation folder, or pass --docs DIR':
      'cherchez des systèmes de fichiers lents ou réseau sous le dossier de documentation, ou passez --docs DIR',
    '{*} exists and was not written by backend-spec: left untouched, nothing was written':
      '{0} existe et n’a pas été écrit par backend-spec : laissé intact, rien n’a été écrit',
    'move {*} away, or write the output elsewhere with --out DIR':
      'déplacez {0} ailleurs, ou écrivez la sortie dans un autre dossier avec --out DIR',
    'another backend-spec run is writing {*}; nothing was written':
      'une autre exécution de backend-spec écrit {0} ; rien n’a été écrit',
    'wait for it to finish and run again (a lock left by a killed run, {*}/.backend-spec.lock, is taken over automatically)':
      'attendez qu’elle se termine et relancez (un verrou laissé par une exécution interrompue, {0}/.backend-spec.lock, est repris automatiquement)',
    'could not read {*}: {*} ({*}); the previous output is unchanged':
      'impossible de lire {0} : {1} ({2}) ; la sortie précédente est inchangée',
    'could not write {*}: {*} ({*}); the previous output is unchanged':
      'impossible d’écrire {0} : {1} ({2}) ; la sortie précédente est inchangée',
    'could not read {*}: {*} ({*})': 'impossible de lire {0} : {1} ({2})',
    'could not write {*}: {*} ({*})': 'impossible d’écrire {0} : {1} ({2})',
    'backend-spec failed: {*}': 'backend-spec a échoué : {0}',
    'this is a bug in backend-spec: please report it with the command and, if you can, the documents':
      'c’est un bogue de backend-spec : signalez-le avec la commande et, si possible, les documents',
    '{*} is not a directory': '{0} n’est pas un dossier',
    'pass the project folder that holds the planning documents':
      'passez le dossier du projet qui contient les documents de planification',
    'run `backend-spec --help` for usage': 'lancez `backend-spec --help` pour l’utilisation',
    '"{*}" is none of the stated values of {*} and cannot be read as one':
      '"{0}" n’est aucune des valeurs énoncées de {1} et ne peut être lu comme l’une d’elles',
    'no open question, conflict or parameter "{*}" was found':
      'aucune question ouverte, aucun conflit ni paramètre « {0} » n’a été trouvé',
    'this run asks no open questions; conflict subjects are listed in section 0 of backend-spec.md':
      'cette exécution ne pose aucune question ouverte ; les sujets en conflit sont listés dans la section 0 de backend-spec.md',
    'open question ids: {*}; conflict subjects are listed in section 0 of backend-spec.md':
      'identifiants des questions ouvertes : {0} ; les sujets en conflit sont listés dans la section 0 de backend-spec.md',
    '"{*}" is not an option of question {*}': '« {0} » n’est pas une option de la question {1}',
    'this question offers no options: answer it with `assume: <value>` or `dismiss: true`':
      'cette question n’offre aucune option : répondez-y avec `assume: <value>` ou `dismiss: true`',
    'options: {*}; or answer with `assume: <value>`': 'options : {0} ; ou répondez avec `assume: <value>`',
    'the documents state there is no authentication: every operation is public':
      'les documents indiquent qu’il n’y a pas d’authentification : toutes les opérations sont publiques',
    'the chosen database "{*}" has no schema dialect here: no schema file is written for it':
      'la base de données choisie « {0} » n’a pas de dialecte de schéma ici : aucun fichier de schéma n’est écrit pour elle',
    'PostgreSQL, MySQL, SQLite and MongoDB schemas are supported':
      'les schémas PostgreSQL, MySQL, SQLite et MongoDB sont pris en charge',
    'table name {*} is used by two entities: {*} gets {*}':
      'le nom de table {0} est utilisé par deux entités : {1} reçoit {2}',
    '{*}.{*} is an enum but no document lists its values: stored as text':
      '{0}.{1} est un enum mais aucun document n’en liste les valeurs : stocké comme texte',
    '{*}.{*} lists values {*} but enum {*} has {*}: the field gets its own type':
      '{0}.{1} liste les valeurs {2} mais l’enum {3} a {4} : le champ reçoit son propre type',
    'index on {*} names a table no data model defines: left out':
      'l’index sur {0} nomme une table qu’aucun modèle de données ne définit : laissé de côté',
    'index on {*} ({*}) is stated as {*}, but {*}: it becomes a b-tree index':
      'l’index sur {0} ({1}) est énoncé comme {2}, mais {3} : il devient un index b-tree',
    '{*}.{*} references "{*}", which no data model defines: kept as a plain column':
      '{0}.{1} référence « {2} », qu’aucun modèle de données ne définit : gardée comme colonne simple',
    '{*}.{*} references {*}.{*}, which is not a column with a single-column key':
      '{0}.{1} référence {2}.{3}, qui n’est pas une colonne à clé d’une seule colonne',
    'relationship {*} → {*} names an entity no data model defines: left out':
      'la relation {0} → {1} nomme une entité qu’aucun modèle de données ne définit : laissée de côté',
    'relationship {*} → {*} has no foreign key in the SQL of {*}: not added':
      'la relation {0} → {1} n’a pas de clé étrangère dans le SQL de {2} : non ajoutée',
    'add a column referencing {*} to {*}, or remove the relationship':
      'ajoutez à {1} une colonne qui référence {0}, ou retirez la relation',
    'bcrypt cost {*} is below 12 (OWASP Password Storage Cheat Sheet)':
      'le coût bcrypt {0} est inférieur à 12 (OWASP Password Storage Cheat Sheet)',
    '{*}.{*} references {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0}.{1} référence {2} dans {3} ({4}) mais {5} dans {6} ({7}) ; {8} l’emporte',
    'the {*} extractor failed on this document: {*}': 'l’extracteur {0} a échoué sur ce document : {1}',
    'what it would have read is missing from the spec; please report this with the document':
      'ce qu’il aurait lu manque dans la spécification ; signalez-le avec le document',
    'index on {*}, which no data model defines': 'index sur {0}, qu’aucun modèle de données ne définit',
    '{*} ({*}, {*}) and {*} ({*}, {*}) share {*} fields: probably one entity under two names':
      '{0} ({1}, {2}) et {3} ({4}, {5}) partagent {6} champs : probablement une entité sous deux noms',
    'erDiagram cardinality not understood: "{*}"; skipped':
      'cardinalité erDiagram non comprise : « {0} » ; ignorée',
    'erDiagram line not understood: "{*}"; skipped': 'ligne erDiagram non comprise : « {0} » ; ignorée',
    'erDiagram entity {*} is not closed with "}"': 'l’entité erDiagram {0} n’est pas fermée par « } »',
    'SQL blocks were not read: the PostgreSQL parser was not loaded':
      'les blocs SQL n’ont pas été lus : l’analyseur PostgreSQL n’a pas été chargé',
    'call prepare() from src/extract/sql.ts before extract()':
      'appelez prepare() de src/extract/sql.ts avant extract()',
    'ALTER TABLE {*}: no CREATE TABLE {*} in this document':
      'ALTER TABLE {0} : pas de CREATE TABLE {1} dans ce document',
    'a field table has no heading or caption naming its entity; skipped':
      'un tableau de champs n’a ni titre ni légende nommant son entité ; ignoré',
    'put the entity name in a heading or a `**Table: name**` line above the table':
      'mettez le nom de l’entité dans un titre ou une ligne `**Table: name**` au-dessus du tableau',
    '{*} is a code sample in a note, not an entity of the data model; not designed':
      '{0} est un exemple de code dans une note, pas une entité du modèle de données ; non conçu',
    'define it in the data model document if it is stored':
      'définissez-le dans le document du modèle de données s’il est stocké',
    'TypeScript fence has a line of {*} characters, too long to be a declaration; skipped':
      'le bloc TypeScript a une ligne de {0} caractères, trop longue pour être une déclaration ; ignoré',
    'break the line, or mark the fence as another language if it is not TypeScript':
      'coupez la ligne, ou marquez le bloc d’un autre langage s’il ne s’agit pas de TypeScript',
    'TypeScript fence is nested too deeply to parse; skipped':
      'le bloc TypeScript est trop profondément imbriqué pour être analysé ; ignoré',
    'split the declaration, or mark the fence as another language if it is not TypeScript':
      'scindez la déclaration, ou marquez le bloc d’un autre langage s’il ne s’agit pas de TypeScript',
    '{*} rejected: {*}': '{0} rejeté : {1}',
    'copy the words from the document and cite the line they are on':
      'copiez les mots du document et citez la ligne où ils se trouvent',
    'run `backend-spec schema facts` for the shape of the overlay':
      'lancez `backend-spec schema facts` pour la forme de la surcouche',
    'this copy states a newer date than {*} ({*}), but the config makes {*} the copy read; its changes are not in the spec':
      'cette copie indique une date plus récente que {0} ({1}), mais la configuration fait de {2} la copie lue ; ses changements ne sont pas dans la spécification',
    'no single {*} document: {*} shard in folders named {*} are read as the {*}':
      'pas de document {0} unique : {1} fragment dans des dossiers nommés {2} est lu comme {3}',
    'no single {*} document: {*} shards in folders named {*} are read as the {*}':
      'pas de document {0} unique : {1} fragments dans des dossiers nommés {2} sont lus comme {3}',
    '{*} is drawn as {*} here, but the keys make it {*} ({*})':
      '{0} est dessiné ici comme {1}, mais les clés en font {2} ({3})',
    'correct the drawing or the summary, or change the keys if the drawing is right':
      'corrigez le dessin ou le résumé, ou changez les clés si le dessin est juste',
    '{*} is listed as the {*} here, but {*} marks it {*}':
      '{0} est listé ici comme {1}, mais {2} le marque {3}',
    'state {*} is not a value of {*} ({*})': 'l’état {0} n’est pas une valeur de {1} ({2})',
    'states {*} are not values of {*} ({*})': 'les états {0} ne sont pas des valeurs de {1} ({2})',
    '{*}: {*}; decided: {*} ({*})': '{0} : {1} ; décidé : {2} ({3})',
    '{*} is still defined here, but {*} says: "{*}" — dropped as decided':
      '{0} est encore défini ici, mais {1} dit : « {2} » — retiré comme décidé',
    '{*} is still defined here, but {*} says: "{*}" — kept until question {*} is answered':
      '{0} est encore défini ici, mais {1} dit : « {2} » — gardé jusqu’à ce que la question {3} ait une réponse',
    '{*}.{*} here is {*}.{*} in {*}; the spec uses {*}':
      '{0}.{1} ici est {2}.{3} dans {4} ; la spécification utilise {5}',
    'use one name in every document': 'utilisez un seul nom dans tous les documents',
    'role {*} has no value in {*} ({*})': 'le rôle {0} n’a pas de valeur dans {1} ({2})',
    'roles {*} have no value in {*} ({*})': 'les rôles {0} n’ont pas de valeur dans {1} ({2})',
    'add the role to the enum, or say which existing role the persona uses':
      'ajoutez le rôle à l’enum, ou dites quel rôle existant la persona utilise',
    '{*} `{*}` is not copied into the schema: {*}': '{0} `{1}` n’est pas copié dans le schéma : {2}',
    '{*} is named as part of the design, but {*} marks it {*}':
      '{0} est cité comme partie de la conception, mais {1} le marque {2}',
    'table {*}: no planning document mentions it':
      'table {0} : aucun document de planification ne la mentionne',
    'cite the requirement it serves, or record it as an assumption':
      'citez l’exigence qu’il sert, ou consignez-le comme hypothèse',
    'role {*}: no planning document mentions it':
      'rôle {0} : aucun document de planification ne le mentionne',
    'the permission matrix lists {*}, which the API section does not document':
      'la matrice des permissions liste {0}, que la section API ne documente pas',
    '{*} has no row in the permission matrix (line {*})':
      '{0} n’a pas de ligne dans la matrice des permissions (ligne {1})',
    'the permission matrix has a column for role "{*}", which the spec never defines':
      'la matrice des permissions a une colonne pour le rôle « {0} », que la spécification ne définit jamais',
    'entity {*} has no CREATE TABLE in the SQL': 'l’entité {0} n’a pas de CREATE TABLE dans le SQL',
    '{*} does not exist; the documents compile to it': '{0} n’existe pas ; les documents se compilent en lui',
    '{*} differs from what the documents compile to now (first difference at line {*})':
      '{0} diffère de ce que les documents compilent maintenant (première différence à la ligne {1})',
    'run `backend-spec generate` and commit the result':
      'lancez `backend-spec generate` et commitez le résultat',
    'no "{*}" section: the workflow\'s 15 sections are all required':
      'pas de section « {0} » : les 15 sections du flux de travail sont toutes requises',
    'a json block is not JSON: {*}': 'un bloc json n’est pas du JSON : {0}',
    '{*}: {*} at {*}': '{0} : {1} à {2}',
    'SQL does not parse: {*}': 'le SQL ne s’analyse pas : {0}',
    'permission denied': 'permission refusée',
    'give your user access to it (chmod/chown), or choose another folder':
      'donnez-y accès à votre utilisateur (chmod/chown), ou choisissez un autre dossier',
    'operation not permitted': 'opération non permise',
    'give your user access to it, or choose another folder':
      'donnez-y accès à votre utilisateur, ou choisissez un autre dossier',
    'a symlink loop': 'une boucle de liens symboliques',
    'remove or fix the symlink that points back at itself':
      'supprimez ou corrigez le lien symbolique qui pointe sur lui-même',
    'a file is in the way where a folder is needed': 'un fichier se trouve là où il faut un dossier',
    'move that file, or choose another folder': 'déplacez ce fichier, ou choisissez un autre dossier',
    'a folder is in the way where a file is needed': 'un dossier se trouve là où il faut un fichier',
    'move that folder, or choose another path': 'déplacez ce dossier, ou choisissez un autre chemin',
    'no space left on the device': 'plus d’espace sur le périphérique',
    'free some disk space and run again': 'libérez de l’espace disque et relancez',
    'the disk quota is exceeded': 'le quota disque est dépassé',
    'free some space and run again': 'libérez de l’espace et relancez',
    'a read-only file system': 'un système de fichiers en lecture seule',
    'write to a writable folder with --out DIR':
      'écrivez dans un dossier accessible en écriture avec --out DIR',
    'the path is too long': 'le chemin est trop long',
    'use a shorter path': 'utilisez un chemin plus court',
    'too many open files': 'trop de fichiers ouverts',
    'raise the open-file limit (ulimit -n) and run again':
      'augmentez la limite de fichiers ouverts (ulimit -n) et relancez',
    'an I/O error of the device': 'une erreur d’E/S du périphérique',
    'check the disk or mount, then run again': 'vérifiez le disque ou le montage, puis relancez',
    'the path is busy': 'le chemin est occupé',
    'close whatever holds it, then run again': 'fermez ce qui le retient, puis relancez',
    'a device or pipe without a reader': 'un périphérique ou tube sans lecteur',
    'replace it with a regular file': 'remplacez-le par un fichier ordinaire',
    'it does not exist': 'il n’existe pas',
    'check the path': 'vérifiez le chemin',
    'check the path and run again': 'vérifiez le chemin et relancez',
    'a path': 'un chemin',
    'not valid YAML: {*}': 'YAML non valide : {0}',
    'expected a list of decisions (or a `decisions:` list)':
      'une liste de décisions était attendue (ou une liste `decisions:`)',
    'a decision is a mapping: `{ id, choose | assume | dismiss, reason }` or `{ assume, reason }`':
      'une décision est un dictionnaire : `{ id, choose | assume | dismiss, reason }` ou `{ assume, reason }`',
    'unknown key {*}': 'clé inconnue {0}',
    'unknown keys {*}': 'clés inconnues {0}',
    'a decision needs a non-empty `reason`': 'une décision a besoin d’un `reason` non vide',
    'one answer per entry: `choose`, `assume` or `dismiss`, not several':
      'une réponse par entrée : `choose`, `assume` ou `dismiss`, pas plusieurs',
    '`dismiss` needs the `id` of the question it sets aside':
      '`dismiss` a besoin de l’`id` de la question qu’il écarte',
    '`dismiss` takes `true`': '`dismiss` prend `true`',
    '`assume` must not be empty': '`assume` ne doit pas être vide',
    'a choice needs both `id` (the conflict subject) and `choose` (the value to use)':
      'un choix a besoin de `id` (le sujet en conflit) et de `choose` (la valeur à utiliser)',
    '{*} entities but no endpoints': '{0} entités mais aucun endpoint',
    '{*} {*} has no success response': '{0} {1} n’a pas de réponse de succès',
    '{*} {*} does not declare path parameter {*}': '{0} {1} ne déclare pas le paramètre de chemin {2}',
    '{*} {*} has no request schema': '{0} {1} n’a pas de schéma de requête',
    '{*} has no endpoint': '{0} n’a pas d’endpoint',
    'job {*} targets no table: {*}': 'la tâche {0} ne cible aucune table : {1}',
    'job {*} targets table {*}, which the data model lacks':
      'la tâche {0} cible la table {1}, absente du modèle de données',
    'integration {*} has no name': 'l’intégration {0} n’a pas de nom',
    'cache entry {*} is invalidated by {*}, which the data model lacks':
      'l’entrée de cache {0} est invalidée par {1}, absent du modèle de données',
    '{*} has no primary key': '{0} n’a pas de clé primaire',
    '{*}.{*} has no type': '{0}.{1} n’a pas de type',
    '{*}.{*} is an enum without values': '{0}.{1} est un enum sans valeurs',
    'relationship {*} → {*} names an entity that is not in the model':
      'la relation {0} → {1} nomme une entité absente du modèle',
    'many-to-many {*} ↔ {*} has no join table referencing both':
      'la relation plusieurs-à-plusieurs {0} ↔ {1} n’a pas de table de jointure référençant les deux',
    '{*} → {*}: {*}.{*} is not a foreign key': '{0} → {1} : {2}.{3} n’est pas une clé étrangère',
    '{*}.{*} (foreign key) is not the leading column of any index':
      '{0}.{1} (clé étrangère) n’est la première colonne d’aucun index',
    '{*} cannot be read by primary key': '{0} ne peut pas être lu par clé primaire',
    '{*} has no usable retry policy': '{0} n’a pas de politique de nouvelles tentatives utilisable',
    'job {*} lacks retries, a dead-letter destination or a timeout':
      'il manque à la tâche {0} des nouvelles tentatives, une destination de lettres mortes ou un délai d’expiration',
    'cache entry {*} is not tied to entity writes':
      'l’entrée de cache {0} n’est pas liée aux écritures d’entités',
    '{*}.{*} is sensitive but not redacted from logs':
      '{0}.{1} est sensible mais n’est pas masqué dans les journaux',
    'alert on {*} cites no NFR': 'l’alerte sur {0} ne cite aucune exigence non fonctionnelle',
    'the API has endpoints but no OWASP Top 10 item is addressed':
      'l’API a des endpoints mais aucun point de l’OWASP Top 10 n’est traité',
    'there is no permission matrix': 'il n’y a pas de matrice des permissions',
    'endpoint {*} has {*} matrix rows (expected 1)':
      'l’endpoint {0} a {1} lignes dans la matrice (1 attendue)',
    'endpoint {*} has no decision for role {*}': 'l’endpoint {0} n’a pas de décision pour le rôle {1}',
    'no authentication strategy': 'aucune stratégie d’authentification',
    'ownership rule {*}.{*} does not name a primary key column':
      'la règle de propriété {0}.{1} ne nomme pas une colonne de clé primaire',
    'ownership rule {*}.{*} does not name a foreign key column':
      'la règle de propriété {0}.{1} ne nomme pas une colonne de clé étrangère',
    '{*} {*} response exposes secret field {*}': 'la réponse de {0} {1} expose le champ secret {2}',
    '{*} {*}: the stated contract returns the secret field {*}; it is withheld from the response until the team confirms it may leave the server':
      "{0} {1} : le contrat établi renvoie le champ secret {2} ; il est retiré de la réponse jusqu'à ce que l'équipe confirme qu'il peut quitter le serveur",
    'there is no error catalogue': 'il n’y a pas de catalogue d’erreurs',
    'example of {*} does not match the envelope: {*}':
      'l’exemple de {0} ne correspond pas à l’enveloppe : {1}',
    'no error code for status {*}': 'aucun code d’erreur pour le statut {0}',
    'the same file as {*} (a symbolic link)': 'le même fichier que {0} (un lien symbolique)',
    'empty: no text to read': 'vide : aucun texte à lire',
    'a symbolic link to a file outside the project': 'un lien symbolique vers un fichier hors du projet',
    'archived ({*}/) and not a PRD, architecture, UX or tech-stack document':
      'archivé ({0}/) et pas un document PRD, d’architecture, d’UX ou de stack technique',
    'not found': 'introuvable',
    '{*}, not a regular file': '{0}, pas un fichier ordinaire',
    'a named pipe (FIFO)': 'un tube nommé (FIFO)',
    'a device': 'un périphérique',
    'a socket': 'une socket',
    'a folder': 'un dossier',
    'not a regular file': 'pas un fichier ordinaire',
    'cannot be read ({*})': 'illisible ({0})',
    'not text: {*}': 'pas du texte : {0}',
    '{*}, over the {*} limit per document': '{0}, au-delà de la limite de {1} par document',
    'not read: reading took longer than the {*} s budget': 'non lu : la lecture a dépassé le budget de {0} s',
    'copy the document into the project (or link a whole shared docs folder); a link to a file elsewhere is never followed':
      'copiez le document dans le projet (ou liez tout un dossier de documents partagé) ; un lien vers un fichier ailleurs n’est jamais suivi',
    'shard of {*}, which holds its text; {*}': 'fragment de {0}, qui en contient le texte ; {1}',
    '{*}; read as history only': '{0} ; lu comme historique seulement',
    '{*}; read where the newer does not change it': '{0} ; lu là où le plus récent ne le change pas',
    'the role of --postgres-url is a superuser; verification needs only CREATE on the database':
      'le rôle de --postgres-url est superutilisateur ; la vérification n’a besoin que de CREATE sur la base de données',
    '{*} is the stated database, but the documents describe no stored record: sections 1 and 2 cannot be written':
      '{0} est la base de données indiquée, mais les documents ne décrivent aucun enregistrement stocké : les sections 1 et 2 ne peuvent pas être rédigées',
    'describe the entities (a table of fields, SQL, an ER diagram), or supply them under `entities` in the facts file':
      'décrivez les entités (un tableau de champs, du SQL, un diagramme ER) ou fournissez-les sous `entities` dans le fichier de faits',
    '{*}: {*} here, but {*} in the same document (line {*}); assuming {*} until question {*} is answered':
      '{0} : {1} ici, mais {2} dans le même document (ligne {3}) ; {4} est supposé jusqu’à la réponse à la question {5}',
    '{*}: {*} here, but {*} in the same document (line {*}); using {*} as decided':
      '{0} : {1} ici, mais {2} dans le même document (ligne {3}) ; {4} est utilisé comme décidé',
    'correct one of the two lines, or answer the question in the decisions file':
      'corrigez l’une des deux lignes, ou répondez à la question dans le fichier de décisions',
    '{*} relies on {*}, which {*} leaves undecided ("{*}"); asked as question {*}':
      '{0} dépend de {1}, que {2} laisse non tranché (« {3} ») ; posé comme question {4}',
    'decide it in the documents, or answer the question in the decisions file':
      'tranchez-le dans les documents, ou répondez à la question dans le fichier de décisions',
    '"{*}" in the {*} {*} body is not a column of {*} ({*}); the closest is {*}':
      '« {0} » dans le corps de {1} {2} n’est pas une colonne de {3} ({4}) ; la plus proche est {5}',
    '"{*}" in the {*} {*} body is not a column of {*} ({*})':
      '« {0} » dans le corps de {1} {2} n’est pas une colonne de {3} ({4})',
    'name the field as the data model does, or add the column':
      'nommez le champ comme le modèle de données, ou ajoutez la colonne',
    'no documentation language is set: the spec is written in {*}, the language of the documents':
      'aucune langue de documentation n’est définie : la spécification est rédigée en {0}, la langue des documents',
    'no documentation language is set: the documents are written in {*}, which has no catalog; the spec is written in English':
      'aucune langue de documentation n’est définie : les documents sont écrits en {0}, qui n’a pas de catalogue ; la spécification est écrite en anglais',
    'set documentation_language in the config (or pass --lang) to choose another':
      'définissez documentation_language dans la configuration (ou passez --lang) pour en choisir une autre',
    'story {*} lets {*} call {*}, which the stated permission matrix does not grant {*}':
      'le récit {0} permet à {1} d’appeler {2}, que la matrice de permissions indiquée n’accorde pas à {3}',
    'story {*} asks {*} to call {*}, whose route table names other callers: the stated callers are kept':
      'le récit {0} demande que {1} appelle {2}, dont la table des routes nomme d’autres appelants : les appelants indiqués sont conservés',
    'add the role to the route table, or correct the story':
      'ajoutez le rôle à la table des routes ou corrigez le récit',
    'correct the matrix or the story, or record the choice in the decisions file':
      'corrigez la matrice ou le récit, ou consignez le choix dans le fichier de décisions',
    '{*} is not one of the planning documents read ({*})':
      '{0} n’est pas l’un des documents de planification lus ({1})',
    'the quote "{*}" is too short to check (at least {*} characters)':
      'la citation "{0}" est trop courte pour être vérifiée (au moins {1} caractères)',
    '{*} has {*} lines, the fact cites line {*}': '{0} compte {1} lignes, le fait cite la ligne {2}',
    'the quote does not occur in {*}': 'la citation n’apparaît pas dans {0}',
    'the quote occurs in {*} at line {*}, not within {*} lines of line {*}':
      'la citation apparaît dans {0} à la ligne {1}, pas à moins de {2} lignes de la ligne {3}',
    'quote found in {*} near line {*}': 'citation trouvée dans {0} près de la ligne {1}',
    'stated at {*}': 'énoncé dans {0}',
    'given twice in the overlay': 'donné deux fois dans le fichier de faits',
    'defined at {*}; its fields below fill gaps only':
      'définie dans {0} ; ses champs ci-dessous ne complètent que ce qui manque',
    'no entity {*} is defined': 'aucune entité {0} n’est définie',
    'no role {*} is defined': 'aucun rôle {0} n’est défini',
    '{*} states {*} as {*}, not {*}': '{0} énonce {1} comme {2}, pas {3}',
    '{*} states its values as {*}': '{0} énonce ses valeurs comme {1}',
    '{*} rejects {*}': '{0} rejette {1}',
    '{*} marks {*} as {*}': '{0} marque {1} comme {2}',
    '{*} chooses {*} for {*}': '{0} choisit {1} pour {2}',
    '{*} states {*} {*} {*}': '{0} énonce {1} {2} {3}',
    'field {*}': 'champ {0}',
    'entity {*}': 'entité {0}',
    'relationship {*}': 'relation {0}',
    'enum {*}': 'énumération {0}',
    'role {*}': 'rôle {0}',
    'permission {*}': 'permission {0}',
    'job {*}': 'tâche {0}',
    'integration {*}': 'intégration {0}',
    'rule {*}': 'règle {0}',
    'stack {*}': 'technologie {0}',
  },
};
