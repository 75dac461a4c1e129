import { findTechnologies } from '../knowledge/technologies.js';

/**
 * A sentence about how the team builds the software, not about the domain it serves: version
 * control, linting and formatting, the IDE, documentation, the test suite and its tools, CI and the
 * repository's configuration files ("a validation script confirms that temporary credentials are
 * never pushed to remote version control", "the system creates a valid .playwright/cli.config.json
 * defining the headless state"). A business rule constrains an entity, an operation or a state; such a
 * sentence constrains none, whatever its modal verb (issue 11). In en, es, pt, fr, de, it; the tools
 * themselves come from the technology catalogue (concerns `testing` and `ci`).
 */
const TOOLING =
  /(?<!\p{L})(?:version control|source control|git (?:repo(?:sitory)?|history|hooks?)|pre-commit|linters?|linting|code formatter|code style|code editors?|(?:the |our )?(?:code|api) documentation|README|changelog|unit tests?|e2e tests?|end-to-end tests?|integration tests?|test (?:suite|runner|fixtures?|coverage)|mock fixtures?|build (?:script|tool|pipeline)|CI(?:\/CD)? pipelines?|headless (?:browser|mode|state)|control de versiones|repositorio (?:remoto|de código)|pruebas (?:unitarias|de extremo a extremo|e2e)|documentación (?:técnica|del código|de la api)|controle de vers(?:ão|ões)|reposit[óo]rio remoto|testes (?:unitários|de ponta a ponta|e2e)|documentação (?:técnica|do código|da api)|contr[ôo]le de version|gestionnaire de versions|dépôt (?:distant|git)|tests unitaires|tests de bout en bout|documentation (?:technique|du code|de l'api)|versionskontrolle|versionsverwaltung|git-repository|unit-tests?|end-to-end-tests?|testsuite|codedokumentation|api-dokumentation|controllo di versione|repository remoto|test unitari|test end-to-end|documentazione (?:tecnica|del codice|dell'api))(?!\p{L})/iu;

/** A repository configuration file: `.playwright/cli.config.json`, `.eslintrc.yml`, `tsconfig.json`. */
const CONFIG_FILE =
  /(?<![\p{L}\d])[\w./-]*(?:\.config|rc|config)\.(?:json|ya?ml|js|cjs|mjs|ts|toml)(?![\p{L}\d])/iu;

/** The IDE, as an acronym only (`ide` is no word to read case-insensitively). */
const IDE = /(?<!\p{L})IDEs?(?!\p{L})/u;

export function describesTooling(text: string): boolean {
  if (TOOLING.test(text) || IDE.test(text) || CONFIG_FILE.test(text)) return true;
  return findTechnologies(text).some((m) => m.tech.concern === 'testing' || m.tech.concern === 'ci');
}
