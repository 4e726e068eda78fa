/**
 * Node objects as a kubelet registers them and `kubectl get node -o yaml` shows them, for the nodes kubeplan
 * makes up: the default cluster's and the `--nodes` node groups'. Every such node is Ready, has the labels its
 * kubelet sets, an InternalIP and a pod CIDR.
 */
import type { Obj } from '../model/fields.js';
import type { Taint } from '../model/toleration.js';
import { kubeletLabels } from './kubelet-labels.js';

/** What differs between made-up nodes. Resource lists hold quantity strings (`cpu: 3920m`, `memory: 14819Mi`). */
export interface NodeShape {
  readonly name: string;
  /** The node's place among all made-up nodes of the cluster (0-based): picks its IP and pod CIDR. */
  readonly index: number;
  /** Labels beyond the kubelet's own (hostname, os, arch), which are always set. */
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly Taint[];
  readonly capacity: Readonly<Record<string, string>>;
  readonly allocatable: Readonly<Record<string, string>>;
}

/** kube-controller-manager `--cluster-cidr` 10.244.0.0/16 (kubeadm's flannel default) with /24 per node: 256 nodes. */
const POD_CIDR_NODES = 256;

/** The node's InternalIP: 10.0.0.10, 10.0.0.11, ... (200 per /24). */
export function nodeInternalIP(index: number): string {
  return `10.0.${Math.floor(index / 200)}.${10 + (index % 200)}`;
}

/** A Ready Node object. Past the 256th node the pod CIDR range is exhausted, as it would be: no podCIDR. */
export function nodeObject(shape: NodeShape): Obj {
  const podCIDR = shape.index < POD_CIDR_NODES ? `10.244.${shape.index}.0/24` : undefined;
  const spec: Obj = {
    ...(podCIDR === undefined ? {} : { podCIDR, podCIDRs: [podCIDR] }),
    ...(shape.taints.length === 0 ? {} : { taints: shape.taints.map((t) => ({ ...t })) }),
  };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: shape.name, labels: { ...kubeletLabels(shape.name), ...shape.labels } },
    spec,
    status: {
      capacity: { ...shape.capacity },
      allocatable: { ...shape.allocatable },
      addresses: [
        { type: 'InternalIP', address: nodeInternalIP(shape.index) },
        { type: 'Hostname', address: shape.name },
      ],
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' }],
      nodeInfo: { architecture: 'amd64', operatingSystem: 'linux' },
    },
  };
}
