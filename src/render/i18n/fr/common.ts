import type { Messages } from '../en/index.js';

/** French wording shared by the whole document: title, section headings, shared table headers. */
export const common: Messages['common'] = {
  title: (project: string) => `${project} — Spécification du backend`,
  generatedBy:
    'Généré par backend-spec à partir des documents de planification listés ci-dessous. Ne pas modifier à la main : modifiez les documents ou le fichier de décisions, puis régénérez.',
  sourcesHeading: 'Sources',
  contentsHeading: 'Sommaire',
  provenance: (p) =>
    `Sur les ${p.stated + p.derived + p.defaults + p.decisions} éléments de cette spécification, ${p.stated} citent la ligne du document qui les énonce et ${p.derived + p.defaults} suivent une règle nommée ou une valeur par défaut documentée là où les documents sont muets${p.decisions > 0 ? ` ; ${p.decisions} proviennent du fichier de décisions` : ''}. La source de chaque élément est indiquée à côté de lui.`,
  missingMark: '(manquante)',
  sourceTable: { path: 'Document', kind: 'Type' },
  origin: 'Source',
  missingSection: 'Cette section n’a pas pu être déduite des documents.',
  sections: {
    reconciliation: '0. Rapprochement des sources',
    dataModels: '1. Modèles de données',
    databaseSchema: '2. Schéma de la base de données',
    api: '3. Endpoints de l’API',
    services: '4. Services métier',
    auth: '5. Authentification et autorisation',
    validation: '6. Validation des données',
    errors: '7. Gestion des erreurs',
    integrations: '8. Intégrations externes',
    jobs: '9. Tâches en arrière-plan',
    caching: '10. Stratégie de cache',
    observability: '11. Journalisation et supervision',
    performance: '12. Performances',
    security: '13. Bonnes pratiques de sécurité',
    testing: '14. Stratégie de test',
    deployment: '15. Configuration du déploiement',
    decisions: 'Décisions techniques clés',
    traceability: 'Annexe A. Traçabilité des exigences',
    checklist: 'Annexe B. Liste de contrôle',
  },
};
