import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';

/**
 * `require` for the big CommonJS bundles a notation needs (typescript 9 MB,
 * prisma-ast's chevrotain): with a code cache folder set (the CLI sets one on Node 20, which has no
 * `module.enableCompileCache`), every file of 256 KB or more that this one require loads is
 * compiled by `vm.Script` with V8's cached data from the previous run (Node docs, "vm: cachedData"),
 * which skips parsing and compiling most of it. Without a folder (the library, tests) it is a
 * plain `require`.
 *
 * The CLI itself, built as one CommonJS script (src/cli/bundle-load.ts), is loaded the same way.
 *
 * The cache is safe to lose or damage: one file per library file (and variant), named by the file's
 * path, size and modification time (the data of an earlier build of the same file are removed when
 * a new one is written) inside a folder named by backend-spec's, Node's and V8's versions and the
 * architecture (never shared between versions; other versions' folders are removed when a new
 * one is written); written at exit to a temporary name and renamed (atomic); a SHA-1 of the V8
 * data in its header is checked before V8 sees it, and V8 itself rejects data of another engine,
 * flag set or source. A missing, damaged or rejected file only means the library is compiled as
 * usual, and the file is written again.
 */

const here = createRequire(import.meta.url);
const MIN_BYTES = 256 * 1024;
const MAGIC = 'backend-spec-v8-code-cache-1\n';

let folder: string | null = null;
let versionRoot: string | null = null;
const toWrite: { script: vm.Script; file: string }[] = [];

/** Turns the code cache on (CLI only: a library must not write into its host's cache folder). */
export function useCodeCache(cacheDir: string | null, version: string): void {
  if (!cacheDir) {
    folder = versionRoot = null;
    return;
  }
  const name = `v8-code-${version}-node${process.version}-v8-${process.versions.v8}-${process.arch}`;
  versionRoot = cacheDir;
  folder = path.join(cacheDir, name.replace(/[^\w.-]+/g, '_'));
}

/** The folder of this version's cache files, or null when the code cache is off. */
export function codeCacheFolder(): string | null {
  return folder;
}

/** Whether `useCodeCache` set a folder (the CLI on Node 20, unless turned off). */
export function codeCacheOn(): boolean {
  return folder !== null;
}

/**
 * `require(name)`, through the code cache when one is set. `variant` names a separate cache file
 * for the same library, for callers whose runs compile different parts of it (the CLI bundle: one
 * per command kind, see src/cli/bundle-load.ts). `rewrite` may change a big file's source before
 * it is compiled from the cache, or return null to leave that file to the ordinary loader (see
 * `builtinImportsRequired`).
 */
export function requireHeavy<T>(name: string, variant = '', rewrite?: (content: string) => string | null): T {
  if (!folder) return here(name) as T;
  const proto = Module.prototype as unknown as { _compile: Compile };
  const original = proto._compile;
  // Only for the duration of this synchronous require: the files it loads, nothing else.
  proto._compile = function (this: CjsModule, content: string, filename: string, format?: string) {
    if (format === 'module' || content.length < MIN_BYTES)
      return original.call(this, content, filename, format);
    const source = rewrite ? rewrite(content) : content;
    if (source === null) return original.call(this, content, filename, format);
    const compiled = compileCached(source, filename, variant);
    if (!compiled) return original.call(this, content, filename, format);
    return run(this, compiled, filename);
  } as Compile;
  try {
    return here(name) as T;
  } finally {
    proto._compile = original;
  }
}

/**
 * A CommonJS file whose only `import()` calls load Node builtins (`import("fs/promises")`), with
 * each made `Promise.resolve(require("fs/promises"))` (through the module's own `require`, kept
 * under a name of its own: emscripten glue declares a `var require` of its own), or null when it
 * imports anything else. A script compiled from cached data cannot call `import()` on Node 20 (it
 * loses its dynamic-import callback, nodejs/node#43663); a builtin's module object has the same
 * properties its namespace has, so code that destructures or reads them gets the same values.
 */
const REQUIRE = '__backendSpecRequire';

