import type { Diagnostic } from '../diagnostic.js';
import { formatPath, type PathSegment } from '../load/json-path.js';
import type { Manifest } from '../load/types.js';
import { asBoolean, asObject, asString, asStringMap, getIn, objectItems, type Obj } from '../model/fields.js';
import { objectRef } from '../model/object-ref.js';
import { parseQuantity } from '../model/quantity.js';
import { isScalarResourceName, resourceAmount } from '../model/resource-units.js';
import { parseTaint, type Taint } from '../model/toleration.js';
import { kubeletLabels } from './kubelet-labels.js';

/**
 * A node's allocatable resources in scheduler units (cpu in millicores, memory and ephemeral-storage in bytes).
 * A native resource the Node does not state is `undefined` (unknown: not checked); a scalar resource it does not
 * list is 0 on that node, as for the scheduler.
 */
export interface NodeResources {
  readonly cpu?: number;
  readonly memory?: number;
  readonly pods?: number;
  readonly ephemeralStorage?: number;
  /** Extended resources, hugepages, attachable volumes: `nvidia.com/gpu: 2`, `hugepages-2Mi: 1073741824`. */
  readonly scalar: Readonly<Record<string, number>>;
}

/** What kubeplan knows of one node of the cluster: a read-only snapshot, like the scheduler's NodeInfo. */
export interface NodeInfo {
  readonly name: string;
  /** The Node's labels, over the ones its kubelet sets on registration (hostname, os, arch: `kubeletLabels`). */
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly Taint[];
  /** `spec.unschedulable` (cordoned). */
  readonly unschedulable: boolean;
  /**
   * `status.allocatable` (defaulting to `status.capacity` when absent, as SetDefaults_NodeStatus does), or
   * undefined when the Node states neither: nothing is known of its resources.
   */
  readonly allocatable?: NodeResources;
}

/** Reports a malformed field of a Node: its path and the message. */
export type NodeProblemSink = (path: readonly PathSegment[], message: string) => void;

function readResources(obj: Readonly<Obj>, field: 'allocatable' | 'capacity', onProblem: NodeProblemSink): NodeResources | undefined {
  const list = asObject(getIn(obj, 'status', field));
  if (list === undefined) return undefined;
  const out: { cpu?: number; memory?: number; pods?: number; ephemeralStorage?: number; scalar: Record<string, number> } = { scalar: {} };
  for (const [name, raw] of Object.entries(list)) {
    const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
    if (q === undefined) {
      onProblem(['status', field, name], `invalid quantity ${JSON.stringify(raw)}: the node's ${name} is left out of the cluster`);
      continue;
    }
    const amount = resourceAmount(name, q);
    if (name === 'cpu') out.cpu = amount;
    else if (name === 'memory') out.memory = amount;
    else if (name === 'pods') out.pods = amount;
    else if (name === 'ephemeral-storage') out.ephemeralStorage = amount;
    else if (isScalarResourceName(name)) out.scalar[name] = amount;
  }
  return out;
}

/**
 * Reads a Node object: name, labels (with the kubelet's defaults), taints (malformed ones left out: validation
 * reports them), cordon and allocatable resources. Malformed quantities go to `onProblem` and are left out.
 */
export function nodeInfoFromObject(obj: Readonly<Obj>, onProblem: NodeProblemSink = () => undefined): NodeInfo {
  const taints = objectItems(getIn(obj, 'spec', 'taints')).flatMap(({ item }) => parseTaint(item) ?? []);
  const allocatable = readResources(obj, 'allocatable', onProblem) ?? readResources(obj, 'capacity', onProblem);
  const name = asString(getIn(obj, 'metadata', 'name')) ?? '';
  return {
    name,
    labels: { ...kubeletLabels(name), ...asStringMap(getIn(obj, 'metadata', 'labels')) },
    taints,
    unschedulable: asBoolean(getIn(obj, 'spec', 'unschedulable')) ?? false,
    ...(allocatable === undefined ? {} : { allocatable }),
  };
}

/** {@link nodeInfoFromObject} on a loaded manifest: malformed quantities become `schema-format` errors at their field. */
export function nodeInfoOf(manifest: Manifest): { node: NodeInfo; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const node = nodeInfoFromObject(manifest.object, (path, message) =>
    problems.push({
      rule: 'schema-format',
      severity: 'error',
      message,
      file: manifest.source.file,
      range: manifest.source.positions.locate(path, 'value'),
      object: objectRef(manifest.object),
      path: formatPath(path),
    }),
  );
  return { node, problems };
}
