import type { Messages } from '../en/index.js';
import { articled } from './articles.js';

/** Italian wording shared by the whole document: title, section headings, shared table headers. */
export const common: Messages['common'] = {
  title: (project: string) => `${project} — Specifica del backend`,
  generatedBy:
    'Generato da backend-spec a partire dai documenti di pianificazione elencati sotto. Non modificarlo a mano: modificare i documenti o il file delle decisioni e rigenerarlo.',
  sourcesHeading: 'Fonti',
  contentsHeading: 'Indice',
  provenance: (p) =>
    `${articled(p.stated + p.derived + p.defaults + p.decisions, 'Dei', 'Degli')} elementi di questa specifica, ${p.stated} citano la riga del documento che li stabilisce e ${p.derived + p.defaults} seguono una regola con nome o un valore predefinito documentato dove i documenti tacciono${p.decisions > 0 ? `; ${p.decisions} provengono dal file delle decisioni` : ''}. Accanto a ogni elemento è indicata la sua origine.`,
  missingMark: '(mancante)',
  sourceTable: { path: 'Documento', kind: 'Tipo' },
  origin: 'Origine',
  missingSection: 'Non è stato possibile ricavare questa sezione dai documenti.',
  sections: {
    reconciliation: '0. Riconciliazione delle fonti',
    dataModels: '1. Modelli dei dati',
    databaseSchema: '2. Schema del database',
    api: '3. Endpoint dell’API',
    services: '4. Servizi di logica di business',
    auth: '5. Autenticazione e autorizzazione',
    validation: '6. Validazione dei dati',
    errors: '7. Gestione degli errori',
    integrations: '8. Integrazioni esterne',
    jobs: '9. Job in background',
    caching: '10. Strategia di caching',
    observability: '11. Logging e monitoraggio',
    performance: '12. Considerazioni sulle prestazioni',
    security: '13. Buone pratiche di sicurezza',
    testing: '14. Strategia di test',
    deployment: '15. Configurazione del deployment',
    decisions: 'Decisioni tecniche chiave',
    traceability: 'Appendice A. Tracciabilità dei requisiti',
    checklist: 'Appendice B. Checklist di validazione',
  },
};