export function builtinImportsRequired(content: string): string | null {
  let other = false;
  const out = content.replace(/\bimport\(([^()]*)\)/g, (call, arg: string) => {
    const name = /^"([\w:/]+)"$/.exec(arg)?.[1];
    if (!name || !Module.isBuiltin(name)) {
      other = true;
      return call;
    }
    return `Promise.resolve(${REQUIRE}("${name}"))`;
  });
  if (other) return null;
  // After the directive prologue, on its line: strict mode and line numbers stay as they were.
  const strict = /^(['"])use strict\1;/.exec(out);
  const at = strict ? strict[0].length : 0;
  return `${out.slice(0, at)}var ${REQUIRE} = require;${out.slice(at)}`;
}

type Compile = (content: string, filename: string, format?: string) => unknown;
interface CjsModule {
  exports: unknown;
  require(id: string): unknown;
}

/**
 * `<which>-<state>.bin`: `which` names the file and variant, `state` its size and modification time,
 * so a rebuilt or reinstalled file gets a new name and its stale data can be found and removed.
 */
function cacheFile(filename: string, content: string, variant: string): string {
  const st = statSync(filename);
  const which = sha1(`${filename}${variant ? `\0${variant}` : ''}`).slice(0, 20);
  const state = sha1(`${st.size}\0${st.mtimeMs}\0${content.length}`).slice(0, 20);
  return path.join(folder!, `${which}-${state}.bin`);
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** The V8 data of a cache file, or undefined when it is missing or its checksum does not match. */
function readCache(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const head = MAGIC.length;
    if (bytes.length <= head + 41 || bytes.toString('latin1', 0, head) !== MAGIC) return undefined;
    const sum = bytes.toString('latin1', head, head + 40);
    const data = bytes.subarray(head + 41);
    return createHash('sha1').update(data).digest('hex') === sum ? data : undefined;
  } catch {
    return undefined;
  }
}

function compileCached(content: string, filename: string, variant: string): vm.Script | null {
  try {
    const file = cacheFile(filename, content, variant);
    const cachedData = readCache(file);
    // A shebang line is legal only at the very start of a script, not inside the wrapper.
    const body = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new vm.Script(Module.wrap(body), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (!cachedData || script.cachedDataRejected) remember(script, file);
    return script;
  } catch {
    // unreadable stat, or a file V8 cannot compile as a script: the ordinary loader decides
    return null;
  }
}

function run(module: CjsModule, script: vm.Script, filename: string): unknown {
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  const M = Module as unknown as {
    _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
    _cache: Record<string, unknown>;
    _extensions: Record<string, unknown>;
  };
  const require = Object.assign((id: string) => module.require(id), {
    resolve: (request: string, options?: unknown) => M._resolveFilename(request, module, false, options),
    cache: M._cache,
    extensions: M._extensions,
    main: here.main,
  });
  const dirname = path.dirname(filename);
  return wrapper.call(module.exports, module.exports, require, module, filename, dirname);
}

/** Written at exit, after the run used the library: the data then hold the functions it compiled. */
function remember(script: vm.Script, file: string): void {
  if (toWrite.length === 0) process.once('exit', writeCodeCache);
  toWrite.push({ script, file });
}

/** Writes the cache files of the libraries compiled without usable data (at exit; tests call it). */
export function writeCodeCache(): void {
  if (toWrite.length === 0 || !folder) return;
  try {
    mkdirSync(folder!, { recursive: true });
    for (const name of readdirSync(versionRoot!))
      if (name.startsWith('v8-code-') && path.join(versionRoot!, name) !== folder)
        rmSync(path.join(versionRoot!, name), { recursive: true, force: true });
  } catch {
    return;
  }
  for (const { script, file } of toWrite.splice(0)) {
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      const data = script.createCachedData();
      const sum = createHash('sha1').update(data).digest('hex');
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${sum}\n`, 'latin1'), data]));
      renameSync(tmp, file);
      removeStale(file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}

/** Removes the data of earlier builds of the same file (same `which`, another `state`). */
function removeStale(file: string): void {
  const name = path.basename(file);
  const which = name.slice(0, name.indexOf('-') + 1);
  for (const other of readdirSync(path.dirname(file)))
    if (other !== name && other.startsWith(which) && other.endsWith('.bin'))
      rmSync(path.join(path.dirname(file), other), { force: true });
}
