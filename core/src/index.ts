/**
 * kubeplan's public API: what the CLI, the language server, the VS Code extension and the GitHub Action use.
 */
export * from './diagnostic.js';
export { UsageError, InternalError } from './errors.js';
export { VERSION } from './version.js';
export * from './load/index.js';
export * from './schema/index.js';
export * from './report/index.js';
export * from './lint/index.js';
export { objectRef, objectName, objectNamespace } from './model/object-ref.js';
export * from './rules/index.js';
export * from './config/index.js';
export { WORKLOAD_KINDS, podTemplateOf, containersOf, type PodTemplateRef, type ContainerRef } from './model/pod-template.js';
export { parseLabelSelector, selectorFromMap, selectorMatches, formatSelector, type LabelSelector } from './model/label-selector.js';
export * from './cluster/index.js';
