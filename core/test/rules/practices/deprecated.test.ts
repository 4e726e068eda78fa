import { describe, expect, it } from 'vitest';
import { deprecatedAnnotations } from '../../../src/rules/practices/deprecated/deprecated-annotations.js';
import { deprecatedNodeLabels } from '../../../src/rules/practices/deprecated/deprecated-node-labels.js';
import { deprecatedServiceAccountField } from '../../../src/rules/practices/deprecated/deprecated-service-account-field.js';
import { findingsOf, summary } from '../helpers.js';
import { applyFix, oneContainer, pod } from './builders.js';

describe('deprecated-service-account-field', () => {
  it('renames serviceAccount to serviceAccountName', () => {
    const yaml = pod(`serviceAccount: web\n${oneContainer()}`);
    const [d, ...rest] = findingsOf(deprecatedServiceAccountField, yaml);
    expect(rest).toEqual([]);
    expect(summary([d!])).toEqual(['deprecated-service-account-field 6:3 serviceAccount is deprecated: use serviceAccountName: web']);
    expect(d!.fix?.title).toBe('Rename to serviceAccountName');
    expect(applyFix(yaml, d!.fix)).toBe(pod(`serviceAccountName: web\n${oneContainer()}`));
  });

  it('keeps the quotes of a quoted key', () => {
    const yaml = pod(`"serviceAccount": web\n${oneContainer()}`);
    expect(applyFix(yaml, findingsOf(deprecatedServiceAccountField, yaml)[0]?.fix)).toBe(pod(`"serviceAccountName": web\n${oneContainer()}`));
  });

  it.each([
    { name: 'a repeat of serviceAccountName is to be removed', spec: 'serviceAccountName: web\nserviceAccount: web', message: 'serviceAccount is deprecated and repeats serviceAccountName "web": remove it' },
    { name: 'a different value is ignored by the API server', spec: 'serviceAccountName: web\nserviceAccount: api', message: 'serviceAccount "api" is deprecated and ignored: serviceAccountName "web" wins' },
  ])('offers no fix when serviceAccountName is also set: $name', ({ spec, message }) => {
    const [d] = findingsOf(deprecatedServiceAccountField, pod(`${spec}\n${oneContainer()}`));
    expect(d?.message).toBe(message);
    expect(d?.fix).toBeUndefined();
  });

  it('passes serviceAccountName alone', () => {
    expect(findingsOf(deprecatedServiceAccountField, pod(`serviceAccountName: web\n${oneContainer()}`))).toEqual([]);
  });
});

describe('deprecated-annotations', () => {
  it.each([
    { annotation: 'scheduler.alpha.kubernetes.io/critical-pod: ""', message: 'annotation scheduler.alpha.kubernetes.io/critical-pod is ignored since Kubernetes 1.16: use priorityClassName: system-cluster-critical (or system-node-critical)' },
    { annotation: 'seccomp.security.alpha.kubernetes.io/pod: runtime/default', message: 'annotation seccomp.security.alpha.kubernetes.io/pod is deprecated since Kubernetes 1.19 and no longer applied by current versions: use spec.securityContext.seccompProfile: {type: RuntimeDefault}' },
    { annotation: 'container.seccomp.security.alpha.kubernetes.io/app: localhost/audit.json', message: 'annotation container.seccomp.security.alpha.kubernetes.io/app is deprecated since Kubernetes 1.19 and no longer applied by current versions: use securityContext.seccompProfile: {type: Localhost, localhostProfile: audit.json} on container "app"' },
    { annotation: 'container.apparmor.security.beta.kubernetes.io/app: runtime/default', message: 'annotation container.apparmor.security.beta.kubernetes.io/app is deprecated since Kubernetes 1.30: use securityContext.appArmorProfile on container "app"' },
  ])('$annotation', ({ annotation, message }) => {
    expect(summary(findingsOf(deprecatedAnnotations, pod(oneContainer(), `annotations:\n  ${annotation}`)))).toEqual([`deprecated-annotations 6:5 ${message}`]);
  });

  it('leaves other annotations alone', () => {
    expect(findingsOf(deprecatedAnnotations, pod(oneContainer(), 'annotations:\n  prometheus.io/scrape: "true"'))).toEqual([]);
  });
});

describe('deprecated-node-labels', () => {
  it('reports a nodeSelector key and fixes it', () => {
    const yaml = pod(`nodeSelector:\n  beta.kubernetes.io/os: linux\n${oneContainer()}`);
    const [d] = findingsOf(deprecatedNodeLabels, yaml);
    expect(summary([d!])).toEqual(['deprecated-node-labels 7:5 nodeSelector uses the deprecated node label beta.kubernetes.io/os: use kubernetes.io/os']);
    expect(applyFix(yaml, d!.fix)).toBe(pod(`nodeSelector:\n  kubernetes.io/os: linux\n${oneContainer()}`));
  });

  it('fixes a topologyKey and a node affinity key', () => {
    const spec = (zone: string): string =>
      `affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions: [{key: ${zone === 'old' ? 'failure-domain.beta.kubernetes.io/zone' : 'topology.kubernetes.io/zone'}, operator: Exists}]\n` +
      `topologySpreadConstraints:\n  - {maxSkew: 1, topologyKey: "${zone === 'old' ? 'failure-domain.beta.kubernetes.io/zone' : 'topology.kubernetes.io/zone'}", whenUnsatisfiable: DoNotSchedule}\n${oneContainer()}`;
    const findings = findingsOf(deprecatedNodeLabels, pod(spec('old')));
    expect(findings.map((d) => d.message)).toEqual([
      'node affinity uses the deprecated node label failure-domain.beta.kubernetes.io/zone: use topology.kubernetes.io/zone',
      'topology spread topologyKey uses the deprecated node label failure-domain.beta.kubernetes.io/zone: use topology.kubernetes.io/zone',
    ]);
    expect(findings.reduce((text, d) => applyFix(text, d.fix), pod(spec('old')))).toBe(pod(spec('new')));
  });

  it.each([
    { name: 'a toleration of the master taint alone is reported', tolerations: ['node-role.kubernetes.io/master'], findings: 1 },
    { name: 'tolerating the master and control-plane taints together keeps old clusters working', tolerations: ['node-role.kubernetes.io/master', 'node-role.kubernetes.io/control-plane'], findings: 0 },
    { name: 'the GA taints pass', tolerations: ['node.kubernetes.io/not-ready'], findings: 0 },
  ])('$name', ({ tolerations, findings }) => {
    const spec = `tolerations:\n${tolerations.map((k) => `  - {key: ${k}, operator: Exists, effect: NoSchedule}`).join('\n')}\n${oneContainer()}`;
    expect(findingsOf(deprecatedNodeLabels, pod(spec))).toHaveLength(findings);
  });
});
