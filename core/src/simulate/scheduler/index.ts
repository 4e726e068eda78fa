/** The scheduler: `createScheduler` and the types the simulation engine and the renderers use. */
export { createScheduler, type ClaimInfo, type ScheduleResult, type Scheduler, type SchedulerLookups, type SchedulerOptions } from './scheduler.js';
export type { FilterVerdict, NodeExplanation, ScoreEntry, SchedulingExplanation } from './explanation.js';
export { fitErrorMessage, type Diagnosis } from './framework/diagnosis.js';
export { numFeasibleNodesToFind } from './framework/feasible-nodes.js';
export { DEFAULT_PROFILE } from './framework/profile.js';
export { PLUGIN, type PluginName } from './names.js';
