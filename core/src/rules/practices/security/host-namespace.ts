import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule, RuleMeta } from '../../rule.js';

type HostNamespaceField = 'hostNetwork' | 'hostPID' | 'hostIPC';

/** The three host-namespace rules differ only in the field and the words: one builder keeps them identical. */
export function hostNamespaceRule(field: HostNamespaceField, meta: Omit<RuleMeta, 'category' | 'defaultSeverity' | 'preset'>, consequence: string): Rule {
  return {
    meta: { ...meta, category: 'security', defaultSeverity: 'warning', preset: 'recommended' },
    kinds: WORKLOAD_KINDS,
    check(ctx) {
      const pod = ctx.pod;
      if (pod?.template.spec[field] !== true) return;
      ctx.report({ path: [...pod.template.specPath, field], message: `the pod shares the node's ${consequence} (${field}: true)` });
    },
  };
}
