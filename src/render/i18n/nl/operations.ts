import type { Messages } from '../en/index.js';

/** Dutch wording of the operations sections (8 to 15) and the key technical decisions. */
export const operations: Messages['operations'] = {
  kv: ['Aspect', 'Detail'],
  status: {
    chosen: 'in gebruik',
    mentioned: 'genoemd',
    future: 'gepland (latere fase)',
    'out-of-scope': 'buiten scope',
    rejected: 'afgewezen',
  },
  integrations: {
    summary: (active, planned, rejected) =>
      `Integraties in gebruik: ${active}; gepland voor een latere fase: ${planned}; overwogen en afgewezen: ${rejected}.`,
    none: 'De documenten noemen geen externe dienst; de backend doet geen uitgaande integratieaanroepen.',
    unknown:
      'Niet in de catalogus van aanbieders: alleen wat de documenten zeggen wordt vermeld; endpoints, limieten en webhooks moeten bij de aanbieder worden opgezocht.',
    clientSide:
      'Draait op het apparaat van de gebruiker: geen aanroep, inloggegevens of nieuwe poging aan de serverkant.',
    fields: {
      status: 'Status',
      purpose: 'Doel in dit project',
      docs: 'API-referentie',
      baseUrl: 'Basis-URL',
      endpoints: 'Gebruikte endpoints',
      auth: 'Authenticatie',
      format: 'Formaat van verzoek en antwoord',
      rateLimits: 'Frequentielimieten',
      retry: 'Nieuwe pogingen',
      failFast: 'Nooit opnieuw geprobeerd',
      idempotency: 'Idempotentie',
      webhooks: 'Webhooks',
      env: 'Configuratie',
      notes: 'Opmerkingen',
      mentions: 'Waar de documenten het noemen',
    },
    retry: (on, attempts, backoff, dead) =>
      attempts <= 1
        ? `één poging, zonder herhaling${dead ? `; daarna ${dead}` : ''}`
        : `${on.length > 0 ? `bij ${on.join(', ')}; ` : ''}tot ${attempts} pogingen; ${backoff}${dead ? `; daarna ${dead}` : ''}`,
    planned: 'Gepland of afgewezen',
    plannedHeader: ['Dienst', 'Status', 'Wat de documenten zeggen', 'Herkomst'],
  },
  jobs: {
    runner: (queue, scheduler) =>
      `Taken draaien op **${queue}**; planningen worden gestart door **${scheduler}**.`,
    unresolved: (n) =>
      `Nog geen taak ontworpen: ${n === 1 ? 'een vermelde periode of planning noemt' : `${n} vermelde perioden of planningen noemen`} geen record van het datamodel (sectie 0, open vragen). Zodra ${n === 1 ? 'die' : 'die'} daar beantwoord ${n === 1 ? 'is' : 'zijn'}, volgt de taak.`,
    none: (checked) =>
      `Er is geen achtergrondtaak nodig: de documenten vermelden ${checked}. Elk verzoek doet zijn werk direct af.`,
    checked:
      'geen bewaartermijn, herinnering, terugkerende planning, tokenopslag aan de serverkant, aanbieder met webhooks, aanbieder van uitgaande berichten of documentgeneratie',
    fields: {
      purpose: 'Doel',
      trigger: 'Aanleiding',
      inputs: 'Invoer',
      steps: 'Verwerking',
      idempotency: 'Idempotentie',
      retry: 'Nieuwe pogingen',
      timeout: 'Maximale duur',
      logs: 'Logs',
      requirements: 'Eisen',
      basis: 'Afgeleid uit',
    },
    seconds: (n) => `${n} s`,
  },
  caching: {
    store: (value) => `Cacheopslag: **${value}** (vermeld).`,
    statedNone: 'De documenten bepalen dat niets wordt gecachet: geen cacheopslag en geen cache-items.',
    noStore: (fallback) =>
      `De documenten vermelden geen cacheopslag. De onderstaande items staan in ${fallback}.`,
    considered: 'Genoemd maar niet gekozen',
    header: [
      'Item',
      'Soort',
      'Sleutelpatroon',
      'TTL',
      'Herkomst van de TTL',
      'Ongeldig gemaakt door',
      'Reden',
      'Herkomst',
    ],
    /** What a cached entry holds (the Kind column) and a considered store's status. */
    kinds: {
      entity: 'entiteitsrijen',
      query: 'queryresultaat',
      external: 'antwoord van een externe API',
    },
    statuses: {
      chosen: 'gekozen',
      mentioned: 'genoemd',
      rejected: 'afgewezen',
      superseded: 'vervangen',
      deprecated: 'verouderd',
      'out-of-scope': 'buiten scope',
      future: 'gepland (latere fase)',
      deferred: 'uitgesteld',
      proposed: 'voorgesteld',
      undecided: 'onbeslist',
    },
    ttlOnly: 'Alleen verlopen via TTL (geen van onze entiteiten wijzigt het)',
    /** A query entry with no invalidating write: the model links none to it (it may not know the data). */
    /** The key of a stated entry no endpoint serves (its parameters are asked in section 0). */
    keyUnmapped: 'geen endpoint levert het: de parameters van de sleutel zijn een open vraag (sectie 0)',
    ttlOnlyQuery: 'Alleen verlopen via TTL (geen schrijfactie van het datamodel is eraan gekoppeld)',
    none: 'Geen enkel item rechtvaardigt een cache: er zijn geen referentiegegevens, geaggregeerde leesacties of externe queries gevonden.',
    rules: [
      'Lezen via de cache: ontbreekt het item, dan wordt het uit de bron van waarheid geladen en met zijn TTL opgeslagen.',
      'Ongeldig maken (de sleutel verwijderen) in dezelfde code als de schrijfactie, na de commit van de transactie.',
      'Een storing van de cache valt terug op direct lezen; het laat het verzoek nooit mislukken.',
    ],
  },
  observability: {
    format: 'Logformaat',
    fields: 'Velden op elke regel',
    example: 'Voorbeeld',
    redact: 'Nooit gelogd (maskeerlijst)',
    redactHeader: ['Veld', 'Reden'],
    events: 'Wat te loggen',
    eventsHeader: ['Gebeurtenis', 'Niveau', 'Herkomst'],
    levels:
      'Niveaus: `error` voor mislukte verzoeken (5xx) en uitgeputte pogingen, `warn` voor geweigerde toegang en mislukte logins, `info` voor bedrijfsgebeurtenissen en toestandswijzigingen, `debug` alleen lokaal.',
    health: 'Gezondheidscontroles',
    healthHeader: ['Pad', 'Controleert', 'Herkomst'],
    metrics: 'Metrieken',
    metricsHeader: ['Metriek', 'Type', 'Wat het laat zien', 'Herkomst'],
    alerts: 'Alarmdrempels',
    alertsHeader: ['Metriek', 'Drempel', 'Venster', 'Ernst', 'Afkomst', 'Herkomst'],
    tracking: (v) =>
      `Fouten worden ook gemeld aan **${v}** (vermeld), waarbij persoonsgegevens vóór verzending worden verwijderd.`,
  },
  performance: {
    database: 'Database: indexen en N+1-preventie per relatie',
    api: 'API: paginering en frequentielimieten',
    latency: 'Vermelde latentiedoelen',
    header: ['Waar', 'Maatregel', 'Herkomst'],
    none: 'Het model heeft geen relaties, lijst-endpoints of vermelde doelen waaruit prestatiemaatregelen kunnen worden afgeleid.',
  },
  security: {
    intro: 'Elke categorie van de OWASP Top 10 (2021), met wat deze specificatie eraan doet.',
    header: ['OWASP', 'Risico', 'Wat deze specificatie doet', 'Herkomst'],
  },
  testing: {
    coverage: (n) => `Dekkingsdoel: **${n}%** van regels en vertakkingen in services en validators.`,
    tools: 'Vermelde testtools',
    kinds: {
      unit: 'Unittests',
      integration: 'Integratietests',
      e2e: 'End-to-endtests (kritieke stromen)',
      load: 'Belastingtests',
      security: 'Beveiligingstests',
    },
  },
  deployment: {
    env: 'Omgevingsvariabelen',
    envHeader: ['Variabele', 'Gebruik', 'Voorbeeld', 'Geheim', 'Verplicht', 'Herkomst'],
    yes: 'ja',
    no: 'nee',
    migration: (tool) => `Migratiestrategie (${tool})`,
    noMigration: 'Geen database: er is geen schema om te migreren.',
    rollback: 'Rollbackprocedure',
    prerequisites: 'Vereisten',
    secrets:
      'Geheimen komen uit de geheimenopslag van het platform, nooit uit de repository; `.env.example` noemt alle bovenstaande variabelen met voorbeeldwaarden.',
  },
  decisions: {
    header: ['Beslissing', 'Keuze', 'Herkomst'],
    proposed: 'Voorgesteld — niet vermeld in de documenten',
  },
};
