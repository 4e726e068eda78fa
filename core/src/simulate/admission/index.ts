/** Simulated admission: `admit(state, object, operation, tracker?)` and its vocabulary. */
export { admit, ADMISSION_PLUGINS } from './admit.js';
export type { AdmissionOperation, AdmissionPluginName, AdmissionResult, Rejection, RejectionStatus } from './admission-types.js';
export { QuotaTracker } from './resource-quota/quota-tracker.js';
