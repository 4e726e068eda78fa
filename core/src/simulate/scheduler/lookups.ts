/**
 * What the scheduler asks the rest of the simulation: namespace labels, the selectors behind the system
 * default spread constraints, and PersistentVolumeClaims. Injected, so the scheduler never reads ClusterState.
 */
import type { LabelSelector } from '../../model/label-selector.js';
import type { Obj } from '../../model/fields.js';
import type { NodeSelectorTerm } from '../../model/node-affinity.js';

/** What the scheduler needs to know of a PersistentVolumeClaim (and its volume, when bound). */
export interface ClaimInfo {
  phase: 'Bound' | 'Pending';
  /** Pending claims: can a provisioner make a volume for them (WaitForFirstConsumer or Immediate with a class that has a provisioner)? */
  provisionable: boolean;
  /** WaitForFirstConsumer: bound only after the pod is scheduled */
  waitForFirstConsumer: boolean;
  /** a bound PV's required node affinity terms, if any (VolumeBinding/VolumeZone) */
  nodeAffinity?: NodeSelectorTerm[];
  /** a bound PV's zone/region labels (VolumeZone) */
  labels?: Record<string, string>;
  accessModes?: string[];
}

/** The simulation's answers to the scheduler's questions about other objects. */
export interface SchedulerLookups {
  /** For namespaceSelector in pod (anti-)affinity. */
  namespaceLabels(namespace: string): Readonly<Record<string, string>> | undefined;
  /** Selectors of Services, ReplicaSets, ReplicationControllers and StatefulSets selecting this pod (upstream helper.DefaultSelector) for the system default topology spread constraints. */
  defaultSpreadSelectors(pod: Obj): LabelSelector[];
  /** The pod's PVC by name; undefined when it does not exist. */
  claim(namespace: string, name: string): ClaimInfo | undefined;
}
