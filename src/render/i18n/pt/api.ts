import type { Messages } from '../en/index.js';

const cap = (s: string) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Portuguese wording of the api sections (3. Endpoints da API, 4. Serviços) and the api checks. */
export const api: Messages['api'] = {
  rules: {
    heading: 'Regras de negócio',
    intro: (n: number) =>
      `${n} ${n === 1 ? 'regra indicada' : 'regras indicadas'} nos documentos, com a entidade ou as operações que cada uma restringe, como o design a aplica e o erro de domínio que ela gera.`,
    header: ['Id', 'Regra', 'Origem', 'Restringe', 'Aplicada por', 'Código de erro'],
    enforcement: {
      'db-constraint': 'restrição do banco de dados',
      validation: 'validação da requisição',
      'service-check': 'verificação no serviço',
      job: 'tarefa em segundo plano',
      authorization: 'autorização',
      'retention-policy': 'política de retenção de dados (sem expurgo antes do mínimo indicado)',
      'audit-trail': 'entrada de auditoria gravada na transação da alteração',
      behaviour: 'comportamento indicado (sem verificação da requisição)',
      'period-quota':
        'contado ao longo do período (um relatório ou uma verificação no fim; sem verificação da requisição)',
      'visibility-scope':
        'escopo de visibilidade (as leituras devolvem apenas os registros do escopo; sem erro da requisição)',
    } as Record<string, string>,
    lifecycles: 'Máquinas de estados',
    lifecycleIntro: (entity: string, field: string, n: number) =>
      `\`${entity}.${field}\`: ${n} ${n === 1 ? 'estado' : 'estados'}; transições como os documentos as indicam e como os endpoints de ação as fazem, com os papéis que podem fazer cada uma.`,
    transitionHeader: ['De', 'Para', 'Gatilho', 'Quem', 'Origem'],
    system: 'o sistema (tarefa)',
    fromUnstated: 'não indicado nos documentos',
    unstated: 'não indicado: nenhuma operação ou tarefa deste projeto o realiza',
    noTransitions: 'Os documentos não indicam nenhuma transição e nenhum endpoint de ação muda este status.',
  },
  stories: {
    heading: 'Histórias e as operações que as implementam',
    intro: (mapped: number, total: number) =>
      `${mapped} de ${total} histórias de usuário e frases de capacidade correspondem a uma operação (regra \`derive/operation-from-story\`); o papel do ator pode chamar cada uma.`,
    header: ['História', 'Ator', 'Papel', 'Ação', 'Operações'],
    none: (why: string) => `nenhuma — ${why}`,
    suppressedHeading: 'Operações deixadas de fora de propósito',
    suppressedIntro: (n: number) =>
      `${n} ${n === 1 ? 'operação' : 'operações'} que uma regra de derivação teria produzido ficaram de fora porque um fato indicado ou uma regra nomeada assim o diz.`,
    suppressedHeader: ['Operação', 'Regra', 'Motivo', 'Origem'],
    surfaceHeading: (surface: string) => `Servidas pelo ${surface} (sem rotas JSON)`,
    surfaceIntro: (n: number, surface: string, at: string) =>
      `${n} operação(ões) que só os papéis do ${surface} podem chamar são servidas pelas suas telas, que não têm API JSON (${at}): cada uma continua um método de serviço da seção 4, fora do openapi.yaml.`,
    surfaceHeader: ['Operação', 'Papéis', 'Entrada', 'Regra'],
    calledBySurface: (surface: string) => `telas do ${surface} (sem rota JSON)`,
  },
  endpoints: {
    intro: (endpoints, resources, stated, fromNeeds, derived) =>
      `${plural(endpoints, 'endpoint', 'endpoints')} em ${plural(resources, 'recurso', 'recursos')}: ${stated} declarados nos documentos (mantidos como escritos, com a linha de origem), ${fromNeeds} projetados a partir de histórias de usuário e requisitos, e ${derived} derivados do modelo de dados por regras nomeadas.`,
    artifact: (path) =>
      `A mesma API como documento OpenAPI 3.1: \`${path}\` (schemas de componentes a partir do modelo de dados, respostas de erro compartilhadas, esquemas de segurança, exemplos validados).`,
    conventionsHeading: 'Convenções',
    basePath: (path) =>
      path ? `Caminho base: \`${path}\`.` : 'As rotas são usadas como declaradas, sem um caminho base comum.',
    json: 'Os corpos são JSON (`application/json`); datas e horas são strings RFC 3339; decimais são números com a precisão armazenada indicada.',
    pagination: (style, def, max, n) =>
      style === 'page'
        ? `As listas são paginadas por número de página: \`${n.page}\` (a partir de 1) e \`${n.limit}\` (padrão ${def}, no máximo ${max}); a resposta traz \`items\`, \`total\`, \`${n.limit}\` e \`${n.page}\`.`
        : style === 'cursor'
          ? `As listas são paginadas por cursor: \`${n.limit}\` (padrão ${def}, no máximo ${max}) e \`${n.cursor}\`; a resposta traz \`items\` e \`nextCursor\`.`
          : `As listas são paginadas com \`${n.limit}\` (padrão ${def}, no máximo ${max}) e \`${n.offset}\`; a resposta traz \`items\`, \`total\`, \`${n.limit}\` e \`${n.offset}\`.`,
    errorsFromCatalog: (mediaType) =>
      `Toda resposta de erro usa o envelope de erro da seção 7 (\`${mediaType}\`), compartilhado no openapi.yaml como \`components/responses\`.`,
    errorsFallback:
      'Nenhum catálogo de erros foi projetado, então as respostas de erro usam RFC 9457 problem details (`application/problem+json`); a seção 7 é onde um catálogo detalharia isso.',
    authScheme: (scheme) => `Os endpoints autenticados exigem ${scheme}; os endpoints públicos indicam isso.`,
    noAuth:
      'Nenhuma estratégia de autenticação foi projetada, então nenhum esquema de segurança é declarado.',
    schemes: {
      bearerAuth: 'um token bearer no cabeçalho `Authorization` (RFC 6750)',
      cookieAuth: 'o cookie de credencial definido no login',
      apiKeyAuth: 'uma chave de API no cabeçalho `X-API-Key`',
    },
    successEnvelope: (wrapper, key, from) =>
      `Todo corpo de sucesso vai envolvido como os documentos indicam: \`${wrapper}\`, com o recurso ou a página em \`${key}\` (${from}).`,
    created:
      'Criações respondem `201 Created` com um cabeçalho `Location` (RFC 9110 §15.3.2); exclusões respondem `204 No Content`; um valor único já em uso responde `409 Conflict`; requisições limitadas por taxa respondem `429` com `Retry-After` (RFC 6585).',
    idempotency:
      'Requisições que movimentam dinheiro exigem um cabeçalho `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): uma nova tentativa com a mesma chave retorna o primeiro resultado.',
    summaryHeading: 'Índice de endpoints',
    summaryTable: {
      method: 'Método',
      path: 'Caminho',
      operation: 'Operação',
      auth: 'Autenticação',
      source: 'Origem',
    },
    schemasHeading: (entity) => `Schemas: ${entity}`,
    schemasNote: (entity) =>
      `\`${entity}\` é o corpo da resposta (sem segredos); \`${entity}Create\`, o corpo de criação; \`${entity}Update\` tem as mesmas propriedades, todas opcionais (PATCH é uma atualização parcial, RFC 5789).`,
    operation: 'Operação',
    auth: 'Autenticação',
    public: 'pública',
    authenticated: 'autenticada',
    roles: (roles) => `papéis: ${roles.join(', ')}`,
    anyRole: 'qualquer usuário logado',
    noRole:
      'nenhum papel ainda: negado por padrão até que uma história ou os documentos nomeiem quem o chama (5.5)',
    rateLimit: 'Limite de taxa',
    /** Who a stated rate limit counts ("volunteer"), as the documents name them. */
    ratePer: (who: string) => `contado por ${who}`,
    rateClasses: {
      auth: 'autenticação (rigoroso, por IP e por conta)',
      read: 'leitura',
      write: 'escrita',
      expensive: 'custoso (busca, exportação)',
      webhook: 'webhook (por provedor)',
      public: 'público',
    },
    paginationLine: (style, def, max) =>
      `${style === 'cursor' ? 'por cursor' : 'por deslocamento'}, padrão ${def}, máximo ${max}`,
    paginationLabel: 'Paginação',
    idempotencyLabel: 'Idempotency-Key',
    required: 'obrigatório',
    requirements: 'Requisitos',
    source: 'Origem',
    parameters: 'Parâmetros',
    parameterTable: {
      name: 'Nome',
      in: 'Local',
      type: 'Tipo',
      required: 'Obrigatório',
      description: 'Descrição',
    },
    yes: 'sim',
    no: 'não',
    requestBody: 'Corpo da requisição',
    responses: 'Respostas',
    responseTable: { status: 'Status', meaning: 'Significado', body: 'Corpo', errors: 'Códigos de erro' },
    noBody: '—',
    errorBody: 'envelope de erro',
  },
  actions: {
    list: (entity) => `Listar registros de ${entity}`,
    get: (entity) => `Obter um registro de ${entity}`,
    create: (entity) => `Criar um registro de ${entity}`,
    update: (entity) => `Atualizar um registro de ${entity} (parcial)`,
    replace: (entity) => `Substituir um registro de ${entity}`,
    delete: (entity) => `Excluir um registro de ${entity}`,
    search: (entity) => `Buscar registros de ${entity}`,
  },
  stateAction: { ownWord: true, title: (verb, entity) => `${cap(verb)} ${entity}` },
  services: {
    intro: (services, methods, transactional) =>
      `${plural(services, 'serviço', 'serviços')} com ${methods} métodos públicos; ${transactional === 1 ? '1 método grava' : `${transactional} métodos gravam`} em mais de uma tabela e ${transactional === 1 ? 'roda' : 'rodam'} em uma única transação do banco de dados.`,
    signatures: (language: string, source: string) =>
      `As assinaturas dos métodos estão escritas em ${language}, a linguagem que a stack indica (${source}).`,
    signaturesNeutral: (language: string, source: string) =>
      `A stack indica ${language} (${source}); as assinaturas dos métodos são escritas numa forma neutra, \`nome(parâmetro: Tipo) → Resultado\`.`,
    conventions:
      '`Actor` é o chamador autenticado (id do usuário, papel e, num produto multi-inquilino, id do inquilino), obtido da credencial. Os serviços lançam erros tipados; a camada HTTP os converte em status:',
    errorTable: { error: 'Erro', status: 'Status HTTP', meaning: 'Significado' },
    errors: {
      ValidationError: ['400 / 422', 'entrada inválida, ou um registro referenciado não existe'],
      UnauthorizedError: ['401', 'credenciais incorretas'],
      ForbiddenError: ['403', 'o chamador não pode agir sobre este registro'],
      NotFoundError: ['404', 'nenhum registro assim visível ao chamador'],
      ConflictError: ['409', 'um valor único já está em uso, ou o estado não permite a alteração'],
      IntegrationError: ['502 / 503', 'um serviço de terceiros falhou após as novas tentativas'],
    },
    purpose: {
      aggregate: (entity, members) =>
        members.length > 1
          ? `Lógica de negócio do agregado ${entity} (${members.join(', ')}).`
          : `Lógica de negócio de ${entity}.`,
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
          'sign-up': 'cadastro',
          'sign-in': 'login',
          'sign-out': 'logout',
          refresh: 'renovação do token',
          'password-reset': 'redefinição de senha',
          'current-user': 'o usuário atual',
        };
        const list = parts.map((x) => names[x] ?? x);
        const joined =
          list.length > 1 ? `${list.slice(0, -1).join(', ')} e ${list[list.length - 1]}` : (list[0] ?? '');
        const through = at.map(({ name, roles: rs }) => {
          const roles = rs.map((r) => `\`${r}\``).join(', ');
          return rs.length > 0 ? `${roles} fazem login por ${name}` : `o login passa por ${name}`;
        });
        const text = [joined, ...through].filter((x) => x.length > 0).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      },
      notification: 'Envia notificações pelos provedores escolhidos.',
      payment: 'Recebe pagamentos pelo provedor escolhido.',
      'stated-routes': (resource) => `Operações das rotas \`${resource}\` declaradas nos documentos.`,
    },
    dependencies: 'Dependências',
    transactions: 'Transações',
    sideEffectsIntro:
      'O que os documentos indicam que cada método causa além das suas gravações (após o commit da transação; uma entrada de auditoria dentro dela):',
    sideEffectsHeader: ['Método', 'Efeito', 'Através de', 'Quando', 'Fonte'],
    sideEffectKinds: {
      email: 'envia um e-mail',
      sms: 'envia um SMS',
      push: 'envia uma notificação push',
      job: 'enfileira um job',
      event: 'emite um evento',
      webhook: 'chama um webhook',
      integration: 'chama uma integração',
      audit: 'grava uma entrada de auditoria',
    },
    noTransactions: 'Cada método grava em no máximo uma tabela.',
    transactional: (method, rule) => `\`${method}\` — uma transação (${rule})`,
    transactionWith: (method, how, source) => `\`${method}\` — ${how} (${source})`,
    transactionMechanisms: {
      'row-lock': 'uma transação, com as linhas bloqueadas com SELECT … FOR UPDATE',
      'optimistic-version': 'uma transação, com a coluna de versão verificada ao atualizar',
      'advisory-lock': 'uma transação sob um bloqueio consultivo (advisory lock)',
      constraint: 'uma transação que a restrição de {rule} aborta perante um escritor concorrente',
      outbox: 'uma transação com o seu registo no outbox, publicado após o commit',
      none: 'nenhuma transação entre as suas escritas',
      eventual: 'sem transação partilhada: consistência eventual',
      audit: 'uma transação com a entrada de auditoria de {rule}',
    },
    endpoint: 'Endpoint',
    source: 'Origem',
  },
  checks: {
    entityWithoutEndpoints: (entity) => `${entity} não tem nenhum endpoint`,
    evidence: (endpoints, withSchemas, entities) =>
      `${endpoints} endpoints, ${withSchemas} com schemas de requisição e resposta do modelo de dados, cobrindo ${entities} entidades`,
  },
  compact: {
    parameters:
      'Nos endpoints derivados, um parâmetro de consulta com o nome de um campo filtra por igualdade nesse campo, `sort` ordena por um campo (um `-` inicial ordena de forma decrescente) e um parâmetro de caminho `{id}` é o id do registro; `*` marca um parâmetro obrigatório. Os tipos e restrições são os da seção 1.',
    standardHeading: 'Respostas padrão',
    standardIntro:
      'O que cada status significa e os códigos de erro que qualquer endpoint pode devolver com ele, declarados uma única vez. As tabelas de endpoints listam os status de cada endpoint e só detalham um significado ou um código de erro quando ele difere.',
    standardHeader: ['Status', 'Significado', 'Códigos de erro em todos os endpoints'],
    schemasHeading: 'Schemas de requisição e resposta',
    schemasIntro:
      'Declarados uma única vez como componentes nomeados (`components/schemas` no openapi.yaml, um arquivo por entidade em `schemas/`) e referenciados pelo nome nas tabelas de endpoints. `<Entidade>` é o corpo da resposta (sem segredos), `<Entidade>Create` o corpo de criação, `<Entidade>Update` a atualização parcial (tudo opcional, RFC 5789); `<Entidade>Page` envolve uma lista em `items` e os campos de paginação. As propriedades obrigatórias estão em negrito; os tipos e restrições são os da seção 1.',
    schemasHeader: ['Schema', 'Propriedades'],
    serverSet: (list: string) =>
      `Fora dos corpos de criação e atualização porque o servidor os define (cada um com a regra que o justifica): ${list}.`,
    singlesHeading: 'Recursos com um único endpoint',
    resourceColumn: 'Recurso',
    endpointHeader: [
      'Método',
      'Caminho',
      'Operação',
      'Autenticação',
      'Limite de requisições',
      'Requisição',
      'Respostas',
      'Origem',
    ],
    paginated: 'paginado',
    idempotencyKey: 'cabeçalho `Idempotency-Key`',
    methodHeader: ['Serviço', 'Método', 'Chamado por', 'Lança'],
    serviceHeader: ['Serviço', 'Finalidade', 'Dependências', 'Transações', 'Origem'],
    exampleHeader: ['Erro', 'Corpo de exemplo'],
    everyJob: 'Todas as tarefas abaixo, salvo se a própria tabela disser outra coisa',
    sharedFields: (name: string) =>
      `Os campos que a maioria das entidades compartilha linha por linha são declarados uma única vez em \`${name}\`; uma entidade que \`extends ${name}\` os possui, com o mesmo tipo, restrições e origem.`,
    entity: 'Entidade',
    tablesHeading: 'Tabelas',
    summaryHeading: 'Resumo',
    glanceLabel: 'Visão geral',
    counts: [
      'entidades',
      'endpoints',
      'serviços',
      'papéis',
      'tarefas em segundo plano',
      'integrações externas',
    ],
    stackLabel: 'Tecnologias e decisões de projeto',
    proposedLabel: 'Proposto aqui, não indicado nos documentos',
    attention: (conflicts, questions, gaps, link) =>
      `**Precisa de uma decisão**: ${conflicts} conflito(s) entre os documentos (resolvidos por precedência; o arquivo de decisões prevalece), ${questions} pergunta(s) em aberto e ${gaps} lacuna(s) de modelagem; veja ${link}.`,
  },
  flows: {
    heading: 'Fluxos indicados',
    intro: (n: number) =>
      `${n} fluxo(s) que os documentos indicam, desenhados como diagramas de sequência: cada passo é uma mensagem do papel que o executa para a API (com a operação correspondente) ou para uma integração nomeada; um passo que não nomeia nenhuma chamada é uma nota. Um diagrama de sequência dos documentos é desenhado tal como está escrito.`,
    api: 'API',
    client: 'Cliente',
  },
};
