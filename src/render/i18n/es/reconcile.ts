import type { Messages } from '../en/index.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Spanish wording of "0. Conciliación de fuentes" and "Apéndice A". */
export const reconcile: Messages['reconcile'] = {
  intro: (documents) =>
    `Dónde discrepan o dejan huecos los ${documents} documentos de planificación, y cómo resuelve esta especificación cada punto. Cada valor cita la línea de la que se leyó; el resto de la especificación usa solo los valores resueltos.`,
  precedenceHeading: 'Precedencia',
  precedence:
    'Cuando los documentos discrepan, el PRD decide las reglas de producto y las cifras de requisitos no funcionales (reglas de sesión, retención, latencia, límites); la arquitectura decide los parámetros técnicos (vida de los tokens, coste del hash, TTL de caché, intervalos de sondeo); el documento del modelo de datos decide el esquema (enumerados, nombres de campos y entidades); en tecnología, los registros de decisión y las tablas de alternativas del documento de stack técnico y, después, la arquitectura. Una entrada en el archivo de decisiones `backend-spec.decisions.yaml` (junto a este archivo) prevalece sobre todo ello en la siguiente ejecución.',
  decisionsFileHint:
    'Para cambiar una resolución, añada a `backend-spec.decisions.yaml`: `- { id: <asunto>, choose: <valor>, reason: <motivo> }`; para dejar constancia de un supuesto: `- { assume: <enunciado>, reason: <motivo> }`.',
  summaryHeading: 'Qué se comparó',
  summary: (s) =>
    `${n(s.documents, 'documento', 'documentos')}, ${n(s.requirements, 'id de requisito', 'ids de requisito')}, ${n(s.parameters, 'parámetro indicado', 'parámetros indicados')} (vidas útiles, límites, objetivos), ${n(s.statusLists, 'lista de estados', 'listas de estados')} frente a ${n(s.modelEnums, 'enumerado del modelo', 'enumerados del modelo')}, ${n(s.decisionRecords, 'registro de decisión', 'registros de decisión')} y ${n(s.scopeStatements, 'declaración de alcance', 'declaraciones de alcance')}.`,
  conflictsHeading: 'Conflictos',
  conflictTable: {
    subject: 'Asunto',
    kind: 'Tipo',
    values: 'Valores indicados',
    resolution: 'Resolución',
    rule: 'Decidido por',
  },
  noConflicts: (documents) => `No se encontraron conflictos entre los ${documents} documentos.`,
  kinds: {
    'reconcile/value-conflict': 'valores distintos',
    'reconcile/session-lifetime': 'vida de la sesión frente a la del token',
    'reconcile/enum-mismatch': 'lista de estados frente a enumerado',
    'reconcile/naming-mismatch': 'dos nombres',
    'reconcile/superseded-document': 'cambiado por una versión más reciente',
    'reconcile/cardinality-mismatch': 'cardinalidad frente a claves',
    'reconcile/role-mismatch': 'rol frente al enum de roles',
    'reconcile/rejected-option-chosen': 'opción descartada elegida',
    'reconcile/requirement-redefined': 'requisito redefinido',
    'reconcile/legacy-model': 'modelo heredado aún definido',
    'reconcile/requirement-undecided': 'requisito sobre una opción sin decidir',
    'reconcile/payload-field-mismatch': 'campo de la API frente a columna',
  },
  resolutions: {
    'reconcile/value-conflict': (p) => `Se usa ${p.value}; los demás valores no se usan.`,
    'reconcile/session-lifetime': (p) =>
      `Se conservan ambos: ${p.idle} como tiempo de inactividad y ${p.absolute} como vida absoluta de la sesión (OWASP ASVS 3.3). Confírmelo con el responsable de producto.`,
    'reconcile/enum-mismatch': (p) =>
      `Se mantiene ${p.enum}; asigne los estados indicados ${p.missing} a sus valores o añádalos al modelo de datos.`,
    'reconcile/naming-mismatch': (p) => `Se usa ${p.name}.`,
    'reconcile/superseded-document': (p) =>
      `Se usa la versión más reciente (${p.newer}); la afirmación anterior de ${p.older} no se usa.`,
    'reconcile/cardinality-mismatch': (p) =>
      `Se usa ${p.keyed} como lo definen las claves (${p.via}); corregir el diagrama ${p.stated} o cambiar las claves.`,
    'reconcile/role-mismatch': (p) =>
      `Se mantiene ${p.enum}; añadirle ${p.missing}, o indicar qué rol existente usa cada uno.`,
    'reconcile/rejected-option-chosen': (p) =>
      p.status === 'chosen' ? `${p.value} sigue elegido.` : `${p.value} no se usa (${p.status}).`,
    'reconcile/requirement-redefined': (p) => `${p.id} según se define en ${p.at}.`,
    'reconcile/legacy-model': (p) =>
      p.status === 'dropped'
        ? `${p.entity} queda fuera del esquema.`
        : `${p.entity} se mantiene como lo define el modelo de datos hasta que se responda la pregunta ${p.question} (eliminar o mantener).`,
    'reconcile/requirement-undecided': (p) =>
      `${p.id} se diseña con lo que indican los documentos; la elección de ${p.option} sigue abierta (pregunta ${p.question}).`,
    'reconcile/payload-field-mismatch': (p) =>
      p.column
        ? `Se mantiene la columna ${p.column} de ${p.entity}; no se usa "${p.field}" del ejemplo.`
        : `Se mantienen las columnas de ${p.entity}; "${p.field}" no es una de ellas: renómbrelo en el ejemplo o añada la columna.`,
  },
  decided: (choice, reason) => `Se usa ${choice} (archivo de decisiones: ${reason}).`,
  rules: {
    'reconcile/precedence/prd-for-product-rules': 'el PRD para las reglas de producto',
    'reconcile/precedence/architecture-for-technical-parameters':
      'la arquitectura para los parámetros técnicos',
    'reconcile/precedence/data-model-for-schema': 'el modelo de datos para el esquema',
    'reconcile/precedence/decision-record-for-technology': 'los registros de decisión para la tecnología',
    'reconcile/newer-document-governs': 'el documento más reciente prevalece',
    'reconcile/session-idle-and-absolute-timeout': 'tiempo de inactividad y vida absoluta de la sesión',
    'reconcile/legacy-model-kept-until-decided':
      'modelo de datos para el esquema; la nota de obsolescencia se pregunta',
    'reconcile/undecided-option-asked': 'una opción sin decidir se pregunta, no se elige',
    'reconcile/same-document-first-assumed':
      'un documento indica dos valores; se asume el primero y se pregunta',
  },
  decisionOrigin: 'archivo de decisiones',
  gapsHeading: 'Huecos',
  gapTable: { subject: 'Falta', detail: 'Lo necesita', sources: 'Fuentes' },
  gapEntity: 'se nombra en los documentos; ningún modelo de datos lo define',
  gapNoModel: (db: string) =>
    `la base de datos indicada ${db} no guarda ningún registro descrito en los documentos: las entidades, sus campos y claves son una pregunta abierta`,
  gapRecord: (ids) => `${ids}: ninguna entidad ni campo del modelo de datos lo recoge`,
  noGaps: 'No se encontraron huecos de modelado.',
  assumptionsHeading: 'Supuestos',
  assumptionTable: { subject: 'Supuesto', detail: 'Motivo', origin: 'Origen' },
  noAssumptions: 'No se han hecho supuestos más allá de los documentos.',
  questionsHeading: 'Preguntas abiertas',
  questionsIntro:
    'Lo que los documentos indican pero el compilador no pudo resolver: no se diseñó nada para ello; respóndalo en los documentos o en el archivo de decisiones.',
  questionTable: { question: 'Pregunta', source: 'Origen' },
  optionsHeading: 'Opciones sustituidas, descartadas y fuera de alcance',
  optionsIntro:
    'Opciones que los documentos descartaron o aplazaron. Ninguna de ellas se diseña en esta especificación.',
  optionTable: { subject: 'Opción', status: 'Estado', detail: 'Motivo / nota', source: 'Origen' },
  statuses: {
    rejected: 'descartada',
    superseded: 'sustituida',
    deprecated: 'obsoleta',
    'out-of-scope': 'fuera de alcance',
    deferred: 'aplazada',
    future: 'futura',
  },
  supersededBy: (id) => `sustituida por ${id}`,
  questionAnswer: (kind, value, reason) =>
    kind === 'dismiss'
      ? `Descartada (archivo de decisiones: ${reason}).`
      : kind === 'choose'
        ? `Respondida: ${value} (archivo de decisiones: ${reason}).`
        : `Supuesto: ${value} (archivo de decisiones: ${reason}).`,
  questionAssumes: (value) => `Mientras no se responda, la especificación supone: ${value}.`,
  questionsHint:
    'Para responder una pregunta, añada a `backend-spec.decisions.yaml`: `- { id: <id de la pregunta>, choose: <opción>, reason: <motivo> }`, `- { id: <id de la pregunta>, assume: <valor>, reason: <motivo> }` o `- { id: <id de la pregunta>, dismiss: true, reason: <motivo> }`.',
  questionId: 'Id',
  traceability: {
    intro:
      'Cada id de requisito de los documentos, con los elementos de la especificación que lo satisfacen: endpoints y tareas que lo declaran, entidades que nombra su texto, reglas y alertas leídas de sus líneas.',
    coverage: (traced, total) =>
      `Cobertura: ${traced} de ${total} requisitos están trazados a al menos un elemento de la especificación.`,
    table: { id: 'Requisito', kind: 'Tipo', text: 'Enunciado', items: 'Satisfecho por', source: 'Origen' },
    kinds: {
      functional: 'funcional',
      'non-functional': 'no funcional',
      'user-story': 'historia de usuario',
      epic: 'épica',
      other: 'otro',
    },
    untracedHeading: 'Aún sin trazar',
    untraced: (ids) => `Nada en esta especificación satisface: ${ids}.`,
    none: 'Los documentos no indican ids de requisito (FR-x, NFR-x, US-x, RF-x, ...), así que no hay nada que trazar.',
  },
};
