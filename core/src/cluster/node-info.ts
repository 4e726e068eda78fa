import type { Diagnostic } from '../diagnostic.js';
import { formatPath, type PathSegment } from '../load/json-path.js';
import type { Manifest } from '../load/types.js';
import { asBoolean, asObject, asString, asStringMap, getIn, objectItems } from '../model/fields.js';
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

/** A problem with a Node object of the cluster: positioned on it, carrying the rule id of the check it fails. */
function problem(manifest: Manifest, path: readonly PathSegment[], rule: string, message: string): Diagnostic {
  return {
    rule,
    severity: 'error',
    message,
    file: manifest.source.file,
    range: manifest.source.positions.locate(path, 'value'),
    object: objectRef(manifest.object),
    path: formatPath(path),
  };
}

function readResources(manifest: Manifest, field: 'allocatable' | 'capacity', problems: Diagnostic[]): NodeResources | undefined {
  const list = asObject(getIn(manifest.object, 'status', field));
  if (list === undefined) return undefined;
  const out: { cpu?: number; memory?: number; pods?: number; ephemeralStorage?: number; scalar: Record<string, number> } = { scalar: {} };
  for (const [name, raw] of Object.entries(list)) {
    const q = typeof raw === 'string' || typeof raw === 'number' ? parseQuantity(raw) : undefined;
    if (q === undefined) {
      problems.push(problem(manifest, ['status', field, name], 'schema-format', `invalid quantity ${JSON.stringify(raw)}: the node's ${name} is left out of the cluster`));
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
 * reports them), cordon and allocatable resources. Malformed quantities are reported and left out.
 */
export function nodeInfoOf(manifest: Manifest): { node: NodeInfo; problems: Diagnostic[] } {
  const obj = manifest.object;
  const problems: Diagnostic[] = [];
  const taints = objectItems(getIn(obj, 'spec', 'taints')).flatMap(({ item }) => parseTaint(item) ?? []);
  const allocatable = readResources(manifest, 'allocatable', problems) ?? readResources(manifest, 'capacity', problems);
  const name = asString(getIn(obj, 'metadata', 'name')) ?? '';
  const node: NodeInfo = {
    name,
    labels: { ...kubeletLabels(name), ...asStringMap(getIn(obj, 'metadata', 'labels')) },
    taints,
    unschedulable: asBoolean(getIn(obj, 'spec', 'unschedulable')) ?? false,
    ...(allocatable === undefined ? {} : { allocatable }),
  };
  return { node, problems };
}
