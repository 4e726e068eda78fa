import { asStringMap, getIn } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';

/** Pod annotations that API fields replaced, with what to use instead. */
const REPLACED: Readonly<Record<string, string>> = {
  'scheduler.alpha.kubernetes.io/critical-pod': 'ignored since Kubernetes 1.16: use priorityClassName: system-cluster-critical (or system-node-critical)',
  'scheduler.alpha.kubernetes.io/tolerations': 'ignored: use spec.tolerations',
  'scheduler.alpha.kubernetes.io/affinity': 'ignored: use spec.affinity',
  'scheduler.alpha.kubernetes.io/name': 'ignored: use spec.schedulerName',
  'pod.alpha.kubernetes.io/init-containers': 'ignored: use spec.initContainers',
  'pod.beta.kubernetes.io/init-containers': 'ignored: use spec.initContainers',
  'pod.beta.kubernetes.io/hostname': 'ignored: use spec.hostname',
  'pod.beta.kubernetes.io/subdomain': 'ignored: use spec.subdomain',
  'security.alpha.kubernetes.io/sysctls': 'ignored: use spec.securityContext.sysctls',
  'security.alpha.kubernetes.io/unsafe-sysctls': 'ignored: use spec.securityContext.sysctls',
};

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';

/** The seccompProfile that replaces an annotation value (`runtime/default`, `localhost/p.json`, `unconfined`). */
function seccompProfile(value: string): string {
  if (value === 'runtime/default' || value === 'docker/default') return '{type: RuntimeDefault}';
  if (value === 'unconfined') return '{type: Unconfined}';
  if (value.startsWith('localhost/')) return `{type: Localhost, localhostProfile: ${value.slice('localhost/'.length)}}`;
  return '{type: RuntimeDefault}';
}

function advice(key: string, value: string): string | undefined {
  const replaced = REPLACED[key];
  if (replaced !== undefined) return replaced;
  const noLonger = 'deprecated since Kubernetes 1.19 and no longer applied by current versions';
  if (key === SECCOMP_POD) return `${noLonger}: use spec.securityContext.seccompProfile: ${seccompProfile(value)}`;
  if (key.startsWith(SECCOMP_CONTAINER)) {
    return `${noLonger}: use securityContext.seccompProfile: ${seccompProfile(value)} on container "${key.slice(SECCOMP_CONTAINER.length)}"`;
  }
  if (key.startsWith(APPARMOR_CONTAINER)) {
    return `deprecated since Kubernetes 1.30: use securityContext.appArmorProfile on container "${key.slice(APPARMOR_CONTAINER.length)}"`;
  }
  return undefined;
}

export const deprecatedAnnotations: Rule = {
  meta: {
    id: 'deprecated-annotations',
    category: 'deprecated-fields',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod uses an alpha/beta annotation that an API field replaced (critical-pod, seccomp, AppArmor, init-containers...).',
    rationale:
      'These annotations predate the fields that replaced them; Kubernetes ignores most of them now, so the setting they were meant to apply (seccomp confinement, critical priority, tolerations) silently is not there.',
    howToFix: 'Move the setting to the field the message names and remove the annotation.',
    examples: {
      invalid: 'metadata:\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: runtime/default',
      valid: 'spec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault',
    },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const template = ctx.pod?.template;
    if (template === undefined) return;
    const path = [...template.metadataPath, 'annotations'];
    const annotations = asStringMap(getIn(ctx.object, ...(path as string[]))) ?? {};
    for (const [key, value] of Object.entries(annotations)) {
      const text = advice(key, value);
      if (text !== undefined) ctx.report({ path: [...path, key], on: 'key', message: `annotation ${key} is ${text}` });
    }
  },
};
