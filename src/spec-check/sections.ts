import type { HeadingBlock } from '../markdown/blocks.js';

/**
 * The workflow's 15 sections, recognised by their heading in en, es, pt, fr or de, numbered or not
 * (`## 3. API Endpoints`, `## Endpoints de la API`, `## Points de terminaison de l'API`).
 */
export const SECTIONS = [
  [
    'data-models',
    /data ?models?|modelos? de datos|modelos? de dados|modèles? de données|datenmodell|entit(y|ies|ies)\b|entidades|entités|entitäten/i,
  ],
  [
    'database-schema',
    /database schema|esquema de (la )?base de datos|esquema do banco|schéma de (la )?base de données|datenbankschema|datenbank-schema/i,
  ],
  [
    'api',
    /api endpoints?|endpoints? de (la )?api|endpoints? da api|points? de terminaison|api-endpunkte|endpunkte|\bapi\b/i,
  ],
  ['services', /business logic|services?\b|servicios|serviços|logique métier|geschäftslogik|dienste/i],
  [
    'auth',
    /authenti[ck]ation|authori[sz]ation|autenticación|autenticação|autorización|autorização|authentification|autorisation|authentifizierung|autorisierung/i,
  ],
  ['validation', /validation|validación|validação|validierung/i],
  [
    'errors',
    /error handling|errors?\b|manejo de errores|tratamento de erros|gestion des erreurs|fehlerbehandlung/i,
  ],
  ['integrations', /integrations?|integraciones|integrações|intégrations|integrationen/i],
  [
    'jobs',
    /background jobs?|jobs?\b|tareas en segundo plano|trabajos|tarefas em segundo plano|tâches de fond|tâches planifiées|hintergrund/i,
  ],
  ['caching', /cach(e|ing)|caché|almacenamiento en caché|mise en cache|zwischenspeicher/i],
  [
    'observability',
    /logging|monitoring|registro|monitorización|monitoramento|journalisation|surveillance|protokollierung|überwachung/i,
  ],
  ['performance', /performance|rendimiento|desempenho|leistung/i],
  ['security', /security|seguridad|segurança|sécurité|sicherheit/i],
  ['testing', /testing|tests?\b|pruebas|testes|stratégie de test|teststrategie/i],
  [
    'deployment',
    /deploy(ment)?|despliegue|implantação|implementación|déploiement|bereitstellung|deployment/i,
  ],
] as const satisfies readonly (readonly [string, RegExp])[];

export type SectionId = (typeof SECTIONS)[number][0];

/** The heading that opens each section: the first heading of the shallowest level that matches. */
export function findSections(headings: readonly HeadingBlock[]): Map<SectionId, HeadingBlock> {
  const found = new Map<SectionId, HeadingBlock>();
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  for (const level of levels) {
    for (const h of headings.filter((x) => x.level === level)) {
      const text = h.text.replace(/^[\d.\s)]+/, '').replace(/[*_`]/g, '');
      const hit = SECTIONS.find(([id, re]) => !found.has(id) && re.test(text));
      if (hit) found.set(hit[0], h);
    }
  }
  return found;
}
