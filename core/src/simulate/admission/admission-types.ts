/**
 * The vocabulary of simulated admission: what the engine asks (`admit(state, object, operation)`) and what it
 * gets back — the object as the API server would store it, or the API server's refusal in its own words.
 */
import type { Obj } from '../../model/fields.js';

/** The operations the engine admits; deletes never go through these plugins. */
export type AdmissionOperation = 'CREATE' | 'UPDATE';

/** The `metav1.Status` reasons our plugins answer with (403, 404, 422). */
export type RejectionStatus = 'Forbidden' | 'NotFound' | 'Invalid';

/** A refusal: the message is the API server's `Status.message` (`pods "x" is forbidden: ...`). */
export interface Rejection {
  readonly allowed: false;
  readonly message: string;
  readonly status: RejectionStatus;
}

export type AdmissionResult =
  /** The mutated (defaulted) object, and the warnings the API server would return with it. */
  | { readonly allowed: true; readonly object: Obj; readonly warnings: string[] }
  | Rejection;

/** The admission plugins kubeplan models, by their kube-apiserver names (`--enable-admission-plugins`). */
export type AdmissionPluginName =
  | 'NamespaceLifecycle'
  | 'LimitRanger'
  | 'ServiceAccount'
  | 'PodSecurity'
  | 'Priority'
  | 'DefaultTolerationSeconds'
  | 'DefaultStorageClass'
  | 'RuntimeClass'
  | 'ResourceQuota';
