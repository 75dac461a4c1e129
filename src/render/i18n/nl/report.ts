import type { Messages } from '../en/index.js';
import { lifetime } from '../en/report.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Dutch wording of Bijlage B, the verification results and the completion report. */
export const report: Messages['report'] = {
  checklistIntro:
    'Elk punt van de validatiechecklist van de workflow, beslist door de controleregels op het model (niet met de hand afgevinkt). „Bewijs” is wat is geteld; „Problemen” noemt wat de controle niet doorstond.',
  items: {
    'data-models': 'Alle datamodellen gedefinieerd met relaties en beperkingen',
    indexes: 'Het databaseschema bevat indexen voor de prestaties',
    endpoints: 'Alle API-endpoints gedocumenteerd met verzoek- en antwoordschema’s',
    auth: 'Authenticatie en autorisatie duidelijk gespecificeerd',
    errors: 'De foutafhandeling dekt alle foutgevallen',
    integrations: 'Externe integraties hebben nieuwe pogingen en foutafhandeling',
    jobs: 'Achtergrondtaken hebben een beleid voor nieuwe pogingen',
    caching: 'Cachingstrategie gedefinieerd voor de prestaties',
    logging: 'Logs bevatten geen gevoelige gegevens',
    security: 'Goede beveiligingspraktijken worden gevolgd',
  },
  verdicts: {
    pass: 'geslaagd',
    fail: 'niet geslaagd',
    'not-applicable': 'niet van toepassing',
    'not-checked': 'niet gecontroleerd',
  },
  table: { item: 'Punt', verdict: 'Oordeel', evidence: 'Bewijs', problems: 'Problemen' },
  verificationHeading: 'Verificatie met echte tools',
  verificationTable: { tool: 'Tool', artifact: 'Artefact', result: 'Resultaat', summary: 'Samenvatting' },
  verificationOk: 'geslaagd',
  verificationFailed: 'mislukt',
  notVerified:
    'De artefacten zijn in deze run niet geverifieerd (verificatie overgeslagen); voer `backend-spec generate` uit zonder `--no-verify` om schema.sql op PostgreSQL toe te passen en openapi.yaml en de JSON Schema’s te valideren.',
  moreProblems: (count) => `… en nog ${count}`,
  completion: {
    title: 'Backendspecificatie voltooid',
    overview: 'Overzicht:',
    dataModels: (count) => `Datamodellen: ${n(count, 'entiteit gedefinieerd', 'entiteiten gedefinieerd')}`,
    endpoints: (count) => `API-endpoints: ${n(count, 'endpoint gedocumenteerd', 'endpoints gedocumenteerd')}`,
    services: (count) => `Services: ${n(count, 'servicelaag gespecificeerd', 'servicelagen gespecificeerd')}`,
    integrations: (count) =>
      `Externe integraties: ${n(count, 'dienst geconfigureerd', 'diensten geconfigureerd')}`,
    jobs: (count) => `Achtergrondtaken: ${n(count, 'taak gespecificeerd', 'taken gespecificeerd')}`,
    requirements: (traced, total) =>
      `Eisen: ${traced} van ${total} herleid tot onderdelen van de specificatie`,
    provenance: (stated, derived, decisions) =>
      `Herkomst: ${stated} onderdelen verwijzen naar een documentregel, ${derived} volgen een benoemde regel of standaardwaarde${decisions > 0 ? `, ${decisions} een beslissing van de gebruiker` : ''}`,
    provenanceAssistant: (count: number) =>
      `, ${n(count, 'feit', 'feiten')} van een assistent met gecontroleerd citaat`,
    coverageHeading: 'Leesdekking (blokken en zinnen die ten minste één feit opleverden):',
    coverageSentences: 'zinnen',
    coverageDataModel: 'datamodel',
    coverageUnread: (count: number) =>
      `${n(count, 'ongelezen blok', 'ongelezen blokken')} in spec.json (coverage.unread), eerst die waarin het vaakst modelfeiten staan`,
    decisions: 'Technische beslissingen:',
    noDecisions: 'geen afgeleid',
    security: 'Beveiliging:',
    authentication: 'Authenticatie',
    passwordHashing: 'Wachtwoordhashing',
    authorization: 'Autorisatie',
    validation: (rules, sensitive) =>
      `Invoervalidatie: ${n(rules, 'regel', 'regels')}; ${n(sensitive, 'gevoelig veld', 'gevoelige velden')} uitgesloten van antwoorden en logs`,
    rateLimiting: 'Frequentielimiet',
    perEndpointClass: (classes) => `per klasse van endpoints: ${classes}`,
    statedLimits: (list) => `vermeld: ${list}`,
    rateClasses: {
      auth: 'authenticatie',
      read: 'lezen',
      write: 'schrijven',
      expensive: 'zwaar',
      webhook: 'webhook',
      public: 'openbaar',
    },
    tokenLifetime: (kind, seconds, proposed) =>
      `${kind === 'access' ? 'toegang' : 'vernieuwing'} ${lifetime(seconds, [' dag', ' dagen'], ' u', ' min', ' s')}${proposed ? ' (voorgesteld)' : ''}`,
    performance: 'Prestaties:',
    indexes: (count, fk) =>
      `${n(count, 'database-index gedefinieerd', 'database-indexen gedefinieerd')} (${fk} op vreemde sleutels)`,
    caching: (entries, store) =>
      entries > 0
        ? `Cache: ${n(entries, 'item', 'items')}${store ? ` in ${store}` : ''}`
        : 'Cache: geen gespecificeerd',
    pagination: (def, max, endpoints) =>
      `Standaardpaginering: ${def} items, hoogstens ${max} (${n(endpoints, 'lijst-endpoint', 'lijst-endpoints')})`,
    noPagination: 'Paginering: geen lijst-endpoints',
    checklist: (pass, fail, na, unchecked) =>
      `Validatiechecklist: ${pass} geslaagd, ${fail} niet geslaagd, ${na} niet van toepassing, ${unchecked} niet gecontroleerd`,
    missingSections: (list) => `Ontbrekende secties: ${list}`,
    output: (path, lines, size) => `Uitvoer: ${path} (${lines} regels, ${size})`,
    size: (bytes) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`),
    artifacts: (list) => `Artefacten: ${list}`,
    noArtifacts: 'geen',
    files: (count) => n(count, 'bestand', 'bestanden'),
    verified: 'geverifieerd',
    failed: 'MISLUKT',
    notVerified: 'niet geverifieerd (--no-verify)',
    diagnostics: (errors, warnings, notes) =>
      `Diagnostiek: ${n(errors, 'fout', 'fouten')}, ${n(warnings, 'waarschuwing', 'waarschuwingen')}, ${n(notes, 'opmerking', 'opmerkingen')}`,
    nextSteps: 'Volgende stappen:',
    notProduced: (orm: string, ...instead: string[]) =>
      `Niet gegenereerd: geen ${orm}-schema (ondersteund: Prisma, Drizzle)${instead.length > 0 ? `; gebruik ${instead.join(' en ')}` : ''}.`,
    applyMigration: (file: string) => `Beoordeel en pas de eerste migratie ${file} toe`,
    noDataStore: 'Ontwerp de gegevensopslag die de documenten open laten',
    steps: [
      'Bespreek de specificatie met het team, te beginnen bij sectie 0 (Afstemming van de bronnen)',
      'Maak de databasemigraties op basis van schema.sql',
      'Genereer API-clients of SDK’s op basis van openapi.yaml',
      'Gebruik haar als referentie bij het opdelen in epics en stories',
      'Implementeer volgens de standaarden in .bmad/standards/backend/',
    ],
  },
  terminal: {
    sources: 'Bronnen:',
    noneFound: '(geen gevonden)',
    duplicateOf: (of: string, reason: string) => `duplicaat van ${of}: ${reason}`,
    supersededBy: (of: string, reason: string) => `vervangen door ${of}: ${reason}`,
    ignored: (reason: string) => `genegeerd: ${reason}`,
    configError: 'Het configuratiebestand bevat een fout: er is niets via gelezen en niets geschreven.',
    missingPrerequisites: 'Er ontbreken vereisten: er is niets gegenereerd. Gezocht in:',
    runInit: (command: string) =>
      `Voer \`${command}\` uit om de planningsdocumenten aan te maken, of geef --docs DIR mee.`,
    dryRun: '(proefrun: er is niets geschreven)',
    created: (file: string) => `aangemaakt  ${file}`,
    skipped: (file: string) => `overgeslagen ${file} (bestaat al, niet gewijzigd)`,
    next: (command: string) =>
      `Volgende stap: vervang de voorbeeldinhoud door de gegevens van het project en voer \`${command}\` uit.`,
    checkMissingPrerequisites:
      'backend-spec: er ontbreken vereisten (het PRD of de architectuur ontbreekt): niets om te vergelijken',
    upToDate: (files: number) =>
      `actueel: ${n(files, 'bestand komt', 'bestanden komen')} overeen met wat uit de documenten is gecompileerd`,
    outOfDate: (differ: number, files: number) =>
      `niet actueel: ${differ} van ${n(files, 'bestand wijkt', 'bestanden wijken')} af (er is niets geschreven)`,
    specNotFound: (file: string) =>
      `backend-spec: ${file} niet gevonden (geef het specificatiebestand op dat gecontroleerd moet worden)`,
    checked: (file: string, project: string | null) =>
      `${file} gecontroleerd${project ? ` tegen de documenten van ${project}` : ''}:`,
    checkSections: (found: number, missing: string) =>
      `- secties: ${found} van 15 gevonden${missing ? ` (ontbrekend: ${missing})` : ''}`,
    checkSql: (statements: number, blocks: number, engine: string | null, applied: number, failed: number) =>
      `- SQL: ${statements} statements in ${blocks} blokken${engine ? `, ${applied} toegepast op ${engine} in volgorde van afhankelijkheid, ${failed} mislukt` : ', niet toegepast'}`,
    checkBlocks: (documents: number, errors: number, json: number, invalid: number) =>
      `- OpenAPI-documenten: ${documents} (${errors} fouten); JSON-blokken: ${json} (${invalid} ongeldig)`,
    checkTotals: (errors: number, warnings: number) => `- ${errors} fouten, ${warnings} waarschuwingen`,
  },
};
