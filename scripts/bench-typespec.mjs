// The TypeSpec side of `npm run bench`: the API backend-spec derives for a synthetic project
// (scripts/synthetic.mjs), written by hand as TypeSpec, so `tsp compile --emit @typespec/openapi3`
// can be timed on the same API. Per entity: the model with the same columns and constraints (uuid
// id, the parent's id, name ≤ 120, code ≤ 32, the record_status enum with its default, a
// non-negative amount, nullable notes, read-only timestamps), a page model, and the six operations
// backend-spec derives (list with the same filters, sort and paging; create with Location; get;
// update as a merge patch; archive; deactivate), each with the same RFC 9457 error responses.
// TypeSpec produces only openapi.yaml from it: no DDL, JSON Schema files, ERD or verification.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { entityName } from './synthetic.mjs';

const pascal = (s) => s.replace(/(^|_)(\w)/g, (_, _sep, c) => c.toUpperCase());
const camel = (s) => s.replace(/_(\w)/g, (_, c) => c.toUpperCase());
const plural = (s) => `${s}s`;

const ERRORS = [
  ['BadRequest', 400],
  ['Unauthorized', 401],
  ['Forbidden', 403],
  ['NotFound', 404],
  ['Conflict', 409],
  ['Unprocessable', 422],
  ['TooManyRequests', 429],
  ['InternalServerError', 500],
];

function common(n) {
  return [
    'import "@typespec/http";',
    'import "@typespec/openapi3";',
    'using Http;',
    '',
    `@service(#{ title: "Synthetic ${n}" })`,
    '@useAuth(BearerAuth)',
    '@route("/api/v1")',
    `namespace Synthetic${n};`,
    '',
    'enum RecordStatus { draft, active, archived }',
    '',
    '/** RFC 9457 problem details. */',
    'model Problem {',
    '  type: url;',
    '  title: string;',
    '  status: int32;',
    '  detail?: string;',
    '  instance?: string;',
    '  code: string;',
    '}',
    '',
    ...ERRORS.flatMap(([name, status]) => [
      '@error',
      `model ${name} {`,
      `  @statusCode _: ${status};`,
      '  @header contentType: "application/problem+json";',
      '  @body body: Problem;',
      '}',
      '',
    ]),
    'alias ReadErrors = Unauthorized | Forbidden | NotFound | TooManyRequests | InternalServerError;',
    'alias WriteErrors = BadRequest | Unauthorized | Forbidden | NotFound | Conflict | Unprocessable | TooManyRequests | InternalServerError;',
    '',
  ];
}

function entity(i) {
  const name = pascal(entityName(i));
  const parent = i > 0 ? `${camel(entityName(Math.floor(i / 2)))}Id` : null;
  return [
    `model ${name} {`,
    '  @visibility(Lifecycle.Read) @format("uuid") @maxLength(36) id: string;',
    ...(parent ? [`  @format("uuid") @maxLength(36) ${parent}: string;`] : []),
    '  @maxLength(120) name: string;',
    '  @maxLength(32) code: string;',
    '  status: RecordStatus = RecordStatus.draft;',
    '  @minValue(0) amountCents: int32 = 0;',
    '  @maxLength(10000) notes?: string | null;',
    '  @visibility(Lifecycle.Read) createdAt: utcDateTime;',
    '  @visibility(Lifecycle.Read) updatedAt: utcDateTime;',
    '}',
    '',
    `model ${name}Page {`,
    `  items: ${name}[];`,
    '  total: int32;',
    '  limit: int32;',
    '  offset: int32;',
    '}',
    '',
    `@route("/${plural(entityName(i)).replaceAll('_', '-')}")`,
    `@tag("${plural(name)}")`,
    `interface ${plural(name)} {`,
    `  @get list(${parent ? `@query ${parent}?: string, ` : ''}@query code?: string, @query status?: RecordStatus, @query sort?: string = "-createdAt", @query @maxValue(200) limit?: int32 = 25, @query offset?: int32 = 0): ${name}Page | ReadErrors;`,
    `  @post create(@body body: ${name}): { @statusCode _: 201; @header location: string; @body body: ${name} } | WriteErrors;`,
    `  @get get(@path id: string): ${name} | ReadErrors;`,
    `  @patch(#{ implicitOptionality: true }) update(@path id: string, @header contentType: "application/merge-patch+json", @body body: ${name}): ${name} | WriteErrors;`,
    `  @post @route("{id}/archive") archive(@path id: string): ${name} | WriteErrors;`,
    `  @post @route("{id}/deactivate") deactivate(@path id: string): ${name} | WriteErrors;`,
    '}',
    '',
  ];
}

/** The TypeSpec source of the synthetic project of `n` entities. */
export function syntheticTsp(n) {
  return [...common(n), ...Array.from({ length: n }, (_, i) => entity(i)).flat()].join('\n');
}

/**
 * Writes `main.tsp` into `dir`, with a link to this repository's node_modules (TypeSpec resolves
 * its libraries from the main file's folder upwards). Returns the arguments of one compile.
 */
export function writeTypeSpecProject(dir, n, repo) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'main.tsp'), syntheticTsp(n));
  // OpenAPI 3.1, as backend-spec writes (the emitter's default is 3.0).
  writeFileSync(
    path.join(dir, 'tspconfig.yaml'),
    'emit:\n  - "@typespec/openapi3"\noptions:\n  "@typespec/openapi3":\n    openapi-versions: ["3.1.0"]\n',
  );
  const modules = path.join(dir, 'node_modules');
  if (!existsSync(modules)) symlinkSync(path.join(repo, 'node_modules'), modules, 'dir');
  return [
    path.join(repo, 'node_modules/@typespec/compiler/cmd/tsp.js'),
    'compile',
    path.join(dir, 'main.tsp'),
    '--output-dir',
    path.join(dir, 'tsp-output'),
  ];
}

/** Whether TypeSpec is installed (a bench-only devDependency). */
export function typeSpecAvailable(repo) {
  return existsSync(path.join(repo, 'node_modules/@typespec/compiler/cmd/tsp.js'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node scripts/bench-typespec.mjs <dir> <entities>   (writes and compiles main.tsp)');
    process.exit(2);
  }
  const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const args = writeTypeSpecProject(path.resolve(dir), Number(n), repo);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
