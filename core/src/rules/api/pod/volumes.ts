import { asObject, objectItems } from '../../../model/fields.js';
import { isDns1123Label } from '../../../model/names.js';
import { WORKLOAD_KINDS } from '../../../model/pod-template.js';
import type { Rule } from '../../rule.js';
import { duplicate, fail, failEach, forbidden, goPath, podSpecContext, required } from './field-errors.js';
import { podSpecOf } from './pod-spec-of.js';
import { checkVolumeSource, VOLUME_SOURCES } from './volume-sources.js';

/**
 * Pod volumes: pkg/apis/core/validation/validation.go ValidateVolumes (names required, DNS-1123 labels, unique)
 * and validateVolumeSource (one source per volume: "may not specify more than 1 volume type" on each extra one;
 * the source's own required fields, paths and file modes). A volume with no source at all is valid: SetDefaults_Volume
 * makes it an emptyDir before validation, so the API server never says "must specify a volume type" for it.
 */
export const volumes: Rule = {
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
  kinds: WORKLOAD_KINDS,
  check(rawCtx) {
    const ctx = podSpecContext(rawCtx);
    const template = podSpecOf(ctx.object);
    if (template === undefined || template.spec.volumes === undefined) return;
    const names = new Set<string>();
    for (const { item, index } of objectItems(template.spec.volumes)) {
      const path = [...template.specPath, 'volumes', index];
      const name = item.name;
      if (name === '') fail(ctx, [...path, 'name'], required());
      else if (typeof name === 'string') {
        const errs = isDns1123Label(name);
        if (errs.length > 0) failEach(ctx, [...path, 'name'], name, errs);
        if (names.has(name)) fail(ctx, [...path, 'name'], duplicate(name));
        names.add(name);
      }
      let first = true;
      for (const [field, errorName] of VOLUME_SOURCES) {
        const src = item[field];
        if (src === undefined || src === null) continue;
        if (!first) {
          fail(ctx, [...path, field], forbidden('may not specify more than 1 volume type'), { msgPath: goPath([...path, errorName]), on: 'key' });
          continue;
        }
        first = false;
        const o = asObject(src);
        if (o !== undefined) checkVolumeSource(ctx, [...path, field], field, o);
      }
    }
  },
};
