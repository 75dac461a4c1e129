import type { Messages } from '../en/index.js';

const n = (count: number, one: string, many: string) => `${count} ${count <= 1 ? one : many}`;

/** French wording of "0. Rapprochement des sources" and "Annexe A". */
export const reconcile: Messages['reconcile'] = {
  intro: (documents) =>
    `Les points sur lesquels les ${documents} documents de planification divergent ou laissent des lacunes, et la façon dont cette spécification tranche chacun d’eux. Chaque valeur cite la ligne d’où elle a été lue ; le reste de la spécification n’utilise que les valeurs retenues.`,
  precedenceHeading: 'Ordre de priorité',
  precedence:
    'Quand les documents divergent, le PRD tranche les règles produit et les chiffres des exigences non fonctionnelles (règles de session, conservation, latence, limites) ; l’architecture tranche les paramètres techniques (durée de vie des jetons, coût du hachage, TTL du cache, intervalles d’interrogation) ; le document du modèle de données tranche le schéma (énumérations, noms des champs et des entités) ; pour la technologie, les registres de décision et les tableaux d’alternatives du document de stack technique, puis l’architecture. Une entrée du fichier de décisions `backend-spec.decisions.yaml` (à côté de ce fichier) l’emporte sur tout cela à l’exécution suivante.',
  decisionsFileHint:
    'Pour modifier une résolution, ajoutez à `backend-spec.decisions.yaml` : `- { id: <sujet>, choose: <valeur>, reason: <raison> }` ; pour consigner une hypothèse : `- { assume: <énoncé>, reason: <raison> }`.',
  summaryHeading: 'Ce qui a été comparé',
  summary: (s) =>
    `${n(s.documents, 'document', 'documents')}, ${n(s.requirements, 'identifiant d’exigence', 'identifiants d’exigence')}, ${n(s.parameters, 'paramètre énoncé', 'paramètres énoncés')} (durées de vie, limites, objectifs), ${n(s.statusLists, 'liste d’états', 'listes d’états')} face à ${n(s.modelEnums, 'énumération du modèle', 'énumérations du modèle')}, ${n(s.decisionRecords, 'registre de décision', 'registres de décision')} et ${n(s.scopeStatements, 'énoncé de périmètre', 'énoncés de périmètre')}.`,
  conflictsHeading: 'Conflits',
  conflictTable: {
    subject: 'Sujet',
    kind: 'Type',
    values: 'Valeurs énoncées',
    resolution: 'Résolution',
    rule: 'Tranché par',
  },
  noConflicts: (documents) => `Aucun conflit n’a été trouvé entre les ${documents} documents.`,
  kinds: {
    'reconcile/value-conflict': 'valeurs différentes',
    'reconcile/session-lifetime': 'durée de session contre durée du jeton',
    'reconcile/enum-mismatch': 'liste d’états contre énumération',
    'reconcile/naming-mismatch': 'deux noms',
    'reconcile/superseded-document': 'modifié par une version plus récente',
    'reconcile/cardinality-mismatch': 'cardinalité contre clés',
    'reconcile/role-mismatch': 'rôle contre l’enum des rôles',
    'reconcile/rejected-option-chosen': 'option écartée pourtant choisie',
    'reconcile/requirement-redefined': 'exigence redéfinie',
    'reconcile/legacy-model': 'modèle obsolète encore défini',
    'reconcile/requirement-undecided': 'exigence sur une option non tranchée',
    'reconcile/payload-field-mismatch': 'champ d’API contre colonne',
  },
  resolutions: {
    'reconcile/value-conflict': (p) => `Utiliser ${p.value} ; les autres valeurs ne sont pas utilisées.`,
    'reconcile/session-lifetime': (p) =>
      `Les deux sont conservées : ${p.idle} comme délai d’inactivité, ${p.absolute} comme durée de vie absolue de la session (OWASP ASVS 3.3). À confirmer avec le responsable produit.`,
    'reconcile/enum-mismatch': (p) =>
      `Conserver ${p.enum} ; faire correspondre les états énoncés ${p.missing} à ses valeurs ou les ajouter au modèle de données.`,
    'reconcile/naming-mismatch': (p) => `Utiliser ${p.name}.`,
    'reconcile/superseded-document': (p) =>
      `Utiliser la version la plus récente (${p.newer}) ; l’énoncé antérieur de ${p.older} n’est pas utilisé.`,
    'reconcile/cardinality-mismatch': (p) =>
      `Utiliser ${p.keyed} tel que les clés le définissent (${p.via}) ; corriger le schéma ${p.stated} ou changer les clés.`,
    'reconcile/role-mismatch': (p) =>
      `Conserver ${p.enum} ; y ajouter ${p.missing}, ou dire quel rôle existant chacun utilise.`,
    'reconcile/rejected-option-chosen': (p) =>
      p.status === 'chosen' ? `${p.value} reste retenu.` : `${p.value} n’est pas utilisé (${p.status}).`,
    'reconcile/requirement-redefined': (p) => `${p.id} tel que défini dans ${p.at}.`,
    'reconcile/legacy-model': (p) =>
      p.status === 'dropped'
        ? `${p.entity} est retiré du schéma.`
        : `${p.entity} est conservé tel que le modèle de données le définit jusqu’à la réponse à la question ${p.question} (supprimer ou conserver).`,
    'reconcile/requirement-undecided': (p) =>
      `${p.id} est conçu avec ce que disent les documents ; le choix de ${p.option} reste ouvert (question ${p.question}).`,
    'reconcile/payload-field-mismatch': (p) =>
      p.column
        ? `La colonne ${p.column} de ${p.entity} est gardée ; « ${p.field} » de l’exemple n’est pas utilisé.`
        : `Les colonnes de ${p.entity} sont gardées ; « ${p.field} » n’en fait pas partie : renommez-le dans l’exemple ou ajoutez la colonne.`,
  },
  decided: (choice, reason) => `Utiliser ${choice} (fichier de décisions : ${reason}).`,
  rules: {
    'reconcile/precedence/prd-for-product-rules': 'le PRD pour les règles produit',
    'reconcile/precedence/architecture-for-technical-parameters':
      'l’architecture pour les paramètres techniques',
    'reconcile/precedence/data-model-for-schema': 'le modèle de données pour le schéma',
    'reconcile/precedence/decision-record-for-technology': 'les registres de décision pour la technologie',
    'reconcile/newer-document-governs': 'le document le plus récent prévaut',
    'reconcile/session-idle-and-absolute-timeout': 'délais d’inactivité et absolu de la session',
    'reconcile/legacy-model-kept-until-decided':
      'le modèle de données pour le schéma ; la mention d’obsolescence est posée en question',
    'reconcile/undecided-option-asked': 'une option non tranchée est posée en question, pas choisie',
    'reconcile/same-document-first-assumed':
      'un document indique deux valeurs ; la première est supposée et la question posée',
  },
  decisionOrigin: 'fichier de décisions',
  gapsHeading: 'Lacunes',
  gapTable: { subject: 'Manquant', detail: 'Requis par', sources: 'Sources' },
  gapEntity: 'nommé dans les documents ; aucun modèle de données ne le définit',
  gapNoModel: (db: string) =>
    `la base de données indiquée ${db} ne contient aucun enregistrement décrit dans les documents : les entités, leurs champs et leurs clés sont une question ouverte`,
  gapRecord: (ids) => `${ids} : aucune entité ni aucun champ du modèle de données ne le porte`,
  noGaps: 'Aucune lacune de modélisation n’a été trouvée.',
  assumptionsHeading: 'Hypothèses',
  assumptionTable: { subject: 'Hypothèse', detail: 'Raison', origin: 'Source' },
  noAssumptions: 'Aucune hypothèse n’a été faite au-delà des documents.',
  questionsHeading: 'Questions ouvertes',
  questionsIntro:
    'Ce que les documents énoncent mais que le compilateur n’a pas pu résoudre : rien n’a été conçu pour cela ; répondez dans les documents ou dans le fichier de décisions.',
  questionTable: { question: 'Question posée', source: 'Origine' },
  optionsHeading: 'Options remplacées, écartées et hors périmètre',
  optionsIntro:
    'Les options que les documents ont exclues ou reportées. Aucune d’elles n’est conçue dans cette spécification.',
  optionTable: { subject: 'Option', status: 'Statut', detail: 'Raison / remarque', source: 'Source' },
  statuses: {
    rejected: 'écartée',
    superseded: 'remplacée',
    deprecated: 'obsolète',
    'out-of-scope': 'hors périmètre',
    deferred: 'reportée',
    future: 'future',
  },
  supersededBy: (id) => `remplacée par ${id}`,
  questionAnswer: (kind, value, reason) =>
    kind === 'dismiss'
      ? `Écartée (fichier de décisions : ${reason}).`
      : kind === 'choose'
        ? `Réponse : ${value} (fichier de décisions : ${reason}).`
        : `Hypothèse : ${value} (fichier de décisions : ${reason}).`,
  questionAssumes: (value) => `En attendant la réponse, la spécification suppose : ${value}.`,
  questionsHint:
    'Pour répondre à une question, ajoutez à `backend-spec.decisions.yaml` : `- { id: <id de la question>, choose: <option>, reason: <motif> }`, `- { id: <id de la question>, assume: <valeur>, reason: <motif> }` ou `- { id: <id de la question>, dismiss: true, reason: <motif> }`.',
  questionId: 'Id',
  traceability: {
    intro:
      'Chaque identifiant d’exigence des documents, avec les éléments de la spécification qui la satisfont : endpoints et tâches qui la déclarent, entités nommées dans son texte, règles et alertes lues sur ses lignes.',
    coverage: (traced, total) =>
      `Couverture : ${traced} exigences sur ${total} sont rattachées à au moins un élément de la spécification.`,
    table: { id: 'Exigence', kind: 'Type', text: 'Énoncé', items: 'Satisfaite par', source: 'Source' },
    kinds: {
      functional: 'fonctionnelle',
      'non-functional': 'non fonctionnelle',
      'user-story': 'récit utilisateur',
      epic: 'épopée',
      other: 'autre',
    },
    untracedHeading: 'Pas encore tracées',
    untraced: (ids) => `Rien dans cette spécification ne satisfait : ${ids}.`,
    none: 'Les documents n’énoncent aucun identifiant d’exigence (FR-x, NFR-x, US-x, EF-x, ...) : il n’y a donc rien à tracer.',
  },
};
