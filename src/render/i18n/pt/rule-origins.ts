import type { RuleId } from '../../../derive/rule-origins.js';

/** Portuguese wording of the "Rule origins" appendix (see en/rule-origins.ts). */
const sentences: Record<RuleId, string> = {
  'derive/access-token-default-15m':
    'Propõe 15 minutos de validade para o token de acesso onde os documentos indicam autenticação por token mas não a duração.',
  'derive/action-from-state-enum':
    'Adiciona um endpoint de ação para cada mudança de estado que um enum de estados indicado e o seu ciclo de vida permitem.',
  'derive/add-created-at': 'Adiciona um timestamp created_at a cada entidade indicada que não o tem.',
  'derive/add-primary-key': 'Adiciona uma chave primária UUID a uma entidade indicada que não nomeia chave.',
  'derive/add-updated-at':
    'Adiciona um timestamp updated_at a cada entidade alterável indicada que não o tem.',
  'derive/alert-from-availability-nfr':
    'Transforma uma meta de disponibilidade indicada num alerta sobre o orçamento de erros.',
  'derive/alert-from-latency-nfr':
    'Transforma uma meta de latência indicada num alerta sobre a latência p95.',
  'derive/append-only-record':
    'Marca uma entidade como só de inserção (sem updated_at nem edições) porque os documentos a descrevem como registro ou histórico.',
  'derive/auth-default-jwt':
    'Propõe autenticação bearer com JWT onde os documentos exigem início de sessão mas não nomeiam o mecanismo.',
  'derive/auth-endpoints':
    'Adiciona os endpoints de início de sessão de que o mecanismo de autenticação indicado precisa.',
  'derive/auth-passwordless-sign-in':
    'Faz o login sem senha porque os documentos indicam um link ou código de uso único por e-mail: uma rota o envia (202 exista ou não a conta) e outra o troca uma única vez pela sessão.',
  'derive/auth-login':
    'Adiciona um endpoint de início de sessão porque os documentos indicam que os usuários iniciam sessão.',
  'derive/auth-logout':
    'Adiciona um endpoint de fim de sessão que termina a sessão ou revoga o token de atualização do mecanismo indicado.',
  'derive/auth-me':
    'Adiciona um endpoint do usuário atual porque os usuários com sessão leem o seu próprio perfil.',
  'derive/auth-none-no-protected-endpoint':
    'Registra que não é precisa autenticação porque nenhuma operação indicada é protegida.',
  'derive/auth-oauth-per-provider':
    'Adiciona um endpoint de início e um de retorno OAuth para cada fornecedor de identidade indicado.',
  'derive/auth-password-reset-from-requirement':
    'Adiciona os endpoints de redefinição de senha que um requisito indicado pede.',
  'derive/auth-refresh-when-stated':
    'Adiciona um endpoint de atualização de token porque os documentos indicam tokens de atualização.',
  'derive/auth-register-from-requirement':
    'Adiciona um endpoint de registro que um requisito ou uma história indicados pedem.',
  'derive/auth-strategy-of-provider':
    'Usa as definições de token e sessão do fornecedor ou da biblioteca de autenticação indicados.',
  'derive/auth-verify-email':
    'Adiciona um endpoint de verificação de e-mail porque os documentos indicam verificação de e-mail.',
  'derive/authentication-service':
    'Adiciona um serviço de autenticação responsável pelo início de sessão, tokens e senhas indicados.',
  'derive/auth-issuer-after-group':
    'Dá a um grupo de papéis os tokens próprios da API quando uma frase logo após o login do grupo diz que a API emite os seus próprios tokens.',
  'derive/auth-issuer-own-sign-in':
    'Faz a API emitir os tokens de um grupo que entra com um link ou código de uso único enviado por e-mail e não nomeia provedor de identidade.',
  'derive/password-hash-of-library':
    'Adota o hash de senhas que a biblioteca de autenticação indicada faz por si (Devise: bcrypt, custo 12) em vez de propor outro.',
  'derive/auth-staff-group-other-roles':
    'Atribui a um grupo de pessoal indicado («Staff: tokens de acesso do Auth0») todos os papéis que nenhum outro grupo das frases de autenticação nomeia.',
  'derive/authz-admin-all': 'Concede a um papel de administração indicado todas as operações do seu tenant.',
  'derive/authz-deny-by-default':
    'Nega toda operação que os papéis e as histórias indicados não concedem (OWASP A01).',
  'derive/authz-own-by-story':
    'Limita um chamador indicado aos próprios registros quando uma história de usuário indicada faz o ator agir sobre um registro seu.',
  'derive/authz-from-story':
    'Concede uma operação a um papel porque uma história de usuário indicada lhe dá essa ação.',
  'derive/authz-owner-column':
    'Lê a posse de um registro numa coluna indicada que aponta para o usuário que age.',
  'derive/authz-owner-only': 'Limita uma operação ao dono do registro, conforme a coluna de posse indicada.',
  'derive/authz-owner-via-parent': 'Lê a posse de um registro filho através do dono do seu pai indicado.',
  'derive/authz-public-endpoint':
    'Deixa uma operação aberta a chamadas anónimas porque os documentos indicam que é pública.',
  'derive/authz-read-referenced':
    'Permite a um papel ler os registros referenciados pelos registros que pode gerir.',
  'derive/authz-self-profile': 'Permite a cada usuário com sessão ler e editar o seu próprio perfil.',
  'derive/authz-role-column':
    'Lê uma chave estrangeira para a entidade de usuário com o nome de um papel como os registros próprios desse papel.',
  'derive/authz-user-reference':
    'Registra uma chave estrangeira para a entidade de usuário que diz quem agiu: um caminho real até o usuário que por si só não limita ninguém.',
  'derive/authz-stated-scope':
    'Mantém um papel dentro do escopo que uma frase indica («só vê …»), seguindo as chaves estrangeiras do que ela nomeia até o usuário.',
  'derive/creator-from-caller':
    'Obtém do token de quem chama, nunca do corpo, a chave estrangeira para a entidade de usuário que registra quem criou o registro.',
  'derive/parent-from-path':
    'Obtém do caminho, nunca do corpo, a chave estrangeira para o pai de um registro criado sob o caminho do pai.',
  'derive/authz-self-record':
    'Limita um papel ao seu próprio registro de uma entidade ligada um a um ao usuário.',
  'derive/authz-subject-record':
    'Toma o registro que guarda o sujeito do provedor de identidade e nomeia um papel como o registro próprio desse papel (a API associa o token a ele).',
  'derive/authz-self-service':
    'Permite a um usuário fazer sobre os seus próprios dados as operações que uma história indicada lhe dá.',
  'derive/authz-single-role-all':
    'Concede todas as operações ao único papel indicado, já que não existe outro.',
  'derive/authz-state-action-by-story-actor':
    'Concede uma ação de mudança de estado ao papel cuja história indicada a realiza.',
  'derive/authz-webhook-machine-only':
    'Abre um endpoint de webhook apenas às chamadas assinadas do seu fornecedor indicado.',
  'derive/authz-writer-reads': 'Permite a um papel que pode escrever um recurso também lê-lo.',
  'derive/base-path-as-stated': 'Usa o caminho base da API que os documentos indicam.',
  'derive/bcrypt-min-cost-12': 'Fixa um custo bcrypt de pelo menos 12 porque os documentos escolhem bcrypt.',
  'derive/browser-client':
    'Aplica as proteções de um cliente de navegador (CORS, cookies, CSRF) porque um front end web indicado chama a API.',
  'derive/cache-aggregate-endpoint':
    'Guarda em cache um endpoint agregado (painel ou relatório) que os documentos indicam ser lido com frequência.',
  'derive/cache-current-user':
    'Guarda em cache o perfil do usuário com sessão, lido em cada carregamento de página.',
  'derive/cache-external-response':
    'Guarda em cache as respostas de um serviço externo indicado que são lidas repetidamente.',
  'derive/cache-stated-external':
    'Guarda em cache as respostas de um serviço externo escolhido porque uma declaração pede cache para as respostas das integrações.',
  'derive/cache-metrics':
    'Adiciona métricas de acertos e falhas de cache porque a especificação tem uma cache.',
  'derive/cache-reference-entity':
    'Guarda em cache os dados de referência que o modelo indicado altera raramente.',
  'derive/cache-ttl-aggregate':
    'Propõe o tempo de vida dos agregados em cache onde os documentos não o indicam.',
  'derive/cache-ttl-external':
    'Propõe o tempo de vida das respostas externas em cache onde os documentos não o indicam.',
  'derive/cache-ttl-profile':
    'Propõe o tempo de vida do perfil de usuário em cache onde os documentos não o indicam.',
  'derive/cache-ttl-stated-entry':
    'Propõe o tempo de vida de uma entrada de cache que os documentos indicam sem ele.',
  'derive/cache-ttl-reference':
    'Propõe o tempo de vida dos dados de referência em cache onde os documentos não o indicam.',
  'derive/client-side-integration-no-retry':
    'Não dá novas tentativas no servidor a uma integração que, segundo os documentos, o cliente chama diretamente.',
  'derive/coverage-80':
    'Propõe um mínimo de 80 % de cobertura de linhas onde os documentos não indicam meta.',
  'derive/crud-for-aggregate-root':
    'Adiciona criar, ler, atualizar e listar de uma entidade principal indicada que as necessidades indicadas usam.',
  'derive/crud-for-owned-child':
    'Adiciona as operações de uma entidade que pertence a um pai indicado, aninhadas sob o caminho do pai.',
  'derive/db-pool-metric':
    'Adiciona métricas do pool da base de dados porque a especificação usa uma base de dados relacional.',
  'derive/deactivate-not-delete':
    'Substitui a exclusão pela desativação nos registros que outros registros indicados continuam a referenciar.',
  'derive/default-database-postgresql':
    'Propõe PostgreSQL onde os documentos indicam um modelo de dados mas nenhuma base de dados.',
  'derive/default-error-rate-alert':
    'Propõe um alerta sobre a taxa de erros 5xx onde os documentos não indicam alertas.',
  'derive/default-role-admin':
    'Propõe um papel de administração onde os documentos indicam administração mas não nomeiam o papel.',
  'derive/default-role-user':
    'Propõe um papel de usuário onde os documentos indicam início de sessão mas não nomeiam papéis.',
  'derive/e2e-per-top-priority-story':
    'Adiciona um teste ponta a ponta por cada história indicada de prioridade máxima.',
  'derive/e2e-per-ux-flow': 'Adiciona um teste ponta a ponta por cada fluxo de UX indicado.',
  'derive/env-database-url': 'Adiciona a variável DATABASE_URL porque a especificação usa uma base de dados.',
  'derive/env-log-level': 'Adiciona a variável LOG_LEVEL para os registros estruturados.',
  'derive/env-redis-url': 'Adiciona a variável REDIS_URL porque a stack indicada usa Redis.',
  'derive/env-referenced':
    'Adiciona cada variável de ambiente de que os documentos ou as integrações indicadas precisam.',
  'derive/error-400-validation':
    'Adiciona o erro 400 de validação que toda operação com dados de entrada pode devolver.',
  'derive/error-401-invalid-credentials': 'Adiciona o erro 401 de um início de sessão falhado.',
  'derive/error-401-token-expired':
    'Adiciona o erro 401 de um token expirado da autenticação por token indicada.',
  'derive/error-401-unauthenticated':
    'Adiciona o erro 401 das chamadas sem credenciais válidas a operações protegidas.',
  'derive/error-403-forbidden': 'Adiciona o erro 403 para quem a matriz de permissões nega.',
  'derive/error-404-not-found': 'Adiciona o erro 404 das operações sobre um registro.',
  'derive/error-409-conflict':
    'Adiciona o erro 409 das mudanças de estado que o ciclo de vida indicado não permite.',
  'derive/error-409-unique': 'Adiciona o erro 409 de um valor único indicado que já está em uso.',
  'derive/error-422-business-rule':
    'Adiciona o erro 422 de uma regra de negócio indicada que um pedido viola.',
  'derive/error-429-rate-limited': 'Adiciona o erro 429 dos limites de pedidos.',
  'derive/error-500-internal': 'Adiciona o erro 500 que toda operação pode devolver.',
  'derive/error-503-unavailable': 'Adiciona o erro 503 de uma dependência indicada indisponível.',
  'derive/errors-rfc9457-problem-details':
    'Propõe os problem details da RFC 9457 como formato de erro onde os documentos não indicam nenhum.',
  'derive/extension-citext':
    'Adiciona a extensão citext para textos únicos indicados sem distinção de maiúsculas, como endereços de e-mail.',
  'derive/extension-pg-trgm':
    'Adiciona a extensão pg_trgm para a pesquisa de texto que um requisito indicado pede.',
  'derive/foreign-key-by-name':
    'Lê um campo indicado com nome de entidade (`patient_id`) como chave estrangeira para ela.',
  'derive/foreign-key-from-relationship':
    'Adiciona a coluna de chave estrangeira de que uma relação indicada precisa.',
  'derive/foreign-key-type-follows-key':
    'Dá a uma chave estrangeira o tipo da chave indicada que referencia.',
  'derive/format-from-field-name': 'Lê um formato (e-mail, URL, telefone) do nome de um campo indicado.',
  'derive/health-liveness': 'Adiciona um endpoint de vitalidade para o orquestrador.',
  'derive/health-readiness-real-dependencies':
    'Adiciona um endpoint de prontidão que verifica a base de dados e os serviços indicados.',
  'derive/hide-internal-records':
    'Mantém os registros internos (tokens, registros de atividade, outbox) fora da API pública.',
  'derive/id-is-primary-key': 'Faz de um campo `id` indicado a chave primária.',
  'derive/in-process-cache-when-no-store':
    'Propõe uma cache no processo onde é precisa cache mas os documentos não indicam armazenamento.',
  'derive/index-every-foreign-key': 'Indexa cada chave estrangeira do modelo indicado.',
  'derive/index-lookup-field': 'Indexa um campo indicado pelo qual uma consulta indicada procura registros.',
  'derive/index-tenant-created-at':
    'Indexa tenant e data de criação para as listagens de uma entidade multi-tenant indicada.',
  'derive/index-tenant-status':
    'Indexa tenant e estado para os filtros por estado de uma entidade multi-tenant indicada.',
  'derive/index-unique-field': 'Adiciona um índice único para um campo que os documentos indicam como único.',
  'derive/integration-retry-catalogue':
    'Usa a política de novas tentativas de uma integração indicada do catálogo de fornecedores.',
  'derive/integration-retry-unknown-provider':
    'Propõe uma política genérica de novas tentativas para uma integração indicada que o catálogo não conhece.',
  'derive/integration-tests-real-database':
    'Executa os testes de integração contra uma instância real da base de dados indicada.',
  'derive/integrations-in-use': 'Lista as integrações que os documentos indicam estar em uso.',
  'derive/job-expired-token-cleanup':
    'Adiciona uma tarefa que exclui os tokens expirados da autenticação por token indicada.',
  'derive/job-for-document-generation':
    'Adiciona uma tarefa para a geração de documentos que um requisito indicado descreve.',
  'derive/job-for-outgoing-message':
    'Adiciona uma tarefa de envio por cada fornecedor de e-mail ou mensagens indicado.',
  'derive/job-for-reminder':
    'Adiciona uma tarefa de lembretes para os lembretes que um requisito indicado descreve.',
  'derive/job-for-period-end':
    'Adiciona uma tarefa que anonimiza ou arquiva os dados cujo período indicado terminou ("anonimizados após 24 meses").',
  'derive/job-for-retention': 'Adiciona uma tarefa de purga para um período de retenção indicado.',
  'derive/job-for-schedule':
    'Adiciona uma tarefa para um agendamento indicado («todas as noites», «de hora a hora»).',
  'derive/job-for-timed-rule':
    'Adiciona uma tarefa que faz a transição que uma regra temporal indicada do sistema descreve, passado o seu prazo.',
  'derive/error-status-from-criterion':
    'Dá um status HTTP a um código de erro que os documentos nomeiam sem ele: 409 quando a frase diz que o estado do registro impede a ação, 429 quando uma contagem é excedida, senão 422.',
  'derive/job-time-proposed':
    'Propõe uma hora do dia (03:00; às segundas-feiras para um período semanal, no dia 1 para um mensal) para um job cujo período os documentos indicam sem hora («diário», «a cada 24 horas», «mensal»).',
  'derive/job-schedule-proposed':
    'Propõe um agendamento de varredura para uma tarefa cujo trabalho os documentos indicam sem agendamento.',
  'derive/job-for-webhook': 'Adiciona uma tarefa que processa os webhooks de um fornecedor indicado.',
  'derive/job-metrics':
    'Adiciona métricas de duração e falhas das tarefas porque a especificação tem tarefas em segundo plano.',
  'derive/job-retry':
    'Propõe uma política de novas tentativas para uma tarefa indicada onde os documentos não indicam nenhuma.',
  'derive/job-runner-default':
    'Propõe um executor de tarefas onde os documentos indicam tarefas mas nenhum executor.',
  'derive/job-runner-partly-stated': 'Completa um executor de tarefas que os documentos nomeiam só em parte.',
  'derive/job-runner-stated': 'Usa o executor de tarefas que os documentos indicam.',
  'derive/join-table': 'Trata como tabela de junção uma tabela indicada que apenas liga duas entidades.',
  'derive/join-table-as-sub-resource':
    'Expõe uma tabela de junção como sub-recurso de um dos lados da sua relação.',
  'derive/join-table-composite-key':
    'Dá a uma tabela de junção a chave composta das suas duas chaves estrangeiras.',
  'derive/join-table-for-many-to-many':
    'Adiciona uma tabela de junção para uma relação muitos-para-muitos indicada.',
  'derive/json-structured-logs': 'Propõe registros estruturados em JSON com id de pedido.',
  'derive/jwt-claims-minimal':
    'Limita os claims do JWT ao sujeito, papéis e tenant de que o modelo indicado precisa.',
  'derive/load-test-from-nfr': 'Adiciona um teste de carga por cada meta de desempenho indicada.',
  'derive/lockout-5-attempts-15m':
    'Propõe um bloqueio de 15 minutos após 5 inícios de sessão falhados onde os documentos não indicam nenhum.',
  'derive/log-server-errors': 'Registra cada erro do servidor com o seu id de pedido.',
  'derive/anonymous-caller':
    'Trata um papel que os documentos descrevem como não autenticado como o chamador anônimo: apenas rotas públicas, nenhum papel de token.',
  'derive/machine-principal':
    'Adiciona um chamador de máquina para os webhooks e as chamadas entre serviços indicados.',
  'derive/many-to-many-from-join-table':
    'Lê uma relação muitos-para-muitos de uma tabela de junção indicada.',
  'derive/migrations-versioned-sql':
    'Propõe migrações SQL versionadas onde os documentos não indicam ferramenta de migração.',
  'derive/mongodb-collections':
    'Mapeia as entidades indicadas para coleções MongoDB porque os documentos escolhem MongoDB.',
  'derive/mongodb-object-id':
    'Dá aos documentos MongoDB uma chave ObjectId porque os documentos escolhem MongoDB.',
  'derive/monitoring-sdk-retry':
    'Deixa as novas tentativas de um serviço de monitorização indicado ao seu SDK.',
  'derive/n-plus-one-per-relationship': 'Nomeia o risco N+1 de cada relação indicada que as listagens leem.',
  'derive/name-enum-type': 'Dá nome ao tipo enum da base de dados de um campo de estado ou tipo indicado.',
  'derive/nest-owned-child': 'Aninha o caminho de um filho indicado sob o do seu pai.',
  'derive/no-auth-stated': 'Registra que os documentos não indicam autenticação.',
  'derive/no-change-to-append-only':
    'Omite a atualização e a exclusão de um registro indicado só de inserção.',
  'derive/no-change-to-money-records':
    'Omite a atualização e a exclusão de registros de dinheiro (pagamentos, faturas): são estornados, não editados.',
  'derive/no-database':
    'Registra que os documentos não indicam base de dados: o sistema não guarda dados próprios.',
  'derive/no-delete-without-requirement':
    'Omite uma operação de exclusão que nenhum requisito ou história indicados pedem.',
  'derive/no-write-without-caller':
    'Omite uma criação ou edição projetada negada a todos os papéis quando cada requisito que a nomeava é atendido por outra operação do mesmo tipo que um papel chama (`POST /berths` ao lado de `POST /reservations` do visitante para FR-2).',
  'derive/no-delete-without-caller':
    'Omite uma exclusão projetada negada a todos os papéis: nenhuma história, permissão ou acesso indicado nomeia quem a chama.',
  'derive/no-list-without-requirement':
    'Omite uma operação de listagem que nenhum requisito ou história indicados pedem.',
  'derive/no-write-without-requirement':
    'Omite uma operação de escrita que nenhum requisito ou história indicados pedem.',
  'derive/no-writes-on-read-only-data':
    'Omite as escritas sobre dados que os documentos indicam como só de leitura ou importados.',
  'derive/no-writes-on-system-data': 'Omite as escritas de clientes sobre registros que só o sistema cria.',
  'derive/not-null-key': 'Torna NOT NULL uma coluna de chave.',
  'derive/notification-channel-per-provider':
    'Adiciona um canal de notificação por cada fornecedor de mensagens indicado.',
  'derive/notification-service':
    'Adiciona um serviço de notificações porque os documentos indicam notificações.',
  'derive/pattern-check':
    "Escreve o padrão de formato que uma notação de código indica para um campo (Mongoose match, zod .regex, Rails format, Pydantic pattern) como um CHECK do PostgreSQL (col ~ '…'), para que o banco imponha o que a API valida.",
  'derive/nullable-when-unstated':
    'Torna opcional um campo indicado onde os documentos não dizem que é obrigatório.',
  'derive/on-delete-cascade-join-table':
    'Exclui as linhas da tabela de junção com qualquer um dos seus lados.',
  'derive/on-delete-cascade-owned-child': 'Exclui um filho com o seu pai indicado.',
  'derive/on-delete-restrict-shared':
    'Impede excluir um registro que uma chave estrangeira obrigatória do modelo indicado ainda referencia.',
  'derive/on-delete-set-null-optional':
    'Limpa uma chave estrangeira opcional quando o registro referenciado é excluído.',
  'derive/create-from-verb-noun':
    'Lê um verbo que nenhum léxico conhece e cuja raiz nomeia uma entidade do modelo («votar» → Voto) como a criação dessa entidade.',
  'derive/operation-from-story': 'Adiciona a operação de que uma história de usuário indicada precisa.',
  'derive/owasp-a01-from-matrix':
    'Enuncia a prática de controlo de acesso da OWASP A01 a partir da matriz de permissões.',
  'derive/owasp-a02':
    'Enuncia a prática criptográfica da OWASP A02 para os segredos e dados pessoais indicados.',
  'derive/owasp-a04-validation':
    'Enuncia a prática de validação de entradas da OWASP A04 a partir das regras de validação.',
  'derive/owasp-a08-webhooks':
    'Exige a verificação de assinatura dos webhooks dos fornecedores indicados (OWASP A08).',
  'derive/owasp-a10-allowlist': 'Limita as chamadas de saída às integrações indicadas (OWASP A10).',
  'derive/pagination-20-100':
    'Propõe páginas de 20 elementos, no máximo 100, onde os documentos não indicam tamanho de página.',
  'derive/password-hash-argon2id':
    'Propõe Argon2id para as senhas onde os documentos indicam senhas mas não o hash.',
  'derive/password-max-length-128': 'Limita as senhas a 128 caracteres para limitar o custo do hash.',
  'derive/password-min-length-8':
    'Propõe um comprimento mínimo de senha de 8 onde os documentos não indicam nenhum.',
  'derive/payment-service':
    'Adiciona um serviço de pagamentos porque os documentos indicam um fornecedor de pagamentos.',
  'derive/pool-from-concurrency':
    'Dimensiona o pool da base de dados a partir da meta de concorrência indicada.',
  'derive/rate-limit-per-class':
    'Propõe limites de pedidos por classe de operação onde os documentos não indicam nenhum.',
  'derive/read-only-log': 'Expõe um registro ou histórico indicado apenas para leitura.',
  'derive/read-only-reference-data':
    'Expõe os dados de referência indicados apenas para leitura, exceto aos administradores.',
  'derive/red-metrics': 'Adiciona métricas de taxa, erros e duração para cada endpoint.',
  'derive/refresh-rotation-reuse-detection':
    'Roda os tokens de atualização e revoga a família em caso de reutilização, porque os documentos indicam tokens de atualização.',
  'derive/refresh-token-capped-by-session':
    'Limita a validade do token de atualização à duração de sessão indicada.',
  'derive/refresh-token-default-7d':
    'Propõe 7 dias de validade para o token de atualização onde os documentos não indicam nenhuma.',
  'derive/relationship-from-foreign-key': 'Lê uma relação de uma chave estrangeira indicada.',
  'derive/resource-from-story-noun':
    'Adiciona um recurso para uma entidade sobre a qual atuam histórias indicadas.',
  'derive/resource-per-aggregate-root': 'Adiciona um recurso por cada entidade principal indicada.',
  'derive/sanitise-decimal-as-string': 'Devolve os montantes e decimais como texto para não perder precisão.',
  'derive/sanitise-explicit-null': 'Devolve os valores opcionais ausentes como null explícito.',
  'derive/sanitise-no-html': 'Devolve o texto como dados, nunca como HTML.',
  'derive/sanitise-personal-data':
    'Mantém os dados pessoais indicados fora dos registros de atividade e das respostas a outros usuários.',
  'derive/sanitise-rfc3339-utc': 'Devolve os timestamps em RFC 3339 e UTC.',
  'derive/sanitise-secrets-never-returned':
    'Nunca devolve segredos indicados como hashes de senha ou tokens.',
  'derive/search-from-requirement':
    'Adiciona um parâmetro ou operação de pesquisa que um requisito indicado pede.',
  'derive/security-tests-per-owasp-item':
    'Adiciona um teste de segurança por cada prática OWASP da seção 13.',
  'derive/sensitive-field': 'Marca como sensível um campo indicado pelo seu nome (senha, token, segredo).',
  'derive/sensitive-personal':
    'Marca como dado pessoal um campo indicado pelo seu nome (e-mail, telefone, data de nascimento).',
  'derive/sensitive-secret':
    'Marca como segredo um campo indicado pelo seu nome (hash de senha, token, chave de API).',
  'derive/owner-from-caller':
    'Deixa fora do corpo de criação a referência ao registro do próprio chamador quando só esse papel cria o registro: o servidor a obtém do token.',
  'derive/state-time-server-set':
    'Deixa fora dos corpos de pedido a data e hora que tem o nome de um status que o registro alcança depois de criado: o servidor a registra, ou a define como prazo.',
  'derive/queue-position-server-set':
    'Deixa fora dos corpos de pedido o número que tem o nome de um status e de uma posição na sua fila (`waitlistPos` ao lado de `waitlisted`): o servidor numera a fila quando os registros entram e saem dela.',
  'derive/state-flag-from-action':
    'Deixa fora dos corpos de criação e edição um booleano com nome de estado cujo verbo uma ação indicada do registro, ou do registro a que pertence, realiza: essa ação o define.',
  'derive/action-time-from-action':
    'Deixa fora dos corpos de criação e edição uma data-hora com nome do verbo de uma ação indicada do registro (`picked_up_at` ao lado de `POST …/{id}/pickup`): essa ação a registra.',
  'derive/action-reading-from-action':
    'Deixa fora dos corpos de criação e edição um número com nome do verbo de uma ação indicada do registro (`return_battery_level` ao lado de `POST …/{id}/return`): essa ação registra a leitura.',
  'derive/status-from-actions':
    "Deixa fora dos corpos de criação e edição uma coluna de estado com valor padrão indicado de um registro que ações indicadas movem (`status DEFAULT 'open'` ao lado de `POST …/{id}/close`): o registro é criado nesse valor e só as ações o mudam.",
  'derive/role-column-from-caller':
    'Deixa fora dos corpos de criação e edição a referência a um usuário com nome do único papel que cria o registro (`mechanic_id` quando só um mecânico relata avarias): o servidor toma o chamador do token.',
  'derive/total-from-rate':
    'Deixa fora dos corpos de criação e edição o único total de um registro quando outro registro do modelo guarda uma tarifa (`total_cents` ao lado de `prices.daily_rate_cents`): o servidor o calcula a partir da tarifa.',
  'derive/role-column-from-action':
    'Deixa fora do corpo de criação uma referência opcional ao usuário nomeada por um papel que executa uma ação declarada sobre o registro e não o cria (`courier_id` ao lado de `POST /orders/{id}/pickup` para um entregador): é definida após a criação por uma ação (a do papel ou uma atribuição), nunca por quem cria.',
  'derive/distance-from-places':
    'Deixa fora dos corpos de requisição um número nomeado por uma distância em um registro que aponta para dois registros com coordenadas (`distance_km` ao lado do endereço e da loja): o servidor a mede.',
  'derive/code-of-owned-record':
    'Deixa fora dos corpos de requisição um código ou número único de um registro que pertence a quem chama (`orders.code`): quem chama não conhece os códigos dos outros, então o servidor o emite.',
  'derive/status-from-webhook':
    'Deixa fora dos corpos de requisição o status de um registro sob cuja coleção está uma rota de webhook declarada (`POST /fizetesek/simplepay/ipn` ao lado de `fizetesek.statusz`): a notificação do provedor o altera.',
  'derive/subject-from-token':
    'Deixa fora dos corpos de pedido o identificador de uma pessoa no fornecedor de identidade (`kakao_sub`, `bankid_subject`, `keycloak_id`): o servidor toma-o do `sub` do token verificado.',
  'derive/sign-in-state':
    'Deixa fora dos corpos de pedido o estado de acesso de uma conta (`failed_logins`, `locked_until`, `email_verified`, o último acesso): o login e a verificação o escrevem.',
  'derive/last-event-time':
    'Deixa fora dos corpos de pedido a data e hora do último evento de um tipo (`last_order_at`): o servidor a registra quando os eventos acontecem.',
  'derive/stored-file-size':
    'Deixa fora dos corpos de pedido um tamanho em bytes (`pdf_size_bytes`): o servidor mede o arquivo guardado.',
  'derive/actor-from-caller':
    'Deixa fora dos corpos de pedido quem fez algo (`recorded_by`, `adjusted_by`, `registrado_por`): o servidor toma o chamador do token.',
  'derive/tenant-from-token':
    'Deixa o `tenant_id` de um registro fora dos corpos de pedido: o servidor toma o inquilino do chamador do token.',
  'derive/anonymised-time':
    'Deixa fora dos corpos de pedido o momento em que um registro foi anonimizado (`anonymised_at`): o apagamento o define.',
  'derive/record-time':
    'Deixa fora dos corpos de pedido a data e hora em que um registro foi registrado (`recorded_at`, `registrado_en`): o servidor toma o momento em que o guarda.',
  'derive/hold-expiry':
    'Deixa fora dos corpos de pedido o fim de uma retenção (`held_until`, `hold_expires_at`): o servidor lhe dá o seu prazo.',
  'derive/action-note-from-action':
    'Deixa fora dos corpos de criação e edição um texto cujo nome começa pelo verbo de uma ação cujo momento o registro guarda (`void_reason` ao lado de `voided_at` e `POST …/{id}/void`): a ação o registra, e uma ação de estado projetada a partir de uma história ou de uma tabela de rotas o recebe no seu corpo.',
  'derive/server-rendered-surface':
    'Faz com que uma operação que só os papéis de uma interface sem API JSON segundo os documentos (um backoffice renderizado no servidor) podem chamar seja servida pelas telas dessa interface: continua um método de serviço, fora do documento OpenAPI.',
  'derive/provider-reference-server-set':
    'Deixa fora dos corpos de pedido a referência de um provedor (um campo com o nome de uma integração em uso e uma palavra de identificador, `stripe_payment_intent_id`): o provedor a devolve quando o servidor o chama.',
  'derive/start-payment-from-provider':
    'Adiciona a operação com que o pagador inicia um pagamento no provedor de pagamentos indicado (`POST /invoices/{id}/payment`, que responde com a URL de pagamento) para uma história que paga um registro: o webhook do provedor registra o resultado, nunca é a operação do pagador.',
  'derive/total-of-line-items':
    'Deixa fora dos corpos de pedido o total de um registro cujos itens indicam quantidade e preço unitário: o servidor calcula a soma.',
  'derive/server-owned-fields':
    'Mantém fora dos corpos de pedido os campos que o servidor define (ids, timestamps, dono).',
  'derive/service-method-per-endpoint': 'Adiciona um método de serviço por cada endpoint.',
  'derive/service-per-aggregate':
    'Adiciona um serviço por cada grupo de entidades indicadas que um agregado possui.',
  'derive/soft-delete-stated': 'Adiciona uma coluna deleted_at porque os documentos indicam exclusão lógica.',
  'derive/status-change-from-story':
    'Altera o status de um registro por meio de sua própria ação quando uma história altera o status.',
  'derive/system-default':
    'Dá a uma coluna de chave ou de timestamp seu valor padrão na base de dados (gen_random_uuid(), now()).',
  'derive/tenant-column': 'Adiciona a coluna de tenant às entidades de um modelo multi-tenant indicado.',
  'derive/tenant-scope': 'Limita cada consulta ao tenant de quem chama num modelo multi-tenant indicado.',
  'derive/token-cookie-httponly-secure-samesite':
    'Guarda os tokens em cookies HttpOnly, Secure e SameSite porque um cliente de navegador indicado inicia sessão.',
  'derive/transaction-cascading-soft-delete':
    'Exclui logicamente um registro e os seus filhos numa só transação.',
  'derive/constraint-error-on-entity-writes':
    'Lança o erro de uma regra indicada de restrição de banco de dados (um valor único, sem sobreposição) em cada criação e atualização da entidade que restringe, quando nenhum requisito liga a regra a uma operação.',
  'derive/domain-error-from-rule':
    'Nomeia o erro de domínio que uma regra indicada lança a partir da entidade restringida e do tipo de regra (`APPOINTMENT_OUTSIDE_WINDOW`) quando a frase da regra não nomeia nenhum código.',
  'derive/rule-enforced-by-job':
    'Nomeia a tarefa em segundo plano que aplica uma regra que o design aplica com uma tarefa: a tarefa desenhada a partir da linha da regra; senão, a única tarefa indicada cuja linha cita a regra ou o seu requisito; senão, a única tarefa indicada que faz o ato da regra (purgar, anonimizar, arquivar, lembrar); senão, a única tarefa indicada agendada na data do ano que a regra indica. Uma regra que não nomeia nenhuma entidade restringe a única entidade que o nome da tarefa indicada nomeia (`IssueInvoices`: Invoice).',
  'derive/transaction-no-overlap-constraint':
    'Executa numa transação uma escrita restringida por uma regra indicada de não sobreposição ou de não reserva dupla; a restrição única ou de exclusão da regra aborta-a quando outro escritor tomou o horário.',
  'derive/transaction-with-audit-entry':
    'Escreve numa transação a alteração que uma regra de auditoria restringe e a sua entrada de auditoria, de modo que nenhuma é confirmada sem a outra.',
  'derive/transaction-record-updates-referenced-state':
    'Cria um registro e muda o estado do registro que referencia numa só transação.',
  'derive/transaction-register-tenant-and-user': 'Cria um tenant e o seu primeiro usuário numa só transação.',
  'derive/transaction-state-change-with-history':
    'Muda um estado e escreve o seu registro de histórico indicado numa só transação.',
  'derive/unit-tests-per-service': 'Adiciona testes unitários para cada serviço e as suas regras de negócio.',
  'derive/validate-by-type': 'Valida cada campo indicado pelo seu tipo.',
  'derive/validate-format-by-name':
    'Valida o formato de um campo indicado pelo seu nome (e-mail, URL, telefone).',
  'derive/validate-required': 'Exige nos pedidos de criação os campos indicados não nulos.',
  'derive/versioned-base-path':
    'Propõe um caminho base versionado (/api/v1) onde os documentos não indicam nenhum.',
  'extract/join-table-many-to-many':
    'Lê como relação muitos-para-muitos uma tabela indicada com duas chaves estrangeiras e nada mais.',
  'derive/api-key-client':
    'Adiciona um esquema de segurança por chave de API para um cliente de máquina indicado nos documentos, nas operações que ele chama.',
  'derive/api-key-header-default':
    'Propõe o cabeçalho X-API-Key onde os documentos indicam uma chave de API sem nome de cabeçalho.',
  'derive/guessable-stated-ids':
    'Aponta como adivinháveis (OWASP API1) as chaves inteiras sequenciais indicadas usadas como id em caminhos, com a mitigação que o design aplica.',
  'derive/secret-in-stated-path':
    'Aponta um segredo que os documentos colocam em um caminho (OWASP API2), com a forma como o design o protege.',
  'derive/authz-stated-matrix':
    'Nega a um papel uma operação sobre um recurso que a matriz de permissões papel × recurso indicada não lhe concede.',
  'derive/authz-stated-route-access':
    'Nega a um papel uma rota indicada cuja tabela de rotas nomeia outros chamadores na sua coluna de acesso.',
};

export const ruleOrigins = {
  heading: 'Apêndice C. Origem das regras',
  intro:
    'Os elementos que os documentos não indicam linha a linha citam como [R1], [R2], … a regra com nome que os derivou; cada regra aparece aqui uma vez, com os fatos que lê e quantos elementos desta especificação produziu.',
  columns: {
    label: 'Etiqueta',
    rule: 'Regra',
    derives: 'O que deriva e a partir de quê',
    items: 'Elementos',
  },
  uncatalogued: 'Uma regra com nome do backend-spec que ainda não tem descrição.',
  sentences,
};
