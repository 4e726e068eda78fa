import { asObject, asString, objectItems } from '../../../model/fields.js';
import { isDns1123Subdomain, maskTrailingDash } from '../../../model/names.js';
import type { ContainerRef } from '../../../model/pod-template.js';
import type { FieldErrors } from '../field-errors.js';
import { checkFieldRef, checkKeySelector, checkResourceFieldRef, ENV_FIELD_PATHS } from './env-var-sources.js';
import { podSpecRule } from './pod-spec-rule.js';
import { relaxedEnvVarNameErrors } from './pod-syntax.js';

/** ValidateEnv + validateEnvVarValueFrom. */
function checkEnv(errs: FieldErrors, c: ContainerRef): void {
  for (const { item, index } of objectItems(c.container.env)) {
    const name = item.name;
    if (name === '') errs.required([...c.path, 'env', index, 'name']);
    else if (typeof name === 'string') {
      const nameErrors = relaxedEnvVarNameErrors(name);
      if (nameErrors.length > 0) errs.invalidEach([...c.path, 'env', index, 'name'], name, nameErrors);
    }
    const valueFrom = asObject(item.valueFrom);
    if (valueFrom === undefined) continue;
    const path = [...c.path, 'env', index, 'valueFrom'];
    let sources = 0;
    const fieldRef = asObject(valueFrom.fieldRef);
    if (fieldRef !== undefined) {
      sources++;
      checkFieldRef(errs, [...path, 'fieldRef'], fieldRef, ENV_FIELD_PATHS);
    }
    const resourceFieldRef = asObject(valueFrom.resourceFieldRef);
    if (resourceFieldRef !== undefined) {
      sources++;
      checkResourceFieldRef(errs, [...path, 'resourceFieldRef'], resourceFieldRef, false);
    }
    for (const key of ['configMapKeyRef', 'secretKeyRef'] as const) {
      const selector = asObject(valueFrom[key]);
      if (selector === undefined) continue;
      sources++;
      checkKeySelector(errs, [...path, key], selector);
    }
    let detail: string | undefined;
    if (sources === 0) detail = 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`';
    else if ((asString(item.value) ?? '') !== '') detail = 'may not be specified when `value` is not empty';
    else if (sources > 1) detail = 'may not have more than one field specified at a time';
    if (detail !== undefined) errs.invalid(path, '', detail, { on: 'key' });
  }
}

/** ValidateEnvFrom: a valid prefix and exactly one of configMapRef / secretRef, naming an object. */
function checkEnvFrom(errs: FieldErrors, c: ContainerRef): void {
  for (const { item, index } of objectItems(c.container.envFrom)) {
    const path = [...c.path, 'envFrom', index];
    const prefix = asString(item.prefix) ?? '';
    if (prefix !== '') {
      errs.invalidEach([...path, 'prefix'], prefix, relaxedEnvVarNameErrors(prefix));
    }
    let sources = 0;
    for (const key of ['configMapRef', 'secretRef'] as const) {
      const ref = asObject(item[key]);
      if (ref === undefined) continue;
      sources++;
      const name = asString(ref.name) ?? '';
      if (name === '') errs.required([...path, key, 'name']);
      else {
        // ValidateConfigMapName / ValidateSecretName with prefix=true: a trailing `-` is allowed.
        errs.invalidEach([...path, key, 'name'], name, isDns1123Subdomain(maskTrailingDash(name)));
      }
    }
    // Upstream names the envFrom list, not the item.
    const detail = sources === 0 ? 'must specify one of: `configMapRef` or `secretRef`' : sources > 1 ? 'may not have more than one field specified at a time' : undefined;
    if (detail !== undefined) errs.invalid([...c.path, 'envFrom'], '', detail, { at: path });
  }
}

/**
 * Environment variables: pkg/apis/core/validation/validation.go ValidateEnv (names required, printable ASCII but
 * `=`, the relaxed rule since 1.34), validateEnvVarValueFrom (exactly one source, not together with `value`;
 * downward-API field paths and resources the API supports; config map and secret key selectors with valid names
 * and keys) and ValidateEnvFrom (exactly one of configMapRef/secretRef, a valid prefix).
 */
export const envVars = podSpecRule({
  meta: {
    id: 'env-vars',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'An env var without a valid name, with both `value` and `valueFrom`, or a `valueFrom`/`envFrom` source the API server rejects.',
    rationale:
      'kube-apiserver rejects it: pkg/apis/core/validation/validation.go ValidateEnv, validateEnvVarValueFrom, ' +
      'validateObjectFieldSelector, validateContainerResourceFieldSelector, validateConfigMapKeySelector/validateSecretKeySelector and ValidateEnvFrom.',
    howToFix:
      'Give each env var a name and either a `value` or a `valueFrom` with exactly one source; downward-API fields must be ones the API exposes ' +
      '(`metadata.name`, `status.podIP`, `metadata.labels[\'app\']`...); each `envFrom` entry names one ConfigMap or Secret.',
    examples: {
      invalid: "env:\n  - name: POD_IP\n    value: '10.0.0.1'\n    valueFrom:\n      fieldRef: {fieldPath: status.podIP}",
      valid: 'env:\n  - name: POD_IP\n    valueFrom:\n      fieldRef: {fieldPath: status.podIP}',
    },
  },
  check({ errs, pod }) {
    for (const c of pod.allContainers) {
      if (c.container.env !== undefined) checkEnv(errs, c);
      if (c.container.envFrom !== undefined) checkEnvFrom(errs, c);
    }
  },
});
