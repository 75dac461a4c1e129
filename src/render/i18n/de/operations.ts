import type { Messages } from '../en/index.js';

/** German wording of the operations sections (8 to 15) and the key technical decisions. */
export const operations: Messages['operations'] = {
  kv: ['Aspekt', 'Detail'],
  status: {
    chosen: 'im Einsatz',
    mentioned: 'erwähnt',
    future: 'geplant (spätere Phase)',
    'out-of-scope': 'außerhalb des Umfangs',
    rejected: 'verworfen',
  },
  integrations: {
    summary: (active, planned, rejected) =>
      `Integrationen: ${active} im Einsatz, ${planned} für eine spätere Phase geplant, ${rejected} erwogen und verworfen.`,
    none: 'Die Dokumente nennen keinen Drittanbieterdienst; das Backend führt keine ausgehenden Integrationsaufrufe aus.',
    unknown:
      'Nicht im Anbieterkatalog: Aufgeführt ist nur, was die Dokumente sagen; Endpunkte, Limits und Webhooks sind beim Anbieter nachzulesen.',
    clientSide:
      'Läuft auf dem Gerät des Benutzers: keine serverseitigen Aufrufe, Zugangsdaten oder Wiederholungen.',
    fields: {
      status: 'Status',
      purpose: 'Zweck in diesem Projekt',
      docs: 'API-Referenz',
      baseUrl: 'Basis-URL',
      endpoints: 'Genutzte Endpunkte',
      auth: 'Authentifizierung',
      format: 'Anfrage- und Antwortformat',
      rateLimits: 'Ratenlimits',
      retry: 'Wiederholung',
      failFast: 'Nie wiederholt',
      idempotency: 'Idempotenz',
      webhooks: 'Webhook',
      env: 'Konfiguration',
      notes: 'Hinweise',
      mentions: 'Wo die Dokumente ihn nennen',
    },
    retry: (on, attempts, backoff, dead) =>
      attempts <= 1
        ? `ein Versuch, keine Wiederholung${dead ? `; danach ${dead}` : ''}`
        : `${on.length > 0 ? `bei ${on.join(', ')}; ` : ''}bis zu ${attempts} Versuche; ${backoff}${dead ? `; danach ${dead}` : ''}`,
    planned: 'Geplant oder verworfen',
    plannedHeader: ['Dienst', 'Status', 'Was die Dokumente sagen', 'Quelle'],
  },
  jobs: {
    runner: (queue, scheduler) =>
      `Jobs laufen auf **${queue}**; Zeitpläne werden von **${scheduler}** ausgelöst.`,
    unresolved: (n) =>
      `Noch kein Job entworfen: ${n === 1 ? 'ein genannter Zeitraum oder Zeitplan nennt' : `${n} genannte Zeiträume oder Zeitpläne nennen`} keinen Datensatz des Datenmodells (Abschnitt 0, offene Fragen). Sobald ${n === 1 ? 'sie' : 'sie'} dort beantwortet ${n === 1 ? 'ist' : 'sind'}, folgt der Job.`,
    none: (checked) =>
      `Es wird kein Hintergrundjob benötigt: Die Dokumente nennen ${checked}. Jede Anfrage erledigt ihre Arbeit direkt.`,
    checked:
      'keine Aufbewahrungsfrist, keine Erinnerung, keinen wiederkehrenden Zeitplan, keinen serverseitigen Token-Speicher, keinen Anbieter mit Webhooks, keinen Anbieter für ausgehende Nachrichten und keine Dokumenterzeugung',
    fields: {
      purpose: 'Zweck',
      trigger: 'Auslöser',
      inputs: 'Eingaben',
      steps: 'Verarbeitung',
      idempotency: 'Idempotenz',
      retry: 'Wiederholung',
      timeout: 'Zeitlimit',
      logs: 'Logs',
      requirements: 'Anforderungen',
      basis: 'Abgeleitet aus',
    },
    seconds: (n) => `${n} s`,
  },
  caching: {
    store: (value) => `Cache-Speicher: **${value}** (festgelegt).`,
    statedNone:
      'Die Dokumente legen fest, dass nichts zwischengespeichert wird: kein Cache-Speicher und keine Cache-Einträge.',
    noStore: (fallback) =>
      `Die Dokumente legen keinen Cache-Speicher fest. Die folgenden Einträge liegen in ${fallback}.`,
    considered: 'Erwähnt, aber nicht gewählt',
    header: [
      'Eintrag',
      'Art',
      'Schlüsselmuster',
      'TTL',
      'Quelle der TTL',
      'Invalidiert durch',
      'Grund',
      'Quelle',
    ],
    /** What a cached entry holds (the Kind column) and a considered store's status. */
    kinds: { entity: 'Entitätszeilen', query: 'Abfrageergebnis', external: 'Antwort einer externen API' },
    statuses: {
      chosen: 'gewählt',
      mentioned: 'erwähnt',
      rejected: 'verworfen',
      superseded: 'ersetzt',
      deprecated: 'veraltet',
      'out-of-scope': 'außerhalb des Umfangs',
      future: 'geplant (spätere Phase)',
      deferred: 'zurückgestellt',
      proposed: 'vorgeschlagen',
      undecided: 'unentschieden',
    },
    ttlOnly: 'Nur Ablauf über die TTL (keine unserer Entitäten ändert ihn)',
    /** A query entry with no invalidating write: the model links none to it (it may not know the data). */
    /** The key of a stated entry no endpoint serves (its parameters are asked in section 0). */
    keyUnmapped:
      'kein Endpunkt liefert es: die Parameter seines Schlüssels sind eine offene Frage (Abschnitt 0)',
    ttlOnlyQuery: 'Nur Ablauf über die TTL (keine Schreiboperation des Datenmodells ist damit verknüpft)',
    none: 'Kein Eintrag eignet sich zum Cachen: Es wurden keine Referenzdaten, aggregierten Lesezugriffe oder externen Abfragen gefunden.',
    rules: [
      'Read-Through: Bei einem Fehltreffer aus der maßgeblichen Quelle laden und mit der TTL speichern.',
      'Im selben Codepfad wie der Schreibvorgang invalidieren (Schlüssel löschen), nachdem die Transaktion bestätigt ist.',
      'Ein Cache-Ausfall fällt auf einen direkten Lesezugriff zurück; er lässt die Anfrage nie scheitern.',
    ],
  },
  observability: {
    format: 'Log-Format',
    fields: 'Felder in jeder Zeile',
    example: 'Beispiel',
    redact: 'Nie geloggt (Schwärzungsliste)',
    redactHeader: ['Feld', 'Grund'],
    events: 'Was geloggt wird',
    eventsHeader: ['Ereignis', 'Level', 'Quelle'],
    levels:
      'Level: `error` für fehlgeschlagene Anfragen (5xx) und ausgeschöpfte Wiederholungen, `warn` für verweigerten Zugriff und fehlgeschlagene Anmeldungen, `info` für Geschäftsereignisse und Zustandsänderungen, `debug` nur lokal.',
    health: 'Health-Checks',
    healthHeader: ['Pfad', 'Prüft', 'Quelle'],
    metrics: 'Metriken',
    metricsHeader: ['Metrik', 'Typ', 'Was sie zeigt', 'Quelle'],
    alerts: 'Alarmschwellen',
    alertsHeader: ['Metrik', 'Schwelle', 'Zeitfenster', 'Schweregrad', 'Grundlage', 'Quelle'],
    tracking: (v) =>
      `Fehler werden außerdem an **${v}** gemeldet (festgelegt); personenbezogene Daten werden vor dem Senden entfernt.`,
  },
  performance: {
    database: 'Datenbank: Indizes und Vermeidung von N+1 je Beziehung',
    api: 'API: Paginierung und Ratenlimits',
    latency: 'Festgelegte Latenzziele',
    header: ['Wo', 'Maßnahme', 'Quelle'],
    none: 'Das Modell hat keine Beziehung, keinen Listen-Endpunkt und kein festgelegtes Ziel, aus dem sich Performance-Maßnahmen ableiten ließen.',
  },
  security: {
    intro: 'Jede Kategorie der OWASP Top 10 (2021) und was diese Spezifikation dagegen tut.',
    header: ['OWASP', 'Risiko', 'Was diese Spezifikation tut', 'Quelle'],
  },
  testing: {
    coverage: (n) => `Abdeckungsziel: **${n} %** der Zeilen und Zweige in Services und Validatoren.`,
    tools: 'Festgelegte Testwerkzeuge',
    kinds: {
      unit: 'Unit-Tests',
      integration: 'Integrationstests',
      e2e: 'End-to-End-Tests (kritische Abläufe)',
      load: 'Lasttests',
      security: 'Sicherheitstests',
    },
  },
  deployment: {
    env: 'Umgebungsvariablen',
    envHeader: ['Variable', 'Verwendet für', 'Beispiel', 'Geheim', 'Erforderlich', 'Quelle'],
    yes: 'ja',
    no: 'nein',
    migration: (tool) => `Migrationsstrategie (${tool})`,
    noMigration: 'Keine Datenbank: Es gibt kein Schema zu migrieren.',
    rollback: 'Rollback-Verfahren',
    prerequisites: 'Voraussetzungen',
    secrets:
      'Geheimnisse kommen aus dem Secret-Store der Plattform, nie aus dem Repository; `.env.example` führt alle obigen Variablen mit Platzhalterwerten auf.',
  },
  decisions: {
    header: ['Entscheidung', 'Wahl', 'Quelle'],
    proposed: 'Vorschlag — nicht in den Dokumenten angegeben',
  },
};
