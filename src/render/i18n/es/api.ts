import type { Messages } from '../en/index.js';

const cap = (s: string) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Spanish wording of the api sections (3. Endpoints de la API, 4. Servicios) and the api checks. */
export const api: Messages['api'] = {
  rules: {
    heading: 'Reglas de negocio',
    intro: (n: number) =>
      `${n} ${n === 1 ? 'regla indicada' : 'reglas indicadas'} en los documentos, con la entidad u operaciones que restringe cada una, cómo la aplica el diseño y el error de dominio que produce.`,
    header: ['Id', 'Regla', 'Origen', 'Restringe', 'Aplicada por', 'Código de error'],
    enforcement: {
      'db-constraint': 'restricción de base de datos',
      validation: 'validación de la petición',
      'service-check': 'comprobación en el servicio',
      job: 'tarea en segundo plano',
      authorization: 'autorización',
      'retention-policy': 'política de retención de datos (sin purga antes del mínimo indicado)',
      'audit-trail': 'entrada de auditoría escrita en la transacción del cambio',
      behaviour: 'comportamiento indicado (sin comprobación de la solicitud)',
      'period-quota':
        'contado sobre el periodo (un informe o una comprobación al terminar; sin comprobación de la solicitud)',
      'visibility-scope':
        'ámbito de visibilidad (las lecturas devuelven solo los registros del ámbito; sin error de la solicitud)',
    } as Record<string, string>,
    lifecycles: 'Máquinas de estados',
    lifecycleIntro: (entity: string, field: string, n: number) =>
      `\`${entity}.${field}\`: ${n} ${n === 1 ? 'estado' : 'estados'}; transiciones tal como las indican los documentos y como las producen los endpoints de acción, con los roles que pueden realizar cada una.`,
    transitionHeader: ['Desde', 'Hacia', 'Disparador', 'Quién', 'Origen'],
    system: 'el sistema (tarea)',
    fromUnstated: 'no indicado en los documentos',
    unstated: 'no indicado: ninguna operación ni tarea de este diseño lo realiza',
    noTransitions:
      'Los documentos no indican ninguna transición y ningún endpoint de acción cambia este estado.',
  },
  stories: {
    heading: 'Historias y las operaciones que las implementan',
    intro: (mapped: number, total: number) =>
      `${mapped} de ${total} historias de usuario y frases de capacidad corresponden a una operación (regla \`derive/operation-from-story\`); el rol del actor puede invocar cada una.`,
    header: ['Historia', 'Actor', 'Rol', 'Acción', 'Operaciones'],
    none: (why: string) => `ninguna — ${why}`,
    suppressedHeading: 'Operaciones omitidas a propósito',
    suppressedIntro: (n: number) =>
      `${n} ${n === 1 ? 'operación' : 'operaciones'} que una regla de derivación habría producido se omitieron porque un hecho indicado o una regla con nombre así lo dice.`,
    suppressedHeader: ['Operación', 'Regla', 'Motivo', 'Origen'],
    surfaceHeading: (surface: string) => `Servidas por el ${surface} (sin rutas JSON)`,
    surfaceIntro: (n: number, surface: string, at: string) =>
      `${n} operación(es) que solo los roles del ${surface} pueden llamar las sirven sus pantallas, que no tienen API JSON (${at}): cada una sigue siendo un método de servicio de la sección 4, fuera de openapi.yaml.`,
    surfaceHeader: ['Operación', 'Roles', 'Entrada', 'Regla'],
    calledBySurface: (surface: string) => `pantallas del ${surface} (sin ruta JSON)`,
  },
  endpoints: {
    intro: (endpoints, resources, stated, fromNeeds, derived) =>
      `${plural(endpoints, 'endpoint', 'endpoints')} en ${plural(resources, 'recurso', 'recursos')}: ${stated} indicados en los documentos (tal como están escritos, con su línea de origen), ${fromNeeds} diseñados a partir de historias de usuario y requisitos, y ${derived} derivados del modelo de datos mediante reglas con nombre.`,
    artifact: (path) =>
      `La misma API como documento OpenAPI 3.1: \`${path}\` (esquemas de componentes a partir del modelo de datos, respuestas de error compartidas, esquemas de seguridad y ejemplos validados).`,
    conventionsHeading: 'Convenciones',
    basePath: (path) =>
      path ? `Ruta base: \`${path}\`.` : 'Las rutas se usan tal como se indican, sin una ruta base común.',
    json: 'Los cuerpos son JSON (`application/json`); las fechas y horas son cadenas RFC 3339; los decimales son números con la precisión almacenada indicada.',
    pagination: (style, def, max, n) =>
      style === 'page'
        ? `Las listas se paginan por número de página: \`${n.page}\` (desde 1) y \`${n.limit}\` (por defecto ${def}, como máximo ${max}); la respuesta incluye \`items\`, \`total\`, \`${n.limit}\` y \`${n.page}\`.`
        : style === 'cursor'
          ? `Las listas se paginan por cursor: \`${n.limit}\` (por defecto ${def}, como máximo ${max}) y \`${n.cursor}\`; la respuesta incluye \`items\` y \`nextCursor\`.`
          : `Las listas se paginan con \`${n.limit}\` (por defecto ${def}, como máximo ${max}) y \`${n.offset}\`; la respuesta incluye \`items\`, \`total\`, \`${n.limit}\` y \`${n.offset}\`.`,
    errorsFromCatalog: (mediaType) =>
      `Toda respuesta de error usa el formato de error de la sección 7 (\`${mediaType}\`), compartido en openapi.yaml como \`components/responses\`.`,
    errorsFallback:
      'No se ha diseñado un catálogo de errores, así que las respuestas de error usan RFC 9457 problem details (`application/problem+json`); la sección 7 es donde un catálogo lo concretaría.',
    authScheme: (scheme) =>
      `Los endpoints autenticados exigen ${scheme}; los endpoints públicos lo indican expresamente.`,
    noAuth:
      'No se ha diseñado ninguna estrategia de autenticación, por lo que no se declara ningún esquema de seguridad.',
    schemes: {
      bearerAuth: 'un token bearer en la cabecera `Authorization` (RFC 6750)',
      cookieAuth: 'la cookie de credenciales establecida al iniciar sesión',
      apiKeyAuth: 'una clave de API en la cabecera `X-API-Key`',
    },
    successEnvelope: (wrapper, key, from) =>
      `Todo cuerpo de éxito va envuelto como indican los documentos: \`${wrapper}\`, con el recurso o la página en \`${key}\` (${from}).`,
    created:
      'Las creaciones responden `201 Created` con una cabecera `Location` (RFC 9110 §15.3.2); los borrados responden `204 No Content`; un valor único ya utilizado responde `409 Conflict`; las peticiones limitadas por tasa responden `429` con `Retry-After` (RFC 6585).',
    idempotency:
      'Las peticiones que mueven dinero exigen una cabecera `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): un reintento con la misma clave devuelve el primer resultado.',
    summaryHeading: 'Índice de endpoints',
    summaryTable: {
      method: 'Método',
      path: 'Ruta',
      operation: 'Operación',
      auth: 'Autenticación',
      source: 'Origen',
    },
    schemasHeading: (entity) => `Esquemas: ${entity}`,
    schemasNote: (entity) =>
      `\`${entity}\` es el cuerpo de respuesta (sin secretos); \`${entity}Create\`, el cuerpo de creación; \`${entity}Update\` tiene las mismas propiedades, todas opcionales (PATCH es una actualización parcial, RFC 5789).`,
    operation: 'Operación',
    auth: 'Autenticación',
    public: 'pública',
    authenticated: 'autenticada',
    roles: (roles) => `roles: ${roles.join(', ')}`,
    anyRole: 'cualquier usuario con sesión iniciada',
    noRole:
      'ningún rol todavía: denegado por defecto hasta que una historia o los documentos nombren a quién lo llama (5.5)',
    rateLimit: 'Límite de tasa',
    /** Who a stated rate limit counts ("volunteer"), as the documents name them. */
    ratePer: (who: string) => `contado por ${who}`,
    rateClasses: {
      auth: 'autenticación (estricto, por IP y por cuenta)',
      read: 'lectura',
      write: 'escritura',
      expensive: 'costoso (búsqueda, exportación)',
      webhook: 'webhook (por proveedor)',
      public: 'público',
    },
    paginationLine: (style, def, max) =>
      `${style === 'cursor' ? 'por cursor' : 'por desplazamiento'}, por defecto ${def}, máximo ${max}`,
    paginationLabel: 'Paginación',
    idempotencyLabel: 'Idempotency-Key',
    required: 'obligatoria',
    requirements: 'Requisitos',
    source: 'Origen',
    parameters: 'Parámetros',
    parameterTable: {
      name: 'Nombre',
      in: 'Ubicación',
      type: 'Tipo',
      required: 'Obligatorio',
      description: 'Descripción',
    },
    yes: 'sí',
    no: 'no',
    requestBody: 'Cuerpo de la petición',
    responses: 'Respuestas',
    responseTable: { status: 'Estado', meaning: 'Significado', body: 'Cuerpo', errors: 'Códigos de error' },
    noBody: '—',
    errorBody: 'formato de error',
  },
  actions: {
    list: (entity) => `Listar registros de ${entity}`,
    get: (entity) => `Obtener un registro de ${entity}`,
    create: (entity) => `Crear un registro de ${entity}`,
    update: (entity) => `Actualizar un registro de ${entity} (parcial)`,
    replace: (entity) => `Reemplazar un registro de ${entity}`,
    delete: (entity) => `Eliminar un registro de ${entity}`,
    search: (entity) => `Buscar registros de ${entity}`,
  },
  stateAction: { ownWord: true, title: (verb, entity) => `${cap(verb)} ${entity}` },
  services: {
    intro: (services, methods, transactional) =>
      `${plural(services, 'servicio', 'servicios')} con ${methods} métodos públicos; ${transactional === 1 ? '1 método escribe' : `${transactional} métodos escriben`} en más de una tabla y ${transactional === 1 ? 'se ejecuta' : 'se ejecutan'} en una sola transacción de base de datos.`,
    signatures: (language: string, source: string) =>
      `Las firmas de los métodos están escritas en ${language}, el lenguaje que indica la pila (${source}).`,
    signaturesNeutral: (language: string, source: string) =>
      `La pila indica ${language} (${source}); las firmas de los métodos se escriben en una forma neutra, \`nombre(parámetro: Tipo) → Resultado\`.`,
    conventions:
      '`Actor` es quien llama, ya autenticado (id de usuario, rol y, en un producto multiinquilino, id de inquilino), tomado de la credencial. Los servicios lanzan errores tipados; la capa HTTP los traduce a códigos de estado:',
    errorTable: { error: 'Error', status: 'Estado HTTP', meaning: 'Significado' },
    errors: {
      ValidationError: ['400 / 422', 'entrada no válida, o un registro referenciado no existe'],
      UnauthorizedError: ['401', 'credenciales incorrectas'],
      ForbiddenError: ['403', 'quien llama no puede actuar sobre este registro'],
      NotFoundError: ['404', 'no existe tal registro visible para quien llama'],
      ConflictError: ['409', 'un valor único ya está en uso, o el estado no permite el cambio'],
      IntegrationError: ['502 / 503', 'un servicio de terceros falló tras los reintentos'],
    },
    purpose: {
      aggregate: (entity, members) =>
        members.length > 1
          ? `Lógica de negocio del agregado ${entity} (${members.join(', ')}).`
          : `Lógica de negocio de ${entity}.`,
      /**
       * The parts the authentication service has (`sign-up`, `sign-in`, `sign-out`, `refresh`,
       * `password-reset`, `current-user`), and the providers the sign-in goes through, with the roles
       * that sign in there when the documents give groups their own way in.
       */
      authentication: (
        parts: readonly string[],
        at: readonly { name: string; roles: readonly string[] }[],
      ) => {
        const names: Record<string, string> = {
          'sign-up': 'registro',
          'sign-in': 'inicio de sesión',
          'sign-out': 'cierre de sesión',
          refresh: 'renovación del token',
          'password-reset': 'restablecimiento de contraseña',
          'current-user': 'el usuario actual',
        };
        const list = parts.map((x) => names[x] ?? x);
        const joined =
          list.length > 1 ? `${list.slice(0, -1).join(', ')} y ${list[list.length - 1]}` : (list[0] ?? '');
        const through = at.map(({ name, roles: rs }) => {
          const roles = rs.map((r) => `\`${r}\``).join(', ');
          return rs.length > 0
            ? `${roles} inician sesión a través de ${name}`
            : `el inicio de sesión pasa por ${name}`;
        });
        const text = [joined, ...through].filter((x) => x.length > 0).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      },
      notification: 'Envía notificaciones mediante los proveedores elegidos.',
      payment: 'Cobra pagos mediante el proveedor elegido.',
      'stated-routes': (resource) => `Operaciones de las rutas \`${resource}\` indicadas en los documentos.`,
    },
    dependencies: 'Dependencias',
    transactions: 'Transacciones',
    sideEffectsIntro:
      'Lo que los documentos indican que causa cada método además de sus escrituras (tras confirmar la transacción; una entrada de auditoría dentro de ella):',
    sideEffectsHeader: ['Método', 'Efecto', 'A través de', 'Cuándo', 'Fuente'],
    sideEffectKinds: {
      email: 'envía un correo',
      sms: 'envía un SMS',
      push: 'envía una notificación push',
      job: 'encola un trabajo',
      event: 'emite un evento',
      webhook: 'llama a un webhook',
      integration: 'llama a una integración',
      audit: 'escribe una entrada de auditoría',
    },
    noTransactions: 'Cada método escribe como mucho en una tabla.',
    transactional: (method, rule) => `\`${method}\` — una transacción (${rule})`,
    transactionWith: (method, how, source) => `\`${method}\` — ${how} (${source})`,
    transactionMechanisms: {
      'row-lock': 'una transacción, con las filas bloqueadas con SELECT … FOR UPDATE',
      'optimistic-version': 'una transacción, con la columna de versión comprobada al actualizar',
      'advisory-lock': 'una transacción bajo un bloqueo consultivo (advisory lock)',
      constraint: 'una transacción que la restricción de {rule} aborta ante un escritor concurrente',
      outbox: 'una transacción con su registro en el outbox, publicado tras el commit',
      none: 'ninguna transacción entre sus escrituras',
      eventual: 'sin transacción compartida: consistencia eventual',
      audit: 'una transacción con la entrada de auditoría de {rule}',
    },
    endpoint: 'Endpoint',
    source: 'Origen',
  },
  checks: {
    entityWithoutEndpoints: (entity) => `${entity} no tiene ningún endpoint`,
    evidence: (endpoints, withSchemas, entities) =>
      `${endpoints} endpoints, ${withSchemas} con esquemas de petición y respuesta del modelo de datos, que cubren ${entities} entidades`,
  },
  compact: {
    parameters:
      'En los endpoints derivados, un parámetro de consulta con el nombre de un campo filtra por igualdad en ese campo, `sort` ordena por un campo (un `-` inicial ordena de forma descendente) y un parámetro de ruta `{id}` es el id del registro; `*` marca un parámetro obligatorio. Los tipos y restricciones son los de la sección 1.',
    standardHeading: 'Respuestas estándar',
    standardIntro:
      'Qué significa cada estado y los códigos de error que cualquier endpoint puede devolver con él, declarados una sola vez. Las tablas de endpoints indican los estados de cada endpoint y solo detallan un significado o un código de error cuando difiere.',
    standardHeader: ['Estado', 'Significado', 'Códigos de error en todos los endpoints'],
    schemasHeading: 'Esquemas de petición y respuesta',
    schemasIntro:
      'Declarados una sola vez como componentes con nombre (`components/schemas` en openapi.yaml, un archivo por entidad en `schemas/`) y referenciados por nombre en las tablas de endpoints. `<Entidad>` es el cuerpo de la respuesta (sin secretos), `<Entidad>Create` el cuerpo de creación, `<Entidad>Update` la actualización parcial (todo opcional, RFC 5789); `<Entidad>Page` envuelve una lista en `items` y los campos de paginación. Las propiedades obligatorias van en negrita; los tipos y restricciones son los de la sección 1.',
    schemasHeader: ['Esquema', 'Propiedades'],
    serverSet: (list: string) =>
      `Fuera de los cuerpos de creación y actualización porque los fija el servidor (cada uno con la regla que lo justifica): ${list}.`,
    singlesHeading: 'Recursos con un solo endpoint',
    resourceColumn: 'Recurso',
    endpointHeader: [
      'Método',
      'Ruta',
      'Operación',
      'Autenticación',
      'Límite de peticiones',
      'Petición',
      'Respuestas',
      'Origen',
    ],
    paginated: 'paginado',
    idempotencyKey: 'cabecera `Idempotency-Key`',
    methodHeader: ['Servicio', 'Método', 'Invocado por', 'Lanza'],
    serviceHeader: ['Servicio', 'Propósito', 'Dependencias', 'Transacciones', 'Origen'],
    exampleHeader: ['Error', 'Cuerpo de ejemplo'],
    everyJob: 'Todas las tareas siguientes, salvo que su propia tabla indique otra cosa',
    sharedFields: (name: string) =>
      `Los campos que la mayoría de las entidades comparten línea por línea se declaran una sola vez en \`${name}\`; una entidad que \`extends ${name}\` los tiene, con el mismo tipo, restricciones y origen.`,
    entity: 'Entidad',
    tablesHeading: 'Tablas',
    summaryHeading: 'Resumen',
    glanceLabel: 'De un vistazo',
    counts: [
      'entidades',
      'endpoints',
      'servicios',
      'roles',
      'tareas en segundo plano',
      'integraciones externas',
    ],
    stackLabel: 'Tecnologías y decisiones de diseño',
    proposedLabel: 'Propuesto aquí, no indicado en los documentos',
    attention: (conflicts, questions, gaps, link) =>
      `**Requiere una decisión**: ${conflicts} conflicto(s) entre los documentos (resueltos por precedencia; el archivo de decisiones prevalece), ${questions} pregunta(s) abierta(s) y ${gaps} laguna(s) de modelado; véase ${link}.`,
  },
  flows: {
    heading: 'Flujos indicados',
    intro: (n: number) =>
      `${n} flujo(s) que indican los documentos, dibujados como diagramas de secuencia: cada paso es un mensaje del rol que lo realiza a la API (con la operación que le corresponde) o a una integración nombrada; un paso que no nombra ninguna llamada es una nota. Un diagrama de secuencia de los documentos se dibuja tal como está escrito.`,
    api: 'API',
    client: 'Cliente',
  },
};
