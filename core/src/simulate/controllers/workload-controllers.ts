/**
 * The workload controllers, in the order the engine runs them within a round. All of a round's actions are
 * applied together and a later update of the same object wins, so an owner comes after what it owns: a
 * Deployment's resize of its ReplicaSet beats that ReplicaSet's own status update of the same round (which the
 * next round redoes), and the HorizontalPodAutoscaler's new replica count beats every status update.
 */
import type { Controller } from '../types.js';
import { daemonSetController } from './daemon-set.js';
import { deploymentController } from './deployment.js';
import { horizontalPodAutoscalerController } from './horizontal-pod-autoscaler.js';
import { jobController } from './job.js';
import { replicaSetController } from './replica-set.js';
import { replicationControllerController } from './replication-controller.js';
import { statefulSetController } from './stateful-set.js';

export const workloadControllers: readonly Controller[] = [
  replicaSetController,
  replicationControllerController,
  deploymentController,
  statefulSetController,
  daemonSetController,
  jobController,
  horizontalPodAutoscalerController,
];
