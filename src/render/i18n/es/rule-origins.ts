import type { RuleId } from '../../../derive/rule-origins.js';

/** Spanish wording of the "Rule origins" appendix (see en/rule-origins.ts). */
const sentences: Record<RuleId, string> = {
  'derive/access-token-default-15m':
    'Propone una vida de 15 minutos para el token de acceso donde los documentos indican autenticación por token pero no su duración.',
  'derive/action-from-state-enum':
    'Añade un endpoint de acción por cada cambio de estado que permiten un enum de estados indicado y su ciclo de vida.',
  'derive/add-created-at': 'Añade una marca de tiempo created_at a cada entidad indicada que no la tiene.',
  'derive/add-primary-key': 'Añade una clave primaria UUID a una entidad indicada que no nombra clave.',
  'derive/add-updated-at':
    'Añade una marca de tiempo updated_at a cada entidad modificable indicada que no la tiene.',
  'derive/alert-from-availability-nfr':
    'Convierte un objetivo de disponibilidad indicado en una alerta sobre el margen de error.',
  'derive/alert-from-latency-nfr':
    'Convierte un objetivo de latencia indicado en una alerta sobre la latencia p95.',
  'derive/append-only-record':
    'Marca una entidad como de solo inserción (sin updated_at ni ediciones) porque los documentos la describen como registro o historial.',
  'derive/auth-default-jwt':
    'Propone autenticación bearer con JWT donde los documentos exigen iniciar sesión pero no nombran el mecanismo.',
  'derive/auth-endpoints':
    'Añade los endpoints de inicio de sesión que necesita el mecanismo de autenticación indicado.',
  'derive/auth-passwordless-sign-in':
    'Inicia sesión sin contraseña porque los documentos indican un enlace o código de un solo uso por correo: una ruta lo envía (202 exista o no la cuenta) y otra lo canjea una sola vez por la sesión.',
  'derive/auth-login':
    'Añade un endpoint de inicio de sesión porque los documentos indican que los usuarios inician sesión.',
  'derive/auth-logout':
    'Añade un endpoint de cierre de sesión que termina la sesión o revoca el token de refresco del mecanismo indicado.',
  'derive/auth-me':
    'Añade un endpoint del usuario actual porque los usuarios con sesión leen su propio perfil.',
  'derive/auth-none-no-protected-endpoint':
    'Deja constancia de que no hace falta autenticación porque ninguna operación indicada está protegida.',
  'derive/auth-oauth-per-provider':
    'Añade un endpoint de inicio y otro de retorno OAuth por cada proveedor de identidad indicado.',
  'derive/auth-password-reset-from-requirement':
    'Añade los endpoints de restablecimiento de contraseña que pide un requisito indicado.',
  'derive/auth-refresh-when-stated':
    'Añade un endpoint de refresco de token porque los documentos indican tokens de refresco.',
  'derive/auth-register-from-requirement':
    'Añade un endpoint de registro que pide un requisito o una historia indicados.',
  'derive/auth-strategy-of-provider':
    'Toma los ajustes de token y sesión del proveedor o la biblioteca de autenticación indicados.',
  'derive/auth-verify-email':
    'Añade un endpoint de verificación de correo porque los documentos indican verificación de correo.',
  'derive/authentication-service':
    'Añade un servicio de autenticación que se ocupa del inicio de sesión, los tokens y las contraseñas indicados.',
  'derive/auth-issuer-after-group':
    'Da a un grupo de roles los tokens propios de la API cuando una frase justo después del inicio de sesión del grupo dice que la API emite sus propios tokens.',
  'derive/auth-issuer-own-sign-in':
    'Hace que la API emita los tokens de un grupo que inicia sesión con un enlace o código de un solo uso enviado por correo y no nombra proveedor de identidad.',
  'derive/password-hash-of-library':
    'Toma el hash de contraseñas que la biblioteca de autenticación indicada hace por sí misma (Devise: bcrypt, coste 12) en lugar de proponer otro.',
  'derive/auth-staff-group-other-roles':
    'Asigna a un grupo de personal indicado («Staff: tokens de acceso de Auth0») todos los roles que ningún otro grupo de las frases de autenticación nombra.',
  'derive/authz-admin-all': 'Concede a un rol de administración indicado todas las operaciones de su tenant.',
  'derive/authz-deny-by-default':
    'Deniega toda operación que los roles y las historias indicados no conceden (OWASP A01).',
  'derive/authz-own-by-story':
    'Limita a un llamante indicado a sus propios registros cuando una historia de usuario indicada hace actuar al actor sobre un registro propio.',
  'derive/authz-from-story':
    'Concede una operación a un rol porque una historia de usuario indicada le da esa acción.',
  'derive/authz-owner-column':
    'Lee la propiedad de un registro de una columna indicada que apunta al usuario que actúa.',
  'derive/authz-owner-only':
    'Limita una operación al propietario del registro, según la columna de propiedad indicada.',
  'derive/authz-owner-via-parent':
    'Lee la propiedad de un registro hijo a través del propietario de su padre indicado.',
  'derive/authz-public-endpoint':
    'Deja una operación abierta a llamadas anónimas porque los documentos indican que es pública.',
  'derive/authz-read-referenced':
    'Permite a un rol leer los registros a los que hacen referencia los registros que puede gestionar.',
  'derive/authz-self-profile': 'Permite a cada usuario con sesión leer y editar su propio perfil.',
  'derive/authz-role-column':
    'Lee una clave foránea a la entidad de usuario con el nombre de un rol como los registros propios de ese rol.',
  'derive/authz-user-reference':
    'Registra una clave foránea a la entidad de usuario que dice quién actuó: un camino real al usuario que por sí solo no limita a nadie.',
  'derive/authz-stated-scope':
    'Mantiene un rol dentro del ámbito que indica una frase («solo ve …»), siguiendo las claves foráneas desde lo que nombra hasta el usuario.',
  'derive/creator-from-caller':
    'Toma del token de quien llama, nunca del cuerpo, la clave foránea a la entidad de usuario que registra quién creó el registro.',
  'derive/parent-from-path':
    'Toma de la ruta, nunca del cuerpo, la clave foránea al padre de un registro creado bajo la ruta de su padre.',
  'derive/authz-self-record':
    'Limita un rol a su propio registro de una entidad enlazada uno a uno con el usuario.',
  'derive/authz-subject-record':
    'Toma el registro que guarda el sujeto del proveedor de identidad y nombra un rol como el registro propio de ese rol (la API le asocia el token).',
  'derive/authz-self-service':
    'Permite a un usuario realizar sobre sus propios datos las operaciones que le da una historia indicada.',
  'derive/authz-single-role-all':
    'Concede todas las operaciones al único rol indicado, ya que no existe otro rol.',
  'derive/authz-state-action-by-story-actor':
    'Concede una acción de cambio de estado al rol cuya historia indicada la realiza.',
  'derive/authz-webhook-machine-only':
    'Abre un endpoint de webhook solo a las llamadas firmadas de su proveedor indicado.',
  'derive/authz-writer-reads': 'Permite a un rol que puede escribir un recurso también leerlo.',
  'derive/base-path-as-stated': 'Usa la ruta base de la API que indican los documentos.',
  'derive/bcrypt-min-cost-12': 'Fija un coste de bcrypt de al menos 12 porque los documentos eligen bcrypt.',
  'derive/browser-client':
    'Aplica las protecciones de un cliente de navegador (CORS, cookies, CSRF) porque un front end web indicado llama a la API.',
  'derive/cache-aggregate-endpoint':
    'Guarda en caché un endpoint agregado (panel o informe) que los documentos indican que se lee a menudo.',
  'derive/cache-current-user':
    'Guarda en caché el perfil del usuario con sesión, leído en cada carga de página.',
  'derive/cache-external-response':
    'Guarda en caché las respuestas de un servicio externo indicado que se leen repetidamente.',
  'derive/cache-stated-external':
    'Guarda en caché las respuestas de un servicio externo elegido porque una declaración pide caché para las respuestas de las integraciones.',
  'derive/cache-metrics':
    'Añade métricas de aciertos y fallos de caché porque la especificación tiene una caché.',
  'derive/cache-reference-entity':
    'Guarda en caché los datos de referencia que el modelo indicado cambia rara vez.',
  'derive/cache-ttl-aggregate':
    'Propone el tiempo de vida de los agregados en caché donde los documentos no lo indican.',
  'derive/cache-ttl-external':
    'Propone el tiempo de vida de las respuestas externas en caché donde los documentos no lo indican.',
  'derive/cache-ttl-profile':
    'Propone el tiempo de vida del perfil de usuario en caché donde los documentos no lo indican.',
  'derive/cache-ttl-stated-entry':
    'Propone el tiempo de vida de una entrada de caché que los documentos indican sin él.',
  'derive/cache-ttl-reference':
    'Propone el tiempo de vida de los datos de referencia en caché donde los documentos no lo indican.',
  'derive/client-side-integration-no-retry':
    'No da reintentos en el servidor a una integración que, según los documentos, el cliente llama directamente.',
  'derive/coverage-80':
    'Propone un mínimo del 80 % de cobertura de líneas donde los documentos no indican objetivo.',
  'derive/crud-for-aggregate-root':
    'Añade las operaciones de crear, leer, actualizar y listar de una entidad principal indicada que usan las necesidades indicadas.',
  'derive/crud-for-owned-child':
    'Añade las operaciones de una entidad que pertenece a un padre indicado, anidadas bajo la ruta del padre.',
  'derive/db-pool-metric':
    'Añade métricas del pool de la base de datos porque la especificación usa una base de datos relacional.',
  'derive/deactivate-not-delete':
    'Sustituye el borrado por la desactivación en los registros a los que otros registros indicados siguen haciendo referencia.',
  'derive/default-database-postgresql':
    'Propone PostgreSQL donde los documentos indican un modelo de datos pero ninguna base de datos.',
  'derive/default-error-rate-alert':
    'Propone una alerta por tasa de errores 5xx donde los documentos no indican alertas.',
  'derive/default-role-admin':
    'Propone un rol de administración donde los documentos indican administración pero no nombran el rol.',
  'derive/default-role-user':
    'Propone un rol de usuario donde los documentos indican inicio de sesión pero no nombran ningún rol.',
  'derive/e2e-per-top-priority-story':
    'Añade una prueba de extremo a extremo por cada historia indicada de máxima prioridad.',
  'derive/e2e-per-ux-flow': 'Añade una prueba de extremo a extremo por cada flujo de UX indicado.',
  'derive/env-database-url': 'Añade la variable DATABASE_URL porque la especificación usa una base de datos.',
  'derive/env-log-level': 'Añade la variable LOG_LEVEL para los registros estructurados.',
  'derive/env-redis-url': 'Añade la variable REDIS_URL porque la pila indicada usa Redis.',
  'derive/env-referenced':
    'Añade cada variable de entorno que necesitan los documentos o las integraciones indicadas.',
  'derive/error-400-validation':
    'Añade el error 400 de validación que puede devolver toda operación con datos de entrada.',
  'derive/error-401-invalid-credentials': 'Añade el error 401 de un inicio de sesión fallido.',
  'derive/error-401-token-expired':
    'Añade el error 401 de un token caducado de la autenticación por token indicada.',
  'derive/error-401-unauthenticated':
    'Añade el error 401 de las llamadas sin credenciales válidas a operaciones protegidas.',
  'derive/error-403-forbidden': 'Añade el error 403 para quien la matriz de permisos deniega.',
  'derive/error-404-not-found': 'Añade el error 404 de las operaciones sobre un registro.',
  'derive/error-409-conflict':
    'Añade el error 409 de los cambios de estado que el ciclo de vida indicado no permite.',
  'derive/error-409-unique': 'Añade el error 409 de un valor único indicado que ya está en uso.',
  'derive/error-422-business-rule':
    'Añade el error 422 de una regla de negocio indicada que una petición incumple.',
  'derive/error-429-rate-limited': 'Añade el error 429 de los límites de peticiones.',
  'derive/error-500-internal': 'Añade el error 500 que puede devolver toda operación.',
  'derive/error-503-unavailable': 'Añade el error 503 de una dependencia indicada que no está disponible.',
  'derive/errors-rfc9457-problem-details':
    'Propone los problem details de RFC 9457 como formato de error donde los documentos no indican ninguno.',
  'derive/extension-citext':
    'Añade la extensión citext para textos únicos indicados que no distinguen mayúsculas, como las direcciones de correo.',
  'derive/extension-pg-trgm':
    'Añade la extensión pg_trgm para la búsqueda de texto que pide un requisito indicado.',
  'derive/foreign-key-by-name':
    'Lee un campo indicado con nombre de entidad (`patient_id`) como clave foránea a ella.',
  'derive/foreign-key-from-relationship':
    'Añade la columna de clave foránea que necesita una relación indicada.',
  'derive/foreign-key-type-follows-key':
    'Da a una clave foránea el tipo de la clave indicada a la que hace referencia.',
  'derive/format-from-field-name': 'Lee un formato (correo, URL, teléfono) del nombre de un campo indicado.',
  'derive/health-liveness': 'Añade un endpoint de vida para el orquestador.',
  'derive/health-readiness-real-dependencies':
    'Añade un endpoint de disponibilidad que comprueba la base de datos y los servicios indicados.',
  'derive/hide-internal-records':
    'Deja los registros internos (tokens, registros de actividad, outbox) fuera de la API pública.',
  'derive/id-is-primary-key': 'Hace de un campo `id` indicado la clave primaria.',
  'derive/in-process-cache-when-no-store':
    'Propone una caché en proceso donde hace falta caché pero los documentos no indican almacén.',
  'derive/index-every-foreign-key': 'Indexa cada clave foránea del modelo indicado.',
  'derive/index-lookup-field': 'Indexa un campo indicado por el que una consulta indicada busca registros.',
  'derive/index-tenant-created-at':
    'Indexa tenant y fecha de creación para los listados de una entidad multitenant indicada.',
  'derive/index-tenant-status':
    'Indexa tenant y estado para los filtros por estado de una entidad multitenant indicada.',
  'derive/index-unique-field': 'Añade un índice único para un campo que los documentos indican como único.',
  'derive/integration-retry-catalogue':
    'Toma la política de reintentos de una integración indicada del catálogo de proveedores.',
  'derive/integration-retry-unknown-provider':
    'Propone una política de reintentos genérica para una integración indicada que el catálogo no conoce.',
  'derive/integration-tests-real-database':
    'Ejecuta las pruebas de integración contra una instancia real de la base de datos indicada.',
  'derive/integrations-in-use': 'Enumera las integraciones que los documentos indican en uso.',
  'derive/job-expired-token-cleanup':
    'Añade una tarea que borra los tokens caducados de la autenticación por token indicada.',
  'derive/job-for-document-generation':
    'Añade una tarea para la generación de documentos que describe un requisito indicado.',
  'derive/job-for-outgoing-message':
    'Añade una tarea de envío por cada proveedor de correo o mensajes indicado.',
  'derive/job-for-reminder':
    'Añade una tarea de recordatorios para los recordatorios que describe un requisito indicado.',
  'derive/job-for-period-end':
    'Añade una tarea que anonimiza o archiva los datos cuyo periodo indicado ha terminado ("anonimizados a los 24 meses").',
  'derive/job-for-retention': 'Añade una tarea de purga para un periodo de conservación indicado.',
  'derive/job-for-schedule': 'Añade una tarea para una programación indicada («cada noche», «cada hora»).',
  'derive/job-for-timed-rule':
    'Añade una tarea que hace la transición que describe una regla temporal indicada del sistema una vez pasado su plazo.',
  'derive/error-status-from-criterion':
    'Da un estado HTTP a un código de error que los documentos nombran sin él: 409 si su frase dice que el estado del registro impide la acción, 429 si se supera un recuento, si no 422.',
  'derive/job-time-proposed':
    'Propone una hora del día (03:00; los lunes para un período semanal, el día 1 para uno mensual) para un trabajo cuyo período los documentos indican sin hora («diario», «cada 24 horas», «mensual»).',
  'derive/job-schedule-proposed':
    'Propone una programación de revisión para una tarea cuyo trabajo los documentos indican sin programación.',
  'derive/job-for-webhook': 'Añade una tarea que procesa los webhooks de un proveedor indicado.',
  'derive/job-metrics':
    'Añade métricas de duración y fallos de las tareas porque la especificación tiene tareas en segundo plano.',
  'derive/job-retry':
    'Propone una política de reintentos para una tarea indicada donde los documentos no indican ninguna.',
  'derive/job-runner-default':
    'Propone un ejecutor de tareas donde los documentos indican tareas pero no ejecutor.',
  'derive/job-runner-partly-stated':
    'Completa un ejecutor de tareas que los documentos nombran solo en parte.',
  'derive/job-runner-stated': 'Usa el ejecutor de tareas que indican los documentos.',
  'derive/join-table': 'Trata como tabla de unión una tabla indicada que solo enlaza dos entidades.',
  'derive/join-table-as-sub-resource':
    'Expone una tabla de unión como subrecurso de uno de los lados de su relación.',
  'derive/join-table-composite-key': 'Da a una tabla de unión la clave compuesta de sus dos claves foráneas.',
  'derive/join-table-for-many-to-many':
    'Añade una tabla de unión para una relación de muchos a muchos indicada.',
  'derive/json-structured-logs': 'Propone registros estructurados en JSON con id de petición.',
  'derive/jwt-claims-minimal':
    'Limita los claims del JWT al sujeto, los roles y el tenant que necesita el modelo indicado.',
  'derive/load-test-from-nfr': 'Añade una prueba de carga por cada objetivo de rendimiento indicado.',
  'derive/lockout-5-attempts-15m':
    'Propone un bloqueo de 15 minutos tras 5 inicios de sesión fallidos donde los documentos no indican ninguno.',
  'derive/log-server-errors': 'Registra cada error del servidor con su id de petición.',
  'derive/anonymous-caller':
    'Trata un rol que los documentos describen como no autenticado como el llamante anónimo: solo rutas públicas, ningún rol de token.',
  'derive/machine-principal':
    'Añade un llamante de máquina para los webhooks y las llamadas entre servicios indicados.',
  'derive/many-to-many-from-join-table':
    'Lee una relación de muchos a muchos de una tabla de unión indicada.',
  'derive/migrations-versioned-sql':
    'Propone migraciones SQL versionadas donde los documentos no indican herramienta de migración.',
  'derive/mongodb-collections':
    'Asigna las entidades indicadas a colecciones de MongoDB porque los documentos eligen MongoDB.',
  'derive/mongodb-object-id':
    'Da a los documentos de MongoDB una clave ObjectId porque los documentos eligen MongoDB.',
  'derive/monitoring-sdk-retry': 'Deja los reintentos de un servicio de monitorización indicado a su SDK.',
  'derive/n-plus-one-per-relationship':
    'Nombra el riesgo N+1 de cada relación indicada que leen los listados.',
  'derive/name-enum-type':
    'Da nombre al tipo enum de la base de datos de un campo de estado o tipo indicado.',
  'derive/nest-owned-child': 'Anida la ruta de un hijo indicado bajo la de su padre.',
  'derive/no-auth-stated': 'Deja constancia de que los documentos no indican autenticación.',
  'derive/no-change-to-append-only':
    'Omite la actualización y el borrado de un registro indicado de solo inserción.',
  'derive/no-change-to-money-records':
    'Omite la actualización y el borrado de los registros de dinero (pagos, facturas): se revierten, no se editan.',
  'derive/no-database':
    'Deja constancia de que los documentos no indican base de datos: el sistema no guarda datos propios.',
  'derive/no-delete-without-requirement':
    'Omite una operación de borrado que ningún requisito ni historia indicados piden.',
  'derive/no-write-without-caller':
    'Omite una creación o edición diseñada que se niega a todos los roles cuando cada requisito que la nombraba lo atiende otra operación del mismo tipo que un rol llama (`POST /berths` junto a `POST /reservations` del visitante para FR-2).',
  'derive/no-delete-without-caller':
    'Omite un borrado diseñado que se niega a todos los roles: ninguna historia, permiso ni acceso indicado nombra a quien lo llama.',
  'derive/no-list-without-requirement':
    'Omite una operación de listado que ningún requisito ni historia indicados piden.',
  'derive/no-write-without-requirement':
    'Omite una operación de escritura que ningún requisito ni historia indicados piden.',
  'derive/no-writes-on-read-only-data':
    'Omite las escrituras sobre datos que los documentos indican como de solo lectura o importados.',
  'derive/no-writes-on-system-data':
    'Omite las escrituras de clientes sobre registros que solo crea el sistema.',
  'derive/not-null-key': 'Hace NOT NULL una columna de clave.',
  'derive/notification-channel-per-provider':
    'Añade un canal de notificación por cada proveedor de mensajes indicado.',
  'derive/notification-service':
    'Añade un servicio de notificaciones porque los documentos indican notificaciones.',
  'derive/pattern-check':
    "Escribe el patrón de formato que una notación de código indica para un campo (Mongoose match, zod .regex, Rails format, Pydantic pattern) como un CHECK de PostgreSQL (col ~ '…'), para que la base de datos imponga lo que valida la API.",
  'derive/nullable-when-unstated':
    'Hace opcional un campo indicado donde los documentos no dicen que sea obligatorio.',
  'derive/on-delete-cascade-join-table':
    'Borra las filas de la tabla de unión junto con cualquiera de sus lados.',
  'derive/on-delete-cascade-owned-child': 'Borra un hijo junto con su padre indicado.',
  'derive/on-delete-restrict-shared':
    'Impide borrar un registro al que aún hace referencia una clave foránea obligatoria del modelo indicado.',
  'derive/on-delete-set-null-optional':
    'Vacía una clave foránea opcional cuando se borra el registro al que hace referencia.',
  'derive/create-from-verb-noun':
    'Lee un verbo que ningún léxico conoce y cuya raíz nombra una entidad del modelo («votar» → Voto) como la creación de esa entidad.',
  'derive/operation-from-story': 'Añade la operación que necesita una historia de usuario indicada.',
  'derive/owasp-a01-from-matrix':
    'Expone la práctica de control de acceso de OWASP A01 a partir de la matriz de permisos.',
  'derive/owasp-a02':
    'Expone la práctica criptográfica de OWASP A02 para los secretos y datos personales indicados.',
  'derive/owasp-a04-validation':
    'Expone la práctica de validación de entradas de OWASP A04 a partir de las reglas de validación.',
  'derive/owasp-a08-webhooks':
    'Exige comprobar la firma de los webhooks de los proveedores indicados (OWASP A08).',
  'derive/owasp-a10-allowlist': 'Limita las llamadas salientes a las integraciones indicadas (OWASP A10).',
  'derive/pagination-20-100':
    'Propone páginas de 20 elementos, como máximo 100, donde los documentos no indican tamaño de página.',
  'derive/password-hash-argon2id':
    'Propone Argon2id para las contraseñas donde los documentos indican contraseñas pero no el hash.',
  'derive/password-max-length-128': 'Limita las contraseñas a 128 caracteres para acotar el coste del hash.',
  'derive/password-min-length-8':
    'Propone una longitud mínima de contraseña de 8 donde los documentos no indican ninguna.',
  'derive/payment-service': 'Añade un servicio de pagos porque los documentos indican un proveedor de pagos.',
  'derive/pool-from-concurrency':
    'Dimensiona el pool de la base de datos a partir del objetivo de concurrencia indicado.',
  'derive/rate-limit-per-class':
    'Propone límites de peticiones por clase de operación donde los documentos no indican ninguno.',
  'derive/read-only-log': 'Expone un registro o historial indicado solo para lectura.',
  'derive/read-only-reference-data':
    'Expone los datos de referencia indicados solo para lectura, salvo a la administración.',
  'derive/red-metrics': 'Añade métricas de tasa, errores y duración para cada endpoint.',
  'derive/refresh-rotation-reuse-detection':
    'Rota los tokens de refresco y revoca la familia si se reutilizan, porque los documentos indican tokens de refresco.',
  'derive/refresh-token-capped-by-session':
    'Limita la vida del token de refresco a la duración de sesión indicada.',
  'derive/refresh-token-default-7d':
    'Propone una vida de 7 días para el token de refresco donde los documentos no indican ninguna.',
  'derive/relationship-from-foreign-key': 'Lee una relación de una clave foránea indicada.',
  'derive/resource-from-story-noun':
    'Añade un recurso para una entidad sobre la que actúan historias indicadas.',
  'derive/resource-per-aggregate-root': 'Añade un recurso por cada entidad principal indicada.',
  'derive/sanitise-decimal-as-string':
    'Devuelve los importes y decimales como cadenas para no perder precisión.',
  'derive/sanitise-explicit-null': 'Devuelve los valores opcionales ausentes como null explícito.',
  'derive/sanitise-no-html': 'Devuelve el texto como datos, nunca como HTML.',
  'derive/sanitise-personal-data':
    'Deja los datos personales indicados fuera de los registros y de las respuestas a otros usuarios.',
  'derive/sanitise-rfc3339-utc': 'Devuelve las marcas de tiempo en RFC 3339 y UTC.',
  'derive/sanitise-secrets-never-returned':
    'Nunca devuelve secretos indicados como hashes de contraseña o tokens.',
  'derive/search-from-requirement':
    'Añade un parámetro u operación de búsqueda que pide un requisito indicado.',
  'derive/security-tests-per-owasp-item':
    'Añade una prueba de seguridad por cada práctica OWASP de la sección 13.',
  'derive/sensitive-field':
    'Marca como sensible un campo indicado por su nombre (contraseña, token, secreto).',
  'derive/sensitive-personal':
    'Marca como dato personal un campo indicado por su nombre (correo, teléfono, fecha de nacimiento).',
  'derive/sensitive-secret':
    'Marca como secreto un campo indicado por su nombre (hash de contraseña, token, clave de API).',
  'derive/owner-from-caller':
    'Deja fuera del cuerpo de creación la referencia al registro del propio llamante cuando solo ese rol crea el registro: el servidor la toma del token.',
  'derive/state-time-server-set':
    'Deja fuera de los cuerpos de petición la fecha y hora que lleva el nombre de un estado que el registro alcanza tras su creación: la registra el servidor, o la fija como plazo.',
  'derive/queue-position-server-set':
    'Deja fuera de los cuerpos de petición el número que lleva el nombre de un estado y de un puesto en su cola (`waitlistPos` junto a `waitlisted`): el servidor numera la cola cuando los registros entran y salen de ella.',
  'derive/state-flag-from-action':
    'Deja fuera de los cuerpos de creación y edición un booleano con nombre de estado cuyo verbo realiza una acción indicada del registro, o del registro al que pertenece: esa acción lo fija.',
  'derive/action-time-from-action':
    'Deja fuera de los cuerpos de creación y edición una fecha y hora con nombre del verbo de una acción indicada del registro (`picked_up_at` junto a `POST …/{id}/pickup`): esa acción la registra.',
  'derive/action-reading-from-action':
    'Deja fuera de los cuerpos de creación y edición un número con nombre del verbo de una acción indicada del registro (`return_battery_level` junto a `POST …/{id}/return`): esa acción registra la lectura.',
  'derive/status-from-actions':
    "Deja fuera de los cuerpos de creación y edición una columna de estado con valor por defecto indicado de un registro que mueven acciones indicadas (`status DEFAULT 'open'` junto a `POST …/{id}/close`): el registro se crea en ese valor y solo las acciones lo cambian.",
  'derive/role-column-from-caller':
    'Deja fuera de los cuerpos de creación y edición la referencia a un usuario con nombre del único rol que crea el registro (`mechanic_id` cuando solo un mecánico informa daños): el servidor toma al llamante del token.',
  'derive/total-from-rate':
    'Deja fuera de los cuerpos de creación y edición el único total de un registro cuando otro registro del modelo guarda una tarifa (`total_cents` junto a `prices.daily_rate_cents`): el servidor lo calcula a partir de la tarifa.',
  'derive/role-column-from-action':
    'Deja fuera del cuerpo de creación una referencia opcional al usuario nombrada por un rol que realiza una acción indicada sobre el registro y no lo crea (`courier_id` junto a `POST /orders/{id}/pickup` para un repartidor): lo fija tras la creación una acción (la del rol o una asignación), nunca quien crea.',
  'derive/distance-from-places':
    'Deja fuera de los cuerpos de petición un número nombrado por una distancia en un registro que apunta a dos registros con coordenadas (`distance_km` junto a la dirección y la sucursal): el servidor la mide.',
  'derive/code-of-owned-record':
    'Deja fuera de los cuerpos de petición un código o número único de un registro que pertenece a quien llama (`orders.code`): quien llama no conoce los códigos de los demás, así que lo emite el servidor.',
  'derive/status-from-webhook':
    'Deja fuera de los cuerpos de petición el estado de un registro bajo cuya colección está una ruta de webhook indicada (`POST /fizetesek/simplepay/ipn` junto a `fizetesek.statusz`): la notificación del proveedor lo cambia.',
  'derive/subject-from-token':
    'Deja fuera de los cuerpos de petición el identificador de una persona en el proveedor de identidad (`kakao_sub`, `bankid_subject`, `keycloak_id`): el servidor lo toma del `sub` del token verificado.',
  'derive/sign-in-state':
    'Deja fuera de los cuerpos de petición el estado de acceso de una cuenta (`failed_logins`, `locked_until`, `email_verified`, el último acceso): lo escriben el inicio de sesión y la verificación.',
  'derive/last-event-time':
    'Deja fuera de los cuerpos de petición la fecha y hora del último evento de un tipo (`last_order_at`): el servidor la registra cuando ocurren los eventos.',
  'derive/stored-file-size':
    'Deja fuera de los cuerpos de petición un tamaño en bytes (`pdf_size_bytes`): el servidor mide el archivo guardado.',
  'derive/actor-from-caller':
    'Deja fuera de los cuerpos de petición quién hizo algo (`recorded_by`, `adjusted_by`, `registrado_por`): el servidor toma al llamante del token.',
  'derive/tenant-from-token':
    'Deja el `tenant_id` de un registro fuera de los cuerpos de petición: el servidor toma el inquilino del llamante del token.',
  'derive/anonymised-time':
    'Deja fuera de los cuerpos de petición el momento en que se anonimizó un registro (`anonymised_at`): lo fija el borrado.',
  'derive/record-time':
    'Deja fuera de los cuerpos de petición la fecha y hora en que se registró un registro (`recorded_at`, `registrado_en`): el servidor toma el momento en que lo guarda.',
  'derive/hold-expiry':
    'Deja fuera de los cuerpos de petición el fin de una retención (`held_until`, `hold_expires_at`): el servidor le da su plazo.',
  'derive/action-note-from-action':
    'Deja fuera de los cuerpos de creación y edición un texto cuyo nombre empieza por el verbo de una acción cuyo momento guarda el registro (`void_reason` junto a `voided_at` y `POST …/{id}/void`): la acción lo registra, y una acción de estado diseñada a partir de una historia o de una tabla de rutas lo recibe en su cuerpo.',
  'derive/server-rendered-surface':
    'Hace que una operación que solo pueden llamar los roles de una interfaz que, según los documentos, no tiene API JSON (un backoffice renderizado en el servidor) la sirvan las pantallas de esa interfaz: sigue siendo un método de servicio, fuera del documento OpenAPI.',
  'derive/provider-reference-server-set':
    'Deja fuera de los cuerpos de petición la referencia de un proveedor (un campo con el nombre de una integración en uso y una palabra de identificador, `stripe_payment_intent_id`): el proveedor la devuelve cuando el servidor lo llama.',
  'derive/start-payment-from-provider':
    'Añade la operación con la que quien paga inicia un pago en el proveedor de pagos indicado (`POST /invoices/{id}/payment`, que responde con la URL de pago) para una historia que paga un registro: el webhook del proveedor registra el resultado, nunca es la operación de quien paga.',
  'derive/total-of-line-items':
    'Deja fuera de los cuerpos de petición el total de un registro cuyas líneas indican cantidad y precio unitario: el servidor calcula su suma.',
  'derive/server-owned-fields':
    'Deja fuera de los cuerpos de petición los campos que fija el servidor (ids, marcas de tiempo, propietario).',
  'derive/service-method-per-endpoint': 'Añade un método de servicio por cada endpoint.',
  'derive/service-per-aggregate':
    'Añade un servicio por cada grupo de entidades indicadas que posee un agregado.',
  'derive/soft-delete-stated': 'Añade una columna deleted_at porque los documentos indican borrado lógico.',
  'derive/status-change-from-story':
    'Cambia el estado de un registro mediante su propia acción cuando una historia cambia el estado.',
  'derive/system-default':
    'Da a una columna de clave o de tiempo su valor por defecto en la base de datos (gen_random_uuid(), now()).',
  'derive/tenant-column': 'Añade la columna de tenant a las entidades de un modelo multitenant indicado.',
  'derive/tenant-scope': 'Limita cada consulta al tenant de quien llama en un modelo multitenant indicado.',
  'derive/token-cookie-httponly-secure-samesite':
    'Guarda los tokens en cookies HttpOnly, Secure y SameSite porque un cliente de navegador indicado inicia sesión.',
  'derive/transaction-cascading-soft-delete':
    'Borra lógicamente un registro y sus hijos en una sola transacción.',
  'derive/constraint-error-on-entity-writes':
    'Lanza el error de una regla indicada de restricción de base de datos (un valor único, sin solapamiento) en cada creación y actualización de la entidad que restringe, cuando ningún requisito vincula la regla a una operación.',
  'derive/domain-error-from-rule':
    'Nombra el error de dominio que lanza una regla indicada a partir de la entidad restringida y del tipo de regla (`APPOINTMENT_OUTSIDE_WINDOW`) cuando la frase de la regla no nombra ningún código.',
  'derive/rule-enforced-by-job':
    'Nombra la tarea en segundo plano que hace cumplir una regla que el diseño aplica con una tarea: la tarea diseñada a partir de la línea de la regla; si no, la única tarea indicada cuya línea cita la regla o su requisito; si no, la única tarea indicada que hace el acto de la regla (purgar, anonimizar, archivar, recordar); si no, la única tarea indicada programada en la fecha del año que indica la regla. Una regla que no nombra ninguna entidad restringe la única entidad que nombra el nombre de la tarea indicada (`IssueInvoices`: Invoice).',
  'derive/transaction-no-overlap-constraint':
    'Ejecuta en una transacción una escritura restringida por una regla indicada de no solapamiento o de no doble reserva; la restricción única o de exclusión de la regla la aborta cuando otro escritor tomó la franja.',
  'derive/transaction-with-audit-entry':
    'Escribe en una transacción el cambio que una regla de auditoría restringe y su entrada de auditoría, de modo que ninguno se confirma sin el otro.',
  'derive/transaction-record-updates-referenced-state':
    'Crea un registro y cambia el estado del registro al que hace referencia en una sola transacción.',
  'derive/transaction-register-tenant-and-user':
    'Crea un tenant y su primer usuario en una sola transacción.',
  'derive/transaction-state-change-with-history':
    'Cambia un estado y escribe su registro de historial indicado en una sola transacción.',
  'derive/unit-tests-per-service': 'Añade pruebas unitarias para cada servicio y sus reglas de negocio.',
  'derive/validate-by-type': 'Valida cada campo indicado según su tipo.',
  'derive/validate-format-by-name':
    'Valida el formato de un campo indicado según su nombre (correo, URL, teléfono).',
  'derive/validate-required': 'Exige en las peticiones de creación los campos indicados no nulos.',
  'derive/versioned-base-path':
    'Propone una ruta base versionada (/api/v1) donde los documentos no indican ninguna.',
  'extract/join-table-many-to-many':
    'Lee como relación de muchos a muchos una tabla indicada con dos claves foráneas y nada más.',
  'derive/api-key-client':
    'Añade un esquema de seguridad de clave de API para un cliente de máquina indicado en los documentos, en las operaciones que llama.',
  'derive/api-key-header-default':
    'Propone la cabecera X-API-Key donde los documentos indican una clave de API sin nombre de cabecera.',
  'derive/guessable-stated-ids':
    'Señala como adivinables (OWASP API1) las claves enteras secuenciales indicadas que se usan como id en rutas, con la mitigación que aplica el diseño.',
  'derive/secret-in-stated-path':
    'Señala un secreto que los documentos ponen en la ruta (OWASP API2), con la forma en que el diseño lo protege.',
  'derive/authz-stated-matrix':
    'Deniega a un rol una operación sobre un recurso cuya matriz de permisos rol × recurso indicada no se la concede.',
  'derive/authz-stated-route-access':
    'Deniega a un rol una ruta indicada cuya tabla de rutas nombra a otros llamantes en su columna de acceso.',
};

export const ruleOrigins = {
  heading: 'Apéndice C. Origen de las reglas',
  intro:
    'Los elementos que los documentos no indican línea a línea citan como [R1], [R2], … la regla con nombre que los derivó; cada regla aparece aquí una vez, con los hechos que lee y cuántos elementos de esta especificación produjo.',
  columns: { label: 'Etiqueta', rule: 'Regla', derives: 'Qué deriva y a partir de qué', items: 'Elementos' },
  uncatalogued: 'Una regla con nombre de backend-spec que aún no tiene descripción.',
  sentences,
};
