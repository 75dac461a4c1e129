/** The public library API (named exports only). */
export { check } from './check/index.js';
export type { ChecklistItem, Rule } from './check/types.js';
export { resolveConfig } from './config/resolve.js';
export { derive } from './derive/index.js';
export { CODES } from './diagnostics/codes/index.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { formatSarif, formatText } from './diagnostics/format.js';
export { extract } from './extract/index.js';
export { type Host, memoryHost, nodeHost } from './host.js';
export { loadSources } from './load/discover.js';
export type * from './model/index.js';
export { type CompileOptions, type CompileResult, compile } from './pipeline.js';
export { reconcile } from './reconcile/index.js';
export { renderArtifacts } from './render/index.js';
export type { Artifact, Verification } from './render/types.js';
export { formatReport, type Report } from './report/index.js';
