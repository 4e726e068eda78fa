/**
 * kubeconform's fixtures (see ../shared/corpus/kubeconform-fixtures/EXPECTED.md), for the schema-level
 * cases: valid means no error-level finding.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { createValidator, resolveSchemaLocations, type ValidatorOptions } from '../../src/schema/index.js';
import { brief, FIXTURES, freshRegistry, HAS_FIXTURES, manifests, validate } from './helpers.js';

function check(file: string, options: ValidatorOptions = {}): Diagnostic[] {
  return validate(readFileSync(`${FIXTURES}/${file}`, 'utf8'), options, freshRegistry(), file);
}

async function checkWithLocation(file: string, location: string, options: ValidatorOptions = {}): Promise<Diagnostic[]> {
  const registry = freshRegistry();
  const ms = manifests(readFileSync(`${FIXTURES}/${file}`, 'utf8'), file);
  const out = await resolveSchemaLocations(registry, ms, { locations: [location] });
  const validator = createValidator(registry, options);
  for (const m of ms) out.push(...validator.validate(m));
  return out;
}

const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');

describe.skipIf(!HAS_FIXTURES)(`kubeconform fixtures (skipped: ${FIXTURES} is not present)`, () => {
  it.each([
    'valid.yaml',
    'valid.json',
    'int_or_string.yaml',
    'quantity.yaml',
    'null_string.yaml',
    'null_array.yaml',
    'full_domain_group.yaml',
    'valid_version.yaml',
    'generate_name.yaml',
    'list_valid.yaml',
    'multi_valid.yaml',
  ])('%s is valid', (file) => {
    expect(check(file)).toEqual([]);
  });

  it('invalid.yaml: replicas is a string and `templates` is a typo', () => {
    expect(check('invalid.yaml').map(brief)).toEqual([
      'schema-type 6:13-6:17 spec.replicas: expected integer, got string "asd\\""',
      'schema-unknown-field 9:3-9:12 unknown field "templates" in ReplicationControllerSpec (did you mean "template"?)',
    ]);
  });

  it('list_invalid.yaml: the List item is validated on its own, at its own position', () => {
    const ds = check('list_invalid.yaml');
    expect(ds.map(brief)).toEqual([
      'schema-type 26:15-26:19 spec.replicas: expected integer, got string "asd\\""',
      'schema-unknown-field 29:5-29:14 unknown field "templates" in ReplicationControllerSpec (did you mean "template"?)',
    ]);
    expect(ds[0]!.object).toBe('ReplicationController/bob');
  });

  it('multi_invalid.yaml: a port given as a string', () => {
    expect(check('multi_invalid.yaml').map((d) => d.message)).toEqual(['spec.ports[0].port: expected integer, got string "sds"']);
  });

  it('extra_property.yaml: valid without strict (a warning), invalid with it', () => {
    expect(errors(check('extra_property.yaml', { strict: false }))).toEqual([]);
    expect(check('extra_property.yaml', { strict: false }).map((d) => d.severity)).toEqual(['warning']);
    expect(check('extra_property.yaml').map(brief)).toEqual(['schema-unknown-field 7:3-7:11 unknown field "replicas" in DaemonSetSpec']);
  });

  it('same-kind-different-api.yaml: apps/v1 is valid, apps/v1beta1 is removed', () => {
    expect(check('same-kind-different-api.yaml').map(brief)).toEqual([
      'api-removed 29:13-29:25 unknown apiVersion/kind "apps/v1beta1" Deployment: removed in 1.16, use apps/v1',
    ]);
  });

  it('crd_schema.yaml: an apiextensions.k8s.io/v1beta1 CRD is a removed API', () => {
    expect(check('crd_schema.yaml').map((d) => d.rule)).toEqual(['api-removed']);
  });

  it('test_crd.yaml: no schema (a warning) unless ignored', () => {
    expect(check('test_crd.yaml').map(brief)).toEqual([
      'schema-missing 2:7-2:18 no schema for sagemaker.aws.amazon.com/v1 TrainingJob; add its CRD to the input or pass --schema-location',
    ]);
    expect(check('test_crd.yaml', { ignoreMissingSchemas: true })).toEqual([]);
  });

  it('test_crd.yaml: valid against the registry folder template', async () => {
    expect(await checkWithLocation('test_crd.yaml', `${FIXTURES}/registry/{{ .ResourceKind }}{{ .KindSuffix }}.json`)).toEqual([]);
  });

  it('test_crd.yaml: valid with its (v1beta1) CRD in the input, which is itself reported as removed', () => {
    const text = `${readFileSync(`${FIXTURES}/registry/sagemaker.aws.amazon.com_trainingjobs.yaml`, 'utf8')}\n---\n${readFileSync(`${FIXTURES}/test_crd.yaml`, 'utf8')}`;
    expect(validate(text, {}, freshRegistry()).map((d) => d.rule)).toEqual(['api-removed']);
  });

  it('grafana-alert-rule-group-sample.yaml: valid with its schema file (Go durations in format: duration pass)', async () => {
    expect(await checkWithLocation('grafana-alert-rule-group-sample.yaml', `${FIXTURES}/grafanaalertrulegroup_v1beta1.json`)).toEqual([]);
  });

  it('grafana-alert-rule-group-sample.yaml: its schema file still finds real mistakes', async () => {
    const registry = freshRegistry();
    const text = readFileSync(`${FIXTURES}/grafana-alert-rule-group-sample.yaml`, 'utf8').replace('interval: 5m', 'interval: [5m]');
    const ms = manifests(text);
    await resolveSchemaLocations(registry, ms, { locations: [`${FIXTURES}/grafanaalertrulegroup_v1beta1.json`] });
    expect(ms.flatMap((m) => createValidator(registry).validate(m)).map((d) => d.message)).toEqual(['spec.interval: expected string, got a list']);
  });
});
