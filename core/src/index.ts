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
export * from './plan/plan-document.js';
export { buildPlanDocument, type PlanDocumentInput } from './plan/build-plan-document.js';
export { planCluster, planInputs, planPaths, type PlanInputs, type PlanPathsOptions, type PlanRun, type PlanTimings } from './simulate/plan-paths.js';
export { simulate, type DeclaredObject, type RejectedObject, type SimulationInput, type SimulationPhase, type SimulationResult } from './simulate/engine.js';
export type { SchedulingExplanation, NodeExplanation, FilterVerdict, ScoreEntry } from './simulate/scheduler/explanation.js';
export type { SimObject, SimEvent, ObjectKey, Action } from './simulate/types.js';
export { createScheduler, type Scheduler, type SchedulerLookups, type ScheduleResult } from './simulate/scheduler/index.js';
export * from './editor/index.js';
