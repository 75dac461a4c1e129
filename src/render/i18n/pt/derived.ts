import type { DerivedPhrase } from '../en/derived.js';

/** Portuguese wording of the clauses derive rules write (see en/derived.ts). */
export const derived: Record<DerivedPhrase, string> = {
  'The request is malformed or fails validation.': 'A requisição está malformada ou não passa na validação.',
  'Missing or invalid credentials.': 'Credenciais ausentes ou inválidas.',
  'The caller may not perform this operation on this resource.':
    'O chamador não pode executar esta operação sobre este recurso.',
  'The resource does not exist or is not visible to the caller.':
    'O recurso não existe ou não é visível para o chamador.',
  'A unique value is already taken, or the resource state does not allow this.':
    'Um valor único já está em uso, ou o estado do recurso não permite isso.',
  'A request with this {} is still being processed.':
    'Uma requisição com esta {0} ainda está sendo processada.',
  'A referenced record does not exist.': 'Um registro referenciado não existe.',
  'The {} was used with a different payload.': 'A {0} foi usada com um conteúdo diferente.',
  'Too many requests': 'Requisições demais',
  'retry after the time in {}': 'tente de novo após o tempo indicado em {0}',
  'Unique key per logical request': 'Chave única por requisição lógica',
  'a retry with the same key returns the first result ({}).':
    'uma nova tentativa com a mesma chave retorna o primeiro resultado ({0}).',
  'exponential {} × {}^attempt (cap {}) with full jitter':
    'exponencial {0} × {1}^tentativa (teto {2}) com jitter completo',
  'honour {}': 'respeitando {0}',
  'honours {} {} headers': 'respeita os cabeçalhos {1} de {0}',
  'any thrown error': 'qualquer erro lançado',
  timeout: 'tempo esgotado',
  'network error or timeout': 'erro de rede ou tempo esgotado',
  'network error ({} transport)': 'erro de rede (transporte do {0})',
  'the {} transport’s own backoff': 'a espera do próprio transporte do {0}',
  '{} table (payload, error, attempts, {})': 'tabela {0} (conteúdo, erro, tentativas, {1})',
  'BullMQ failed set (kept, inspected and retried from the dashboard)':
    'conjunto de falhas do BullMQ (mantidas, inspecionadas e reprocessadas pelo painel)',
  'dropped when the {} buffer is full (reporting never blocks a request)':
    'descartado quando o buffer do {0} está cheio (o envio de relatórios nunca bloqueia uma requisição)',
  'not stated in the documents: a rerun must not repeat work already done':
    'não declarado nos documentos: uma nova execução não deve repetir trabalho já feito',
  'load the message by id': 'carregar a mensagem pelo id',
  'stop if already sent': 'parar se já foi enviada',
  'store the provider message id and status sent': 'guardar o id da mensagem no provedor e o status enviado',
  'failures in the {} list mark it failed without retry':
    'falhas da lista {0} a marcam como falha sem nova tentativa',
  'delete from the {} store where {} < {} (or {} is set and older than a day), in batches of {}':
    'excluir do armazenamento {0} onde {1} < {2} (ou {3} está preenchido e tem mais de um dia), em lotes de {4}',
  'the job loads the stored event, skips it if already processed, applies it, marks it processed':
    'a tarefa carrega o evento guardado, ignora-o se já foi processado, aplica-o e marca-o como processado',
  'unique constraint on the provider event id: duplicates and redeliveries are skipped':
    'restrição de unicidade no id do evento do provedor: duplicatas e reenvios são ignorados',
  'reject if older than {} minutes': 'rejeitar se tiver mais de {0} minutos',
  'raw body kept for verification': 'corpo bruto mantido para a verificação',
  'scheduled by {} cron timer (one leader instance)':
    'agendado por um temporizador cron {0} (uma única instância líder)',
  'profile of the {} user, read by {} /{} on every page load':
    'perfil do usuário logado, lido por {1} /{2} a cada carregamento de página',
  'no cache store is stated: {} LRU cache per instance (lost on restart, not shared), {} entries':
    'nenhum armazenamento de cache declarado: cache LRU {0} por instância (perdido ao reiniciar, não compartilhado), {1} entradas',
  'process is up (no dependency checks, so a slow database never restarts the pod)':
    'o processo está no ar (sem verificar dependências, para que um banco de dados lento nunca reinicie o pod)',
  'ratio of {} responses to all responses': 'proporção de respostas {0} sobre o total de respostas',
  'index {}': 'índice {0}',
  'load with {}': 'carregar com {0}',
  'one batched query, never a {} per row': 'uma única consulta em lote, nunca um {0} por linha',
  "load with one query over the page's ids ({} {} {} (…)) or a join":
    'carregar com uma única consulta sobre os ids da página ({0} {1} {2} (…)) ou um join',
  '{} per minute per {} and account (default)': '{0} por minuto por {1} e por conta (padrão)',
  '{} with {} beyond': 'acima disso, {0} com {1}',
  'deny by default: {} endpoints × {} roles in the permission matrix (section {})':
    'negação por padrão: {0} endpoints × {1} papéis na matriz de permissões (seção {2})',
  'passwords hashed with bcrypt, cost {} (stated)': 'senhas com hash bcrypt, custo {0} (declarado)',
  'JWTs signed with the key in {} (≥ {} bits, from the environment, rotated by key id)':
    'JWTs assinados com a chave de {0} (≥ {1} bits, vinda do ambiente, trocada por id de chave)',
  '{} sensitive fields never returned in responses (section {})':
    '{0} campos sensíveis nunca retornados nas respostas (seção {1})',
  'parameterised queries only': 'somente consultas parametrizadas',
  "every query through Prisma's query {} (parameterised)":
    'toda consulta pela {0} de consultas do Prisma (parametrizada)',
  'raw queries only through its parameterised form ({} tagged templates), never string concatenation':
    'consultas SQL diretas somente na forma parametrizada ({0} tagged templates), nunca por concatenação de strings',
  'output encoded by the client framework, {} input sanitised before storage or render':
    'saída codificada pelo framework do cliente; entrada {0} saneada antes de gravar ou exibir',
  '{} {} validation rules enforced in the service layer, whatever the client checked (section {})':
    '{0} regras de validação no servidor aplicadas na camada de serviços, independentemente do que o cliente verificou (seção {2})',
  '{} {} validation rules and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} regras de validação no servidor e {2} regras de negócio aplicadas na camada de serviços, independentemente do que o cliente verificou (seção {3})',
  '{} {} validation rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regra de validação no servidor aplicada na camada de serviços, independentemente do que o cliente verificou (seção {2})',
  '{} {} validation rule and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regra de validação no servidor e {2} regra de negócio aplicadas na camada de serviços, independentemente do que o cliente verificou (seção {3})',
  '{} {} validation rule and {} business rules enforced in the service layer, whatever the client checked (section {})':
    '{0} regra de validação no servidor e {2} regras de negócio aplicadas na camada de serviços, independentemente do que o cliente verificou (seção {3})',
  '{} {} validation rules and {} business rule enforced in the service layer, whatever the client checked (section {})':
    '{0} regras de validação no servidor e {2} regra de negócio aplicadas na camada de serviços, independentemente do que o cliente verificou (seção {3})',
  'error bodies follow the catalogue (section {}) and never carry stack traces or {}':
    'os corpos de erro seguem o catálogo (seção {0}) e nunca trazem stack traces nem {1}',
  '{} allows only the stated {} origin': '{0} só permite a origem {1} declarada',
  'secrets only from environment variables (section {})':
    'segredos somente de variáveis de ambiente (seção {0})',
  '{} URLs are never fetched {}': 'o servidor nunca busca URLs fornecidas pelo usuário',
  'every query filtered by {} from the token, never from the request':
    'toda consulta filtrada por {0} obtido do token, nunca da requisição',
  'A01 Broken Access Control: for every {} row, each denied role gets {} and another tenant’s or owner’s id gets {}':
    'A01 Quebra de controle de acesso: em cada linha da matriz de permissões, cada papel negado recebe {1} e o id de outro inquilino ou proprietário recebe {2}',
  'A01 {} (token storage): a {} request from a foreign Origin, or without the cookie’s SameSite context, is rejected':
    'A01 {0} (armazenamento de tokens): uma requisição que altera estado vinda de outro Origin, ou sem o contexto SameSite do cookie, é rejeitada',
  'A02 Cryptographic Failures: stored passwords are hashes only':
    'A02 Falhas criptográficas: as senhas armazenadas são apenas hashes',
  'no response body contains a sensitive field': 'nenhum corpo de resposta contém um campo sensível',
  'plain {} is redirected or refused': 'o {0} sem criptografia é redirecionado ou recusado',
  'A03 Injection: injection payloads (\' {} {} --, {"$gt": ""}, <script>) in every text and filter parameter return {} or no extra rows':
    'A03 Injeção: cargas de injeção (\' {0} {1} --, {"$gt": ""}, <script>) em cada parâmetro de texto e de filtro retornam {2} ou nenhuma linha a mais',
  'A04 Insecure Design: each business rule is enforced when the {} is called directly with a body that breaks it':
    'A04 Design inseguro: cada regra de negócio é aplicada quando a {0} é chamada diretamente com um corpo que a viola',
  'A07 Identification and Authentication Failures: expired, tampered and missing tokens get {}':
    'A07 Falhas de identificação e autenticação: tokens expirados, adulterados ou ausentes recebem {0}',
  'repeated failed logins hit the lockout or rate limit':
    'logins malsucedidos repetidos acionam o bloqueio ou o limite de taxa',
  'A08 Software and Data Integrity Failures: a webhook with a missing or wrong signature (or an old timestamp) is rejected and not processed':
    'A08 Falhas de integridade de software e dados: um webhook sem assinatura, com assinatura errada (ou carimbo de tempo antigo) é rejeitado e não é processado',
  'A09 Security Logging and Monitoring Failures: a failed login and a {} each produce a log line':
    'A09 Falhas de registro e monitoramento de segurança: um login malsucedido e um {0} geram cada um uma linha de log',
  'no redacted field appears in any log line': 'nenhum campo ocultado aparece em linha de log alguma',
  'A10 {} Request Forgery: no endpoint fetches a {} taken from the request':
    'A10 Falsificação de requisição do lado do servidor: nenhum endpoint busca uma {1} obtida da requisição',
  'a load tool: ramp to the expected peak for {} minutes':
    'uma ferramenta de carga: rampa até o pico esperado durante {0} minutos',
  'schema: migrations are {}': 'esquema: as migrações são {0}',
  'a release only adds (columns nullable or defaulted, new tables)':
    'uma versão só acrescenta (colunas anuláveis ou com padrão, tabelas novas)',
  'removals ship one release later': 'as remoções saem uma versão depois',
  'so the previous application version runs on the new schema and rolling back the application needs no schema rollback':
    'assim a versão anterior da aplicação roda sobre o novo esquema e reverter a aplicação não exige reverter o esquema',
  'the runner records each applied file in a migrations table and applies only new ones, each in a transaction':
    'o executor registra cada arquivo aplicado numa tabela de migrações e aplica só os novos, cada um numa transação',
  'run before the new release starts': 'executadas antes de a nova versão iniciar',
  'files are never edited after they have been applied anywhere':
    'os arquivos nunca são editados depois de aplicados em qualquer ambiente',
  'a faulty migration is fixed by a new forward migration':
    'uma migração com defeito é corrigida por uma nova migração para a frente',
  'a faulty migration is fixed by a new forward migration (Prisma has no down migrations)':
    'uma migração com defeito é corrigida por uma nova migração para a frente (o Prisma não tem migrações de reversão)',
  'restore from the {} backup only for data loss':
    'restaurar o backup anterior à implantação somente em caso de perda de dados',
  '{} entities of {} with a primary key ({} composite)':
    '{0} de {1} entidades com chave primária ({2} compostas)',
  '{} typed fields, {} constraints (not null, unique, foreign key, check)':
    '{0} campos tipados, {1} restrições (not null, unique, chave estrangeira, check)',
  '{} indexes ({} stated or unique, {} by rule)': '{0} índices ({1} declarados ou únicos, {2} por regra)',
  '{} of {} foreign keys indexed': '{0} de {1} chaves estrangeiras indexadas',
  '{} of {} tables reachable by primary key': '{0} de {1} tabelas acessíveis por chave primária',
  '{} endpoints, {} with {} schemas from the data model, {} of {} entities reachable':
    '{0} endpoints, {1} com schemas de requisição e resposta do modelo de dados; {3} de {4} entidades acessíveis',
  'every entity users act on has an endpoint': 'toda entidade sobre a qual os usuários agem tem um endpoint',
  '{} jobs, each with retries, a {} destination and a timeout':
    '{0} tarefas, cada uma com novas tentativas, um destino para falhas e um tempo limite',
  '{} redacted fields and headers': '{0} campos e cabeçalhos ocultados',
  '{} sensitive model fields covered': '{0} campos sensíveis do modelo cobertos',
  '{} alerts, each from a stated {} or a named default':
    '{0} alertas, cada um a partir de um {1} declarado ou de um padrão nomeado',
  'no data model in the documents': 'não há modelo de dados nos documentos',
  '{} endpoints against a real PostgreSQL test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contra uma instância real de teste do PostgreSQL, com as migrações aplicadas antes (nunca um mock do banco de dados)',
  '{} endpoints against a real Supabase test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contra uma instância real de teste do Supabase, com as migrações aplicadas antes (nunca um mock do banco de dados)',
  'A06 Vulnerable and Outdated Components: the CI dependency audit fails the build on a known {} vulnerability':
    'A06 Componentes vulneráveis e desatualizados: a auditoria de dependências da CI faz o build falhar diante de uma vulnerabilidade {0} conhecida',
  '{} relationships resolved ({} {}, {} {}, {} {})':
    '{0} relacionamentos resolvidos ({1} um-para-um, {3} um-para-muitos, {5} muitos-para-muitos)',
  'load the source record and its template': 'carregar o registro de origem e seu modelo',
  'render to PDF': 'gerar o PDF',
  'store the file under a key derived from the document id and version, then record its location':
    'guardar o arquivo com uma chave derivada do id e da versão do documento e depois registrar sua localização',
  'the storage key is derived from document id + version: a rerun overwrites the same file':
    'a chave de armazenamento deriva do id do documento + versão: uma nova execução sobrescreve o mesmo arquivo',
  'delete the stored files of those rows from object storage first (a file without a row is unreachable)':
    'excluir primeiro do armazenamento de objetos os arquivos dessas linhas (um arquivo sem linha fica inacessível)',
  'repeat until none remain': 'repetir até não restar nenhuma',
  'record the count deleted': 'registrar a quantidade excluída',
  'Apply the stated rule "{*}" to each {*} once its time has passed':
    'Aplicar a regra indicada «{0}» a cada {1} depois de passado o seu prazo',
  'select ids from {*} where {*} and {*} < cutoff, batchSize at a time':
    'selecionar os ids de {0} onde {1} e {2} < cutoff, de batchSize em batchSize',
  'select ids from {*} where {*} and {*} <= horizon, batchSize at a time':
    'selecionar os ids de {0} onde {1} e {2} <= horizon, de batchSize em batchSize',
  'The documents state a rule that applies {*} before "{*}" ("{*}"), but no time column of {*} holds the time of that event: which column does the job compare with?':
    'Os documentos indicam uma regra que se aplica {0} antes de «{1}» («{2}»), mas nenhuma coluna de tempo de {3} guarda o momento desse evento: com que coluna a tarefa compara?',
  'set {*} on each of those rows in its own transaction, only if {*}':
    'definir {0} em cada uma dessas linhas na sua própria transação, só se {1}',
  'record the count changed': 'registrar a quantidade de linhas alteradas',
  'only rows still in {*} change: a rerun finds the changed rows gone':
    'só mudam as linhas ainda em {0}: uma nova execução já não encontra as linhas alteradas',
  'The documents state a rule that applies once a time has passed ("{*}"), but no state of the entity it names is the one it leads to: which table, which time column and which change does the job make?':
    'Os documentos indicam uma regra que se aplica depois de passado um prazo («{0}»), mas nenhum estado da entidade que nomeia é aquele a que leva: que tabela, que coluna de tempo e que alteração faz a tarefa?',
  'deleting rows older than the cutoff is repeatable: a rerun finds nothing left to delete':
    'excluir linhas anteriores ao limite é repetível: uma nova execução não encontra mais nada para excluir',
  'Render the PDF documents the requirements name within the stated < {} seconds target':
    'Gerar os documentos PDF citados pelos requisitos dentro da meta declarada de < {0} segundos',
  '{} is the source of truth': '{0} é a fonte da verdade',
  'creates a timestamped {} migration locally': 'cria localmente uma migração {0} com carimbo de tempo',
  '{} runs {} against the target database before the new release starts':
    '{0} executa {1} no banco de dados de destino antes de a nova versão iniciar',
  '> {} over {} (burns the {} monthly error budget of the stated {} availability {} too fast)':
    '> {0} em {1} (consome o orçamento mensal de erros de {2} da disponibilidade declarada de {3} {4} rápido demais)',
  'a reset link is sent if the account exists (no account enumeration, {} {} {}).':
    'um link de redefinição é enviado se a conta existir (sem enumeração de contas, {0} {1} {2}).',
  'phone in international format, digits only (no +, spaces or leading zeros)':
    'telefone em formato internacional, só dígitos (sem +, espaços ou zeros à esquerda)',
  'external API response from {*}: repeated lookups need not call it again (respect its terms on caching)':
    'resposta da API externa {0}: consultas repetidas não precisam chamá-la de novo (respeitando seus termos sobre cache)',
  'stated in the documents: {*}': 'declarado nos documentos: {0}',
  'external API response from {*}: the documents ask for caching of integration responses (respect its terms on caching)':
    'resposta da API externa {0}: os documentos pedem cache para as respostas das integrações (respeitando seus termos sobre cache)',
  'The documents cache "{*}", but no endpoint of the API serves it and no entity of the data model is it: which read does the entry hold, and which parameters make its key?':
    'Os documentos guardam em cache "{0}", mas nenhum endpoint da API o serve e nenhuma entidade do modelo de dados o é: que leitura a entrada guarda, e quais parâmetros formam a sua chave?',
  'The documents keep "{*}" for {*}, but no entity of the data model holds it: which table does this retention apply to, and is it a minimum or a purge deadline?':
    'Os documentos mantêm “{0}” por {1}, mas nenhuma entidade do modelo de dados o contém: a que tabela se aplica esta retenção, e é um mínimo ou um prazo de expurgo?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no entity of the data model holds that event and its time: which table and which time column does the reminder scan?':
    'Os documentos pedem um lembrete {0} antes de “{1}” (“{2}”), mas nenhuma entidade do modelo de dados contém esse evento e sua hora: que tabela e que coluna de tempo o lembrete percorre?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time (its time columns: {*}): which column does the job compare with the cutoff?':
    'Os documentos contam {0} a partir de “{1}” (“{2}”), mas nenhuma coluna de {3} registra esse momento (suas colunas de tempo: {4}): com que coluna a tarefa compara o limite?',
  'The documents count {*} from "{*}" ("{*}"), but no single column of {*} records that time: which column does the job compare with the cutoff?':
    'Os documentos contam {0} a partir de “{1}” (“{2}”), mas nenhuma coluna de {3} registra esse momento: com que coluna a tarefa compara o limite?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but several time columns of {*} may hold that time ({*}): which column does the reminder scan?':
    'Os documentos pedem um lembrete {0} antes de “{1}” (“{2}”), mas várias colunas de tempo de {3} podem conter esse momento ({4}): que coluna o lembrete percorre?',
  'The documents ask for a reminder {*} before "{*}" ("{*}"), but no time column of {*} is named so: which column does the reminder scan?':
    'Os documentos pedem um lembrete {0} antes de “{1}” (“{2}”), mas nenhuma coluna de tempo de {3} tem esse nome: que coluna o lembrete percorre?',
  'The documents say sign-in is passwordless ("{*}") but not how: a one-time link by e-mail, a one-time code, or an identity provider?':
    'Os documentos dizem que o login é sem senha (“{0}”), mas não como: um link de uso único por e-mail, um código de uso único ou um provedor de identidade?',
  'The documents ask for an action {*} after a due date has passed ("{*}"): which table and which due-date column does the job scan, and what does it send or change?':
    'Os documentos pedem uma ação {0} depois de vencido um prazo («{1}»): que tabela e que coluna de vencimento a tarefa percorre, e o que envia ou altera?',
  'The documents scope {*} ("{*}"), but no foreign key of the data model leads from what it names to the user: which column scopes it?':
    'Os documentos limitam o escopo de {0} («{1}»), mas nenhuma chave estrangeira do modelo de dados leva do que nomeiam ao usuário: qual coluna o limita?',
  'The route table lets "{*}" call {*}, but no role of the documents is called that: which role is it, or should the documents add it?':
    'A tabela de rotas permite que «{0}» chame {1}, mas nenhum papel dos documentos se chama assim: que papel é, ou os documentos devem acrescentá-lo?',
  'the route table names other callers for the route it asks for':
    'a tabela de rotas nomeia outros chamadores para a rota que pede',
  'no action verb of the languages read': 'nenhum verbo de ação dos idiomas lidos foi encontrado',
  'the documents state no stored data: the story names no record the API keeps':
    'os documentos não indicam dados armazenados: a história não nomeia nenhum registro que a API guarde',
  'the documents state no stored data and no stated route serves the story':
    'os documentos não indicam dados armazenados e nenhuma rota indicada atende a história',
  'the story names no object': 'a história não nomeia nenhum objeto',
  'the story names no entity of the data model': 'a história não nomeia nenhuma entidade do modelo de dados',
  'no role may call it: the requirements that named it are served by another operation a role calls':
    'nenhum papel pode chamá-la: os requisitos que a nomeavam são atendidos por outra operação que um papel chama',
  'no role may call it: no story, grant or stated access names a caller':
    'nenhum papel pode chamá-la: nenhuma história, permissão ou acesso indicado nomeia quem a chama',
  'no requirement or story asks to delete it': 'nenhum requisito ou história pede para excluí-lo',
  'the documents say the system generates it': 'os documentos dizem que o sistema o gera',
  'the documents say it is deactivated or archived, never deleted':
    'os documentos dizem que é desativado ou arquivado, nunca excluído',
  'a queue, snapshot or time series is written by the system':
    'uma fila, um instantâneo ou uma série temporal é escrito pelo sistema',
  'The dashboard of the signed-in user': 'O painel do usuário conectado',
  'tenant data is reached only within the tenant':
    'os dados de um locatário só são acessados dentro do locatário',
  'Start the payment of a {*} at {*}': 'Iniciar o pagamento de um registro {0} em {1}',
  'no payment provider is stated: which operation starts the payment of a {name} is an open question':
    'nenhum provedor de pagamentos é indicado: qual operação inicia o pagamento de um registro {0} é uma questão em aberto',
  'outbound HTTP only to the integration hosts ({*})':
    'HTTP de saída somente para os hosts das integrações ({0})',
  'no entities and no stated routes: the project has no {} to document':
    'nenhuma entidade nem rota declarada: o projeto não tem API a documentar',
  'credential header': 'cabeçalho de credencial',
  'integration credential': 'credencial de integração',
  'passwords and tokens in {} bodies': 'senhas e tokens nos corpos de {0}',
  'secret: never logged': 'segredo: nunca registrado',
  'personal data: masked in logs': 'dado pessoal: mascarado nos logs',
  'from {} or generated, echoed in the response and in error bodies':
    'de {0} ou gerado, devolvido na resposta e nos corpos de erro',
  tenant: 'inquilino',
  'the template, not the raw URL': 'o modelo, não a URL bruta',
  'error level only': 'apenas no nível error',
  'body of auth routes': 'corpo das rotas de autenticação',
  'from the provider dashboard': 'do painel do provedor',
  value: 'valor',
  'random {}+ bytes': '{0}+ bytes aleatórios',
  '{} lines, one object per event': 'linhas {0}, um objeto por evento',
  '{} lines via {}': 'linhas {0} via {1}',
  'minimum level from {} (debug, info, warn, error)':
    'nível mínimo definido por {0} (debug, info, warn, error)',
  'message id': 'id da mensagem',
  recipient: 'destinatário',
  'template and variables': 'modelo e variáveis',
  'webhook event id': 'id do evento do webhook',
  'event type': 'tipo de evento',
  'verified payload': 'conteúdo verificado',
  'document id': 'id do documento',
  'template version': 'versão do modelo',
  'message row status (pending → sent) checked before each send':
    'status da linha da mensagem (pending → sent) verificado antes de cada envio',
  'Send {*} through {*} outside the request: {*}': 'Enviar {0} via {1} fora da requisição: {2}',
  'Apply {*} events ({*}) after the endpoint has verified and stored them':
    'Aplicar os eventos de {0} ({1}) depois que o endpoint os verificou e guardou',
  'PostgreSQL job table ({} … {} {} {} {})': 'tabela de tarefas no PostgreSQL ({0} … {1} {2} {3} {4})',
  '{} cron timer (one leader instance)': 'temporizador cron {0} (uma única instância líder)',
  'Page size (default {}, at most {}).': 'Tamanho da página (padrão {0}, no máximo {1}).',
  'Number of records to skip.': 'Número de registros a pular.',
  'As stated in the documents.': 'Conforme declarado nos documentos.',
  'Id of the {name}.': 'Id do registro {0}.',
  'Id of the parent {name}.': 'Id do registro pai {0}.',
  'The {*} path parameter.': 'O parâmetro de caminho {0}.',
  'Only {name} records whose {} equals this value (indexed).':
    'Somente os registros de {0} cujo {1} é igual a este valor (indexado).',
  'A page of {name} records.': 'Uma página de registros de {0}.',
  'The created {name}.': 'O registro de {0} criado.',
  'The updated {name}.': 'O registro de {0} atualizado.',
  'The {name}.': 'O registro de {0}.',
  '{*}: {} must exist': '{0}: {1} deve existir',
  '{*} (+ and {} digits)': '{0} (+ e {1} dígitos)',
  'Get the {} user': 'Obter o usuário logado',
  'The {} user.': 'O usuário logado.',
  'Send a one-time sign-in link by e-mail': 'Enviar um link de login de uso único por e-mail',
  'Send a one-time sign-in code as a text message':
    'Enviar um código de acesso de uso único como mensagem de texto',
  'Send a one-time sign-in code to the phone number':
    'Enviar um código de acesso de uso único para o número de telefone',
  'Send a one-time sign-in code by e-mail': 'Enviar um código de login de uso único por e-mail',
  'Sign in with a one-time link': 'Fazer login com um link de uso único',
  'Sign in with a one-time code': 'Fazer login com um código de uso único',
  'Accepted; the link or code is sent if the account exists (no account enumeration).':
    'Aceito; o link ou o código é enviado se a conta existir (sem enumeração de contas).',
  'Sign in with credentials': 'Fazer login com credenciais',
  'The credentials are wrong.': 'As credenciais estão incorretas.',
  'Exchange a refresh token for a new access token': 'Trocar um refresh token por um novo token de acesso',
  'New tokens were issued.': 'Novos tokens foram emitidos.',
  'rate and errors per route ({} endpoints)': 'taxa e erros por rota ({0} endpoints)',
  'duration per route': 'duração por rota',
  'buckets around the stated latency targets': 'faixas em torno das metas de latência declaradas',
  'queue depth per job ({} jobs)': 'profundidade da fila por tarefa ({0} tarefas)',
  'failures per job, including dead-lettered ones':
    'falhas por tarefa, incluindo as enviadas para a fila de falhas',
  'hit rate per cache entry': 'taxa de acertos por entrada de cache',
  'connection pool saturation': 'saturação do pool de conexões',
  '{*} calls and failures': 'chamadas e falhas de {0}',
  '{} list endpoints paginate (cursor)': '{0} endpoints de lista paginam (cursor)',
  '{} list endpoints paginate (offset)': '{0} endpoints de lista paginam (offset)',
  'default {}, max {}': 'padrão {0}, máximo {1}',
  'larger limits are clamped, never rejected silently':
    'limites maiores são reduzidos ao máximo, nunca rejeitados em silêncio',
  'backup taken before migrating': 'backup feito antes de migrar',
  'backups kept {*} (stated)': 'backups mantidos por {0} (declarado)',
  'no secret field in any response schema': 'nenhum campo secreto em schema de resposta algum',
  'access tokens expire after {} (stated)': 'os tokens de acesso expiram após {0} (declarado)',
  'refresh tokens after {}': 'os refresh tokens após {0}',
  'refresh tokens after {}, rotated on use': 'os refresh tokens após {0}, trocados a cada uso',
  'auth failures, permission denials and {} are logged (section {})':
    'falhas de autenticação, negações de permissão e {0} são registradas (seção {1})',
  'A05 Security Misconfiguration: error bodies carry no stack trace or {}':
    'A05 Configuração de segurança incorreta: os corpos de erro não trazem stack trace nem {0}',
  '{} entries with key, {} and invalidation': '{0} entradas com chave, {1} e invalidação',
  '1 entry with key, {} and invalidation': '1 entrada com chave, {0} e invalidação',
  'deleting expired rows is repeatable': 'excluir linhas expiradas é repetível',
  '{name}: {} methods, each error path in @throws': '{0}: {1} métodos, cada caminho de erro em @throws',
  'Broken Access Control': 'Quebra de controle de acesso',
  'Cryptographic Failures': 'Falhas criptográficas',
  Injection: 'Injeção',
  'Insecure Design': 'Design inseguro',
  'Security Misconfiguration': 'Configuração de segurança incorreta',
  'Vulnerable and Outdated Components': 'Componentes vulneráveis e desatualizados',
  'Identification and Authentication Failures': 'Falhas de identificação e autenticação',
  'Software and Data Integrity Failures': 'Falhas de integridade de software e dados',
  'Security Logging and Monitoring Failures': 'Falhas de registro e monitoramento de segurança',
  '{} Request Forgery': 'Falsificação de requisição do lado do servidor',
  '{} (token storage)': '{0} (armazenamento de tokens)',
  Authentication: 'Autenticação',
  Database: 'Banco de dados',
  Caching: 'Cache',
  'Background jobs': 'Tarefas em segundo plano',
  'External integrations': 'Integrações externas',
  'Backend framework': 'Framework do backend',
  '{} style': 'Estilo de {0}',
  Hosting: 'Hospedagem',
  'File storage': 'Armazenamento de arquivos',
  Monitoring: 'Monitoramento',
  'schema in section {}': 'esquema na seção {0}',
  '{*} schema, {*} migrations': 'esquema do {0}, migrações do {1}',
  '{*} schema and migrations': 'esquema e migrações do {0}',
  'raw {}, versioned migrations': '{0} puro, migrações versionadas',
  '{} entities, {} indexes': '{0} entidades, {1} índices',
  'no data model is described': 'nenhum modelo de dados é descrito',
  'access {}': 'token de acesso {0}',
  'refresh {}': 'token de atualização {0}',
  '{*} (proposed)': '{0} (proposto)',
  'none: the documents describe no stored data': 'nenhum: os documentos não descrevem dados armazenados',
  '{*} for {} entries': '{0} para {1} entradas',
  '{*} for 1 entry': '{0} para 1 entrada',
  'no cache store is stated: {*}, {} entries': 'nenhum armazenamento de cache declarado: {0}, {1} entradas',
  'no cache store is stated: {*}, 1 entry': 'nenhum armazenamento de cache declarado: {0}, 1 entrada',
  '{} jobs': '{0} tarefas',
  '{} LRU cache per instance (lost on restart, not shared)':
    'cache LRU {0} por instância (perdido ao reiniciar, não compartilhado)',
  // Provider catalogue text (src/knowledge/providers/*).
  'Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'cabeçalho Stripe-Signature: HMAC-SHA256 de "{timestamp}.{raw body}" com o segredo do endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on event.id':
    'Os eventos podem chegar fora de ordem e mais de uma vez: deduplicar por event.id',
  'HTTP Basic with the Account SID and Auth Token (or an API key pair)':
    'HTTP Basic com o Account SID e o Auth Token (ou um par de chaves de API)',
  'X-Twilio-Signature header: base64 HMAC-SHA1 of the full URL plus sorted POST parameters, keyed with the Auth Token':
    'cabeçalho X-Twilio-Signature: HMAC-SHA1 em base64 da URL completa mais os parâmetros POST ordenados, com o Auth Token como chave',
  'The sending domain must be verified (SPF/DKIM records) before production mail':
    'O domínio de envio deve estar verificado (registros SPF/DKIM) antes do e-mail de produção',
  'DSN (public key in the URL)': 'DSN (chave pública na URL)',
  'auth token only for release and source-map upload at build time':
    'token de autenticação apenas para publicar versões e enviar source maps na compilação',
  'service role key on the server (bypasses RLS)': 'chave de service role no servidor (ignora RLS)',
  'user JWT + storage.objects RLS policies from clients':
    'JWT do usuário + políticas RLS de storage.objects a partir dos clientes',
  'Never expose the service role key to the client': 'Nunca expor a chave de service role ao cliente',
  'No server-side API: the user sends the message, so there is no delivery status to record':
    'Sem API do lado do servidor: o usuário envia a mensagem, então não há status de entrega a registrar',
  'Links placed in the message must be safe to share (signed, expiring URLs)':
    'Os links da mensagem devem ser seguros para compartilhar (URLs assinadas e com expiração)',
  'Accepted (202) is not delivered: delivery state arrives through the Event Webhook':
    'Aceito (202) não é entregue: o estado de entrega chega pelo Event Webhook',
  'PUT of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'Um PUT com a mesma chave sobrescreve: as chaves de objeto derivam dos ids para que uma nova tentativa grave a mesma chave',
  'API key (key parameter or X-Goog-Api-Key), restricted by API and by server IP':
    'chave de API (parâmetro key ou X-Goog-Api-Key), restrita por API e por IP do servidor',
  'Terms limit caching: place IDs may be stored':
    'Os termos limitam o cache: os place IDs podem ser guardados',
  'coordinates only for up to 30 days': 'as coordenadas apenas por até 30 dias',
  'HTTP Basic with user "api" and the API key': 'HTTP Basic com o usuário "api" e a chave de API',
  'documents are upserted by primary key: reuse the entity id':
    'os documentos são inseridos ou atualizados pela chave primária: reutilizar o id da entidade',
  // Derive and check text met on the corpus.
  '> {}% over {} (burns the {}% monthly error budget of the stated {}% availability {}× too fast)':
    '> {0}% em {1} (consome o orçamento de erro mensal de {2}% da disponibilidade declarada de {3}% {4} vezes mais rápido)',
  'sized for the stated {} concurrent users: pool ≥ {} per instance, statement timeout below the slowest latency target':
    'dimensionado para os {0} usuários simultâneos declarados: pool ≥ {1} por instância, tempo limite de instrução abaixo da meta de latência mais lenta',
  'The {} of the {name}.': '{0} do registro {1}.',
  'Start of the {*}.': 'Início de {0}.',
  'End of the {*}.': 'Fim de {0}.',
  'Delete {*} older than the stated retention of {*} ("{}")':
    'Apagar {0} mais antigos que a retenção declarada de {1} ("{2}")',
  'select ids from {*} where {} < cutoff, oldest first, batchSize at a time':
    'selecionar os ids de {0} onde {1} < cutoff, dos mais antigos para os mais novos, batchSize de cada vez',
  'delete those rows from {*} in one transaction per batch':
    'apagar essas linhas de {0} em uma transação por lote',
  '{} second': '{0} segundo',
  '{} minute': '{0} minuto',
  '{} hour': '{0} hora',
  '{} hours': '{0} horas',
  '{} day': '{0} dia',
  '{} days': '{0} dias',
  '{} week': '{0} semana',
  '{} weeks': '{0} semanas',
  '{} month': '{0} mês',
  '{} months': '{0} meses',
  '{} year': '{0} ano',
  '{} years': '{0} anos',
  'Remind {*} before each {*} ("{*}")': 'Lembrar {0} antes de cada {1} ("{2}")',
  'select {*} rows whose {*} falls in the window and whose reminder_sent_at is null':
    'selecionar as linhas de {0} cujo {1} cai na janela e cujo reminder_sent_at é nulo',
  'deadline as stated: {*}': 'prazo indicado: {0}',
  'select ids from {*} where {*} and the stated deadline has passed, batchSize at a time':
    'selecionar ids de {0} onde {1} e o prazo indicado já passou, em lotes de batchSize',
  'the user roles, as the identity provider issues them':
    'os papéis do usuário, como o provedor de identidade os emite',
  'issuer: {*} — the API accepts only tokens it issued (RFC 7519 §4.1.1)':
    'emissor: {0} — a API aceita apenas tokens emitidos por ele (RFC 7519 §4.1.1)',
  'send one reminder per row through a channel the documents leave undecided':
    'enviar um lembrete por linha através de um canal que os documentos deixam indefinido',
  'send one reminder per row through {*}': 'enviar um lembrete por linha através de {0}',
  'set reminder_sent_at = now() on each row in the same transaction as the send is recorded':
    'definir reminder_sent_at = now() em cada linha na mesma transação em que o envio é registrado',
  'reminder_sent_at marks each row: a rerun or an overlapping scan never sends twice':
    'reminder_sent_at marca cada linha: uma nova execução ou uma varredura sobreposta nunca envia duas vezes',
  '{*} runs a dependency audit (npm audit --audit-level=high or equivalent) and fails the build on known high-severity vulnerabilities':
    '{0} executa uma auditoria de dependências (npm audit --audit-level=high ou equivalente) e faz a compilação falhar diante de vulnerabilidades conhecidas de gravidade alta',
  'lockfile committed': 'lockfile incluído no repositório',
  'webhooks accepted only over mutual TLS with the provider’s client certificate: {*}':
    'webhooks aceitos apenas por TLS mútuo com o certificado de cliente do provedor: {0}',
  'webhooks accepted only with a valid signature: {*}':
    'webhooks aceitos apenas com uma assinatura válida: {0}',
  '{*} ({} header)': '{0} (cabeçalho {1})',
  'each of {*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    'cada uma de {0} verifica a assinatura ({1}), guarda o evento com um id de evento único e responde 2xx imediatamente',
  '{*} checks the client certificate (mutual TLS, as the documents state), stores the event with a unique event id and answers 2xx at once':
    '{0} verifica o certificado de cliente (TLS mútuo, como os documentos indicam), guarda o evento com um id de evento único e responde 2xx imediatamente',
  '{*} verifies the signature ({*}), stores the event with a unique event id and answers 2xx at once':
    '{0} verifica a assinatura ({1}), guarda o evento com um id de evento único e responde 2xx imediatamente',
  'OWASP Top 10 2021 items addressed: {*}': 'itens do OWASP Top 10 2021 tratados: {0}',
  '{} story operations allowed for their actors': '{0} operações de histórias permitidas aos seus atores',
  'period start and end (the previous run’s end to now)':
    'início e fim do período (do fim da execução anterior até agora)',
  'keyed by period: a rerun for the same period replaces its own output':
    'com chave por período: uma nova execução do mesmo período substitui a própria saída',
  'no entity or field of the data model holds these settings':
    'nenhuma entidade ou campo do modelo de dados guarda estas configurações',
  'Link accounts by the stable {} claim, not by email':
    'Vincular as contas pelo claim estável {0}, não pelo e-mail',
  "load with one query: WHERE {*} = ANY($1) over the page's ids (or a JOIN), parameterised":
    'carregar com uma consulta: WHERE {0} = ANY($1) sobre os ids da página (ou um JOIN), parametrizada',
  "load with one query over the page's ids (WHERE {*} IN (…)) or a join":
    'carregar com uma consulta sobre os ids da página (WHERE {0} IN (…)) ou um join',
  "load with {} / relations: ['…'] in the repository query":
    "carregar com {0} / relations: ['…'] na consulta do repositório",
  'load with include: [{ model: … }] in {}': 'carregar com include: [{ model: … }] em {0}',
  "load with one $in query on {} over the page's ids (or a $lookup), never a find per document":
    'carregar com uma consulta $in em {0} sobre os ids da página (ou um $lookup), nunca um find por documento',
  'load with {} or one join': 'carregar com {0} ou um único join',
  '> {*} over {*} (burns the {*} monthly error budget of the stated {*} availability {*} too fast)':
    '> {0} em {1} (consome o orçamento de erro mensal de {2} da disponibilidade declarada de {3} {4} mais rápido que o devido)',
  'user JWTs verified with the project JWKS (or the legacy JWT secret)':
    'JWTs do usuário verificados com o JWKS do projeto (ou o segredo JWT legado)',
  'service role key on the server only': 'chave de service role apenas no servidor',
  'the webhook URL is the secret': 'a URL do webhook é o segredo',
  'reject object values and $-prefixed keys where a scalar is expected (NoSQL operator injection)':
    'rejeitar valores objeto e chaves com prefixo $ onde se espera um escalar (injeção de operadores NoSQL)',
  'no string concatenation of input into SQL': 'nunca concatenar a entrada no SQL',
  "the application's processes (no queue is stated)": 'os processos da aplicação (nenhuma fila declarada)',
  'in-process queue (no queue or database is stated)':
    'fila em processo (nenhuma fila ou banco de dados declarado)',
  'The documents state recurring work every {*} ("{}") without saying what it does: what does this task do, and on which data?':
    'Os documentos indicam um trabalho recorrente a cada {0} ("{1}") sem dizer o que faz: o que esta tarefa faz, e sobre quais dados?',
  'Mirror users into the local database from the user.* webhooks':
    'Espelhar os usuários no banco de dados local a partir dos webhooks user.*',
  '{*} server-side integrations, each with retries ({*})':
    '{0} integrações do lado do servidor, cada uma com novas tentativas ({1})',
  'delete from {*} where {*} < now() (or {*} is set and older than a day), in batches of {*}':
    'apagar de {0} onde {1} < now() (ou {2} está preenchido e tem mais de um dia), em lotes de {3}',
  '{} relationship resolved ({} {}, {} {}, {} {})':
    '{0} relacionamento resolvido ({1} um-para-um, {3} um-para-muitos, {5} muitos-para-muitos)',
  '{} endpoints against the real dependencies, migrations applied first (never a mock of the database)':
    '{0} endpoints contra as dependências reais, com as migrações aplicadas antes (nunca um mock do banco de dados)',
  '{*} endpoints against a real {*} test instance, migrations applied first (never a mock of the database)':
    '{0} endpoints contra uma instância de teste real de {1}, com as migrações aplicadas antes (nunca um mock do banco de dados)',
  '{*} endpoints against a real PostgreSQL started by Testcontainers, migrations applied first (never a mock of the database)':
    '{0} endpoints contra um PostgreSQL real iniciado pelo Testcontainers, com as migrações aplicadas antes (nunca um mock do banco de dados)',
  'application: {*}': 'aplicação: {0}',
  'redeploy the previous release artifact': 'reimplantar o artefato da versão anterior',
  'promote the previous production deployment (Vercel dashboard "Instant Rollback" or {})':
    'promover a implantação de produção anterior (painel da Vercel "Instant Rollback" ou {0})',
  'redeploy the previous image ({}, then {})': 'reimplantar a imagem anterior ({0}, depois {1})',
  'set the image tag back to the previous release and {}':
    'voltar a tag da imagem para a versão anterior e {0}',
  'run the previous image tag': 'executar a tag de imagem anterior',
  'publish the previous deploy from the Deploys list': 'publicar a implantação anterior pela lista Deploys',
  'roll back to the previous deploy from the service’s Events':
    'voltar à implantação anterior pelos Events do serviço',
  'redeploy the previous deployment': 'reimplantar a implantação anterior',
  'no requirement, story or flow asks to create or change it':
    'nenhum requisito, história ou fluxo pede para criá-lo ou alterá-lo',
  'no requirement, story or flow names it': 'nenhum requisito, história ou fluxo o menciona',
  'Guessable identifiers': 'Identificadores adivinháveis',
  'the stated sequential integer keys of {*} are taken as ids in paths such as {*}: they are guessable (OWASP API1:2023)':
    'as chaves inteiras sequenciais declaradas de {0} são usadas como id em caminhos como {1}: são adivinháveis (OWASP API1:2023)',
  'every request by id checks ownership or tenant in the query and answers 404 for a record the caller may not see':
    'cada requisição por id verifica a propriedade ou o tenant na consulta e responde 404 para um registro que o chamador não pode ver',
  'replacing them with UUIDs changes a stated contract and needs a decision':
    'substituí-las por UUIDs muda um contrato declarado e exige uma decisão',
  'Secrets in URLs': 'Segredos em URLs',
  '{*} carry a secret in the path as stated: URLs end up in access logs, proxies and browser history (OWASP API2:2023)':
    '{0} levam um segredo no caminho, como declarado: URLs acabam em logs de acesso, proxies e histórico do navegador (OWASP API2:2023)',
  'the token is random with at least 128 bits, single-purpose and revocable, and request logs mask it':
    'o token é aleatório com pelo menos 128 bits, de finalidade única e revogável, e os logs de requisições o mascaram',
  'A01 Guessable identifiers: a request with the next sequential id of a record the caller does not own gets {}':
    'A01 Identificadores adivinháveis: uma requisição com o próximo id sequencial de um registro que não é do chamador recebe {0}',
  'A04 Secrets in URLs: a wrong or revoked token in the path gets {} and request logs show it masked':
    'A04 Segredos em URLs: um token errado ou revogado no caminho recebe {0} e os logs de requisições o mostram mascarado',
  '{} beside {} turns {} off for these path parameters only, each entry citing its stated line, because the stated contract wins':
    '{0} ao lado de {1} desativa {2} apenas para estes parâmetros de caminho, cada entrada cita sua linha indicada, porque o contrato indicado prevalece',
  // Provider catalogue (src/knowledge/providers/*): auth, format, limits, failures, idempotency, webhooks, notes.
  'Secret {} key as a Bearer token (server only)': 'Chave {0} secreta como token Bearer (apenas no servidor)',
  'Access token as a Bearer token (server only)': 'Access token como token Bearer (apenas no servidor)',
  'public key in the client': 'chave pública no cliente',
  'X-Idempotency-Key header on payment and refund creation':
    'cabeçalho X-Idempotency-Key na criação de pagamentos e estornos',
  'merchant id and secret as parameters of every call, from server IP addresses allowed in the portal':
    'id do lojista e segredo como parâmetros de cada chamada, a partir de endereços IP do servidor permitidos no portal',
  'form-encoded request and response, code 0 when accepted':
    'requisição e resposta codificadas como formulário, código 0 quando aceita',
  'code 1400 (wrong query)': 'código 1400 (consulta errada)',
  'the merchant secret in the notification, then the state confirmed with the status call':
    'o segredo do lojista na notificação e depois o estado confirmado com a chamada de status',
  'IYZWSv2 Authorization header: an HMAC-SHA256 signature made with the API key and secret key':
    'cabeçalho Authorization IYZWSv2: uma assinatura HMAC-SHA256 feita com a chave de API e a chave secreta',
  'Bearer access token from POST /accesstoken/get (client_id, client_secret), with the Ocp-Apim-Subscription-Key and Merchant-Serial-Number headers on every request':
    'token de acesso Bearer obtido com POST /accesstoken/get (client_id, client_secret), com os cabeçalhos Ocp-Apim-Subscription-Key e Merchant-Serial-Number em cada pedido',
  'HMAC-SHA256 signature in the Authorization header over x-ms-date, host and x-ms-content-sha256, made with the webhook secret':
    'assinatura HMAC-SHA256 no cabeçalho Authorization sobre x-ms-date, host e x-ms-content-sha256, feita com o segredo do webhook',
  'The secret key in the Authorization header (api.dibspayment.eu; test.api.dibspayment.eu for tests)':
    'A chave secreta no cabeçalho Authorization (api.dibspayment.eu; test.api.dibspayment.eu para testes)',
  'the authorization value set for the webhook when the payment is created, sent back in the Authorization header':
    'o valor de autorização definido para o webhook ao criar o pagamento, devolvido no cabeçalho Authorization',
  'Amounts are integers in minor units (øre, cents)':
    'Os valores são inteiros na menor unidade (øre, cêntimos)',
  'A payment is reserved at checkout, then charged: charge before delivering what was paid for':
    'Um pagamento é reservado no checkout e depois cobrado: cobrar antes de entregar o que foi pago',
  'Amounts are integers in minor units (øre), at least 100':
    'Os valores são inteiros em unidades menores (øre), no mínimo 100',
  'A payment is authorized in the app, then captured: capture before delivering what was paid for':
    'Um pagamento é autorizado no aplicativo e depois capturado: capturar antes de entregar o que foi pago',
  'X-IYZ-SIGNATURE-V3 header (HMAC-SHA256 with the secret key), once enabled for the account':
    'cabeçalho X-IYZ-SIGNATURE-V3 (HMAC-SHA256 com a chave secreta), depois de ativado para a conta',
  'iyzico resends every 15 minutes until a 2xx, 3 attempts':
    'o iyzico reenvia a cada 15 minutos até receber um 2xx, 3 tentativas',
  'A payment response carries a signature parameter to check with the secret key before trusting it':
    'Uma resposta de pagamento traz um parâmetro signature a verificar com a chave secreta antes de confiar nela',
  'api-key header with the account API key': 'cabeçalho api-key com a chave de API da conta',
  '201 Created with the messageId': '201 Created com o messageId',
  'HTTP Basic with the secret key as the user name and no password':
    'HTTP Basic com a chave secreta como nome de usuário e sem senha',
  'WECHATPAY2-SHA256-RSA2048 request signature with the merchant private key':
    'assinatura WECHATPAY2-SHA256-RSA2048 de cada requisição com a chave privada do lojista',
  'a repeated out_trade_no never charges twice': 'um out_trade_no repetido nunca cobra duas vezes',
  'Wechatpay-Signature header verified with the platform certificate':
    'cabeçalho Wechatpay-Signature verificado com o certificado da plataforma',
  'RSA2 signature of the request parameters with the app private key':
    'assinatura RSA2 dos parâmetros da requisição com a chave privada do app',
  'RSA2 signature of the notification verified with the Alipay public key':
    'assinatura RSA2 da notificação verificada com a chave pública do Alipay',
  'each request signed with the AccessKey secret': 'cada requisição assinada com o segredo da AccessKey',
  'API key sent as apiKey in the request body': 'chave de API enviada como apiKey no corpo da requisição',
  'success false with errors in the body': 'success false com errors no corpo',
  'Every call is a POST to one URL, the operation named by modelName and calledMethod in the body':
    'Cada chamada é um POST para uma única URL, a operação indicada por modelName e calledMethod no corpo',
  'A failed call can still answer HTTP 200: read success and errors in the body':
    'Uma chamada com falha pode ainda assim responder HTTP 200: ler success e errors no corpo',
  'app id and app secret in the query': 'app id e app secret na query',
  'Idempotency-Key header on POST requests': 'cabeçalho Idempotency-Key nas requisições POST',
  'no signature: re-fetch the payment from the API before acting on an event':
    'sem assinatura: buscar o pagamento na API novamente antes de agir sobre um evento',
  'X-Secret-Key header with the service secret key': 'cabeçalho X-Secret-Key com a chave secreta do serviço',
  'RS256 ID tokens verified against the provider JWKS (iss, aud = the app key, exp)':
    'ID tokens RS256 verificados com o JWKS do provedor (iss, aud = a chave do app, exp)',
  'x-signature header (ts and v1): HMAC-SHA256 of "id:{data.id};request-id:{x-request-id};ts:{ts};" with the webhook secret':
    'cabeçalho x-signature (ts e v1): HMAC-SHA256 de "id:{data.id};request-id:{x-request-id};ts:{ts};" com o segredo do webhook',
  'A Pix payment is a POST /v1/payments with payment_method_id "pix"':
    'um pagamento Pix é um POST /v1/payments com payment_method_id "pix"',
  'it returns the QR code and stays pending until paid': 'ele devolve o QR code e fica pendente até ser pago',
  'Notifications carry only the payment id: fetch GET /v1/payments/{id} for its status':
    'as notificações trazem só o id do pagamento: consulte GET /v1/payments/{id} para saber o status',
  'publishable key in the client': 'chave publicável no cliente',
  '{} request bodies ({}), {} responses': 'corpos de requisição {0} ({1}), respostas {2}',
  '{} read and {} write requests per second in live mode, {} in test mode ({} beyond)':
    '{0} requisições de leitura e {1} de escrita por segundo no modo live, {2} no modo test ({3} acima disso)',
  '{} header on every {} (keys are kept {} hours)':
    'cabeçalho {0} em cada {1} (as chaves são mantidas por {2} horas)',
  '{} header: {} of "{timestamp}.{raw body}" with the endpoint secret (whsec_…)':
    'cabeçalho {0}: {1} de "{timestamp}.{raw body}" com o segredo do endpoint (whsec_…)',
  'Events can arrive out of order and more than once: deduplicate on {}':
    'Os eventos podem chegar fora de ordem e mais de uma vez: deduplicar por {0}',
  'OAuth {} client credentials: client id + secret exchanged for a Bearer access token':
    'OAuth {0} client credentials: id do cliente + segredo trocados por um token de acesso Bearer',
  '{} header on order and capture calls': 'cabeçalho {0} nas chamadas de pedido e de captura',
  '{} /{} with the {}* headers and the webhook id': '{0} /{1} com os cabeçalhos {2}* e o id do webhook',
  'Sandbox and live use different hosts ({}, {})': 'Sandbox e live usam hosts diferentes ({0}, {1})',
  '{} Basic with {} and {}': '{0} Basic com {1} e {2}',
  'one order per business payment, keyed by the order {}':
    'um pedido por pagamento de negócio, identificado pelo {0} do pedido',
  'look the order up before creating again': 'consultar o pedido antes de criá-lo de novo',
  '{} header: {} of the raw body with the webhook secret':
    'cabeçalho {0}: {1} do corpo bruto com o segredo do webhook',
  'Checkout returns razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verify it server-side before marking paid':
    'O Checkout devolve razorpay_signature = HMAC-SHA256("{order_id}|{payment_id}", key_secret): verificá-lo no servidor antes de marcar como pago',
  '{} header (web service user {} key)': 'cabeçalho {0} (chave {1} do usuário do web service)',
  '{} validation error': '{0} erro de validação',
  '{} header': 'cabeçalho {0}',
  '{} signature in {}, computed with the {} key of the webhook':
    'assinatura {0} em {1}, calculada com a chave {2} do webhook',
  'Acknowledge webhooks with {} {} (Adyen retries until accepted)':
    'Confirmar os webhooks com {0} {1} (o Adyen repete até serem aceitos)',
  '{} key as a Bearer token': 'chave {0} como token Bearer',
  '{} Accepted on success': '{0} Accepted em caso de sucesso',
  'Signed Event Webhook: {} signature in {} over timestamp + raw body, checked with the account verification key':
    'Signed Event Webhook: assinatura {0} em {1} sobre timestamp + corpo bruto, verificada com a chave de verificação da conta',
  'Accepted ({}) is not delivered: delivery state arrives through the Event Webhook':
    'Accepted ({0}) não significa entregue: o estado de entrega chega pelo Event Webhook',
  '{} (ErrorCode in body)': '{0} (ErrorCode no corpo)',
  'no signature: protect the webhook {} with {} Basic credentials (and an {} allowlist)':
    'sem assinatura: proteger a {0} do webhook com credenciais {1} Basic (e uma lista de {2} permitidos)',
  'Transactional and broadcast mail use separate message streams':
    'O e-mail transacional e o de difusão usam fluxos de mensagens separados',
  '{} Basic with user "api" and the {} key': '{0} Basic com o usuário "api" e a chave {1}',
  '{} requests, {} responses': 'requisições {0}, respostas {1}',
  'signature.signature = HMAC-SHA256(timestamp + token) with the webhook signing key':
    'signature.signature = HMAC-SHA256(timestamp + token) com a chave de assinatura do webhook',
  'reject reused tokens': 'rejeitar tokens reutilizados',
  '{} domains use {}': 'os domínios {0} usam {1}',
  '{} Signature Version {} ({} role or access keys)':
    '{0} Signature Version {1} (função {2} ou chaves de acesso)',
  'account sending quota and maximum send rate per second (see the {} console for this account)':
    'cota de envio da conta e taxa máxima de envio por segundo (ver o console do {0} desta conta)',
  'events arrive as Amazon {} notifications: verify the {} message signature with its signing certificate':
    'os eventos chegam como notificações do Amazon {0}: verificar a assinatura da mensagem {1} com o seu certificado de assinatura',
  'New accounts start in the sandbox (verified recipients only) until production access is granted':
    'Contas novas começam no sandbox (apenas destinatários verificados) até que o acesso de produção seja concedido',
  '{} requests per second per team by default ({} beyond)':
    '{0} requisições por segundo por equipe por padrão ({1} acima disso)',
  '{} header on {} /emails': 'cabeçalho {0} em {1} /emails',
  'Svix signature: {}, {} and {} headers ({} with the signing secret)':
    'assinatura Svix: cabeçalhos {0}, {1} e {2} ({3} com o segredo de assinatura)',
  'The sending domain must be verified ({} records) before production mail':
    'O domínio de envio deve ser verificado (registros {0}) antes do e-mail de produção',
  '{} Basic with the Account {} and Auth Token (or an {} key pair)':
    '{0} Basic com o Account {1} e o Auth Token (ou um par de chaves {2})',
  '{} request bodies, {} responses': 'corpos de requisição {0}, respostas {1}',
  'messages are queued per sender': 'as mensagens são enfileiradas por remetente',
  'throughput depends on the number type (see provider docs)':
    'a vazão depende do tipo de número (ver a documentação do provedor)',
  '{} (error {})': '{0} (erro {1})',
  '{} ({} invalid "To" number)': '{0} ({1} número "To" inválido)',
  '{} header: base64 {} of the full {} plus sorted {} parameters, keyed with the Auth Token':
    'cabeçalho {0}: {1} em base64 da {2} completa mais os parâmetros {3} ordenados, com o Auth Token como chave',
  'Numbers in {} format (+{})': 'Números no formato {0} (+{1})',
  'Authorization: AccessKey {key} header': 'cabeçalho Authorization: AccessKey {key}',
  '{} header: a {} ({}) signed with the signing key':
    'cabeçalho {0}: um {1} ({2}) assinado com a chave de assinatura',
  'Bearer access token of a system user': 'token de acesso Bearer de um usuário de sistema',
  'per-number messaging limits and tiers set by Meta (see provider docs)':
    'limites e níveis de mensagens por número definidos pela Meta (ver a documentação do provedor)',
  '{} (invalid parameter, template not approved)': '{0} (parâmetro inválido, template não aprovado)',
  '{} header: {} of the raw body with the app secret':
    'cabeçalho {0}: {1} do corpo bruto com o segredo do app',
  'subscription handshake echoes {} when {} matches':
    'o handshake de assinatura devolve {0} quando {1} confere',
  'Outside the 24-hour customer service window only approved template messages can be sent':
    'Fora da janela de atendimento ao cliente de 24 horas só podem ser enviadas mensagens de template aprovadas',
  none: 'nenhuma',
  'OAuth {} access token of a service account (scope {})':
    'token de acesso OAuth {0} de uma conta de serviço (escopo {1})',
  '{} (honour {})': '{0} (respeitando {1})',
  '{} {} (delete the device token)': '{0} {1} (excluir o token do dispositivo)',
  'Remove device tokens that return {}': 'Remover os tokens de dispositivo que retornam {0}',
  'Authorization header with the app {} {} key': 'cabeçalho Authorization com a chave {0} {1} do app',
  '{} field on notification create': 'campo {0} ao criar a notificação',
  '{} ({"text": ...} or Block Kit blocks)': '{0} ({"text": ...} ou blocos do Block Kit)',
  'about {} message per second per webhook, short bursts allowed ({} with {} beyond)':
    'cerca de {0} mensagem por segundo por webhook, rajadas curtas permitidas ({1} com {2} acima disso)',
  '{} with {} error bodies': '{0} com corpos de erro {1}',
  'object bytes as the body': 'os bytes do objeto como corpo',
  '{} {} and {} {} requests per second per partitioned prefix':
    '{0} requisições {1} e {2} {3} por segundo por prefixo particionado',
  '{} of the same key overwrites: derive object keys from ids so a retry writes the same key':
    'um {0} da mesma chave sobrescreve: derivar as chaves de objeto dos ids para que uma nova tentativa grave a mesma chave',
  'Keep buckets private (Block Public Access)': 'Manter os buckets privados (Block Public Access)',
  'hand out short-lived presigned URLs': 'fornecer URLs pré-assinadas de curta duração',
  '{} Signature Version {} with R2 access keys': '{0} Signature Version {1} com chaves de acesso do R2',
  '{} Signature Version {} with the provider access keys':
    '{0} Signature Version {1} com as chaves de acesso do provedor',
  'Keep buckets private': 'Manter os buckets privados',
  '{} of the same key overwrites: derive object keys from ids':
    'um {0} da mesma chave sobrescreve: derivar as chaves de objeto dos ids',
  'No egress fees': 'Sem tarifas de saída (egress)',
  'presigned URLs work as with S3': 'as URLs pré-assinadas funcionam como no S3',
  'OAuth {} service account credentials': 'credenciais OAuth {0} de uma conta de serviço',
  '{} precondition makes retried uploads safe': 'a pré-condição {0} torna seguros os uploads repetidos',
  'service role key on the server (bypasses {})': 'chave service role no servidor (ignora {0})',
  'user {} + {} {} policies from clients': '{0} do usuário + políticas {2} sobre {1} a partir dos clientes',
  '{} (multipart or raw body uploads), {} responses':
    '{0} (uploads multipart ou com corpo bruto), respostas {1}',
  'upload with {} fails on an existing path': 'um upload com {0} falha em um caminho existente',
  'derive paths from ids': 'derivar os caminhos dos ids',
  'read-write token': 'token de leitura e escrita',
  '{} over {}': '{0} sobre {1}',
  'Blob URLs are public but unguessable': 'As URLs de Blob são públicas, mas impossíveis de adivinhar',
  'do not store private data without access control': 'não armazenar dados privados sem controle de acesso',
  '{} and {} headers (admin key on the server, search-only key in clients)':
    'cabeçalhos {0} e {1} (chave de administração no servidor, chave somente de busca nos clientes)',
  'network error or timeout (clients fail over across hosts)':
    'erro de rede ou tempo esgotado (os clientes alternam entre hosts)',
  'objects are upserted by objectID: reuse the entity id':
    'os objetos são inseridos ou atualizados por objectID: reutilizar o id da entidade',
  'Indexing is asynchronous ({})': 'A indexação é assíncrona ({0})',
  'Authorization: Bearer {API key}': 'Authorization: Bearer {chave de API}',
  'Document writes are asynchronous tasks: poll /tasks or accept eventual consistency':
    'As gravações de documentos são tarefas assíncronas: consultar /tasks ou aceitar a consistência eventual',
  '{} key (Authorization: ApiKey …) or {} Basic': 'chave de {0} (Authorization: ApiKey …) ou {1} Basic',
  '{} ({} for _bulk)': '{0} ({1} para _bulk)',
  'index by document id ({} /_doc/{id}) so a retry overwrites':
    'indexar pelo id do documento ({0} /_doc/{id}) para que uma nova tentativa sobrescreva',
  '_bulk returns 200 with per-item errors: check items[].error':
    '_bulk retorna 200 com erros por item: verificar items[].error',
  '{} key (key parameter or {}), restricted by {} and by server {}':
    'chave de {0} (parâmetro key ou {1}), restrita por {2} e por {3} do servidor',
  'per-API quotas set in the Google Cloud console (see provider docs)':
    'cotas por API definidas no console do Google Cloud (ver a documentação do provedor)',
  '{} (not an error: no match)': '{0} (não é um erro: sem correspondência)',
  'coordinates only for up to {} days': 'coordenadas apenas por até {0} dias',
  'access_token query parameter (secret token on the server, URL-restricted public token in clients)':
    'parâmetro de consulta access_token (token secreto no servidor, token público restrito por URL nos clientes)',
  'Temporary geocoding results may not be stored':
    'Os resultados de geocodificação temporária não podem ser armazenados',
  'permanent storage needs the permanent endpoint': 'o armazenamento permanente exige o endpoint permanente',
  '{} Basic with the source write key as the user name':
    '{0} Basic com a chave de escrita da fonte como nome de usuário',
  '{} {} per call, {} {} per batch': '{0} {1} por chamada, {2} {3} por lote',
  '{} field: Segment deduplicates repeated {}': 'campo {0}: o Segment deduplica {1} repetidos',
  'Send events asynchronously: analytics must never fail a user request':
    'Enviar os eventos de forma assíncrona: a análise nunca deve fazer falhar uma requisição do usuário',
  'project {} key in the body ({})': 'chave de {0} do projeto no corpo ({1})',
  'personal {} key for private endpoints': 'chave de {0} pessoal para os endpoints privados',
  'uuid field on each event deduplicates retries':
    'o campo uuid de cada evento deduplica as novas tentativas',
  '{} and {} clouds use different hosts': 'as nuvens {0} e {1} usam hosts diferentes',
  'service account ({} Basic) for /import': 'conta de serviço ({0} Basic) para /import',
  'project token for /track': 'token do projeto para /track',
  '${} property deduplicates retried events': 'a propriedade ${0} deduplica os eventos repetidos',
  'the {} verifies {} access tokens against the tenant {} (iss, aud = {} identifier, exp)':
    'a {0} verifica os tokens de acesso {1} contra o {2} do tenant (iss, aud = identificador da {3}, exp)',
  'Authentication and Management {} limits depend on the plan (see provider docs)':
    'os limites das {0} Authentication e Management dependem do plano (ver a documentação do provedor)',
  'Cache the {}': 'Manter o {0} em cache',
  'refetch only on an unknown kid': 'buscá-lo de novo apenas diante de um kid desconhecido',
  'secret key as a Bearer token for the Backend {}': 'chave secreta como token Bearer para a Backend {0}',
  'session JWTs verified with the instance public key':
    'JWTs de sessão verificados com a chave pública da instância',
  '{} {} tokens verified against the user pool {}': 'tokens {0} {1} verificados contra o {2} do user pool',
  'check iss, {} and {}': 'verificar iss, {0} e {1}',
  'per-operation quotas per account and region (see provider docs)':
    'cotas por operação, por conta e região (ver a documentação do provedor)',
  '{} {} tokens verified with Google public keys (aud = project id, iss = {})':
    'tokens {0} {1} verificados com as chaves públicas do Google (aud = id do projeto, iss = {2})',
  'Check revocation ({}) on sensitive operations': 'Verificar a revogação ({0}) nas operações sensíveis',
  'per-endpoint auth rate limits configurable in the project dashboard (see provider docs)':
    'limites de taxa de autenticação por endpoint configuráveis no painel do projeto (ver a documentação do provedor)',
  '{} authorization code flow with {} and state': 'fluxo authorization code do {0} com {1} e state',
  '{} token verified (iss {}, aud = client id, exp)':
    'token {0} verificado (iss {1}, aud = id do cliente, exp)',
  'streaming as server-sent events': 'streaming como server-sent events',
  'requests and tokens per minute per model and usage tier ({}* response headers)':
    'requisições e tokens por minuto por modelo e nível de uso (cabeçalhos de resposta {0}*)',
  '{} invalid request': '{0} requisição inválida',
  '{} request too large': '{0} requisição grande demais',
  'Set a request timeout and a max output token limit per call':
    'Definir um tempo limite de requisição e um limite máximo de tokens de saída por chamada',
  '{} header plus {} header': 'cabeçalho {0} mais cabeçalho {1}',
  'requests, input tokens and output tokens per minute per usage tier ({}* headers)':
    'requisições, tokens de entrada e tokens de saída por minuto por nível de uso (cabeçalhos {0}*)',
  'Set {} on every request': 'Definir {0} em cada requisição',
  'streamed responses can fail mid-stream': 'as respostas em streaming podem falhar no meio do fluxo',
  'requests and tokens per minute per model and tier (see provider docs)':
    'requisições e tokens por minuto por modelo e nível (ver a documentação do provedor)',
  '{} header or a Microsoft Entra {} Bearer token': 'cabeçalho {0} ou um token Bearer do Microsoft Entra {1}',
  'tokens and requests per minute per deployment quota (see provider docs)':
    'tokens e requisições por minuto conforme a cota da implantação (ver a documentação do provedor)',
  '{} (public key in the {})': '{0} (chave pública na {1})',
  'Sentry envelope (sent by the {})': 'envelope do Sentry (enviado pelo {0})',
  'plan event quota': 'cota de eventos do plano',
  'the {} honours {} and {}': 'o {0} respeita {1} e {2}',
  'handled by the {} transport': 'tratado pelo transporte do {0}',
  'Scrub personal data before send (beforeSend / sendDefaultPii: false)':
    'Remover os dados pessoais antes do envio (beforeSend / sendDefaultPii: false)',
  'Never block a request on error reporting': 'Nunca bloquear uma requisição pelo envio de erros',
  'plan- or account-dependent: see provider docs':
    'depende do plano ou da conta: ver a documentação do provedor',
  'call {*} with {*}': 'chamar {0} com {1}',
  'call {*}': 'chamar {0}',
  // Testing, observability, deployment (env, prerequisites, migrations per ORM), job runners and dead letters per queue, security evidence, auth routes.
  '{*}: recorded responses incl. {*} to exercise retries':
    '{0}: respostas gravadas, incluindo {1}, para exercitar as novas tentativas',
  'each endpoint: success, validation error ({}), unauthenticated ({}), forbidden role ({}), not found ({})':
    'cada endpoint: sucesso, erro de validação ({0}), não autenticado ({1}), papel proibido ({2}), não encontrado ({3})',
  'job {*}: idempotent on rerun': 'tarefa {0}: idempotente ao ser executada de novo',
  'validators: {} field rules (section {})': 'validadores: {0} regras de campo (seção {1})',
  '{*}: {*} concurrent virtual users (stated {*}) for {*} minutes':
    '{0}: {1} usuários virtuais simultâneos (declarado: {2}) por {3} minutos',
  '{*}: {*} requests/s (stated) for {*} minutes': '{0}: {1} requisições/s (declarado) por {2} minutos',
  'a load tool': 'uma ferramenta de carga',
  'pass if p95 of "{*}" ≤ {*} (stated {*})': 'passa se o p95 de "{0}" ≤ {1} (declarado: {2})',
  'p95 {} for "{*}"': 'p95 de {0} para "{1}"',
  'p95 {} for routes {*}': 'p95 de {0} para as rotas {1}',
  'latency target: {*}': 'meta de latência: “{0}”',
  '< {*} for {*}': '< {0} para {1}',
  'within {*} for {*}': 'em até {0} para {1}',
  '> {} (default: the documents state no availability target)':
    '> {0} (padrão: os documentos não declaram uma meta de disponibilidade)',
  'database ({*} at {*}): SELECT 1 / ping within {*}':
    'banco de dados ({0} em {1}): SELECT 1 / ping em até {2}',
  'cache ({*} at {*}): PING': 'cache ({0} em {1}): PING',
  'cache ({*}): PING': 'memória cache ({0}): PING',
  'queue ({*}): connection and consumer lag': 'fila ({0}): conexão e atraso dos consumidores',
  'no stateful dependency is stated: ready once started':
    'nenhuma dependência com estado é declarada: pronto assim que inicia',
  '{*} connection string (with credentials)': 'string de conexão do {0} (com credenciais)',
  'Redis connection (cache / queue)': 'conexão com o Redis (cache / fila)',
  'JWT signing secret (HS256, ≥ 256 bits)': 'segredo de assinatura dos JWT (HS256, ≥ 256 bits)',
  'minimum log level (info in production, debug locally)':
    'nível mínimo de log (info em produção, debug localmente)',
  'referenced by the spec': 'referenciada pela especificação',
  '{*} (payments)': '{0} (pagamentos)',
  '{*} (email)': '{0} (e-mail)',
  '{*} (sms)': '{0} (SMS)',
  '{*} (chat)': '{0} (mensageria)',
  '{*} (whatsapp)': '{0} (WhatsApp)',
  '{*} (push)': '{0} (notificações push)',
  '{*} (storage)': '{0} (armazenamento)',
  '{*} (identity)': '{0} (identidade)',
  '{*} (search)': '{0} (busca)',
  '{*} (maps)': '{0} (mapas)',
  '{*} (shipping)': '{0} (envios)',
  '{*} (analytics)': '{0} (análise)',
  '{*} (llm)': '{0} (modelo de linguagem)',
  '{*} (monitoring)': '{0} (monitoramento)',
  '{*} (other)': '{0} (outro)',
  '{*} runtime': 'runtime {0}',
  '{*} database reachable through DATABASE_URL': 'banco de dados {0} acessível por DATABASE_URL',
  '{*} (cache) reachable through REDIS_URL': '{0} (cache) acessível por REDIS_URL',
  '{*} (queue) reachable through REDIS_URL': '{0} (fila) acessível por REDIS_URL',
  '{*} (cache)': '{0} (memória cache)',
  '{*} (queue)': '{0} (fila)',
  '{*} account and credentials ({*})': 'conta e credenciais do {0} ({1})',
  '{*} pipeline: lint, type-check, tests, migrations, deploy':
    'pipeline do {0}: lint, verificação de tipos, testes, migrações, deploy',
  '{*} project with the environment variables above set per environment':
    'projeto do {0} com as variáveis de ambiente acima definidas por ambiente',
  'versioned SQL files (001_init.sql, 002_…) applied in order by a migration runner':
    'arquivos SQL versionados (001_init.sql, 002_…) aplicados em ordem por um executor de migrações',
  'never {} against shared databases': 'nunca {0} contra bancos de dados compartilhados',
  '{} writes SQL migrations from the schema': '{0} gera as migrações SQL a partir do esquema',
  '{} (or {} at deploy) applies them in order': '{0} (ou {1} no deploy) as aplica em ordem',
  '{} from entity changes': '{0} a partir das mudanças nas entidades',
  '{} at deploy': '{0} no deploy',
  'synchronize: false in every shared environment': 'synchronize: false em todo ambiente compartilhado',
  '{}, then {} at deploy': '{0}, depois {1} no deploy',
  'Kysely Migrator with FileMigrationProvider': 'Kysely Migrator com FileMigrationProvider',
  'no schema migrations: new fields are optional': 'sem migrações de esquema: os campos novos são opcionais',
  'data backfills and index builds run as versioned scripts':
    'os preenchimentos de dados e a criação de índices rodam como scripts versionados',
  'no schema migrations: new fields are optional (backward compatible readers)':
    'sem migrações de esquema: os campos novos são opcionais (leitores retrocompatíveis)',
  'index creation and backfills as versioned scripts run at deploy':
    'criação de índices e preenchimentos como scripts versionados executados no deploy',
  'V<n>__<name>.sql files': 'arquivos V<n>__<name>.sql',
  '{*} job table (SELECT … FOR UPDATE SKIP LOCKED)':
    'tabela de tarefas no {0} (SELECT … FOR UPDATE SKIP LOCKED)',
  '{*} jobs collection (findOneAndUpdate claim)':
    'coleção de tarefas no {0} (reivindicadas com findOneAndUpdate)',
  'scheduled by {*} repeatable jobs': 'agendado com tarefas repetíveis do {0}',
  'scheduled by {*}': 'agendado com {0}',
  '{*} repeatable jobs': 'tarefas repetíveis do {0}',
  'in-process cron timer (one leader instance)': 'temporizador cron no processo (uma única instância líder)',
  'SQS dead-letter queue (redrive policy, maxReceiveCount = max attempts)':
    'fila de mensagens mortas do SQS (redrive policy, maxReceiveCount = máximo de tentativas)',
  'RabbitMQ dead-letter exchange': 'exchange de mensagens mortas do RabbitMQ',
  'dead-letter topic (<topic>.dlq)': 'tópico de mensagens mortas (<topic>.dlq)',
  'dead-letter stream (<stream>:dead) after XCLAIM delivery count exceeds max attempts':
    'stream de mensagens mortas (<stream>:dead) quando a contagem de entregas do XCLAIM passa do máximo de tentativas',
  '{} log (payload, error, attempts)': 'registro {0} (conteúdo, erro, tentativas)',
  'none: the link opens on the user’s device, nothing is called server-side':
    'nenhum: o link abre no dispositivo do usuário, nada é chamado no servidor',
  'schedule as stated: {*}': 'agendamento conforme os documentos: {0}',
  'HTTPS only as stated ({*})': 'apenas HTTPS, conforme os documentos ({0})',
  'HTTPS only': 'apenas HTTPS',
  'SameSite=Strict (or Lax plus a CSRF token on state-changing requests)':
    'SameSite=Strict (ou Lax mais um token CSRF nas requisições que alteram estado)',
  'passwords hashed with {*} (stated)': 'senhas com hash {0} (declarado)',
  "every query through {*}'s query {} (parameterised)":
    'toda consulta passa pela {1} de consultas do {0} (parametrizada)',
  'every query through parameterised statements (tagged templates / ${} placeholders)':
    'toda consulta por instruções parametrizadas (tagged templates / marcadores ${0})',
  'login rate-limited per IP and account (section {})':
    'login com limite de taxa por IP e por conta (seção {0})',
  '{*} codes, every example valid against the stated envelope':
    '{0} códigos, cada exemplo válido em relação ao envelope declarado',
  '{*} codes, every example valid against the problem-details envelope':
    '{0} códigos, cada exemplo válido em relação ao envelope problem-details',
  '{} entity of {} with a primary key ({} composite)':
    '{0} entidade de {1} com chave primária ({2} compostas)',
  '{} of {} foreign key indexed': '{0} de {1} chave estrangeira indexada',
  '{} of {} table reachable by primary key': '{0} de {1} tabela acessível por chave primária',
  'operator class by rule {}': 'classe de operador pela regra {0}',
  'reference data: read by most requests, changed rarely':
    'dados de referência: lidos pela maioria das requisições, raramente alterados',
  'build filters from validated scalars': 'construir os filtros a partir de escalares validados',
  'lookup by email': 'busca por e-mail',
  'Delete expired {*} rows so lookups stay small and stolen expired tokens are gone':
    'Excluir as linhas expiradas de {0} para que as buscas continuem pequenas e os tokens expirados roubados desapareçam',
  'run {*} for the period': 'executar {0} para o período',
  'store the period end as the next run’s start': 'guardar o fim do período como início da próxima execução',
  'Start signing in with {*}': 'Iniciar o login com {0}',
  'OAuth callback from {*}': 'Callback OAuth do {0}',
  'Request a password reset link': 'Solicitar um link de redefinição de senha',
  'Set a new password with a reset token': 'Definir uma nova senha com um token de redefinição',
  'The password was changed.': 'A senha foi alterada.',
  'Confirm an email address with a verification token':
    'Confirmar um endereço de e-mail com um token de verificação',
  'The email address is verified.': 'O endereço de e-mail está verificado.',
  'Where the browser goes next.': 'Para onde o navegador vai em seguida.',
  'The id path parameter.': 'O parâmetro de caminho id.',
  'Deactivate a {*} (instead of deleting it)': 'Desativar {0} (em vez de excluí-lo)',
  'Attach a {*} to a {*}': 'Vincular {0} a {1}',
  'no authentication route serves "{*}"': 'nenhuma rota de autenticação atende "{0}"',
  'served by the identity provider {*}, not by this API':
    'atendido pelo provedor de identidade {0}, não por esta API',
  'no cache (stated)': 'sem cache (declarado)',
  // Prisma migration workflow (derive/deployment.ts).
  '{} creates a timestamped SQL migration locally':
    '{0} cria localmente uma migração SQL com carimbo de data/hora',
  'commit prisma/migrations/*': 'fazer commit de prisma/migrations/*',
  // Slack endpoint, stated alert targets.
  '{} {} (the webhook URL)': '{0} {1} (a URL do webhook)',
  '> {} (stated target {*})': '> {0} (meta declarada: {1})',
  'The {} of the {name}, to print.': '{0} de {1}, para imprimir.',
  'Number of {name} records per {}': 'Número de registros de {0} por {1}',
  '{*}, as a file.': '{0}, como arquivo.',
  'The file format, as the documents state them.': 'O formato de arquivo, tal como os documentos o indicam.',
  '{} of the {name}, to print': '{0} de {1}, para imprimir',
  'measured as p95 (section {} alert)': 'medido como p95 (alerta da seção {0})',
  '{} per minute per user (default)': '{0} por minuto por usuário (padrão)',
  '{} per minute per {} (default)': '{0} por minuto por {1} (padrão)',
  '{} per minute per provider (default)': '{0} por minuto por provedor (padrão)',
  'rate limit: auth endpoints ({})': 'limite de requisições: endpoints de autenticação ({0})',
  'rate limit: read endpoints ({})': 'limite de requisições: endpoints de leitura ({0})',
  'rate limit: write endpoints ({})': 'limite de requisições: endpoints de escrita ({0})',
  'rate limit: expensive endpoints ({})': 'limite de requisições: endpoints custosos ({0})',
  'rate limit: webhook endpoints ({})': 'limite de requisições: endpoints de webhook ({0})',
  'rate limit: public endpoints ({})': 'limite de requisições: endpoints públicos ({0})',
  'rate limit: anonymous callers': 'limite de requisições: chamadores anônimos',
  // A limit the documents state for a class of endpoints, as written ("120 Anfragen pro Minute").
  '{*} (stated)': '{0} (declarado)',
  'rate limit on {*}': 'limite de requisições em {0}',
  'within {*}': 'em no máximo {0}',
  '{} seconds': '{0} segundos',
  '{} minutes': '{0} minutos',
  'tokens in cookies as stated ({*}): HttpOnly': 'tokens em cookies, como declarado ({0}): HttpOnly',
  'check Origin on {}': 'verificar Origin em {0}',
  'password policy as stated (section {})': 'política de senhas conforme declarado (seção {0})',
  'lockout: {*}': 'bloqueio: {0}',
  '{} failed attempts then locked for {}': '{0} tentativas falhas e depois bloqueio de {1}',
  '{} failed attempts': '{0} tentativas falhas',
  '{} fields redacted': '{0} campos mascarados',
  'alerts on error rate': 'alertas sobre a taxa de erros',
  'store: {*}': 'armazenamento: {0}',
  'none stated (in-process)': 'nenhum declarado (no processo)',
  '{} ownership rules on real columns': '{0} regras de propriedade sobre colunas reais',
  '{} signed webhook receivers': '{0} receptores de webhooks assinados',
  '{*}: {} attempts, {*}': '{0}: {1} tentativas, {2}',
  '{*}: {} attempts': '{0}: {1} tentativas',
  'Sign out': 'Encerrar sessão',
  'Create an account': 'Criar uma conta',
  'a leading {} sorts descending.': 'um {0} inicial ordena de forma decrescente.',
  'Only {name} records whose {} equals this value.':
    'Apenas os registros de {0} cujo {1} é igual a este valor.',
  'Filter {} as stated.': 'Filtro {0} conforme declarado.',
  '{*} a {*} ({} → {})': '{0!} {1} ({2} → {3})',
  '{*} an {*} ({} → {})': '{0!} {1} ({2} → {3})',
  'verb: Approve': 'Aprovar',
  'verb: Reject': 'Rejeitar',
  'verb: Cancel': 'Cancelar',
  'verb: Pay': 'Pagar',
  'verb: Send': 'Enviar',
  'verb: Ship': 'Expedir',
  'verb: Close': 'Fechar',
  'verb: Complete': 'Concluir',
  'verb: Win': 'Ganhar',
  'verb: Lose': 'Perder',
  'verb: Submit': 'Submeter',
  'verb: Commit': 'Confirmar',
  'verb: Refund': 'Reembolsar',
  'verb: Write Off': 'Dar baixa',
  'verb: Check In': 'Registrar a entrada de',
  'verb: Check Out': 'Registrar a saída de',
  'verb: Archive': 'Arquivar',
  'verb: Publish': 'Publicar',
  'verb: Confirm': 'Confirmar',
  'verb: Activate': 'Ativar',
  'verb: Deactivate': 'Desativar',
  'verb: Enable': 'Habilitar',
  'verb: Disable': 'Desabilitar',
  'verb: Suspend': 'Suspender',
  'verb: Verify': 'Verificar',
  'verb: Amend': 'Corrigir',
  'verb: Authorise': 'Autorizar',
  'verb: Authorize': 'Autorizar',
  'verb: Assign': 'Atribuir',
  'verb: Accept': 'Aceitar',
  'verb: Decline': 'Recusar',
  'verb: Deliver': 'Entregar',
  'verb: Review': 'Revisar',
  'verb: Schedule': 'Agendar',
  'verb: Dispatch': 'Despachar',
  'verb: Resolve': 'Resolver',
  'verb: Block': 'Bloquear',
  'verb: Lock': 'Bloquear',
  'verb: Unlock': 'Desbloquear',
  'verb: Expire': 'Dar como expirado',
  'verb: Fail': 'Marcar como falho',
  'verb: Receive': 'Receber',
  'verb: Return': 'Devolver',
  'verb: Release': 'Liberar',
  'verb: Validate': 'Validar',
  'verb: Sign': 'Assinar',
  'verb: Finalise': 'Finalizar',
  'verb: Finalize': 'Finalizar',
  'verb: Enter': 'Registrar',
  'verb: Collect': 'Coletar',
  'verb: Book': 'Reservar',
  'verb: Reserve': 'Reservar',
  'verb: Open': 'Abrir',
  'verb: Start': 'Iniciar',
  'verb: Process': 'Processar',
  'verb: Report': 'Reportar',
  'verb: Escalate': 'Escalar',
  'verb: Delete': 'Excluir',
  'verb: Restore': 'Restaurar',
  'verb: Invite': 'Convidar',
  'verb: Settle': 'Liquidar',
  'verb: Invoice': 'Faturar',
  'verb: Print': 'Imprimir',
  'verb: Renew': 'Renovar',
  'verb: Borrow': 'Emprestar',
  'verb: Lend': 'Emprestar',
  'verb: Admit': 'Internar',
  'verb: Discharge': 'Dar alta a',
  'verb: Vaccinate': 'Vacinar',
  'verb: Treat': 'Tratar',
  'verb: Examine': 'Examinar',
  'verb: Prescribe': 'Prescrever',
  'verb: Hire': 'Contratar',
  'verb: Retire': 'Retirar',
  'verb: Upload': 'Carregar',
  'verb: Export': 'Exportar',
  'verb: Import': 'Importar',
  'verb: Plan': 'Planejar',
  pagination: 'paginação',
  'connection pool': 'pool de conexões',
  'versioned SQL files': 'arquivos SQL versionados',
  'ownership checked on {} entities ({*})': 'propriedade verificada em {0} entidades ({1})',
  'under {*}': 'em menos de {0}',
  'Server-side sessions via {*}': 'Sessões no servidor via {0}',
  'Server-side sessions': 'Sessões no servidor',
  'session via {*}': 'sessão via {0}',
  'As stated in the contract.': 'Conforme definido no contrato.',
  'External identity provider (OAuth 2.0 / OIDC) via {*}':
    'Provedor de identidade externo (OAuth 2.0 / OIDC) via {0}',
  'External identity provider (OAuth 2.0 / OIDC)': 'Provedor de identidade externo (OAuth 2.0 / OIDC)',
  'sign-in delegated via {*} (OAuth 2.0 / OIDC)': 'login delegado a {0} (OAuth 2.0 / OIDC)',
  'JWTs issued by {*}': 'JWT emitidos por {0}',
  "sign-in via {*}, then the API's own JWTs": 'login via {0}, depois os JWT próprios da API',
  'server-side sessions (cookie)': 'sessões no servidor (cookie)',
  'API keys': 'chaves de API',
  'Opaque bearer tokens via {*}': 'Tokens bearer opacos via {0}',
  'Opaque bearer tokens': 'Tokens bearer opacos',
  'opaque bearer tokens via {*}': 'tokens bearer opacos via {0}',
  'opaque bearer tokens': 'tokens bearer opacos',
  'sign-in by password or a one-time e-mail link':
    'login por senha ou por um link de uso único enviado por e-mail',
  'sign-in by a one-time e-mail link': 'login por um link de uso único enviado por e-mail',
  '{*} with refresh tokens ({*})': '{0} com tokens de atualização ({1})',
  '{*} with refresh tokens': '{0} com tokens de atualização',
  'bcrypt, cost {}': 'bcrypt, custo {0}',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints, {} ownership rules':
    'controle de acesso baseado em papéis, {0} papéis ({1}), matriz de permissões de {2} endpoints, {3} regras de propriedade',
  'role-based access control, {} roles ({*}), permission matrix of {} endpoints':
    'controle de acesso baseado em papéis, {0} papéis ({1}), matriz de permissões de {2} endpoints',
  'role-based access control, {} roles ({*})': 'controle de acesso baseado em papéis, {0} papéis ({1})',
  'per endpoint class: {*}': 'por classe de endpoint: {0}',
  'access token lifetime': 'validade do token de acesso',
  'refresh token lifetime': 'validade do token de atualização',
  'session / idle timeout, automatic logout after inactivity':
    'tempo limite de sessão ou de inatividade (logout automático após inatividade)',
  'lifetime of a passwordless sign-in link': 'validade do link de login sem senha',
  'one-time password lifetime': 'validade da senha de uso único',
  'password-reset token lifetime': 'validade do token de redefinição de senha',
  'email verification token lifetime': 'validade do token de verificação de e-mail',
  'invitation lifetime': 'validade do convite',
  'minimum password length': 'comprimento mínimo da senha',
  'failed attempts before lockout': 'tentativas falhas antes do bloqueio',
  'lockout duration': 'duração do bloqueio',
  'bcrypt cost / rounds': 'custo ou rodadas do bcrypt',
  'response time target': 'meta de tempo de resposta',
  'availability / uptime target': 'meta de disponibilidade',
  'share of successful calls or operations': 'proporção de chamadas ou operações bem-sucedidas',
  'test coverage target': 'meta de cobertura de testes',
  'requests per minute': 'requisições por minuto',
  'simultaneous users': 'usuários simultâneos',
  'recovery point objective': 'objetivo de ponto de recuperação (RPO)',
  'recovery time objective': 'objetivo de tempo de recuperação (RTO)',
  'backup retention': 'retenção dos backups',
  'how long a kind of data is kept': 'tempo de retenção de um tipo de dado',
  'how long before an event a reminder goes out': 'antecedência de um lembrete antes de um evento',
  'how long after a due date a notice or action follows': 'prazo de um aviso ou ação após um vencimento',
  'period of a recurring task': 'período de uma tarefa recorrente',
  'default page size': 'tamanho de página padrão',
  'maximum page size': 'tamanho máximo de página',
  'requests allowed, normalised to req/min': 'requisições permitidas, normalizadas para req/min',
  'largest upload or attachment': 'maior upload ou anexo',
  'a stated maximum of something': 'um máximo declarado',
  'a stated cache lifetime': 'uma validade de cache declarada',
  'a stated sync / polling interval': 'um intervalo de sincronização ou polling declarado',
  'session timeout {*}': 'tempo de sessão {0}',
  'refresh token {*}': 'token de atualização {0}',
  'access token {*}': 'token de acesso {0}',
  'no limit': 'sem limite',
  '{*} states {*} as {*}: which one holds?': '{0} declara {1} como {2}: qual vale?',
  'Render the PDF documents the requirements name': 'Gerar os documentos PDF que os requisitos nomeiam',
  'CORS rejects an unlisted origin': 'o CORS rejeita uma origem fora da lista',
  'window = [now + {*} - {*}, now + {*})': 'janela = [agora + {0} - {1}, agora + {2})',
  'PRD and architecture': 'PRD e arquitetura',
  '{*} (does not exist)': '{0} (não existe)',
  'Anonymise {*} once the stated period of {*} has passed ("{*}")':
    'Anonimizar {0} assim que passar o período indicado de {1} ("{2}")',
  'Archive {*} once the stated period of {*} has passed ("{*}")':
    'Arquivar {0} assim que passar o período indicado de {1} ("{2}")',
  'replace the personal data of those rows with anonymous values in one transaction per batch, keeping the rows other records reference':
    'substituir os dados pessoais dessas linhas por valores anónimos numa transação por lote, mantendo as linhas que outros registos referenciam',
  'copy those rows to the archive, then delete them from the table, in one transaction per batch':
    'copiar essas linhas para o arquivo e depois apagá-las da tabela, numa transação por lote',
  'an anonymised row has no personal data left: a rerun changes nothing':
    'uma linha anonimizada já não tem dados pessoais: uma nova execução não altera nada',
  'an archived row is no longer in the table: a rerun finds nothing left to move':
    'uma linha arquivada já não está na tabela: uma nova execução não encontra nada para mover',
  'fixed {*} between attempts ("{*}")': '{0} fixos entre tentativas ("{1}")',
  'Sort field': 'Campo de ordenação',
  '{} endpoints × {} roles decided': '{0} endpoints × {1} papéis decididos',
  'strategy {*}': 'estratégia {0}',
  'statuses {*}': 'estados {0}',
  'foreign key → {name}': 'chave estrangeira → {0}',
  'tenant + status filter': 'filtro por tenant + status',
  'tenant + date range': 'tenant + intervalo de datas',
  'the provider’s own verification scheme, not in the catalogue':
    'o esquema de verificação próprio do provedor, que não está no catálogo',
  '{*} (the provider’s own verification scheme, not in the catalogue)':
    '{0} (o esquema de verificação próprio do provedor, que não está no catálogo)',
  'client certificate (mutual TLS), as the documents state':
    'certificado de cliente (TLS mútuo), como os documentos indicam',
  'a signature, as the documents state': 'uma assinatura, como os documentos indicam',
  'an API key, as the documents state': 'uma chave de API, como os documentos indicam',
  'OAuth client credentials, as the documents state':
    'credenciais de cliente OAuth, como os documentos indicam',
  '{*} (as the documents state)': '{0} (como os documentos indicam)',
  'the secret key as the HTTP Basic user name, no password':
    'a chave secreta como nome de usuário do HTTP Basic, sem senha',
  'JSON responses': 'respostas JSON',
  'amounts in the smallest unit of the currency (satang for THB)':
    'valores na menor unidade da moeda (satang para THB)',
  'fetch the event again with GET /events/{id} and the secret key, and act on that copy: the delivered body is not trusted as sent':
    'buscar o evento de novo com GET /events/{id} e a chave secreta, e agir sobre essa cópia: o corpo entregue não é confiável como chega',
  'A PromptPay charge (source type promptpay) answers pending with a QR code and completes later: charge.complete says how it ended':
    'Uma cobrança PromptPay (source type promptpay) responde pending com um QR code e termina depois: charge.complete diz como terminou',
  'the channel access token as a Bearer token': 'o token de acesso do canal como token Bearer',
  'X-Line-Retry-Key header (a UUID per message): a retried push is sent once':
    'cabeçalho X-Line-Retry-Key (um UUID por mensagem): um push repetido é enviado uma vez',
  'X-Line-Signature: base64 HMAC-SHA256 of the raw body with the channel secret':
    'X-Line-Signature: HMAC-SHA256 em base64 do corpo bruto com o segredo do canal',
  'OpenID Connect: the ID token checked by iss (https://access.line.me), aud (the channel id) and exp, or sent to POST /oauth2/v2.1/verify':
    'OpenID Connect: o ID token verificado por iss (https://access.line.me), aud (o id do canal) e exp, ou enviado a POST /oauth2/v2.1/verify',
};
