import { asString } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { defaultPullPolicy, parseImageReference } from './image-reference.js';

export const pullPolicyNotAlways: Rule = {
  meta: {
    id: 'pull-policy-not-always',
    category: 'images',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A container\'s image pull policy is not Always (set, or defaulted to IfNotPresent for a tagged image).',
    rationale:
      'With IfNotPresent a node reuses any image it already has under that name: a re-pushed tag is not picked up, and a pod can start from a cached private image without the pull secret being checked.',
    howToFix: 'Set imagePullPolicy: Always (registries answer an unchanged image with a cheap manifest check), or pin images by digest.',
    examples: { invalid: 'image: app:1.0\nimagePullPolicy: IfNotPresent', valid: 'image: app:1.0\nimagePullPolicy: Always' },
    peers: ['kube-score:container-image-pull-policy', 'polaris:pullPolicyNotAlways'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    for (const c of ctx.pod?.containers ?? []) {
      const image = asString(c.container.image);
      if (image === undefined || image === '') continue;
      const written = asString(c.container.imagePullPolicy);
      const policy = written ?? defaultPullPolicy(parseImageReference(image));
      if (policy === 'Always') continue;
      ctx.report({
        path: [...c.path, written === undefined ? 'image' : 'imagePullPolicy'],
        message: `${describeContainer(c)} pulls its image with policy ${policy}${written === undefined ? ' (the default for a tagged image)' : ''}`,
      });
    }
  },
};
