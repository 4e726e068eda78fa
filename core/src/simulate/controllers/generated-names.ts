/**
 * Names for objects created with `generateName` (staging/src/k8s.io/apiserver/pkg/storage/names/generate.go):
 * the base cut to 58 characters, then 5 characters from the safe alphabet. Upstream's characters are random;
 * kubeplan's come from `NameGenerator.suffix(seed)`, with seeds `<owner key>#<n>` tried in order, so the same
 * snapshot always yields the same names and a name in use is never handed out twice.
 */
import type { ControllerContext } from '../types.js';

/** names.MaxGeneratedNameLength: 63 − the 5 random characters. */
export const MAX_GENERATED_NAME_LENGTH = 58;

/** SimpleNameGenerator.GenerateName with a given suffix. */
export function generateName(base: string, suffix: string): string {
  return `${base.length > MAX_GENERATED_NAME_LENGTH ? base.slice(0, MAX_GENERATED_NAME_LENGTH) : base}${suffix}`;
}

/** controller.getPodsPrefix: pods of `web-7d9c5b8f6d` are generated from `web-7d9c5b8f6d-`. */
export function podsPrefix(controllerName: string): string {
  return `${controllerName}-`;
}

/**
 * `count` names `generateName(base, suffix)` for new objects of `kind` in `namespace`, none of them taken by an
 * existing object. Seeds are `<seedBase>#0`, `#1`, ...: the first free ones win, so a pod deleted and made
 * again gets its old name back, as kubeplan wants for stable plans.
 */
export function freshNames(ctx: ControllerContext, kind: string, namespace: string | undefined, base: string, seedBase: string, count: number): string[] {
  const out: string[] = [];
  const taken = new Set<string>();
  // The bound only guards against a degenerate generator: 27^5 suffixes leave plenty of free names.
  for (let i = 0; out.length < count && i < count * 100 + 1000; i++) {
    const name = generateName(base, ctx.names.suffix(`${seedBase}#${i}`));
    if (taken.has(name) || ctx.state.getObject(kind, namespace, name) !== undefined) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}
