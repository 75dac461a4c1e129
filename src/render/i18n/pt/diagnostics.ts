import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** Portuguese wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'erro', warning: 'aviso', info: 'info', hint: 'dica' },
  texts: {
    'pattern {*} of {*}.{*} ({*}) is left out of the JSON Schemas and OpenAPI: {*}':
      'o padrão {0} de {1}.{2} ({3}) fica fora dos JSON Schemas e do OpenAPI: {4}',
    'state it as an ECMA-262 pattern without flags, or validate it in code':
      'indique-o como um padrão ECMA-262 sem flags, ou valide-o no código',
    'pattern {*} of {*}.{*} ({*}) gets no PostgreSQL CHECK: {*}':
      'o padrão {0} de {1}.{2} ({3}) não recebe um CHECK do PostgreSQL: {4}',
    'the API validates it; state a CHECK in SQL if the database must too':
      'a API o valida; indique um CHECK em SQL se o banco também deve validá-lo',
    '{*}.{*} must match `{*}` in {*} ({*}) but `{*}` in {*} ({*}); {*} wins':
      '{0}.{1} deve corresponder a `{2}` em {3} ({4}) mas a `{5}` em {6} ({7}); vence {8}',
    'the documents say the {*} has no JSON API but name no role it is for: its operations stay in the JSON API':
      'os documentos dizem que {0} não tem API JSON mas não nomeiam nenhum papel a que sirva: as suas operações ficam na API JSON',
    'the {*} has no JSON API ({*}): {*} operation(s) served by its screens, left out of the OpenAPI document: {*}':
      '{0} não tem API JSON ({1}): {2} operação(ões) servidas pelas suas telas, fora do documento OpenAPI: {3}',
    'the route list at {*} covers {*}; not added: {*}':
      'a lista de rotas em {0} cobre {1}; não adicionadas: {2}',
    '{*} is also stated as {*} ({*}); using {*}': '{0} também consta como {1} ({2}); usa-se {3}',
    '{*} stated route(s) name no entity of the data model and are kept as stated, without schemas: {*}':
      '{0} rota(s) declarada(s) não nomeiam nenhuma entidade do modelo de dados e são mantidas como declaradas, sem esquemas: {1}',
    '{*} ("{*}") has no operation: {*}': '{0} ("{1}") não tem operação: {2}',
    '{*} is {*} in section 0 ({*}) but {*}': '{0} está marcado como {1} na seção 0 ({2}) mas {3}',
    'the key decision "{*}" is {*}': 'a decisão-chave "{0}" é {1}',
    'role {*} reaches no operation beyond sign-in': 'o papel {0} não alcança nenhuma operação além do login',
    "{*}: {*} is denied to {*}, the story's actor": '{0}: {1} é negada a {2}, o ator da história',
    '{*} reaches {*} across tenants': '{0} alcança {1} entre inquilinos',
    'no config file found: the project was not initialised, defaults are used':
      'nenhum arquivo de configuração encontrado: o projeto não foi inicializado, usam-se os valores padrão',
    'run `backend-spec init` or create one of: {*}': 'execute `backend-spec init` ou crie um de: {0}',
    'documentation language "{*}" (set in {*}) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'o idioma de documentação "{0}" (definido em {1}) ainda não tem catálogo de mensagens: backend-spec.md é escrito em inglês (disponíveis: {2})',
    'documentation language "{*}" (set by --lang) has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'o idioma de documentação "{0}" (definido por --lang) ainda não tem catálogo de mensagens: backend-spec.md é escrito em inglês (disponíveis: {1})',
    'documentation language "{*}" has no message catalog yet: backend-spec.md is written in English ({*} available)':
      'o idioma de documentação "{0}" ainda não tem catálogo de mensagens: backend-spec.md é escrito em inglês (disponíveis: {1})',
    'add src/render/i18n/{*}/ (a copy of en/ translated; see CONTRIBUTING.md), or pass --lang en to silence this':
      'adicione src/render/i18n/{0}/ (uma cópia traduzida de en/; veja CONTRIBUTING.md), ou passe --lang en para silenciar este aviso',
    'default {*} of {*} is made by the application (the ORM client), not by the database: the column has no database default':
      'o padrão {0} de {1} é gerado pela aplicação (o cliente do ORM), não pelo banco de dados: a coluna não tem padrão no banco de dados',
    'default {*} of {*} is not a literal or a known function for a {*} column: left out of the schema':
      'o padrão {0} de {1} não é um literal nem uma função conhecida para uma coluna {2}: fica fora do esquema',
    'default {*} of {*} is not one of {*}: left out of the schema':
      'o padrão {0} de {1} não é um de {2}: fica fora do esquema',
    "state it as a literal (`0`, `'draft'`, `true`) or `now()`":
      "declare-o como literal (`0`, `'draft'`, `true`) ou `now()`",
    '{*} is defined twice: the second definition is ignored':
      '{0} está definido duas vezes: a segunda definição é ignorada',
    "{*} is {*} but references {*} ({*}): the column takes the key's type":
      '{0} é {1} mas referencia {2} ({3}): a coluna assume o tipo da chave',
    "{*} is {*} but references {*} (): the column takes the key's type":
      '{0} é {1} mas referencia {2} (): a coluna assume o tipo da chave',
    'index on {*} ({*}) names {*}, not a column of {*}: left out':
      'o índice sobre {0} ({1}) nomeia {2}, que não é uma coluna de {3}: fica de fora',
    '{*} is {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0} é {1} em {2} ({3}) mas {4} em {5} ({6}); prevalece {7}',
    'enum {*} has values ({*}) here but ({*}) at {*}; the first definition is kept':
      'o enum {0} tem os valores ({1}) aqui mas ({2}) em {3}; mantém-se a primeira definição',
    '{*} is defined twice in {*} (also at {*}); the definitions were merged':
      '{0} está definido duas vezes em {1} (também em {2}); as definições foram mescladas',
    '{*}: {*} is described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} é descrito em {2} ({3}) mas não em {4} ({5})',
    '{*}: {*} are described in {*} ({*}) but not in {*} ({*})':
      '{0}: {1} são descritos em {2} ({3}) mas não em {4} ({5})',
    'add {*} to the {*} definition, or remove it from the {*}':
      'adicione {0} à definição {1}, ou remova-o de {2}',
    'add {*} to the {*} definition, or remove them from the {*}':
      'adicione {0} à definição {1}, ou remova-os de {2}',
    '{*} of {*} is not read: {*}': '{0} de {1} não é lido: {2}',
    'function {*} is not allowed in a {*}': 'a função {0} não é permitida em um {1}',
    '{*} is not allowed': '{0} não é permitido',
    'write the constraint with columns, literals, operators, IN/LIKE/BETWEEN, IS NULL, CASE, casts and plain functions such as lower(), length() or now(); subqueries, other functions and statements are not copied into schema.sql':
      'escreva a restrição com colunas, literais, operadores, IN/LIKE/BETWEEN, IS NULL, CASE, conversões e funções simples como lower(), length() ou now(); subconsultas, outras funções e instruções não são copiadas para schema.sql',
    'SQL does not parse: {*}; this statement was skipped':
      'o SQL não pôde ser analisado: {0}; esta instrução foi ignorada',
    'Prisma schema does not parse: {*}; this block was skipped':
      'o esquema Prisma não pôde ser analisado: {0}; este bloco foi ignorado',
    'DBML does not parse: {*}; that element was skipped':
      'o DBML não pôde ser analisado: {0}; esse elemento foi ignorado',
    'DBML does not parse: a line is longer than {*} characters; the block was skipped':
      'o DBML não pôde ser analisado: uma linha tem mais de {0} caracteres; o bloco foi ignorado',
    'DBML does not parse: brackets nest deeper than {*}; the block was skipped':
      'o DBML não pôde ser analisado: os colchetes se aninham em mais de {0} níveis; o bloco foi ignorado',
    'erDiagram attribute not understood: "{*}"; skipped':
      'atributo de erDiagram não compreendido: "{0}"; ignorado',
    'the statement is read as PostgreSQL': 'a instrução é lida como PostgreSQL',
    'read as {*}, rewritten to PostgreSQL': 'lido como {0}, reescrito para PostgreSQL',
    '{*} references {*}, which no data model defines; the foreign key is dropped':
      '{0} referencia {1}, que nenhum modelo de dados define; a chave estrangeira é descartada',
    'relationship {*} – {*}: {*} is not defined by any data model':
      'relacionamento {0} – {1}: {2} não é definido por nenhum modelo de dados',
    'relationship {*} – {*}: {*} are not defined by any data model':
      'relacionamento {0} – {1}: {2} não são definidos por nenhum modelo de dados',
    '{*} has type {*}, which is neither a known type nor a defined enum; kept as text':
      '{0} tem o tipo {1}, que não é um tipo conhecido nem um enum definido; mantido como texto',
    'the only {*} document lies in the archive folder {*}; it is read, but may be out of date':
      'o único documento {0} está na pasta de arquivo {1}; é lido, mas pode estar desatualizado',
    'move the current version out of the archive, or confirm the archived one still holds':
      'tire a versão atual do arquivo, ou confirme que a arquivada continua válida',
    'classified as {*} ({*})': 'classificado como {0} ({1})',
    'the config names {*} for the planning documents, but the {*} is not there; found by scanning in {*}':
      'a configuração nomeia {0} para os documentos de planejamento, mas {1} não está lá; encontrado varrendo {2}',
    'the config names {*} for the planning documents, but the {*} are not there; found by scanning in {*}':
      'a configuração nomeia {0} para os documentos de planejamento, mas {1} não estão lá; encontrados varrendo {2}',
    'point the config at the folder that holds the documents':
      'aponte a configuração para a pasta que contém os documentos',
    'documentation_dir "{*}" does not exist; the documents were found in {*}, and the spec is written to {*}':
      'documentation_dir "{0}" não existe; os documentos foram encontrados em {1}, e a especificação é escrita em {2}',
    'set documentation_dir in .bmad/config.yaml (or pass --docs DIR, or --out DIR for the output only)':
      'defina documentation_dir em .bmad/config.yaml (ou passe --docs DIR, ou --out DIR só para a saída)',
    'duplicate of {*}: {*}; it is not read': 'duplicata de {0}: {1}; não é lido',
    'monolithic copy of the shards in {*} ({*} of its lines)':
      'cópia monolítica dos fragmentos em {0} ({1} de suas linhas)',
    'identical copy of {*}': 'cópia idêntica de {0}',
    'near-identical copy ({*} of lines shared) of {*}':
      'cópia quase idêntica ({0} de linhas em comum) de {1}',
    'the config says {*}': 'a configuração diz {0}',
    'the other copy lies in {*}': 'a outra cópia está em {0}',
    'the one read is newer ({*})': 'a que é lida é mais recente ({0})',
    'neither is newer; the one with the shorter path is read':
      'nenhuma é mais recente; lê-se a de caminho mais curto',
    'neither is newer; the shards are read': 'nenhuma é mais recente; leem-se os fragmentos',
    'front matter is not valid YAML: {*}': 'o front matter não é YAML válido: {0}',
    'fix the YAML between the leading `---` lines; the document is read as plain text meanwhile':
      'corrija o YAML entre as linhas `---` iniciais; enquanto isso o documento é lido como texto simples',
    'no architecture document found; searched: {*}':
      'nenhum documento de arquitetura encontrado; procurado em: {0}',
    'no PRD found; searched: {*}': 'nenhum PRD encontrado; procurado em: {0}',
    'run `backend-spec init` to create the planning documents, or pass --docs DIR':
      'execute `backend-spec init` para criar os documentos de planejamento, ou passe --docs DIR',
    'no tech-stack document (expected {*}); stack choices are read from the other documents':
      'nenhum documento de stack tecnológico (esperado {0}); as escolhas de stack são lidas dos outros documentos',
    'no UX flows document (expected {*}); flows are not traced to endpoints':
      'nenhum documento de fluxos de UX (esperado {0}); os fluxos não são rastreados até os endpoints',
    'this copy states a newer date than {*} ({*} against {*}), but the config makes {*} the copy read; its changes are not in the spec':
      'esta cópia indica uma data mais recente que {0} ({1} contra {2}), mas a configuração faz de {3} a cópia lida; suas mudanças não estão na especificação',
    're-shard the newer copy (or bring its changes into the other), or change the sharded flag in the config':
      'refragmente a cópia mais recente (ou leve suas mudanças para a outra), ou mude o indicador sharded na configuração',
    'superseded by {*} ({*}); read as history only': 'substituído por {0} ({1}); lido apenas como histórico',
    'superseded by {*} where they differ ({*})': 'substituído por {0} onde diferem ({1})',
    'a later spec-kit feature ({*} after {*})':
      'uma funcionalidade posterior do spec-kit ({0} depois de {1})',
    'a summary at the specs root that revises {*}': 'um resumo na raiz de specs que revisa {0}',
    'no cache store is chosen: cache entries are in-process only':
      'nenhum armazenamento de cache escolhido: as entradas de cache ficam só no processo',
    'no queue or scheduler is chosen: jobs run on {*}':
      'nenhuma fila ou agendador escolhido: as tarefas rodam sobre {0}',
    '{*}: "{*}" — no purge job': '{0}: "{1}" — sem tarefa de expurgo',
    '{*}: "{*}" is a minimum retention — no purge job (no deletion is stated)':
      '{0}: "{1}" é uma retenção mínima — sem tarefa de purga (nenhuma exclusão é indicada)',
    '{*} is stated, but not whether it issues JWTs or sessions: JWT bearer tokens are proposed (rule derive/auth-default-jwt)':
      '{0} está indicado, mas não se emite JWT ou sessões: são propostos tokens bearer JWT (regra derive/auth-default-jwt)',
    'state the mechanism beside the library (e.g. "session cookies")':
      'indique o mecanismo junto à biblioteca (por exemplo, "cookies de sessão")',
    'retention "{*}" ({*}) matches no entity': 'a retenção "{0}" ({1}) não corresponde a nenhuma entidade',
    '"{*}" is not in the provider catalogue: endpoints, auth, limits and webhooks are not known':
      '"{0}" não está no catálogo de provedores: endpoints, autenticação, limites e webhooks não são conhecidos',
    'state "{*}" is not a value of {*} ({*})': 'o estado "{0}" não é um valor de {1} ({2})',
    'map each stated state to an enum value, or add it to the data model':
      'associe cada estado declarado a um valor do enum, ou adicione-o ao modelo de dados',
    '"{*}" is named in the documents but no data model defines it':
      '"{0}" é nomeado nos documentos mas nenhum modelo de dados o define',
    'define the entity in the data model, or state it as an assumption in the decisions file':
      'defina a entidade no modelo de dados, ou declare-a como suposição no arquivo de decisões',
    '{*} is defined differently in {*}': '{0} é definido de outra forma em {1}',
    'session timeout {*} is shorter than the refresh token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'o tempo de sessão {0} é menor que a validade do token de atualização {1} em {2}: o tempo é aplicado como inatividade e a vida do token como duração absoluta da sessão',
    'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'o tempo de sessão {0} é menor que a validade do token de acesso {1} em {2}: o tempo é aplicado como inatividade e a vida do token como duração absoluta da sessão',
    'confirm or change this in the decisions file (id: {*})':
      'confirme ou altere isto no arquivo de decisões (id: {0})',
    '{*}: {*} in {*} replaces {*} in this older version':
      '{0}: {1} em {2} substitui {3} nesta versão anterior',
    '{*} is not satisfied by any endpoint, job, entity, rule or alert':
      '{0} não é atendido por nenhum endpoint, tarefa, entidade, regra ou alerta',
    '{*}: {*} here, but {*} in {*}; using {*} ({*})': '{0}: {1} aqui, mas {2} em {3}; usa-se {4} ({5})',
    'align the documents, or record a choice in the decisions file':
      'alinhe os documentos, ou registre uma escolha no arquivo de decisões',
    'section "{*}" could not be derived from the documents':
      'a seção "{0}" não pôde ser derivada dos documentos',
    '{*}: {*} ({*}) vs {*} ({*}); the first is used': '{0}: {1} ({2}) contra {3} ({4}); usa-se o primeiro',
    'the documents state no roles: using {*}': 'os documentos não declaram papéis: usa-se {0}',
    '{*} (administration is mentioned)': '{0} (a administração é mencionada)',
    'state the roles in the PRD (a roles table or "roles: a, b") to replace the default':
      'declare os papéis no PRD (uma tabela de papéis ou "roles: a, b") para substituir o padrão',
    'no authentication strategy is stated: JWT bearer tokens are assumed (rule derive/auth-default-jwt)':
      'nenhuma estratégia de autenticação declarada: assumem-se tokens bearer JWT (regra derive/auth-default-jwt)',
    'state the strategy in the architecture (e.g. "Authentication: JWT" or the identity provider)':
      'declare a estratégia na arquitetura (p. ex. "Authentication: JWT" ou o provedor de identidade)',
    'role "{*}" received no permission: it reaches only public and self-service endpoints':
      'o papel "{0}" não recebeu nenhuma permissão: só alcança endpoints públicos e de autoatendimento',
    'session timeout {*} ({*}) is shorter than the refresh-token lifetime {*} ({*}): the session limit caps the refresh chain':
      'o tempo de sessão {0} ({1}) é menor que a validade do token de atualização {2} ({3}): o limite da sessão limita a cadeia de renovação',
    'user-story actor "{*}" matches none of the roles {*}':
      'o ator de história "{0}" não corresponde a nenhum dos papéis {1}',
    'the route table lets "{*}" call {*}, but no role is called "{*}": the route is granted to no role':
      'a tabela de rotas permite que «{0}» chame {1}, mas nenhum papel se chama «{2}»: a rota não é concedida a nenhum papel',
    'write one of the roles ({*}) in the access cell, or state the role "{*}" in the documents':
      'escreva um dos papéis ({0}) na célula de acesso, ou declare o papel «{1}» nos documentos',
    'TypeScript does not parse: {*}; declarations that parsed were read':
      'o TypeScript não pôde ser analisado: {0}; as declarações analisadas foram lidas',
    '{*} needs {*}, but no entity or field of the data model holds them':
      '{0} precisa de {1}, mas nenhuma entidade ou campo do modelo de dados os guarda',
    '{*} need {*}, but no entity or field of the data model holds them':
      '{0} precisam de {1}, mas nenhuma entidade ou campo do modelo de dados os guarda',
    'model the record, or state an assumption in the decisions file':
      'modele o registro, ou declare uma suposição no arquivo de decisões',
    'no entity or field of the data model holds these settings':
      'nenhuma entidade ou campo do modelo de dados guarda estas configurações',
    'PostgreSQL could not be started: {*}': 'não foi possível iniciar o PostgreSQL: {0}',
    'embedded PostgreSQL: {*}': 'PostgreSQL embutido: {0}',
    'PostgreSQL at --postgres-url failed: {*}': 'o PostgreSQL em --postgres-url falhou: {0}',
    'check that the server runs, accepts this role and answers; or leave out --postgres-url to verify with embedded PGlite':
      'verifique se o servidor está rodando, aceita este papel e responde; ou omita --postgres-url para verificar com o PGlite embutido',
    'connect as a role without superuser that may CREATE in the database, or pass --allow-superuser':
      'conecte-se com um papel sem superusuário que possa fazer CREATE no banco, ou passe --allow-superuser',
    '{*} is not the text the renderer emits: not applied':
      '{0} não é o texto que o renderizador emite: não aplicado',
    'verification applies only the statements backend-spec renders from the model':
      'a verificação aplica apenas as instruções que o backend-spec gera a partir do modelo',
    '{*} — in: {*}': '{0} — em: {1}',
    '{*} was edited by hand since it was generated: not overwritten, nothing was written':
      '{0} foi editado à mão depois de gerado: não sobrescrito, nada foi escrito',
    'move your edits into the planning documents (or a decisions file), or re-run with --force to replace it':
      'leve suas edições para os documentos de planejamento (ou um arquivo de decisões), ou execute de novo com --force para substituí-lo',
    '--out {*} is a file, not a folder: nothing was written':
      '--out {0} é um arquivo, não uma pasta: nada foi escrito',
    'pass a folder (it is created when missing), e.g. --out build/spec':
      'passe uma pasta (é criada se faltar), p. ex. --out build/spec',
    'the output folder {*} resolves outside the project: nothing was written':
      'a pasta de saída {0} fica fora do projeto: nada foi escrito',
    'write inside the project, or name the folder explicitly with --out DIR':
      'escreva dentro do projeto, ou nomeie a pasta explicitamente com --out DIR',
    "an earlier run was interrupted after its output was complete; it was put in place before this run's output":
      'uma execução anterior foi interrompida com a saída já completa; ela foi posta no lugar antes da saída desta execução',
    'an earlier run was interrupted while writing; its partial files were removed (its previous output had stayed intact)':
      'uma execução anterior foi interrompida durante a escrita; seus arquivos parciais foram removidos (a saída anterior ficou intacta)',
    'invalid YAML: {*}': 'YAML inválido: {0}',
    'fix the YAML syntax (YAML 1.2, https://yaml.org/spec/1.2.2/); values with `:` or `{` need quotes':
      'corrija a sintaxe YAML (YAML 1.2, https://yaml.org/spec/1.2.2/); valores com `:` ou `{` precisam de aspas',
    'the documentation folder "{*}" is outside the project ({*})':
      'a pasta de documentação "{0}" está fora do projeto ({1})',
    'use a folder inside the project (e.g. `docs`), or pass --docs DIR and --out DIR on the command line to work elsewhere':
      'use uma pasta dentro do projeto (p. ex. `docs`), ou passe --docs DIR e --out DIR na linha de comando para trabalhar em outro lugar',
    'the config file must be a mapping of `key: value` pairs':
      'o arquivo de configuração deve ser um mapa de pares `key: value`',
    'write one `key: value` per line, e.g. `documentation_dir: docs`':
      'escreva um `key: value` por linha, p. ex. `documentation_dir: docs`',
    '`{*}` must be a string, found {*}': '`{0}` deve ser um texto, encontrado {1}',
    'write it as text: {*}: "..."': 'escreva-o como texto: {0}: "..."',
    '{*} has no text besides front matter and comments; it is not read':
      '{0} não tem texto além do front matter e dos comentários; não é lido',
    'write the document, or delete the empty file': 'escreva o documento, ou apague o arquivo vazio',
    'read as {*}': 'lido como {0}',
    '{*} is {*}; it is not read': '{0} é {1}; não é lido',
    'replace it with a regular file, or move it out of the documentation folder':
      'substitua-o por um arquivo comum, ou tire-o da pasta de documentação',
    'split the document (BMAD shards work), or move generated dumps out of the documentation folder':
      'divida o documento (fragmentos do BMAD funcionam), ou tire os dumps gerados da pasta de documentação',
    'save it as UTF-8 text, or move it out of the documentation folder':
      'salve-o como texto UTF-8, ou tire-o da pasta de documentação',
    'check the file permissions': 'verifique as permissões do arquivo',
    'nothing to compile: {*} planning file was found, but none has text that can be read':
      'nada a compilar: {0} arquivo de planejamento foi encontrado, mas nenhum tem texto legível',
    'nothing to compile: {*} planning files were found, but none has text that can be read':
      'nada a compilar: {0} arquivos de planejamento foram encontrados, mas nenhum tem texto legível',
    'write the PRD and the architecture document, or run `backend-spec init` for a starting point':
      'escreva o PRD e o documento de arquitetura, ou execute `backend-spec init` como ponto de partida',
    'reading the documents took longer than {*} s; nothing is generated from a partial read':
      'ler os documentos levou mais de {0} s; nada é gerado a partir de uma leitura parcial',
    'check for slow or network file systems under the documentation folder, or pass --docs DIR':
      'procure sistemas de arquivos lentos ou de rede sob a pasta de documentação, ou passe --docs DIR',
    '{*} exists and was not written by backend-spec: left untouched, nothing was written':
      '{0} existe e não foi escrito pelo backend-spec: deixado intacto, nada foi escrito',
    'move {*} away, or write the output elsewhere with --out DIR':
      'mova {0} para outro lugar, ou escreva a saída em outra pasta com --out DIR',
    'another backend-spec run is writing {*}; nothing was written':
      'outra execução do backend-spec está escrevendo {0}; nada foi escrito',
    'wait for it to finish and run again (a lock left by a killed run, {*}/.backend-spec.lock, is taken over automatically)':
      'espere que termine e execute novamente (um bloqueio deixado por uma execução interrompida, {0}/.backend-spec.lock, é assumido automaticamente)',
    'could not read {*}: {*} ({*}); the previous output is unchanged':
      'não foi possível ler {0}: {1} ({2}); a saída anterior não muda',
    'could not write {*}: {*} ({*}); the previous output is unchanged':
      'não foi possível escrever {0}: {1} ({2}); a saída anterior não muda',
    'could not read {*}: {*} ({*})': 'não foi possível ler {0}: {1} ({2})',
    'could not write {*}: {*} ({*})': 'não foi possível escrever {0}: {1} ({2})',
    'backend-spec failed: {*}': 'o backend-spec falhou: {0}',
    'this is a bug in backend-spec: please report it with the command and, if you can, the documents':
      'é um erro do backend-spec: por favor, relate-o com o comando e, se puder, os documentos',
    '{*} is not a directory': '{0} não é uma pasta',
    'pass the project folder that holds the planning documents':
      'passe a pasta do projeto que contém os documentos de planejamento',
    'run `backend-spec --help` for usage': 'execute `backend-spec --help` para ver o uso',
    '"{*}" is none of the stated values of {*} and cannot be read as one':
      '"{0}" não é nenhum dos valores indicados de {1} e não pode ser lido como um deles',
    'no open question, conflict or parameter "{*}" was found':
      'nenhuma pergunta aberta, conflito ou parâmetro "{0}" foi encontrado',
    'this run asks no open questions; conflict subjects are listed in section 0 of backend-spec.md':
      'esta execução não faz perguntas abertas; os assuntos em conflito estão listados na seção 0 de backend-spec.md',
    'open question ids: {*}; conflict subjects are listed in section 0 of backend-spec.md':
      'ids das perguntas abertas: {0}; os assuntos em conflito estão listados na seção 0 de backend-spec.md',
    '"{*}" is not an option of question {*}': '"{0}" não é uma opção da pergunta {1}',
    'this question offers no options: answer it with `assume: <value>` or `dismiss: true`':
      'esta pergunta não oferece opções: responda-a com `assume: <value>` ou `dismiss: true`',
    'options: {*}; or answer with `assume: <value>`': 'opções: {0}; ou responda com `assume: <value>`',
    'the documents state there is no authentication: every operation is public':
      'os documentos indicam que não há autenticação: todas as operações são públicas',
    'the chosen database "{*}" has no schema dialect here: no schema file is written for it':
      'o banco de dados escolhido "{0}" não tem aqui dialeto de esquema: nenhum arquivo de esquema é escrito para ele',
    'PostgreSQL, MySQL, SQLite and MongoDB schemas are supported':
      'são suportados esquemas de PostgreSQL, MySQL, SQLite e MongoDB',
    'table name {*} is used by two entities: {*} gets {*}':
      'o nome de tabela {0} é usado por duas entidades: {1} recebe {2}',
    '{*}.{*} is an enum but no document lists its values: stored as text':
      '{0}.{1} é um enum mas nenhum documento lista seus valores: armazenado como texto',
    '{*}.{*} lists values {*} but enum {*} has {*}: the field gets its own type':
      '{0}.{1} lista os valores {2} mas o enum {3} tem {4}: o campo recebe seu próprio tipo',
    'index on {*} names a table no data model defines: left out':
      'o índice sobre {0} nomeia uma tabela que nenhum modelo de dados define: deixado de fora',
    'index on {*} ({*}) is stated as {*}, but {*}: it becomes a b-tree index':
      'o índice sobre {0} ({1}) está indicado como {2}, mas {3}: torna-se um índice b-tree',
    '{*}.{*} references "{*}", which no data model defines: kept as a plain column':
      '{0}.{1} referencia "{2}", que nenhum modelo de dados define: mantida como coluna simples',
    '{*}.{*} references {*}.{*}, which is not a column with a single-column key':
      '{0}.{1} referencia {2}.{3}, que não é uma coluna com chave de coluna única',
    'relationship {*} → {*} names an entity no data model defines: left out':
      'o relacionamento {0} → {1} nomeia uma entidade que nenhum modelo de dados define: deixado de fora',
    'relationship {*} → {*} has no foreign key in the SQL of {*}: not added':
      'o relacionamento {0} → {1} não tem chave estrangeira no SQL de {2}: não adicionado',
    'add a column referencing {*} to {*}, or remove the relationship':
      'adicione a {1} uma coluna que referencie {0}, ou remova o relacionamento',
    'bcrypt cost {*} is below 12 (OWASP Password Storage Cheat Sheet)':
      'o custo do bcrypt {0} é inferior a 12 (OWASP Password Storage Cheat Sheet)',
    '{*}.{*} references {*} in {*} ({*}) but {*} in {*} ({*}); {*} wins':
      '{0}.{1} referencia {2} em {3} ({4}) mas {5} em {6} ({7}); prevalece {8}',
    'the {*} extractor failed on this document: {*}': 'o extrator {0} falhou neste documento: {1}',
    'what it would have read is missing from the spec; please report this with the document':
      'o que ele teria lido falta na especificação; por favor, relate isto com o documento',
    'index on {*}, which no data model defines': 'índice sobre {0}, que nenhum modelo de dados define',
    '{*} ({*}, {*}) and {*} ({*}, {*}) share {*} fields: probably one entity under two names':
      '{0} ({1}, {2}) e {3} ({4}, {5}) compartilham {6} campos: provavelmente uma entidade com dois nomes',
    'erDiagram cardinality not understood: "{*}"; skipped':
      'cardinalidade de erDiagram não entendida: "{0}"; ignorada',
    'erDiagram line not understood: "{*}"; skipped': 'linha de erDiagram não entendida: "{0}"; ignorada',
    'erDiagram entity {*} is not closed with "}"': 'a entidade de erDiagram {0} não é fechada com "}"',
    'SQL blocks were not read: the PostgreSQL parser was not loaded':
      'os blocos SQL não foram lidos: o analisador do PostgreSQL não foi carregado',
    'call prepare() from src/extract/sql.ts before extract()':
      'chame prepare() de src/extract/sql.ts antes de extract()',
    'ALTER TABLE {*}: no CREATE TABLE {*} in this document':
      'ALTER TABLE {0}: não há CREATE TABLE {1} neste documento',
    'a field table has no heading or caption naming its entity; skipped':
      'uma tabela de campos não tem título nem legenda que nomeie sua entidade; ignorada',
    'put the entity name in a heading or a `**Table: name**` line above the table':
      'coloque o nome da entidade em um título ou em uma linha `**Table: name**` acima da tabela',
    '{*} is a code sample in a note, not an entity of the data model; not designed':
      '{0} é um exemplo de código em uma nota, não uma entidade do modelo de dados; não projetado',
    'define it in the data model document if it is stored':
      'defina-o no documento do modelo de dados se for armazenado',
    'TypeScript fence has a line of {*} characters, too long to be a declaration; skipped':
      'o bloco TypeScript tem uma linha de {0} caracteres, longa demais para ser uma declaração; ignorado',
    'break the line, or mark the fence as another language if it is not TypeScript':
      'quebre a linha, ou marque o bloco com outra linguagem se não for TypeScript',
    'TypeScript fence is nested too deeply to parse; skipped':
      'o bloco TypeScript está aninhado profundamente demais para ser analisado; ignorado',
    'split the declaration, or mark the fence as another language if it is not TypeScript':
      'divida a declaração, ou marque o bloco com outra linguagem se não for TypeScript',
    '{*} rejected: {*}': '{0} rejeitado: {1}',
    'copy the words from the document and cite the line they are on':
      'copie as palavras do documento e cite a linha em que estão',
    'run `backend-spec schema facts` for the shape of the overlay':
      'execute `backend-spec schema facts` para ver o formato do overlay',
    'this copy states a newer date than {*} ({*}), but the config makes {*} the copy read; its changes are not in the spec':
      'esta cópia indica uma data mais recente que {0} ({1}), mas a configuração faz de {2} a cópia lida; suas alterações não estão na especificação',
    'no single {*} document: {*} shard in folders named {*} are read as the {*}':
      'nenhum documento {0} único: {1} fragmento em pastas chamadas {2} é lido como {3}',
    'no single {*} document: {*} shards in folders named {*} are read as the {*}':
      'nenhum documento {0} único: {1} fragmentos em pastas chamadas {2} são lidos como {3}',
    '{*} is drawn as {*} here, but the keys make it {*} ({*})':
      '{0} é desenhado aqui como {1}, mas as chaves o tornam {2} ({3})',
    'correct the drawing or the summary, or change the keys if the drawing is right':
      'corrija o desenho ou o resumo, ou altere as chaves se o desenho estiver certo',
    '{*} is listed as the {*} here, but {*} marks it {*}':
      '{0} aparece aqui como {1}, mas {2} o marca como {3}',
    'state {*} is not a value of {*} ({*})': 'o estado {0} não é um valor de {1} ({2})',
    'states {*} are not values of {*} ({*})': 'os estados {0} não são valores de {1} ({2})',
    '{*}: {*}; decided: {*} ({*})': '{0}: {1}; decidido: {2} ({3})',
    '{*} is still defined here, but {*} says: "{*}" — dropped as decided':
      '{0} ainda está definido aqui, mas {1} diz: "{2}" — descartado conforme decidido',
    '{*} is still defined here, but {*} says: "{*}" — kept until question {*} is answered':
      '{0} ainda está definido aqui, mas {1} diz: "{2}" — mantido até que a pergunta {3} seja respondida',
    '{*}.{*} here is {*}.{*} in {*}; the spec uses {*}':
      '{0}.{1} aqui é {2}.{3} em {4}; a especificação usa {5}',
    'use one name in every document': 'use um único nome em todos os documentos',
    'role {*} has no value in {*} ({*})': 'o papel {0} não tem valor em {1} ({2})',
    'roles {*} have no value in {*} ({*})': 'os papéis {0} não têm valor em {1} ({2})',
    'add the role to the enum, or say which existing role the persona uses':
      'adicione o papel ao enum, ou diga qual papel existente a persona usa',
    '{*} `{*}` is not copied into the schema: {*}': '{0} `{1}` não é copiado para o esquema: {2}',
    '{*} is named as part of the design, but {*} marks it {*}':
      '{0} é citado como parte do design, mas {1} o marca como {2}',
    'table {*}: no planning document mentions it': 'tabela {0}: nenhum documento de planejamento a menciona',
    'cite the requirement it serves, or record it as an assumption':
      'cite o requisito a que serve, ou registre-o como suposição',
    'role {*}: no planning document mentions it': 'papel {0}: nenhum documento de planejamento o menciona',
    'the permission matrix lists {*}, which the API section does not document':
      'a matriz de permissões lista {0}, que a seção de API não documenta',
    '{*} has no row in the permission matrix (line {*})':
      '{0} não tem linha na matriz de permissões (linha {1})',
    'the permission matrix has a column for role "{*}", which the spec never defines':
      'a matriz de permissões tem uma coluna para o papel "{0}", que a especificação nunca define',
    'entity {*} has no CREATE TABLE in the SQL': 'a entidade {0} não tem CREATE TABLE no SQL',
    '{*} does not exist; the documents compile to it': '{0} não existe; os documentos são compilados nele',
    '{*} differs from what the documents compile to now (first difference at line {*})':
      '{0} difere do que os documentos compilam agora (primeira diferença na linha {1})',
    'run `backend-spec generate` and commit the result':
      'execute `backend-spec generate` e faça commit do resultado',
    'no "{*}" section: the workflow\'s 15 sections are all required':
      'não há seção "{0}": as 15 seções do fluxo de trabalho são obrigatórias',
    'a json block is not JSON: {*}': 'um bloco json não é JSON: {0}',
    '{*}: {*} at {*}': '{0}: {1} em {2}',
    'SQL does not parse: {*}': 'o SQL não pode ser analisado: {0}',
    'permission denied': 'permissão negada',
    'give your user access to it (chmod/chown), or choose another folder':
      'dê acesso ao seu usuário (chmod/chown), ou escolha outra pasta',
    'operation not permitted': 'operação não permitida',
    'give your user access to it, or choose another folder':
      'dê acesso ao seu usuário, ou escolha outra pasta',
    'a symlink loop': 'um laço de links simbólicos',
    'remove or fix the symlink that points back at itself':
      'remova ou corrija o link simbólico que aponta para si mesmo',
    'a file is in the way where a folder is needed': 'há um arquivo onde é necessária uma pasta',
    'move that file, or choose another folder': 'mova esse arquivo, ou escolha outra pasta',
    'a folder is in the way where a file is needed': 'há uma pasta onde é necessário um arquivo',
    'move that folder, or choose another path': 'mova essa pasta, ou escolha outro caminho',
    'no space left on the device': 'não há espaço no dispositivo',
    'free some disk space and run again': 'libere espaço em disco e execute novamente',
    'the disk quota is exceeded': 'a cota de disco foi excedida',
    'free some space and run again': 'libere espaço e execute novamente',
    'a read-only file system': 'um sistema de arquivos somente leitura',
    'write to a writable folder with --out DIR': 'escreva em uma pasta gravável com --out DIR',
    'the path is too long': 'o caminho é longo demais',
    'use a shorter path': 'use um caminho mais curto',
    'too many open files': 'arquivos abertos demais',
    'raise the open-file limit (ulimit -n) and run again':
      'aumente o limite de arquivos abertos (ulimit -n) e execute novamente',
    'an I/O error of the device': 'um erro de E/S do dispositivo',
    'check the disk or mount, then run again': 'verifique o disco ou a montagem e execute novamente',
    'the path is busy': 'o caminho está ocupado',
    'close whatever holds it, then run again': 'feche o que o retém e execute novamente',
    'a device or pipe without a reader': 'um dispositivo ou pipe sem leitor',
    'replace it with a regular file': 'substitua-o por um arquivo comum',
    'it does not exist': 'não existe',
    'check the path': 'verifique o caminho',
    'check the path and run again': 'verifique o caminho e execute novamente',
    'a path': 'um caminho',
    'not valid YAML: {*}': 'YAML inválido: {0}',
    'expected a list of decisions (or a `decisions:` list)':
      'esperava-se uma lista de decisões (ou uma lista `decisions:`)',
    'a decision is a mapping: `{ id, choose | assume | dismiss, reason }` or `{ assume, reason }`':
      'uma decisão é um mapa: `{ id, choose | assume | dismiss, reason }` ou `{ assume, reason }`',
    'unknown key {*}': 'chave desconhecida {0}',
    'unknown keys {*}': 'chaves desconhecidas {0}',
    'a decision needs a non-empty `reason`': 'uma decisão precisa de um `reason` não vazio',
    'one answer per entry: `choose`, `assume` or `dismiss`, not several':
      'uma resposta por entrada: `choose`, `assume` ou `dismiss`, não várias',
    '`dismiss` needs the `id` of the question it sets aside':
      '`dismiss` precisa do `id` da pergunta que descarta',
    '`dismiss` takes `true`': '`dismiss` aceita `true`',
    '`assume` must not be empty': '`assume` não deve estar vazio',
    'a choice needs both `id` (the conflict subject) and `choose` (the value to use)':
      'uma escolha precisa de `id` (o assunto em conflito) e de `choose` (o valor a usar)',
    '{*} entities but no endpoints': '{0} entidades mas nenhum endpoint',
    '{*} {*} has no success response': '{0} {1} não tem resposta de sucesso',
    '{*} {*} does not declare path parameter {*}': '{0} {1} não declara o parâmetro de caminho {2}',
    '{*} {*} has no request schema': '{0} {1} não tem esquema de requisição',
    '{*} has no endpoint': '{0} não tem endpoint',
    'job {*} targets no table: {*}': 'a tarefa {0} não visa nenhuma tabela: {1}',
    'job {*} targets table {*}, which the data model lacks':
      'a tarefa {0} visa a tabela {1}, que falta no modelo de dados',
    'integration {*} has no name': 'a integração {0} não tem nome',
    'cache entry {*} is invalidated by {*}, which the data model lacks':
      'a entrada de cache {0} é invalidada por {1}, que falta no modelo de dados',
    '{*} has no primary key': '{0} não tem chave primária',
    '{*}.{*} has no type': '{0}.{1} não tem tipo',
    '{*}.{*} is an enum without values': '{0}.{1} é um enum sem valores',
    'relationship {*} → {*} names an entity that is not in the model':
      'o relacionamento {0} → {1} nomeia uma entidade que não está no modelo',
    'many-to-many {*} ↔ {*} has no join table referencing both':
      'o relacionamento muitos-para-muitos {0} ↔ {1} não tem tabela de junção que referencie ambas',
    '{*} → {*}: {*}.{*} is not a foreign key': '{0} → {1}: {2}.{3} não é uma chave estrangeira',
    '{*}.{*} (foreign key) is not the leading column of any index':
      '{0}.{1} (chave estrangeira) não é a primeira coluna de nenhum índice',
    '{*} cannot be read by primary key': '{0} não pode ser lido pela chave primária',
    '{*} has no usable retry policy': '{0} não tem uma política de novas tentativas utilizável',
    'job {*} lacks retries, a dead-letter destination or a timeout':
      'à tarefa {0} faltam novas tentativas, um destino de mensagens mortas ou um tempo limite',
    'cache entry {*} is not tied to entity writes':
      'a entrada de cache {0} não está ligada a escritas de entidades',
    '{*}.{*} is sensitive but not redacted from logs': '{0}.{1} é sensível mas não é ocultado nos logs',
    'alert on {*} cites no NFR': 'o alerta sobre {0} não cita nenhum RNF',
    'the API has endpoints but no OWASP Top 10 item is addressed':
      'a API tem endpoints mas nenhum item do OWASP Top 10 é tratado',
    'there is no permission matrix': 'não há matriz de permissões',
    'endpoint {*} has {*} matrix rows (expected 1)':
      'o endpoint {0} tem {1} linhas na matriz (esperava-se 1)',
    'endpoint {*} has no decision for role {*}': 'o endpoint {0} não tem decisão para o papel {1}',
    'no authentication strategy': 'nenhuma estratégia de autenticação',
    'ownership rule {*}.{*} does not name a primary key column':
      'a regra de propriedade {0}.{1} não nomeia uma coluna de chave primária',
    'ownership rule {*}.{*} does not name a foreign key column':
      'a regra de propriedade {0}.{1} não nomeia uma coluna de chave estrangeira',
    '{*} {*} response exposes secret field {*}': 'a resposta de {0} {1} expõe o campo secreto {2}',
    '{*} {*}: the stated contract returns the secret field {*}; it is withheld from the response until the team confirms it may leave the server':
      '{0} {1}: o contrato definido devolve o campo secreto {2}; ele é retido da resposta até que a equipe confirme que pode sair do servidor',
    'there is no error catalogue': 'não há catálogo de erros',
    'example of {*} does not match the envelope: {*}': 'o exemplo de {0} não corresponde ao envelope: {1}',
    'no error code for status {*}': 'nenhum código de erro para o status {0}',
    'the same file as {*} (a symbolic link)': 'o mesmo arquivo que {0} (um link simbólico)',
    'empty: no text to read': 'vazio: não há texto para ler',
    'a symbolic link to a file outside the project': 'um link simbólico para um arquivo fora do projeto',
    'archived ({*}/) and not a PRD, architecture, UX or tech-stack document':
      'arquivado ({0}/) e não é um documento PRD, de arquitetura, de UX nem de stack tecnológica',
    'not found': 'não encontrado',
    '{*}, not a regular file': '{0}, não um arquivo comum',
    'a named pipe (FIFO)': 'um pipe nomeado (FIFO)',
    'a device': 'um dispositivo',
    'a socket': 'um socket',
    'a folder': 'uma pasta',
    'not a regular file': 'não é um arquivo comum',
    'cannot be read ({*})': 'não pode ser lido ({0})',
    'not text: {*}': 'não é texto: {0}',
    '{*}, over the {*} limit per document': '{0}, acima do limite de {1} por documento',
    'not read: reading took longer than the {*} s budget': 'não lido: a leitura excedeu o orçamento de {0} s',
    'copy the document into the project (or link a whole shared docs folder); a link to a file elsewhere is never followed':
      'copie o documento para o projeto (ou vincule uma pasta de documentos compartilhada inteira); um link para um arquivo em outro lugar nunca é seguido',
    'shard of {*}, which holds its text; {*}': 'fragmento de {0}, que contém seu texto; {1}',
    '{*}; read as history only': '{0}; lido apenas como histórico',
    '{*}; read where the newer does not change it': '{0}; lido onde o mais recente não o altera',
    'the role of --postgres-url is a superuser; verification needs only CREATE on the database':
      'o papel de --postgres-url é superusuário; a verificação só precisa de CREATE no banco de dados',
    '{*} is the stated database, but the documents describe no stored record: sections 1 and 2 cannot be written':
      '{0} é o banco de dados indicado, mas os documentos não descrevem nenhum registro armazenado: as seções 1 e 2 não podem ser escritas',
    'describe the entities (a table of fields, SQL, an ER diagram), or supply them under `entities` in the facts file':
      'descreva as entidades (uma tabela de campos, SQL, um diagrama ER) ou forneça-as em `entities` no arquivo de fatos',
    '{*}: {*} here, but {*} in the same document (line {*}); assuming {*} until question {*} is answered':
      '{0}: {1} aqui, mas {2} no mesmo documento (linha {3}); assume-se {4} até que a pergunta {5} seja respondida',
    '{*}: {*} here, but {*} in the same document (line {*}); using {*} as decided':
      '{0}: {1} aqui, mas {2} no mesmo documento (linha {3}); usa-se {4} conforme decidido',
    'correct one of the two lines, or answer the question in the decisions file':
      'corrija uma das duas linhas, ou responda à pergunta no arquivo de decisões',
    '{*} relies on {*}, which {*} leaves undecided ("{*}"); asked as question {*}':
      '{0} depende de {1}, que {2} deixa sem decisão ("{3}"); colocado como pergunta {4}',
    'decide it in the documents, or answer the question in the decisions file':
      'decida nos documentos, ou responda à pergunta no arquivo de decisões',
    '"{*}" in the {*} {*} body is not a column of {*} ({*}); the closest is {*}':
      '"{0}" no corpo de {1} {2} não é uma coluna de {3} ({4}); a mais próxima é {5}',
    '"{*}" in the {*} {*} body is not a column of {*} ({*})':
      '"{0}" no corpo de {1} {2} não é uma coluna de {3} ({4})',
    'name the field as the data model does, or add the column':
      'nomeie o campo como o modelo de dados, ou adicione a coluna',
    'no documentation language is set: the spec is written in {*}, the language of the documents':
      'nenhum idioma de documentação definido: a especificação é escrita em {0}, o idioma dos documentos',
    'no documentation language is set: the documents are written in {*}, which has no catalog; the spec is written in English':
      'nenhum idioma de documentação definido: os documentos estão escritos em {0}, que não tem catálogo; a especificação é escrita em inglês',
    'set documentation_language in the config (or pass --lang) to choose another':
      'defina documentation_language na configuração (ou passe --lang) para escolher outro',
    'story {*} lets {*} call {*}, which the stated permission matrix does not grant {*}':
      'a história {0} permite que {1} chame {2}, que a matriz de permissões indicada não concede a {3}',
    'story {*} asks {*} to call {*}, whose route table names other callers: the stated callers are kept':
      'a história {0} pede que {1} chame {2}, cuja tabela de rotas nomeia outros chamadores: mantêm-se os chamadores declarados',
    'add the role to the route table, or correct the story':
      'adicione o papel à tabela de rotas ou corrija a história',
    'correct the matrix or the story, or record the choice in the decisions file':
      'corrija a matriz ou a história, ou registre a escolha no arquivo de decisões',
    '{*} is not one of the planning documents read ({*})':
      '{0} não é um dos documentos de planejamento lidos ({1})',
    'the quote "{*}" is too short to check (at least {*} characters)':
      'a citação "{0}" é curta demais para ser verificada (pelo menos {1} caracteres)',
    '{*} has {*} lines, the fact cites line {*}': '{0} tem {1} linhas, o fato cita a linha {2}',
    'the quote does not occur in {*}': 'a citação não aparece em {0}',
    'the quote occurs in {*} at line {*}, not within {*} lines of line {*}':
      'a citação aparece em {0} na linha {1}, não a menos de {2} linhas da linha {3}',
    'quote found in {*} near line {*}': 'citação encontrada em {0} perto da linha {1}',
    'stated at {*}': 'declarado em {0}',
    'given twice in the overlay': 'dado duas vezes no arquivo de fatos',
    'defined at {*}; its fields below fill gaps only':
      'definida em {0}; seus campos abaixo só completam o que falta',
    'no entity {*} is defined': 'nenhuma entidade {0} está definida',
    'no role {*} is defined': 'nenhum papel {0} está definido',
    '{*} states {*} as {*}, not {*}': '{0} declara {1} como {2}, não {3}',
    '{*} states its values as {*}': '{0} declara seus valores como {1}',
    '{*} rejects {*}': '{0} rejeita {1}',
    '{*} marks {*} as {*}': '{0} marca {1} como {2}',
    '{*} chooses {*} for {*}': '{0} escolhe {1} para {2}',
    '{*} states {*} {*} {*}': '{0} declara {1} {2} {3}',
    'field {*}': 'campo {0}',
    'entity {*}': 'entidade {0}',
    'relationship {*}': 'relacionamento {0}',
    'enum {*}': 'enumeração {0}',
    'role {*}': 'papel {0}',
    'permission {*}': 'permissão {0}',
    'job {*}': 'tarefa {0}',
    'integration {*}': 'integração {0}',
    'rule {*}': 'regra {0}',
    'stack {*}': 'tecnologia {0}',
  },
};
