/**
 * The ReplicaSet controller (pkg/controller/replicaset/replica_set.go): keeps `spec.replicas` pods named
 * `<replicaset>-<5 characters>` from its template. A Deployment's ReplicaSets are reconciled here too; their
 * pods belong to the Deployment (`SimObject.owner`).
 */
import type { Controller } from '../types.js';
import { syncReplicas } from './replica-set-sync.js';

export const replicaSetController: Controller = {
  kind: 'ReplicaSet',
  reconcile: (ctx, object) => syncReplicas(ctx, object),
};
