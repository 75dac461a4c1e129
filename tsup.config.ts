import { readFileSync, writeFileSync } from 'node:fs';
import { build, defineConfig, type Options } from 'tsup';
import ts from 'typescript';
// @ts-expect-error: plain JavaScript shared with vitest.config.ts
import { foldRegexLiterals } from './scripts/case-fold-regex.mjs';
// @ts-expect-error: plain JavaScript (scripts/ascii-bundle.mjs), tested by test/foundation/ascii-bundle.test.ts
import { asciiFile } from './scripts/ascii-bundle.mjs';
// @ts-expect-error: plain JavaScript shared with vitest.config.ts
import { narrowRegexLiterals } from './scripts/narrow-regex.mjs';

/**
 * The CLI once more as ONE CommonJS script, `dist/cli-bundle.cjs`, which the bin loads through V8's
 * code cache on Node 20 (src/cli/bundle-load.ts; issue 19). The small pure-JS libraries every
 * generate run loads are inside it, so their compiled code is cached with ours; the heavy or
 * file-reading ones (typescript, wasm parsers, PGlite, Redocly) stay external and lazy. The ESM
 * output below (the library and the fallback CLI) is unchanged. No source map: it would double the
 * package for a file whose code is also shipped, mapped, as the ESM chunks.
 */
const cliBundle: Options = {
  entry: { 'cli-bundle': 'src/cli/bundle.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  target: 'node20',
  platform: 'node',
  shims: true,
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: false,
  silent: true,
  // This file's default config must not be merged in (its onSuccess would build this again, forever).
  config: false,
  noExternal: ['commander', 'yaml', 'ajv', 'ajv-formats', 'markdown-it', 'pluralize'],
  esbuildPlugins: [plainMarkdownItFields(), caseFoldedPatterns()],
};

/**
 * Our `/…/iu` literals with a `\p{…}` class, rewritten for the flag `u` alone (scripts/case-fold-regex.mjs):
 * the same matches, without V8 closing each class over case on every compile (issue 19). vitest
 * applies the same rewrite (vitest.config.ts), so the tests run what ships.
 */
function caseFoldedPatterns(): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'case-folded-patterns',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
        // Then the Unicode literals compiled for each text's alphabet (scripts/narrow-regex.mjs).
        contents: narrowRegexLiterals(foldRegexLiterals(readFileSync(args.path, 'utf8'), args.path, ts), args.path, ts),
        loader: 'ts',
      }));
    },
  };
}

/**
 * markdown-it 15's published build declares class fields through a transpiler helper
 * (`_defineProperty(this, "map", null)`): every Token it creates (about ten per block) runs thirteen
 * generic keyed stores, a quarter of the time it takes to parse a 1 MB document (issue 12). In the
 * CLI bundle each such field of a plain value becomes `this.map = null;`, which defines the same
 * own, enumerable, writable property (the helper itself assigns when the name is not yet on the
 * object, and no markdown-it class has a setter). A field of any other form, or a release built
 * differently, is left as published.
 */
function plainMarkdownItFields(): NonNullable<Options['esbuildPlugins']>[number] {
  const FIELD = /_defineProperty\(\s*this,\s*(?:\/\*\*[\s\S]*?\*\/\s*)?"(\w+)",\s*([^;]*?)\s*\);/g;
  const PLAIN_VALUE =
    /^(?:null|false|true|-?\d+|""|"\w+"|\[\]|\{\}|[\w]+|new [\w.]+\(\)|Object\.assign\(\{\}, \w+\))$/;
  return {
    name: 'plain-markdown-it-fields',
    setup(build) {
      build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(?:mjs|cjs\.js)$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(FIELD, (call, name: string, value: string) =>
          PLAIN_VALUE.test(value) ? `this.${name} = ${value};` : call,
        ),
        loader: 'js',
      }));
    },
  };
}

/**
 * prisma-ast and its parser library as ONE CommonJS script, `dist/prisma-ast.cjs`, which
 * src/extract/prisma.ts requires (through the code cache) when it exists. chevrotain 11 is an ES
 * module over lodash-es (hundreds of files): required from the package, resolving and compiling
 * them cost about 0.9 s of CPU on every run that reads a ```prisma fence; this bundle loads in
 * about 0.05 s. The same code: prisma-ast's development build, which its `main` picks by default.
 */
const prismaAstBundle = packageBundle({
  'prisma-ast': 'node_modules/@mrleebo/prisma-ast/dist/prisma-ast.cjs.development.js',
});

/**
 * Redocly (the OpenAPI lint of verification) as ONE CommonJS script, `dist/redocly.cjs`, which
 * src/verify/openapi.ts requires through the code cache when it exists. The package is 247 ES
 * modules (plus graphql, two Ajv copies, yaml parsers): Node 20 caches no ES module, so importing it
 * cost ~0.4 s of CPU on every verifying run; the cached bundle, ~0.1 s. The same code: the package's
 * `lib/index.js` entry; its only `import()` loads a config's plugins, which backend-spec never has.
 */
const redoclyBundle = packageBundle({ redocly: 'node_modules/@redocly/openapi-core/lib/index.js' });

/** One package and everything it imports as one CommonJS script in dist/ (loaded through the code cache). */
function packageBundle(entry: Record<string, string>): Options {
  return {
    entry,
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    platform: 'node',
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
    config: false,
    noExternal: [/./],
  };
}

/**
 * Node 20 loses a script's dynamic-import callback when the script is compiled from cached data
 * (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING; nodejs/node#43663), so the bundle must not call `import()`
 * itself: each `import("pkg")` of an external package or builtin is routed to the importer
 * src/cli/bundle-load.ts registers (an ES module beside the bundle, which resolves the same names),
 * or, without one, to a plain `import()`. Any other form of `import(` fails the build.
 */
function routeDynamicImports(file: string): void {
  const code = readFileSync(file, 'utf8');
  const routed = code.replace(/\bimport\(("[^"./][^"]*")\)/g, '__importExternal($1)');
  const left = routed.match(/.{0,40}\bimport\(.{0,40}/);
  if (left) throw new Error(`${file}: an import() the bundle cannot route: ${left[0]}`);
  const strict = '"use strict";\n';
  if (!routed.startsWith(strict)) throw new Error(`${file}: expected a "use strict" prologue`);
  const helper =
    'var __importExternal = (s) => (globalThis[Symbol.for("backend-spec.import")] ?? ((x) => import(x)))(s);\n';
  writeFileSync(file, strict + helper + routed.slice(strict.length));
}

// Three entries: the library (named exports, with types), the CLI bin and the worker thread that
// runs the embedded PostgreSQL during verification (src/verify/postgres/in-worker.ts finds it beside
// the chunks). Heavy libraries stay
// external and are imported lazily inside the phases that need them, so start-up stays small.
// The CommonJS bundle is built after them (onSuccess), so a build, `npm test`'s and the end-to-end
// tests' (test/foundation/built-cli.ts) alike, always leaves both.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'pglite-worker': 'src/verify/postgres/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  esbuildPlugins: [caseFoldedPatterns()],
  onSuccess: async () => {
    await build(cliBundle);
    await build(prismaAstBundle);
    await build(redoclyBundle);
    routeDynamicImports('dist/cli-bundle.cjs');
    // The scripts loaded through the code cache, ASCII only: V8 then holds each as a one-byte string
    // (half the memory; decoded and copied byte for byte on every run). scripts/ascii-bundle.mjs.
    for (const file of ['dist/cli-bundle.cjs', 'dist/redocly.cjs', 'dist/prisma-ast.cjs']) asciiFile(file, ts);
  },
});
