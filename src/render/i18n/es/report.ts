import type { Messages } from '../en/index.js';
import { lifetime } from '../en/report.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Spanish wording of Apéndice B, the verification results and the completion report. */
export const report: Messages['report'] = {
  checklistIntro:
    'Cada punto de la lista de verificación del flujo de trabajo, decidido por las reglas de comprobación sobre el modelo (no marcado a mano). «Evidencia» es lo que se contó; «Problemas» enumera lo que falló.',
  items: {
    'data-models': 'Todos los modelos de datos definidos con relaciones y restricciones',
    indexes: 'El esquema de base de datos incluye índices para el rendimiento',
    endpoints: 'Todos los endpoints de la API documentados con esquemas de petición y respuesta',
    auth: 'Autenticación y autorización claramente especificadas',
    errors: 'La gestión de errores cubre todos los casos de error',
    integrations: 'Las integraciones externas incluyen reintentos y gestión de errores',
    jobs: 'Las tareas en segundo plano tienen políticas de reintento',
    caching: 'Estrategia de caché definida para el rendimiento',
    logging: 'Los registros excluyen los datos sensibles',
    security: 'Se siguen las buenas prácticas de seguridad',
  },
  verdicts: {
    pass: 'cumple',
    fail: 'no cumple',
    'not-applicable': 'no aplicable',
    'not-checked': 'no comprobado',
  },
  table: { item: 'Punto', verdict: 'Veredicto', evidence: 'Evidencia', problems: 'Problemas' },
  verificationHeading: 'Verificación con herramientas reales',
  verificationTable: { tool: 'Herramienta', artifact: 'Artefacto', result: 'Resultado', summary: 'Resumen' },
  verificationOk: 'correcto',
  verificationFailed: 'fallido',
  notVerified:
    'Los artefactos no se verificaron en esta ejecución (verificación omitida); ejecute `backend-spec generate` sin `--no-verify` para aplicar schema.sql a PostgreSQL y validar openapi.yaml y los JSON Schema.',
  moreProblems: (count) => `… y ${count} más`,
  completion: {
    title: 'Especificación del backend completada',
    overview: 'Resumen:',
    dataModels: (count) => `Modelos de datos: ${n(count, 'entidad definida', 'entidades definidas')}`,
    endpoints: (count) =>
      `Endpoints de la API: ${n(count, 'endpoint documentado', 'endpoints documentados')}`,
    services: (count) =>
      `Servicios: ${n(count, 'capa de servicio especificada', 'capas de servicio especificadas')}`,
    integrations: (count) =>
      `Integraciones externas: ${n(count, 'servicio configurado', 'servicios configurados')}`,
    jobs: (count) => `Tareas en segundo plano: ${n(count, 'tarea especificada', 'tareas especificadas')}`,
    requirements: (traced, total) =>
      `Requisitos: ${traced} de ${total} trazados a elementos de la especificación`,
    provenance: (stated, derived, decisions) =>
      `Procedencia: ${stated} elementos citan una línea de un documento, ${derived} siguen una regla con nombre o un valor por defecto${decisions > 0 ? `, ${decisions} una decisión del usuario` : ''}`,
    provenanceAssistant: (n: number) =>
      `, ${n} ${n === 1 ? 'hecho' : 'hechos'} de un asistente con cita verificada`,
    coverageHeading: 'Cobertura de lectura (bloques y frases que aportaron al menos un hecho):',
    coverageSentences: 'frases',
    coverageDataModel: 'modelo de datos',
    coverageUnread: (n: number) =>
      `${n} ${n === 1 ? 'bloque no leído' : 'bloques no leídos'} en spec.json (coverage.unread), primero los que más probablemente contienen hechos del modelo`,
    decisions: 'Decisiones técnicas:',
    noDecisions: 'ninguna derivada',
    security: 'Seguridad:',
    authentication: 'Autenticación',
    passwordHashing: 'Hash de contraseñas',
    authorization: 'Autorización',
    validation: (rules, sensitive) =>
      `Validación de entradas: ${n(rules, 'regla', 'reglas')}; ${n(sensitive, 'campo sensible excluido', 'campos sensibles excluidos')} de respuestas y registros`,
    rateLimiting: 'Límite de tasa',
    perEndpointClass: (classes) => `por clase de endpoint: ${classes}`,
    statedLimits: (list) => `declarados: ${list}`,
    rateClasses: {
      auth: 'autenticación',
      read: 'lectura',
      write: 'escritura',
      expensive: 'costosa',
      webhook: 'webhook',
      public: 'pública',
    },
    tokenLifetime: (kind, seconds, proposed) =>
      `${kind === 'access' ? 'acceso' : 'refresco'} ${lifetime(seconds, [' día', ' días'], ' h', ' min', ' s')}${proposed ? ' (propuesto)' : ''}`,
    performance: 'Rendimiento:',
    indexes: (count, fk) =>
      `${n(count, 'índice de base de datos definido', 'índices de base de datos definidos')} (${fk} sobre claves foráneas)`,
    caching: (entries, store) =>
      entries > 0
        ? `Caché: ${n(entries, 'entrada', 'entradas')}${store ? ` en ${store}` : ''}`
        : 'Caché: ninguna especificada',
    pagination: (def, max, endpoints) =>
      `Paginación por defecto: ${def} elementos, máximo ${max} (${n(endpoints, 'endpoint de lista', 'endpoints de lista')})`,
    noPagination: 'Paginación: no hay endpoints de lista',
    checklist: (pass, fail, na, unchecked) =>
      `Lista de verificación: ${pass} cumplen, ${fail} no cumplen, ${na} no aplicables, ${unchecked} sin comprobar`,
    missingSections: (list) => `Secciones que faltan: ${list}`,
    output: (path, lines, size) => `Salida: ${path} (${lines} líneas, ${size})`,
    size: (bytes) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`),
    artifacts: (list) => `Artefactos: ${list}`,
    noArtifacts: 'ninguno',
    files: (count) => n(count, 'archivo', 'archivos'),
    verified: 'verificado',
    failed: 'FALLIDO',
    notVerified: 'sin verificar (--no-verify)',
    diagnostics: (errors, warnings, notes) =>
      `Diagnósticos: ${n(errors, 'error', 'errores')}, ${n(warnings, 'advertencia', 'advertencias')}, ${n(notes, 'nota', 'notas')}`,
    nextSteps: 'Próximos pasos:',
    notProduced: (orm: string, ...instead: string[]) =>
      `No generado: ningún esquema de ${orm} (compatibles: Prisma, Drizzle)${instead.length > 0 ? `; use ${instead.join(' y ')}` : ''}.`,
    applyMigration: (file: string) => `Revisar y aplicar la migración inicial ${file}`,
    noDataStore: 'Diseñar el almacén de datos que los documentos dejan abierto',
    steps: [
      'Revisar la especificación con el equipo, empezando por la sección 0 (Conciliación de fuentes)',
      'Crear las migraciones de base de datos a partir de schema.sql',
      'Generar clientes o SDK de la API a partir de openapi.yaml',
      'Usarla como referencia al desglosar épicas e historias',
      'Implementar siguiendo los estándares de .bmad/standards/backend/',
    ],
  },
  terminal: {
    sources: 'Fuentes:',
    noneFound: '(no se encontró ninguna)',
    duplicateOf: (of: string, reason: string) => `duplicado de ${of}: ${reason}`,
    supersededBy: (of: string, reason: string) => `reemplazado por ${of}: ${reason}`,
    ignored: (reason: string) => `ignorado: ${reason}`,
    configError:
      'El archivo de configuración tiene un error: no se leyó nada a través de él y no se escribió nada.',
    missingPrerequisites: 'Faltan requisitos previos: no se generó nada. Se buscó en:',
    runInit: (command: string) =>
      `Ejecute \`${command}\` para crear los documentos de planificación, o pase --docs DIR.`,
    dryRun: '(ejecución de prueba: no se escribió nada)',
    created: (file: string) => `creado   ${file}`,
    skipped: (file: string) => `omitido  ${file} (ya existe, no se ha tocado)`,
    next: (command: string) =>
      `Siguiente paso: sustituya el contenido de ejemplo por los datos de su proyecto y ejecute \`${command}\`.`,
    checkMissingPrerequisites:
      'backend-spec: faltan requisitos previos (falta el PRD o la arquitectura): nada que comparar',
    upToDate: (files: number) =>
      `al día: ${files} archivos coinciden con lo que se compila a partir de los documentos`,
    outOfDate: (differ: number, files: number) =>
      `desactualizado: ${differ} de ${files} archivos difieren (no se escribió nada)`,
    specNotFound: (file: string) =>
      `backend-spec: no se encontró ${file} (indique el archivo de la especificación a comprobar)`,
    checked: (file: string, project: string | null) =>
      `Comprobado ${file}${project ? ` frente a los documentos de ${project}` : ''}:`,
    checkSections: (found: number, missing: string) =>
      `- secciones: ${found} de 15 encontradas${missing ? ` (faltan: ${missing})` : ''}`,
    checkSql: (statements: number, blocks: number, engine: string | null, applied: number, failed: number) =>
      `- SQL: ${statements} sentencias en ${blocks} bloques${engine ? `, ${applied} aplicadas en ${engine} en orden de dependencias, ${failed} fallidas` : ', sin aplicar'}`,
    checkBlocks: (documents: number, errors: number, json: number, invalid: number) =>
      `- documentos OpenAPI: ${documents} (${errors} errores); bloques JSON: ${json} (${invalid} no válidos)`,
    checkTotals: (errors: number, warnings: number) => `- ${errors} errores, ${warnings} avisos`,
  },
};
