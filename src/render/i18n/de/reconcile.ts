import type { Messages } from '../en/index.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** German wording of "0. Abgleich der Quellen" and "Anhang A". */
export const reconcile: Messages['reconcile'] = {
  intro: (documents) =>
    `Wo die ${documents} Planungsdokumente voneinander abweichen oder Lücken lassen, und wie diese Spezifikation jeden Punkt auflöst. Jeder Wert nennt die Zeile, aus der er gelesen wurde; der Rest der Spezifikation verwendet nur die aufgelösten Werte.`,
  precedenceHeading: 'Vorrang',
  precedence:
    'Wenn Dokumente voneinander abweichen, entscheidet das PRD über Produktregeln und die Zahlen der nichtfunktionalen Anforderungen (Sitzungsregeln, Aufbewahrung, Latenz, Limits); die Architektur über technische Parameter (Token-Laufzeiten, Hash-Kosten, Cache-TTLs, Abfrageintervalle); das Datenmodell-Dokument über das Schema (Enums, Feld- und Entitätsnamen); bei Technologie die Entscheidungsprotokolle und Alternativtabellen des Tech-Stack-Dokuments, danach die Architektur. Ein Eintrag in der Entscheidungsdatei `backend-spec.decisions.yaml` (neben dieser Datei) hat beim nächsten Lauf Vorrang vor all dem.',
  decisionsFileHint:
    'Um eine Auflösung zu ändern, ergänzen Sie `backend-spec.decisions.yaml` um `- { id: <Thema>, choose: <Wert>, reason: <Grund> }`; um eine Annahme festzuhalten: `- { assume: <Aussage>, reason: <Grund> }`.',
  summaryHeading: 'Was verglichen wurde',
  summary: (s) =>
    `${n(s.documents, 'Dokument', 'Dokumente')}, ${n(s.requirements, 'Anforderungs-ID', 'Anforderungs-IDs')}, ${n(s.parameters, 'festgelegter Parameter', 'festgelegte Parameter')} (Laufzeiten, Limits, Ziele), ${n(s.statusLists, 'Statusliste', 'Statuslisten')} gegenüber ${n(s.modelEnums, 'Enum des Modells', 'Enums des Modells')}, ${n(s.decisionRecords, 'Entscheidungsprotokoll', 'Entscheidungsprotokolle')} und ${n(s.scopeStatements, 'Aussage zum Umfang', 'Aussagen zum Umfang')}.`,
  conflictsHeading: 'Konflikte',
  conflictTable: {
    subject: 'Gegenstand',
    kind: 'Art',
    values: 'Festgelegte Werte',
    resolution: 'Auflösung',
    rule: 'Entschieden durch',
  },
  noConflicts: (documents) => `Zwischen den ${documents} Dokumenten wurden keine Konflikte gefunden.`,
  kinds: {
    'reconcile/value-conflict': 'unterschiedliche Werte',
    'reconcile/session-lifetime': 'Sitzungs- gegenüber Token-Laufzeit',
    'reconcile/enum-mismatch': 'Statusliste gegenüber Enum',
    'reconcile/naming-mismatch': 'zwei Namen',
    'reconcile/superseded-document': 'durch eine neuere Version geändert',
    'reconcile/cardinality-mismatch': 'Kardinalität gegen Schlüssel',
    'reconcile/role-mismatch': 'Rolle gegen Rollen-Enum',
    'reconcile/rejected-option-chosen': 'verworfene Option gewählt',
    'reconcile/requirement-redefined': 'Anforderung neu definiert',
    'reconcile/legacy-model': 'veraltetes Modell noch definiert',
    'reconcile/requirement-undecided': 'Anforderung an eine offene Entscheidung',
    'reconcile/payload-field-mismatch': 'API-Feld gegen Spalte',
  },
  resolutions: {
    'reconcile/value-conflict': (p) => `${p.value} verwenden; die anderen Werte werden nicht verwendet.`,
    'reconcile/session-lifetime': (p) =>
      `Beide beibehalten: ${p.idle} als Inaktivitäts-Timeout, ${p.absolute} als absolute Sitzungslaufzeit (OWASP ASVS 3.3). Mit dem Product Owner bestätigen.`,
    'reconcile/enum-mismatch': (p) =>
      `${p.enum} beibehalten; die festgelegten Zustände ${p.missing} auf seine Werte abbilden oder dem Datenmodell hinzufügen.`,
    'reconcile/naming-mismatch': (p) => `${p.name} verwenden.`,
    'reconcile/superseded-document': (p) =>
      `Die neuere Version verwenden (${p.newer}); die ältere Aussage in ${p.older} wird nicht verwendet.`,
    'reconcile/cardinality-mismatch': (p) =>
      `${p.keyed} verwenden, wie die Schlüssel es festlegen (${p.via}); die ${p.stated}-Zeichnung korrigieren oder die Schlüssel ändern.`,
    'reconcile/role-mismatch': (p) =>
      `${p.enum} beibehalten; ${p.missing} ergänzen oder angeben, welche bestehende Rolle jeweils gilt.`,
    'reconcile/rejected-option-chosen': (p) =>
      p.status === 'chosen' ? `${p.value} bleibt gewählt.` : `${p.value} wird nicht verwendet (${p.status}).`,
    'reconcile/requirement-redefined': (p) => `${p.id} wie in ${p.at} definiert.`,
    'reconcile/legacy-model': (p) =>
      p.status === 'dropped'
        ? `${p.entity} entfällt aus dem Schema.`
        : `${p.entity} bleibt, wie das Datenmodell es definiert, bis Frage ${p.question} beantwortet ist (entfernen oder behalten).`,
    'reconcile/requirement-undecided': (p) =>
      `${p.id} wird mit dem entworfen, was die Dokumente festlegen; die Wahl von ${p.option} bleibt offen (Frage ${p.question}).`,
    'reconcile/payload-field-mismatch': (p) =>
      p.column
        ? `Die Spalte ${p.column} von ${p.entity} bleibt; "${p.field}" aus dem Beispiel wird nicht verwendet.`
        : `Die Spalten von ${p.entity} bleiben; "${p.field}" gehört nicht dazu: im Beispiel umbenennen oder die Spalte hinzufügen.`,
  },
  decided: (choice, reason) => `${choice} verwenden (Entscheidungsdatei: ${reason}).`,
  rules: {
    'reconcile/precedence/prd-for-product-rules': 'PRD für Produktregeln',
    'reconcile/precedence/architecture-for-technical-parameters': 'Architektur für technische Parameter',
    'reconcile/precedence/data-model-for-schema': 'Datenmodell für das Schema',
    'reconcile/precedence/decision-record-for-technology': 'Entscheidungsprotokolle für Technologie',
    'reconcile/newer-document-governs': 'das neuere Dokument gilt',
    'reconcile/session-idle-and-absolute-timeout': 'Inaktivitäts- und absoluter Sitzungs-Timeout',
    'reconcile/legacy-model-kept-until-decided':
      'Datenmodell für das Schema; der Hinweis auf Veraltung wird erfragt',
    'reconcile/undecided-option-asked': 'eine offene Entscheidung wird erfragt, nicht getroffen',
    'reconcile/same-document-first-assumed':
      'ein Dokument nennt zwei Werte; der erste wird angenommen und erfragt',
  },
  decisionOrigin: 'Entscheidungsdatei',
  gapsHeading: 'Lücken',
  gapTable: { subject: 'Fehlt', detail: 'Benötigt von', sources: 'Quellen' },
  gapEntity: 'in den Dokumenten genannt; kein Datenmodell definiert es',
  gapNoModel: (db: string) =>
    `die angegebene Datenbank ${db} enthält keinen in den Dokumenten beschriebenen Datensatz: Entitäten, ihre Felder und Schlüssel sind eine offene Frage`,
  gapRecord: (ids) => `${ids}: keine Entität und kein Feld des Datenmodells hält es fest`,
  noGaps: 'Es wurden keine Modellierungslücken gefunden.',
  assumptionsHeading: 'Annahmen',
  assumptionTable: { subject: 'Annahme', detail: 'Grund', origin: 'Quelle' },
  noAssumptions: 'Über die Dokumente hinaus wurden keine Annahmen getroffen.',
  questionsHeading: 'Offene Fragen',
  questionsIntro:
    'Was die Dokumente nennen, der Compiler aber nicht auflösen konnte: dafür wurde nichts entworfen; beantworten Sie es in den Dokumenten oder in der Entscheidungsdatei.',
  questionTable: { question: 'Frage', source: 'Quelle' },
  optionsHeading: 'Abgelöste, verworfene und ausgeschlossene Optionen',
  optionsIntro:
    'Optionen, die die Dokumente ausgeschlossen oder zurückgestellt haben. Keine davon wird in dieser Spezifikation entworfen.',
  optionTable: { subject: 'Option', status: 'Status', detail: 'Grund / Hinweis', source: 'Quelle' },
  statuses: {
    rejected: 'verworfen',
    superseded: 'abgelöst',
    deprecated: 'veraltet',
    'out-of-scope': 'außerhalb des Umfangs',
    deferred: 'zurückgestellt',
    future: 'künftig',
  },
  supersededBy: (id) => `abgelöst durch ${id}`,
  questionAnswer: (kind, value, reason) =>
    kind === 'dismiss'
      ? `Verworfen (Entscheidungsdatei: ${reason}).`
      : kind === 'choose'
        ? `Beantwortet: ${value} (Entscheidungsdatei: ${reason}).`
        : `Angenommen: ${value} (Entscheidungsdatei: ${reason}).`,
  questionAssumes: (value) => `Bis zur Antwort nimmt die Spezifikation an: ${value}.`,
  questionsHint:
    'Um eine Frage zu beantworten, in `backend-spec.decisions.yaml` ergänzen: `- { id: <Frage-Id>, choose: <Option>, reason: <Begründung> }`, `- { id: <Frage-Id>, assume: <Wert>, reason: <Begründung> }` oder `- { id: <Frage-Id>, dismiss: true, reason: <Begründung> }`.',
  questionId: 'Id',
  traceability: {
    intro:
      'Jede Anforderungs-ID der Dokumente mit den Elementen der Spezifikation, die sie erfüllen: Endpunkte und Jobs, die sie angeben, Entitäten, die ihr Text nennt, Regeln und Alarme, die aus ihren Zeilen gelesen wurden.',
    coverage: (traced, total) =>
      `Abdeckung: ${traced} von ${total} Anforderungen sind mindestens einem Element der Spezifikation zugeordnet.`,
    table: { id: 'Anforderung', kind: 'Art', text: 'Aussage', items: 'Erfüllt durch', source: 'Quelle' },
    kinds: {
      functional: 'funktional',
      'non-functional': 'nichtfunktional',
      'user-story': 'User Story',
      epic: 'Epic',
      other: 'sonstige',
    },
    untracedHeading: 'Noch nicht zugeordnet',
    untraced: (ids) => `Nichts in dieser Spezifikation erfüllt: ${ids}.`,
    none: 'Die Dokumente nennen keine Anforderungs-IDs (FR-x, NFR-x, US-x, FA-x, ...), daher gibt es nichts zuzuordnen.',
  },
};
