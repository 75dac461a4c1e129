import type { Messages } from '../en/index.js';

/** Portuguese wording shared by the whole document: title, section headings, shared table headers. */
export const common: Messages['common'] = {
  title: (project: string) => `${project} — Especificação do backend`,
  generatedBy:
    'Gerado pelo backend-spec a partir dos documentos de planejamento listados abaixo. Não edite à mão: altere os documentos ou o arquivo de decisões e gere novamente.',
  sourcesHeading: 'Fontes',
  contentsHeading: 'Sumário',
  provenance: (p) =>
    `Dos ${p.stated + p.derived + p.defaults + p.decisions} itens desta especificação, ${p.stated} citam a linha do documento que os declara e ${p.derived + p.defaults} seguem uma regra nomeada ou um padrão documentado onde os documentos são omissos${p.decisions > 0 ? `; ${p.decisions} vêm do arquivo de decisões` : ''}. A origem de cada item aparece ao lado dele.`,
  missingMark: '(ausente)',
  sourceTable: { path: 'Documento', kind: 'Tipo' },
  origin: 'Origem',
  missingSection: 'Não foi possível derivar esta seção dos documentos.',
  sections: {
    reconciliation: '0. Conciliação das fontes',
    dataModels: '1. Modelos de dados',
    databaseSchema: '2. Esquema do banco de dados',
    api: '3. Endpoints da API',
    services: '4. Serviços de lógica de negócio',
    auth: '5. Autenticação e autorização',
    validation: '6. Validação de dados',
    errors: '7. Tratamento de erros',
    integrations: '8. Integrações externas',
    jobs: '9. Tarefas em segundo plano',
    caching: '10. Estratégia de cache',
    observability: '11. Registro e monitoramento',
    performance: '12. Considerações de desempenho',
    security: '13. Boas práticas de segurança',
    testing: '14. Estratégia de testes',
    deployment: '15. Configuração da implantação',
    decisions: 'Principais decisões técnicas',
    traceability: 'Apêndice A. Rastreabilidade dos requisitos',
    checklist: 'Apêndice B. Lista de verificação',
  },
};
