/**
 * Node and pod addresses for the plan. Real clusters hand pod IPs out of each node's podCIDR (kube-controller-
 * manager's node IPAM, then the CNI plugin); kubeplan does the same in order: the node's `spec.podCIDR` or,
 * without one, `10.244.<node index>.0/24` (the kubeadm/flannel default range), first free address from `.2`.
 * Host-network pods share their node's address.
 */
import { asArray, asObject, asString, getIn, type Obj } from '../model/fields.js';

export interface NodeAddresses {
  hostIP: string;
  /** The first three octets of the node's /24 pod range. */
  podPrefix: string;
}

/** The node's InternalIP (else `172.18.0.<index + 2>`, kind's node range) and its pod range. */
export function nodeAddressesOf(node: Readonly<Obj> | undefined, index: number): NodeAddresses {
  const addresses = asArray(getIn(node, 'status', 'addresses')) ?? [];
  const internal = addresses.map(asObject).find((a) => a?.type === 'InternalIP');
  const hostIP = asString(internal?.address) ?? `172.18.${Math.floor((index + 2) / 256)}.${(index + 2) % 256}`;
  const cidr = asString(getIn(node, 'spec', 'podCIDR'));
  const match = cidr === undefined ? null : /^(\d+\.\d+\.\d+)\.\d+\/(\d+)$/.exec(cidr);
  const podPrefix = match?.[1] ?? `10.${244 + Math.floor(index / 256)}.${index % 256}`;
  return { hostIP, podPrefix };
}

export class PodIps {
  private readonly used = new Set<string>();
  private readonly next: number[];

  constructor(private readonly nodes: readonly NodeAddresses[]) {
    this.next = nodes.map(() => 2);
  }

  /** An address already taken by a live pod. */
  reserve(ip: string | undefined): void {
    if (ip !== undefined) this.used.add(ip);
  }

  assign(nodeIndex: number, hostNetwork: boolean): { hostIP: string; podIP: string } {
    const node = this.nodes[nodeIndex] ?? { hostIP: '172.18.0.1', podPrefix: '10.244.255' };
    if (hostNetwork) return { hostIP: node.hostIP, podIP: node.hostIP };
    let n = this.next[nodeIndex] ?? 2;
    while (n < 255 && this.used.has(`${node.podPrefix}.${n}`)) n++;
    this.next[nodeIndex] = n + 1;
    // A /24 holds 253 pods; past that (more than the 110-pod default) addresses repeat rather than fail.
    const podIP = `${node.podPrefix}.${n < 255 ? n : 2 + (n % 253)}`;
    this.used.add(podIP);
    return { hostIP: node.hostIP, podIP };
  }
}
