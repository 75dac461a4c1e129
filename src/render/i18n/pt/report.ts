import type { Messages } from '../en/index.js';
import { lifetime } from '../en/report.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Portuguese wording of Apêndice B, the verification results and the completion report. */
export const report: Messages['report'] = {
  checklistIntro:
    'Cada item da lista de verificação do fluxo de trabalho, decidido pelas regras de verificação sobre o modelo (e não marcado à mão). "Evidência" é o que foi contado; "Problemas" lista o que falhou.',
  items: {
    'data-models': 'Todos os modelos de dados definidos com relacionamentos e restrições',
    indexes: 'O esquema do banco de dados inclui índices para desempenho',
    endpoints: 'Todos os endpoints da API documentados com schemas de requisição e resposta',
    auth: 'Autenticação e autorização claramente especificadas',
    errors: 'O tratamento de erros cobre todos os casos de erro',
    integrations: 'As integrações externas incluem novas tentativas e tratamento de erros',
    jobs: 'As tarefas em segundo plano têm políticas de novas tentativas',
    caching: 'Estratégia de cache definida para desempenho',
    logging: 'Os logs excluem dados sensíveis',
    security: 'As boas práticas de segurança são seguidas',
  },
  verdicts: {
    pass: 'atende',
    fail: 'não atende',
    'not-applicable': 'não se aplica',
    'not-checked': 'não verificado',
  },
  table: { item: 'Item', verdict: 'Veredito', evidence: 'Evidência', problems: 'Problemas' },
  verificationHeading: 'Verificação com ferramentas reais',
  verificationTable: { tool: 'Ferramenta', artifact: 'Artefato', result: 'Resultado', summary: 'Resumo' },
  verificationOk: 'aprovado',
  verificationFailed: 'reprovado',
  notVerified:
    'Os artefatos não foram verificados nesta execução (verificação ignorada); execute `backend-spec generate` sem `--no-verify` para aplicar o schema.sql ao PostgreSQL e validar o openapi.yaml e os JSON Schemas.',
  moreProblems: (count) => `… e mais ${count}`,
  completion: {
    title: 'Especificação do backend concluída',
    overview: 'Visão geral:',
    dataModels: (count) => `Modelos de dados: ${n(count, 'entidade definida', 'entidades definidas')}`,
    endpoints: (count) => `Endpoints da API: ${n(count, 'endpoint documentado', 'endpoints documentados')}`,
    services: (count) =>
      `Serviços: ${n(count, 'camada de serviço especificada', 'camadas de serviço especificadas')}`,
    integrations: (count) =>
      `Integrações externas: ${n(count, 'serviço configurado', 'serviços configurados')}`,
    jobs: (count) => `Tarefas em segundo plano: ${n(count, 'tarefa especificada', 'tarefas especificadas')}`,
    requirements: (traced, total) =>
      `Requisitos: ${traced} de ${total} rastreados até itens da especificação`,
    provenance: (stated, derived, decisions) =>
      `Procedência: ${stated} itens citam uma linha de documento, ${derived} seguem uma regra nomeada ou um padrão${decisions > 0 ? `, ${decisions} uma decisão do usuário` : ''}`,
    provenanceAssistant: (n: number) =>
      `, ${n} ${n === 1 ? 'fato' : 'fatos'} de um assistente com citação verificada`,
    coverageHeading: 'Cobertura de leitura (blocos e frases que deram pelo menos um fato):',
    coverageSentences: 'frases',
    coverageDataModel: 'modelo de dados',
    coverageUnread: (n: number) =>
      `${n} ${n === 1 ? 'bloco não lido' : 'blocos não lidos'} em spec.json (coverage.unread), primeiro os que mais provavelmente contêm fatos do modelo`,
    decisions: 'Decisões técnicas:',
    noDecisions: 'nenhuma derivada',
    security: 'Segurança:',
    authentication: 'Autenticação',
    passwordHashing: 'Hash de senhas',
    authorization: 'Autorização',
    validation: (rules, sensitive) =>
      `Validação de entrada: ${n(rules, 'regra', 'regras')}; ${n(sensitive, 'campo sensível mantido', 'campos sensíveis mantidos')} fora das respostas e dos logs`,
    rateLimiting: 'Limite de taxa',
    perEndpointClass: (classes) => `por classe de endpoint: ${classes}`,
    statedLimits: (list) => `declarados: ${list}`,
    rateClasses: {
      auth: 'autenticação',
      read: 'leitura',
      write: 'escrita',
      expensive: 'custosa',
      webhook: 'webhook',
      public: 'pública',
    },
    tokenLifetime: (kind, seconds, proposed) =>
      `${kind === 'access' ? 'acesso' : 'atualização'} ${lifetime(seconds, [' dia', ' dias'], ' h', ' min', ' s')}${proposed ? ' (proposto)' : ''}`,
    performance: 'Desempenho:',
    indexes: (count, fk) =>
      `${n(count, 'índice de banco de dados definido', 'índices de banco de dados definidos')} (${fk} em chaves estrangeiras)`,
    caching: (entries, store) =>
      entries > 0
        ? `Cache: ${n(entries, 'entrada', 'entradas')}${store ? ` em ${store}` : ''}`
        : 'Cache: nenhum especificado',
    pagination: (def, max, endpoints) =>
      `Paginação padrão: ${def} itens, máximo ${max} (${n(endpoints, 'endpoint de lista', 'endpoints de lista')})`,
    noPagination: 'Paginação: nenhum endpoint de lista',
    checklist: (pass, fail, na, unchecked) =>
      `Lista de verificação: ${pass} atendem, ${fail} não atendem, ${na} não se aplicam, ${unchecked} não verificados`,
    missingSections: (list) => `Seções ausentes: ${list}`,
    output: (path, lines, size) => `Saída: ${path} (${lines} linhas, ${size})`,
    size: (bytes) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`),
    artifacts: (list) => `Artefatos: ${list}`,
    noArtifacts: 'nenhum',
    files: (count) => n(count, 'arquivo', 'arquivos'),
    verified: 'verificado',
    failed: 'FALHOU',
    notVerified: 'não verificado (--no-verify)',
    diagnostics: (errors, warnings, notes) =>
      `Diagnósticos: ${n(errors, 'erro', 'erros')}, ${n(warnings, 'aviso', 'avisos')}, ${n(notes, 'nota', 'notas')}`,
    nextSteps: 'Próximos passos:',
    notProduced: (orm: string, ...instead: string[]) =>
      `Não gerado: nenhum esquema do ${orm} (suportados: Prisma, Drizzle)${instead.length > 0 ? `; use ${instead.join(' e ')}` : ''}.`,
    applyMigration: (file: string) => `Revisar e aplicar a migração inicial ${file}`,
    noDataStore: 'Projetar o armazenamento de dados que os documentos deixam em aberto',
    steps: [
      'Revisar a especificação com a equipe, começando pela seção 0 (Conciliação das fontes)',
      'Criar as migrações do banco de dados a partir do schema.sql',
      'Gerar clientes/SDKs da API a partir do openapi.yaml',
      'Usar como referência ao dividir épicos e histórias',
      'Implementar seguindo os padrões de .bmad/standards/backend/',
    ],
  },
  terminal: {
    sources: 'Fontes:',
    noneFound: '(nenhuma encontrada)',
    duplicateOf: (of: string, reason: string) => `duplicata de ${of}: ${reason}`,
    supersededBy: (of: string, reason: string) => `substituído por ${of}: ${reason}`,
    ignored: (reason: string) => `ignorado: ${reason}`,
    configError: 'O arquivo de configuração tem um erro: nada foi lido por meio dele e nada foi escrito.',
    missingPrerequisites: 'Faltam pré-requisitos: nada foi gerado. Procurado em:',
    runInit: (command: string) =>
      `Execute \`${command}\` para criar os documentos de planejamento, ou passe --docs DIR.`,
    dryRun: '(execução de teste: nada foi escrito)',
    created: (file: string) => `criado   ${file}`,
    skipped: (file: string) => `ignorado ${file} (já existe, não foi alterado)`,
    next: (command: string) =>
      `Próximo passo: substitua o conteúdo de exemplo pelos fatos do seu projeto e execute \`${command}\`.`,
    checkMissingPrerequisites:
      'backend-spec: faltam pré-requisitos (sem PRD ou sem arquitetura): nada a comparar',
    upToDate: (files: number) => `atualizado: ${files} arquivos correspondem ao que os documentos compilam`,
    outOfDate: (differ: number, files: number) =>
      `desatualizado: ${differ} de ${files} arquivos diferem (nada foi gravado)`,
    specNotFound: (file: string) =>
      `backend-spec: ${file} não encontrado (indique o arquivo da especificação a verificar)`,
    checked: (file: string, project: string | null) =>
      `Verificado ${file}${project ? ` em relação aos documentos de ${project}` : ''}:`,
    checkSections: (found: number, missing: string) =>
      `- seções: ${found} de 15 encontradas${missing ? ` (faltam: ${missing})` : ''}`,
    checkSql: (statements: number, blocks: number, engine: string | null, applied: number, failed: number) =>
      `- SQL: ${statements} instruções em ${blocks} blocos${engine ? `, ${applied} aplicadas em ${engine} na ordem de dependências, ${failed} com falha` : ', não aplicadas'}`,
    checkBlocks: (documents: number, errors: number, json: number, invalid: number) =>
      `- documentos OpenAPI: ${documents} (${errors} erros); blocos JSON: ${json} (${invalid} inválidos)`,
    checkTotals: (errors: number, warnings: number) => `- ${errors} erros, ${warnings} avisos`,
  },
};
