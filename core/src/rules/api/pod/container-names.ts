import { asArray, objectItems } from '../../../model/fields.js';
import { isDns1123Label } from '../../../model/names.js';
import { podSpecRule } from './pod-spec-rule.js';

const LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/**
 * Containers and their names: pkg/apis/core/validation/validation.go validateContainers (at least one container),
 * validateContainerCommon (name required, a DNS-1123 label), validateInitContainers / validateEphemeralContainers
 * (names unique across regular, init and ephemeral containers), ValidatePodTemplateSpec and ValidatePodCreate
 * (ephemeral containers are only added later, through the pods/ephemeralcontainers subresource).
 */
export const containerNames = podSpecRule({
  meta: {
    id: 'container-names',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A pod spec without containers, or with a container name that is empty, not a DNS-1123 label, or used twice.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go validateContainers requires at least one container, ' +
      'validateContainerCommon requires each name to be a DNS-1123 label, and validateInitContainers/validateEphemeralContainers ' +
      'require names to be unique across regular, init and ephemeral containers. Ephemeral containers cannot be written in a ' +
      'manifest at all (ValidatePodTemplateSpec, ValidatePodCreate).',
    howToFix: 'Give every container a unique lowercase name of letters, digits and `-` (at most 63 characters); add ephemeral containers with `kubectl debug`.',
    examples: {
      invalid: 'containers:\n  - name: web\n    image: nginx:1.27\n  - name: web\n    image: envoy:1.30',
      valid: 'containers:\n  - name: web\n    image: nginx:1.27\n  - name: proxy\n    image: envoy:1.30',
    },
  },
  check({ ctx, errs, template: { spec, specPath } }) {
    // An absent list is schema-required; an empty one passes the schema but not validateContainers.
    if (asArray(spec.containers)?.length === 0) errs.required([...specPath, 'containers']);
    // Upstream checks regular names, then init names against those, then ephemeral names against both.
    const seen = new Set<string>();
    for (const list of LISTS) {
      for (const { item, index } of objectItems(spec[list])) {
        const name = item.name;
        if (typeof name !== 'string') continue; // absent: schema-required; other types: schema-type
        if (name === '') {
          errs.required([...specPath, list, index, 'name']);
          continue;
        }
        errs.invalidEach([...specPath, list, index, 'name'], name, isDns1123Label(name));
        if (seen.has(name)) errs.duplicate([...specPath, list, index, 'name'], name);
        else seen.add(name);
      }
    }
    if ((asArray(spec.ephemeralContainers)?.length ?? 0) > 0) {
      const detail = ctx.object.kind === 'Pod' ? 'cannot be set on create' : 'ephemeral containers not allowed in pod template';
      errs.forbidden([...specPath, 'ephemeralContainers'], detail, { on: 'key' });
    }
  },
});
