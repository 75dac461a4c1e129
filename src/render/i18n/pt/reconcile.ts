import type { Messages } from '../en/index.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Portuguese wording of "0. Conciliação das fontes" and "Apêndice A". */
export const reconcile: Messages['reconcile'] = {
  intro: (documents) =>
    `Onde os ${documents} documentos de planejamento divergem ou deixam lacunas, e como esta especificação resolve cada ponto. Cada valor cita a linha de onde foi lido; o restante da especificação usa apenas os valores resolvidos.`,
  precedenceHeading: 'Precedência',
  precedence:
    'Quando os documentos divergem, o PRD decide as regras de produto e os números dos requisitos não funcionais (regras de sessão, retenção, latência, limites); a arquitetura decide os parâmetros técnicos (validade dos tokens, custo do hash, TTLs de cache, intervalos de consulta); o documento do modelo de dados decide o esquema (enums, nomes de campos e entidades); para tecnologia, os registros de decisão e as tabelas de alternativas do documento de stack técnica e, depois, a arquitetura. Uma entrada no arquivo de decisões `backend-spec.decisions.yaml` (ao lado deste arquivo) prevalece sobre tudo isso na próxima execução.',
  decisionsFileHint:
    'Para mudar uma resolução, acrescente a `backend-spec.decisions.yaml`: `- { id: <assunto>, choose: <valor>, reason: <motivo> }`; para registrar uma premissa: `- { assume: <enunciado>, reason: <motivo> }`.',
  summaryHeading: 'O que foi comparado',
  summary: (s) =>
    `${n(s.documents, 'documento', 'documentos')}, ${n(s.requirements, 'id de requisito', 'ids de requisito')}, ${n(s.parameters, 'parâmetro declarado', 'parâmetros declarados')} (validades, limites, metas), ${n(s.statusLists, 'lista de status', 'listas de status')} contra ${n(s.modelEnums, 'enum do modelo', 'enums do modelo')}, ${n(s.decisionRecords, 'registro de decisão', 'registros de decisão')} e ${n(s.scopeStatements, 'declaração de escopo', 'declarações de escopo')}.`,
  conflictsHeading: 'Conflitos',
  conflictTable: {
    subject: 'Assunto',
    kind: 'Tipo',
    values: 'Valores declarados',
    resolution: 'Resolução',
    rule: 'Decidido por',
  },
  noConflicts: (documents) => `Nenhum conflito foi encontrado entre os ${documents} documentos.`,
  kinds: {
    'reconcile/value-conflict': 'valores diferentes',
    'reconcile/session-lifetime': 'validade da sessão versus do token',
    'reconcile/enum-mismatch': 'lista de status versus enum',
    'reconcile/naming-mismatch': 'dois nomes',
    'reconcile/superseded-document': 'alterado por uma versão mais recente',
    'reconcile/cardinality-mismatch': 'cardinalidade versus chaves',
    'reconcile/role-mismatch': 'papel versus enum de papéis',
    'reconcile/rejected-option-chosen': 'opção descartada escolhida',
    'reconcile/requirement-redefined': 'requisito redefinido',
    'reconcile/legacy-model': 'modelo legado ainda definido',
    'reconcile/requirement-undecided': 'requisito sobre uma opção não decidida',
    'reconcile/payload-field-mismatch': 'campo da API vs coluna',
  },
  resolutions: {
    'reconcile/value-conflict': (p) => `Usar ${p.value}; os outros valores não são usados.`,
    'reconcile/session-lifetime': (p) =>
      `Ambos mantidos: ${p.idle} como tempo de inatividade e ${p.absolute} como validade absoluta da sessão (OWASP ASVS 3.3). Confirme com o responsável pelo produto.`,
    'reconcile/enum-mismatch': (p) =>
      `Manter ${p.enum}; mapear os status declarados ${p.missing} para seus valores ou acrescentá-los ao modelo de dados.`,
    'reconcile/naming-mismatch': (p) => `Usar ${p.name}.`,
    'reconcile/superseded-document': (p) =>
      `Usar a versão mais recente (${p.newer}); a afirmação anterior em ${p.older} não é usada.`,
    'reconcile/cardinality-mismatch': (p) =>
      `Usar ${p.keyed} como as chaves o definem (${p.via}); corrigir o diagrama ${p.stated} ou mudar as chaves.`,
    'reconcile/role-mismatch': (p) =>
      `Manter ${p.enum}; adicionar ${p.missing} a ele, ou dizer qual papel existente cada um usa.`,
    'reconcile/rejected-option-chosen': (p) =>
      p.status === 'chosen' ? `${p.value} continua escolhido.` : `${p.value} não é usado (${p.status}).`,
    'reconcile/requirement-redefined': (p) => `${p.id} conforme definido em ${p.at}.`,
    'reconcile/legacy-model': (p) =>
      p.status === 'dropped'
        ? `${p.entity} fica fora do esquema.`
        : `${p.entity} é mantido como o modelo de dados o define até que a pergunta ${p.question} seja respondida (remover ou manter).`,
    'reconcile/requirement-undecided': (p) =>
      `${p.id} é desenhado com o que os documentos afirmam; a escolha de ${p.option} continua em aberto (pergunta ${p.question}).`,
    'reconcile/payload-field-mismatch': (p) =>
      p.column
        ? `Mantém-se a coluna ${p.column} de ${p.entity}; "${p.field}" do exemplo não é usado.`
        : `Mantêm-se as colunas de ${p.entity}; "${p.field}" não é uma delas: renomeie-o no exemplo ou adicione a coluna.`,
  },
  decided: (choice, reason) => `Usar ${choice} (arquivo de decisões: ${reason}).`,
  rules: {
    'reconcile/precedence/prd-for-product-rules': 'o PRD para as regras de produto',
    'reconcile/precedence/architecture-for-technical-parameters': 'a arquitetura para os parâmetros técnicos',
    'reconcile/precedence/data-model-for-schema': 'o modelo de dados para o esquema',
    'reconcile/precedence/decision-record-for-technology': 'os registros de decisão para a tecnologia',
    'reconcile/newer-document-governs': 'o documento mais recente prevalece',
    'reconcile/session-idle-and-absolute-timeout': 'tempo de inatividade e validade absoluta da sessão',
    'reconcile/legacy-model-kept-until-decided':
      'modelo de dados para o esquema; a nota de legado vira pergunta',
    'reconcile/undecided-option-asked': 'uma opção não decidida é perguntada, não escolhida',
    'reconcile/same-document-first-assumed':
      'um documento indica dois valores; assume-se o primeiro e pergunta-se',
  },
  decisionOrigin: 'arquivo de decisões',
  gapsHeading: 'Lacunas',
  gapTable: { subject: 'Ausente', detail: 'Necessário para', sources: 'Fontes' },
  gapEntity: 'citado nos documentos; nenhum modelo de dados o define',
  gapNoModel: (db: string) =>
    `o banco de dados indicado ${db} não guarda nenhum registro descrito nos documentos: as entidades, seus campos e chaves são uma questão em aberto`,
  gapRecord: (ids) => `${ids}: nenhuma entidade ou campo do modelo de dados o armazena`,
  noGaps: 'Nenhuma lacuna de modelagem foi encontrada.',
  assumptionsHeading: 'Premissas',
  assumptionTable: { subject: 'Premissa', detail: 'Motivo', origin: 'Origem' },
  noAssumptions: 'Nenhuma premissa foi feita além dos documentos.',
  questionsHeading: 'Questões em aberto',
  questionsIntro:
    'O que os documentos indicam mas o compilador não conseguiu resolver: nada foi projetado para isso; responda nos documentos ou no arquivo de decisões.',
  questionTable: { question: 'Questão', source: 'Origem' },
  optionsHeading: 'Opções substituídas, descartadas e fora do escopo',
  optionsIntro:
    'Opções que os documentos excluíram ou adiaram. Nenhuma delas é projetada nesta especificação.',
  optionTable: { subject: 'Opção', status: 'Status', detail: 'Motivo / observação', source: 'Origem' },
  statuses: {
    rejected: 'descartada',
    superseded: 'substituída',
    deprecated: 'obsoleta',
    'out-of-scope': 'fora do escopo',
    deferred: 'adiada',
    future: 'futura',
  },
  supersededBy: (id) => `substituída por ${id}`,
  questionAnswer: (kind, value, reason) =>
    kind === 'dismiss'
      ? `Descartada (arquivo de decisões: ${reason}).`
      : kind === 'choose'
        ? `Respondida: ${value} (arquivo de decisões: ${reason}).`
        : `Suposição: ${value} (arquivo de decisões: ${reason}).`,
  questionAssumes: (value) => `Até haver resposta, a especificação supõe: ${value}.`,
  questionsHint:
    'Para responder a uma pergunta, acrescente a `backend-spec.decisions.yaml`: `- { id: <id da pergunta>, choose: <opção>, reason: <motivo> }`, `- { id: <id da pergunta>, assume: <valor>, reason: <motivo> }` ou `- { id: <id da pergunta>, dismiss: true, reason: <motivo> }`.',
  questionId: 'Id',
  traceability: {
    intro:
      'Cada id de requisito dos documentos, com os itens da especificação que o atendem: endpoints e tarefas que o declaram, entidades citadas no seu texto, regras e alertas lidos das suas linhas.',
    coverage: (traced, total) =>
      `Cobertura: ${traced} de ${total} requisitos estão rastreados até pelo menos um item da especificação.`,
    table: { id: 'Requisito', kind: 'Tipo', text: 'Enunciado', items: 'Atendido por', source: 'Origem' },
    kinds: {
      functional: 'funcional',
      'non-functional': 'não funcional',
      'user-story': 'história de usuário',
      epic: 'épico',
      other: 'outro',
    },
    untracedHeading: 'Ainda não rastreados',
    untraced: (ids) => `Nada nesta especificação atende: ${ids}.`,
    none: 'Os documentos não declaram ids de requisito (FR-x, NFR-x, US-x, RF-x, ...), então não há nada a rastrear.',
  },
};
