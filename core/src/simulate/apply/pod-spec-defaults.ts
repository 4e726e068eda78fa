/**
 * The API defaults of a pod spec, wherever one sits (a Pod, a workload's template, a CronJob's job template):
 * pkg/apis/core/v1/defaults.go SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Probe,
 * SetDefaults_HTTPGetAction, SetDefaults_{ConfigMap,Secret,Projected,DownwardAPI}VolumeSource,
 * SetDefaults_ObjectFieldSelector. Only what the API server fills in unconditionally; the Pod-only defaults
 * (requests from limits, host ports) are left to admission, which both sides of a comparison went through.
 */
import { appendPath } from '../../load/json-path.js';
import { asString, type Obj } from '../../model/fields.js';
import { imageTag } from '../admission/pod-defaults.js';
import type { Defaulter } from './defaulter.js';

/** v1.DefaultVolumeSourceMode... 0644, as a number. */
const DEFAULT_MODE = 0o644;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const VOLUME_SOURCES_WITH_MODE = ['configMap', 'secret', 'projected', 'downwardAPI'] as const;

function probe(d: Defaulter, probeObject: Obj, path: string): void {
  d.field(probeObject, path, 'timeoutSeconds', 1);
  d.field(probeObject, path, 'periodSeconds', 10);
  d.field(probeObject, path, 'successThreshold', 1);
  d.field(probeObject, path, 'failureThreshold', 3);
  const httpGet = d.existing(probeObject, 'httpGet');
  if (httpGet !== undefined) d.field(httpGet, appendPath(path, 'httpGet'), 'scheme', 'HTTP');
}

function container(d: Defaulter, c: Obj, path: string): void {
  d.field(c, path, 'imagePullPolicy', imageTag(asString(c.image) ?? '') === 'latest' ? 'Always' : 'IfNotPresent');
  d.field(c, path, 'terminationMessagePath', '/dev/termination-log');
  d.field(c, path, 'terminationMessagePolicy', 'File');
  d.each(c, path, 'ports', (port, p) => d.field(port, p, 'protocol', 'TCP'));
  for (const name of PROBES) {
    const found = d.existing(c, name);
    if (found !== undefined) probe(d, found, appendPath(path, name));
  }
  d.each(c, path, 'env', (env, p) => {
    const fieldRef = d.existing(d.existing(env, 'valueFrom') ?? {}, 'fieldRef');
    if (fieldRef !== undefined) d.field(fieldRef, appendPath(appendPath(p, 'valueFrom'), 'fieldRef'), 'apiVersion', 'v1');
  });
}

function volume(d: Defaulter, v: Obj, path: string): void {
  for (const source of VOLUME_SOURCES_WITH_MODE) {
    const found = d.existing(v, source);
    if (found !== undefined) d.field(found, appendPath(path, source), 'defaultMode', DEFAULT_MODE);
  }
}

/** Applies (or strips) the pod-spec defaults of `spec`, whose JSON path is `path`. */
export function podSpecDefaults(d: Defaulter, spec: Obj, path: string): void {
  d.field(spec, path, 'dnsPolicy', 'ClusterFirst');
  d.field(spec, path, 'restartPolicy', 'Always');
  d.field(spec, path, 'terminationGracePeriodSeconds', 30);
  d.field(spec, path, 'schedulerName', 'default-scheduler');
  d.field(spec, path, 'enableServiceLinks', true);
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) d.each(spec, path, list, (c, p) => container(d, c, p));
  d.each(spec, path, 'volumes', (v, p) => volume(d, v, p));
}

/** The defaults of a pod template (`spec.template` of a workload) at `path`. */
export function podTemplateDefaults(d: Defaulter, template: Obj | undefined, path: string): void {
  const spec = template === undefined ? undefined : d.existing(template, 'spec');
  if (spec !== undefined) podSpecDefaults(d, spec, appendPath(path, 'spec'));
}
