import type { Messages } from '../en/index.js';

/** Portuguese wording of 5. Autenticação e autorização, 6. Validação de dados, 7. Tratamento de erros. */
export const security: Messages['security'] = {
  auth: {
    authentication: '5.1 Autenticação',
    strategyTable: { setting: 'Configuração', value: 'Valor', source: 'Origem' },
    settings: {
      strategy: 'Estratégia',
      provider: 'Provedor de identidade',
      accessTokenFormat: 'Formato do token de acesso',
      accessTokenTtl: 'Validade do token de acesso',
      refreshTokenTtl: 'Validade do refresh token',
      refreshRotation: 'Rotação do refresh token',
      refreshReuse: 'Detecção de reutilização do refresh token',
      sessionTimeout: 'Expiração da sessão',
      tokenStorage: 'Armazenamento dos tokens',
      refreshTokenStorage: 'Armazenamento do token de atualização',
      refreshStore: 'Armazenamento dos refresh tokens',
      passwordHashing: 'Hash de senhas',
      passwordMinLength: 'Tamanho mínimo da senha',
      passwordRequires: 'A senha deve conter',
      socialProviders: 'Provedores de login social',
      mfa: 'MFA / senhas de uso único',
      lockout: 'Bloqueio contra força bruta',
      signInMethod: 'Método de login',
      signInLinkTtl: 'Validade do link de login',
      signInCodeTtl: 'Validade do código de login',
      tokenVerification: 'Verificação do token',
    },
    signInSent: {
      'magic-link': 'um link de uso único por e-mail',
      'email-code': 'um código de uso único por e-mail',
      'sms-code': 'um código de uso único por SMS',
      'phone-code': 'um código de uso único para o número de telefone',
    },
    signInBesidePassword: {
      'magic-link': 'uma senha, ou um link de uso único enviado por e-mail (link mágico)',
      'email-code': 'uma senha, ou um código de uso único enviado por e-mail',
      'sms-code': 'uma senha, ou um código de uso único enviado por SMS',
      'phone-code': 'uma senha, ou um código de uso único enviado ao número de telefone',
    },
    signInMethods: {
      'magic-link': 'um link de uso único enviado por e-mail (link mágico); nenhuma senha é guardada',
      'email-code': 'um código de uso único enviado por e-mail; nenhuma senha é guardada',
      'sms-code': 'um código de uso único enviado por SMS; nenhuma senha é guardada',
      'phone-code': 'um código de uso único enviado ao número de telefone; nenhuma senha é guardada',
    },
    /** The API's own tokens after a provider's or a one-time link's sign-in; `ways`: each way in with its roles. */
    strategyOwnAfter: (ways: string) =>
      `Tokens bearer JWT (RFC 7519) emitidos pela própria API após o login (${ways})`,
    strategies: {
      jwt: 'Tokens bearer JWT (RFC 7519)',
      session: 'Sessões no servidor (cookie)',
      'oauth-provider': 'Provedor de identidade externo (OAuth 2.0 / OpenID Connect)',
      'api-key': 'Chaves de API',
      'opaque-token': 'Tokens bearer opacos (guardados com hash no servidor)',
      none: 'Nenhuma (nenhum endpoint protegido)',
    },
    tokenVerification: (algorithm: string | null, jwks: boolean) =>
      algorithm && jwks
        ? `assinatura ${algorithm} verificada com as chaves publicadas pelo provedor (JWKS)`
        : algorithm
          ? `assinatura ${algorithm} verificada em cada requisição`
          : 'assinatura verificada com as chaves publicadas pelo provedor (JWKS)',
    refreshStore: (store: string, ttl: string | null) =>
      `${store}: cada chave expira pelo seu TTL${ttl ? ` (${ttl})` : ''}; nenhum job os remove`,
    noRefresh: 'nenhum (declarado): o cliente faz login de novo quando o token expira',
    lockoutDefault:
      'após 5 logins malsucedidos de uma mesma conta em 15 minutos, novas tentativas são recusadas por 15 minutos (429); as falhas também são limitadas por IP',
    yes: 'sim',
    requires: {
      uppercase: 'uma letra maiúscula',
      lowercase: 'uma letra minúscula',
      number: 'um número',
      symbol: 'um símbolo',
    },
    perRoleIntro: 'Como cada grupo de papéis se autentica, conforme os documentos indicam por grupo:',
    perRoleTable: { roles: 'Papéis', with: 'Autentica-se com', source: 'Fonte' },
    perRoleCookie: 'um token de sessão opaco num cookie (HttpOnly); sem token bearer',
    perRoleIssuedBy: (who) => `emitido por ${who}`,
    perRoleApi: 'a API',
    perRoleBearer: (provider) =>
      provider
        ? `login com ${provider}; um token de acesso no cabeçalho Authorization (RFC 6750)`
        : 'um token de acesso no cabeçalho Authorization (RFC 6750)',
    jwtHeading: '5.2 Conteúdo do JWT',
    jwtIntro: 'Claims levadas no token de acesso (valores de exemplo):',
    claimsTable: { claim: 'Claim', meaning: 'Significado', source: 'Origem' },
    claims: {
      sub: 'Sujeito: o id do usuário (RFC 7519 §4.1.2)',
      iat: 'Momento da emissão (RFC 7519 §4.1.6)',
      exp: 'Expiração (RFC 7519 §4.1.4)',
      jti: 'Id do token, usado para revogação (RFC 7519 §4.1.7)',
      iss: 'Emissor (RFC 7519 §4.1.1)',
      aud: 'Público (RFC 7519 §4.1.3)',
      role: 'O papel do usuário, um dos papéis abaixo',
      roles: 'Os papéis do usuário',
    },
    tenantClaim: (column) => `Inquilino do usuário: toda consulta é restrita por \`${column}\``,
    userClaim: 'O id do usuário',
    lifecycleHeading: '5.3 Ciclo de vida dos tokens',
    lifecycle: {
      providerThenOwn: (name) =>
        `${name} faz o login; depois a API emite os seus próprios tokens (abaixo) e verifica-os em cada pedido.`,
      issueOwn: (ttl) => `Após o login a API emite o seu próprio token de acesso, válido por ${ttl}.`,
      issue: (ttl) => `O login verifica as credenciais e emite um token de acesso válido por ${ttl}.`,
      refresh: (ttl, route) =>
        `Junto com ele é emitido um refresh token válido por ${ttl}; ${route ? `\`${route}\` o troca` : 'ele é trocado'} por um novo par.`,
      rotation:
        'Cada renovação troca o refresh token; apresentar de novo um refresh token já usado revoga toda a família de tokens (detecção de reutilização, RFC 9700 §4.14.2).',
      noRefresh:
        'Nenhum refresh token é emitido: quando o token de acesso expira, o cliente faz login de novo.',
      session: (ttl) =>
        `A sessão termina após ${ttl}, seja qual for o estado da renovação; o usuário faz login de novo.`,
      logout: 'O logout revoga o refresh token (ou a sessão) no servidor e apaga o cookie.',
      logoutStateless:
        'O logout apaga o cookie; um token copiado antes continua válido até expirar, a menos que seu `jti` fique numa lista de bloqueio até lá.',
      storage: (value) =>
        `Os tokens trafegam num cookie com os atributos ${value}; com HttpOnly, o JavaScript nunca consegue lê-los.`,
      provider: (name) =>
        `${name} cuida do login; a API verifica os tokens do provedor (assinatura, emissor, público, expiração) em cada requisição.`,
      providerAndMethods: (name, methods) =>
        `O login passa por ${name} e pelos métodos de acesso indicados (${methods}); a API verifica os tokens (assinatura, emissor, público, expiração) em cada requisição.`,
      providerIssues: (name, access, refresh) =>
        `${name} emite os tokens${access || refresh ? ` (${[access ? `token de acesso válido por ${access}` : null, refresh ? `token de atualização válido por ${refresh}` : null].filter(Boolean).join('; ')}, conforme os documentos)` : ''}; renová-los é tarefa dele e a API não guarda nenhum.`,
      logoutProvider: (name) =>
        `Sair encerra a sessão em ${name} e o cliente descarta os tokens; a API não guarda token algum para revogar.`,
      managed: (name) =>
        `${name} emite, renova e expira os tokens; as validades fazem parte da configuração dele, que os documentos não declaram.`,
      opaqueOnly:
        'Cada token é uma cadeia aleatória enviada no cabeçalho `Authorization: Bearer`; o servidor guarda apenas o hash e o procura a cada requisição.',
      logoutHeader:
        'O logout revoga no servidor o refresh token (ou o `jti` do token); o cliente descarta os seus tokens.',
      logoutOpaque: 'O logout apaga a linha do token no servidor; o token deixa de funcionar na hora.',
      sessionOnly: 'O servidor mantém a sessão; o cookie leva apenas um id de sessão opaco.',
      signInLink: (method: string, ttl: string | null) =>
        `O login envia ${method}${ttl ? `, válido por ${ttl} e de uso único` : ', de uso único'}; ao trocá-lo, o usuário entra.`,
    },
    findingsHeading: 'Onde os documentos divergem',
    findings: {
      'session-timeout-vs-refresh': (v) =>
        `A expiração da sessão (${v[0]}) é menor que a validade do refresh token (${v[1]}): prevalece o limite da sessão, que encerra a cadeia de renovações.`,
      'access-ttl-conflict': (v) =>
        `Duas validades do token de acesso são declaradas (${v[0]} e ${v[1]}); usa-se a primeira.`,
      'refresh-ttl-conflict': (v) =>
        `Duas validades do refresh token são declaradas (${v[0]} e ${v[1]}); usa-se a primeira.`,
      'session-timeout-conflict': (v) =>
        `Duas expirações de sessão são declaradas (${v[0]} e ${v[1]}); usa-se a primeira.`,
      'hash-cost-below-minimum': (v) =>
        `O custo de bcrypt declarado, ${v[0]}, está abaixo de ${v[1]} (OWASP Password Storage Cheat Sheet); aumente-o.`,
    },
    rolesHeading: '5.4 Papéis',
    rolesTable: {
      role: 'Papel',
      label: 'Nome',
      level: 'Nível',
      inherits: 'Inclui as permissões de',
      description: 'Descrição',
      source: 'Origem',
    },
    defaultRoles:
      'Os documentos não declaram papéis: estes são os padrões documentados (regra `derive/default-role-user`; um papel `admin` só quando os documentos mencionam administração).',
    matrixHeading: '5.5 Matriz de permissões por endpoint',
    matrixIntro:
      'Cada endpoint × cada papel. permitido: qualquer registro; próprio: só os registros do usuário; inquilino: só os registros do inquilino do usuário; negado: 403. Negação por padrão (OWASP ASVS V4.1.3).',
    matrixEndpoint: 'Endpoint',
    access: { allowed: 'permitido', own: 'próprio', tenant: 'inquilino', denied: 'negado' },
    webhookNote:
      'Os endpoints de webhook são negados a todos os papéis: quem os chama é o seu provedor, um chamador máquina listado, com a sua verificação, entre quem chama a API.',
    servedBy: (surface: string) => `${surface}, sem rota JSON`,
    publicNote:
      'Os endpoints públicos (sem autenticação) aparecem como permitidos para todos os papéis e também atendem chamadores anônimos.',
    grantsHeading: '5.6 Permissões por recurso',
    actionWords: {
      manage: 'gerenciar',
      create: 'criar',
      read: 'ler',
      update: 'atualizar',
      delete: 'excluir',
    },
    grantsTable: { role: 'Papel', resource: 'Recurso', actions: 'Ações', source: 'Origem' },
    everyResource: 'todos os recursos',
    ownershipHeading: '5.7 Propriedade dos recursos e isolamento por inquilino',
    ownershipTable: { entity: 'Entidade', rule: 'Regra', column: 'Coluna', source: 'Origem' },
    ownershipKinds: {
      column: 'coluna de proprietário',
      parent: 'propriedade via registro pai',
      self: 'o próprio registro do usuário',
      'role-column': 'coluna com o nome de um papel',
      reference: 'referência ao usuário (não limita ninguém por si só)',
    },
    scopesIntro:
      'Escopos indicados: cada papel abaixo alcança os registros que sua frase nomeia, e os que deles dependem, apenas pelo caminho de chaves estrangeiras mostrado; um papel que «só vê» esses registros não alcança mais nada além do seu próprio registro de usuário.',
    scopesTable: {
      role: 'Papel',
      entity: 'Vê',
      access: 'Acesso',
      path: 'Caminho até o usuário',
      covers: 'Registros no escopo',
      source: 'Origem',
    },
    noOwnership:
      'Nenhuma entidade tem chave estrangeira para a entidade de usuário: a propriedade não é controlada por registro.',
    tenant: (column) =>
      `Multi-inquilino: toda consulta isolada filtra por \`${column}\` obtido do token, nunca da requisição; um registro de outro inquilino responde 404.`,
    ownershipEnforcement:
      'A propriedade é verificada na consulta (`WHERE <owner column> = :currentUser`), não depois do carregamento, então um registro de outro usuário responde 404 (OWASP ASVS V4.2.1).',
    callersHeading: '5.8 Quem chama a API',
    callersIntro:
      'Cada chamador da API e como se autentica: usuários por papel, os aplicativos cliente que usam, clientes máquina e emissores de webhooks. Máquinas nunca são papéis de usuário.',
    callersTable: {
      caller: 'Chamador',
      kind: 'Tipo',
      authentication: 'Autentica-se com',
      operations: 'Operações',
      source: 'Fonte',
    },
    callerKinds: {
      user: 'usuário (papel)',
      browser: 'aplicativo cliente (navegador)',
      anonymous: 'anônimo (sem login)',
      webhook: 'emissor de webhooks',
      device: 'dispositivo',
      service: 'cliente máquina',
      agent: 'agente de automação',
    },
    apiKeyClient: 'Cliente com chave de API',
    anonymousAuth: 'nenhuma: sem token; apenas endpoints públicos',
    browserAuth:
      'as credenciais do usuário autenticado; suas requisições de origem cruzada são atendidas (CORS)',
    apiKeyAuth: (header: string) => `chave de API no cabeçalho \`${header}\``,
    apiKeyProposedHeader: (header: string) =>
      `chave de API; os documentos não nomeiam o cabeçalho, \`${header}\` é uma proposta`,
    signatureAuth: 'a assinatura do provedor, verificada sobre o corpo bruto; sem token bearer',
    mtlsAuth: 'certificado de cliente (TLS mútuo)',
    clientCredentialsAuth: 'credenciais de cliente OAuth 2.0 (RFC 6749 §4.4)',
    authNotStated: 'não declarado nos documentos',
    operationsCount: (n: number) => `${n} endpoints`,
    moreOperations: (n: number) => `e mais ${n}`,
  },
  validation: {
    fieldsHeading: '6.1 Regras de validação de entrada',
    fieldsIntro:
      'Validado no servidor em toda requisição contra uma lista de permissões (OWASP ASVS V5.1); propriedades desconhecidas são rejeitadas (400).',
    fieldsTable: { field: 'Campo', rules: 'Regras', source: 'Origem' },
    rules: {
      required: 'obrigatório',
      type: (t) => `tipo ${t}`,
      format: (f) => `formato ${f}`,
      maxLength: (n) => `tamanho máximo ${n}`,
      minLength: (n) => `tamanho mínimo ${n}`,
      length: (d) => d,
      lengthBound: (op, n) => `tamanho ${op} ${n}`,
      precision: (p, s) => `precisão ${p}, escala ${s}`,
      range: (d) => `intervalo ${d}`,
      enum: (v) => `um de ${v}`,
      pattern: (p) => `padrão \`${p}\``,
      unique: 'único (409 se duplicado)',
      reference: (d) => `referência: ${d}`,
    },
    businessRule: (id) => `regra de negócio ${id}`,
    general: 'geral',
    sanitisationHeading: '6.2 Saneamento da saída',
    sanitisation: {
      secrets:
        'Os campos secretos (abaixo) nunca são serializados em resposta alguma nem registrados em log (OWASP ASVS V8.3).',
      'personal-data':
        'Os dados pessoais (abaixo) só são retornados aos papéis autorizados a ler o registro e são ocultados nos logs.',
      nulls:
        'Valores opcionais ausentes são retornados como `null`, nunca omitidos, para que os clientes vejam uma única forma.',
      datetimes:
        'Datas e horas são retornadas como strings RFC 3339 em UTC (`2025-01-31T09:30:00Z`); datas como `YYYY-MM-DD`.',
      decimals: 'Valores decimais são retornados como strings para manter a precisão.',
      html: 'O texto é retornado como strings JSON, nunca como HTML; os clientes fazem a codificação na exibição (OWASP XSS Prevention).',
    },
    sensitiveTable: { entity: 'Entidade', field: 'Campo', kind: 'Classificação', handling: 'Tratamento' },
    sensitiveKinds: { secret: 'segredo', personal: 'dado pessoal' },
    handling: { secret: 'nunca em respostas nem em logs', personal: 'ocultado nos logs' },
  },
  errors: {
    envelopeHeading: '7.1 Formato das respostas de erro',
    why: {
      stated: (source) =>
        `Os documentos declaram seu próprio corpo de erro (${source}); todo erro usa essa forma para que os clientes mantenham um único parser.`,
      'problem-details':
        'Os documentos não declaram um corpo de erro, então os erros seguem RFC 9457 problem details (`application/problem+json`): um media type padrão que clientes e ferramentas OpenAPI já entendem. Ele leva os campos do fluxo de trabalho como membros de extensão: `code` (código de erro), `detail` (mensagem), `errors` (erros de campo) e `request_id` (para rastreamento).',
      envelope: 'Os erros usam o envelope `{ code, message, details, request_id }`.',
    },
    mediaType: (m) => `Media type: \`${m}\`.`,
    schemaCaption: 'JSON Schema do corpo de erro:',
    fieldMap: {
      code: 'Código de erro',
      message: 'Mensagem',
      status: 'Status HTTP',
      details: 'Erros de campo',
      requestId: 'Id da requisição',
    },
    fieldMapTable: { part: 'Parte', location: 'Local (JSON Pointer)' },
    notCarried: 'ausente da forma declarada',
    titlesNote:
      'Os títulos ficam em inglês de propósito: são o campo `title` que a API devolve e fazem parte do seu contrato; os clientes mostram o próprio texto conforme o código.',
    title: (title: string) => `“${title}”`,
    catalogHeading: '7.2 Catálogo de erros',
    catalogTable: {
      status: 'Status',
      code: 'Código',
      title: 'Título',
      category: 'Categoria',
      endpoints: 'Retornado por',
      source: 'Origem',
    },
    allEndpoints: 'todos os endpoints',
    endpointCount: (n) => `${n} endpoints`,
    categories: {
      validation: 'validação',
      authentication: 'autenticação',
      authorization: 'autorização',
      'not-found': 'não encontrado',
      conflict: 'conflito',
      'business-rule': 'regra de negócio',
      'rate-limit': 'limite de taxa',
      server: 'servidor',
      unavailable: 'indisponível',
    },
    examplesHeading: '7.3 Exemplos por categoria',
    exampleCaption: (status, code) => `${status} ${code}`,
    handlingHeading: '7.4 Regras de tratamento',
    handling: [
      'Erros inesperados são registrados com o id da requisição e respondidos com 500, sem stack traces nem mensagens internas (OWASP ASVS V7.4.1).',
      'Respostas 401 levam `WWW-Authenticate`; respostas 429 levam `Retry-After`; respostas 503 levam `Retry-After` quando a indisponibilidade tem fim previsto.',
      'Registros fora da propriedade ou do inquilino do chamador respondem 404 em vez de 403, para não vazar identificadores.',
      'Os erros de validação listam de uma vez todos os campos com falha, cada um com um JSON Pointer para o campo.',
    ],
  },
};
