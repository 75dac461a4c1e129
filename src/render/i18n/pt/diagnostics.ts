import type { DiagnosticCatalog } from '../en/diagnostics.js';

/** Portuguese wording of the terminal's diagnostic lines (see en/diagnostics.ts). */
export const diagnostics: DiagnosticCatalog = {
  labels: { error: 'erro', warning: 'aviso', info: 'info', hint: 'dica' },
  texts: {
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
      'o tempo de sessão {0} é menor que a vida do refresh token {1} em {2}: o tempo é aplicado como inatividade e a vida do token como duração absoluta da sessão',
    'session timeout {*} is shorter than the access token lifetime {*} at {*}: the timeout is applied as an idle timeout and the token lifetime as the absolute session lifetime':
      'o tempo de sessão {0} é menor que a vida do access token {1} em {2}: o tempo é aplicado como inatividade e a vida do token como duração absoluta da sessão',
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
      'o tempo de sessão {0} ({1}) é menor que a vida do refresh token {2} ({3}): o limite da sessão limita a cadeia de renovação',
    'user-story actor "{*}" matches none of the roles {*}':
      'o ator de história "{0}" não corresponde a nenhum dos papéis {1}',
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
  },
};
