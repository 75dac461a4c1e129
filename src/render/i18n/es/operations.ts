import type { Messages } from '../en/index.js';

/** Spanish wording of the operations sections (8 to 15) and the key technical decisions. */
export const operations: Messages['operations'] = {
  kv: ['Aspecto', 'Detalle'],
  status: {
    chosen: 'en uso',
    mentioned: 'mencionado',
    future: 'previsto (fase posterior)',
    'out-of-scope': 'fuera de alcance',
    rejected: 'descartado',
  },
  integrations: {
    summary: (active, planned, rejected) =>
      `Integraciones: ${active} en uso, ${planned} previstas para una fase posterior, ${rejected} consideradas y descartadas.`,
    none: 'Los documentos no nombran ningún servicio de terceros; el backend no hace llamadas de integración salientes.',
    unknown:
      'No figura en el catálogo de proveedores: solo se recoge lo que dicen los documentos; los endpoints, los límites y los webhooks deben tomarse del proveedor.',
    clientSide:
      'Se ejecuta en el dispositivo del usuario: sin llamadas, credenciales ni reintentos en el servidor.',
    fields: {
      status: 'Estado',
      purpose: 'Finalidad en este proyecto',
      docs: 'Referencia de la API',
      baseUrl: 'URL base',
      endpoints: 'Endpoints utilizados',
      auth: 'Autenticación',
      format: 'Formato de petición y respuesta',
      rateLimits: 'Límites de tasa',
      retry: 'Reintentos',
      failFast: 'Nunca se reintenta',
      idempotency: 'Idempotencia',
      webhooks: 'Webhook',
      env: 'Configuración',
      notes: 'Notas',
      mentions: 'Dónde lo nombran los documentos',
    },
    retry: (on, attempts, backoff, dead) =>
      attempts <= 1
        ? `un intento, sin reintentos${dead ? `; después, ${dead}` : ''}`
        : `${on.length > 0 ? `ante ${on.join(', ')}; ` : ''}hasta ${attempts} intentos; ${backoff}${dead ? `; después, ${dead}` : ''}`,
    planned: 'Previstos o descartados',
    plannedHeader: ['Servicio', 'Estado', 'Qué dicen los documentos', 'Origen'],
  },
  jobs: {
    runner: (queue, scheduler) =>
      `Las tareas se ejecutan en **${queue}**; las programaciones las dispara **${scheduler}**.`,
    unresolved: (n) =>
      `Aún no se diseña ninguna tarea: ${n === 1 ? 'un periodo o una programación indicados no nombran' : `${n} periodos o programaciones indicados no nombran`} ningún registro del modelo de datos (sección 0, preguntas abiertas). Al responder${n === 1 ? 'lo' : 'los'} allí, la tarea se diseña.`,
    none: (checked) =>
      `No hace falta ninguna tarea en segundo plano: los documentos no indican ${checked}. Cada petición completa su trabajo en línea.`,
    checked:
      'ningún periodo de retención, recordatorio, programación recurrente, almacén de tokens en el servidor, proveedor con webhooks, proveedor de mensajes salientes ni generación de documentos',
    fields: {
      purpose: 'Finalidad',
      trigger: 'Disparador',
      inputs: 'Entradas',
      steps: 'Procesamiento',
      idempotency: 'Idempotencia',
      retry: 'Reintentos',
      timeout: 'Tiempo máximo',
      logs: 'Registros',
      requirements: 'Requisitos',
      basis: 'Derivado de',
    },
    seconds: (n) => `${n} s`,
  },
  caching: {
    store: (value) => `Almacén de caché: **${value}** (indicado).`,
    statedNone: 'Los documentos deciden que no se cachea nada: ni almacén de caché ni entradas de caché.',
    noStore: (fallback) =>
      `Los documentos no indican ningún almacén de caché. Las entradas siguientes viven en ${fallback}.`,
    considered: 'Mencionado pero no elegido',
    header: [
      'Entrada',
      'Tipo',
      'Patrón de clave',
      'TTL',
      'Origen del TTL',
      'Se invalida con',
      'Motivo',
      'Origen',
    ],
    /** What a cached entry holds (the Kind column) and a considered store's status. */
    kinds: {
      entity: 'filas de entidad',
      query: 'resultado de consulta',
      external: 'respuesta de API externa',
    },
    statuses: {
      chosen: 'elegido',
      mentioned: 'mencionado',
      rejected: 'descartado',
      superseded: 'sustituido',
      deprecated: 'obsoleto',
      'out-of-scope': 'fuera de alcance',
      future: 'previsto (fase posterior)',
      deferred: 'aplazado',
      proposed: 'propuesto',
      undecided: 'sin decidir',
    },
    ttlOnly: 'Solo caducidad por TTL (ninguna entidad nuestra la modifica)',
    /** A query entry with no invalidating write: the model links none to it (it may not know the data). */
    /** The key of a stated entry no endpoint serves (its parameters are asked in section 0). */
    keyUnmapped: 'ningún endpoint lo sirve: los parámetros de su clave son una pregunta abierta (sección 0)',
    ttlOnlyQuery: 'Solo caducidad por TTL (ninguna escritura del modelo de datos está vinculada a ella)',
    none: 'Ninguna entrada justifica una caché: no se encontraron datos de referencia, lecturas agregadas ni consultas externas.',
    rules: [
      'Lectura a través de la caché: si falta la entrada, se carga desde la fuente de verdad y se guarda con su TTL.',
      'Se invalida (se borra la clave) en el mismo código que la escritura, después de confirmar la transacción.',
      'Un fallo de la caché degrada a una lectura directa; nunca hace fallar la petición.',
    ],
  },
  observability: {
    format: 'Formato de registro',
    fields: 'Campos en cada línea',
    example: 'Ejemplo',
    redact: 'Nunca se registra (lista de ocultación)',
    redactHeader: ['Campo', 'Motivo'],
    events: 'Qué registrar',
    eventsHeader: ['Evento', 'Nivel', 'Origen'],
    levels:
      'Niveles: `error` para peticiones fallidas (5xx) y reintentos agotados, `warn` para accesos denegados e inicios de sesión fallidos, `info` para eventos de negocio y cambios de estado, `debug` solo en local.',
    health: 'Comprobaciones de salud',
    healthHeader: ['Ruta', 'Comprueba', 'Origen'],
    metrics: 'Métricas',
    metricsHeader: ['Métrica', 'Tipo', 'Qué muestra', 'Origen'],
    alerts: 'Umbrales de alerta',
    alertsHeader: ['Métrica', 'Umbral', 'Ventana', 'Gravedad', 'Procedencia', 'Origen'],
    tracking: (v) =>
      `Los errores también se notifican a **${v}** (indicado), eliminando los datos personales antes del envío.`,
  },
  performance: {
    database: 'Base de datos: índices y prevención de N+1 por relación',
    api: 'API: paginación y límites de tasa',
    latency: 'Objetivos de latencia indicados',
    header: ['Dónde', 'Medida', 'Origen'],
    none: 'El modelo no tiene relaciones, endpoints de lista ni objetivos indicados de los que derivar medidas de rendimiento.',
  },
  security: {
    intro: 'Cada categoría del OWASP Top 10 (2021), con lo que esta especificación hace al respecto.',
    header: ['OWASP', 'Riesgo', 'Qué hace esta especificación', 'Origen'],
  },
  testing: {
    coverage: (n) => `Objetivo de cobertura: **${n} %** de líneas y ramas en servicios y validadores.`,
    tools: 'Herramientas de prueba indicadas',
    kinds: {
      unit: 'Pruebas unitarias',
      integration: 'Pruebas de integración',
      e2e: 'Pruebas de extremo a extremo (flujos críticos)',
      load: 'Pruebas de carga',
      security: 'Pruebas de seguridad',
    },
  },
  deployment: {
    env: 'Variables de entorno',
    envHeader: ['Variable', 'Uso', 'Ejemplo', 'Secreta', 'Obligatoria', 'Origen'],
    yes: 'sí',
    no: 'no',
    migration: (tool) => `Estrategia de migración (${tool})`,
    noMigration: 'Sin base de datos: no hay esquema que migrar.',
    rollback: 'Procedimiento de marcha atrás',
    prerequisites: 'Requisitos previos',
    secrets:
      'Los secretos proceden del almacén de secretos de la plataforma, nunca del repositorio; `.env.example` enumera todas las variables anteriores con valores de ejemplo.',
  },
  decisions: {
    header: ['Decisión', 'Elección', 'Origen'],
    proposed: 'Propuesto — no consta en los documentos',
  },
};
