import type { Messages } from '../en/index.js';
import { lifetime } from '../en/report.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** German wording of Anhang B, the verification results and the completion report. */
export const report: Messages['report'] = {
  checklistIntro:
    'Jeder Punkt der Prüfliste des Workflows, entschieden durch die Prüfregeln am Modell (nicht von Hand abgehakt). „Nachweis“ ist das Gezählte; „Probleme“ listet auf, was fehlschlug.',
  items: {
    'data-models': 'Alle Datenmodelle mit Beziehungen und Constraints definiert',
    indexes: 'Das Datenbankschema enthält Indizes für die Performance',
    endpoints: 'Alle API-Endpunkte mit Anfrage- und Antwortschemas dokumentiert',
    auth: 'Authentifizierung und Autorisierung klar festgelegt',
    errors: 'Die Fehlerbehandlung deckt alle Fehlerfälle ab',
    integrations: 'Externe Integrationen umfassen Wiederholungen und Fehlerbehandlung',
    jobs: 'Hintergrundjobs haben Wiederholungsrichtlinien',
    caching: 'Caching-Strategie für die Performance definiert',
    logging: 'Logs schließen sensible Daten aus',
    security: 'Bewährte Sicherheitspraktiken werden befolgt',
  },
  verdicts: {
    pass: 'erfüllt',
    fail: 'nicht erfüllt',
    'not-applicable': 'nicht anwendbar',
    'not-checked': 'nicht geprüft',
  },
  table: { item: 'Punkt', verdict: 'Ergebnis', evidence: 'Nachweis', problems: 'Probleme' },
  verificationHeading: 'Prüfung mit echten Werkzeugen',
  verificationTable: {
    tool: 'Werkzeug',
    artifact: 'Artefakt',
    result: 'Ergebnis',
    summary: 'Zusammenfassung',
  },
  verificationOk: 'bestanden',
  verificationFailed: 'fehlgeschlagen',
  notVerified:
    'Die Artefakte wurden in diesem Lauf nicht geprüft (Prüfung übersprungen); führen Sie `backend-spec generate` ohne `--no-verify` aus, um schema.sql auf PostgreSQL anzuwenden und openapi.yaml sowie die JSON Schemas zu validieren.',
  moreProblems: (count) => `… und ${count} weitere`,
  completion: {
    title: 'Backend-Spezifikation fertiggestellt',
    overview: 'Überblick:',
    dataModels: (count) => `Datenmodelle: ${n(count, 'Entität', 'Entitäten')} definiert`,
    endpoints: (count) => `API-Endpunkte: ${n(count, 'Endpunkt', 'Endpunkte')} dokumentiert`,
    services: (count) => `Services: ${n(count, 'Service-Schicht', 'Service-Schichten')} festgelegt`,
    integrations: (count) => `Externe Integrationen: ${n(count, 'Dienst', 'Dienste')} konfiguriert`,
    jobs: (count) => `Hintergrundjobs: ${n(count, 'Job', 'Jobs')} festgelegt`,
    requirements: (traced, total) =>
      `Anforderungen: ${traced} von ${total} Elementen der Spezifikation zugeordnet`,
    provenance: (stated, derived, decisions) =>
      `Herkunft: ${stated} Elemente nennen eine Dokumentzeile, ${derived} folgen einer benannten Regel oder einem Standardwert${decisions > 0 ? `, ${decisions} einer Entscheidung des Benutzers` : ''}`,
    provenanceAssistant: (n: number) =>
      `, ${n} ${n === 1 ? 'Fakt' : 'Fakten'} eines Assistenten mit geprüftem Zitat`,
    coverageHeading: 'Leseabdeckung (Blöcke und Sätze, die mindestens einen Fakt lieferten):',
    coverageSentences: 'Sätze',
    coverageDataModel: 'Datenmodell',
    coverageUnread: (n: number) =>
      `${n} ${n === 1 ? 'ungelesener Block' : 'ungelesene Blöcke'} in spec.json (coverage.unread), die wahrscheinlichsten Modellfakten zuerst`,
    decisions: 'Technische Entscheidungen:',
    noDecisions: 'keine abgeleitet',
    security: 'Sicherheit:',
    authentication: 'Authentifizierung',
    passwordHashing: 'Passwort-Hashing',
    authorization: 'Autorisierung',
    validation: (rules, sensitive) =>
      `Eingabevalidierung: ${n(rules, 'Regel', 'Regeln')}; ${n(sensitive, 'sensibles Feld', 'sensible Felder')} aus Antworten und Logs herausgehalten`,
    rateLimiting: 'Ratenbegrenzung',
    perEndpointClass: (classes) => `je Endpunktklasse: ${classes}`,
    statedLimits: (list) => `angegeben: ${list}`,
    rateClasses: {
      auth: 'Authentifizierung',
      read: 'Lesen',
      write: 'Schreiben',
      expensive: 'aufwendig',
      webhook: 'Webhook',
      public: 'öffentlich',
    },
    tokenLifetime: (kind, seconds, proposed) =>
      `${kind === 'access' ? 'Zugriff' : 'Refresh'} ${lifetime(seconds, [' Tag', ' Tage'], ' h', ' min', ' s')}${proposed ? ' (vorgeschlagen)' : ''}`,
    performance: 'Performance:',
    indexes: (count, fk) =>
      `${n(count, 'Datenbankindex', 'Datenbankindizes')} definiert (${fk} auf Fremdschlüsseln)`,
    caching: (entries, store) =>
      entries > 0
        ? `Caching: ${n(entries, 'Cache-Eintrag', 'Cache-Einträge')}${store ? ` in ${store}` : ''}`
        : 'Caching: keines festgelegt',
    pagination: (def, max, endpoints) =>
      `Standard-Paginierung: ${def} Elemente, höchstens ${max} (${n(endpoints, 'Listen-Endpunkt', 'Listen-Endpunkte')})`,
    noPagination: 'Paginierung: keine Listen-Endpunkte',
    checklist: (pass, fail, na, unchecked) =>
      `Prüfliste: ${pass} erfüllt, ${fail} nicht erfüllt, ${na} nicht anwendbar, ${unchecked} nicht geprüft`,
    missingSections: (list) => `Fehlende Abschnitte: ${list}`,
    output: (path, lines, size) => `Ausgabe: ${path} (${lines} Zeilen, ${size})`,
    size: (bytes) => (bytes < 1024 ? `${bytes} Bytes` : `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`),
    artifacts: (list) => `Artefakte: ${list}`,
    noArtifacts: 'keine',
    files: (count) => n(count, 'Datei', 'Dateien'),
    verified: 'geprüft',
    failed: 'FEHLGESCHLAGEN',
    notVerified: 'nicht geprüft (--no-verify)',
    diagnostics: (errors, warnings, notes) =>
      `Diagnosen: ${n(errors, 'Fehler', 'Fehler')}, ${n(warnings, 'Warnung', 'Warnungen')}, ${n(notes, 'Hinweis', 'Hinweise')}`,
    nextSteps: 'Nächste Schritte:',
    notProduced: (orm: string, ...instead: string[]) =>
      `Nicht erzeugt: kein ${orm}-Schema (unterstützt: Prisma, Drizzle)${instead.length > 0 ? `; stattdessen ${instead.join(' und ')} verwenden` : ''}.`,
    applyMigration: (file: string) => `Die erste Migration ${file} prüfen und anwenden`,
    noDataStore: 'Den Datenspeicher entwerfen, den die Dokumente offenlassen',
    steps: [
      'Die Spezifikation mit dem Team prüfen, beginnend mit Abschnitt 0 (Abgleich der Quellen)',
      'Datenbankmigrationen aus schema.sql erstellen',
      'API-Clients/SDKs aus openapi.yaml generieren',
      'Beim Aufteilen in Epics und Stories als Referenz nutzen',
      'Nach den Standards in .bmad/standards/backend/ implementieren',
    ],
  },
  terminal: {
    sources: 'Quellen:',
    noneFound: '(keine gefunden)',
    duplicateOf: (of: string, reason: string) => `Duplikat von ${of}: ${reason}`,
    supersededBy: (of: string, reason: string) => `ersetzt durch ${of}: ${reason}`,
    ignored: (reason: string) => `ignoriert: ${reason}`,
    configError:
      'Die Konfigurationsdatei enthält einen Fehler: nichts wurde darüber gelesen und nichts wurde geschrieben.',
    missingPrerequisites: 'Voraussetzungen fehlen: nichts wurde erzeugt. Gesucht in:',
    runInit: (command: string) =>
      `Führen Sie \`${command}\` aus, um die Planungsdokumente anzulegen, oder übergeben Sie --docs DIR.`,
    dryRun: '(Probelauf: nichts wurde geschrieben)',
    created: (file: string) => `erstellt      ${file}`,
    skipped: (file: string) => `übersprungen  ${file} (existiert bereits, unverändert gelassen)`,
    next: (command: string) =>
      `Nächster Schritt: Ersetzen Sie den Beispielinhalt durch die Fakten Ihres Projekts und führen Sie dann \`${command}\` aus.`,
    checkMissingPrerequisites:
      'backend-spec: fehlende Voraussetzungen (kein PRD oder keine Architektur): nichts zu vergleichen',
    upToDate: (files: number) => `aktuell: ${files} Dateien entsprechen dem, was die Dokumente ergeben`,
    outOfDate: (differ: number, files: number) =>
      `veraltet: ${differ} von ${files} Dateien weichen ab (nichts wurde geschrieben)`,
    specNotFound: (file: string) =>
      `backend-spec: ${file} nicht gefunden (geben Sie die zu prüfende Spezifikationsdatei an)`,
    checked: (file: string, project: string | null) =>
      `Geprüft: ${file}${project ? ` gegen die Dokumente von ${project}` : ''}:`,
    checkSections: (found: number, missing: string) =>
      `- Abschnitte: ${found} von 15 gefunden${missing ? ` (fehlend: ${missing})` : ''}`,
    checkSql: (statements: number, blocks: number, engine: string | null, applied: number, failed: number) =>
      `- SQL: ${statements} Anweisungen in ${blocks} Blöcken${engine ? `, ${applied} auf ${engine} in Abhängigkeitsreihenfolge angewendet, ${failed} fehlgeschlagen` : ', nicht angewendet'}`,
    checkBlocks: (documents: number, errors: number, json: number, invalid: number) =>
      `- OpenAPI-Dokumente: ${documents} (${errors} Fehler); JSON-Blöcke: ${json} (${invalid} ungültig)`,
    checkTotals: (errors: number, warnings: number) => `- ${errors} Fehler, ${warnings} Warnungen`,
  },
};
