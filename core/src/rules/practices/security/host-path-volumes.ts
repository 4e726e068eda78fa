import type { PathSegment } from '../../../load/json-path.js';
import { asObject, asString, objectItems } from '../../../model/fields.js';
import type { PodTemplateRef } from '../../../model/pod-template.js';

export interface HostPathVolume {
  /** The volume's name (what volumeMounts refer to). */
  name: string;
  /** The node path, normalised: no trailing or doubled slashes. */
  hostPath: string;
  /** Path of `hostPath.path` in the object. */
  path: readonly PathSegment[];
}

export function normalizeHostPath(p: string): string {
  const collapsed = p.replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** The pod's hostPath volumes. */
export function hostPathVolumes(t: PodTemplateRef): HostPathVolume[] {
  const out: HostPathVolume[] = [];
  for (const { item, index } of objectItems(t.spec.volumes)) {
    const hp = asString(asObject(item.hostPath)?.path);
    if (hp === undefined) continue;
    out.push({ name: asString(item.name) ?? '<unnamed>', hostPath: normalizeHostPath(hp), path: [...t.specPath, 'volumes', index, 'hostPath', 'path'] });
  }
  return out;
}

/** Sockets of container runtimes (whoever writes to one runs anything on the node), and the folders that hold them. */
const RUNTIME_SOCKETS = new Set([
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/cri-dockerd.sock',
  '/run/cri-dockerd.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/run/k3s/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
]);
const RUNTIME_SOCKET_DIRS = new Set(['/var/run', '/run', '/var/run/containerd', '/run/containerd', '/var/run/crio', '/run/crio', '/var/run/docker', '/run/docker']);

/** How a host path exposes a container runtime socket, if it does. */
export function runtimeSocketExposure(hostPath: string): 'socket' | 'folder' | undefined {
  if (RUNTIME_SOCKETS.has(hostPath)) return 'socket';
  return RUNTIME_SOCKET_DIRS.has(hostPath) ? 'folder' : undefined;
}
