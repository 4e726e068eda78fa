// Rules must stay cheap on large sets: a passing object must not touch the position map (its first use parses
// the document again with `yaml`). Every rule runs here, opt-in ones included, on a set that passes them all.
import { describe, expect, it } from 'vitest';
import { loadText } from '../../../src/load/index.js';
import type { Manifest, PositionMap } from '../../../src/load/types.js';
import { PRACTICE_RULES } from '../../../src/rules/practices/index.js';
import { runRules } from '../../../src/rules/run-rules.js';
import type { RuleSettings } from '../../../src/rules/rule-config.js';

const WELL_RUN = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec:
  selector: {matchLabels: {app: web}}
  strategy: {type: RollingUpdate}
  template:
    metadata: {labels: {app: web}}
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      priorityClassName: business
      securityContext: {runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: {type: RuntimeDefault}}
      topologySpreadConstraints:
        - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}
      containers:
        - name: web
          image: registry.example.com/web:1.4.2@sha256:0123456789abcdef
          imagePullPolicy: Always
          ports: [{name: http, containerPort: 8080}]
          env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]
          readinessProbe: {httpGet: {path: /ready, port: http}}
          livenessProbe: {httpGet: {path: /healthz, port: http}}
          resources:
            requests: {cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi}
            limits: {cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi}
          securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, minReplicas: 3, maxReplicas: 10}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
rules: [{apiGroups: [""], resources: [configmaps], verbs: [get, list, watch]}]
`;

/** Every rule on, opt-in ones at their default severity, with the parameters this set satisfies. */
const ALL_ON: RuleSettings = {
  preset: 'strict',
  assumeComplete: false,
  rules: {
    ...Object.fromEntries(PRACTICE_RULES.map((r) => [r.meta.id, { level: r.meta.defaultSeverity }])),
    'no-network-policy': { level: 'warning', params: { policyTypes: ['Ingress', 'Egress'] } },
    'probe-port-not-declared': { level: 'warning', params: { numericPorts: true } },
  },
};

describe('position access', () => {
  it('the well-run set passes every rule', () => {
    const { manifests } = loadText(WELL_RUN, 'well-run.yaml');
    expect(runRules(manifests, PRACTICE_RULES, { settings: ALL_ON, defaultNamespace: 'default', isNamespaced: () => true }).diagnostics).toEqual([]);
  });

  it('no rule reads positions of an object it does not report', () => {
    const { manifests } = loadText(WELL_RUN, 'well-run.yaml');
    let reads = 0;
    const counting = (m: Manifest): Manifest => {
      const positions = new Proxy(m.source.positions, { get: (t, p) => (reads++, Reflect.get(t, p) as unknown) }) as PositionMap;
      return { object: m.object, source: { ...m.source, positions } };
    };
    runRules(manifests.map(counting), PRACTICE_RULES, { settings: ALL_ON, defaultNamespace: 'default', isNamespaced: () => true });
    expect(reads).toBe(0);
  });
});
