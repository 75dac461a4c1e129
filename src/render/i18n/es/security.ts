import type { Messages } from '../en/index.js';

/** Spanish wording of 5. Autenticación y autorización, 6. Validación de datos, 7. Gestión de errores. */
export const security: Messages['security'] = {
  auth: {
    authentication: '5.1 Autenticación',
    strategyTable: { setting: 'Ajuste', value: 'Valor', source: 'Origen' },
    settings: {
      strategy: 'Estrategia',
      provider: 'Proveedor de identidad',
      accessTokenFormat: 'Formato del token de acceso',
      accessTokenTtl: 'Vida del token de acceso',
      refreshTokenTtl: 'Vida del token de refresco',
      refreshRotation: 'Rotación del token de refresco',
      refreshReuse: 'Detección de reutilización del token de refresco',
      sessionTimeout: 'Caducidad de la sesión',
      tokenStorage: 'Almacenamiento de tokens',
      refreshTokenStorage: 'Almacenamiento del token de refresco',
      refreshStore: 'Almacén de refresh tokens',
      passwordHashing: 'Hash de contraseñas',
      passwordMinLength: 'Longitud mínima de la contraseña',
      passwordRequires: 'La contraseña debe contener',
      socialProviders: 'Proveedores de inicio de sesión social',
      mfa: 'MFA / contraseñas de un solo uso',
      lockout: 'Bloqueo ante fuerza bruta',
      signInMethod: 'Método de inicio de sesión',
      signInLinkTtl: 'Validez del enlace de inicio de sesión',
      signInCodeTtl: 'Validez del código de inicio de sesión',
      tokenVerification: 'Verificación del token',
    },
    signInSent: {
      'magic-link': 'un enlace de un solo uso por correo',
      'email-code': 'un código de un solo uso por correo',
      'sms-code': 'un código de un solo uso por SMS',
      'phone-code': 'un código de un solo uso al número de teléfono',
    },
    signInBesidePassword: {
      'magic-link': 'una contraseña, o un enlace de un solo uso enviado por correo (enlace mágico)',
      'email-code': 'una contraseña, o un código de un solo uso enviado por correo',
      'sms-code': 'una contraseña, o un código de un solo uso enviado por SMS',
      'phone-code': 'una contraseña, o un código de un solo uso enviado al número de teléfono',
    },
    signInMethods: {
      'magic-link':
        'un enlace de un solo uso enviado por correo (enlace mágico); no se guarda ninguna contraseña',
      'email-code': 'un código de un solo uso enviado por correo; no se guarda ninguna contraseña',
      'sms-code': 'un código de un solo uso enviado por SMS; no se guarda ninguna contraseña',
      'phone-code': 'un código de un solo uso enviado al número de teléfono; no se guarda ninguna contraseña',
    },
    /** The API's own tokens after a provider's or a one-time link's sign-in; `ways`: each way in with its roles. */
    strategyOwnAfter: (ways: string) =>
      `Tokens bearer JWT (RFC 7519) que la propia API emite tras el inicio de sesión (${ways})`,
    strategies: {
      jwt: 'Tokens bearer JWT (RFC 7519)',
      session: 'Sesiones en el servidor (cookie)',
      'oauth-provider': 'Proveedor de identidad externo (OAuth 2.0 / OpenID Connect)',
      'api-key': 'Claves de API',
      'opaque-token': 'Tokens bearer opacos (guardados con hash en el servidor)',
      none: 'Ninguna (no hay endpoints protegidos)',
    },
    tokenVerification: (algorithm: string | null, jwks: boolean) =>
      algorithm && jwks
        ? `firma ${algorithm} verificada con las claves publicadas por el proveedor (JWKS)`
        : algorithm
          ? `firma ${algorithm} verificada en cada solicitud`
          : 'firma verificada con las claves publicadas por el proveedor (JWKS)',
    refreshStore: (store: string, ttl: string | null) =>
      `${store}: cada clave caduca por su TTL${ttl ? ` (${ttl})` : ''}; ningún job los purga`,
    noRefresh: 'ninguno (indicado): el cliente vuelve a iniciar sesión cuando caduca el token',
    lockoutDefault:
      'tras 5 inicios de sesión fallidos de una misma cuenta en 15 minutos, se rechazan los intentos siguientes durante 15 minutos (429); los fallos también se limitan por IP',
    yes: 'sí',
    requires: {
      uppercase: 'una letra mayúscula',
      lowercase: 'una letra minúscula',
      number: 'un número',
      symbol: 'un símbolo',
    },
    perRoleIntro: 'Cómo se autentica cada grupo de roles, tal como lo indican los documentos por grupo:',
    perRoleTable: { roles: 'Roles', with: 'Se autentica con', source: 'Fuente' },
    perRoleCookie: 'un token de sesión opaco en una cookie (HttpOnly); sin token bearer',
    perRoleIssuedBy: (who) => `emitido por ${who}`,
    perRoleApi: 'la API',
    perRoleBearer: (provider) =>
      provider
        ? `inicio de sesión con ${provider}; un token de acceso en la cabecera Authorization (RFC 6750)`
        : 'un token de acceso en la cabecera Authorization (RFC 6750)',
    jwtHeading: '5.2 Contenido del JWT',
    jwtIntro: 'Claims que lleva el token de acceso (valores de ejemplo):',
    claimsTable: { claim: 'Claim', meaning: 'Significado', source: 'Origen' },
    claims: {
      sub: 'Sujeto: el id del usuario (RFC 7519 §4.1.2)',
      iat: 'Momento de emisión (RFC 7519 §4.1.6)',
      exp: 'Caducidad (RFC 7519 §4.1.4)',
      jti: 'Id del token, usado para revocarlo (RFC 7519 §4.1.7)',
      iss: 'Emisor (RFC 7519 §4.1.1)',
      aud: 'Audiencia (RFC 7519 §4.1.3)',
      role: 'El rol del usuario, uno de los roles de abajo',
      roles: 'Los roles del usuario',
    },
    tenantClaim: (column) => `Inquilino del usuario: toda consulta se limita por \`${column}\``,
    userClaim: 'El id del usuario',
    lifecycleHeading: '5.3 Ciclo de vida de los tokens',
    lifecycle: {
      providerThenOwn: (name) =>
        `${name} realiza el inicio de sesión; después la API emite sus propios tokens (abajo) y los verifica en cada petición.`,
      issueOwn: (ttl) =>
        `Tras el inicio de sesión la API emite su propio token de acceso, válido durante ${ttl}.`,
      issue: (ttl) =>
        `El inicio de sesión verifica las credenciales y emite un token de acceso válido durante ${ttl}.`,
      refresh: (ttl, route) =>
        `Junto con él se emite un token de refresco válido durante ${ttl}; ${route ? `\`${route}\` lo canjea` : 'se canjea'} por un par nuevo.`,
      rotation:
        'Cada refresco rota el token de refresco; volver a presentar un token de refresco ya usado revoca toda la familia de tokens (detección de reutilización, RFC 9700 §4.14.2).',
      noRefresh:
        'No se emite token de refresco: cuando caduca el token de acceso, el cliente vuelve a iniciar sesión.',
      session: (ttl) =>
        `La sesión termina tras ${ttl} sea cual sea el estado del refresco; el usuario vuelve a iniciar sesión.`,
      logout:
        'El cierre de sesión revoca el token de refresco (o la sesión) en el servidor y borra la cookie.',
      logoutStateless:
        'El cierre de sesión borra la cookie; un token copiado antes sigue siendo válido hasta que caduque, salvo que su `jti` se guarde en una lista de denegación hasta entonces.',
      storage: (value) =>
        `Los tokens viajan en una cookie con los atributos ${value}; con HttpOnly, JavaScript nunca puede leerlos.`,
      provider: (name) =>
        `${name} gestiona el inicio de sesión; la API verifica los tokens del proveedor (firma, emisor, audiencia, caducidad) en cada petición.`,
      providerAndMethods: (name, methods) =>
        `El inicio de sesión pasa por ${name} y los métodos de acceso indicados (${methods}); la API verifica los tokens (firma, emisor, audiencia, caducidad) en cada petición.`,
      providerIssues: (name, access, refresh) =>
        `${name} emite los tokens${access || refresh ? ` (${[access ? `token de acceso válido durante ${access}` : null, refresh ? `token de refresco válido durante ${refresh}` : null].filter(Boolean).join('; ')}, según los documentos)` : ''}; renovarlos es tarea suya y la API no guarda ninguno.`,
      logoutProvider: (name) =>
        `Cerrar sesión termina la sesión en ${name} y el cliente descarta sus tokens; la API no guarda ningún token que revocar.`,
      managed: (name) =>
        `${name} emite, renueva y caduca los tokens; su vida útil forma parte de su configuración, que los documentos no indican.`,
      opaqueOnly:
        'Cada token es una cadena aleatoria que viaja en la cabecera `Authorization: Bearer`; el servidor guarda solo su hash y lo busca en cada petición.',
      logoutHeader:
        'El cierre de sesión revoca en el servidor el token de refresco (o el `jti` del token); el cliente descarta sus tokens.',
      logoutOpaque:
        'El cierre de sesión borra la fila del token en el servidor; el token deja de funcionar al instante.',
      sessionOnly: 'El servidor guarda la sesión; la cookie solo lleva un id de sesión opaco.',
      signInLink: (method: string, ttl: string | null) =>
        `El inicio de sesión envía ${method}${ttl ? `, válido durante ${ttl} y de un solo uso` : ', de un solo uso'}; al canjearlo se inicia la sesión.`,
    },
    findingsHeading: 'Dónde discrepan los documentos',
    findings: {
      'session-timeout-vs-refresh': (v) =>
        `La caducidad de la sesión (${v[0]}) es más corta que la vida del token de refresco (${v[1]}): prevalece el límite de la sesión, que corta la cadena de refrescos.`,
      'access-ttl-conflict': (v) =>
        `Se indican dos vidas para el token de acceso (${v[0]} y ${v[1]}); se usa la primera.`,
      'refresh-ttl-conflict': (v) =>
        `Se indican dos vidas para el token de refresco (${v[0]} y ${v[1]}); se usa la primera.`,
      'session-timeout-conflict': (v) =>
        `Se indican dos caducidades de sesión (${v[0]} y ${v[1]}); se usa la primera.`,
      'hash-cost-below-minimum': (v) =>
        `El coste de bcrypt indicado, ${v[0]}, es inferior a ${v[1]} (OWASP Password Storage Cheat Sheet); súbalo.`,
    },
    rolesHeading: '5.4 Roles',
    rolesTable: {
      role: 'Rol',
      label: 'Nombre',
      level: 'Nivel',
      inherits: 'Incluye los permisos de',
      description: 'Descripción',
      source: 'Origen',
    },
    defaultRoles:
      'Los documentos no indican roles: estos son los valores por defecto documentados (regla `derive/default-role-user`; un rol `admin` solo cuando los documentos mencionan la administración).',
    matrixHeading: '5.5 Matriz de permisos por endpoint',
    matrixIntro:
      'Cada endpoint × cada rol. permitido: cualquier registro; propio: solo los registros del usuario; inquilino: solo los registros del inquilino del usuario; denegado: 403. Denegación por defecto (OWASP ASVS V4.1.3).',
    matrixEndpoint: 'Endpoint',
    access: { allowed: 'permitido', own: 'propio', tenant: 'inquilino', denied: 'denegado' },
    webhookNote:
      'Los endpoints de webhook están denegados a todos los roles: los llama su proveedor, un llamante máquina que figura, con cómo se verifica, entre quienes llaman a la API.',
    servedBy: (surface: string) => `${surface}, sin ruta JSON`,
    publicNote:
      'Los endpoints públicos (sin autenticación) figuran como permitidos para todos los roles y también atienden a llamadas anónimas.',
    grantsHeading: '5.6 Permisos por recurso',
    actionWords: {
      manage: 'gestionar',
      create: 'crear',
      read: 'leer',
      update: 'actualizar',
      delete: 'borrar',
    },
    grantsTable: { role: 'Rol', resource: 'Recurso', actions: 'Acciones', source: 'Origen' },
    everyResource: 'todos los recursos',
    ownershipHeading: '5.7 Propiedad de los recursos y aislamiento por inquilino',
    ownershipTable: { entity: 'Entidad', rule: 'Regla', column: 'Columna', source: 'Origen' },
    ownershipKinds: {
      column: 'columna de propietario',
      parent: 'propiedad a través del padre',
      self: 'el propio registro del usuario',
      'role-column': 'columna con el nombre de un rol',
      reference: 'referencia al usuario (no limita a nadie por sí sola)',
    },
    scopesIntro:
      'Ámbitos indicados: cada rol de abajo alcanza los registros que nombra su frase, y los que dependen de ellos, solo por el camino de claves foráneas mostrado; un rol que «solo ve» esos registros no alcanza nada más salvo su propio registro de usuario.',
    scopesTable: {
      role: 'Rol',
      entity: 'Ve',
      access: 'Acceso',
      path: 'Camino hasta el usuario',
      covers: 'Registros en el ámbito',
      source: 'Origen',
    },
    noOwnership:
      'Ninguna entidad tiene una clave foránea hacia la entidad de usuario: la propiedad no se controla por registro.',
    tenant: (column) =>
      `Multiinquilino: toda consulta aislada por inquilino filtra por \`${column}\` tomado del token, nunca de la petición; un registro de otro inquilino responde 404.`,
    ownershipEnforcement:
      'La propiedad se comprueba en la consulta (`WHERE <owner column> = :currentUser`), no después de cargar, de modo que un registro de otro usuario responde 404 (OWASP ASVS V4.2.1).',
    callersHeading: '5.8 Quién llama a la API',
    callersIntro:
      'Cada llamante de la API y cómo se autentica: usuarios por rol, las aplicaciones cliente que usan, clientes máquina y emisores de webhooks. Las máquinas nunca son roles de usuario.',
    callersTable: {
      caller: 'Llamante',
      kind: 'Tipo',
      authentication: 'Se autentica con',
      operations: 'Operaciones',
      source: 'Fuente',
    },
    callerKinds: {
      user: 'usuario (rol)',
      browser: 'aplicación cliente (navegador)',
      anonymous: 'anónimo (sin sesión)',
      webhook: 'emisor de webhooks',
      device: 'dispositivo',
      service: 'cliente máquina',
      agent: 'agente de automatización',
    },
    apiKeyClient: 'Cliente con clave de API',
    anonymousAuth: 'ninguna: sin token; solo endpoints públicos',
    browserAuth:
      'las credenciales del usuario autenticado; sus peticiones de origen cruzado se responden (CORS)',
    apiKeyAuth: (header: string) => `clave de API en la cabecera \`${header}\``,
    apiKeyProposedHeader: (header: string) =>
      `clave de API; los documentos no nombran la cabecera, \`${header}\` es una propuesta`,
    signatureAuth: 'la firma del proveedor, verificada sobre el cuerpo sin procesar; sin token bearer',
    mtlsAuth: 'certificado de cliente (TLS mutuo)',
    clientCredentialsAuth: 'credenciales de cliente OAuth 2.0 (RFC 6749 §4.4)',
    authNotStated: 'no indicado en los documentos',
    operationsCount: (n: number) => `${n} endpoints`,
    moreOperations: (n: number) => `y ${n} más`,
  },
  validation: {
    fieldsHeading: '6.1 Reglas de validación de entradas',
    fieldsIntro:
      'Se valida en el servidor en cada petición contra una lista de permitidos (OWASP ASVS V5.1); las propiedades desconocidas se rechazan (400).',
    fieldsTable: { field: 'Campo', rules: 'Reglas', source: 'Origen' },
    rules: {
      required: 'obligatorio',
      type: (t) => `tipo ${t}`,
      format: (f) => `formato ${f}`,
      maxLength: (n) => `longitud máxima ${n}`,
      minLength: (n) => `longitud mínima ${n}`,
      length: (d) => d,
      lengthBound: (op, n) => `longitud ${op} ${n}`,
      precision: (p, s) => `precisión ${p}, escala ${s}`,
      range: (d) => `rango ${d}`,
      enum: (v) => `uno de ${v}`,
      pattern: (p) => `patrón \`${p}\``,
      unique: 'único (409 si se duplica)',
      reference: (d) => `referencia: ${d}`,
    },
    businessRule: (id) => `regla de negocio ${id}`,
    general: 'general',
    sanitisationHeading: '6.2 Saneamiento de la salida',
    sanitisation: {
      secrets:
        'Los campos secretos (abajo) nunca se serializan en ninguna respuesta ni se registran (OWASP ASVS V8.3).',
      'personal-data':
        'Los datos personales (abajo) solo se devuelven a los roles autorizados a leer el registro y se ocultan en los registros.',
      nulls:
        'Los valores opcionales ausentes se devuelven como `null`, nunca se omiten, para que los clientes vean una sola forma.',
      datetimes:
        'Las fechas y horas se devuelven como cadenas RFC 3339 en UTC (`2025-01-31T09:30:00Z`); las fechas, como `YYYY-MM-DD`.',
      decimals: 'Los importes decimales se devuelven como cadenas para conservar su precisión.',
      html: 'El texto se devuelve como cadenas JSON, nunca como HTML; los clientes lo codifican al mostrarlo (OWASP XSS Prevention).',
    },
    sensitiveTable: { entity: 'Entidad', field: 'Campo', kind: 'Clasificación', handling: 'Tratamiento' },
    sensitiveKinds: { secret: 'secreto', personal: 'dato personal' },
    handling: { secret: 'nunca en respuestas ni registros', personal: 'oculto en los registros' },
  },
  errors: {
    envelopeHeading: '7.1 Formato de las respuestas de error',
    why: {
      stated: (source) =>
        `Los documentos indican su propio cuerpo de error (${source}); todos los errores usan esa forma para que los clientes mantengan un único analizador.`,
      'problem-details':
        'Los documentos no indican un cuerpo de error, así que los errores siguen RFC 9457 problem details (`application/problem+json`): un tipo de medio estándar que los clientes y las herramientas OpenAPI ya entienden. Incluye los campos del flujo de trabajo como miembros de extensión: `code` (código de error), `detail` (mensaje), `errors` (errores de campo) y `request_id` (para el seguimiento).',
      envelope: 'Los errores usan el formato `{ code, message, details, request_id }`.',
    },
    mediaType: (m) => `Tipo de medio: \`${m}\`.`,
    schemaCaption: 'JSON Schema del cuerpo de error:',
    fieldMap: {
      code: 'Código de error',
      message: 'Mensaje',
      status: 'Estado HTTP',
      details: 'Errores de campo',
      requestId: 'Id de la petición',
    },
    fieldMapTable: { part: 'Parte', location: 'Ubicación (JSON Pointer)' },
    notCarried: 'la forma indicada no lo incluye',
    titlesNote:
      'Los títulos se dejan en inglés a propósito: son el campo `title` que devuelve la API y forman parte de su contrato; los clientes muestran su propio texto según el código.',
    title: (title: string) => `“${title}”`,
    catalogHeading: '7.2 Catálogo de errores',
    catalogTable: {
      status: 'Estado',
      code: 'Código',
      title: 'Título',
      category: 'Categoría',
      endpoints: 'Lo devuelve',
      source: 'Origen',
    },
    allEndpoints: 'todos los endpoints',
    endpointCount: (n) => `${n} endpoints`,
    categories: {
      validation: 'validación',
      authentication: 'autenticación',
      authorization: 'autorización',
      'not-found': 'no encontrado',
      conflict: 'conflicto',
      'business-rule': 'regla de negocio',
      'rate-limit': 'límite de tasa',
      server: 'servidor',
      unavailable: 'no disponible',
    },
    examplesHeading: '7.3 Ejemplos por categoría',
    exampleCaption: (status, code) => `${status} ${code}`,
    handlingHeading: '7.4 Reglas de tratamiento',
    handling: [
      'Los errores inesperados se registran con el id de la petición y se responden con 500, sin trazas de pila ni mensajes internos (OWASP ASVS V7.4.1).',
      'Las respuestas 401 llevan `WWW-Authenticate`; las 429 llevan `Retry-After`; las 503 llevan `Retry-After` cuando la interrupción tiene un final conocido.',
      'Los registros fuera de la propiedad o del inquilino de quien llama responden 404 en lugar de 403, para no revelar identificadores.',
      'Los errores de validación enumeran a la vez todos los campos que fallan, cada uno con un JSON Pointer al campo.',
    ],
  },
};
