import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** Spanish wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'error', warning: 'aviso', info: 'info', hint: 'sugerencia' },
  texts: {
    'pattern {*} of {*}.{*} ({*}) is left out of the JSON Schemas and OpenAPI: {*}':
      'el patrón {0} de {1}.{2} ({3}) queda fuera de los JSON Schemas y de OpenAPI: {4}',
    'state it as an ECMA-262 pattern without flags, or validate it in code':
      'indíquelo como un patrón ECMA-262 sin flags, o valídelo en el código',
    'pattern {*} of {*}.{*} ({*}) gets no PostgreSQL CHECK: {*}':
      'el patrón {0} de {1}.{2} ({3}) no recibe un CHECK de PostgreSQL: {4}',
    'the API validates it; state a CHECK in SQL if the database must too':
      'la API lo valida; indique un CHECK en SQL si también debe hacerlo la base de datos',
    '{*}.{*} must match `{*}` in {*} ({*}) but `{*}` in {*} ({*}); {*} wins':
      '{0}.{1} debe coincidir con `{2}` en {3} ({4}) pero con `{5}` en {6} ({7}); gana {8}',
    'the route list at {*} covers {*}; not added: {*}':
      'la lista de rutas de {0} cubre {1}; no se añadieron: {2}',
    'the documents say the {*} has no JSON API but name no role it is for: its operations stay in the JSON API':
      'los documentos dicen que {0} no tiene API JSON pero no nombran ningún rol al que sirva: sus operaciones siguen en la API JSON',
    'the {*} has no JSON API ({*}): {*} operation(s) served by its screens, left out of the OpenAPI document: {*}':
      '{0} no tiene API JSON ({1}): {2} operación(es) servidas por sus pantallas, fuera del documento OpenAPI: {3}',
    '{*} is also stated as {*} ({*}); using {*}': '{0} también consta como {1} ({2}); se usa {3}',
    '{*} stated route(s) name no entity of the data model and are kept as stated, without schemas: {*}':
      '{0} ruta(s) indicada(s) no nombran ninguna entidad del modelo de datos y se conservan tal como constan, sin esquemas: {1}',
    '{*} ("{*}") has no operation: {*}': '{0} ("{1}") no tiene operación: {2}',
    '{*} is {*} in section 0 ({*}) but {*}': '{0} está marcado como {1} en la sección 0 ({2}) pero {3}',
    'the key decision "{*}" is {*}': 'la decisión clave "{0}" es {1}',
    'role {*} reaches no operation beyond sign-in':
      'el rol {0} no llega a ninguna operación más allá del inicio de sesión',
    "{*}: {*} is denied to {*}, the story's actor": '{0}: {1} está denegada a {2}, el actor de la historia',
    '{*} reaches {*} across tenants': '{0} llega a {1} entre inquilinos',
    'no config file found: the project was not initialised, defaults are used':
      'no se encontró archivo de configuración: el proyecto no se inicializó, se usan los valores por defecto',
    'run `backend-spec init` or create one of: {*}': 'ejecute `backend-spec init` o cree uno de: {0}',
    'documentation language "{*}" (set in {*}) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'el idioma de documentación "{0}" (fijado en {1}) aún no tiene catálogo de mensajes: backend-spec.md se escribe en inglés (disponibles: {2})',
    'documentation language "{*}" (set by --lang) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'el idioma de documentación "{0}" (fijado con --lang) aún no tiene catálogo de mensajes: backend-spec.md se escribe en inglés (disponibles: {1})',
    'documentation language "{*}" has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'el idioma de documentación "{0}" aún no tiene catálogo de mensajes: backend-spec.md se escribe en inglés (disponibles: {1})',
    'add src/render/i18n/{*}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this':
      'añada src/render/i18n/{0}/ (una copia traducida de en/; vea CONTRIBUTING.md), o pase --lang en para silenciar este aviso',
    'default {*} of {*} is made by the application (the ORM client), not by the database: the column has no database default':
      'el valor por defecto {0} de {1} lo genera la aplicación (el cliente del ORM), no la base de datos: la columna no tiene valor por defecto en la base de datos',
    'default {*} of {*} is not a literal or a known function for a {*} column: left out of the schema':
      'el valor por defecto {0} de {1} no es un literal ni una función conocida para una columna {2}: queda fuera del esquema',
    'default {*} of {*} is not one of {*}: left out of the schema':
      'el valor por defecto {0} de {1} no es uno de {2}: queda fuera del esquema',
    "state it as a literal (`0`, `'draft'`, `true`) or `now()`":
      "indíquelo como literal (`0`, `'draft'`, `true`) o `now()`",
    '{*} is defined twice: the second definition is ignored':
      '{0} está definido dos veces: se ignora la segunda definición',
    "{*} is {*} but references {*} ({*}): the column takes the key's type":
      '{0} es {1} pero referencia {2} ({3}): la columna toma el tipo de la clave',
    "{*} is {*} but references {*} (): the column takes the key's type":
      '{0} es {1} pero referencia {2} (): la columna toma el tipo de la clave',
    'index on {*} ({*}) names {*}, not a column of {*}: left out':
      'el índice sobre {0} ({1}) nombra {2}, que no es una columna de {3}: queda fuera',
    '{*} is {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0} es {1} en {2} ({3}) pero {4} en {5} ({6}); prevalece {7}',
    'enum {*} has values ({*}) here but ({*}) at {*}; the first definition is kept':
      'el enum {0} tiene los valores ({1}) aquí pero ({2}) en {3}; se conserva la primera definición',
    '{*} is defined twice in {*} (also at {*}); the definitions were merged':
      '{0} está definido dos veces en {1} (también en {2}); las definiciones se fusionaron',
    '{*}: {*} is described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} se describe en {2} ({3}) pero no en {4} ({5})',
    '{*}: {*} are described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} se describen en {2} ({3}) pero no en {4} ({5})',
    'add {*} to the {*} definition, or remove it from the {*}':
      'añada {0} a la definición {1}, o quítelo de {2}',
    'add {*} to the {*} definition, or remove them from the {*}':
      'añada {0} a la definición {1}, o quítelos de {2}',
    '{*} of {*} is not read: {*}': '{0} de {1} no se lee: {2}',
    'function {*} is not allowed in a {*}': 'la función {0} no está permitida en un {1}',
    '{*} is not allowed': '{0} no está permitido',
    'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql':
      'escriba la restricción con columnas, literales, operadores, IN/LIKE/BETWEEN, IS NULL, CASE, conversiones y funciones simples como lower(), length() o now(); las subconsultas, otras funciones y las sentencias no se copian en schema.sql',
    'SQL does not parse: {*}; this statement was skipped':
      'el SQL no se puede analizar: {0}; se omitió esta sentencia',
    'Prisma schema does not parse: {*}; this block was skipped':
      'el esquema de Prisma no se puede analizar: {0}; se omitió este bloque',
    'DBML does not parse: {*}; that element was skipped':
      'el DBML no se puede analizar: {0}; se omitió ese elemento',
    'DBML does not parse: a line is longer than {*} characters; the block was skipped':
      'el DBML no se puede analizar: una línea tiene más de {0} caracteres; se omitió el bloque',
    'DBML does not parse: brackets nest deeper than {*}; the block was skipped':
      'el DBML no se puede analizar: los corchetes se anidan a más de {0} niveles; se omitió el bloque',
    'erDiagram attribute not understood: "{*}"; skipped':
      'atributo de erDiagram no entendido: "{0}"; se omitió',
    'the statement is read as PostgreSQL': 'la sentencia se lee como PostgreSQL',
    'read as {*}, rewritten to PostgreSQL': 'leído como {0}, reescrito a PostgreSQL',
    '{*} references {*}, which no data model defines; the foreign key is dropped':
      '{0} referencia {1}, que ningún modelo de datos define; se descarta la clave foránea',
    'relationship {*} – {*}: {*} is not defined by any data model':
      'relación {0} – {1}: {2} no está definido en ningún modelo de datos',
    'relationship {*} – {*}: {*} are not defined by any data model':
      'relación {0} – {1}: {2} no están definidos en ningún modelo de datos',
    '{*} has type {*}, which is neither a known type nor a defined enum; kept as text':
      '{0} tiene el tipo {1}, que no es un tipo conocido ni un enum definido; se conserva como texto',
    'the only {*} document lies in the archive folder {*}; it is read, but may be out of date':
      'el único documento {0} está en la carpeta de archivo {1}; se lee, pero puede estar desactualizado',
    'move the current version out of the archive, or confirm the archived one still holds':
      'saque la versión actual del archivo, o confirme que la archivada sigue vigente',
    'classified as {*} ({*})': 'clasificado como {0} ({1})',
    'the config names {*} for the planning documents, but the {*} is not there; found by scanning in {*}':
      'la configuración nombra {0} para los documentos de planificación, pero {1} no está allí; se encontró buscando en {2}',
    'the config names {*} for the planning documents, but the {*} are not there; found by scanning in {*}':
      'la configuración nombra {0} para los documentos de planificación, pero {1} no están allí; se encontraron buscando en {2}',
    'point the config at the folder that holds the documents':
      'apunte la configuración a la carpeta que contiene los documentos',
    'documentation_dir "{*}" does not exist; the documents were found in {*}, and the spec is written to {*}':
      'documentation_dir "{0}" no existe; los documentos se encontraron en {1}, y la especificación se escribe en {2}',
    'set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)':
      'fije documentation_dir en .bmad/config.yaml (o pase --docs DIR, o --out DIR solo para la salida)',
    'duplicate of {*}: {*}; it is not read': 'duplicado de {0}: {1}; no se lee',
    'monolithic copy of the shards in {*} ({*} of its lines)':
      'copia monolítica de los fragmentos de {0} ({1} de sus líneas)',
    'identical copy of {*}': 'copia idéntica de {0}',
    'near-identical copy ({*} of lines shared) of {*}': 'copia casi idéntica ({0} de líneas en común) de {1}',
    'the config says {*}': 'la configuración dice {0}',
    'the other copy lies in {*}': 'la otra copia está en {0}',
    'the one read is newer ({*})': 'la que se lee es más reciente ({0})',
    'neither is newer; the one with the shorter path is read':
      'ninguna es más reciente; se lee la de ruta más corta',
    'neither is newer; the shards are read': 'ninguna es más reciente; se leen los fragmentos',
    'front matter is not valid YAML: {*}': 'el front matter no es YAML válido: {0}',
    'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile':
      'corrija el YAML entre las líneas `---` iniciales; mientras tanto el documento se lee como texto plano',
    'no architecture document found; searched: {*}':
      'no se encontró documento de arquitectura; se buscó en: {0}',
    'no PRD found; searched: {*}': 'no se encontró PRD; se buscó en: {0}',
    'run `backend-spec init` to create the planning documents, or pass --docs DIR':
      'ejecute `backend-spec init` para crear los documentos de planificación, o pase --docs DIR',
    'no tech-stack document (expected {*}); stack choices are read from the other documents':
      'no hay documento de stack tecnológico (se esperaba {0}); las elecciones de stack se leen de los demás documentos',
    'no UX flows document (expected {*}); flows are not traced to endpoints':
      'no hay documento de flujos de UX (se esperaba {0}); los flujos no se trazan hasta los endpoints',
    'this copy states a newer date than {*} ({*} against {*}), but the config makes {*} the copy read; its changes are not in the spec':
      'esta copia indica una fecha más reciente que {0} ({1} frente a {2}), pero la configuración hace de {3} la copia que se lee; sus cambios no están en la especificación',
    're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config':
      'vuelva a fragmentar la copia más reciente (o lleve sus cambios a la otra), o cambie el indicador sharded en la configuración',
    'superseded by {*} ({*}); read as history only': 'reemplazado por {0} ({1}); se lee solo como historial',
    'superseded by {*} where they differ ({*})': 'reemplazado por {0} donde difieren ({1})',
    'a later spec-kit feature ({*} after {*})':
      'una funcionalidad posterior de spec-kit ({0} después de {1})',
    'a summary at the specs root that revises {*}': 'un resumen en la raíz de specs que revisa {0}',
    'no cache store is chosen: cache entries are in-process only':
      'no se eligió almacén de caché: las entradas de caché solo viven en el proceso',
    'no queue or scheduler is chosen: jobs run on {*}':
      'no se eligió cola ni planificador: las tareas se ejecutan sobre {0}',
    '{*}: "{*}" — no purge job': '{0}: "{1}" — sin tarea de purga',
    '{*}: "{*}" is a minimum retention — no purge job (no deletion is stated)':
      '{0}: "{1}" es una retención mínima — sin tarea de purga (no se indica ningún borrado)',
    '{*} is stated, but not whether it issues JWTs or sessions: JWT bearer tokens are proposed (rule derive/auth-default-jwt)':
      '{0} está indicado, pero no si emite JWT o sesiones: se proponen tokens bearer JWT (regla derive/auth-default-jwt)',
    'state the mechanism beside the library (e.g. "session cookies")':
      'indique el mecanismo junto a la biblioteca (p. ej., "cookies de sesión")',
    'retention "{*}" ({*}) matches no entity': 'la retención "{0}" ({1}) no corresponde a ninguna entidad',
    '"{*}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known':
      '"{0}" no está en el catálogo de proveedores: no se conocen endpoints, autenticación, límites ni webhooks',
    'state "{*}" is not a value of {*} ({*})': 'el estado "{0}" no es un valor de {1} ({2})',
    'map each stated state to an enum value, or add it to the data model':
      'asigne cada estado indicado a un valor del enum, o añádalo al modelo de datos',
    '"{*}" is named in the documents but no data model defines it':
      '"{0}" se nombra en los documentos pero ningún modelo de datos lo define',
    'define the entity in the data model, or state it as an assumption in the decisions file':
      'defina la entidad en el modelo de datos, o indíquela como supuesto en el archivo de decisiones',
    '{*} is defined differently in {*}': '{0} se define de otra forma en {1}',
    'session timeout {*} is shorter than the refresh token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'el tiempo de sesión {0} es más corto que la vida del token de refresco {1} en {2}: el tiempo se aplica como inactividad y la vida del token como duración absoluta de la sesión',
    'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'el tiempo de sesión {0} es más corto que la vida del token de acceso {1} en {2}: el tiempo se aplica como inactividad y la vida del token como duración absoluta de la sesión',
    'confirm or change this in the decisions file (id: {*})':
      'confirme o cambie esto en el archivo de decisiones (id: {0})',
    '{*}: {*} in {*} replaces {*} in this older version':
      '{0}: {1} en {2} reemplaza a {3} en esta versión anterior',
    '{*} is not satisfied by any endpoint, job, entity, rule or alert':
      '{0} no lo satisface ningún endpoint, tarea, entidad, regla ni alerta',
    '{*}: {*} here, but {*} in {*}; using {*} ({*})': '{0}: {1} aquí, pero {2} en {3}; se usa {4} ({5})',
    'align the documents, or record a choice in the decisions file':
      'alinee los documentos, o registre una elección en el archivo de decisiones',
    'section "{*}" could not be derived from the documents':
      'la sección "{0}" no se pudo derivar de los documentos',
    '{*}: {*} ({*}) vs {*} ({*}); the first is used': '{0}: {1} ({2}) frente a {3} ({4}); se usa el primero',
    'the documents state no roles: using {*}': 'los documentos no indican roles: se usa {0}',
    '{*} (administration is mentioned)': '{0} (se menciona la administración)',
    'state the roles in the PRD (a roles table or "roles: a, b") to replace the default':
      'indique los roles en el PRD (una tabla de roles o "roles: a, b") para reemplazar el valor por defecto',
    'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)':
      'no se indica estrategia de autenticación: se suponen tokens bearer JWT (regla derive/auth-default-jwt)',
    'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)':
      'indique la estrategia en la arquitectura (p. ej. "Authentication: JWT" o el proveedor de identidad)',
    'role "{*}" received no permission: it reaches only public and self-service endpoints':
      'el rol "{0}" no recibió ningún permiso: solo llega a endpoints públicos y de autoservicio',
    'session timeout {*} ({*}) is shorter than the refresh-token lifetime {*} ({*}): the session limit caps the refresh chain':
      'el tiempo de sesión {0} ({1}) es más corto que la vida del token de refresco {2} ({3}): el límite de sesión acota la cadena de renovación',
    'user-story actor "{*}" matches none of the roles {*}':
      'el actor de historia "{0}" no corresponde a ninguno de los roles {1}',
    'the route table lets "{*}" call {*}, but no role is called "{*}": the route is granted to no role':
      'la tabla de rutas permite a «{0}» llamar a {1}, pero ningún rol se llama «{2}»: la ruta no se concede a ningún rol',
    'write one of the roles ({*}) in the access cell, or state the role "{*}" in the documents':
      'escriba uno de los roles ({0}) en la celda de acceso, o indique el rol «{1}» en los documentos',
    'TypeScript does not parse: {*}; declarations that parsed were read':
      'el TypeScript no se puede analizar: {0}; se leyeron las declaraciones que sí se analizaron',
    '{*} needs {*}, but no entity or field of the data model holds them':
      '{0} necesita {1}, pero ninguna entidad ni campo del modelo de datos los guarda',
    '{*} need {*}, but no entity or field of the data model holds them':
      '{0} necesitan {1}, pero ninguna entidad ni campo del modelo de datos los guarda',
    'model the record, or state an assumption in the decisions file':
      'modele el registro, o indique un supuesto en el archivo de decisiones',
    'no entity or field of the data model holds these settings':
      'ninguna entidad ni campo del modelo de datos guarda estos ajustes',
    'PostgreSQL could not be started: {*}': 'no se pudo iniciar PostgreSQL: {0}',
    'embedded PostgreSQL: {*}': 'PostgreSQL embebido: {0}',
    'PostgreSQL at --postgres-url failed: {*}': 'falló PostgreSQL en --postgres-url: {0}',
    'check that the server runs, accepts this role and answers; or leave out --postgres-url to verify with embedded PGlite':
      'compruebe que el servidor está en marcha, acepta este rol y responde; o quite --postgres-url para verificar con PGlite embebido',
    'connect as a role without superuser that may CREATE in the database, or pass --allow-superuser':
      'conéctese con un rol sin superusuario que pueda hacer CREATE en la base de datos, o pase --allow-superuser',
    '{*} is not the text the renderer emits: not applied':
      '{0} no es el texto que emite el renderizador: no se aplica',
    'verification applies only the statements backend-spec renders from the model':
      'la verificación solo aplica las sentencias que backend-spec genera a partir del modelo',
    '{*} — in: {*}': '{0} — en: {1}',
    '{*} was edited by hand since it was generated: not overwritten, nothing was written':
      '{0} se editó a mano después de generarse: no se sobrescribe, no se escribió nada',
    'move your edits into the planning documents (or a decisions file), or re-run with --force to replace it':
      'lleve sus cambios a los documentos de planificación (o a un archivo de decisiones), o vuelva a ejecutar con --force para reemplazarlo',
    '--out {*} is a file, not a folder: nothing was written':
      '--out {0} es un archivo, no una carpeta: no se escribió nada',
    'pass a folder (it is created when missing), e.g. --out build/spec':
      'pase una carpeta (se crea si falta), p. ej. --out build/spec',
    'the output folder {*} resolves outside the project: nothing was written':
      'la carpeta de salida {0} queda fuera del proyecto: no se escribió nada',
    'write inside the project, or name the folder explicitly with --out DIR':
      'escriba dentro del proyecto, o nombre la carpeta explícitamente con --out DIR',
    "an earlier run was interrupted after its output was complete; it was put in place before this run's output":
      'una ejecución anterior se interrumpió con su salida ya completa; se colocó antes de la salida de esta ejecución',
    'an earlier run was interrupted while writing; its partial files were removed (its previous output had stayed intact)':
      'una ejecución anterior se interrumpió mientras escribía; se borraron sus archivos parciales (la salida previa había quedado intacta)',
    'invalid YAML: {*}': 'YAML no válido: {0}',
    'fix the YAML syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); values with `:` or `{` need quotes':
      'corrija la sintaxis YAML (YAML 1.2, https://yaml.org/spec/1.2.2/); los valores con `:` o `{` necesitan comillas',
    'the documentation folder "{*}" is outside the project ({*})':
      'la carpeta de documentación "{0}" está fuera del proyecto ({1})',
    'use a folder inside the project (e.g. `docs`), or pass --docs DIR and --out DIR on the command line to work elsewhere':
      'use una carpeta dentro del proyecto (p. ej. `docs`), o pase --docs DIR y --out DIR en la línea de órdenes para trabajar en otro sitio',
    'the config file must be a mapping of `key: value` pairs':
      'el archivo de configuración debe ser un mapa de pares `key: value`',
    'write one `key: value` per line, e.g. `documentation_dir: docs`':
      'escriba un `key: value` por línea, p. ej. `documentation_dir: docs`',
    '`{*}` must be a string, found {*}': '`{0}` debe ser un texto, se encontró {1}',
    'write it as text: {*}: "..."': 'escríbalo como texto: {0}: "..."',
    '{*} has no text besides front matter and comments; it is not read':
      '{0} no tiene texto aparte del front matter y los comentarios; no se lee',
    'write the document, or delete the empty file': 'escriba el documento, o borre el archivo vacío',
    'read as {*}': 'leído como {0}',
    '{*} is {*}; it is not read': '{0} es {1}; no se lee',
    'replace it with a regular file, or move it out of the documentation folder':
      'reemplácelo por un archivo normal, o sáquelo de la carpeta de documentación',
    'split the document (BMAD shards work), or move generated dumps out of the documentation folder':
      'divida el documento (los fragmentos de BMAD sirven), o saque los volcados generados de la carpeta de documentación',
    'save it as UTF-8 text, or move it out of the documentation folder':
      'guárdelo como texto UTF-8, o sáquelo de la carpeta de documentación',
    'check the file permissions': 'compruebe los permisos del archivo',
    'nothing to compile: {*} planning file was found, but none has text that can be read':
      'nada que compilar: se encontró {0} archivo de planificación, pero ninguno tiene texto legible',
    'nothing to compile: {*} planning files were found, but none has text that can be read':
      'nada que compilar: se encontraron {0} archivos de planificación, pero ninguno tiene texto legible',
    'write the PRD and the architecture document, or run `backend-spec init` for a starting point':
      'escriba el PRD y el documento de arquitectura, o ejecute `backend-spec init` como punto de partida',
    'reading the documents took longer than {*} s; nothing is generated from a partial read':
      'leer los documentos tardó más de {0} s; no se genera nada a partir de una lectura parcial',
    'check for slow or network file systems under the documentation folder, or pass --docs DIR':
      'busque sistemas de archivos lentos o de red bajo la carpeta de documentación, o pase --docs DIR',
    '{*} exists and was not written by backend-spec: left untouched, nothing was written':
      '{0} existe y no lo escribió backend-spec: se deja intacto, no se escribió nada',
    'move {*} away, or write the output elsewhere with --out DIR':
      'mueva {0} a otro sitio, o escriba la salida en otra carpeta con --out DIR',
    'another backend-spec run is writing {*}; nothing was written':
      'otra ejecución de backend-spec está escribiendo {0}; no se escribió nada',
    'wait for it to finish and run again (a lock left by a killed run, {*}/.backend-spec.lock, is taken over automatically)':
      'espere a que termine y vuelva a ejecutar (un bloqueo dejado por una ejecución interrumpida, {0}/.backend-spec.lock, se toma automáticamente)',
    'could not read {*}: {*} ({*}); the previous output is unchanged':
      'no se pudo leer {0}: {1} ({2}); la salida anterior no cambia',
    'could not write {*}: {*} ({*}); the previous output is unchanged':
      'no se pudo escribir {0}: {1} ({2}); la salida anterior no cambia',
    'could not read {*}: {*} ({*})': 'no se pudo leer {0}: {1} ({2})',
    'could not write {*}: {*} ({*})': 'no se pudo escribir {0}: {1} ({2})',
    'backend-spec failed: {*}': 'backend-spec falló: {0}',
    'this is a bug in backend-spec: please report it with the command and, if you can, the documents':
      'es un error de backend-spec: por favor, repórtelo con el comando y, si puede, los documentos',
    '{*} is not a directory': '{0} no es una carpeta',
    'pass the project folder that holds the planning documents':
      'pase la carpeta del proyecto que contiene los documentos de planificación',
    'run `backend-spec --help` for usage': 'ejecute `backend-spec --help` para ver el uso',
    '"{*}" is none of the stated values of {*} and cannot be read as one':
      '"{0}" no es ninguno de los valores indicados de {1} y no puede leerse como uno de ellos',
    'no open question, conflict or parameter "{*}" was found':
      'no se encontró ninguna pregunta abierta, conflicto o parámetro "{0}"',
    'this run asks no open questions; conflict subjects are listed in section 0 of backend-spec.md':
      'esta ejecución no plantea preguntas abiertas; los temas en conflicto se listan en la sección 0 de backend-spec.md',
    'open question ids: {*}; conflict subjects are listed in section 0 of backend-spec.md':
      'ids de preguntas abiertas: {0}; los temas en conflicto se listan en la sección 0 de backend-spec.md',
    '"{*}" is not an option of question {*}': '"{0}" no es una opción de la pregunta {1}',
    'this question offers no options: answer it with `assume: <value>` or `dismiss: true`':
      'esta pregunta no ofrece opciones: respóndala con `assume: <value>` o `dismiss: true`',
    'options: {*}; or answer with `assume: <value>`': 'opciones: {0}; o responda con `assume: <value>`',
    'the documents state there is no authentication: every operation is public':
      'los documentos indican que no hay autenticación: todas las operaciones son públicas',
    'the chosen database "{*}" has no schema dialect here: no schema file is written for it':
      'la base de datos elegida "{0}" no tiene aquí dialecto de esquema: no se escribe archivo de esquema para ella',
    'PostgreSQL, MySQL, SQLite and MongoDB schemas are supported':
      'se admiten esquemas de PostgreSQL, MySQL, SQLite y MongoDB',
    'table name {*} is used by two entities: {*} gets {*}':
      'el nombre de tabla {0} lo usan dos entidades: {1} recibe {2}',
    '{*}.{*} is an enum but no document lists its values: stored as text':
      '{0}.{1} es un enum pero ningún documento lista sus valores: se guarda como texto',
    '{*}.{*} lists values {*} but enum {*} has {*}: the field gets its own type':
      '{0}.{1} lista los valores {2} pero el enum {3} tiene {4}: el campo recibe su propio tipo',
    'index on {*} names a table no data model defines: left out':
      'el índice sobre {0} nombra una tabla que ningún modelo de datos define: queda fuera',
    'index on {*} ({*}) is stated as {*}, but {*}: it becomes a b-tree index':
      'el índice sobre {0} ({1}) consta como {2}, pero {3}: pasa a ser un índice b-tree',
    '{*}.{*} references "{*}", which no data model defines: kept as a plain column':
      '{0}.{1} referencia "{2}", que ningún modelo de datos define: se conserva como columna simple',
    '{*}.{*} references {*}.{*}, which is not a column with a single-column key':
      '{0}.{1} referencia {2}.{3}, que no es una columna con clave de una sola columna',
    'relationship {*} → {*} names an entity no data model defines: left out':
      'la relación {0} → {1} nombra una entidad que ningún modelo de datos define: queda fuera',
    'relationship {*} → {*} has no foreign key in the SQL of {*}: not added':
      'la relación {0} → {1} no tiene clave foránea en el SQL de {2}: no se añade',
    'add a column referencing {*} to {*}, or remove the relationship':
      'añada a {1} una columna que referencie {0}, o quite la relación',
    'bcrypt cost {*} is below 12 (OWASP Password Storage Cheat Sheet)':
      'el coste de bcrypt {0} es inferior a 12 (OWASP Password Storage Cheat Sheet)',
    '{*}.{*} references {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0}.{1} referencia {2} en {3} ({4}) pero {5} en {6} ({7}); prevalece {8}',
    'the {*} extractor failed on this document: {*}': 'el extractor {0} falló en este documento: {1}',
    'what it would have read is missing from the spec; please report this with the document':
      'lo que habría leído falta en la especificación; por favor, repórtelo con el documento',
    'index on {*}, which no data model defines': 'índice sobre {0}, que ningún modelo de datos define',
    '{*} ({*}, {*}) and {*} ({*}, {*}) share {*} fields: probably one entity under two names':
      '{0} ({1}, {2}) y {3} ({4}, {5}) comparten {6} campos: probablemente una entidad con dos nombres',
    'erDiagram cardinality not understood: "{*}"; skipped':
      'cardinalidad de erDiagram no entendida: "{0}"; se omitió',
    'erDiagram line not understood: "{*}"; skipped': 'línea de erDiagram no entendida: "{0}"; se omitió',
    'erDiagram entity {*} is not closed with "}"': 'la entidad de erDiagram {0} no se cierra con "}"',
    'SQL blocks were not read: the PostgreSQL parser was not loaded':
      'no se leyeron los bloques SQL: el analizador de PostgreSQL no se cargó',
    'call prepare() from src/extract/sql.ts before extract()':
      'llame a prepare() de src/extract/sql.ts antes de extract()',
    'ALTER TABLE {*}: no CREATE TABLE {*} in this document':
      'ALTER TABLE {0}: no hay CREATE TABLE {1} en este documento',
    'a field table has no heading or caption naming its entity; skipped':
      'una tabla de campos no tiene título ni leyenda que nombre su entidad; se omitió',
    'put the entity name in a heading or a `**Table: name**` line above the table':
      'ponga el nombre de la entidad en un título o en una línea `**Table: name**` encima de la tabla',
    '{*} is a code sample in a note, not an entity of the data model; not designed':
      '{0} es un ejemplo de código en una nota, no una entidad del modelo de datos; no se diseña',
    'define it in the data model document if it is stored':
      'defínalo en el documento del modelo de datos si se almacena',
    'TypeScript fence has a line of {*} characters, too long to be a declaration; skipped':
      'el bloque TypeScript tiene una línea de {0} caracteres, demasiado larga para ser una declaración; se omitió',
    'break the line, or mark the fence as another language if it is not TypeScript':
      'parta la línea, o marque el bloque con otro lenguaje si no es TypeScript',
    'TypeScript fence is nested too deeply to parse; skipped':
      'el bloque TypeScript está anidado demasiado profundo para analizarlo; se omitió',
    'split the declaration, or mark the fence as another language if it is not TypeScript':
      'divida la declaración, o marque el bloque con otro lenguaje si no es TypeScript',
    '{*} rejected: {*}': '{0} rechazado: {1}',
    'copy the words from the document and cite the line they are on':
      'copie las palabras del documento y cite la línea en la que están',
    'run `backend-spec schema facts` for the shape of the overlay':
      'ejecute `backend-spec schema facts` para ver la forma del overlay',
    'this copy states a newer date than {*} ({*}), but the config makes {*} the copy read; its changes are not in the spec':
      'esta copia indica una fecha más reciente que {0} ({1}), pero la configuración hace de {2} la copia leída; sus cambios no están en la especificación',
    'no single {*} document: {*} shard in folders named {*} are read as the {*}':
      'ningún documento {0} único: se lee {1} fragmento en carpetas llamadas {2} como {3}',
    'no single {*} document: {*} shards in folders named {*} are read as the {*}':
      'ningún documento {0} único: se leen {1} fragmentos en carpetas llamadas {2} como {3}',
    '{*} is drawn as {*} here, but the keys make it {*} ({*})':
      '{0} se dibuja aquí como {1}, pero las claves la hacen {2} ({3})',
    'correct the drawing or the summary, or change the keys if the drawing is right':
      'corrija el dibujo o el resumen, o cambie las claves si el dibujo es correcto',
    '{*} is listed as the {*} here, but {*} marks it {*}':
      '{0} figura aquí como {1}, pero {2} lo marca como {3}',
    'state {*} is not a value of {*} ({*})': 'el estado {0} no es un valor de {1} ({2})',
    'states {*} are not values of {*} ({*})': 'los estados {0} no son valores de {1} ({2})',
    '{*}: {*}; decided: {*} ({*})': '{0}: {1}; decidido: {2} ({3})',
    '{*} is still defined here, but {*} says: "{*}" — dropped as decided':
      '{0} sigue definido aquí, pero {1} dice: "{2}" — se descarta según lo decidido',
    '{*} is still defined here, but {*} says: "{*}" — kept until question {*} is answered':
      '{0} sigue definido aquí, pero {1} dice: "{2}" — se conserva hasta que se responda la pregunta {3}',
    '{*}.{*} here is {*}.{*} in {*}; the spec uses {*}':
      '{0}.{1} aquí es {2}.{3} en {4}; la especificación usa {5}',
    'use one name in every document': 'use un solo nombre en todos los documentos',
    'role {*} has no value in {*} ({*})': 'el rol {0} no tiene valor en {1} ({2})',
    'roles {*} have no value in {*} ({*})': 'los roles {0} no tienen valor en {1} ({2})',
    'add the role to the enum, or say which existing role the persona uses':
      'añada el rol al enum, o indique qué rol existente usa la persona',
    '{*} `{*}` is not copied into the schema: {*}': '{0} `{1}` no se copia en el esquema: {2}',
    '{*} is named as part of the design, but {*} marks it {*}':
      '{0} se nombra como parte del diseño, pero {1} lo marca como {2}',
    'table {*}: no planning document mentions it': 'tabla {0}: ningún documento de planificación la menciona',
    'cite the requirement it serves, or record it as an assumption':
      'cite el requisito al que sirve, o regístrelo como supuesto',
    'role {*}: no planning document mentions it': 'rol {0}: ningún documento de planificación lo menciona',
    'the permission matrix lists {*}, which the API section does not document':
      'la matriz de permisos lista {0}, que la sección de API no documenta',
    '{*} has no row in the permission matrix (line {*})':
      '{0} no tiene fila en la matriz de permisos (línea {1})',
    'the permission matrix has a column for role "{*}", which the spec never defines':
      'la matriz de permisos tiene una columna para el rol "{0}", que la especificación nunca define',
    'entity {*} has no CREATE TABLE in the SQL': 'la entidad {0} no tiene CREATE TABLE en el SQL',
    '{*} does not exist; the documents compile to it': '{0} no existe; los documentos se compilan en él',
    '{*} differs from what the documents compile to now (first difference at line {*})':
      '{0} difiere de lo que los documentos compilan ahora (primera diferencia en la línea {1})',
    'run `backend-spec generate` and commit the result':
      'ejecute `backend-spec generate` y confirme el resultado',
    'no "{*}" section: the workflow\'s 15 sections are all required':
      'no hay sección "{0}": las 15 secciones del flujo de trabajo son obligatorias',
    'a json block is not JSON: {*}': 'un bloque json no es JSON: {0}',
    '{*}: {*} at {*}': '{0}: {1} en {2}',
    'SQL does not parse: {*}': 'el SQL no se puede analizar: {0}',
    'permission denied': 'permiso denegado',
    'give your user access to it (chmod/chown), or choose another folder':
      'dé acceso a su usuario (chmod/chown), o elija otra carpeta',
    'operation not permitted': 'operación no permitida',
    'give your user access to it, or choose another folder': 'dé acceso a su usuario, o elija otra carpeta',
    'a symlink loop': 'un bucle de enlaces simbólicos',
    'remove or fix the symlink that points back at itself':
      'quite o corrija el enlace simbólico que apunta a sí mismo',
    'a file is in the way where a folder is needed': 'hay un archivo donde se necesita una carpeta',
    'move that file, or choose another folder': 'mueva ese archivo, o elija otra carpeta',
    'a folder is in the way where a file is needed': 'hay una carpeta donde se necesita un archivo',
    'move that folder, or choose another path': 'mueva esa carpeta, o elija otra ruta',
    'no space left on the device': 'no queda espacio en el dispositivo',
    'free some disk space and run again': 'libere espacio en disco y vuelva a ejecutar',
    'the disk quota is exceeded': 'se superó la cuota de disco',
    'free some space and run again': 'libere espacio y vuelva a ejecutar',
    'a read-only file system': 'un sistema de archivos de solo lectura',
    'write to a writable folder with --out DIR':
      'escriba en una carpeta con permiso de escritura con --out DIR',
    'the path is too long': 'la ruta es demasiado larga',
    'use a shorter path': 'use una ruta más corta',
    'too many open files': 'demasiados archivos abiertos',
    'raise the open-file limit (ulimit -n) and run again':
      'aumente el límite de archivos abiertos (ulimit -n) y vuelva a ejecutar',
    'an I/O error of the device': 'un error de E/S del dispositivo',
    'check the disk or mount, then run again': 'revise el disco o el montaje y vuelva a ejecutar',
    'the path is busy': 'la ruta está ocupada',
    'close whatever holds it, then run again': 'cierre lo que la retiene y vuelva a ejecutar',
    'a device or pipe without a reader': 'un dispositivo o tubería sin lector',
    'replace it with a regular file': 'sustitúyalo por un archivo normal',
    'it does not exist': 'no existe',
    'check the path': 'revise la ruta',
    'check the path and run again': 'revise la ruta y vuelva a ejecutar',
    'a path': 'una ruta',
    'not valid YAML: {*}': 'YAML no válido: {0}',
    'expected a list of decisions (or a `decisions:` list)':
      'se esperaba una lista de decisiones (o una lista `decisions:`)',
    'a decision is a mapping: `{ id, choose | assume | dismiss, reason }` or `{ assume, reason }`':
      'una decisión es un mapa: `{ id, choose | assume | dismiss, reason }` o `{ assume, reason }`',
    'unknown key {*}': 'clave desconocida {0}',
    'unknown keys {*}': 'claves desconocidas {0}',
    'a decision needs a non-empty `reason`': 'una decisión necesita un `reason` no vacío',
    'one answer per entry: `choose`, `assume` or `dismiss`, not several':
      'una respuesta por entrada: `choose`, `assume` o `dismiss`, no varias',
    '`dismiss` needs the `id` of the question it sets aside':
      '`dismiss` necesita el `id` de la pregunta que descarta',
    '`dismiss` takes `true`': '`dismiss` admite `true`',
    '`assume` must not be empty': '`assume` no debe estar vacío',
    'a choice needs both `id` (the conflict subject) and `choose` (the value to use)':
      'una elección necesita `id` (el tema en conflicto) y `choose` (el valor que se usa)',
    '{*} entities but no endpoints': '{0} entidades pero ningún endpoint',
    '{*} {*} has no success response': '{0} {1} no tiene respuesta de éxito',
    '{*} {*} does not declare path parameter {*}': '{0} {1} no declara el parámetro de ruta {2}',
    '{*} {*} has no request schema': '{0} {1} no tiene esquema de petición',
    '{*} has no endpoint': '{0} no tiene endpoint',
    'job {*} targets no table: {*}': 'la tarea {0} no apunta a ninguna tabla: {1}',
    'job {*} targets table {*}, which the data model lacks':
      'la tarea {0} apunta a la tabla {1}, que falta en el modelo de datos',
    'integration {*} has no name': 'la integración {0} no tiene nombre',
    'cache entry {*} is invalidated by {*}, which the data model lacks':
      'la entrada de caché {0} se invalida con {1}, que falta en el modelo de datos',
    '{*} has no primary key': '{0} no tiene clave primaria',
    '{*}.{*} has no type': '{0}.{1} no tiene tipo',
    '{*}.{*} is an enum without values': '{0}.{1} es un enum sin valores',
    'relationship {*} → {*} names an entity that is not in the model':
      'la relación {0} → {1} nombra una entidad que no está en el modelo',
    'many-to-many {*} ↔ {*} has no join table referencing both':
      'la relación muchos a muchos {0} ↔ {1} no tiene tabla de unión que referencie ambas',
    '{*} → {*}: {*}.{*} is not a foreign key': '{0} → {1}: {2}.{3} no es una clave foránea',
    '{*}.{*} (foreign key) is not the leading column of any index':
      '{0}.{1} (clave foránea) no es la primera columna de ningún índice',
    '{*} cannot be read by primary key': '{0} no se puede leer por clave primaria',
    '{*} has no usable retry policy': '{0} no tiene una política de reintentos utilizable',
    'job {*} lacks retries, a dead-letter destination or a timeout':
      'a la tarea {0} le faltan reintentos, un destino de mensajes fallidos o un tiempo límite',
    'cache entry {*} is not tied to entity writes':
      'la entrada de caché {0} no está ligada a escrituras de entidades',
    '{*}.{*} is sensitive but not redacted from logs':
      '{0}.{1} es sensible pero no se oculta en los registros',
    'alert on {*} cites no NFR': 'la alerta sobre {0} no cita ningún RNF',
    'the API has endpoints but no OWASP Top 10 item is addressed':
      'la API tiene endpoints pero no se aborda ningún punto del OWASP Top 10',
    'there is no permission matrix': 'no hay matriz de permisos',
    'endpoint {*} has {*} matrix rows (expected 1)':
      'el endpoint {0} tiene {1} filas en la matriz (se esperaba 1)',
    'endpoint {*} has no decision for role {*}': 'el endpoint {0} no tiene decisión para el rol {1}',
    'no authentication strategy': 'ninguna estrategia de autenticación',
    'ownership rule {*}.{*} does not name a primary key column':
      'la regla de propiedad {0}.{1} no nombra una columna de clave primaria',
    'ownership rule {*}.{*} does not name a foreign key column':
      'la regla de propiedad {0}.{1} no nombra una columna de clave foránea',
    '{*} {*} response exposes secret field {*}': 'la respuesta de {0} {1} expone el campo secreto {2}',
    '{*} {*}: the stated contract returns the secret field {*}; it is withheld from the response until the team confirms it may leave the server':
      '{0} {1}: el contrato establecido devuelve el campo secreto {2}; se retiene de la respuesta hasta que el equipo confirme que puede salir del servidor',
    'there is no error catalogue': 'no hay catálogo de errores',
    'example of {*} does not match the envelope: {*}': 'el ejemplo de {0} no se ajusta al sobre: {1}',
    'no error code for status {*}': 'ningún código de error para el estado {0}',
    'the same file as {*} (a symbolic link)': 'el mismo archivo que {0} (un enlace simbólico)',
    'empty: no text to read': 'vacío: no hay texto que leer',
    'a symbolic link to a file outside the project': 'un enlace simbólico a un archivo fuera del proyecto',
    'archived ({*}/) and not a PRD, architecture, UX or tech-stack document':
      'archivado ({0}/) y no es un documento PRD, de arquitectura, de UX ni de stack tecnológico',
    'not found': 'no encontrado',
    '{*}, not a regular file': '{0}, no un archivo normal',
    'a named pipe (FIFO)': 'una tubería con nombre (FIFO)',
    'a device': 'un dispositivo',
    'a socket': 'un socket',
    'a folder': 'una carpeta',
    'not a regular file': 'no es un archivo normal',
    'cannot be read ({*})': 'no se puede leer ({0})',
    'not text: {*}': 'no es texto: {0}',
    '{*}, over the {*} limit per document': '{0}, por encima del límite de {1} por documento',
    'not read: reading took longer than the {*} s budget':
      'no leído: la lectura superó el presupuesto de {0} s',
    'copy the document into the project (or link a whole shared docs folder); a link to a file elsewhere is never followed':
      'copie el documento en el proyecto (o enlace una carpeta de documentos compartida entera); un enlace a un archivo de otro lugar nunca se sigue',
    'shard of {*}, which holds its text; {*}': 'fragmento de {0}, que contiene su texto; {1}',
    '{*}; read as history only': '{0}; se lee solo como historial',
    '{*}; read where the newer does not change it': '{0}; se lee donde el más reciente no lo cambia',
    'the role of --postgres-url is a superuser; verification needs only CREATE on the database':
      'el rol de --postgres-url es superusuario; la verificación solo necesita CREATE en la base de datos',
    '{*} is the stated database, but the documents describe no stored record: sections 1 and 2 cannot be written':
      '{0} es la base de datos indicada, pero los documentos no describen ningún registro almacenado: las secciones 1 y 2 no pueden escribirse',
    'describe the entities (a table of fields, SQL, an ER diagram), or supply them under `entities` in the facts file':
      'describa las entidades (una tabla de campos, SQL, un diagrama ER) o apórtelas en `entities` del archivo de hechos',
    '{*}: {*} here, but {*} in the same document (line {*}); assuming {*} until question {*} is answered':
      '{0}: {1} aquí, pero {2} en el mismo documento (línea {3}); se asume {4} hasta que se responda la pregunta {5}',
    '{*}: {*} here, but {*} in the same document (line {*}); using {*} as decided':
      '{0}: {1} aquí, pero {2} en el mismo documento (línea {3}); se usa {4} según lo decidido',
    'correct one of the two lines, or answer the question in the decisions file':
      'corrija una de las dos líneas, o responda la pregunta en el archivo de decisiones',
    '{*} relies on {*}, which {*} leaves undecided ("{*}"); asked as question {*}':
      '{0} depende de {1}, que {2} deja sin decidir ("{3}"); se plantea como pregunta {4}',
    'decide it in the documents, or answer the question in the decisions file':
      'decídalo en los documentos, o responda la pregunta en el archivo de decisiones',
    '"{*}" in the {*} {*} body is not a column of {*} ({*}); the closest is {*}':
      '"{0}" en el cuerpo de {1} {2} no es una columna de {3} ({4}); la más cercana es {5}',
    '"{*}" in the {*} {*} body is not a column of {*} ({*})':
      '"{0}" en el cuerpo de {1} {2} no es una columna de {3} ({4})',
    'name the field as the data model does, or add the column':
      'nombre el campo como lo hace el modelo de datos, o añada la columna',
    'no documentation language is set: the spec is written in {*}, the language of the documents':
      'no se ha fijado el idioma de la documentación: la especificación se escribe en {0}, el idioma de los documentos',
    'no documentation language is set: the documents are written in {*}, which has no catalog; the spec is written in English':
      'no se ha definido un idioma de documentación: los documentos están escritos en {0}, que no tiene catálogo; la especificación se escribe en inglés',
    'set documentation_language in the config (or pass --lang) to choose another':
      'fije documentation_language en la configuración (o pase --lang) para elegir otro',
    'story {*} lets {*} call {*}, which the stated permission matrix does not grant {*}':
      'el relato {0} permite a {1} llamar a {2}, que la matriz de permisos indicada no concede a {3}',
    'story {*} asks {*} to call {*}, whose route table names other callers: the stated callers are kept':
      'la historia {0} pide que {1} llame a {2}, cuya tabla de rutas nombra a otros llamantes: se mantienen los llamantes indicados',
    'add the role to the route table, or correct the story':
      'añada el rol a la tabla de rutas o corrija la historia',
    'correct the matrix or the story, or record the choice in the decisions file':
      'corrija la matriz o el relato, o registre la elección en el archivo de decisiones',
    '{*} is not one of the planning documents read ({*})':
      '{0} no es uno de los documentos de planificación leídos ({1})',
    'the quote "{*}" is too short to check (at least {*} characters)':
      'la cita "{0}" es demasiado corta para comprobarla (al menos {1} caracteres)',
    '{*} has {*} lines, the fact cites line {*}': '{0} tiene {1} líneas, el hecho cita la línea {2}',
    'the quote does not occur in {*}': 'la cita no aparece en {0}',
    'the quote occurs in {*} at line {*}, not within {*} lines of line {*}':
      'la cita aparece en {0} en la línea {1}, no a menos de {2} líneas de la línea {3}',
    'quote found in {*} near line {*}': 'cita encontrada en {0} cerca de la línea {1}',
    'stated at {*}': 'indicado en {0}',
    'given twice in the overlay': 'dado dos veces en el archivo de hechos',
    'defined at {*}; its fields below fill gaps only':
      'definida en {0}; sus campos siguientes solo completan lo que falta',
    'no entity {*} is defined': 'no hay ninguna entidad {0} definida',
    'no role {*} is defined': 'no hay ningún rol {0} definido',
    '{*} states {*} as {*}, not {*}': '{0} indica {1} como {2}, no {3}',
    '{*} states its values as {*}': '{0} indica sus valores como {1}',
    '{*} rejects {*}': '{0} rechaza {1}',
    '{*} marks {*} as {*}': '{0} marca {1} como {2}',
    '{*} chooses {*} for {*}': '{0} elige {1} para {2}',
    '{*} states {*} {*} {*}': '{0} indica {1} {2} {3}',
    'field {*}': 'campo {0}',
    'entity {*}': 'entidad {0}',
    'relationship {*}': 'relación {0}',
    'enum {*}': 'enumeración {0}',
    'role {*}': 'rol {0}',
    'permission {*}': 'permiso {0}',
    'job {*}': 'tarea {0}',
    'integration {*}': 'integración {0}',
    'rule {*}': 'regla {0}',
    'stack {*}': 'tecnología {0}',
  },
};
