/**
 * The result of running a plugin (k8s.io/kube-scheduler/framework interface.go Status): a code, the reasons
 * in kube-scheduler's wording and the plugin that produced it. Plugins never return a bare boolean.
 */

/** The closed set of codes a plugin can return (framework.Code), minus Wait/Pending (no Permit stage here). */
export type StatusCode = 'Success' | 'Unschedulable' | 'UnschedulableAndUnresolvable' | 'Error' | 'Skip';

/** A plugin's verdict. */
export interface Status {
  readonly code: StatusCode;
  /** Failure reasons; a node's status can carry several (NodeResourcesFit: `Insufficient cpu`, `Insufficient memory`). */
  readonly reasons: readonly string[];
  /** The plugin that returned it ('' for the shared SUCCESS/SKIP). */
  readonly plugin: string;
}

function status(code: StatusCode, plugin: string, reasons: readonly string[]): Status {
  return Object.freeze({ code, plugin, reasons: Object.freeze([...reasons]) });
}

/**
 * The one success value. Filters return this very object so the hot loop compares identities and allocates
 * nothing for the (common) passing case.
 */
export const SUCCESS: Status = status('Success', '', []);

/** A PreFilter or PreScore that has nothing to do for this pod: its Filter / Score is not run. */
export const SKIP: Status = status('Skip', '', []);

/** Preemption may help: evicting pods could make the node fit. */
export function unschedulable(plugin: string, ...reasons: string[]): Status {
  return status('Unschedulable', plugin, reasons);
}

/** Preemption cannot help on this node (a taint, a label, a request larger than the whole node). */
export function unresolvable(plugin: string, ...reasons: string[]): Status {
  return status('UnschedulableAndUnresolvable', plugin, reasons);
}

/** Status.IsRejected: Unschedulable or UnschedulableAndUnresolvable. */
export function isRejected(s: Status): boolean {
  return s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable';
}

/** Status.Message: the reasons joined by `, `. */
export function statusMessage(s: Status): string {
  return s.reasons.join(', ');
}
