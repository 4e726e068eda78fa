import type { Rule, RuleMeta } from '../../rule.js';
import { coversCoreGroup, grantedVerbs, namedResource, policyRules, ROLE_KINDS } from './policy-rules.js';

/** What a grant rule looks for: core-group resources named explicitly, and the verbs that matter on them. */
export interface GrantCheck {
  resources: readonly string[];
  verbs: readonly string[];
  /** Rules limited to resourceNames are skipped (the usual mitigation). */
  skipNamed: boolean;
  /** The end of the message after `grants <verbs> on <resource>`. */
  consequence: string;
}

/** The RBAC rules that flag one dangerous grant (read Secrets, create Pods, exec into Pods) share this shape. */
export function roleGrantRule(check: GrantCheck, meta: Omit<RuleMeta, 'category'>): Rule {
  return {
    meta: { ...meta, category: 'rbac' },
    kinds: ROLE_KINDS,
    check(ctx) {
      for (const rule of policyRules(ctx.object)) {
        if (!coversCoreGroup(rule) || (check.skipNamed && rule.named)) continue;
        const resource = namedResource(rule, check.resources);
        const verbs = grantedVerbs(rule, check.verbs);
        if (resource === undefined || verbs.length === 0) continue;
        ctx.report({ path: resource.path, message: `${ctx.object.kind as string} grants ${verbs.join(', ')} on ${resource.value}: ${check.consequence}` });
      }
    },
  };
}
