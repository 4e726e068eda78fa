import type { PathSegment } from '../load/json-path.js';
import type { KubeObject } from '../load/types.js';
import { asObject, asStringMap, getIn, objectItems, type Obj } from './fields.js';

/** Kinds that carry a pod spec, directly (Pod) or in a pod template. */
export const WORKLOAD_KINDS: readonly string[] = [
  'Pod',
  'PodTemplate',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
];

/** Where a pod spec and its labels live in an object. */
export interface PodTemplateRef {
  spec: Obj;
  /** Path of the pod spec, e.g. `['spec', 'template', 'spec']`. */
  specPath: readonly PathSegment[];
  /** The pod's labels (the template's, or the Pod's own). */
  labels: Record<string, string>;
  /** Path of the pod metadata (`metadata` of a Pod, `spec.template.metadata` of a workload). */
  metadataPath: readonly PathSegment[];
}

function templatePath(kind: string): readonly PathSegment[] | undefined {
  switch (kind) {
    case 'Pod':
      return [];
    case 'PodTemplate':
      return ['template'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template'];
    case 'ReplicationController':
    case 'ReplicaSet':
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return ['spec', 'template'];
    default:
      return undefined;
  }
}

/** The pod template of a workload (or the Pod itself); undefined for other kinds or when no spec is written. */
export function podTemplateOf(obj: KubeObject): PodTemplateRef | undefined {
  if (typeof obj.kind !== 'string') return undefined;
  const base = templatePath(obj.kind);
  if (base === undefined) return undefined;
  const spec = asObject(getIn(obj, ...(base as (string | number)[]), 'spec'));
  if (spec === undefined) return undefined;
  const metadataPath = [...base, 'metadata'];
  return {
    spec,
    specPath: [...base, 'spec'],
    labels: asStringMap(getIn(obj, ...(metadataPath as (string | number)[]), 'labels')) ?? {},
    metadataPath,
  };
}

export type ContainerKind = 'initContainers' | 'containers' | 'ephemeralContainers';

export interface ContainerRef {
  container: Obj;
  kind: ContainerKind;
  index: number;
  /** Path of the container object. */
  path: readonly PathSegment[];
  /** `containers[0]`'s name, or `<unnamed>`. */
  name: string;
}

/** Every container of a pod spec (init, regular, ephemeral), in that order, with its path. */
export function containersOf(template: PodTemplateRef): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const kind of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    for (const { item, index } of objectItems(template.spec[kind])) {
      out.push({ container: item, kind, index, path: [...template.specPath, kind, index], name: typeof item.name === 'string' ? item.name : '<unnamed>' });
    }
  }
  return out;
}
