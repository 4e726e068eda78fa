import { goPath, invalid } from '../field-errors.js';
import { podSpecRule } from './pod-spec-rule.js';

const WHITESPACE = 'must not have leading or trailing whitespace';

/**
 * Container images: pkg/apis/core/validation/validation.go validateContainerCommon (`image` required) and
 * validateContainerOnlyForPod (no leading or trailing whitespace; Pods and ephemeral containers only, kept out of
 * templates for backward compatibility, so a template with ` nginx` is accepted but every Pod made from it is not).
 */
export const containerImage = podSpecRule({
  meta: {
    id: 'container-image',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A container without an image, or (in a Pod) with whitespace around the image name.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validateContainerCommon reports ' +
      '"image: Required value"; validateContainerOnlyForPod rejects images with leading or trailing whitespace in Pods. ' +
      'Workload templates with such an image are stored, but their controller cannot create a single Pod.',
    howToFix: 'Set `image` to the image reference (`nginx:1.27`), without surrounding spaces.',
    examples: {
      invalid: 'containers:\n  - name: web\n    imagePullPolicy: Always',
      valid: 'containers:\n  - name: web\n    image: nginx:1.27',
    },
  },
  check({ ctx, errs, pod }) {
    const isPod = ctx.object.kind === 'Pod';
    for (const c of pod.allContainers) {
      const image = c.container.image;
      const path = [...c.path, 'image'];
      if (image === undefined || image === null || image === '') {
        errs.required(path);
      } else if (typeof image === 'string' && image.trim() !== image) {
        if (isPod || c.kind === 'ephemeralContainers') errs.invalid(path, image, WHITESPACE);
        else errs.raw(path, `${goPath(path)}: ${invalid(image, WHITESPACE)} (accepted in a template, but every Pod created from it is rejected)`, { severity: 'warning' });
      }
    }
  },
});
