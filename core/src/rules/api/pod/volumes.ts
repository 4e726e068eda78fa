import { asObject, objectItems } from '../../../model/fields.js';
import { isDns1123Label } from '../../../model/names.js';
import { podSpecRule } from './pod-spec-rule.js';
import { checkVolumeSource, VOLUME_SOURCES } from './volume-sources.js';

/**
 * Pod volumes: pkg/apis/core/validation/validation.go ValidateVolumes (names required, DNS-1123 labels, unique)
 * and validateVolumeSource (one source per volume: "may not specify more than 1 volume type" on each extra one;
 * the source's own required fields, paths and file modes). A volume with no source at all is valid: SetDefaults_Volume
 * makes it an emptyDir before validation, so the API server never says "must specify a volume type" for it.
 */
export const volumes = podSpecRule({
  meta: {
    id: 'volumes',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A pod volume with a missing, invalid or repeated name, more than one source, or a source missing its required fields.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go ValidateVolumes and validateVolumeSource ' +
      '(with validateSecretVolumeSource, validateConfigMapVolumeSource, validateKeyToPath, validateHostPathVolumeSource, ' +
      'validateNFSVolumeSource, validateDownwardAPIVolumeFile, validateProjectionSources...).',
    howToFix: 'Give each volume a unique lowercase name and exactly one source (`configMap`, `secret`, `emptyDir`, `persistentVolumeClaim`...) with its required fields.',
    examples: {
      invalid: 'volumes:\n  - name: config\n    configMap: {name: app-config}\n    secret: {secretName: app-secret}',
      valid: 'volumes:\n  - name: config\n    configMap: {name: app-config}\n  - name: secret\n    secret: {secretName: app-secret}',
    },
  },
  check({ errs, template: { spec, specPath } }) {
    if (spec.volumes === undefined) return;
    const names = new Set<string>();
    for (const { item, index } of objectItems(spec.volumes)) {
      const path = [...specPath, 'volumes', index];
      const name = item.name;
      if (name === '') errs.required([...path, 'name']);
      else if (typeof name === 'string') {
        errs.invalidEach([...path, 'name'], name, isDns1123Label(name));
        if (names.has(name)) errs.duplicate([...path, 'name'], name);
        names.add(name);
      }
      let first = true;
      for (const [field, errorName] of VOLUME_SOURCES) {
        const src = item[field];
        if (src === undefined || src === null) continue;
        if (!first) {
          errs.forbidden([...path, errorName], 'may not specify more than 1 volume type', { at: [...path, field], on: 'key' });
          continue;
        }
        first = false;
        const o = asObject(src);
        if (o !== undefined) checkVolumeSource(errs, [...path, field], field, o);
      }
    }
  },
});
