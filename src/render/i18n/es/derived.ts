import type { DerivedPhrase } from '../en/derived.js';

/** Spanish wording of the clauses derive rules write (see en/derived.ts). */
export const derived: Record<DerivedPhrase, string> = {
  'The request is malformed or fails validation.': 'La petición está mal formada o no supera la validación.',
  'Missing or invalid credentials.': 'Faltan las credenciales o no son válidas.',
  'The caller may not perform this operation on this resource.':
    'Quien llama no puede realizar esta operación sobre este recurso.',
  'The resource does not exist or is not visible to the caller.':
    'El recurso no existe o no es visible para quien llama.',
  'A unique value is already taken, or the resource state does not allow this.':
    'Un valor único ya está en uso, o el estado del recurso no lo permite.',
  'A request with this {} is still being processed.': 'Aún se está procesando una petición con esta {0}.',
  'A referenced record does not exist.': 'Un registro referenciado no existe.',
  'The {} was used with a different payload.': 'La {0} se usó con un contenido distinto.',
  'Too many requests': 'Demasiadas peticiones',
  'retry after the time in {}': 'reintente pasado el tiempo indicado en {0}',
  'Unique key per logical request': 'Clave única por petición lógica',
  'a retry with the same key returns the first result ({}).':
    'un reintento con la misma clave devuelve el primer resultado ({0}).',
  'exponential {} × {}^attempt (cap {}) with full jitter':
    'exponencial {0} × {1}^intento (máximo {2}) con jitter completo',
  'honour {}': 'respetando {0}',
  'honours {} {} headers': 'respeta las cabeceras {1} de {0}',
  'any thrown error': 'cualquier error lanzado',
  timeout: 'tiempo agotado',
  'network error or timeout': 'error de red o tiempo agotado',
  'network error ({} transport)': 'error de red (transporte del {0})',
  'the {} transport’s own backoff': 'la espera propia del transporte del {0}',
  '{} table (payload, error, attempts, {})': 'tabla {0} (contenido, error, intentos, {1})',
  'BullMQ failed set (kept, inspected and retried from the dashboard)':
    'conjunto de fallidos de BullMQ (se conservan, se inspeccionan y se reintentan desde el panel)',
  'dropped when the {} buffer is full (reporting never blocks a request)':
    'se descarta si el búfer del {0} está lleno (el envío de informes nunca bloquea una petición)',
  'not stated in the documents: a rerun must not repeat work already done':
    'no lo indican los documentos: una nueva ejecución no debe repetir el trabajo ya hecho',
  'load the message by id': 'cargar el mensaje por su id',
  'stop if already sent': 'parar si ya se envió',
  'store the provider message id and status sent':
    'guardar el id de mensaje del proveedor y el estado enviado',
  'failures in the {} list mark it failed without retry':
    'los fallos de la lista {0} lo marcan como fallido sin reintentar',
  'delete from the {} store where {} < {} (or {} is set and older than a day), in batches of {}':
    'borrar del almacén {0} donde {1} < {2} (o {3} tiene valor y es de hace más de un día), en lotes de {4}',
  'the job loads the stored event, skips it if already processed, applies it, marks it processed':
    'la tarea carga el evento guardado, lo omite si ya se procesó, lo aplica y lo marca como procesado',
  'unique constraint on the provider event id: duplicates and redeliveries are skipped':
    'restricción de unicidad sobre el id de evento del proveedor: los duplicados y reenvíos se omiten',
  'reject if older than {} minutes': 'rechazar si tiene más de {0} minutos',
  'raw body kept for verification': 'se conserva el cuerpo sin procesar para la verificación',
  'scheduled by {} cron timer (one leader instance)':
    'programado por un temporizador cron {0} (una única instancia líder)',
  'profile of the {} user, read by {} /{} on every page load':
    'perfil del usuario con sesión iniciada, leído con {1} /{2} en cada carga de página',
  'no cache store is stated: {} LRU cache per instance (lost on restart, not shared), {} entries':
    'no se indica almacén de caché: caché LRU {0} por instancia (se pierde al reiniciar, no se comparte), {1} entradas',
  'process is up (no dependency checks, so a slow database never restarts the pod)':
    'el proceso está en marcha (sin comprobar dependencias, para que una base de datos lenta nunca reinicie el pod)',
  'ratio of {} responses to all responses': 'proporción de respuestas {0} sobre el total de respuestas',
  'index {}': 'índice {0}',
  'load with {}': 'cargar con {0}',
  'one batched query, never a {} per row': 'una sola consulta por lotes, nunca un {0} por fila',
  "load with one query over the page's ids ({} {} {} (…)) or a join":
    'cargar con una sola consulta sobre los ids de la página ({0} {1} {2} (…)) o con un join',
  '{} per minute per {} and account (default)': '{0} por minuto por {1} y por cuenta (por defecto)',
  '{} with {} beyond': 'por encima, {0} con {1}',
  'deny by default: {} endpoints × {} roles in the permission matrix (section {})':
    'denegación por defecto: {0} endpoints × {1} roles en la matriz de permisos (sección {2})',
  'passwords hashed with bcrypt, cost {} (stated)': 'contraseñas con hash bcrypt, coste {0} (indicado)',
  'JWTs signed with the key in {} (≥ {} bits, from the environment, rotated by key id)':
    'JWT firmados con la clave de {0} (≥ {1} bits, tomada del entorno, rotada por id de clave)',
  '{} sensitive fields never returned in responses (section {})':
    '{0} campos sensibles que nunca se devuelven en las respuestas (sección {1})',
  'parameterised queries only': 'solo consultas parametrizadas',
  "every query through Prisma's query {} (parameterised)":
    'toda consulta mediante la {0} de consultas de Prisma (parametrizada)',
  'raw queries only through its parameterised form ({} tagged templates), never string concatenation':
    'consultas SQL directas solo en su forma parametrizada ({0} plantillas etiquetadas), nunca concatenando cadenas',
  'output encoded by the client framework, {} input sanitised before storage or render':
    'salida codificada por el framework del cliente; la entrada {0} se sanea antes de guardarla o mostrarla',
  '{} {} validation rules enforced in the service layer, whatever the client checked (section {})':
    '{0} reglas de validación en el servidor aplicadas en la capa de servicios, compruebe lo que compruebe el cliente (sección {2})',
  '{} {} validation rules and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} reglas de validación en el servidor y {2} reglas de negocio aplicadas en la capa de servicios, compruebe lo que compruebe el cliente (sección {3})',
  '{} {} validation rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regla de validación en el servidor aplicada en la capa de servicios, compruebe lo que compruebe el cliente (sección {2})',
  '{} {} validation rule and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regla de validación en el servidor y {2} regla de negocio aplicadas en la capa de servicios, compruebe lo que compruebe el cliente (sección {3})',
  '{} {} validation rule and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} regla de validación en el servidor y {2} reglas de negocio aplicadas en la capa de servicios, compruebe lo que compruebe el cliente (sección {3})',
  '{} {} validation rules and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} reglas de validación en el servidor y {2} regla de negocio aplicadas en la capa de servicios, compruebe lo que compruebe el cliente (sección {3})',
  'error bodies follow the catalogue (section {}) and never carry stack traces or {}':
    'los cuerpos de error siguen el catálogo (sección {0}) y nunca incluyen trazas de pila ni {1}',
  '{} allows only the stated {} origin': '{0} solo admite el origen {1} indicado',
  'secrets only from environment variables (section {})':
    'secretos solo desde variables de entorno (sección {0})',
  '{} URLs are never fetched {}': 'el servidor nunca descarga URL aportadas por el usuario',
  'every query filtered by {} from the token, never from the request':
    'toda consulta se filtra por {0} tomado del token, nunca de la petición',
  'A01 Broken Access Control: for every {} row, each denied role gets {} and another tenant’s or owner’s id gets {}':
    'A01 Pérdida de control de acceso: en cada fila de la matriz de permisos, cada rol denegado recibe {1} y el id de otro inquilino o propietario recibe {2}',
  'A01 {} (token storage): a {} request from a foreign Origin, or without the cookie’s SameSite context, is rejected':
    'A01 {0} (almacenamiento de tokens): se rechaza una petición que cambia el estado desde un Origin ajeno o sin el contexto SameSite de la cookie',
  'A02 Cryptographic Failures: stored passwords are hashes only':
    'A02 Fallos criptográficos: las contraseñas almacenadas son solo hashes',
  'no response body contains a sensitive field': 'ningún cuerpo de respuesta contiene un campo sensible',
  'plain {} is redirected or refused': 'el {0} sin cifrar se redirige o se rechaza',
  'A03 Injection: injection payloads (\' {} {} --, {"$gt": ""}, <script>) in every text and filter parameter return {} or no extra rows':
    'A03 Inyección: las cargas de inyección (\' {0} {1} --, {"$gt": ""}, <script>) en cada parámetro de texto y de filtro devuelven {2} o ninguna fila adicional',
  'A04 Insecure Design: each business rule is enforced when the {} is called directly with a body that breaks it':
    'A04 Diseño inseguro: cada regla de negocio se aplica cuando se llama directamente a la {0} con un cuerpo que la incumple',
  'A07 Identification and Authentication Failures: expired, tampered and missing tokens get {}':
    'A07 Fallos de identificación y autenticación: los tokens caducados, manipulados o ausentes reciben {0}',
  'repeated failed logins hit the lockout or rate limit':
    'los inicios de sesión fallidos repetidos activan el bloqueo o el límite de tasa',
  'A08 Software and Data Integrity Failures: a webhook with a missing or wrong signature (or an old timestamp) is rejected and not processed':
    'A08 Fallos de integridad de software y datos: un webhook sin firma, con firma incorrecta (o con una marca de tiempo antigua) se rechaza y no se procesa',
  'A09 Security Logging and Monitoring Failures: a failed login and a {} each produce a log line':
    'A09 Fallos de registro y monitorización de seguridad: un inicio de sesión fallido y un {0} producen cada uno una línea de registro',
  'no redacted field appears in any log line': 'ningún campo oculto aparece en ninguna línea de registro',
  'A10 {} Request Forgery: no endpoint fetches a {} taken from the request':
    'A10 Falsificación de peticiones del lado del servidor: ningún endpoint descarga una {1} tomada de la petición',
  'a load tool: ramp to the expected peak for {} minutes':
    'una herramienta de carga: subida progresiva hasta el pico esperado durante {0} minutos',
  'schema: migrations are {}': 'esquema: las migraciones son {0}',
  'a release only adds (columns nullable or defaulted, new tables)':
    'una versión solo añade (columnas que admiten nulos o con valor por defecto, tablas nuevas)',
  'removals ship one release later': 'las eliminaciones llegan una versión después',
  'so the previous application version runs on the new schema and rolling back the application needs no schema rollback':
    'así la versión anterior de la aplicación funciona con el esquema nuevo y volver atrás la aplicación no exige revertir el esquema',
  'the runner records each applied file in a migrations table and applies only new ones, each in a transaction':
    'el ejecutor registra cada archivo aplicado en una tabla de migraciones y solo aplica los nuevos, cada uno en una transacción',
  'run before the new release starts': 'se ejecutan antes de que arranque la nueva versión',
  'files are never edited after they have been applied anywhere':
    'los archivos nunca se editan después de haberse aplicado en algún entorno',
  'a faulty migration is fixed by a new forward migration':
    'una migración defectuosa se corrige con una nueva migración hacia delante',
  'a faulty migration is fixed by a new forward migration (Prisma has no down migrations)':
    'una migración defectuosa se corrige con una nueva migración hacia delante (Prisma no tiene migraciones de reversión)',
  'restore from the {} backup only for data loss':
    'restaurar la copia de seguridad previa al despliegue solo ante pérdida de datos',
  '{} entities of {} with a primary key ({} composite)':
    '{0} de {1} entidades con clave primaria ({2} compuestas)',
  '{} typed fields, {} constraints (not null, unique, foreign key, check)':
    '{0} campos tipados, {1} restricciones (not null, unique, clave foránea, check)',
  '{} indexes ({} stated or unique, {} by rule)': '{0} índices ({1} indicados o únicos, {2} por regla)',
  '{} of {} foreign keys indexed': '{0} de {1} claves foráneas indexadas',
  '{} of {} tables reachable by primary key': '{0} de {1} tablas accesibles por clave primaria',
  '{} endpoints, {} with {} schemas from the data model, {} of {} entities reachable':
    '{0} endpoints, {1} con esquemas de petición y respuesta del modelo de datos, {3} de {4} entidades accesibles',
  'every entity users act on has an endpoint':
    'toda entidad sobre la que actúan los usuarios tiene un endpoint',
  '{} jobs, each with retries, a {} destination and a timeout':
    '{0} tareas, cada una con reintentos, un destino de mensajes fallidos y un tiempo máximo',
  '{} redacted fields and headers': '{0} campos y cabeceras ocultos',
  '{} sensitive model fields covered': '{0} campos sensibles del modelo cubiertos',
  '{} alerts, each from a stated {} or a named default':
    '{0} alertas, cada una a partir de un {1} indicado o de un valor por defecto con nombre',
  'no data model in the documents': 'no hay modelo de datos en los documentos',
  '{} endpoints against a real PostgreSQL test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contra una instancia de prueba real de PostgreSQL, con las migraciones aplicadas antes (nunca un simulacro de la base de datos)',
  '{} endpoints against a real Supabase test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contra una instancia de prueba real de Supabase, con las migraciones aplicadas antes (nunca un simulacro de la base de datos)',
  'A06 Vulnerable and Outdated Components: the CI dependency audit fails the build on a known {} vulnerability':
    'A06 Componentes vulnerables y obsoletos: la auditoría de dependencias de la CI hace fallar la compilación ante una vulnerabilidad {0} conocida',
  '{} relationships resolved ({} {}, {} {}, {} {})':
    '{0} relaciones resueltas ({1} uno a uno, {3} uno a muchos, {5} muchos a muchos)',
  'load the source record and its template': 'cargar el registro de origen y su plantilla',
  'render to PDF': 'generar el PDF',
  'store the file under a key derived from the document id and version, then record its location':
    'guardar el archivo con una clave derivada del id y la versión del documento y registrar después su ubicación',
  'the storage key is derived from document id + version: a rerun overwrites the same file':
    'la clave de almacenamiento se deriva del id del documento + la versión: una nueva ejecución sobrescribe el mismo archivo',
  'delete the stored files of those rows from object storage first (a file without a row is unreachable)':
    'borrar primero del almacenamiento de objetos los archivos de esas filas (un archivo sin fila queda inaccesible)',
  'repeat until none remain': 'repetir hasta que no quede ninguna',
  'record the count deleted': 'registrar el número de filas borradas',
  'Apply the stated rule "{*}" to each {*} once its time has passed':
    'Aplicar la regla indicada «{0}» a cada {1} una vez pasado su plazo',
  'select ids from {*} where {*} and {*} < cutoff, batchSize at a time':
    'seleccionar los ids de {0} donde {1} y {2} < cutoff, de batchSize en batchSize',
  'select ids from {*} where {*} and {*} <= horizon, batchSize at a time':
    'seleccionar los ids de {0} donde {1} y {2} <= horizon, de batchSize en batchSize',
  'The documents state a rule that applies {*} before "{*}" ("{*}"), but no time column of {*} holds the time of that event: which column does the job compare with?':
    'Los documentos indican una regla que se aplica {0} antes de «{1}» («{2}»), pero ninguna columna de tiempo de {3} guarda el momento de ese evento: ¿con qué columna compara la tarea?',
  'set {*} on each of those rows in its own transaction, only if {*}':
    'poner {0} en cada una de esas filas en su propia transacción, solo si {1}',
  'record the count changed': 'registrar el número de filas cambiadas',
  'only rows still in {*} change: a rerun finds the changed rows gone':
    'solo cambian las filas aún en {0}: una nueva ejecución ya no encuentra las filas cambiadas',
  'The documents state a rule that applies once a time has passed ("{*}"), but no state of the entity it names is the one it leads to: which table, which time column and which change does the job make?':
    'Los documentos indican una regla que se aplica una vez pasado un plazo («{0}»), pero ningún estado de la entidad que nombra es aquel al que lleva: ¿qué tabla, qué columna de tiempo y qué cambio hace la tarea?',
  'deleting rows older than the cutoff is repeatable: a rerun finds nothing left to delete':
    'borrar filas anteriores al límite se puede repetir: una nueva ejecución no encuentra nada más que borrar',
  'Render the PDF documents the requirements name within the stated < {} seconds target':
    'Generar los documentos PDF que nombran los requisitos dentro del objetivo indicado de < {0} segundos',
  '{} is the source of truth': '{0} es la fuente de verdad',
  'creates a timestamped {} migration locally': 'crea en local una migración {0} con marca de tiempo',
  '{} runs {} against the target database before the new release starts':
    '{0} ejecuta {1} contra la base de datos de destino antes de que arranque la nueva versión',
  '> {} over {} (burns the {} monthly error budget of the stated {} availability {} too fast)':
    '> {0} en {1} (consume el presupuesto mensual de errores del {2} de la disponibilidad indicada del {3} {4} más rápido de lo debido)',
  'a reset link is sent if the account exists (no account enumeration, {} {} {}).':
    'se envía un enlace de restablecimiento si la cuenta existe (sin enumeración de cuentas, {0} {1} {2}).',
  'phone in international format, digits only (no +, spaces or leading zeros)':
    'teléfono en formato internacional, solo dígitos (sin +, espacios ni ceros iniciales)',
  'external API response from {*}: repeated lookups need not call it again (respect its terms on caching)':
    'respuesta de la API externa de {0}: las consultas repetidas no necesitan volver a llamarla (respetando sus condiciones sobre caché)',
  'stated in the documents: {*}': 'indicado en los documentos: {0}',
  'external API response from {*}: the documents ask for caching of integration responses (respect its terms on caching)':
    'respuesta de la API externa de {0}: los documentos piden caché para las respuestas de las integraciones (respetando sus condiciones sobre caché)',
  'The documents cache "{*}", but no endpoint of the API serves it and no entity of the data model is it: which read does the entry hold, and which parameters make its key?':
    'Los documentos guardan en caché «{0}», pero ningún endpoint de la API lo sirve y ninguna entidad del modelo de datos lo es: ¿qué lectura guarda la entrada y qué parámetros forman su clave?',
  'The documents keep "{*}" for {*}, but no entity of the data model holds it: which table does this retention apply to, and is it a minimum or a purge deadline?':
    'Los documentos conservan «{0}» durante {1}, pero ninguna entidad del modelo de datos lo contiene: ¿a qué tabla se aplica esta retención, y es un mínimo o un plazo de purga?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no entity of the data model holds that event and its time: which table and which time column does the reminder scan?':
    'Los documentos piden un recordatorio {0} antes de «{1}» («{2}»), pero ninguna entidad del modelo de datos contiene ese evento y su hora: ¿qué tabla y qué columna de tiempo recorre el recordatorio?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time (its time columns: {*}): which column does the job compare with the cutoff?':
    'Los documentos cuentan {0} desde «{1}» («{2}»), pero ninguna columna de {3} registra ese momento (sus columnas de tiempo: {4}): ¿con qué columna compara la tarea el límite?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time: which column does the job compare with the cutoff?':
    'Los documentos cuentan {0} desde «{1}» («{2}»), pero ninguna columna de {3} registra ese momento: ¿con qué columna compara la tarea el límite?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but several time columns of {*} may hold that time ({*}): which column does the reminder scan?':
    'Los documentos piden un recordatorio {0} antes de «{1}» («{2}»), pero varias columnas de tiempo de {3} pueden contener ese momento ({4}): ¿qué columna recorre el recordatorio?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no time column of {*} is named so: which column does the reminder scan?':
    'Los documentos piden un recordatorio {0} antes de «{1}» («{2}»), pero ninguna columna de tiempo de {3} se llama así: ¿qué columna recorre el recordatorio?',
  'The documents say sign-in is passwordless ("{*}") but not how: a one-time link by e-mail, a one-time code, or an identity provider?':
    'Los documentos dicen que el inicio de sesión es sin contraseña («{0}») pero no cómo: ¿un enlace de un solo uso por correo, un código de un solo uso o un proveedor de identidad?',
  'The documents ask for an action {*} after a due date has passed ("{*}"): which table and which due-date column does the job scan, and what does it send or change?':
    'Los documentos piden una acción {0} después de vencida una fecha límite («{1}»): ¿qué tabla y qué columna de vencimiento recorre la tarea, y qué envía o cambia?',
  'The documents scope {*} ("{*}"), but no foreign key of the data model leads from what it names to the user: which column scopes it?':
    'Los documentos limitan el ámbito de {0} («{1}»), pero ninguna clave foránea del modelo de datos lleva de lo que nombran al usuario: ¿qué columna lo limita?',
  'The route table lets "{*}" call {*}, but no role of the documents is called that: which role is it, or should the documents add it?':
    'La tabla de rutas permite a «{0}» llamar a {1}, pero ningún rol de los documentos se llama así: ¿qué rol es, o deben añadirlo los documentos?',
  'the route table names other callers for the route it asks for':
    'la tabla de rutas nombra a otros llamantes para la ruta que pide',
  'no action verb of the languages read': 'no se leyó ningún verbo de acción de los idiomas leídos',
  'the documents state no stored data: the story names no record the API keeps':
    'los documentos no indican datos almacenados: el relato no nombra ningún registro que la API guarde',
  'the documents state no stored data and no stated route serves the story':
    'los documentos no indican datos almacenados y ninguna ruta indicada sirve al relato',
  'the story names no object': 'el relato no nombra ningún objeto',
  'the story names no entity of the data model': 'la historia no nombra ninguna entidad del modelo de datos',
  'no role may call it: the requirements that named it are served by another operation a role calls':
    'ningún rol puede llamarla: los requisitos que la nombraban los atiende otra operación que un rol llama',
  'no role may call it: no story, grant or stated access names a caller':
    'ningún rol puede llamarla: ninguna historia, permiso ni acceso indicado nombra a quien la llama',
  'no requirement or story asks to delete it': 'ningún requisito ni historia pide eliminarlo',
  'the documents say the system generates it': 'los documentos dicen que lo genera el sistema',
  'the documents say it is deactivated or archived, never deleted':
    'los documentos dicen que se desactiva o archiva, nunca se elimina',
  'a queue, snapshot or time series is written by the system':
    'una cola, instantánea o serie temporal la escribe el sistema',
  'The dashboard of the signed-in user': 'El panel del usuario que ha iniciado sesión',
  'tenant data is reached only within the tenant':
    'los datos de un inquilino solo se alcanzan dentro de ese inquilino',
  'Start the payment of a {*} at {*}': 'Iniciar el pago de un registro {0} en {1}',
  'no payment provider is stated: which operation starts the payment of a {name} is an open question':
    'no se indica ningún proveedor de pagos: qué operación inicia el pago de un registro {0} es una pregunta abierta',
  'outbound HTTP only to the integration hosts ({*})':
    'HTTP saliente solo hacia los hosts de las integraciones ({0})',
  'no entities and no stated routes: the project has no {} to document':
    'ninguna entidad ni ruta indicada: el proyecto no tiene ninguna API que documentar',
  'credential header': 'cabecera de credenciales',
  'integration credential': 'credencial de integración',
  'passwords and tokens in {} bodies': 'contraseñas y tokens en los cuerpos de {0}',
  'secret: never logged': 'secreto: nunca se registra',
  'personal data: masked in logs': 'dato personal: oculto en los registros',
  'from {} or generated, echoed in the response and in error bodies':
    'de {0} o generado, devuelto en la respuesta y en los cuerpos de error',
  tenant: 'inquilino',
  'the template, not the raw URL': 'la plantilla, no la URL sin procesar',
  'error level only': 'solo en nivel error',
  'body of auth routes': 'cuerpo de las rutas de autenticación',
  'from the provider dashboard': 'desde el panel del proveedor',
  value: 'valor',
  'random {}+ bytes': '{0}+ bytes aleatorios',
  '{} lines, one object per event': 'líneas {0}, un objeto por evento',
  '{} lines via {}': 'líneas {0} mediante {1}',
  'minimum level from {} (debug, info, warn, error)': 'nivel mínimo según {0} (debug, info, warn, error)',
  'message id': 'id del mensaje',
  recipient: 'destinatario',
  'template and variables': 'plantilla y variables',
  'webhook event id': 'id del evento del webhook',
  'event type': 'tipo de evento',
  'verified payload': 'contenido verificado',
  'document id': 'id del documento',
  'template version': 'versión de la plantilla',
  'message row status (pending → sent) checked before each send':
    'estado de la fila del mensaje (pending → sent) comprobado antes de cada envío',
  'Send {*} through {*} outside the request: {*}': 'Enviar {0} mediante {1} fuera de la petición: {2}',
  'Apply {*} events ({*}) after the endpoint has verified and stored them':
    'Aplicar los eventos de {0} ({1}) una vez que el endpoint los ha verificado y guardado',
  'PostgreSQL job table ({} … {} {} {} {})': 'tabla de tareas en PostgreSQL ({0} … {1} {2} {3} {4})',
  '{} cron timer (one leader instance)': 'temporizador cron {0} (una única instancia líder)',
  'Page size (default {}, at most {}).': 'Tamaño de página (por defecto {0}, como máximo {1}).',
  'Number of records to skip.': 'Número de registros que se omiten.',
  'As stated in the documents.': 'Tal como se indica en los documentos.',
  'Id of the {name}.': 'Id del registro {0}.',
  'Id of the parent {name}.': 'Id del registro padre {0}.',
  'The {*} path parameter.': 'El parámetro de ruta {0}.',
  'Only {name} records whose {} equals this value (indexed).':
    'Solo los registros de {0} cuyo {1} es igual a este valor (indexado).',
  'A page of {name} records.': 'Una página de registros de {0}.',
  'The created {name}.': 'El registro de {0} creado.',
  'The updated {name}.': 'El registro de {0} actualizado.',
  'The {name}.': 'El registro de {0}.',
  '{*}: {} must exist': '{0}: {1} debe existir',
  '{*} (+ and {} digits)': '{0} (+ y {1} dígitos)',
  'Get the {} user': 'Obtener el usuario con sesión iniciada',
  'The {} user.': 'El usuario con sesión iniciada.',
  'Send a one-time sign-in link by e-mail': 'Enviar un enlace de inicio de sesión de un solo uso por correo',
  'Send a one-time sign-in code as a text message':
    'Enviar un código de inicio de sesión de un solo uso como mensaje de texto',
  'Send a one-time sign-in code to the phone number':
    'Enviar un código de inicio de sesión de un solo uso al número de teléfono',
  'Send a one-time sign-in code by e-mail': 'Enviar un código de inicio de sesión de un solo uso por correo',
  'Sign in with a one-time link': 'Iniciar sesión con un enlace de un solo uso',
  'Sign in with a one-time code': 'Iniciar sesión con un código de un solo uso',
  'Accepted; the link or code is sent if the account exists (no account enumeration).':
    'Aceptado; el enlace o el código se envía si la cuenta existe (sin enumeración de cuentas).',
  'Sign in with credentials': 'Iniciar sesión con credenciales',
  'The credentials are wrong.': 'Las credenciales son incorrectas.',
  'Exchange a refresh token for a new access token':
    'Canjear un token de refresco por un nuevo token de acceso',
  'New tokens were issued.': 'Se emitieron tokens nuevos.',
  'rate and errors per route ({} endpoints)': 'tasa y errores por ruta ({0} endpoints)',
  'duration per route': 'duración por ruta',
  'buckets around the stated latency targets': 'intervalos en torno a los objetivos de latencia indicados',
  'queue depth per job ({} jobs)': 'profundidad de la cola por tarea ({0} tareas)',
  'failures per job, including dead-lettered ones':
    'fallos por tarea, incluidos los enviados a mensajes fallidos',
  'hit rate per cache entry': 'tasa de aciertos por entrada de caché',
  'connection pool saturation': 'saturación del pool de conexiones',
  '{*} calls and failures': 'llamadas y fallos de {0}',
  '{} list endpoints paginate (cursor)': '{0} endpoints de lista paginan (cursor)',
  '{} list endpoints paginate (offset)': '{0} endpoints de lista paginan (offset)',
  'default {}, max {}': 'por defecto {0}, máximo {1}',
  'larger limits are clamped, never rejected silently':
    'los límites mayores se recortan, nunca se rechazan en silencio',
  'backup taken before migrating': 'copia de seguridad hecha antes de migrar',
  'backups kept {*} (stated)': 'copias de seguridad conservadas {0} (indicado)',
  'no secret field in any response schema': 'ningún campo secreto en ningún esquema de respuesta',
  'access tokens expire after {} (stated)': 'los tokens de acceso caducan tras {0} (indicado)',
  'refresh tokens after {}': 'los de refresco tras {0}',
  'refresh tokens after {}, rotated on use': 'los de refresco tras {0}, rotados en cada uso',
  'auth failures, permission denials and {} are logged (section {})':
    'se registran los fallos de autenticación, las denegaciones de permiso y los {0} (sección {1})',
  'A05 Security Misconfiguration: error bodies carry no stack trace or {}':
    'A05 Configuración de seguridad incorrecta: los cuerpos de error no llevan trazas de pila ni {0}',
  '{} entries with key, {} and invalidation': '{0} entradas con clave, {1} e invalidación',
  '1 entry with key, {} and invalidation': '1 entrada con clave, {0} e invalidación',
  'deleting expired rows is repeatable': 'borrar filas caducadas se puede repetir',
  '{name}: {} methods, each error path in @throws': '{0}: {1} métodos, cada camino de error en @throws',
  'Broken Access Control': 'Pérdida de control de acceso',
  'Cryptographic Failures': 'Fallos criptográficos',
  Injection: 'Inyección',
  'Insecure Design': 'Diseño inseguro',
  'Security Misconfiguration': 'Configuración de seguridad incorrecta',
  'Vulnerable and Outdated Components': 'Componentes vulnerables y obsoletos',
  'Identification and Authentication Failures': 'Fallos de identificación y autenticación',
  'Software and Data Integrity Failures': 'Fallos de integridad de software y datos',
  'Security Logging and Monitoring Failures': 'Fallos de registro y monitorización de seguridad',
  '{} Request Forgery': 'Falsificación de peticiones del lado del servidor',
  '{} (token storage)': '{0} (almacenamiento de tokens)',
  Authentication: 'Autenticación',
  Database: 'Base de datos',
  Caching: 'Caché',
  'Background jobs': 'Tareas en segundo plano',
  'External integrations': 'Integraciones externas',
  'Backend framework': 'Framework del backend',
  '{} style': 'Estilo de {0}',
  Hosting: 'Alojamiento',
  'File storage': 'Almacenamiento de archivos',
  Monitoring: 'Monitorización',
  'schema in section {}': 'esquema en la sección {0}',
  '{*} schema, {*} migrations': 'esquema de {0}, migraciones de {1}',
  '{*} schema and migrations': 'esquema y migraciones de {0}',
  'raw {}, versioned migrations': '{0} directo, migraciones versionadas',
  '{} entities, {} indexes': '{0} entidades, {1} índices',
  'no data model is described': 'no se describe ningún modelo de datos',
  'access {}': 'token de acceso {0}',
  'refresh {}': 'token de refresco {0}',
  '{*} (proposed)': '{0} (propuesto)',
  'none: the documents describe no stored data': 'ninguna: los documentos no describen datos almacenados',
  '{*} for {} entries': '{0} para {1} entradas',
  '{*} for 1 entry': '{0} para 1 entrada',
  'no cache store is stated: {*}, {} entries': 'no se indica almacén de caché: {0}, {1} entradas',
  'no cache store is stated: {*}, 1 entry': 'no se indica almacén de caché: {0}, 1 entrada',
  '{} jobs': '{0} tareas',
  '{} LRU cache per instance (lost on restart, not shared)':
    'caché LRU {0} por instancia (se pierde al reiniciar, no se comparte)',
  // Provider catalogue text (src/knowledge/providers/*).
  'Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'cabecera Stripe-Signature: HMAC-SHA256 de "{timestamp}.{raw body}" con el secreto del endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on event.id':
    'Los eventos pueden llegar desordenados y más de una vez: deduplicar por event.id',
  'HTTP Basic with the Account SID and Auth Token (or an API key pair)':
    'HTTP Basic con el Account SID y el Auth Token (o un par de claves de API)',
  'X-Twilio-Signature header: base64 HMAC-SHA1 of the full URL plus sorted POST parameters, keyed with the Auth Token':
    'cabecera X-Twilio-Signature: HMAC-SHA1 en base64 de la URL completa más los parámetros POST ordenados, con el Auth Token como clave',
  'The sending domain must be verified (SPF/DKIM records) before production mail':
    'El dominio de envío debe estar verificado (registros SPF/DKIM) antes del correo de producción',
  'DSN (public key in the URL)': 'DSN (clave pública en la URL)',
  'auth token only for release and source-map upload at build time':
    'token de autenticación solo para publicar versiones y subir source maps al compilar',
  'service role key on the server (bypasses RLS)': 'clave de service role en el servidor (omite RLS)',
  'user JWT + storage.objects RLS policies from clients':
    'JWT del usuario + políticas RLS de storage.objects desde los clientes',
  'Never expose the service role key to the client': 'Nunca exponer la clave de service role al cliente',
  'No server-side API: the user sends the message, so there is no delivery status to record':
    'Sin API del lado del servidor: el usuario envía el mensaje, así que no hay estado de entrega que registrar',
  'Links placed in the message must be safe to share (signed, expiring URLs)':
    'Los enlaces del mensaje deben poder compartirse con seguridad (URL firmadas y con caducidad)',
  'Accepted (202) is not delivered: delivery state arrives through the Event Webhook':
    'Aceptado (202) no es entregado: el estado de entrega llega por el Event Webhook',
  'PUT of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'Un PUT con la misma clave sobrescribe: las claves de objeto se derivan de los ids para que un reintento escriba la misma clave',
  'API key (key parameter or X-Goog-Api-Key), restricted by API and by server IP':
    'clave de API (parámetro key o X-Goog-Api-Key), restringida por API y por IP del servidor',
  'Terms limit caching: place IDs may be stored':
    'Las condiciones limitan la caché: los place IDs pueden guardarse',
  'coordinates only for up to 30 days': 'las coordenadas solo hasta 30 días',
  'HTTP Basic with user "api" and the API key': 'HTTP Basic con el usuario "api" y la clave de API',
  'documents are upserted by primary key: reuse the entity id':
    'los documentos se insertan o actualizan por clave primaria: reutilizar el id de la entidad',
  // Derive and check text met on the corpus.
  '> {}% over {} (burns the {}% monthly error budget of the stated {}% availability {}× too fast)':
    '> {0}% en {1} (consume el presupuesto de error mensual del {2}% de la disponibilidad indicada del {3}% {4} veces más rápido)',
  'sized for the stated {} concurrent users: pool ≥ {} per instance, statement timeout below the slowest latency target':
    'dimensionado para los {0} usuarios concurrentes indicados: pool ≥ {1} por instancia, tiempo límite de sentencia por debajo del objetivo de latencia más lento',
  'The {} of the {name}.': '{0} del registro {1}.',
  'Start of the {*}.': 'Inicio de {0}.',
  'End of the {*}.': 'Fin de {0}.',
  'Delete {*} older than the stated retention of {*} ("{}")':
    'Borrar {0} con más antigüedad que la retención indicada de {1} ("{2}")',
  'select ids from {*} where {} < cutoff, oldest first, batchSize at a time':
    'seleccionar los ids de {0} donde {1} < cutoff, de más antigua a más reciente, de batchSize en batchSize',
  'delete those rows from {*} in one transaction per batch':
    'borrar esas filas de {0} en una transacción por lote',
  '{} second': '{0} segundo',
  '{} minute': '{0} minuto',
  '{} hour': '{0} hora',
  '{} hours': '{0} horas',
  '{} day': '{0} día',
  '{} days': '{0} días',
  '{} week': '{0} semana',
  '{} weeks': '{0} semanas',
  '{} month': '{0} mes',
  '{} months': '{0} meses',
  '{} year': '{0} año',
  '{} years': '{0} años',
  'Remind {*} before each {*} ("{*}")': 'Recordar {0} antes de cada {1} ("{2}")',
  'select {*} rows whose {*} falls in the window and whose reminder_sent_at is null':
    'seleccionar las filas de {0} cuyo {1} cae en la ventana y cuyo reminder_sent_at es nulo',
  'deadline as stated: {*}': 'plazo indicado: {0}',
  'select ids from {*} where {*} and the stated deadline has passed, batchSize at a time':
    'seleccionar ids de {0} donde {1} y el plazo indicado ha vencido, de batchSize en batchSize',
  'the user roles, as the identity provider issues them':
    'los roles del usuario, tal como los emite el proveedor de identidad',
  'issuer: {*} — the API accepts only tokens it issued (RFC 7519 §4.1.1)':
    'emisor: {0} — la API solo acepta tokens emitidos por él (RFC 7519 §4.1.1)',
  'send one reminder per row through a channel the documents leave undecided':
    'enviar un recordatorio por fila a través de un canal que los documentos dejan sin decidir',
  'send one reminder per row through {*}': 'enviar un recordatorio por fila a través de {0}',
  'set reminder_sent_at = now() on each row in the same transaction as the send is recorded':
    'fijar reminder_sent_at = now() en cada fila en la misma transacción en que se registra el envío',
  'reminder_sent_at marks each row: a rerun or an overlapping scan never sends twice':
    'reminder_sent_at marca cada fila: una nueva ejecución o un recorrido solapado nunca envía dos veces',
  '{*} runs a dependency audit (npm audit --audit-level=high or equivalent) and fails the build on known high-severity vulnerabilities':
    '{0} ejecuta una auditoría de dependencias (npm audit --audit-level=high o equivalente) y hace fallar la compilación ante vulnerabilidades conocidas de gravedad alta',
  'lockfile committed': 'lockfile incluido en el repositorio',
  'webhooks accepted only over mutual TLS with the provider’s client certificate: {*}':
    'webhooks aceptados solo por TLS mutuo con el certificado de cliente del proveedor: {0}',
  'webhooks accepted only with a valid signature: {*}': 'webhooks aceptados solo con una firma válida: {0}',
  '{*} ({} header)': '{0} (cabecera {1})',
  'each of {*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    'cada una de {0} verifica la firma ({1}), guarda el evento con un id de evento único y responde 2xx de inmediato',
  '{*} checks the client certificate (mutual TLS, as the documents state), stores the event with a unique event id and answers 2xx at once':
    '{0} comprueba el certificado de cliente (TLS mutuo, como indican los documentos), guarda el evento con un id de evento único y responde 2xx de inmediato',
  '{*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    '{0} verifica la firma ({1}), guarda el evento con un id de evento único y responde 2xx de inmediato',
  'OWASP Top 10 2021 items addressed: {*}': 'puntos del OWASP Top 10 2021 tratados: {0}',
  '{} story operations allowed for their actors': '{0} operaciones de historias permitidas a sus actores',
  'period start and end (the previous run’s end to now)':
    'inicio y fin del periodo (del fin de la ejecución anterior a ahora)',
  'keyed by period: a rerun for the same period replaces its own output':
    'con clave por periodo: una nueva ejecución del mismo periodo reemplaza su propia salida',
  'no entity or field of the data model holds these settings':
    'ninguna entidad ni campo del modelo de datos guarda estos ajustes',
  'Link accounts by the stable {} claim, not by email':
    'Vincular las cuentas por el claim estable {0}, no por el correo',
  "load with one query: WHERE {*} = ANY($1) over the page's ids (or a JOIN), parameterised":
    'cargar con una consulta: WHERE {0} = ANY($1) sobre los ids de la página (o un JOIN), parametrizada',
  "load with one query over the page's ids (WHERE {*} IN (…)) or a join":
    'cargar con una consulta sobre los ids de la página (WHERE {0} IN (…)) o un join',
  "load with {} / relations: ['…'] in the repository query":
    "cargar con {0} / relations: ['…'] en la consulta del repositorio",
  'load with include: [{ model: … }] in {}': 'cargar con include: [{ model: … }] en {0}',
  "load with one $in query on {} over the page's ids (or a $lookup), never a find per document":
    'cargar con una consulta $in sobre {0} con los ids de la página (o un $lookup), nunca un find por documento',
  'load with {} or one join': 'cargar con {0} o un solo join',
  '> {*} over {*} (burns the {*} monthly error budget of the stated {*} availability {*} too fast)':
    '> {0} en {1} (consume el presupuesto de error mensual del {2} de la disponibilidad indicada del {3} {4} más rápido de lo debido)',
  'user JWTs verified with the project JWKS (or the legacy JWT secret)':
    'JWT de usuario verificados con el JWKS del proyecto (o el secreto JWT heredado)',
  'service role key on the server only': 'clave de service role solo en el servidor',
  'the webhook URL is the secret': 'la URL del webhook es el secreto',
  'reject object values and $-prefixed keys where a scalar is expected (NoSQL operator injection)':
    'rechazar valores objeto y claves con prefijo $ donde se espera un escalar (inyección de operadores NoSQL)',
  'no string concatenation of input into SQL': 'nunca concatenar la entrada en el SQL',
  "the application's processes (no queue is stated)": 'los procesos de la aplicación (no se indica cola)',
  'in-process queue (no queue or database is stated)': 'cola en proceso (no se indica cola ni base de datos)',
  'The documents state recurring work every {*} ("{}") without saying what it does: what does this task do, and on which data?':
    'Los documentos indican un trabajo periódico cada {0} ("{1}") sin decir qué hace: ¿qué hace esta tarea y sobre qué datos?',
  'Mirror users into the local database from the user.* webhooks':
    'Replicar los usuarios en la base de datos local a partir de los webhooks user.*',
  '{*} server-side integrations, each with retries ({*})':
    '{0} integraciones del lado del servidor, cada una con reintentos ({1})',
  'delete from {*} where {*} < now() (or {*} is set and older than a day), in batches of {*}':
    'borrar de {0} donde {1} < now() (o {2} tiene valor y es de hace más de un día), en lotes de {3}',
  '{} relationship resolved ({} {}, {} {}, {} {})':
    '{0} relación resuelta ({1} uno a uno, {3} uno a muchos, {5} muchos a muchos)',
  '{} endpoints against the real dependencies, migrations applied first (never a mock of the database)':
    '{0} endpoints contra las dependencias reales, con las migraciones aplicadas antes (nunca un mock de la base de datos)',
  '{*} endpoints against a real {*} test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contra una instancia de prueba real de {1}, con las migraciones aplicadas antes (nunca un mock de la base de datos)',
  '{*} endpoints against a real PostgreSQL started by Testcontainers, migrations applied first (never a mock of the database)':
    '{0} endpoints contra un PostgreSQL real arrancado por Testcontainers, con las migraciones aplicadas antes (nunca un mock de la base de datos)',
  'application: {*}': 'aplicación: {0}',
  'redeploy the previous release artifact': 'volver a desplegar el artefacto de la versión anterior',
  'promote the previous production deployment (Vercel dashboard "Instant Rollback" or {})':
    'promover el despliegue de producción anterior (panel de Vercel "Instant Rollback" o {0})',
  'redeploy the previous image ({}, then {})': 'volver a desplegar la imagen anterior ({0}, luego {1})',
  'set the image tag back to the previous release and {}':
    'volver a poner la etiqueta de imagen de la versión anterior y {0}',
  'run the previous image tag': 'ejecutar la etiqueta de imagen anterior',
  'publish the previous deploy from the Deploys list':
    'publicar el despliegue anterior desde la lista Deploys',
  'roll back to the previous deploy from the service’s Events':
    'volver al despliegue anterior desde los Events del servicio',
  'redeploy the previous deployment': 'volver a desplegar el despliegue anterior',
  'no requirement, story or flow asks to create or change it':
    'ningún requisito, historia ni flujo pide crearlo o modificarlo',
  'no requirement, story or flow names it': 'ningún requisito, historia ni flujo lo nombra',
  'Guessable identifiers': 'Identificadores adivinables',
  'the stated sequential integer keys of {*} are taken as ids in paths such as {*}: they are guessable (OWASP API1:2023)':
    'las claves enteras secuenciales indicadas de {0} se usan como id en rutas como {1}: son adivinables (OWASP API1:2023)',
  'every request by id checks ownership or tenant in the query and answers 404 for a record the caller may not see':
    'cada petición por id comprueba la propiedad o el inquilino en la consulta y responde 404 para un registro que el llamante no puede ver',
  'replacing them with UUIDs changes a stated contract and needs a decision':
    'sustituirlas por UUID cambia un contrato indicado y requiere una decisión',
  'Secrets in URLs': 'Secretos en las URL',
  '{*} carry a secret in the path as stated: URLs end up in access logs, proxies and browser history (OWASP API2:2023)':
    '{0} llevan un secreto en la ruta, tal como se indica: las URL acaban en registros de acceso, proxies e historial del navegador (OWASP API2:2023)',
  'the token is random with at least 128 bits, single-purpose and revocable, and request logs mask it':
    'el token es aleatorio de al menos 128 bits, de un solo uso previsto y revocable, y los registros de peticiones lo enmascaran',
  'A01 Guessable identifiers: a request with the next sequential id of a record the caller does not own gets {}':
    'A01 Identificadores adivinables: una petición con el siguiente id secuencial de un registro que no es del llamante recibe {0}',
  'A04 Secrets in URLs: a wrong or revoked token in the path gets {} and request logs show it masked':
    'A04 Secretos en las URL: un token erróneo o revocado en la ruta recibe {0} y los registros de peticiones lo muestran enmascarado',
  '{} beside {} turns {} off for these path parameters only, each entry citing its stated line, because the stated contract wins':
    '{0} junto a {1} desactiva {2} solo para estos parámetros de ruta, cada entrada cita su línea indicada, porque el contrato indicado prevalece',
  // Provider catalogue (src/knowledge/providers/*): auth, format, limits, failures, idempotency, webhooks, notes.
  'Secret {} key as a Bearer token (server only)':
    'Clave {0} secreta como token Bearer (solo en el servidor)',
  'Access token as a Bearer token (server only)': 'Access token como token Bearer (solo en el servidor)',
  'public key in the client': 'clave pública en el cliente',
  'X-Idempotency-Key header on payment and refund creation':
    'cabecera X-Idempotency-Key al crear pagos y reembolsos',
  'merchant id and secret as parameters of every call, from server IP addresses allowed in the portal':
    'id de comercio y secreto como parámetros de cada llamada, desde direcciones IP del servidor permitidas en el portal',
  'form-encoded request and response, code 0 when accepted':
    'petición y respuesta codificadas como formulario, código 0 cuando se acepta',
  'code 1400 (wrong query)': 'código 1400 (consulta errónea)',
  'the merchant secret in the notification, then the state confirmed with the status call':
    'el secreto del comercio en la notificación, y luego el estado confirmado con la llamada de estado',
  'IYZWSv2 Authorization header: an HMAC-SHA256 signature made with the API key and secret key':
    'cabecera Authorization IYZWSv2: una firma HMAC-SHA256 hecha con la clave de API y la clave secreta',
  'Bearer access token from POST /accesstoken/get (client_id, client_secret), with the Ocp-Apim-Subscription-Key and Merchant-Serial-Number headers on every request':
    'token de acceso Bearer obtenido con POST /accesstoken/get (client_id, client_secret), con las cabeceras Ocp-Apim-Subscription-Key y Merchant-Serial-Number en cada petición',
  'HMAC-SHA256 signature in the Authorization header over x-ms-date, host and x-ms-content-sha256, made with the webhook secret':
    'firma HMAC-SHA256 en la cabecera Authorization sobre x-ms-date, host y x-ms-content-sha256, hecha con el secreto del webhook',
  'The secret key in the Authorization header (api.dibspayment.eu; test.api.dibspayment.eu for tests)':
    'La clave secreta en la cabecera Authorization (api.dibspayment.eu; test.api.dibspayment.eu para pruebas)',
  'the authorization value set for the webhook when the payment is created, sent back in the Authorization header':
    'el valor de autorización fijado para el webhook al crear el pago, devuelto en la cabecera Authorization',
  'Amounts are integers in minor units (øre, cents)':
    'Los importes son enteros en la unidad mínima (øre, céntimos)',
  'A payment is reserved at checkout, then charged: charge before delivering what was paid for':
    'Un pago se reserva en el checkout y luego se cobra: cobrar antes de entregar lo pagado',
  'Amounts are integers in minor units (øre), at least 100':
    'Los importes son enteros en unidades menores (øre), como mínimo 100',
  'A payment is authorized in the app, then captured: capture before delivering what was paid for':
    'Un pago se autoriza en la aplicación y después se captura: capturar antes de entregar lo pagado',
  'X-IYZ-SIGNATURE-V3 header (HMAC-SHA256 with the secret key), once enabled for the account':
    'cabecera X-IYZ-SIGNATURE-V3 (HMAC-SHA256 con la clave secreta), una vez activada para la cuenta',
  'iyzico resends every 15 minutes until a 2xx, 3 attempts':
    'iyzico reenvía cada 15 minutos hasta recibir un 2xx, 3 intentos',
  'A payment response carries a signature parameter to check with the secret key before trusting it':
    'Una respuesta de pago lleva un parámetro signature que hay que comprobar con la clave secreta antes de fiarse de ella',
  'api-key header with the account API key': 'cabecera api-key con la clave de API de la cuenta',
  '201 Created with the messageId': '201 Created con el messageId',
  'HTTP Basic with the secret key as the user name and no password':
    'HTTP Basic con la clave secreta como nombre de usuario y sin contraseña',
  'WECHATPAY2-SHA256-RSA2048 request signature with the merchant private key':
    'firma WECHATPAY2-SHA256-RSA2048 de cada petición con la clave privada del comercio',
  'a repeated out_trade_no never charges twice': 'un out_trade_no repetido nunca cobra dos veces',
  'Wechatpay-Signature header verified with the platform certificate':
    'cabecera Wechatpay-Signature verificada con el certificado de la plataforma',
  'RSA2 signature of the request parameters with the app private key':
    'firma RSA2 de los parámetros de la petición con la clave privada de la app',
  'RSA2 signature of the notification verified with the Alipay public key':
    'firma RSA2 de la notificación verificada con la clave pública de Alipay',
  'each request signed with the AccessKey secret': 'cada petición firmada con el secreto de la AccessKey',
  'API key sent as apiKey in the request body':
    'clave de API enviada como apiKey en el cuerpo de la petición',
  'success false with errors in the body': 'success false con errors en el cuerpo',
  'Every call is a POST to one URL, the operation named by modelName and calledMethod in the body':
    'Cada llamada es un POST a una única URL; la operación la nombran modelName y calledMethod en el cuerpo',
  'A failed call can still answer HTTP 200: read success and errors in the body':
    'Una llamada fallida puede responder igualmente HTTP 200: leer success y errors en el cuerpo',
  'app id and app secret in the query': 'app id y app secret en la query',
  'Idempotency-Key header on POST requests': 'cabecera Idempotency-Key en las peticiones POST',
  'no signature: re-fetch the payment from the API before acting on an event':
    'sin firma: volver a obtener el pago de la API antes de actuar sobre un evento',
  'X-Secret-Key header with the service secret key':
    'cabecera X-Secret-Key con la clave secreta del servicio',
  'RS256 ID tokens verified against the provider JWKS (iss, aud = the app key, exp)':
    'ID tokens RS256 verificados con el JWKS del proveedor (iss, aud = la clave de la app, exp)',
  'x-signature header (ts and v1): HMAC-SHA256 of "id:{data.id};request-id:{x-request-id};ts:{ts};" with the webhook secret':
    'cabecera x-signature (ts y v1): HMAC-SHA256 de "id:{data.id};request-id:{x-request-id};ts:{ts};" con el secreto del webhook',
  'A Pix payment is a POST /v1/payments with payment_method_id "pix"':
    'un pago Pix es un POST /v1/payments con payment_method_id "pix"',
  'it returns the QR code and stays pending until paid':
    'devuelve el código QR y queda pendiente hasta que se paga',
  'Notifications carry only the payment id: fetch GET /v1/payments/{id} for its status':
    'las notificaciones solo traen el id del pago: consulte GET /v1/payments/{id} para conocer su estado',
  'publishable key in the client': 'clave publicable en el cliente',
  '{} request bodies ({}), {} responses': 'cuerpos de petición {0} ({1}), respuestas {2}',
  '{} read and {} write requests per second in live mode, {} in test mode ({} beyond)':
    '{0} peticiones de lectura y {1} de escritura por segundo en modo live, {2} en modo test ({3} por encima)',
  '{} header on every {} (keys are kept {} hours)':
    'cabecera {0} en cada {1} (las claves se conservan {2} horas)',
  '{} header: {} of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'cabecera {0}: {1} de "{timestamp}.{raw body}" con el secreto del endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on {}':
    'Los eventos pueden llegar desordenados y más de una vez: deduplicar por {0}',
  'OAuth {} client credentials: client id + secret exchanged for a Bearer access token':
    'OAuth {0} client credentials: id de cliente + secreto canjeados por un token de acceso Bearer',
  '{} header on order and capture calls': 'cabecera {0} en las llamadas de pedido y de captura',
  '{} /{} with the {}* headers and the webhook id': '{0} /{1} con las cabeceras {2}* y el id del webhook',
  'Sandbox and live use different hosts ({}, {})': 'Sandbox y live usan hosts distintos ({0}, {1})',
  '{} Basic with {} and {}': '{0} Basic con {1} y {2}',
  'one order per business payment, keyed by the order {}':
    'un pedido por pago de negocio, identificado por el {0} del pedido',
  'look the order up before creating again': 'buscar el pedido antes de volver a crearlo',
  '{} header: {} of the raw body with the webhook secret':
    'cabecera {0}: {1} del cuerpo sin procesar con el secreto del webhook',
  'Checkout returns razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verify it server-side before marking paid':
    'Checkout devuelve razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verificarlo en el servidor antes de marcar como pagado',
  '{} header (web service user {} key)': 'cabecera {0} (clave {1} del usuario del servicio web)',
  '{} validation error': '{0} error de validación',
  '{} header': 'cabecera {0}',
  '{} signature in {}, computed with the {} key of the webhook':
    'firma {0} en {1}, calculada con la clave {2} del webhook',
  'Acknowledge webhooks with {} {} (Adyen retries until accepted)':
    'Confirmar los webhooks con {0} {1} (Adyen reintenta hasta que se aceptan)',
  '{} key as a Bearer token': 'clave {0} como token Bearer',
  '{} Accepted on success': '{0} Accepted si tiene éxito',
  'Signed Event Webhook: {} signature in {} over timestamp + raw body, checked with the account verification key':
    'Signed Event Webhook: firma {0} en {1} sobre marca de tiempo + cuerpo sin procesar, comprobada con la clave de verificación de la cuenta',
  'Accepted ({}) is not delivered: delivery state arrives through the Event Webhook':
    'Accepted ({0}) no significa entregado: el estado de entrega llega por el Event Webhook',
  '{} (ErrorCode in body)': '{0} (ErrorCode en el cuerpo)',
  'no signature: protect the webhook {} with {} Basic credentials (and an {} allowlist)':
    'sin firma: proteger la {0} del webhook con credenciales {1} Basic (y una lista de {2} permitidas)',
  'Transactional and broadcast mail use separate message streams':
    'El correo transaccional y el masivo usan flujos de mensajes separados',
  '{} Basic with user "api" and the {} key': '{0} Basic con el usuario "api" y la clave {1}',
  '{} requests, {} responses': 'peticiones {0}, respuestas {1}',
  'signature.signature = HMAC-SHA256(timestamp + token) with the webhook signing key':
    'signature.signature = HMAC-SHA256(timestamp + token) con la clave de firma del webhook',
  'reject reused tokens': 'rechazar los tokens reutilizados',
  '{} domains use {}': 'los dominios {0} usan {1}',
  '{} Signature Version {} ({} role or access keys)':
    '{0} Signature Version {1} (rol {2} o claves de acceso)',
  'account sending quota and maximum send rate per second (see the {} console for this account)':
    'cuota de envío de la cuenta y tasa máxima de envío por segundo (ver la consola de {0} de esta cuenta)',
  'events arrive as Amazon {} notifications: verify the {} message signature with its signing certificate':
    'los eventos llegan como notificaciones de Amazon {0}: verificar la firma del mensaje {1} con su certificado de firma',
  'New accounts start in the sandbox (verified recipients only) until production access is granted':
    'Las cuentas nuevas empiezan en el sandbox (solo destinatarios verificados) hasta que se concede el acceso de producción',
  '{} requests per second per team by default ({} beyond)':
    '{0} peticiones por segundo por equipo por defecto ({1} por encima)',
  '{} header on {} /emails': 'cabecera {0} en {1} /emails',
  'Svix signature: {}, {} and {} headers ({} with the signing secret)':
    'firma Svix: cabeceras {0}, {1} y {2} ({3} con el secreto de firma)',
  'The sending domain must be verified ({} records) before production mail':
    'El dominio de envío debe verificarse (registros {0}) antes del correo de producción',
  '{} Basic with the Account {} and Auth Token (or an {} key pair)':
    '{0} Basic con el Account {1} y el Auth Token (o un par de claves {2})',
  '{} request bodies, {} responses': 'cuerpos de petición {0}, respuestas {1}',
  'messages are queued per sender': 'los mensajes se encolan por remitente',
  'throughput depends on the number type (see provider docs)':
    'el rendimiento depende del tipo de número (ver la documentación del proveedor)',
  '{} (error {})': '{0} (error {1})',
  '{} ({} invalid "To" number)': '{0} ({1} número "To" no válido)',
  '{} header: base64 {} of the full {} plus sorted {} parameters, keyed with the Auth Token':
    'cabecera {0}: {1} en base64 de la {2} completa más los parámetros {3} ordenados, con el Auth Token como clave',
  'Numbers in {} format (+{})': 'Números en formato {0} (+{1})',
  'Authorization: AccessKey {key} header': 'cabecera Authorization: AccessKey {key}',
  '{} header: a {} ({}) signed with the signing key':
    'cabecera {0}: un {1} ({2}) firmado con la clave de firma',
  'Bearer access token of a system user': 'token de acceso Bearer de un usuario del sistema',
  'per-number messaging limits and tiers set by Meta (see provider docs)':
    'límites y niveles de mensajería por número fijados por Meta (ver la documentación del proveedor)',
  '{} (invalid parameter, template not approved)': '{0} (parámetro no válido, plantilla no aprobada)',
  '{} header: {} of the raw body with the app secret':
    'cabecera {0}: {1} del cuerpo sin procesar con el secreto de la app',
  'subscription handshake echoes {} when {} matches':
    'el handshake de suscripción devuelve {0} cuando {1} coincide',
  'Outside the 24-hour customer service window only approved template messages can be sent':
    'Fuera de la ventana de atención al cliente de 24 horas solo se pueden enviar mensajes de plantilla aprobados',
  none: 'ninguna',
  'OAuth {} access token of a service account (scope {})':
    'token de acceso OAuth {0} de una cuenta de servicio (ámbito {1})',
  '{} (honour {})': '{0} (respetando {1})',
  '{} {} (delete the device token)': '{0} {1} (borrar el token del dispositivo)',
  'Remove device tokens that return {}': 'Eliminar los tokens de dispositivo que devuelven {0}',
  'Authorization header with the app {} {} key': 'cabecera Authorization con la clave {0} {1} de la app',
  '{} field on notification create': 'campo {0} al crear la notificación',
  '{} ({"text": ...} or Block Kit blocks)': '{0} ({"text": ...} o bloques de Block Kit)',
  'about {} message per second per webhook, short bursts allowed ({} with {} beyond)':
    'alrededor de {0} mensaje por segundo por webhook, se permiten ráfagas cortas ({1} con {2} por encima)',
  '{} with {} error bodies': '{0} con cuerpos de error {1}',
  'object bytes as the body': 'los bytes del objeto como cuerpo',
  '{} {} and {} {} requests per second per partitioned prefix':
    '{0} peticiones {1} y {2} {3} por segundo por prefijo particionado',
  '{} of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'un {0} de la misma clave sobrescribe: derivar las claves de objeto de los ids para que un reintento escriba la misma clave',
  'Keep buckets private (Block Public Access)': 'Mantener los buckets privados (Block Public Access)',
  'hand out short-lived presigned URLs': 'entregar URLs prefirmadas de corta duración',
  '{} Signature Version {} with R2 access keys': '{0} Signature Version {1} con claves de acceso de R2',
  '{} Signature Version {} with the provider access keys':
    '{0} Signature Version {1} con las claves de acceso del proveedor',
  'Keep buckets private': 'Mantener los buckets privados',
  '{} of the same key overwrites: derive object keys from ids':
    'un {0} de la misma clave sobrescribe: derivar las claves de objeto de los ids',
  'No egress fees': 'Sin costes de salida (egress)',
  'presigned URLs work as with S3': 'las URLs prefirmadas funcionan como con S3',
  'OAuth {} service account credentials': 'credenciales OAuth {0} de una cuenta de servicio',
  '{} precondition makes retried uploads safe': 'la precondición {0} hace seguras las subidas reintentadas',
  'service role key on the server (bypasses {})': 'clave service role en el servidor (omite {0})',
  'user {} + {} {} policies from clients': '{0} del usuario + políticas {2} sobre {1} desde los clientes',
  '{} (multipart or raw body uploads), {} responses':
    '{0} (subidas multipart o con cuerpo sin procesar), respuestas {1}',
  'upload with {} fails on an existing path': 'una subida con {0} falla si la ruta ya existe',
  'derive paths from ids': 'derivar las rutas de los ids',
  'read-write token': 'token de lectura y escritura',
  '{} over {}': '{0} sobre {1}',
  'Blob URLs are public but unguessable': 'Las URLs de Blob son públicas pero imposibles de adivinar',
  'do not store private data without access control': 'no guardar datos privados sin control de acceso',
  '{} and {} headers (admin key on the server, search-only key in clients)':
    'cabeceras {0} y {1} (clave de administración en el servidor, clave de solo búsqueda en los clientes)',
  'network error or timeout (clients fail over across hosts)':
    'error de red o tiempo agotado (los clientes conmutan entre hosts)',
  'objects are upserted by objectID: reuse the entity id':
    'los objetos se insertan o actualizan por objectID: reutilizar el id de la entidad',
  'Indexing is asynchronous ({})': 'La indexación es asíncrona ({0})',
  'Authorization: Bearer {API key}': 'Authorization: Bearer {clave API}',
  'Document writes are asynchronous tasks: poll /tasks or accept eventual consistency':
    'Las escrituras de documentos son tareas asíncronas: consultar /tasks o aceptar la consistencia eventual',
  '{} key (Authorization: ApiKey …) or {} Basic': 'clave {0} (Authorization: ApiKey …) o {1} Basic',
  '{} ({} for _bulk)': '{0} ({1} para _bulk)',
  'index by document id ({} /_doc/{id}) so a retry overwrites':
    'indexar por id de documento ({0} /_doc/{id}) para que un reintento sobrescriba',
  '_bulk returns 200 with per-item errors: check items[].error':
    '_bulk devuelve 200 con errores por elemento: comprobar items[].error',
  '{} key (key parameter or {}), restricted by {} and by server {}':
    'clave {0} (parámetro key o {1}), restringida por {2} y por {3} del servidor',
  'per-API quotas set in the Google Cloud console (see provider docs)':
    'cuotas por API fijadas en la consola de Google Cloud (ver la documentación del proveedor)',
  '{} (not an error: no match)': '{0} (no es un error: sin coincidencias)',
  'coordinates only for up to {} days': 'coordenadas solo durante un máximo de {0} días',
  'access_token query parameter (secret token on the server, URL-restricted public token in clients)':
    'parámetro de consulta access_token (token secreto en el servidor, token público restringido por URL en los clientes)',
  'Temporary geocoding results may not be stored':
    'Los resultados de geocodificación temporal no se pueden almacenar',
  'permanent storage needs the permanent endpoint':
    'el almacenamiento permanente requiere el endpoint permanente',
  '{} Basic with the source write key as the user name':
    '{0} Basic con la clave de escritura de la fuente como nombre de usuario',
  '{} {} per call, {} {} per batch': '{0} {1} por llamada, {2} {3} por lote',
  '{} field: Segment deduplicates repeated {}': 'campo {0}: Segment deduplica los {1} repetidos',
  'Send events asynchronously: analytics must never fail a user request':
    'Enviar los eventos de forma asíncrona: la analítica nunca debe hacer fallar una petición del usuario',
  'project {} key in the body ({})': 'clave {0} del proyecto en el cuerpo ({1})',
  'personal {} key for private endpoints': 'clave {0} personal para los endpoints privados',
  'uuid field on each event deduplicates retries': 'el campo uuid de cada evento deduplica los reintentos',
  '{} and {} clouds use different hosts': 'las nubes {0} y {1} usan hosts distintos',
  'service account ({} Basic) for /import': 'cuenta de servicio ({0} Basic) para /import',
  'project token for /track': 'token del proyecto para /track',
  '${} property deduplicates retried events': 'la propiedad ${0} deduplica los eventos reintentados',
  'the {} verifies {} access tokens against the tenant {} (iss, aud = {} identifier, exp)':
    'la {0} verifica los tokens de acceso {1} contra el {2} del tenant (iss, aud = identificador de la {3}, exp)',
  'Authentication and Management {} limits depend on the plan (see provider docs)':
    'los límites de las {0} Authentication y Management dependen del plan (ver la documentación del proveedor)',
  'Cache the {}': 'Cachear el {0}',
  'refetch only on an unknown kid': 'volver a obtenerlo solo ante un kid desconocido',
  'secret key as a Bearer token for the Backend {}': 'clave secreta como token Bearer para la Backend {0}',
  'session JWTs verified with the instance public key':
    'JWT de sesión verificados con la clave pública de la instancia',
  '{} {} tokens verified against the user pool {}': 'tokens {0} {1} verificados contra el {2} del user pool',
  'check iss, {} and {}': 'comprobar iss, {0} y {1}',
  'per-operation quotas per account and region (see provider docs)':
    'cuotas por operación, por cuenta y región (ver la documentación del proveedor)',
  '{} {} tokens verified with Google public keys (aud = project id, iss = {})':
    'tokens {0} {1} verificados con las claves públicas de Google (aud = id del proyecto, iss = {2})',
  'Check revocation ({}) on sensitive operations':
    'Comprobar la revocación ({0}) en las operaciones sensibles',
  'per-endpoint auth rate limits configurable in the project dashboard (see provider docs)':
    'límites de tasa de autenticación por endpoint configurables en el panel del proyecto (ver la documentación del proveedor)',
  '{} authorization code flow with {} and state': 'flujo authorization code de {0} con {1} y state',
  '{} token verified (iss {}, aud = client id, exp)':
    'token {0} verificado (iss {1}, aud = id de cliente, exp)',
  'streaming as server-sent events': 'streaming como server-sent events',
  'requests and tokens per minute per model and usage tier ({}* response headers)':
    'peticiones y tokens por minuto por modelo y nivel de uso (cabeceras de respuesta {0}*)',
  '{} invalid request': '{0} petición no válida',
  '{} request too large': '{0} petición demasiado grande',
  'Set a request timeout and a max output token limit per call':
    'Fijar un tiempo máximo de petición y un límite de tokens de salida por llamada',
  '{} header plus {} header': 'cabecera {0} más cabecera {1}',
  'requests, input tokens and output tokens per minute per usage tier ({}* headers)':
    'peticiones, tokens de entrada y tokens de salida por minuto por nivel de uso (cabeceras {0}*)',
  'Set {} on every request': 'Fijar {0} en cada petición',
  'streamed responses can fail mid-stream': 'las respuestas en streaming pueden fallar a mitad del flujo',
  'requests and tokens per minute per model and tier (see provider docs)':
    'peticiones y tokens por minuto por modelo y nivel (ver la documentación del proveedor)',
  '{} header or a Microsoft Entra {} Bearer token': 'cabecera {0} o un token Bearer de Microsoft Entra {1}',
  'tokens and requests per minute per deployment quota (see provider docs)':
    'tokens y peticiones por minuto según la cuota del despliegue (ver la documentación del proveedor)',
  '{} (public key in the {})': '{0} (clave pública en la {1})',
  'Sentry envelope (sent by the {})': 'envelope de Sentry (enviado por el {0})',
  'plan event quota': 'cuota de eventos del plan',
  'the {} honours {} and {}': 'el {0} respeta {1} y {2}',
  'handled by the {} transport': 'lo gestiona el transporte del {0}',
  'Scrub personal data before send (beforeSend / sendDefaultPii: false)':
    'Eliminar los datos personales antes del envío (beforeSend / sendDefaultPii: false)',
  'Never block a request on error reporting': 'Nunca bloquear una petición por el envío de errores',
  'plan- or account-dependent: see provider docs':
    'depende del plan o de la cuenta: ver la documentación del proveedor',
  'call {*} with {*}': 'llamar a {0} con {1}',
  'call {*}': 'llamar a {0}',
  // Testing, observability, deployment (env, prerequisites, migrations per ORM), job runners and dead letters per queue, security evidence, auth routes.
  '{*}: recorded responses incl. {*} to exercise retries':
    '{0}: respuestas grabadas, incluidas {1}, para ejercitar los reintentos',
  'each endpoint: success, validation error ({}), unauthenticated ({}), forbidden role ({}), not found ({})':
    'cada endpoint: éxito, error de validación ({0}), sin autenticar ({1}), rol prohibido ({2}), no encontrado ({3})',
  'job {*}: idempotent on rerun': 'tarea {0}: idempotente al volver a ejecutarse',
  'validators: {} field rules (section {})': 'validadores: {0} reglas de campo (sección {1})',
  '{*}: {*} concurrent virtual users (stated {*}) for {*} minutes':
    '{0}: {1} usuarios virtuales concurrentes (indicado: {2}) durante {3} minutos',
  '{*}: {*} requests/s (stated) for {*} minutes': '{0}: {1} peticiones/s (indicado) durante {2} minutos',
  'a load tool': 'una herramienta de carga',
  'pass if p95 of "{*}" ≤ {*} (stated {*})': 'se supera si el p95 de "{0}" ≤ {1} (indicado: {2})',
  'p95 {} for "{*}"': 'p95 de {0} para "{1}"',
  'p95 {} for routes {*}': 'p95 de {0} para las rutas {1}',
  'latency target: {*}': 'objetivo de latencia: “{0}”',
  '< {*} for {*}': '< {0} para {1}',
  'within {*} for {*}': 'en menos de {0} para {1}',
  '> {} (default: the documents state no availability target)':
    '> {0} (por defecto: los documentos no indican un objetivo de disponibilidad)',
  'database ({*} at {*}): SELECT 1 / ping within {*}':
    'base de datos ({0} en {1}): SELECT 1 / ping en menos de {2}',
  'cache ({*} at {*}): PING': 'caché ({0} en {1}): PING',
  'cache ({*}): PING': 'caché ({0}): PING',
  'queue ({*}): connection and consumer lag': 'cola ({0}): conexión y retraso de los consumidores',
  'no stateful dependency is stated: ready once started':
    'no se indica ninguna dependencia con estado: listo en cuanto arranca',
  '{*} connection string (with credentials)': 'cadena de conexión de {0} (con credenciales)',
  'Redis connection (cache / queue)': 'conexión a Redis (caché / cola)',
  'JWT signing secret (HS256, ≥ 256 bits)': 'secreto de firma de los JWT (HS256, ≥ 256 bits)',
  'minimum log level (info in production, debug locally)':
    'nivel mínimo de log (info en producción, debug en local)',
  'referenced by the spec': 'referenciada por la especificación',
  '{*} (payments)': '{0} (pagos)',
  '{*} (email)': '{0} (correo electrónico)',
  '{*} (sms)': '{0} (SMS)',
  '{*} (chat)': '{0} (mensajería)',
  '{*} (whatsapp)': '{0} (WhatsApp)',
  '{*} (push)': '{0} (notificaciones push)',
  '{*} (storage)': '{0} (almacenamiento)',
  '{*} (identity)': '{0} (identidad)',
  '{*} (search)': '{0} (búsqueda)',
  '{*} (maps)': '{0} (mapas)',
  '{*} (shipping)': '{0} (envíos)',
  '{*} (analytics)': '{0} (analítica)',
  '{*} (llm)': '{0} (modelo de lenguaje)',
  '{*} (monitoring)': '{0} (monitorización)',
  '{*} (other)': '{0} (otro)',
  '{*} runtime': 'entorno de ejecución {0}',
  '{*} database reachable through DATABASE_URL': 'base de datos {0} accesible mediante DATABASE_URL',
  '{*} (cache) reachable through REDIS_URL': '{0} (caché) accesible mediante REDIS_URL',
  '{*} (queue) reachable through REDIS_URL': '{0} (cola) accesible mediante REDIS_URL',
  '{*} (cache)': '{0} (caché)',
  '{*} (queue)': '{0} (cola)',
  '{*} account and credentials ({*})': 'cuenta y credenciales de {0} ({1})',
  '{*} pipeline: lint, type-check, tests, migrations, deploy':
    'pipeline de {0}: lint, comprobación de tipos, tests, migraciones, despliegue',
  '{*} project with the environment variables above set per environment':
    'proyecto de {0} con las variables de entorno anteriores definidas por entorno',
  'versioned SQL files (001_init.sql, 002_…) applied in order by a migration runner':
    'archivos SQL versionados (001_init.sql, 002_…) aplicados en orden por un ejecutor de migraciones',
  'never {} against shared databases': 'nunca {0} contra bases de datos compartidas',
  '{} writes SQL migrations from the schema': '{0} escribe las migraciones SQL a partir del esquema',
  '{} (or {} at deploy) applies them in order': '{0} (o {1} al desplegar) las aplica en orden',
  '{} from entity changes': '{0} a partir de los cambios de las entidades',
  '{} at deploy': '{0} al desplegar',
  'synchronize: false in every shared environment': 'synchronize: false en todo entorno compartido',
  '{}, then {} at deploy': '{0}, luego {1} al desplegar',
  'Kysely Migrator with FileMigrationProvider': 'Kysely Migrator con FileMigrationProvider',
  'no schema migrations: new fields are optional':
    'sin migraciones de esquema: los campos nuevos son opcionales',
  'data backfills and index builds run as versioned scripts':
    'los rellenos de datos y la creación de índices se ejecutan como scripts versionados',
  'no schema migrations: new fields are optional (backward compatible readers)':
    'sin migraciones de esquema: los campos nuevos son opcionales (lectores compatibles hacia atrás)',
  'index creation and backfills as versioned scripts run at deploy':
    'creación de índices y rellenos como scripts versionados ejecutados al desplegar',
  'V<n>__<name>.sql files': 'archivos V<n>__<name>.sql',
  '{*} job table (SELECT … FOR UPDATE SKIP LOCKED)':
    'tabla de tareas en {0} (SELECT … FOR UPDATE SKIP LOCKED)',
  '{*} jobs collection (findOneAndUpdate claim)':
    'colección de tareas en {0} (reclamadas con findOneAndUpdate)',
  'scheduled by {*} repeatable jobs': 'programado con tareas repetibles de {0}',
  'scheduled by {*}': 'programado con {0}',
  '{*} repeatable jobs': 'tareas repetibles de {0}',
  'in-process cron timer (one leader instance)':
    'temporizador cron en el proceso (una única instancia líder)',
  'SQS dead-letter queue (redrive policy, maxReceiveCount = max attempts)':
    'cola de mensajes fallidos de SQS (redrive policy, maxReceiveCount = intentos máximos)',
  'RabbitMQ dead-letter exchange': 'exchange de mensajes fallidos de RabbitMQ',
  'dead-letter topic (<topic>.dlq)': 'topic de mensajes fallidos (<topic>.dlq)',
  'dead-letter stream (<stream>:dead) after XCLAIM delivery count exceeds max attempts':
    'stream de mensajes fallidos (<stream>:dead) cuando el contador de entregas de XCLAIM supera los intentos máximos',
  '{} log (payload, error, attempts)': 'registro {0} (contenido, error, intentos)',
  'none: the link opens on the user’s device, nothing is called server-side':
    'ninguno: el enlace se abre en el dispositivo del usuario, no se llama a nada desde el servidor',
  'schedule as stated: {*}': 'programación según los documentos: {0}',
  'HTTPS only as stated ({*})': 'solo HTTPS, según los documentos ({0})',
  'HTTPS only': 'solo HTTPS',
  'SameSite=Strict (or Lax plus a CSRF token on state-changing requests)':
    'SameSite=Strict (o Lax más un token CSRF en las peticiones que cambian estado)',
  'passwords hashed with {*} (stated)': 'contraseñas con hash {0} (indicado)',
  "every query through {*}'s query {} (parameterised)":
    'toda consulta pasa por la {1} de consultas de {0} (parametrizada)',
  'every query through parameterised statements (tagged templates / ${} placeholders)':
    'toda consulta mediante sentencias parametrizadas (tagged templates / marcadores ${0})',
  'login rate-limited per IP and account (section {})':
    'inicio de sesión con límite de tasa por IP y por cuenta (sección {0})',
  '{*} codes, every example valid against the stated envelope':
    '{0} códigos, cada ejemplo válido frente al envoltorio indicado',
  '{*} codes, every example valid against the problem-details envelope':
    '{0} códigos, cada ejemplo válido frente al envoltorio problem-details',
  '{} entity of {} with a primary key ({} composite)':
    '{0} entidad de {1} con clave primaria ({2} compuestas)',
  '{} of {} foreign key indexed': '{0} de {1} clave foránea indexada',
  '{} of {} table reachable by primary key': '{0} de {1} tabla accesible por clave primaria',
  'operator class by rule {}': 'clase de operador por la regla {0}',
  'reference data: read by most requests, changed rarely':
    'datos de referencia: los leen la mayoría de las peticiones y cambian rara vez',
  'build filters from validated scalars': 'construir los filtros a partir de escalares validados',
  'lookup by email': 'búsqueda por email',
  'Delete expired {*} rows so lookups stay small and stolen expired tokens are gone':
    'Borrar las filas caducadas de {0} para que las búsquedas sigan siendo pequeñas y los tokens caducados robados desaparezcan',
  'run {*} for the period': 'ejecutar {0} para el periodo',
  'store the period end as the next run’s start':
    'guardar el final del periodo como inicio de la siguiente ejecución',
  'Start signing in with {*}': 'Iniciar sesión con {0}',
  'OAuth callback from {*}': 'Callback OAuth de {0}',
  'Request a password reset link': 'Solicitar un enlace para restablecer la contraseña',
  'Set a new password with a reset token': 'Definir una contraseña nueva con un token de restablecimiento',
  'The password was changed.': 'Se cambió la contraseña.',
  'Confirm an email address with a verification token':
    'Confirmar una dirección de correo con un token de verificación',
  'The email address is verified.': 'La dirección de correo está verificada.',
  'Where the browser goes next.': 'Adónde va el navegador a continuación.',
  'The id path parameter.': 'El parámetro de ruta id.',
  'Deactivate a {*} (instead of deleting it)': 'Desactivar {0} (en lugar de borrarlo)',
  'Attach a {*} to a {*}': 'Vincular {0} a {1}',
  'no authentication route serves "{*}"': 'ninguna ruta de autenticación atiende "{0}"',
  'served by the identity provider {*}, not by this API':
    'lo atiende el proveedor de identidad {0}, no esta API',
  'no cache (stated)': 'sin caché (indicado)',
  // Prisma migration workflow (derive/deployment.ts).
  '{} creates a timestamped SQL migration locally': '{0} crea en local una migración SQL con marca de tiempo',
  'commit prisma/migrations/*': 'confirmar prisma/migrations/* en el repositorio',
  // Slack endpoint, stated alert targets.
  '{} {} (the webhook URL)': '{0} {1} (la URL del webhook)',
  '> {} (stated target {*})': '> {0} (objetivo indicado: {1})',
  'The {} of the {name}, to print.': '{0} de {1}, para imprimir.',
  'Number of {name} records per {}': 'Número de registros de {0} por {1}',
  '{*}, as a file.': '{0}, como archivo.',
  'The file format, as the documents state them.':
    'El formato de archivo, tal como lo indican los documentos.',
  '{} of the {name}, to print': '{0} de {1}, para imprimir',
  'measured as p95 (section {} alert)': 'medido como p95 (alerta de la sección {0})',
  '{} per minute per user (default)': '{0} por minuto por usuario (por defecto)',
  '{} per minute per {} (default)': '{0} por minuto por {1} (por defecto)',
  '{} per minute per provider (default)': '{0} por minuto por proveedor (por defecto)',
  'rate limit: auth endpoints ({})': 'límite de peticiones: endpoints de autenticación ({0})',
  'rate limit: read endpoints ({})': 'límite de peticiones: endpoints de lectura ({0})',
  'rate limit: write endpoints ({})': 'límite de peticiones: endpoints de escritura ({0})',
  'rate limit: expensive endpoints ({})': 'límite de peticiones: endpoints costosos ({0})',
  'rate limit: webhook endpoints ({})': 'límite de peticiones: endpoints de webhook ({0})',
  'rate limit: public endpoints ({})': 'límite de peticiones: endpoints públicos ({0})',
  'rate limit: anonymous callers': 'límite de peticiones: llamantes anónimos',
  // A limit the documents state for a class of endpoints, as written ("120 Anfragen pro Minute").
  '{*} (stated)': '{0} (indicado)',
  'rate limit on {*}': 'límite de peticiones en {0}',
  'within {*}': 'en un máximo de {0}',
  '{} seconds': '{0} segundos',
  '{} minutes': '{0} minutos',
  'tokens in cookies as stated ({*}): HttpOnly': 'tokens en cookies, como se indica ({0}): HttpOnly',
  'check Origin on {}': 'comprobar Origin en {0}',
  'password policy as stated (section {})': 'política de contraseñas según lo indicado (sección {0})',
  'lockout: {*}': 'bloqueo: {0}',
  '{} failed attempts then locked for {}': '{0} intentos fallidos y luego bloqueo de {1}',
  '{} failed attempts': '{0} intentos fallidos',
  '{} fields redacted': '{0} campos enmascarados',
  'alerts on error rate': 'alertas sobre la tasa de errores',
  'store: {*}': 'almacén: {0}',
  'none stated (in-process)': 'no se indica ninguno (en el proceso)',
  '{} ownership rules on real columns': '{0} reglas de propiedad sobre columnas reales',
  '{} signed webhook receivers': '{0} receptores de webhooks firmados',
  '{*}: {} attempts, {*}': '{0}: {1} intentos, {2}',
  '{*}: {} attempts': '{0}: {1} intentos',
  'Sign out': 'Cerrar sesión',
  'Create an account': 'Crear una cuenta',
  'a leading {} sorts descending.': 'un {0} inicial ordena de forma descendente.',
  'Only {name} records whose {} equals this value.':
    'Solo los registros de {0} cuyo {1} es igual a este valor.',
  'Filter {} as stated.': 'Filtro {0} tal como se indica.',
  '{*} a {*} ({} → {})': '{0!} {1} ({2} → {3})',
  '{*} an {*} ({} → {})': '{0!} {1} ({2} → {3})',
  'verb: Approve': 'Aprobar',
  'verb: Reject': 'Rechazar',
  'verb: Cancel': 'Cancelar',
  'verb: Pay': 'Pagar',
  'verb: Send': 'Enviar',
  'verb: Ship': 'Enviar',
  'verb: Close': 'Cerrar',
  'verb: Complete': 'Completar',
  'verb: Win': 'Ganar',
  'verb: Lose': 'Perder',
  'verb: Submit': 'Presentar',
  'verb: Commit': 'Confirmar',
  'verb: Refund': 'Reembolsar',
  'verb: Write Off': 'Dar de baja',
  'verb: Check In': 'Registrar la entrada de',
  'verb: Check Out': 'Registrar la salida de',
  'verb: Archive': 'Archivar',
  'verb: Publish': 'Publicar',
  'verb: Confirm': 'Confirmar',
  'verb: Activate': 'Activar',
  'verb: Deactivate': 'Desactivar',
  'verb: Enable': 'Habilitar',
  'verb: Disable': 'Deshabilitar',
  'verb: Suspend': 'Suspender',
  'verb: Verify': 'Verificar',
  'verb: Amend': 'Corregir',
  'verb: Authorise': 'Autorizar',
  'verb: Authorize': 'Autorizar',
  'verb: Assign': 'Asignar',
  'verb: Accept': 'Aceptar',
  'verb: Decline': 'Declinar',
  'verb: Deliver': 'Entregar',
  'verb: Review': 'Revisar',
  'verb: Schedule': 'Programar',
  'verb: Dispatch': 'Despachar',
  'verb: Resolve': 'Resolver',
  'verb: Block': 'Bloquear',
  'verb: Lock': 'Bloquear',
  'verb: Unlock': 'Desbloquear',
  'verb: Expire': 'Dar por caducado',
  'verb: Fail': 'Marcar como fallido',
  'verb: Receive': 'Recibir',
  'verb: Return': 'Devolver',
  'verb: Release': 'Liberar',
  'verb: Validate': 'Validar',
  'verb: Sign': 'Firmar',
  'verb: Finalise': 'Finalizar',
  'verb: Finalize': 'Finalizar',
  'verb: Enter': 'Registrar',
  'verb: Collect': 'Recoger',
  'verb: Book': 'Reservar',
  'verb: Reserve': 'Reservar',
  'verb: Open': 'Abrir',
  'verb: Start': 'Iniciar',
  'verb: Process': 'Procesar',
  'verb: Report': 'Informar de',
  'verb: Escalate': 'Escalar',
  'verb: Delete': 'Eliminar',
  'verb: Restore': 'Restaurar',
  'verb: Invite': 'Invitar',
  'verb: Settle': 'Liquidar',
  'verb: Invoice': 'Facturar',
  'verb: Print': 'Imprimir',
  'verb: Renew': 'Renovar',
  'verb: Borrow': 'Prestar',
  'verb: Lend': 'Prestar',
  'verb: Admit': 'Ingresar',
  'verb: Discharge': 'Dar de alta',
  'verb: Vaccinate': 'Vacunar',
  'verb: Treat': 'Tratar',
  'verb: Examine': 'Examinar',
  'verb: Prescribe': 'Recetar',
  'verb: Hire': 'Contratar',
  'verb: Retire': 'Retirar',
  'verb: Upload': 'Subir',
  'verb: Export': 'Exportar',
  'verb: Import': 'Importar',
  'verb: Plan': 'Planificar',
  pagination: 'paginación',
  'connection pool': 'pool de conexiones',
  'versioned SQL files': 'archivos SQL versionados',
  'ownership checked on {} entities ({*})': 'propiedad comprobada en {0} entidades ({1})',
  'under {*}': 'en menos de {0}',
  'Server-side sessions via {*}': 'Sesiones en el servidor mediante {0}',
  'Server-side sessions': 'Sesiones en el servidor',
  'session via {*}': 'sesión mediante {0}',
  'As stated in the contract.': 'Tal como lo establece el contrato.',
  'External identity provider (OAuth 2.0 / OIDC) via {*}':
    'Proveedor de identidad externo (OAuth 2.0 / OIDC) mediante {0}',
  'External identity provider (OAuth 2.0 / OIDC)': 'Proveedor de identidad externo (OAuth 2.0 / OIDC)',
  'sign-in delegated via {*} (OAuth 2.0 / OIDC)': 'inicio de sesión delegado en {0} (OAuth 2.0 / OIDC)',
  'JWTs issued by {*}': 'JWT emitidos por {0}',
  "sign-in via {*}, then the API's own JWTs":
    'inicio de sesión mediante {0}, luego los JWT propios de la API',
  'server-side sessions (cookie)': 'sesiones en el servidor (cookie)',
  'API keys': 'claves de API',
  'Opaque bearer tokens via {*}': 'Tokens bearer opacos mediante {0}',
  'Opaque bearer tokens': 'Tokens bearer opacos',
  'opaque bearer tokens via {*}': 'tokens bearer opacos mediante {0}',
  'opaque bearer tokens': 'tokens bearer opacos',
  'sign-in by password or a one-time e-mail link':
    'inicio de sesión con contraseña o con un enlace de un solo uso por correo electrónico',
  'sign-in by a one-time e-mail link': 'inicio de sesión con un enlace de un solo uso por correo electrónico',
  '{*} with refresh tokens ({*})': '{0} con tokens de refresco ({1})',
  '{*} with refresh tokens': '{0} con tokens de refresco',
  'bcrypt, cost {}': 'bcrypt, coste {0}',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints, {} ownership rules':
    'control de acceso basado en roles, {0} roles ({1}), matriz de permisos de {2} endpoints, {3} reglas de propiedad',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints':
    'control de acceso basado en roles, {0} roles ({1}), matriz de permisos de {2} endpoints',
  'role-based access control, {} roles ({*})': 'control de acceso basado en roles, {0} roles ({1})',
  'per endpoint class: {*}': 'por clase de endpoint: {0}',
  'access token lifetime': 'vida del token de acceso',
  'refresh token lifetime': 'vida del token de refresco',
  'session / idle timeout, automatic logout after inactivity':
    'tiempo de sesión o de inactividad (cierre de sesión automático tras inactividad)',
  'lifetime of a passwordless sign-in link': 'vida del enlace de inicio de sesión sin contraseña',
  'one-time password lifetime': 'vida de la contraseña de un solo uso',
  'password-reset token lifetime': 'vida del token de restablecimiento de contraseña',
  'email verification token lifetime': 'vida del token de verificación del correo',
  'invitation lifetime': 'vida de la invitación',
  'minimum password length': 'longitud mínima de la contraseña',
  'failed attempts before lockout': 'intentos fallidos antes del bloqueo',
  'lockout duration': 'duración del bloqueo',
  'bcrypt cost / rounds': 'coste o rondas de bcrypt',
  'response time target': 'objetivo de tiempo de respuesta',
  'availability / uptime target': 'objetivo de disponibilidad',
  'share of successful calls or operations': 'proporción de llamadas u operaciones con éxito',
  'test coverage target': 'objetivo de cobertura de pruebas',
  'requests per minute': 'peticiones por minuto',
  'simultaneous users': 'usuarios simultáneos',
  'recovery point objective': 'objetivo de punto de recuperación (RPO)',
  'recovery time objective': 'objetivo de tiempo de recuperación (RTO)',
  'backup retention': 'conservación de las copias de seguridad',
  'how long a kind of data is kept': 'tiempo de conservación de un tipo de datos',
  'how long before an event a reminder goes out': 'antelación de un recordatorio antes de un evento',
  'how long after a due date a notice or action follows': 'plazo de un aviso o acción tras un vencimiento',
  'period of a recurring task': 'periodo de una tarea recurrente',
  'default page size': 'tamaño de página por defecto',
  'maximum page size': 'tamaño de página máximo',
  'requests allowed, normalised to req/min': 'peticiones permitidas, normalizadas a req/min',
  'largest upload or attachment': 'mayor subida o adjunto',
  'a stated maximum of something': 'un máximo indicado',
  'a stated cache lifetime': 'una vida de caché indicada',
  'a stated sync / polling interval': 'un intervalo de sincronización o sondeo indicado',
  'session timeout {*}': 'tiempo de sesión {0}',
  'refresh token {*}': 'token de refresco {0}',
  'access token {*}': 'token de acceso {0}',
  'no limit': 'sin límite',
  '{*} states {*} as {*}: which one holds?': '{0} indica {1} como {2}: ¿cuál vale?',
  'Render the PDF documents the requirements name': 'Generar los documentos PDF que nombran los requisitos',
  'CORS rejects an unlisted origin': 'CORS rechaza un origen no incluido en la lista',
  'window = [now + {*} - {*}, now + {*})': 'ventana = [ahora + {0} - {1}, ahora + {2})',
  'PRD and architecture': 'PRD y arquitectura',
  '{*} (does not exist)': '{0} (no existe)',
  'Anonymise {*} once the stated period of {*} has passed ("{*}")':
    'Anonimizar {0} una vez transcurrido el periodo indicado de {1} ("{2}")',
  'Archive {*} once the stated period of {*} has passed ("{*}")':
    'Archivar {0} una vez transcurrido el periodo indicado de {1} ("{2}")',
  'replace the personal data of those rows with anonymous values in one transaction per batch, keeping the rows other records reference':
    'sustituir los datos personales de esas filas por valores anónimos en una transacción por lote, conservando las filas a las que remiten otros registros',
  'copy those rows to the archive, then delete them from the table, in one transaction per batch':
    'copiar esas filas al archivo y después borrarlas de la tabla, en una transacción por lote',
  'an anonymised row has no personal data left: a rerun changes nothing':
    'una fila anonimizada ya no tiene datos personales: una nueva ejecución no cambia nada',
  'an archived row is no longer in the table: a rerun finds nothing left to move':
    'una fila archivada ya no está en la tabla: una nueva ejecución no encuentra nada que mover',
  'fixed {*} between attempts ("{*}")': '{0} fijos entre intentos ("{1}")',
  'Sort field': 'Campo de ordenación',
  '{} endpoints × {} roles decided': '{0} endpoints × {1} roles decididos',
  'strategy {*}': 'estrategia {0}',
  'statuses {*}': 'estados {0}',
  'foreign key → {name}': 'clave foránea → {0}',
  'tenant + status filter': 'filtro por tenant + estado',
  'tenant + date range': 'tenant + rango de fechas',
  'the provider’s own verification scheme, not in the catalogue':
    'el esquema de verificación propio del proveedor, que no está en el catálogo',
  '{*} (the provider’s own verification scheme, not in the catalogue)':
    '{0} (el esquema de verificación propio del proveedor, que no está en el catálogo)',
  'client certificate (mutual TLS), as the documents state':
    'certificado de cliente (TLS mutuo), como indican los documentos',
  'a signature, as the documents state': 'una firma, como indican los documentos',
  'an API key, as the documents state': 'una clave de API, como indican los documentos',
  'OAuth client credentials, as the documents state':
    'credenciales de cliente OAuth, como indican los documentos',
  '{*} (as the documents state)': '{0} (como indican los documentos)',
  'the secret key as the HTTP Basic user name, no password':
    'la clave secreta como nombre de usuario de HTTP Basic, sin contraseña',
  'JSON responses': 'respuestas JSON',
  'amounts in the smallest unit of the currency (satang for THB)':
    'importes en la unidad más pequeña de la moneda (satang para THB)',
  'fetch the event again with GET /events/{id} and the secret key, and act on that copy: the delivered body is not trusted as sent':
    'volver a obtener el evento con GET /events/{id} y la clave secreta, y actuar sobre esa copia: el cuerpo entregado no se da por fiable tal como llega',
  'A PromptPay charge (source type promptpay) answers pending with a QR code and completes later: charge.complete says how it ended':
    'Un cargo PromptPay (source type promptpay) responde pending con un código QR y se completa más tarde: charge.complete dice cómo terminó',
  'the channel access token as a Bearer token': 'el token de acceso del canal como token Bearer',
  'X-Line-Retry-Key header (a UUID per message): a retried push is sent once':
    'cabecera X-Line-Retry-Key (un UUID por mensaje): un push reintentado se envía una vez',
  'X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret':
    'X-Line-Signature: HMAC-SHA256 en base64 del cuerpo sin procesar con el secreto del canal',
  'OpenID Connect: the ID token checked by iss (https://access.line.me), aud (the channel id) and exp, or sent to POST /oauth2/v2.1/verify':
    'OpenID Connect: el ID token comprobado por iss (https://access.line.me), aud (el id del canal) y exp, o enviado a POST /oauth2/v2.1/verify',
};
