import { asString } from '../../../model/fields.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import { describeContainer } from '../pod-containers.js';
import type { Rule } from '../../rule.js';
import { parseImageReference } from './image-reference.js';

export const imageNotPinned: Rule = {
  meta: {
    id: 'image-not-pinned',
    category: 'images',
    defaultSeverity: 'info',
    preset: 'opt-in',
    summary: 'A container image is not pinned by digest (@sha256:...).',
    rationale: 'Tags can be moved or overwritten; only a digest names exact, verifiable content, so every node and every rollback runs the same bits.',
    howToFix: 'Reference the image by digest (app:1.4.2@sha256:...), e.g. with a tool that resolves and updates digests.',
    examples: { invalid: 'image: nginx:1.27.1', valid: 'image: nginx:1.27.1@sha256:0123...' },
    peers: ['checkov:CKV_K8S_43'],
  },
  kinds: WORKLOAD_KINDS,
  check(ctx) {
    for (const c of ctx.pod?.containers ?? []) {
      const image = asString(c.container.image);
      if (image === undefined || image === '' || parseImageReference(image).digest !== undefined) continue;
      ctx.report({ path: [...c.path, 'image'], message: `image "${image}" of ${describeContainer(c)} is not pinned by digest` });
    }
  },
};
