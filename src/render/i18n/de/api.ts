import type { Messages } from '../en/index.js';

const cap = (s: string) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** German wording of the api sections (3. API-Endpunkte, 4. Services) and the api checks. */
export const api: Messages['api'] = {
  rules: {
    heading: 'Geschäftsregeln',
    intro: (n: number) =>
      `${n} in den Dokumenten genannte ${n === 1 ? 'Regel' : 'Regeln'}, jeweils mit der Entität oder den Operationen, die sie einschränkt, wie der Entwurf sie durchsetzt und welchen Domänenfehler sie auslöst.`,
    header: ['Id', 'Regel', 'Quelle', 'Schränkt ein', 'Durchgesetzt durch', 'Fehlercode'],
    enforcement: {
      'db-constraint': 'Datenbank-Constraint',
      validation: 'Validierung der Anfrage',
      'service-check': 'Prüfung im Service',
      job: 'Hintergrundjob',
      authorization: 'Autorisierung',
      'retention-policy': 'Aufbewahrungsrichtlinie (keine Löschung vor der angegebenen Mindestdauer)',
      'audit-trail': 'Audit-Eintrag in der Transaktion der Änderung geschrieben',
      behaviour: 'festgelegtes Verhalten (keine Prüfung der Anfrage)',
      'period-quota':
        'über den Zeitraum gezählt (ein Bericht oder eine Prüfung an seinem Ende; keine Prüfung der Anfrage)',
      'visibility-scope':
        'Sichtbarkeitsbereich (Lesezugriffe liefern nur die Datensätze im Bereich; kein Fehler der Anfrage)',
    } as Record<string, string>,
    lifecycles: 'Zustandsautomaten',
    lifecycleIntro: (entity: string, field: string, n: number) =>
      `\`${entity}.${field}\`: ${n} ${n === 1 ? 'Zustand' : 'Zustände'}; Übergänge, wie die Dokumente sie nennen und wie die Aktions-Endpunkte sie ausführen, mit den Rollen, die jeden ausführen dürfen.`,
    transitionHeader: ['Von', 'Nach', 'Auslöser', 'Wer', 'Quelle'],
    system: 'das System (Job)',
    fromUnstated: 'in den Dokumenten nicht angegeben',
    unstated: 'nicht angegeben: keine Operation und kein Job dieses Entwurfs führt ihn aus',
    noTransitions: 'Die Dokumente nennen keinen Übergang, und kein Aktions-Endpunkt ändert diesen Status.',
  },
  stories: {
    heading: 'Stories und die Operationen, die sie umsetzen',
    intro: (mapped: number, total: number) =>
      `${mapped} von ${total} User Stories und Fähigkeitssätzen entsprechen einer Operation (Regel \`derive/operation-from-story\`); die Rolle des Akteurs darf jede aufrufen.`,
    header: ['Story', 'Akteur', 'Rolle', 'Aktion', 'Operationen'],
    none: (why: string) => `keine — ${why}`,
    suppressedHeading: 'Bewusst weggelassene Operationen',
    suppressedIntro: (n: number) =>
      `${n} ${n === 1 ? 'Operation' : 'Operationen'}, die eine Ableitungsregel erzeugt hätte, wurden weggelassen, weil eine genannte Tatsache oder eine benannte Regel es so sagt.`,
    suppressedHeader: ['Operation', 'Regel', 'Begründung', 'Quelle'],
    surfaceHeading: (surface: string) => `Bedient vom ${surface} (keine JSON-Routen)`,
    surfaceIntro: (n: number, surface: string, at: string) =>
      `${n} Operation(en), die nur die Rollen des ${surface} aufrufen dürfen, bedienen dessen Bildschirme, die keine JSON-API haben (${at}): jede bleibt eine Service-Methode aus Abschnitt 4, außerhalb von openapi.yaml.`,
    surfaceHeader: ['Operation', 'Rollen', 'Eingabe', 'Regel'],
    calledBySurface: (surface: string) => `Bildschirme des ${surface} (keine JSON-Route)`,
  },
  endpoints: {
    intro: (endpoints, resources, stated, fromNeeds, derived) =>
      `${plural(endpoints, 'Endpunkt', 'Endpunkte')} in ${plural(resources, 'Ressource', 'Ressourcen')}: ${stated} in den Dokumenten festgelegt (unverändert übernommen, mit Quellzeile), ${fromNeeds} aus User Stories und Anforderungen entworfen und ${derived} durch benannte Regeln aus dem Datenmodell abgeleitet.`,
    artifact: (path) =>
      `Dieselbe API als OpenAPI-3.1-Dokument: \`${path}\` (Komponentenschemas aus dem Datenmodell, gemeinsame Fehlerantworten, Sicherheitsschemas, geprüfte Beispiele).`,
    conventionsHeading: 'Konventionen',
    basePath: (path) =>
      path
        ? `Basispfad: \`${path}\`.`
        : 'Die Routen werden wie festgelegt verwendet, ohne gemeinsamen Basispfad.',
    json: 'Bodies sind JSON (`application/json`); Datums- und Zeitwerte sind RFC-3339-Strings; Dezimalzahlen sind Zahlen mit der angegebenen gespeicherten Genauigkeit.',
    pagination: (style, def, max, n) =>
      style === 'page'
        ? `Listen werden nach Seitennummer paginiert: \`${n.page}\` (ab 1) und \`${n.limit}\` (Standard ${def}, höchstens ${max}); die Antwort enthält \`items\`, \`total\`, \`${n.limit}\` und \`${n.page}\`.`
        : style === 'cursor'
          ? `Listen werden per Cursor paginiert: \`${n.limit}\` (Standard ${def}, höchstens ${max}) und \`${n.cursor}\`; die Antwort enthält \`items\` und \`nextCursor\`.`
          : `Listen werden mit \`${n.limit}\` (Standard ${def}, höchstens ${max}) und \`${n.offset}\` paginiert; die Antwort enthält \`items\`, \`total\`, \`${n.limit}\` und \`${n.offset}\`.`,
    errorsFromCatalog: (mediaType) =>
      `Jede Fehlerantwort verwendet das Fehlerformat aus Abschnitt 7 (\`${mediaType}\`), in openapi.yaml gemeinsam als \`components/responses\` hinterlegt.`,
    errorsFallback:
      'Es wurde kein Fehlerkatalog entworfen, daher verwenden Fehlerantworten RFC 9457 Problem Details (`application/problem+json`); Abschnitt 7 ist die Stelle, an der ein Katalog dies verfeinern würde.',
    authScheme: (scheme) =>
      `Authentifizierte Endpunkte erfordern ${scheme}; öffentliche Endpunkte sind als solche gekennzeichnet.`,
    noAuth:
      'Es ist keine Authentifizierungsstrategie entworfen, daher wird kein Sicherheitsschema deklariert.',
    schemes: {
      bearerAuth: 'ein Bearer-Token im Header `Authorization` (RFC 6750)',
      cookieAuth: 'das bei der Anmeldung gesetzte Credential-Cookie',
      apiKeyAuth: 'einen API-Schlüssel im Header `X-API-Key`',
    },
    successEnvelope: (wrapper, key, from) =>
      `Jeder Erfolgs-Body ist so verpackt, wie die Dokumente es angeben: \`${wrapper}\`, die Ressource oder Seite in \`${key}\` (${from}).`,
    created:
      'Anlegen antwortet mit `201 Created` und einem `Location`-Header (RFC 9110 §15.3.2); Löschen antwortet mit `204 No Content`; ein bereits vergebener eindeutiger Wert ergibt `409 Conflict`; gedrosselte Anfragen erhalten `429` mit `Retry-After` (RFC 6585).',
    idempotency:
      'Anfragen, die Geld bewegen, erfordern einen `Idempotency-Key`-Header (draft-ietf-httpapi-idempotency-key-header): Eine Wiederholung mit demselben Schlüssel liefert das erste Ergebnis.',
    summaryHeading: 'Endpunktübersicht',
    summaryTable: {
      method: 'Methode',
      path: 'Pfad',
      operation: 'Operation',
      auth: 'Authentifizierung',
      source: 'Quelle',
    },
    schemasHeading: (entity) => `Schemas: ${entity}`,
    schemasNote: (entity) =>
      `\`${entity}\` ist der Antwort-Body (ohne Geheimnisse); \`${entity}Create\` der Body zum Anlegen; \`${entity}Update\` hat dieselben Eigenschaften, alle optional (PATCH ist eine Teilaktualisierung, RFC 5789).`,
    operation: 'Operation',
    auth: 'Authentifizierung',
    public: 'öffentlich',
    authenticated: 'authentifiziert',
    roles: (roles) => `Rollen: ${roles.join(', ')}`,
    anyRole: 'jeder angemeldete Benutzer',
    noRole:
      'noch keine Rolle: standardmäßig verweigert, bis eine Story oder die Dokumente einen Aufrufer nennen (5.5)',
    rateLimit: 'Ratenlimit',
    /** Who a stated rate limit counts ("volunteer"), as the documents name them. */
    ratePer: (who: string) => `gezählt je ${who}`,
    rateClasses: {
      auth: 'Authentifizierung (streng, pro IP und Konto)',
      read: 'Lesen',
      write: 'Schreiben',
      expensive: 'aufwendig (Suche, Export)',
      webhook: 'Webhook (pro Anbieter)',
      public: 'öffentlich',
    },
    paginationLine: (style, def, max) =>
      `${style === 'cursor' ? 'per Cursor' : 'per Offset'}, Standard ${def}, höchstens ${max}`,
    paginationLabel: 'Paginierung',
    idempotencyLabel: 'Idempotency-Key',
    required: 'erforderlich',
    requirements: 'Anforderungen',
    source: 'Quelle',
    parameters: 'Parameter',
    parameterTable: {
      name: 'Name',
      in: 'Ort',
      type: 'Typ',
      required: 'Erforderlich',
      description: 'Beschreibung',
    },
    yes: 'ja',
    no: 'nein',
    requestBody: 'Anfrage-Body',
    responses: 'Antworten',
    responseTable: { status: 'Status', meaning: 'Bedeutung', body: 'Body', errors: 'Fehlercodes' },
    noBody: '—',
    errorBody: 'Fehlerformat',
  },
  actions: {
    list: (entity) => `${entity}-Datensätze auflisten`,
    get: (entity) => `Einen ${entity}-Datensatz abrufen`,
    create: (entity) => `Einen ${entity}-Datensatz anlegen`,
    update: (entity) => `Einen ${entity}-Datensatz ändern (teilweise)`,
    replace: (entity) => `Einen ${entity}-Datensatz ersetzen`,
    delete: (entity) => `Einen ${entity}-Datensatz löschen`,
    search: (entity) => `${entity}-Datensätze suchen`,
  },
  stateAction: {
    ownWord: true,
    title: (verb, entity) => `${entity.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())} ${verb}`,
  },
  services: {
    intro: (services, methods, transactional) =>
      `${plural(services, 'Service', 'Services')} mit ${methods} öffentlichen Methoden; ${transactional === 1 ? '1 Methode schreibt' : `${transactional} Methoden schreiben`} in mehr als eine Tabelle und ${transactional === 1 ? 'läuft' : 'laufen'} in einer einzigen Datenbanktransaktion.`,
    signatures: (language: string, source: string) =>
      `Die Methodensignaturen sind in ${language} geschrieben, der Sprache, die der Stack nennt (${source}).`,
    signaturesNeutral: (language: string, source: string) =>
      `Der Stack nennt ${language} (${source}); die Methodensignaturen sind in einer neutralen Form geschrieben, \`name(parameter: Typ) → Ergebnis\`.`,
    conventions:
      '`Actor` ist der authentifizierte Aufrufer (Benutzer-ID, Rolle und in einem mandantenfähigen Produkt die Mandanten-ID), entnommen aus dem Credential. Services werfen typisierte Fehler; die HTTP-Schicht bildet sie auf Statuscodes ab:',
    errorTable: { error: 'Fehler', status: 'HTTP-Status', meaning: 'Bedeutung' },
    errors: {
      ValidationError: ['400 / 422', 'ungültige Eingabe, oder ein referenzierter Datensatz existiert nicht'],
      UnauthorizedError: ['401', 'falsche Zugangsdaten'],
      ForbiddenError: ['403', 'der Aufrufer darf diesen Datensatz nicht bearbeiten'],
      NotFoundError: ['404', 'kein solcher Datensatz für den Aufrufer sichtbar'],
      ConflictError: [
        '409',
        'ein eindeutiger Wert ist vergeben, oder der Zustand erlaubt die Änderung nicht',
      ],
      IntegrationError: ['502 / 503', 'ein Drittanbieterdienst ist trotz Wiederholungen fehlgeschlagen'],
    },
    purpose: {
      aggregate: (entity, members) =>
        members.length > 1
          ? `Geschäftslogik des Aggregats ${entity} (${members.join(', ')}).`
          : `Geschäftslogik von ${entity}.`,
      /**
       * The parts the authentication service has (`sign-up`, `sign-in`, `sign-out`, `refresh`,
       * `password-reset`, `current-user`), and the providers the sign-in goes through, with the roles
       * that sign in there when the documents give groups their own way in.
       */
      authentication: (
        parts: readonly string[],
        at: readonly { name: string; roles: readonly string[] }[],
      ) => {
        const names: Record<string, string> = {
          'sign-up': 'Registrierung',
          'sign-in': 'Anmeldung',
          'sign-out': 'Abmeldung',
          refresh: 'Token-Erneuerung',
          'password-reset': 'Zurücksetzen des Passworts',
          'current-user': 'der aktuelle Benutzer',
        };
        const list = parts.map((x) => names[x] ?? x);
        const joined =
          list.length > 1 ? `${list.slice(0, -1).join(', ')} und ${list[list.length - 1]}` : (list[0] ?? '');
        const through = at.map(({ name, roles: rs }) => {
          const roles = rs.map((r) => `\`${r}\``).join(', ');
          return rs.length > 0 ? `${roles} melden sich über ${name} an` : `die Anmeldung läuft über ${name}`;
        });
        const text = [joined, ...through].filter((x) => x.length > 0).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      },
      notification: 'Versendet Benachrichtigungen über die gewählten Anbieter.',
      payment: 'Wickelt Zahlungen über den gewählten Anbieter ab.',
      'stated-routes': (resource) => `Operationen der in den Dokumenten festgelegten Routen \`${resource}\`.`,
    },
    dependencies: 'Abhängigkeiten',
    transactions: 'Transaktionen',
    sideEffectsIntro:
      'Was jede Methode laut den Dokumenten neben ihren Schreibzugriffen auslöst (nach dem Commit der Transaktion; ein Audit-Eintrag innerhalb der Transaktion):',
    sideEffectsHeader: ['Methode', 'Nebenwirkung', 'Über', 'Wann', 'Quelle'],
    sideEffectKinds: {
      email: 'sendet eine E-Mail',
      sms: 'sendet eine SMS',
      push: 'sendet eine Push-Benachrichtigung',
      job: 'reiht einen Job ein',
      event: 'sendet ein Ereignis',
      webhook: 'ruft einen Webhook auf',
      integration: 'ruft eine Integration auf',
      audit: 'schreibt einen Audit-Eintrag',
    },
    noTransactions: 'Jede Methode schreibt in höchstens eine Tabelle.',
    transactional: (method, rule) => `\`${method}\` — eine Transaktion (${rule})`,
    transactionWith: (method, how, source) => `\`${method}\` — ${how} (${source})`,
    transactionMechanisms: {
      'row-lock': 'eine Transaktion, die Zeilen mit SELECT … FOR UPDATE gesperrt',
      'optimistic-version': 'eine Transaktion, die Versionsspalte beim Aktualisieren geprüft',
      'advisory-lock': 'eine Transaktion unter einer Advisory-Sperre',
      constraint:
        'eine Transaktion, die die Bedingung von {rule} bei einem gleichzeitigen Schreiber abbricht',
      outbox: 'eine Transaktion mit ihrem Outbox-Eintrag, nach dem Commit veröffentlicht',
      none: 'keine Transaktion über ihre Schreibvorgänge',
      eventual: 'keine gemeinsame Transaktion: letztendlich konsistent',
      audit: 'eine Transaktion mit dem Audit-Eintrag nach {rule}',
    },
    endpoint: 'Endpunkt',
    source: 'Quelle',
  },
  checks: {
    entityWithoutEndpoints: (entity) => `${entity} hat keinen Endpunkt`,
    evidence: (endpoints, withSchemas, entities) =>
      `${endpoints} Endpunkte, davon ${withSchemas} mit Anfrage- und Antwortschemas aus dem Datenmodell, für ${entities} Entitäten`,
  },
  compact: {
    parameters:
      'Bei abgeleiteten Endpunkten filtert ein Abfrageparameter mit dem Namen eines Feldes auf Gleichheit in diesem Feld, `sort` sortiert nach einem Feld (ein führendes `-` sortiert absteigend), und ein Pfadparameter `{id}` ist die Id des Datensatzes; `*` kennzeichnet einen Pflichtparameter. Typen und Einschränkungen sind die aus Abschnitt 1.',
    standardHeading: 'Standardantworten',
    standardIntro:
      'Was jeder Status bedeutet und welche Fehlercodes jeder Endpunkt damit liefern kann, einmal festgelegt. Die Endpunkttabellen nennen die Status jedes Endpunkts und führen eine Bedeutung oder einen Fehlercode nur dort aus, wo er abweicht.',
    standardHeader: ['Status', 'Bedeutung', 'Fehlercodes an jedem Endpunkt'],
    schemasHeading: 'Anfrage- und Antwortschemas',
    schemasIntro:
      'Einmal als benannte Komponenten festgelegt (`components/schemas` in openapi.yaml, eine Datei pro Entität in `schemas/`) und in den Endpunkttabellen mit Namen referenziert. `<Entität>` ist der Antwortkörper (ohne Geheimnisse), `<Entität>Create` der Körper zum Anlegen, `<Entität>Update` die teilweise Änderung (alles optional, RFC 5789); `<Entität>Page` fasst eine Liste in `items` und die Paginierungsfelder. Pflichteigenschaften sind fett; Typen und Einschränkungen sind die aus Abschnitt 1.',
    schemasHeader: ['Schema', 'Eigenschaften'],
    serverSet: (list: string) =>
      `Nicht in den Anlage- und Änderungs-Bodys, weil der Server sie setzt (jeweils mit der Regel, die es begründet): ${list}.`,
    singlesHeading: 'Ressourcen mit einem Endpunkt',
    resourceColumn: 'Ressource',
    endpointHeader: [
      'Methode',
      'Pfad',
      'Operation',
      'Authentifizierung',
      'Ratenlimit',
      'Anfrage',
      'Antworten',
      'Quelle',
    ],
    paginated: 'paginiert',
    idempotencyKey: 'Header `Idempotency-Key`',
    methodHeader: ['Service', 'Methode', 'Aufgerufen von', 'Wirft'],
    serviceHeader: ['Service', 'Zweck', 'Abhängigkeiten', 'Transaktionen', 'Quelle'],
    exampleHeader: ['Fehler', 'Beispielkörper'],
    everyJob: 'Alle folgenden Jobs, sofern ihre eigene Tabelle nichts anderes sagt',
    sharedFields: (name: string) =>
      `Felder, die die meisten Entitäten Zeile für Zeile teilen, werden einmal in \`${name}\` festgelegt; eine Entität, die \`extends ${name}\` angibt, hat sie mit demselben Typ, denselben Einschränkungen und derselben Herkunft.`,
    entity: 'Entität',
    tablesHeading: 'Tabellen',
    summaryHeading: 'Zusammenfassung',
    glanceLabel: 'Auf einen Blick',
    counts: ['Entitäten', 'Endpunkte', 'Services', 'Rollen', 'Hintergrundjobs', 'externe Integrationen'],
    stackLabel: 'Technologien und Entwurfsentscheidungen',
    proposedLabel: 'Hier vorgeschlagen, nicht in den Dokumenten genannt',
    attention: (conflicts, questions, gaps, link) =>
      `**Entscheidung nötig**: ${conflicts} Widerspruch/Widersprüche zwischen den Dokumenten (nach Vorrang aufgelöst; die Entscheidungsdatei geht vor), ${questions} offene Frage(n) und ${gaps} Modellierungslücke(n); siehe ${link}.`,
  },
  flows: {
    heading: 'Genannte Abläufe',
    intro: (n: number) =>
      `${n} Ablauf/Abläufe aus den Dokumenten, als Sequenzdiagramme gezeichnet: Jeder Schritt ist eine Nachricht der ausführenden Rolle an die API (mit der zugehörigen Operation) oder an eine genannte Integration; ein Schritt, der keinen Aufruf nennt, ist eine Notiz. Ein Sequenzdiagramm der Dokumente wird so gezeichnet, wie es geschrieben ist.`,
    api: 'API',
    client: 'Client',
  },
};
