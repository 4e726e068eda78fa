/**
 * The ReplicationController manager: upstream wraps the ReplicaSet controller around a conversion
 * (pkg/controller/replication/replication_controller.go), so it syncs exactly like a ReplicaSet. Its selector is
 * a plain map, defaulted to the template's labels; pods are `<rc>-<5 characters>`.
 */
import type { Controller } from '../types.js';
import { syncReplicas } from './replica-set-sync.js';

export const replicationControllerController: Controller = {
  kind: 'ReplicationController',
  reconcile: (ctx, object) => syncReplicas(ctx, object),
};
