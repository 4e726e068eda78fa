import { asString } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Finding, Rule } from '../../rule.js';
import { replaceScalarFix } from './replace-scalar.js';

export const deprecatedServiceAccountField: Rule = {
  meta: {
    id: 'deprecated-service-account-field',
    category: 'deprecated-fields',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A pod spec uses the deprecated serviceAccount field instead of serviceAccountName.',
    rationale:
      'spec.serviceAccount is a deprecated alias kept for old clients; the API server copies it to serviceAccountName only when that is empty, so when both are written serviceAccount is silently ignored.',
    howToFix: 'Rename serviceAccount to serviceAccountName (the quick fix does it when serviceAccountName is not also set).',
    examples: { invalid: 'spec:\n  serviceAccount: web', valid: 'spec:\n  serviceAccountName: web' },
    peers: ['kube-linter:deprecated-service-account-field'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    const pod = ctx.pod;
    const old = asString(pod?.template.spec.serviceAccount);
    if (pod === undefined || old === undefined) return;
    const path = [...pod.template.specPath, 'serviceAccount'];
    const current = asString(pod.template.spec.serviceAccountName);
    if (current !== undefined) {
      const message = current === old
        ? `serviceAccount is deprecated and repeats serviceAccountName "${current}": remove it`
        : `serviceAccount "${old}" is deprecated and ignored: serviceAccountName "${current}" wins`;
      ctx.report({ path, on: 'key', message });
      return;
    }
    const finding: Finding = { path, on: 'key', message: `serviceAccount is deprecated: use serviceAccountName: ${old}` };
    const fix = replaceScalarFix(ctx.manifest.source.positions, path, 'key', 'serviceAccount', 'serviceAccountName', 'Rename to serviceAccountName');
    if (fix !== undefined) finding.fix = fix;
    ctx.report(finding);
  },
};
