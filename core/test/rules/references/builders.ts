/** Two-line builders for the reference-rule tests: objects in, YAML out (js-yaml, so positions are predictable). */
import { dump } from 'js-yaml';
import type { Diagnostic } from '../../../src/diagnostic.js';
import type { Rule } from '../../../src/rules/index.js';
import { findingsOf } from '../helpers.js';

type Obj = Record<string, unknown>;
type Labels = Record<string, string>;

/** Objects as one multi-document YAML text. */
export const yaml = (...objects: Obj[]): string => objects.map((o) => dump(o, { lineWidth: -1 })).join('---\n');

const meta = (name: string, namespace?: string, extra: Obj = {}): Obj => ({ name, ...(namespace === undefined ? {} : { namespace }), ...extra });

export const namespace = (name: string): Obj => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

export const deployment = (name: string, labels: Labels, podSpec: Obj = {}, opts: { namespace?: string; replicas?: number; selector?: Obj } = {}): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: meta(name, opts.namespace),
  spec: {
    ...(opts.replicas === undefined ? {} : { replicas: opts.replicas }),
    selector: opts.selector ?? { matchLabels: labels },
    template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }], ...podSpec } },
  },
});

export const statefulSet = (name: string, labels: Labels, spec: Obj = {}, namespace?: string): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: meta(name, namespace),
  spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'db:1' }] } }, ...spec },
});

export const service = (name: string, spec: Obj, namespace?: string): Obj => ({ apiVersion: 'v1', kind: 'Service', metadata: meta(name, namespace), spec });

export const configMap = (name: string, data: Labels = {}, namespace?: string): Obj => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(name, namespace), data });

export const secret = (name: string, stringData: Labels = {}, extra: Obj = {}): Obj => ({ apiVersion: 'v1', kind: 'Secret', metadata: meta(name), stringData, ...extra });

export const serviceAccount = (name: string, namespace?: string): Obj => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(name, namespace) });

/** `severity message` of each finding. */
export const brief = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.severity} ${d.message}`);

/** `severity path message` of each finding of `rule` on the objects, optionally with assume-complete. */
export function findings(rule: Rule, objects: Obj[], assumeComplete = false): string[] {
  return findingsOf(rule, yaml(...objects), { assumeComplete }).map((d) => `${d.severity} ${d.path ?? ''} ${d.message}`);
}
