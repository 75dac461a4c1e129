import type { Messages } from '../en/index.js';

/** Portuguese wording of the operations sections (8 to 15) and the key technical decisions. */
export const operations: Messages['operations'] = {
  kv: ['Aspecto', 'Detalhe'],
  status: {
    chosen: 'em uso',
    mentioned: 'mencionado',
    future: 'previsto (fase posterior)',
    'out-of-scope': 'fora do escopo',
    rejected: 'descartado',
  },
  integrations: {
    summary: (active, planned, rejected) =>
      `Integrações: ${active} em uso, ${planned} previstas para uma fase posterior, ${rejected} consideradas e descartadas.`,
    none: 'Os documentos não citam nenhum serviço de terceiros; o backend não faz chamadas de integração de saída.',
    unknown:
      'Fora do catálogo de provedores: só o que os documentos dizem é listado; endpoints, limites e webhooks devem ser obtidos do provedor.',
    clientSide: 'Roda no dispositivo do usuário: sem chamadas, credenciais ou novas tentativas no servidor.',
    fields: {
      status: 'Status',
      purpose: 'Finalidade neste projeto',
      docs: 'Referência da API',
      baseUrl: 'URL base',
      endpoints: 'Endpoints usados',
      auth: 'Autenticação',
      format: 'Formato de requisição e resposta',
      rateLimits: 'Limites de taxa',
      retry: 'Novas tentativas',
      failFast: 'Nunca repetido',
      idempotency: 'Idempotência',
      webhooks: 'Webhook',
      env: 'Configuração',
      notes: 'Observações',
      mentions: 'Onde os documentos o citam',
    },
    retry: (on, attempts, backoff, dead) =>
      attempts <= 1
        ? `uma tentativa, sem novas tentativas${dead ? `; depois, ${dead}` : ''}`
        : `${on.length > 0 ? `em caso de ${on.join(', ')}; ` : ''}até ${attempts} tentativas; ${backoff}${dead ? `; depois, ${dead}` : ''}`,
    planned: 'Previstos ou descartados',
    plannedHeader: ['Serviço', 'Status', 'O que os documentos dizem', 'Origem'],
  },
  jobs: {
    runner: (queue, scheduler) =>
      `As tarefas rodam em **${queue}**; os agendamentos são disparados por **${scheduler}**.`,
    unresolved: (n) =>
      `Nenhuma tarefa foi projetada ainda: ${n === 1 ? 'um período ou agendamento declarado não nomeia' : `${n} períodos ou agendamentos declarados não nomeiam`} nenhum registro do modelo de dados (seção 0, questões em aberto). Ao respondê-${n === 1 ? 'lo' : 'los'} lá, a tarefa é projetada.`,
    none: (checked) =>
      `Nenhuma tarefa em segundo plano é necessária: os documentos não declaram ${checked}. Cada requisição conclui seu trabalho na hora.`,
    checked:
      'nenhum período de retenção, lembrete, agendamento recorrente, armazenamento de tokens no servidor, provedor com webhooks, provedor de mensagens de saída ou geração de documentos',
    fields: {
      purpose: 'Finalidade',
      trigger: 'Gatilho',
      inputs: 'Entradas',
      steps: 'Processamento',
      idempotency: 'Idempotência',
      retry: 'Novas tentativas',
      timeout: 'Tempo limite',
      logs: 'Logs',
      requirements: 'Requisitos',
      basis: 'Derivado de',
    },
    seconds: (n) => `${n} s`,
  },
  caching: {
    store: (value) => `Armazenamento de cache: **${value}** (declarado).`,
    statedNone:
      'Os documentos decidem que nada é armazenado em cache: nem armazenamento de cache nem entradas de cache.',
    noStore: (fallback) =>
      `Os documentos não declaram nenhum armazenamento de cache. As entradas abaixo ficam em ${fallback}.`,
    considered: 'Mencionado, mas não escolhido',
    header: [
      'Entrada',
      'Tipo',
      'Padrão de chave',
      'TTL',
      'Origem do TTL',
      'Invalidada por',
      'Motivo',
      'Origem',
    ],
    /** What a cached entry holds (the Kind column) and a considered store's status. */
    kinds: {
      entity: 'linhas de entidade',
      query: 'resultado de consulta',
      external: 'resposta de API externa',
    },
    statuses: {
      chosen: 'escolhido',
      mentioned: 'mencionado',
      rejected: 'descartado',
      superseded: 'substituído',
      deprecated: 'obsoleto',
      'out-of-scope': 'fora do escopo',
      future: 'previsto (fase posterior)',
      deferred: 'adiado',
      proposed: 'proposto',
      undecided: 'não decidido',
    },
    ttlOnly: 'Somente expiração por TTL (nenhuma entidade nossa a altera)',
    /** A query entry with no invalidating write: the model links none to it (it may not know the data). */
    /** The key of a stated entry no endpoint serves (its parameters are asked in section 0). */
    keyUnmapped: 'nenhum endpoint o serve: os parâmetros da sua chave são uma questão em aberto (seção 0)',
    ttlOnlyQuery: 'Somente expiração por TTL (nenhuma escrita do modelo de dados está ligada a ela)',
    none: 'Nenhuma entrada justifica cache: não foram encontrados dados de referência, leituras agregadas nem consultas externas.',
    rules: [
      'Leitura através do cache: se faltar a entrada, carregar da fonte da verdade e guardar com o TTL.',
      'Invalidar (apagar a chave) no mesmo trecho de código da escrita, depois do commit da transação.',
      'Uma falha do cache cai para uma leitura direta; nunca faz a requisição falhar.',
    ],
  },
  observability: {
    format: 'Formato do log',
    fields: 'Campos em todas as linhas',
    example: 'Exemplo',
    redact: 'Nunca registrado (lista de ocultação)',
    redactHeader: ['Campo', 'Motivo'],
    events: 'O que registrar',
    eventsHeader: ['Evento', 'Nível', 'Origem'],
    levels:
      'Níveis: `error` para requisições com falha (5xx) e novas tentativas esgotadas, `warn` para acessos negados e logins malsucedidos, `info` para eventos de negócio e mudanças de estado, `debug` apenas localmente.',
    health: 'Verificações de saúde',
    healthHeader: ['Caminho', 'Verifica', 'Origem'],
    metrics: 'Métricas',
    metricsHeader: ['Métrica', 'Tipo', 'O que mostra', 'Origem'],
    alerts: 'Limiares de alerta',
    alertsHeader: ['Métrica', 'Limiar', 'Janela', 'Gravidade', 'Base', 'Origem'],
    tracking: (v) =>
      `Os erros também são reportados ao **${v}** (declarado), com os dados pessoais removidos antes do envio.`,
  },
  performance: {
    database: 'Banco de dados: índices e prevenção de N+1 por relacionamento',
    api: 'API: paginação e limites de taxa',
    latency: 'Metas de latência declaradas',
    header: ['Onde', 'Medida', 'Origem'],
    none: 'O modelo não tem relacionamentos, endpoints de lista nem metas declaradas das quais derivar medidas de desempenho.',
  },
  security: {
    intro: 'Cada categoria do OWASP Top 10 (2021), com o que esta especificação faz a respeito.',
    header: ['OWASP', 'Risco', 'O que esta especificação faz', 'Origem'],
  },
  testing: {
    coverage: (n) => `Meta de cobertura: **${n}%** das linhas e ramificações em serviços e validadores.`,
    tools: 'Ferramentas de teste declaradas',
    kinds: {
      unit: 'Testes unitários',
      integration: 'Testes de integração',
      e2e: 'Testes de ponta a ponta (fluxos críticos)',
      load: 'Testes de carga',
      security: 'Testes de segurança',
    },
  },
  deployment: {
    env: 'Variáveis de ambiente',
    envHeader: ['Variável', 'Usada para', 'Exemplo', 'Secreta', 'Obrigatória', 'Origem'],
    yes: 'sim',
    no: 'não',
    migration: (tool) => `Estratégia de migração (${tool})`,
    noMigration: 'Sem banco de dados: não há esquema a migrar.',
    rollback: 'Procedimento de reversão',
    prerequisites: 'Pré-requisitos',
    secrets:
      'Os segredos vêm do cofre de segredos da plataforma, nunca do repositório; `.env.example` lista todas as variáveis acima com valores fictícios.',
  },
  decisions: {
    header: ['Decisão', 'Escolha', 'Origem'],
    proposed: 'Proposto — não consta nos documentos',
  },
};
