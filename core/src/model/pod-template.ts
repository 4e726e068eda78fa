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

const TEMPLATE: readonly string[] = ['spec', 'template'];

/** Where each workload kind keeps its pod template (`[]`: a Pod is its own template). */
const TEMPLATE_PATHS: ReadonlyMap<string, readonly string[]> = new Map([
  ['Pod', []],
  ['PodTemplate', ['template']],
  ['CronJob', ['spec', 'jobTemplate', 'spec', 'template']],
  ['ReplicationController', TEMPLATE],
  ['ReplicaSet', TEMPLATE],
  ['Deployment', TEMPLATE],
  ['StatefulSet', TEMPLATE],
  ['DaemonSet', TEMPLATE],
  ['Job', TEMPLATE],
]);

// Built once: rules ask for the pod template of every object, so a lookup allocates no paths.
const SPEC_PATHS = new Map([...TEMPLATE_PATHS].map(([kind, base]) => [kind, [...base, 'spec'] as readonly string[]]));
const METADATA_PATHS = new Map([...TEMPLATE_PATHS].map(([kind, base]) => [kind, [...base, 'metadata'] as readonly string[]]));

/** Path of the pod metadata of a workload kind (`['metadata']` for a Pod); undefined for other kinds. */
export function podMetadataPath(kind: string): readonly string[] | undefined {
  return METADATA_PATHS.get(kind);
}

/** A pod template whose labels are read when first asked for: most rules only look at the spec. */
class TemplateRef implements PodTemplateRef {
  private podLabels: Record<string, string> | undefined;

  constructor(
    private readonly obj: KubeObject,
    readonly spec: Obj,
    readonly specPath: readonly string[],
    readonly metadataPath: readonly string[],
  ) {}

  get labels(): Record<string, string> {
    return (this.podLabels ??= asStringMap(getIn(this.obj, ...this.metadataPath, 'labels')) ?? {});
  }
}

/** The pod template of a workload (or the Pod itself); undefined for other kinds or when no spec is written. */
export function podTemplateOf(obj: KubeObject): PodTemplateRef | undefined {
  const kind = obj.kind;
  const specPath = typeof kind === 'string' ? SPEC_PATHS.get(kind) : undefined;
  if (specPath === undefined) return undefined;
  const spec = asObject(getIn(obj, ...specPath));
  if (spec === undefined) return undefined;
  return new TemplateRef(obj, spec, specPath, METADATA_PATHS.get(kind as string) as readonly string[]);
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

/**
 * A container that runs as long as the pod does: a regular one, or a sidecar (an init container with
 * `restartPolicy: Always`); not a run-once init container, nor an ephemeral (debug) one.
 */
export function isLongLivedContainer(c: ContainerRef): boolean {
  return c.kind === 'containers' || (c.kind === 'initContainers' && c.container.restartPolicy === 'Always');
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
