/**
 * The labels every kubelet puts on its Node when it registers (pkg/kubelet/nodestatus InitialNode:
 * `kubernetes.io/hostname`, `kubernetes.io/os`, `kubernetes.io/arch`). A `kubectl get nodes` dump has them; a
 * Node written by hand usually does not, and pods commonly select `kubernetes.io/os: linux`. So a Node that
 * does not state one gets the value a Linux/amd64 kubelet named after the node would set; a Node that states
 * the label keeps its own value.
 */
export function kubeletLabels(nodeName: string): Record<string, string> {
  return { 'kubernetes.io/hostname': nodeName, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' };
}
