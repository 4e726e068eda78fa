import type { PathSegment } from '../../../load/json-path.js';
import type { KubeObject } from '../../../load/types.js';
import { asObject, asStringMap, getIn, type Obj } from '../../../model/fields.js';
import type { PodTemplateRef } from '../../../model/pod-template.js';

const TEMPLATE: readonly PathSegment[] = ['spec', 'template'];
/** Where each workload kind keeps its pod template (model/pod-template.ts templatePath), as shared constants. */
const BASES: Readonly<Record<string, readonly PathSegment[]>> = {
  Pod: [],
  PodTemplate: ['template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  ReplicationController: TEMPLATE,
  ReplicaSet: TEMPLATE,
  Deployment: TEMPLATE,
  StatefulSet: TEMPLATE,
  DaemonSet: TEMPLATE,
  Job: TEMPLATE,
};
const SPEC_PATHS = new Map(Object.entries(BASES).map(([kind, base]) => [kind, [...base, 'spec'] as readonly PathSegment[]]));
const METADATA_PATHS = new Map(Object.entries(BASES).map(([kind, base]) => [kind, [...base, 'metadata'] as readonly PathSegment[]]));

/**
 * podTemplateOf for rules that run on every object: the same answer, with shared path constants and the labels
 * read only if asked for, so a valid object costs no allocation beyond the reference itself.
 */
export function podSpecOf(obj: KubeObject): PodTemplateRef | undefined {
  const kind = obj.kind;
  const specPath = typeof kind === 'string' ? SPEC_PATHS.get(kind) : undefined;
  if (specPath === undefined) return undefined;
  let node: unknown = obj;
  for (let i = 0; i < specPath.length && node !== undefined; i++) node = asObject(node)?.[specPath[i] as string];
  const spec = asObject(node);
  if (spec === undefined) return undefined;
  return new PodSpecRef(obj, spec, specPath, METADATA_PATHS.get(kind as string) as readonly PathSegment[]);
}

class PodSpecRef implements PodTemplateRef {
  constructor(
    private readonly obj: KubeObject,
    readonly spec: Obj,
    readonly specPath: readonly PathSegment[],
    readonly metadataPath: readonly PathSegment[],
  ) {}

  get labels(): Record<string, string> {
    return asStringMap(getIn(this.obj, ...(this.metadataPath as string[]), 'labels')) ?? {};
  }
}
