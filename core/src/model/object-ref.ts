import type { KubeObject } from '../load/types.js';

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** `metadata.name`, or `generateName` + `*` for objects named by the server, or `<unnamed>`. */
export function objectName(obj: KubeObject): string {
  const meta = obj.metadata;
  if (meta !== null && typeof meta === 'object' && !Array.isArray(meta)) {
    const m = meta as Record<string, unknown>;
    return str(m.name) ?? (str(m.generateName) !== undefined ? `${str(m.generateName)}*` : '<unnamed>');
  }
  return '<unnamed>';
}

export function objectNamespace(obj: KubeObject): string | undefined {
  const meta = obj.metadata;
  if (meta !== null && typeof meta === 'object' && !Array.isArray(meta)) {
    return str((meta as Record<string, unknown>).namespace);
  }
  return undefined;
}

/**
 * The display reference used in diagnostics: `Kind/namespace/name`, or `Kind/name` when the object has no
 * namespace written (cluster-scoped, or namespaced and left to the default namespace).
 */
export function objectRef(obj: KubeObject): string {
  const kind = str(obj.kind) ?? '<no kind>';
  const ns = objectNamespace(obj);
  return ns !== undefined ? `${kind}/${ns}/${objectName(obj)}` : `${kind}/${objectName(obj)}`;
}
