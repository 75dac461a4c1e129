import type { Messages } from '../en/index.js';

/** Spanish wording shared by the whole document: title, section headings, shared table headers. */
export const common: Messages['common'] = {
  title: (project: string) => `${project} — Especificación del backend`,
  generatedBy:
    'Generado por backend-spec a partir de los documentos de planificación indicados abajo. No lo edite a mano: modifique los documentos o el archivo de decisiones y vuelva a generarlo.',
  sourcesHeading: 'Fuentes',
  contentsHeading: 'Índice',
  provenance: (p) =>
    `De los ${p.stated + p.derived + p.defaults + p.decisions} elementos de esta especificación, ${p.stated} citan la línea del documento que los establece y ${p.derived + p.defaults} siguen una regla con nombre o un valor por defecto documentado donde los documentos no dicen nada${p.decisions > 0 ? `; ${p.decisions} proceden del archivo de decisiones` : ''}. Junto a cada elemento se indica su origen.`,
  missingMark: '(falta)',
  sourceTable: { path: 'Documento', kind: 'Tipo' },
  origin: 'Origen',
  missingSection: 'Esta sección no se ha podido derivar de los documentos.',
  sections: {
    reconciliation: '0. Conciliación de fuentes',
    dataModels: '1. Modelos de datos',
    databaseSchema: '2. Esquema de base de datos',
    api: '3. Endpoints de la API',
    services: '4. Servicios de lógica de negocio',
    auth: '5. Autenticación y autorización',
    validation: '6. Validación de datos',
    errors: '7. Gestión de errores',
    integrations: '8. Integraciones externas',
    jobs: '9. Tareas en segundo plano',
    caching: '10. Estrategia de caché',
    observability: '11. Registro y monitorización',
    performance: '12. Consideraciones de rendimiento',
    security: '13. Buenas prácticas de seguridad',
    testing: '14. Estrategia de pruebas',
    deployment: '15. Configuración del despliegue',
    decisions: 'Decisiones técnicas clave',
    traceability: 'Apéndice A. Trazabilidad de requisitos',
    checklist: 'Apéndice B. Lista de verificación',
  },
};
