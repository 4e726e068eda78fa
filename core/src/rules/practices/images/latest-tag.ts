import { asString } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { parseImageReference } from './image-reference.js';

export const latestTag: Rule = {
  meta: {
    id: 'latest-tag',
    category: 'images',
    defaultSeverity: 'warning',
    preset: 'recommended',
    summary: 'A container image has no tag or the tag `latest` (and no digest).',
    rationale:
      '`latest` (which an untagged image means) moves: nodes run whichever version they pulled last, a rollback cannot go back, and it is unclear what is deployed.',
    howToFix: 'Use an explicit version tag (app:1.4.2) or a digest (app@sha256:...).',
    examples: { invalid: 'image: nginx', valid: 'image: nginx:1.27.1' },
    peers: ['kube-linter:latest-tag', 'kube-score:container-image-tag', 'polaris:tagNotSpecified'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    for (const c of ctx.pod?.containers ?? []) {
      const image = asString(c.container.image);
      if (image === undefined || image === '') continue;
      const ref = parseImageReference(image);
      if (ref.digest !== undefined || (ref.tag !== undefined && ref.tag !== 'latest')) continue;
      const what = ref.tag === undefined ? 'has no tag, which means latest' : 'uses the tag latest';
      ctx.report({ path: [...c.path, 'image'], message: `image "${image}" of ${describeContainer(c)} ${what}` });
    }
  },
};
