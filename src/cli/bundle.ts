/**
 * Entry of `dist/cli-bundle.cjs`: the whole CLI (commands, pipeline, renderers, and the small
 * pure-JS libraries every run uses) as ONE CommonJS script, which `main.ts` loads through V8's code
 * cache (`./bundle-load.ts`). It carries its own copy of the code-cache switch: the notations'
 * big libraries it requires (typescript, prisma-ast) are cached by this copy's state.
 */
export { enableCompileCache } from '../verify/compile-cache.js';
export { run } from './run.js';
