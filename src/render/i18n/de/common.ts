import type { Messages } from '../en/index.js';

/** German wording shared by the whole document: title, section headings, shared table headers. */
export const common: Messages['common'] = {
  title: (project: string) => `${project} — Backend-Spezifikation`,
  generatedBy:
    'Von backend-spec aus den unten aufgeführten Planungsdokumenten erzeugt. Nicht von Hand bearbeiten: Ändern Sie die Dokumente oder die Entscheidungsdatei und erzeugen Sie die Datei neu.',
  sourcesHeading: 'Quellen',
  contentsHeading: 'Inhalt',
  provenance: (p) =>
    `Von den ${p.stated + p.derived + p.defaults + p.decisions} Elementen dieser Spezifikation zitieren ${p.stated} die Dokumentzeile, die sie festlegt, und ${p.derived + p.defaults} folgen einer benannten Regel oder einem dokumentierten Standardwert, wo die Dokumente schweigen${p.decisions > 0 ? `; ${p.decisions} stammen aus der Entscheidungsdatei` : ''}. Die Quelle steht jeweils neben dem Element.`,
  missingMark: '(fehlt)',
  sourceTable: { path: 'Dokument', kind: 'Art' },
  origin: 'Quelle',
  missingSection: 'Dieser Abschnitt ließ sich nicht aus den Dokumenten ableiten.',
  sections: {
    reconciliation: '0. Abgleich der Quellen',
    dataModels: '1. Datenmodelle',
    databaseSchema: '2. Datenbankschema',
    api: '3. API-Endpunkte',
    services: '4. Services der Geschäftslogik',
    auth: '5. Authentifizierung und Autorisierung',
    validation: '6. Datenvalidierung',
    errors: '7. Fehlerbehandlung',
    integrations: '8. Externe Integrationen',
    jobs: '9. Hintergrundjobs',
    caching: '10. Caching-Strategie',
    observability: '11. Logging und Monitoring',
    performance: '12. Performance',
    security: '13. Bewährte Sicherheitspraktiken',
    testing: '14. Teststrategie',
    deployment: '15. Deployment-Konfiguration',
    decisions: 'Wichtige technische Entscheidungen',
    traceability: 'Anhang A. Rückverfolgbarkeit der Anforderungen',
    checklist: 'Anhang B. Prüfliste',
  },
};
