import type { Messages } from '../en/index.js';

/** Dutch wording shared by the whole document: title, section headings, shared table headers. */
export const common: Messages['common'] = {
  title: (project: string) => `${project} — Backendspecificatie`,
  generatedBy:
    'Gegenereerd door backend-spec uit de hieronder genoemde planningsdocumenten. Niet met de hand bewerken: pas de documenten of het beslissingenbestand aan en genereer opnieuw.',
  sourcesHeading: 'Bronnen',
  contentsHeading: 'Inhoud',
  provenance: (p) =>
    `Van de ${p.stated + p.derived + p.defaults + p.decisions} onderdelen van deze specificatie verwijzen er ${p.stated} naar de documentregel die ze vastlegt en volgen er ${p.derived + p.defaults} een benoemde regel of een gedocumenteerde standaardwaarde waar de documenten zwijgen${p.decisions > 0 ? `; ${p.decisions} komen uit het beslissingenbestand` : ''}. Bij elk onderdeel staat de herkomst vermeld.`,
  missingMark: '(ontbreekt)',
  sourceTable: { path: 'Document', kind: 'Soort' },
  origin: 'Herkomst',
  missingSection: 'Deze sectie kon niet uit de documenten worden afgeleid.',
  sections: {
    reconciliation: '0. Afstemming van de bronnen',
    dataModels: '1. Datamodellen',
    databaseSchema: '2. Databaseschema',
    api: '3. API-endpoints',
    services: '4. Services voor bedrijfslogica',
    auth: '5. Authenticatie en autorisatie',
    validation: '6. Gegevensvalidatie',
    errors: '7. Foutafhandeling',
    integrations: '8. Externe integraties',
    jobs: '9. Achtergrondtaken',
    caching: '10. Cachingstrategie',
    observability: '11. Logging en monitoring',
    performance: '12. Prestatieoverwegingen',
    security: '13. Goede beveiligingspraktijken',
    testing: '14. Teststrategie',
    deployment: '15. Deploymentconfiguratie',
    decisions: 'Belangrijke technische beslissingen',
    traceability: 'Bijlage A. Traceerbaarheid van eisen',
    checklist: 'Bijlage B. Validatiechecklist',
  },
};
