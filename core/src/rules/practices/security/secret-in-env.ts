import { asString, objectItems } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { paramPattern } from '../param-pattern.js';
import { memoPerParams } from '../../rule-config.js';

/** Names that point at a secret rather than hold one (`DB_PASSWORD_FILE`, `TOKEN_PATH`, `SECRET_NAME`). */
const REFERENCE_SUFFIX = /[_.-](file|path|dir|name|names|namespace|ref|secret_?ref|url|uri|endpoint|header|enabled?|ttl|timeout|expiry|expiration|length|size|type|mode|key_?id)$/i;

/** Values that are not secrets: empty, $(VAR) references, paths, numbers, booleans, durations. */
function looksLikeSecret(value: string): boolean {
  const v = value.trim();
  if (v === '' || v.includes('$(') || v.startsWith('/')) return false;
  return !/^(true|false|yes|no|on|off|none|null|\d+(\.\d+)?[a-z]{0,2})$/i.test(v);
}

const namePattern = memoPerParams((params) => paramPattern(typeof params.pattern === 'string' ? params.pattern : 'secret', 'i'));

export const secretInEnv: Rule = {
  meta: {
    id: 'secret-in-env',
    category: 'security',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'An environment variable named like a secret (password, token, secret, API key...) holds a literal value.',
    rationale:
      'A literal value is stored in the manifest, in version control and in the object that anyone with read access to the workload can see; Secrets can be access-controlled, encrypted at rest and rotated.',
    howToFix: 'Move the value to a Secret and reference it with env[].valueFrom.secretKeyRef (or envFrom.secretRef).',
    examples: {
      invalid: 'env:\n  - name: DB_PASSWORD\n    value: hunter2',
      valid: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}',
    },
    peers: ['kube-linter:env-var-secret', 'polaris:sensitiveContainerEnvVar'],
    params: { pattern: 'secret|passw(or)?d|pwd|token|api_?key|access_?key|private_?key|credential' },
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    if (pod === undefined) return;
    const pattern = namePattern(ctx.params);
    if (!(pattern instanceof RegExp)) {
      ctx.report({ path: pod.template.specPath, message: `secret-in-env: the pattern parameter is not a valid regular expression (${pattern.error})` });
      return;
    }
    for (const c of pod.containers) {
      for (const { item, index } of objectItems(c.container.env)) {
        const name = asString(item.name);
        const value = asString(item.value);
        if (name === undefined || value === undefined || !pattern.test(name) || REFERENCE_SUFFIX.test(name) || !looksLikeSecret(value)) continue;
        ctx.report({
          path: [...c.path, 'env', index, 'value'],
          message: `environment variable ${name} of ${describeContainer(c)} holds a literal value: read it from a Secret (valueFrom.secretKeyRef)`,
        });
      }
    }
  },
};
