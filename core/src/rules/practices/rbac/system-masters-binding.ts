import { asString, getIn, objectItems } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { BINDING_KINDS } from './policy-rules.js';

export const systemMastersBinding: Rule = {
  meta: {
    id: 'system-masters-binding',
    category: 'rbac',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A binding names the group system:masters as a subject.',
    rationale:
      'Members of system:masters bypass authorization altogether (hard-coded in kube-apiserver, not RBAC): a binding to it grants nothing, and usually means someone meant to give a subject full access through a certificate group. No RBAC change can take that access back.',
    howToFix: 'Remove the subject; bind the real users or groups to the role they need.',
    examples: {
      invalid: 'subjects:\n  - kind: Group\n    name: system:masters',
      valid: 'subjects:\n  - kind: Group\n    name: platform-admins',
    },
    peers: ['datree:RBAC_SYSTEM_MASTERS'],
  },
  kinds: BINDING_KINDS,
  check(ctx) {
    for (const { item, index } of objectItems(getIn(ctx.object, 'subjects'))) {
      if (asString(item.kind) !== 'Group' || asString(item.name) !== 'system:masters') continue;
      ctx.report({ path: ['subjects', index, 'name'], message: 'binding to group "system:masters" grants nothing: its members bypass RBAC altogether' });
    }
  },
};
