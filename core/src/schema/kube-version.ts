/** A Kubernetes minor version, e.g. 1.36 (patch releases do not change the API). */
export interface KubeVersion {
  major: number;
  minor: number;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?$/;

/** Parses `1.36`, `1.36.2` or `v1.36.2`; `undefined` when malformed. */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const m = VERSION.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

export function formatKubeVersion(v: KubeVersion): string {
  return `${v.major}.${v.minor}`;
}
