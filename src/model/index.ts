export type * from './config.js';
export type * from './domain.js';
export { emptyDomain } from './domain.js';
export * from './origin.js';
export type * from './security-facts.js';
export type * from './sources.js';
export { DOCUMENT_KINDS } from './sources.js';
export type * from './spec/index.js';
export { emptySpec } from './spec/index.js';
