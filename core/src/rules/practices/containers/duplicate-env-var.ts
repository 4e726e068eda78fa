import { formatPath } from '../../../load/json-path.js';
import { asString, objectItems } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';

export const duplicateEnvVar: Rule = {
  meta: {
    id: 'duplicate-env-var',
    category: 'api-validation',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A container defines the same environment variable twice; the later one silently wins.',
    rationale:
      'The API server accepts the container but warns (pkg/api/pod/warnings.go: "hides previous definition of ..., which may be dropped when using apply"): only the last value is used, and server-side apply, which merges env by name, may drop one of them.',
    howToFix: 'Keep one entry per name (merge the values, or remove the stale one).',
    examples: {
      invalid: 'env:\n  - name: PORT\n    value: "8080"\n  - name: PORT\n    value: "9090"',
      valid: 'env:\n  - name: PORT\n    value: "9090"',
    },
    peers: ['kube-linter:duplicate-env-var', 'kube-score:environment-variable-key-duplication'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    for (const c of ctx.pod?.containers ?? []) {
      const seen = new Set<string>();
      for (const { item, index } of objectItems(c.container.env)) {
        const name = asString(item.name);
        if (name === undefined) continue;
        if (seen.has(name)) {
          const path = [...c.path, 'env', index];
          ctx.report({ path: [...path, 'name'], message: `${formatPath(path)}: hides previous definition of "${name}", which may be dropped when using apply` });
        }
        seen.add(name);
      }
    }
  },
};
